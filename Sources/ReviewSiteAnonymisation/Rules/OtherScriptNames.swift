import Foundation

/// Register names written in their own script (`晓雨` for a register's `Chen Xiaoyu`, `सुनिता`
/// for `Sunita Rai`, `فارس` for `Fares`): a family statement, a phone's contact list or a
/// message quoted in the original keeps the script a name was first written in. Each word of
/// another script is written in Latin letters (by `ScriptLetters`' tables for the commonest
/// scripts, else by ICU's `Any-Latin`, as Foundation gives it) and compared with the register's
/// parts: the same letters; the same sound (`spellingKey`); a Slavic form spoken to (`Олено`
/// for `Olena`); in Arabic and Hebrew, which write few vowels, and the Brahmic scripts, whose
/// inner vowels are often not said, the same consonants (three or more); in Chinese, two or
/// three syllables run together in a run of at most four characters (one syllable is too
/// often another word).
extension RegisterMatcher {
    /// Scripts told apart by how their words are compared.
    enum OtherScript {
        case han, abjad, brahmic, cyrillic, alphabet, hangul
    }

    /// The script of a letter or mark outside Latin, if it is one compared here.
    static func otherScript(_ c: Unicode.Scalar) -> OtherScript? {
        let v = c.value
        guard v >= 0x370 else { return nil }
        switch v {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: return .han
        // (Precomposed Hangul syllables, read by `HangulNames`, not by ICU.)
        case 0xAC00...0xD7A3: return .hangul
        case 0x590...0x5FF, 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF:
            return isLetterOrMark(c) ? .abjad : nil
        case 0x400...0x52F: return isLetterOrMark(c) ? .cyrillic : nil
        case 0x900...0xAFF: return isLetterOrMark(c) ? .brahmic : nil
        case 0x370...0x3FF, 0x1F00...0x1FFF, 0x530...0x58F, 0xB00...0xDFF, 0x10A0...0x10FF, 0x1100...0x11FF,
            0xAC00...0xD7AF, 0x3040...0x30FF:
            return isLetterOrMark(c) ? .alphabet : nil
        default: return nil
        }
    }

