import ReviewSiteCore

/// Given names a text uses as examples of names, not as anybody's (development set 109, a
/// briefing on how names are written): after the article and before what it may become (`a
/// Nikolay may be "Kolyo"`), a short form explained by its full form (`Beth for Bethan; Dai for
/// Dafydd`), and a name's other spellings (`Oleksandr may become Aleksandr or Oleksander`).
/// Asked at every given name: words are compared by their keys, with no string made.
enum NamesAsExamples {
    /// Whether the given name at token `k` is used as an example.
    static func at(_ text: ScanText, _ k: Int) -> Bool {
        articleBefore(text, k) || shortFormPair(text, k) || spellingOf(text, k)
    }

    private static let aKey = WordList.key(of: "a"), anKey = WordList.key(of: "an"), forKey = WordList.key(of: "for")
    private static let orKey = WordList.key(of: "or"), beKey = WordList.key(of: "be")
    private static let becomeKey = WordList.key(of: "become"), becomesKey = WordList.key(of: "becomes")
    private static let modalKeys = ["may", "might", "can", "could", "will"].map { WordList.key(of: $0) }

    private static func key(_ text: ScanText, _ j: Int) -> UInt64 { text.wordKeys[j] }
    private static func capitalised(_ text: ScanText, _ j: Int) -> Bool { StructuredScan.capitalised(text, text.tokens[j]) }

    /// `Oleksandr may become Aleksandr or Oleksander; Serhii may be "Serhiy" or Sergei`: a name
    /// before `may be` or `may become` and another after it, and the names after them, one or
    /// two joined by `or`. (`Sarah may be at risk` is Sarah.)
    private static func spellingOf(_ text: ScanText, _ k: Int) -> Bool {
        func become(_ j: Int) -> Bool { key(text, j) == beKey || key(text, j) == becomeKey }
        if let m = NameMatching.nextWord(text, after: k), modalKeys.contains(key(text, m)),
            let b = NameMatching.nextWord(text, after: m), become(b)
        {
            return wordAfter(text, b).map { capitalised(text, $0) } ?? false
        }
        var j = k
        for _ in 0..<2 {
            guard let p = wordBefore(text, j) else { return false }
            if become(p) {
                // (And a name before the verb: `Serhii may be Serhiy`, not `she may be Grace`.)
                guard let m = wordBefore(text, p), modalKeys.contains(key(text, m)), let n = wordBefore(text, m) else {
                    return false
                }
                return capitalised(text, n)
            }
            guard key(text, p) == orKey, let q = wordBefore(text, p), capitalised(text, q) else { return false }
            j = q
        }
        return false
    }

    /// Whether token `j` is a space or an opening quote.
    private static func skipped(_ text: ScanText, _ j: Int) -> Bool {
        text.tokens[j].kind == .space
            || text.tokens[j].kind == .other
                && SocialHandleRule.openingQuotes.unicodeScalars.contains(text.scalars[text.tokens[j].start])
    }

    /// The word after token `k` across spaces and opening quotes.
    private static func wordAfter(_ text: ScanText, _ k: Int) -> Int? {
        var j = k + 1
        while j < text.tokens.count, skipped(text, j) { j += 1 }
        return j < text.tokens.count && text.tokens[j].kind == .word ? j : nil
    }

    /// The word before token `k` across spaces and quotes.
    private static func wordBefore(_ text: ScanText, _ k: Int) -> Int? {
        var j = k - 1
        while j >= 0, skipped(text, j) { j -= 1 }
        return j >= 0 && text.tokens[j].kind == .word ? j : nil
    }

    /// `a Hristo may be "Itso"`, `a Nikolay "Kolyo"`: a lower-case article straight before, and
    /// after the name what the name may become, a modal verb or a short form in quotes. (Not `a
    /// Bernadette from the council rang`: someone whose surname the writer did not know.)
    private static func articleBefore(_ text: ScanText, _ k: Int) -> Bool {
        guard let p = NameMatching.previousWord(text, before: k), p + 2 == k, key(text, p) == aKey || key(text, p) == anKey,
            text.scalars[text.tokens[p].start].isScanLowercase
        else { return false }
        if let n = NameMatching.nextWord(text, after: k) {
            return modalKeys.contains(key(text, n)) || key(text, n) == becomesKey || key(text, n) == becomeKey
        }
        // A short form in quotes: ` "Kolyo"`.
        guard k + 3 < text.tokens.count, text.tokens[k + 1].kind == .space, text.tokens[k + 2].kind == .other,
            SocialHandleRule.openingQuotes.unicodeScalars.contains(text.scalars[text.tokens[k + 2].start]),
            text.tokens[k + 3].kind == .word
        else { return false }
        return capitalised(text, k + 3)
    }

    /// `(Beth for Bethan; Dai for Dafydd)`: a name and a capitalised word with `for` between, the
    /// pair alone in a bracket's or a list's item (not `He left Bethan for Sarah.`); token `k`
    /// either of them.
    private static func shortFormPair(_ text: ScanText, _ k: Int) -> Bool {
        func mark(_ j: Int, _ marks: String) -> Bool {
            j >= 0 && j < text.tokens.count && text.tokens[j].kind == .other
                && marks.unicodeScalars.contains(text.scalars[text.tokens[j].start])
        }
        func item(_ a: Int, _ b: Int) -> Bool {
            var p = a - 1
            while p >= 0, text.tokens[p].kind == .space { p -= 1 }
            return mark(p, "(;,") && mark(b + 1, ");,")
        }
        if let f = NameMatching.nextWord(text, after: k), key(text, f) == forKey, let n = NameMatching.nextWord(text, after: f),
            capitalised(text, n)
        {
            return item(k, n)
        }
        if let f = NameMatching.previousWord(text, before: k), key(text, f) == forKey,
            let p = NameMatching.previousWord(text, before: f), capitalised(text, p)
        {
            return item(p, k)
        }
        return false
    }
}
