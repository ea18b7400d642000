import ReviewSiteCore
import ReviewSiteNames

/// `KOVARIK P / HORVATH Z / ADEBAYO T / LUND M`: a crew list or a rota of surnames in capitals,
/// each with one initial, two or more in a row parted by `/` or `;` (development set 46: an
/// airline's stand allocation). A surname that is an English word, a title, a month or an
/// agency's word is none (`ZONE A / ZONE B`), and two such names are needed.
/// Declared words and register names are the caller's to leave out.
enum NameListInCapitals {
    /// Token ranges (the surname's first token and the initial) of each such name in `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        // (Most texts have no `P / ` at all: one quick look at the separators first; a date's
        // `12/03` has a number before its slash.)
        let hasList = tokens.indices.contains { s in
            guard tokens[s].kind == .other,
                StructuredScan.isChar(text, tokens[s].start, "/") || StructuredScan.isChar(text, tokens[s].start, ";")
            else { return false }
            let p = s >= 1 && tokens[s - 1].kind == .space ? s - 2 : s - 1
            return p >= 0 && tokens[p].kind == .word && tokens[p].end - tokens[p].start == 1
        }
        guard hasList else { return [] }
        var out: [(first: Int, last: Int)] = []
        var k = 0
        while k < tokens.count {
            guard tokens[k].kind == .word, let first = item(text, k) else {
                k += 1
                continue
            }
            var run = [first]
            var j = first.last + 1
            while let next = separator(text, j), let it = item(text, next) {
                run.append(it)
                j = it.last + 1
            }
            let names = run.filter { surname(text, $0) }
            if run.count >= 2, names.count >= 2 { out += names }
            k = j
        }
        return out
    }

    /// A surname in capitals (perhaps joined by hyphens: `OWUSU-BANSAH`), one space and one
    /// capital, perhaps with its full stop, starting at token `k`.
    private static func item(_ text: ScanText, _ k: Int) -> (first: Int, last: Int)? {
        let tokens = text.tokens
        guard capitals(text, k, least: 2), k == 0 || tokens[k - 1].kind != .word else { return nil }
        var e = k
        while e + 2 < tokens.count, StructuredScan.isChar(text, tokens[e + 1].start, "-"), capitals(text, e + 2, least: 2) {
            e += 2
        }
        guard e + 2 < tokens.count, tokens[e + 1].kind == .space, tokens[e + 1].end - tokens[e + 1].start == 1,
            capitals(text, e + 2, least: 1), tokens[e + 2].end - tokens[e + 2].start == 1
        else { return nil }
        let last = e + 3 < tokens.count && StructuredScan.isChar(text, tokens[e + 3].start, ".") ? e + 3 : e + 2
        // (Not the start of a longer run of capitals: `PLAN A B`.)
        if last + 2 < tokens.count, tokens[last + 1].kind == .space, tokens[last + 2].kind == .word { return nil }
        return (k, last)
    }

    /// The token after a `/` or `;` with at most one space either side, starting at token `j`.
    private static func separator(_ text: ScanText, _ j: Int) -> Int? {
        let tokens = text.tokens
        var i = j
        if i < tokens.count, tokens[i].kind == .space, tokens[i].end - tokens[i].start == 1 { i += 1 }
        guard i < tokens.count, tokens[i].kind == .other,
            StructuredScan.isChar(text, tokens[i].start, "/") || StructuredScan.isChar(text, tokens[i].start, ";")
        else { return nil }
        i += 1
        if i < tokens.count, tokens[i].kind == .space, tokens[i].end - tokens[i].start == 1 { i += 1 }
        return i < tokens.count && tokens[i].kind == .word ? i : nil
    }

    /// Whether token `k` is a word of at least `least` letters, all capitals.
    private static func capitals(_ text: ScanText, _ k: Int, least: Int) -> Bool {
        let t = text.tokens[k]
        guard t.kind == .word, t.end - t.start >= least else { return false }
        // (An ASCII first letter by its value: most words fail here without a Unicode lookup.)
        let first = text.scalars[t.start].value
        if first < 0x80, !(65...90).contains(first) { return false }
        return text.scalars[t.start..<t.end].allSatisfy { $0.isScanUppercase }
    }

    /// Whether every part of the item's surname could be a surname: no English word, title,
    /// month or agency's word.
    private static func surname(_ text: ScanText, _ item: (first: Int, last: Int)) -> Bool {
        var k = item.first
        while k < item.last, text.tokens[k].kind == .word, text.tokens[k].end - text.tokens[k].start >= 2 {
            let word = NameMatching.word(text, k)
            let lower = word.lowercased()
            if NameAfterRole.englishWords.contains(lower) || TitledNameRule.isTitle(word)
                || TitledNameRule.isTitle(lower.prefix(1).uppercased() + lower.dropFirst())
                || NameContextWords.placeOrAgency.contains(lower)
            {
                return false
            }
            k += 2
        }
        return true
    }
}
