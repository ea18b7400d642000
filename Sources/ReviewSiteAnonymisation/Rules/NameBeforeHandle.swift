import ReviewSiteCore

/// A name with its social media handle after it in brackets, as a thread of comments or a
/// list of contacts gives them: `**Precious** (@preciousss_x0 on TikTok)`, `Tayo Adebisi-Rowe
/// (@tayo.ar)` (development set 35). One to three capitalised words straight before the
/// bracket (emphasis marks allowed), none a title or a place or agency's word, and each either
/// no English word or a given name (`Refuge (@RefugeCharity)` is a charity). Declared words
/// and register names are the caller's to leave out.
enum NameBeforeHandle {
    /// Token ranges (first and last word) of each such name in `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for b in tokens.indices
        where tokens[b].kind == .other && text.scalars[tokens[b].start] == "(" && StructuredScan.isChar(text, tokens[b].end, "@")
        {
            var k = b - 1
            while k >= 0, tokens[k].kind == .space || isEmphasis(text, k) { k -= 1 }
            let words = nameWords(text, endingAt: k, most: 4)
            guard let first = words.first, let last = words.last else { continue }
            // (The name starts its line or follows a list mark or emphasis: not `… at Refuge (@x)`.)
            var p = first - 1
            while p >= 0, isEmphasis(text, p) { p -= 1 }
            guard
                p < 0 || tokens[p].kind == .newline
                    || (tokens[p].kind == .other && "-*|>".unicodeScalars.contains(text.scalars[tokens[p].start]))
                    || (tokens[p].kind == .space && (p == 0 || tokens[p - 1].kind == .newline || tokens[p - 1].kind == .other))
            else { continue }
            out.append((first, last))
        }
        return out
    }

    /// Up to `most` name words ending at token `k`, read backwards, in order: one space between
    /// words (`Adebisi-Rowe`, joined by a hyphen, is one).
    static func nameWords(_ text: ScanText, endingAt k: Int, most: Int) -> [Int] {
        let tokens = text.tokens
        var k = k
        var words: [Int] = []
        while k >= 0, tokens[k].kind == .word, words.count < most, isNameWord(text, k) {
            words.insert(k, at: 0)
            if k >= 2, tokens[k - 1].kind == .other, text.scalars[tokens[k - 1].start] == "-" {
                k -= 2
            } else if k >= 2, tokens[k - 1].kind == .space, tokens[k - 1].end - tokens[k - 1].start == 1 {
                k -= 2
            } else {
                break
            }
        }
        return words
    }

    private static func isEmphasis(_ text: ScanText, _ k: Int) -> Bool {
        text.tokens[k].kind == .other && (text.scalars[text.tokens[k].start] == "*" || text.scalars[text.tokens[k].start] == "_")
    }

    static func isNameWord(_ text: ScanText, _ k: Int) -> Bool {
        let word = NameMatching.word(text, k)
        guard word.count >= 2, NameMatching.isCapitalised(word), !TitledNameRule.isTitle(word) else { return false }
        let folded = NameMatching.fold(word)
        if NameContextWords.placeOrAgency.contains(folded) || UKPlaces.words.contains(folded)
            || NameContextWords.countries.contains(folded) || NameContextWords.businessWords.contains(folded)
        {
            return false
        }
        return !NameAfterRole.englishWords.contains(word.lowercased()) || FirstNames.kind(of: word) != nil
    }
}
