import ReviewSiteCore

/// A register name written so that no word of it matches (issue 12): spelled out letter by
/// letter, as a call handler or a transcript writes a name given over the phone
/// (`D-I-L-N-O-Z-A`; development sets 43 and 44), or with digits where a scanned page's text
/// recognition misread its letters (`Pl0y`, `N0k`; development set 42).
extension RegisterMatcher {
    /// How a register part was disguised: what the finding's message says.
    package enum Disguise: Sendable {
        case spelledOut, digitsForLetters
    }

    /// Digits that text recognition gives for letters, with the letters they stand for.
    private static let letterForDigit: [UInt32: [Unicode.Scalar]] = [
        0x30: ["o"], 0x31: ["l", "i"], 0x33: ["e"], 0x35: ["s"],
    ]

    /// Each disguised register part in the text: the entry's number, the scalar range and how.
    /// Read by tokens, not scalars (every text of a site with a register passes here; by
    /// scalars it cost lint 1.5% on corpus F): a word with digits is word and number tokens
    /// with nothing between, a spelled-out name single-letter words between hyphens.
    package func disguised(in text: ScanText) -> [(number: Int, range: Range<Int>, how: Disguise)] {
        guard !parts.isEmpty else { return [] }
        let t = text.tokens, s = text.scalars
        var out: [(number: Int, range: Range<Int>, how: Disguise)] = []
        var k = 0
        while k < t.count {
            guard t[k].kind == .word || t[k].kind == .number else {
                k += 1
                continue
            }
            var e = k
            var digits = t[k].kind == .number, letters = t[k].kind == .word
            while e + 1 < t.count, t[e + 1].start == t[e].end, t[e + 1].kind == .word || t[e + 1].kind == .number {
                e += 1
                if t[e].kind == .number { digits = true } else { letters = true }
            }
            let range = t[k].start..<t[e].end
            if digits, letters, let n = withDigits(s[range]) {
                out.append((n, range, .digitsForLetters))
            } else if e == k, range.count == 1, t[k].kind == .word, let spelled = spelledOut(text, from: range.lowerBound) {
                if let n = parts[spelled.key] { out.append((n, range.lowerBound..<spelled.end, .spelledOut)) }
                while e + 1 < t.count, t[e + 1].start < spelled.end { e += 1 }
            }
            k = e + 1
        }
        return out
    }

    /// Three or more single letters joined by hyphens from `start` (`D-I-L-N-O-Z-A`): the
    /// letters folded, and where the run ends.
    private func spelledOut(_ text: ScanText, from start: Int) -> (key: String, end: Int)? {
        let s = text.scalars
        var letters: [Unicode.Scalar] = [s[start]]
        var k = start + 1
        while k + 1 < s.count, s[k] == "-", s[k + 1].isScanLetter, !StructuredScan.wordChar(text, k + 2) {
            letters.append(s[k + 1])
            k += 2
        }
        guard letters.count >= 3 else { return nil }
        return (Self.compact(String(String.UnicodeScalarView(letters))), k)
    }

    /// A word of letters and misread digits (two letters or more, one such digit or more,
    /// no other digit) whose letters, the digits read as letters, spell a register part.
    private func withDigits(_ word: ArraySlice<Unicode.Scalar>) -> Int? {
        let letterCount = word.count { $0.isScanLetter }
        guard letterCount >= 2, letterCount < word.count,
            word.allSatisfy({ $0.isScanLetter || Self.letterForDigit[$0.value] != nil })
        else { return nil }
        // Every reading of the digits (`1` is `l` or `i`): a word has few of them.
        var readings: [String] = [""]
        for c in word {
            let options = Self.letterForDigit[c.value] ?? [c]
            readings = readings.flatMap { r in options.map { r + String($0) } }
            if readings.count > 16 { return nil }
        }
        for reading in readings {
            if let n = parts[Self.compact(reading)] { return n }
        }
        return nil
    }
}
