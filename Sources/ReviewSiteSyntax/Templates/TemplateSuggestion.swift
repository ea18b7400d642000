import ReviewSiteCore
/// "Did you mean" hints for misspelt tag and variable names.
package enum TemplateSuggestion {
    /// The candidate closest to `word`, if it is close enough to be a likely typo.
    /// Ties go to the alphabetically first candidate so messages are deterministic.
    package static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(1, min(3, word.count / 3 + 1))
        var best: (String, Int)?
        for candidate in candidates.sorted() where candidate != word {
            let d = distance(word, candidate, limit: limit)
            if d <= limit, best.map({ d < $0.1 }) ?? true { best = (candidate, d) }
        }
        return best?.0
    }

    /// Levenshtein distance, case-insensitive; stops early (returns limit + 1) for words
    /// whose lengths differ too much, so long hostile names stay cheap.
    package static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.lowercased().unicodeScalars), y = Array(b.lowercased().unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.count > 64 || y.count > 64 { return limit + 1 }
        var previous = Array(0...y.count)
        var current = Array(repeating: 0, count: y.count + 1)
        for i in 1...max(1, x.count) where !x.isEmpty {
            current[0] = i
            for j in 1...max(1, y.count) where !y.isEmpty {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return x.isEmpty ? y.count : previous[y.count]
    }
}
