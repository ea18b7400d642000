/// Words of Arabic, Persian, Hebrew, Greek and four Brahmic scripts (Devanagari, Bengali,
/// Gurmukhi, Gujarati) in Latin letters, lower case, by table, as UK records spell names:
/// ICU's `Any-Latin`, which builds its rules on every call, cost lint 5 to 8% on corpus F's pages
/// of Arabic and Bengali quotes. Chinese, Korean, Japanese, Armenian, Georgian and Tamil still go
/// to ICU (`RegisterMatcher.inOtherScripts`). One spelling each: `spellingKey` and the
/// consonants compare the rest.
enum ScriptLetters {
    /// The word in Latin letters, or nil for a script these tables do not read.
    static func latin(_ word: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
        guard let first = word.first else { return nil }
        switch first.value {
        case 0x600...0x6FF: return letters(word, arabic)
        case 0x590...0x5FF: return letters(word, hebrew)
        case 0x370...0x3FF, 0x1F00...0x1FFF: return greek(word)
        case 0x900...0xAFF: return brahmic(word)
        default: return nil
        }
    }

    /// Each letter by its table; marks and letters the table lacks (short vowels, shadda) add nothing.
    private static func letters(_ word: ArraySlice<Unicode.Scalar>, _ table: [UInt32: String]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for c in word { if let l = table[c.value] { out.append(contentsOf: l.unicodeScalars) } }
        return out
    }

    private static let arabic: [UInt32: String] = [
        0x627: "a", 0x623: "a", 0x625: "i", 0x622: "a", 0x671: "a", 0x628: "b", 0x62A: "t", 0x62B: "th", 0x62C: "j",
        0x62D: "h", 0x62E: "kh", 0x62F: "d", 0x630: "dh", 0x631: "r", 0x632: "z", 0x633: "s", 0x634: "sh", 0x635: "s",
        0x636: "d", 0x637: "t", 0x638: "z", 0x639: "'", 0x63A: "gh", 0x641: "f", 0x642: "q", 0x643: "k", 0x644: "l",
        0x645: "m", 0x646: "n", 0x647: "h", 0x629: "a", 0x648: "w", 0x64A: "y", 0x649: "a", 0x621: "'", 0x624: "'",
        0x626: "'",
        // Persian, Urdu and Pashto letters.
        0x67E: "p", 0x686: "ch", 0x698: "zh", 0x6AF: "g", 0x6A9: "k", 0x6CC: "y", 0x6C1: "h", 0x6BE: "h", 0x679: "t",
        0x688: "d", 0x691: "r", 0x6BA: "n", 0x6D2: "e",
        // Short vowels, when a text writes them.
        0x64E: "a", 0x650: "i", 0x64F: "u",
    ]

    private static let hebrew: [UInt32: String] = [
        0x5D0: "'", 0x5D1: "b", 0x5D2: "g", 0x5D3: "d", 0x5D4: "h", 0x5D5: "v", 0x5D6: "z", 0x5D7: "h", 0x5D8: "t",
        0x5D9: "y", 0x5DA: "k", 0x5DB: "k", 0x5DC: "l", 0x5DD: "m", 0x5DE: "m", 0x5DF: "n", 0x5E0: "n", 0x5E1: "s",
        0x5E2: "'", 0x5E3: "p", 0x5E4: "p", 0x5E5: "ts", 0x5E6: "ts", 0x5E7: "k", 0x5E8: "r", 0x5E9: "sh", 0x5EA: "t",
    ]

    /// Modern Greek as UK records write it: `ου` as `ou`, `η` as `i`, accents dropped
    /// (`Ανδρούλλα` → `androulla`, `Γεωργίου` → `georgiou`).
    private static func greek(_ word: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        let plain = word.map { c -> Unicode.Scalar in
            let lower = c.properties.lowercaseMapping.unicodeScalars.first ?? c
            return greekBase[lower.value].map { Unicode.Scalar($0)! } ?? lower
        }
        var i = 0
        while i < plain.count {
            if plain[i] == "ο", i + 1 < plain.count, plain[i + 1] == "υ" {
                out += ["o", "u"]
                i += 2
                continue
            }
            if let l = greekLetters[plain[i].value] { out.append(contentsOf: l.unicodeScalars) }
            i += 1
        }
        return out
    }

    /// Accented lower-case Greek vowels to their plain letters.
    private static let greekBase: [UInt32: UInt32] = [
        0x3AC: 0x3B1, 0x3AD: 0x3B5, 0x3AE: 0x3B7, 0x3AF: 0x3B9, 0x3CC: 0x3BF, 0x3CD: 0x3C5, 0x3CE: 0x3C9, 0x3CA: 0x3B9,
        0x390: 0x3B9, 0x3CB: 0x3C5, 0x3B0: 0x3C5,
    ]

