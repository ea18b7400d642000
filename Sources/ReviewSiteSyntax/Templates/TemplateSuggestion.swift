import ReviewSiteCore

/// "Did you mean" hints for misspelt tag and variable names.
package enum TemplateSuggestion {
    /// The candidate closest to `word` (Suggestion's one edit distance and threshold).
    /// Ties go to the alphabetically first candidate so messages are deterministic.
    package static func closest(to word: String, among candidates: [String]) -> String? {
        Suggestion.closest(to: word, in: candidates.sorted().filter { $0 != word })
    }
}
