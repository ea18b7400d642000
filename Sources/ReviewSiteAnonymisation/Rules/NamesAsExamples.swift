import ReviewSiteCore

/// Given names a text uses as examples of names, not as anybody's (development set 109, a
/// briefing on how names are written): after the article and before what it may become (`a
/// Nikolay may be "Kolyo"`), and a short form explained by its full form (`Beth for Bethan;
/// Dai for Dafydd`).
enum NamesAsExamples {
    /// Whether the given name at token `k` is used as an example.
    static func at(_ text: ScanText, _ k: Int) -> Bool {
        articleBefore(text, k) || shortFormPair(text, k)
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
