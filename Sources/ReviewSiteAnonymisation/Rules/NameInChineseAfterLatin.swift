import ReviewSiteCore

/// `Ka-yan 家欣:`, `"Ka-yan 家欣"`: a name in Chinese characters straight after a name in Latin
/// letters, as a phone's contact or a chat's sender gives both (development set 106). Two to
/// four Han characters after a capitalised Latin word and one space, then a colon, a closing
/// quote or bracket, or the line's end. Declared words and register names are the caller's to
/// leave out.
enum NameInChineseAfterLatin {
    /// Token ranges (first and last word, the same token) of each such name in `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let t = text.tokens
        var out: [(first: Int, last: Int)] = []
        for k in t.indices.dropFirst(2) where t[k].kind == .word {
            // Cheap test first: a Han character starts the word.
            guard RegisterMatcher.otherScript(text.scalars[t[k].start]) == .han, (2...4).contains(t[k].end - t[k].start),
                text.scalars[t[k].start..<t[k].end].allSatisfy({ RegisterMatcher.otherScript($0) == .han }),
                t[k - 1].kind == .space, t[k - 1].end - t[k - 1].start == 1, t[k - 2].kind == .word
            else { continue }
            // (Back to the start of a hyphened name: `Ka-yan`.)
            var j = k - 2
            while j >= 2, t[j - 1].kind == .other, text.scalars[t[j - 1].start] == "-", t[j - 2].kind == .word { j -= 2 }
            guard text.scalars[t[j].start].value < 0x80, NameMatching.isCapitalised(NameMatching.word(text, j)) else {
                continue
            }
            let ends =
                k + 1 == t.count || t[k + 1].kind == .newline
                || t[k + 1].kind == .other && closers.unicodeScalars.contains(text.scalars[t[k + 1].start])
            if ends { out.append((k, k)) }
        }
        return out
    }

    private static let closers = ":\"\u{201D})"
}
