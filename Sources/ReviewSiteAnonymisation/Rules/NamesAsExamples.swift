import ReviewSiteCore

/// Given names a text uses as examples of names, not as anybody's (development set 109, a
/// briefing on how names are written): after the article and before what it may become (`a
/// Nikolay may be "Kolyo"`), and a short form explained by its full form (`Beth for Bethan;
/// Dai for Dafydd`).
enum NamesAsExamples {
    /// Whether the given name at token `k` is used as an example.
    static func at(_ text: ScanText, _ k: Int) -> Bool {
        articleBefore(text, k) || shortFormPair(text, k) || spellingOf(text, k)
    }

    /// `Oleksandr may become Aleksandr or Oleksander; Serhii may be "Serhiy" or Sergei`: a name
    /// before `may be` or `may become`, and the names after them, one or two joined by `or`.
    private static func spellingOf(_ text: ScanText, _ k: Int) -> Bool {
        func word(_ j: Int) -> String { NameMatching.word(text, j).lowercased() }
        func modalBecome(_ a: Int, _ b: Int) -> Bool { modals.contains(word(a)) && ["be", "become"].contains(word(b)) }
        // (Another name after: `Sarah may be at risk` is Sarah.)
        if let m = NameMatching.nextWord(text, after: k), let b = NameMatching.nextWord(text, after: m), modalBecome(m, b) {
            return nameAfter(text, b)
        }
        var j = k
        for _ in 0..<2 {
            guard let p = wordBefore(text, j) else { return false }
            if ["be", "become"].contains(word(p)) {
                // (And a name before the verb: `Serhii may be Serhiy`, not `she may be Grace`.)
                guard let m = wordBefore(text, p), modals.contains(word(m)), let n = wordBefore(text, m) else { return false }
                return NameMatching.isCapitalised(NameMatching.word(text, n))
            }
            guard word(p) == "or", let q = wordBefore(text, p), NameMatching.isCapitalised(NameMatching.word(text, q)) else {
                return false
            }
            j = q
        }
        return false
    }

    static let modals: Set<String> = ["may", "might", "can", "could", "will"]

    /// Whether a capitalised word follows token `k`, across a space and an opening quote.
    private static func nameAfter(_ text: ScanText, _ k: Int) -> Bool {
        var j = k + 1
        while j < text.tokens.count,
            text.tokens[j].kind == .space
                || text.tokens[j].kind == .other
                    && "\"'\u{201C}\u{2018}".unicodeScalars.contains(text.scalars[text.tokens[j].start])
        {
            j += 1
        }
        return j < text.tokens.count && text.tokens[j].kind == .word && NameMatching.isCapitalised(NameMatching.word(text, j))
    }

    /// The word before token `k` across spaces and quotes.
    private static func wordBefore(_ text: ScanText, _ k: Int) -> Int? {
        var j = k - 1
        while j >= 0,
            text.tokens[j].kind == .space
                || text.tokens[j].kind == .other
                    && "\"'\u{201C}\u{2018}".unicodeScalars.contains(text.scalars[text.tokens[j].start])
        {
            j -= 1
        }
        return j >= 0 && text.tokens[j].kind == .word ? j : nil
    }

    /// `a Hristo may be "Itso"`, `a Nikolay "Kolyo"`: a lower-case article straight before, and
    /// after the name what the name may become, a modal verb or a short form in quotes. (Not `a
    /// Bernadette from the council rang`: someone whose surname the writer did not know.)
    private static func articleBefore(_ text: ScanText, _ k: Int) -> Bool {
        guard let p = NameMatching.previousWord(text, before: k), p + 2 == k, ["a", "an"].contains(NameMatching.word(text, p))
        else { return false }
        if let n = NameMatching.nextWord(text, after: k) {
            return ["may", "might", "can", "could", "becomes", "become"].contains(NameMatching.word(text, n))
        }
        // A short form in quotes: ` "Kolyo"`.
        guard k + 3 < text.tokens.count, text.tokens[k + 1].kind == .space, text.tokens[k + 2].kind == .other,
            SocialHandleRule.openingQuotes.unicodeScalars.contains(text.scalars[text.tokens[k + 2].start])
        else { return false }
        return NameMatching.isCapitalised(NameMatching.word(text, k + 3))
    }

    /// `(Beth for Bethan; Dai for Dafydd)`: a name and a capitalised word with `for` between, the
    /// pair alone in a bracket's or a list's item (not `He left Bethan for Sarah.`); token `k`
    /// either of them.
    private static func shortFormPair(_ text: ScanText, _ k: Int) -> Bool {
        func capitalised(_ j: Int) -> Bool { NameMatching.isCapitalised(NameMatching.word(text, j)) }
        func isFor(_ j: Int) -> Bool { NameMatching.word(text, j) == "for" }
        func mark(_ j: Int, _ marks: String) -> Bool {
            j >= 0 && j < text.tokens.count && text.tokens[j].kind == .other
                && marks.unicodeScalars.contains(text.scalars[text.tokens[j].start])
        }
        func item(_ a: Int, _ b: Int) -> Bool {
            var p = a - 1
            while p >= 0, text.tokens[p].kind == .space { p -= 1 }
            return mark(p, "(;,") && mark(b + 1, ");,")
        }
        if let f = NameMatching.nextWord(text, after: k), isFor(f), let n = NameMatching.nextWord(text, after: f), capitalised(n)
        {
            return item(k, n)
        }
        if let f = NameMatching.previousWord(text, before: k), isFor(f), let p = NameMatching.previousWord(text, before: f),
            capitalised(p)
        {
            return item(p, k)
        }
        return false
    }
}
