import ReviewSiteCore

/// A name of one word the given-name lists do not know, after a role and a comma, alone to
/// the end of a table cell or before a bracket: `| women's group leader, Abrehet |`,
/// `| volunteer, Pranee ("Nim") |` (development set 42). The word is capitalised, three
/// letters or more, and no English word, given name (the main rule's), place, agency, title,
/// month, nationality or language. Declared words and register names are the caller's to
/// leave out.
enum NameAloneAfterRole {
    /// Token index of each such name in `text`.
    static func find(_ text: ScanText) -> [Int] {
        let tokens = text.tokens
        var out: [Int] = []
        for c in tokens.indices.dropFirst() where tokens[c].kind == .other && text.scalars[tokens[c].start] == "," {
            let n = c + 2
            guard n < tokens.count, tokens[c + 1].kind == .space, tokens[n].kind == .word,
                tokens[c - 1].kind == .word,
                NameAfterRole.isRole(text, c - 1) || StructuredScan.equals(text, token: c - 1, leaderKey),
                endsCell(text, after: n)
            else { continue }
            let word = NameMatching.word(text, n)
            let folded = NameMatching.fold(word)
            guard word.count >= 3, NameMatching.isCapitalised(word), FirstNames.kind(of: word) == nil,
                !NameAfterRole.englishWords.contains(word.lowercased()), !NameContextWords.placeOrAgency.contains(folded),
                !NameContextWords.notSurname.contains(folded), !UKPlaces.names.contains(folded),
                !NameContextWords.languages.contains(folded), !FirstNames.notNames.contains(word),
                !FirstNames.months.contains(word), !TitledNameRule.isTitle(word)
            else { continue }
            out.append(n)
        }
        return out
    }

    /// (`Senior Leader, Jobcentre Plus` is an agency after a job title: `leader` is a role here only.)
    private static let leaderKey = WordList.key(of: "leader")

    /// Whether only spaces come between token `k` and a cell's `|`, a bracket or the line's end.
    private static func endsCell(_ text: ScanText, after k: Int) -> Bool {
        var j = k + 1
        while j < text.tokens.count, text.tokens[j].kind == .space { j += 1 }
        guard j < text.tokens.count else { return true }
        return text.tokens[j].kind == .newline
            || text.tokens[j].kind == .other && "|(".unicodeScalars.contains(text.scalars[text.tokens[j].start])
    }
}
