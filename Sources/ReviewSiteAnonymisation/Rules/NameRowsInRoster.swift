import ReviewSiteCore

/// A timesheet's or a rota's rows, each starting with a surname and an initial before a
/// column gap: `Mottistone K          10   10 …`, `Sousa Pimentel R      10 …` (development set
/// 47: a boatyard's timesheets pasted as a printout). One to three capitalised words, one space,
/// one capital (a full stop may follow), then two spaces or more, a tab or the line's end, at
/// the start of two lines or more of the text. A word that is an English word, a place, an
/// agency's word, a title or a month makes its row no name (`Adult F`, `Week A`).
/// Declared words and register names are the caller's to leave out.
enum NameRowsInRoster {
    /// Token ranges (the first word and the initial) of each such name in `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var rows: [(first: Int, last: Int, name: Bool)] = []
        for k in tokens.indices where tokens[k].kind == .word && (k == 0 || tokens[k - 1].kind == .newline) {
            if let row = row(text, at: k) { rows.append(row) }
        }
        guard rows.count >= 2 else { return [] }
        return rows.filter(\.name).map { ($0.first, $0.last) }
    }

    /// The row starting at token `k`, and whether its words could be a surname.
    private static func row(_ text: ScanText, at k: Int) -> (first: Int, last: Int, name: Bool)? {
        let tokens = text.tokens
        var words = [k]
        var j = k
        while true {
            guard j + 2 < tokens.count, single(text, j + 1), tokens[j + 2].kind == .word else { return nil }
            let next = j + 2
            if tokens[next].end - tokens[next].start == 1, text.scalars[tokens[next].start].isScanUppercase {
                var last = next
                if last + 1 < tokens.count, StructuredScan.isChar(text, tokens[last + 1].start, ".") { last += 1 }
                guard last + 1 == tokens.count || tokens[last + 1].kind == .newline || text.isColumnGap(last + 1) else {
                    return nil
                }
                let name = words.allSatisfy { surnameWord(text, $0) }
                return (k, last, name)
            }
            guard words.count < 3, NameMatching.isCapitalised(NameMatching.word(text, next)) else { return nil }
            words.append(next)
            j = next
        }
    }

    private static func single(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        return t.kind == .space && t.end - t.start == 1 && text.scalars[t.start] == " "
    }

    private static func surnameWord(_ text: ScanText, _ k: Int) -> Bool {
        let word = NameMatching.word(text, k)
        let folded = NameMatching.fold(word)
        return word.count >= 2 && NameMatching.isCapitalised(word) && !NameAfterRole.englishWords.contains(word.lowercased())
            && !NameContextWords.placeOrAgency.contains(folded) && !NameContextWords.notSurname.contains(folded)
            && !NameContextWords.weekdays.contains(folded) && !FirstNames.months.contains(word) && !TitledNameRule.isTitle(word)
            && !NameAfterRole.isRole(text, k)
    }
}
