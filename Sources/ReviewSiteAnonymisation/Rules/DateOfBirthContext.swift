import ReviewSiteCore

/// Whether a full date is a date of birth or death: a keyword near it, in the same sentence,
/// list item and table cell, with no other date nearer to the keyword.
extension DateOfBirthRule {
    /// Keywords that date a death: they do not apply to the start of a period ("from
    /// 1 January 2019 to her death").
    static let deathKeywords: Set<String> = [
        "died", "dies", "death", "dead", "deceased", "funeral", "killed", "murdered", "inquest", "burial", "cremation",
    ]

    /// The first keyword within `window` words of the date, searching no further than
    /// `bounds` (the tokens between the neighbouring dates).
    func nearbyKeyword(_ text: ScanText, _ date: FoundDate, within bounds: Range<Int>) -> String? {
        let periodStart = startsPeriod(text, date)
        for step in [-1, 1] {
            var k = step < 0 ? date.firstToken - 1 : date.lastToken + 1
            var words = 0
            while bounds.contains(k), words < Self.window {
                let t = text.tokens[k]
                if sentenceEnds(text, k) || blockBoundary(text, k) { break }
                if t.kind == .word {
                    words += 1
                    // A keyword nearer to the neighbouring date is that date's.
                    let other = step < 0 ? bounds.lowerBound - 1 : bounds.upperBound
                    func nearer() -> Bool {
                        other >= 0 && other < text.tokens.count && wordsBetween(text, k, other) + 1 < words
                    }
                    if let i = StructuredScan.index(text, range(t), in: Self.keywords), !nearer(), !serviceTerm(text, k) {
                        let keyword = Self.keywords[i]
                        let death = Self.deathKeywords.contains(keyword)
                        // `five weeks before her death`: a date measured from the death.
                        if !(death && (periodStart || relative(text, before: k))) { return keyword }
                    }
                    if isDOBAbbreviation(text, k), !nearer() { return "D.O.B." }
                } else if t.kind == .number {
                    words += 1
                }
                k += step
            }
        }
        return nil
    }

    /// Words that make `birth` the name of a service or a role, not anyone's date of birth:
    /// a health visitor's `new birth visit`, a `pre-birth assessment`, a `birth plan`.
    static let birthServiceBefore: WordList = ["new", "pre", "post", "at"]
    static let birthServiceAfter: WordList = [
        "visit", "visits", "assessment", "assessments", "plan", "plans", "partner", "conference", "review",
        "mother", "father", "parent", "parents", "family", "certificate", "certificates", "name", "names",
    ]

    /// Whether `birth` at token `k` is part of such a term (`pre-birth`, `new birth visit`).
    func serviceTerm(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        guard t.end - t.start == 5, StructuredScan.equals(text, range(t), "birth") else { return false }
        var j = k - 1
        if j >= 0, text.tokens[j].kind == .space || isOther(text, j, "-") { j -= 1 }
        if j >= 0, text.tokens[j].kind == .word,
            StructuredScan.index(text, range(text.tokens[j]), in: Self.birthServiceBefore) != nil
        {
            return true
        }
        guard let n = NameMatching.nextWord(text, after: k), n <= k + 2 else { return false }
        return StructuredScan.index(text, range(text.tokens[n]), in: Self.birthServiceAfter) != nil
    }

    /// `before her death`, `after he died`, `since the funeral`: within three words before
    /// the keyword at `k`.
    private func relative(_ text: ScanText, before k: Int) -> Bool {
        var j = k - 1, words = 0
        while j >= 0, words < 3 {
            let t = text.tokens[j]
            if t.kind == .word {
                words += 1
                if StructuredScan.index(text, range(t), in: ["before", "after", "since", "following", "until", "till", "prior"])
                    != nil
                {
                    return true
                }
            } else if t.kind != .space {
                return false
            }
            j -= 1
        }
        return false
    }

    /// Whether tokens `a` and `b` are within `window` words in one sentence, list item and
    /// table cell.
    func sameSentence(_ text: ScanText, from a: Int, to b: Int) -> Bool {
        guard wordsBetween(text, a, b) <= Self.window else { return false }
        for k in (a + 1)..<b where sentenceEnds(text, k) || blockBoundary(text, k) { return false }
        return true
    }

    /// Words and numbers strictly between tokens `a` and `b`.
    private func wordsBetween(_ text: ScanText, _ a: Int, _ b: Int) -> Int {
        var n = 0
        for k in (min(a, b) + 1)..<max(a, b) where text.tokens[k].kind == .word || text.tokens[k].kind == .number { n += 1 }
        return n
    }

    /// "from 1 January 2019", "since …", "between …", "1 January 2019 to/until …": the date
    /// opens a period of time.
    private func startsPeriod(_ text: ScanText, _ date: FoundDate) -> Bool {
        var k = date.firstToken - 1
        while k >= 0, isSpace(text, k) || isOther(text, k, "*_") { k -= 1 }
        if let t = token(text, k), t.kind == .word,
            StructuredScan.index(text, range(t), in: ["from", "since", "between"]) != nil
        {
            return true
        }
        k = date.lastToken + 1
        while k < text.tokens.count, isSpace(text, k) || isOther(text, k, ",*_") { k += 1 }
        guard let t = token(text, k), t.kind == .word else { return false }
        return StructuredScan.index(text, range(t), in: ["to", "until", "till"]) != nil
    }

    /// A blank line, or ". ", "! ", "? " (after any closing `**`) followed by a capital
    /// letter or a new line.
    private func sentenceEnds(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        if t.kind == .newline, token(text, k + 1)?.kind == .newline || token(text, k - 1)?.kind == .newline { return true }
        guard isOther(text, k, ".!?") else { return false }
        var after = k + 1
        while isOther(text, after, "*_") { after += 1 }
        guard isSpace(text, after) || token(text, after)?.kind == .newline else { return false }
        // Initials such as "D.O.B." are not the end of a sentence.
        if let prev = token(text, k - 1), prev.kind == .word, prev.end - prev.start == 1, isOther(text, k - 2, ".") {
            return false
        }
        guard let next = token(text, after + 1) else { return true }
        return next.kind == .newline || (next.kind == .word && StructuredScan.capitalised(text, next))
    }

    /// A table cell's edge (`|`), or a line break that starts a new list item, quote,
    /// heading or table row: what is on the other side is about something else.
    private func blockBoundary(_ text: ScanText, _ k: Int) -> Bool {
        if isOther(text, k, "|") { return true }
        guard token(text, k)?.kind == .newline else { return false }
        var j = k + 1
        while isSpace(text, j) { j += 1 }
        if isOther(text, j, "-*+>#|") { return true }
        return token(text, j)?.kind == .number && isOther(text, j + 1, ".)")
    }

    /// "D.O.B" (with or without the last dot), found at any of its letters.
    func isDOBAbbreviation(_ text: ScanText, _ k: Int) -> Bool {
        for start in [k, k - 2, k - 4] {
            guard start >= 0, start + 4 < text.tokens.count else { continue }
            let parts = [text.tokens[start], text.tokens[start + 2], text.tokens[start + 4]]
            if isOther(text, start + 1, "."), isOther(text, start + 3, "."),
                zip(parts, ["d", "o", "b"]).allSatisfy({ StructuredScan.equals(text, range($0), $1) })
            {
                return true
            }
        }
        return false
    }
}