    private static func isLetterOrMark(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark: return true
        default: return c.properties.isAlphabetic
        }
    }

    /// Words of another script in `text` that sound like a register part: the entry's number
    /// and the word's (or the syllables') scalar range.
    package func inOtherScripts(in text: ScanText) -> [(number: Int, range: Range<Int>)] {
        let scalars = text.scalars
        guard !parts.isEmpty else { return [] }
        // (Almost every text is in Latin letters: `otherScript` turns them away by their value.)
        var words: [(range: Range<Int>, script: OtherScript)] = []
        var i = 0
        while i < scalars.count {
            guard let script = Self.otherScript(scalars[i]) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < scalars.count, Self.otherScript(scalars[end]) == script { end += 1 }
            // (A Chinese name stands alone, two to four characters between punctuation or
            // spaces, as a contact's, a signature's or a bracket's: a longer run is a sentence,
            // and ICU's transform of every sentence cost lint 4% on corpus F.)
            if script != .han || end - i <= 4 { words.append((i..<end, script)) }
            i = end
        }
        guard !words.isEmpty else { return [] }
        // One transform for all the words of the text (ICU builds its transliterator on every
        // call: a page of Arabic or Bengali quotes, word by word, cost lint 8% on corpus F).
        // (Hangul by its own table, `HangulNames`: ICU spells it letter by letter.)
        let latin = Self.transliterated(
            words.filter { $0.script != .cyrillic && $0.script != .hangul }.map { scalars[$0.range] })
        var out: [(number: Int, range: Range<Int>)] = []
        var next = 0
        for (range, script) in words {
            if script == .hangul {
                if let (n, length) = hangulNumber(scalars[range]) {
                    out.append((n, range.lowerBound..<range.lowerBound + length))
                }
                continue
            }
            if script == .cyrillic {
                let letters = Cyrillic.latin(Array(String(String.UnicodeScalarView(scalars[range])).lowercased().unicodeScalars))
                if let n = number(for: letters.filter { $0.isASCII && $0.isScanLetter }, script) { out.append((n, range)) }
                continue
            }
            let syllables = latin[next]
            next += 1
            out += match(syllables, range, script)
        }
        return out
    }

    /// Each word in Latin letters, lower case, as its syllables (letters only): by table where
    /// `ScriptLetters` reads the script, else by one ICU call for all the rest, a line each.
    private static func transliterated(_ words: [ArraySlice<Unicode.Scalar>]) -> [[[Unicode.Scalar]]] {
        func syllables(_ s: Substring) -> [[Unicode.Scalar]] {
            s.split(separator: " ").map { Array($0.unicodeScalars.filter { $0.isASCII && $0.isScanLetter }) }
        }
        func latin(_ s: String) -> String? {
            s.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false)
        }
        var out: [[[Unicode.Scalar]]] = words.map { w in
            ScriptLetters.latin(w).map { [$0.filter { $0.isASCII && $0.isScanLetter }] } ?? []
        }
        let rest = words.indices.filter { out[$0].isEmpty }
        guard !rest.isEmpty else { return out }
        var joined = String.UnicodeScalarView()
        for (k, i) in rest.enumerated() {
            if k > 0 { joined.append("\n") }
            joined.append(contentsOf: words[i])
        }
        if let all = latin(String(joined)), case let lines = all.split(separator: "\n", omittingEmptySubsequences: false),
            lines.count == rest.count
        {
            for (k, i) in rest.enumerated() { out[i] = syllables(lines[k]) }
            return out
        }
        // (Should a word's transform add or drop a line, each word on its own.)
        for i in rest { out[i] = latin(String(String.UnicodeScalarView(words[i]))).map { syllables(Substring($0)) } ?? [] }
        return out
    }

    private func match(_ syllables: [[Unicode.Scalar]], _ word: Range<Int>, _ script: OtherScript) -> [(
        number: Int, range: Range<Int>
    )] {
        guard script == .han else {
            return number(for: syllables.joined().map { $0 }, script).map { [($0, word)] } ?? []
        }
        // One syllable a character: two or three in a row, with their own characters.
        guard syllables.count == word.count else { return [] }
        var out: [(number: Int, range: Range<Int>)] = []
        var k = 0
        while k < syllables.count {
            var found = false
            for length in [3, 2] where k + length <= syllables.count {
                if let n = number(for: syllables[k..<k + length].joined().map { $0 }, script) {
                    out.append((n, word.lowerBound + k..<word.lowerBound + k + length))
                    k += length
                    found = true
                    break
                }
            }
            if !found { k += 1 }
        }
        return out
    }

    /// The entry whose part `letters` (a word in Latin letters, lower case) sounds like.
    private func number(for letters: [Unicode.Scalar], _ script: OtherScript) -> Int? {
        guard letters.count >= 3 else { return nil }
        if let n = parts[String(String.UnicodeScalarView(letters))] { return n }
        if letters.count >= 4, let same = bySpelling[Self.spellingKey(letters)] { return same.number }
        if letters.count >= 5, let last = letters.last, Self.finalVowels.contains(last),
            let n = byVowelStem[String(String.UnicodeScalarView(letters.dropLast()))]
        {
            return n
        }
        // (A Brahmic name's inner `a` is often not said: `ਹਰਪ੍ਰੀਤ`, read `harapreet`, is Harpreet.)
        if script == .abjad || script == .brahmic, let skeleton = Self.consonants(letters), let n = byConsonants[skeleton] {
            return n
        }
        return nil
    }

    static let finalVowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]

    /// A part's consonants as Arabic and Hebrew letters give them: vowels, `y`, `w`, `h` and
    /// doubles left out, `p` as `f` and `c` and `q` as `k`; three or more, or nil.
    static func consonants(_ letters: [Unicode.Scalar]) -> String? {
        var out = String.UnicodeScalarView()
        for c in letters where !"aeiouywh".unicodeScalars.contains(c) {
            let s: Unicode.Scalar = c == "p" ? "f" : c == "c" || c == "q" ? "k" : c
            if out.last != s { out.append(s) }
        }
        return out.count >= 3 ? String(out) : nil
    }
}