    private static let greekLetters: [UInt32: String] = [
        0x3B1: "a", 0x3B2: "v", 0x3B3: "g", 0x3B4: "d", 0x3B5: "e", 0x3B6: "z", 0x3B7: "i", 0x3B8: "th", 0x3B9: "i",
        0x3BA: "k", 0x3BB: "l", 0x3BC: "m", 0x3BD: "n", 0x3BE: "x", 0x3BF: "o", 0x3C0: "p", 0x3C1: "r", 0x3C3: "s",
        0x3C2: "s", 0x3C4: "t", 0x3C5: "y", 0x3C6: "f", 0x3C7: "ch", 0x3C8: "ps", 0x3C9: "o",
    ]

    /// Devanagari, Bengali, Gurmukhi and Gujarati share one layout: the same letter at the same
    /// offset from its block's start (U+0900, U+0980, U+0A00, U+0A80). A consonant carries an
    /// `a` unless a vowel sign or a virama follows; a name's last `a` is not said (`अनिल` is
    /// Anil) unless a cluster comes before it (`वीरेन्द्र`, Virendra).
    private static func brahmic(_ word: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var syllables: [(consonant: String, vowel: String?, nasal: Bool)] = []
        for c in word {
            let offset = c.value & 0x7F
            if let consonant = brahmicConsonants[offset] {
                syllables.append((consonant, "a", false))
            } else if let sign = brahmicSigns[offset], !syllables.isEmpty, !syllables[syllables.count - 1].consonant.isEmpty {
                syllables[syllables.count - 1].vowel = sign
            } else if offset == 0x4D, !syllables.isEmpty {
                syllables[syllables.count - 1].vowel = nil
            } else if let vowel = brahmicVowels[offset] {
                syllables.append(("", vowel, false))
            } else if offset == 0x02 || offset == 0x01 || offset == 0x70, !syllables.isEmpty {
                syllables[syllables.count - 1].nasal = true
            }
        }
        if syllables.count > 1, let last = syllables.last, !last.consonant.isEmpty, last.vowel == "a", !last.nasal,
            syllables[syllables.count - 2].vowel != nil
        {
            syllables[syllables.count - 1].vowel = nil
        }
        var out = String.UnicodeScalarView()
        for s in syllables {
            out.append(contentsOf: s.consonant.unicodeScalars)
            // (`A`, a long `a` written with its sign, is kept at the end: `सुनिता`, Sunita.)
            out.append(contentsOf: (s.vowel ?? "").lowercased().unicodeScalars)
            if s.nasal { out.append("n") }
        }
        return Array(out)
    }

    private static let brahmicVowels: [UInt32: String] = [
        0x05: "a", 0x06: "A", 0x07: "i", 0x08: "i", 0x09: "u", 0x0A: "u", 0x0B: "ri", 0x0F: "e", 0x10: "ai", 0x13: "o",
        0x14: "au", 0x0E: "e", 0x12: "o",
    ]
    private static let brahmicConsonants: [UInt32: String] = [
        0x15: "k", 0x16: "kh", 0x17: "g", 0x18: "gh", 0x19: "n", 0x1A: "ch", 0x1B: "chh", 0x1C: "j", 0x1D: "jh",
        0x1E: "n", 0x1F: "t", 0x20: "th", 0x21: "d", 0x22: "dh", 0x23: "n", 0x24: "t", 0x25: "th", 0x26: "d",
        0x27: "dh", 0x28: "n", 0x29: "n", 0x2A: "p", 0x2B: "ph", 0x2C: "b", 0x2D: "bh", 0x2E: "m", 0x2F: "y",
        0x30: "r", 0x31: "r", 0x32: "l", 0x33: "l", 0x34: "zh", 0x35: "v", 0x36: "sh", 0x37: "sh", 0x38: "s",
        0x39: "h", 0x5C: "r", 0x5D: "rh", 0x5F: "y", 0x59: "kh", 0x5A: "gh", 0x5B: "z", 0x5E: "f",
    ]
    private static let brahmicSigns: [UInt32: String] = [
        0x3E: "A", 0x3F: "i", 0x40: "i", 0x41: "u", 0x42: "u", 0x43: "ri", 0x46: "e", 0x47: "e", 0x48: "ai",
        0x4A: "o", 0x4B: "o", 0x4C: "au",
    ]
}
