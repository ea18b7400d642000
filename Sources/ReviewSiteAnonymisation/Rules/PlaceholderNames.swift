/// Names forms and training use for nobody (`Joe Bloggs`, `John Doe`, Korean `Hong Gil-dong`,
/// German `Max Mustermann`): an example's name, not a person's (development set 110).
enum PlaceholderNames {
    /// Lower case, hyphens dropped, one space between the two names.
    static let names: Set<String> = [
        "joe bloggs", "fred bloggs", "joe public", "john doe", "jane doe", "richard roe", "hong gildong",
        "gildong hong", "max mustermann", "erika mustermann", "john q public",
    ]

    /// The words of the names above, folded: a name that is none is no placeholder's.
    static let words: Set<String> = Set(names.flatMap { $0.split(separator: " ").map(String.init) } + ["gil", "dong"])

    /// Whether the word at token `k` is the first or the second name of a placeholder.
    static func at(_ text: ScanText, _ k: Int) -> Bool {
        let word = group(text, from: k)
        if let next = NameMatching.nextWord(text, after: word.last),
            names.contains(word.letters + " " + group(text, from: next).letters)
        {
            return true
        }
        var p = k - 1
        while p >= 0, text.tokens[p].kind == .space { p -= 1 }
        guard p >= 0, p < k - 1, text.tokens[p].kind == .word else { return false }
        return names.contains(group(text, from: NameMatching.hyphenedStart(text, endingAt: p)).letters + " " + word.letters)
    }

    /// The letters, lower case, of the word at `k` and the words joined to it by hyphens, and
    /// its last token.
    private static func group(_ text: ScanText, from k: Int) -> (letters: String, last: Int) {
        var letters = NameMatching.word(text, k).lowercased(), last = k
        while last + 2 < text.tokens.count, StructuredScan.isChar(text, text.tokens[last + 1].start, "-"),
            text.tokens[last + 2].kind == .word
        {
            letters += NameMatching.word(text, last + 2).lowercased()
            last += 2
        }
        return (letters, last)
    }
}
