/// Korean names in Hangul (`이서연` for a register's `Seo-yeon Lee`, `지원아` for `Ji-won` spoken
/// to): a chat export or a family's message keeps the script (development set 110). ICU writes
/// Hangul letter by letter (`bagjiwon`), not as names are spelled in English; here each syllable
/// is written in the Revised Romanization, as given names are (`Seo-yeon`, `Ji-won`), and a
/// first syllable that is a common surname stands for the spellings people use (`이`: Lee, Yi, Rhee).
enum HangulNames {
    /// Whether every scalar is a precomposed Hangul syllable.
    static func isSyllables(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        !word.isEmpty && word.allSatisfy { (0xAC00...0xD7A3).contains($0.value) }
    }

    /// Each syllable in the Revised Romanization, lower case (`서연` → `seo`, `yeon`).
    static func romanised(_ word: ArraySlice<Unicode.Scalar>) -> [String] {
        word.map { s in
            let index = Int(s.value) - 0xAC00
            let initial = index / (21 * 28), medial = (index % (21 * 28)) / 28, final = index % 28
            return initials[initial] + medials[medial] + finals[final]
        }
    }

    static let initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
    static let medials = [
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
        "ui", "i",
    ]
    static let finals = [
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t",
        "t", "k", "t", "p", "t",
    ]

    /// Endings after a given name: spoken to (`지원아`, `서연아`, `민준야`), `씨` (Ms, Mr) and `님`.
    static let endings: Set<Unicode.Scalar> = ["\u{C544}", "\u{C57C}", "\u{C528}", "\u{B2D8}"]

    /// The commonest Korean surnames and the ways they are spelled in English.
    static let surnames: [Unicode.Scalar: [String]] = [
        "\u{AE40}": ["kim", "gim"], "\u{C774}": ["lee", "yi", "rhee", "ri"], "\u{BC15}": ["park", "pak", "bak"],
        "\u{CD5C}": ["choi", "choe"], "\u{C815}": ["jung", "jeong", "chung"], "\u{AC15}": ["kang", "gang"],
        "\u{C870}": ["cho", "jo"], "\u{C724}": ["yoon", "yun"], "\u{C7A5}": ["jang", "chang"],
        "\u{C784}": ["lim", "im", "rim"], "\u{D55C}": ["han"], "\u{C624}": ["oh", "o"], "\u{C11C}": ["seo", "suh"],
        "\u{C2E0}": ["shin", "sin"], "\u{AD8C}": ["kwon", "gwon"], "\u{D669}": ["hwang"], "\u{C548}": ["ahn", "an"],
        "\u{C1A1}": ["song"], "\u{B958}": ["ryu", "yoo"], "\u{C804}": ["jeon", "jun", "chun"], "\u{D64D}": ["hong"],
        "\u{ACE0}": ["ko", "go"], "\u{BB38}": ["moon", "mun"], "\u{C591}": ["yang"], "\u{C190}": ["son"],
        "\u{BC30}": ["bae", "pae"], "\u{BC31}": ["baek", "paik"], "\u{D5C8}": ["heo", "huh"], "\u{C720}": ["yoo", "yu"],
        "\u{B0A8}": ["nam"], "\u{C2EC}": ["shim", "sim"], "\u{B178}": ["noh", "roh", "no"], "\u{D558}": ["ha"],
        "\u{ACFD}": ["kwak", "gwak"], "\u{C131}": ["sung", "seong"], "\u{CC28}": ["cha"], "\u{C8FC}": ["joo", "ju"],
        "\u{C6B0}": ["woo", "u"], "\u{AD6C}": ["koo", "gu"], "\u{BBFC}": ["min"], "\u{C9C4}": ["jin"],
    ]
}

extension RegisterMatcher {
    /// The entry a Hangul word names, and the part of the word that names it: the whole word,
    /// a surname and a given name run together (`이서연`), or a given name before an ending.
    func hangulNumber(_ word: ArraySlice<Unicode.Scalar>) -> (number: Int, length: Int)? {
        guard HangulNames.isSyllables(word) else { return nil }
        var syllables = HangulNames.romanised(word)
        var length = word.count
        if length >= 3, let last = word.last, HangulNames.endings.contains(last) {
            syllables.removeLast()
            length -= 1
        }
        func entry(_ letters: String) -> Int? { letters.count >= 3 ? parts[letters] : nil }
        if let n = entry(syllables.joined()) { return (n, length) }
        // A surname first, then the given name: the given name must be the register's, and the
        // surname one of its spellings the register has too.
        guard syllables.count >= 2, let first = word.first, let spellings = HangulNames.surnames[first],
            let n = entry(syllables.dropFirst().joined()), spellings.contains(where: { parts[$0] != nil })
        else { return nil }
        return (n, length)
    }
}
