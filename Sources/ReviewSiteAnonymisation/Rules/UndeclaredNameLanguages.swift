import ReviewSiteCore
import ReviewSiteNames

/// Languages and peoples in `undeclared-name`: a given name that is also a language or a people
/// (`speaks Sango`), listed with others, and the word lists these tests use.
extension UndeclaredNameRule {
    /// Nouns after a people's name (`a Karen woman`, `the Karen community`).
    static let peopleNouns: Set<String> = [
        "woman", "women", "man", "men", "people", "peoples", "community", "communities", "family", "families",
        "baptist", "baptists", "congregation", "refugee", "refugees", "elders", "households", "village", "villages",
    ]

    static let languageNouns: Set<String> = [
        "interpreter", "interpreters", "interpreting", "translator", "translators", "translation", "speaker",
        "speakers", "speaking", "version", "leaflet", "leaflets",
    ]

    /// Whether the name from token `first` to `last` starts with a language and a word of
    /// `languageNouns` follows within four words on its line (`TAMU KYI - INTERPRETER`).
    static func languageBeforeInterpreter(_ text: ScanText, _ first: Int, _ last: Int) -> Bool {
        guard NameContextWords.languages.contains(NameMatching.fold(NameMatching.word(text, first))) else { return false }
        var k = last + 1, words = 0
        while k < text.tokens.count, text.tokens[k].kind != .newline, words < 4 {
            if text.tokens[k].kind == .word {
                words += 1
                if languageNouns.contains(NameMatching.word(text, k).lowercased()) { return true }
            }
            k += 1
        }
        return false
    }

    /// Whether the word at `i` is a language: next to one in a list (`Shona, Cantonese and
    /// Urdu`), before `interpreter` or the like, or `in Shona means`.
    func languageListed(_ text: ScanText, _ i: Int) -> Bool {
        let word = NameMatching.fold(NameMatching.word(text, i))
        guard NameContextWords.languages.contains(word) else { return false }
        func isLanguage(_ k: Int?) -> Bool {
            guard let k else { return false }
            let w = NameMatching.word(text, k)
            return (NameMatching.isCapitalised(w) || w.hasPrefix("isi"))
                && NameContextWords.languages.contains(NameMatching.fold(w))
                || w == "BSL"
        }
        let (previous, next) = Self.listSides(text, i)
        if isLanguage(Self.pastConjunction(text, next, forward: true))
            || isLanguage(Self.pastConjunction(text, previous, forward: false))
        {
            return true
        }
        // `with a Shona interpreter`, `a Shona speaker` (development set 30).
        if next.map({ Self.languageNouns.contains(NameMatching.word(text, $0)) }) == true { return true }
        // `a Karen woman`, `the Karen community`, `Karen Baptist`: a people (development set 62).
        if next.map({ Self.peopleNouns.contains(NameMatching.word(text, $0).lowercased()) }) == true { return true }
        // `S'gaw Karen`, `Pwo Karen`: after a dialect's name; `Karen (S'gaw)`, `Darija (Moroccan
        // Arabic)`: a language named in brackets after it; `Karen is not Burmese`.
        func letters(_ k: Int) -> String {
            NameMatching.word(text, k).lowercased().filter { $0 != "'" && $0 != "\u{2019}" }
        }
        if let previous, ["gaw", "sgaw", "pwo"].contains(letters(previous)) { return true }
        if i + 3 < text.tokens.count, text.tokens[i + 1].kind == .space,
            StructuredScan.isChar(text, text.tokens[i + 2].start, "("),
            text.tokens[i + 3].kind == .word, case let n = i + 3,
            isLanguage(n) || isLanguage(NameMatching.nextWord(text, after: n))
                || NameContextWords.languages.contains(letters(n))
                || letters(n) == "s" && NameMatching.nextWord(text, after: n).map(letters) == "gaw"
                || ["moroccan", "standard"].contains(letters(n))
        {
            return true
        }
        if let n = next, ["is", "are"].contains(NameMatching.word(text, n)), let not = NameMatching.nextWord(text, after: n),
            NameMatching.word(text, not) == "not", isLanguage(NameMatching.nextWord(text, after: not))
        {
            return true
        }
        // `which in Shona means "our hope"`; `She sang to them in Shona.`, `"happiness" in Shona,`:
        // after a word spoken or sung, at the clause's end (development set 41).
        guard let previous, NameMatching.word(text, previous) == "in" else { return false }
        if next.map({ ["means", "meaning", "meant", "translation"].contains(NameMatching.word(text, $0)) }) == true {
            return true
        }
        guard i + 1 < text.tokens.count, text.tokens[i + 1].kind == .other,
            ".,;".unicodeScalars.contains(text.scalars[text.tokens[i + 1].start])
        else { return false }
        var b = previous - 1
        while b >= 0, text.tokens[b].kind == .space { b -= 1 }
        guard b >= 0 else { return false }
        if text.tokens[b].kind == .other { return "\"\u{201D}'".unicodeScalars.contains(text.scalars[text.tokens[b].start]) }
        // (`sang to them in Shona.`: a verb up to two words before a pronoun; not `I see a lot of
        // her in Shona.`)
        var k: Int? = b
        for _ in 0..<3 {
            guard let w = k else { return false }
            let word = NameMatching.word(text, w).lowercased()
            if Self.spokenWords.contains(word) { return true }
            guard w == b ? Self.objectPronouns.contains(word) : word == "to" else { return false }
            k = NameMatching.previousWord(text, before: w)
        }
        return false
    }

    /// Languages whose small words no English sentence has: two of them near a word make its
    /// sentence that language's. Scottish Gaelic (development set 57), Estonian, as a
    /// translated message thread gives it (development set 58), Welsh, Gujarati and Nepali.
    static let otherLanguageWords: [Set<String>] = [
        [
            "agus", "anns", "aig", "bha", "tha", "cha", "chan", "robh", "airson", "leatha", "leis", "fhèin", "fhein",
            "seo", "oir", "nach", "mo", "sa", "nan", "nam", "thog", "dh'fhàg", "a'", "'s",
        ],
        [
            "ta", "ma", "sa", "ei", "ja", "mu", "su", "oli", "väga", "täna", "kus", "olen", "oled", "tal", "minu", "sinu",
            "tead", "küll", "palun", "jälle", "lase", "ära", "tule", "juurde", "öösel", "kõik", "aga", "kui", "veel",
            "isa", "ema", "häid", "jõule", "kallis", "nuttis", "vaatas", "läbi", "sõnumid", "kaotan", "töö", "tööl",
            "pakin", "hullem", "vaikne", "vasta", "mind", "sind", "mida", "miks", "pole",
        ],
        // Welsh, in a family's quoted words and a handwritten notebook (development set 82);
        // not the small words English shares (`a`, `i`, `am`, `o`), nor `Bob` (`bob dydd`).
        [
            "roedd", "doedd", "oedd", "mae", "yn", "ei", "bod", "ddim", "dydd", "wrtha", "yr", "ac", "mewn", "gyda",
            "fy", "dy", "eich", "eu", "nhw", "iawn", "wedi", "ond", "neu", "hefyd", "wrth", "dweud", "diolch", "hi'n",
            "chi", "ni", "i'r", "ydy", "ydw", "rwy", "rydw", "mynd", "dod", "efo", "erbyn", "yma", "yno", "ddwy", "bawb",
        ],
        // Gujarati written in Latin letters, as a text message gives it (`Tu mane khotu kem bole
        // che`; development set 83).
        [
            "tu", "mane", "kem", "che", "chhe", "nathi", "shu", "tame", "ame", "maru", "taru", "khotu", "bole", "karo",
            "karu", "jao", "aavo", "ghare", "nahi", "ane", "hoon", "mari", "tari", "kyare", "kyan",
        ],
        // Nepali in Latin letters, as a family's messages give it (`Tara aama lai dukha lagchha`:
        // "But Mother will be upset"; development set 84). Not `rat` or `ho`, English words too.
        [
            "tara", "lai", "chha", "chhu", "chhau", "chhaina", "hoina", "aama", "buwa", "didi", "bhai", "dai", "aauchha",
            "aaunchha", "garnu", "bhayo", "hunchha", "timi", "tapai", "mero", "timro", "uni", "kina", "kahile", "bhaneko",
            "lagchha", "dukha", "garchhu", "samuha", "basna", "milchha", "parkhinchhu", "ko", "le", "ra", "pani", "ghar",
            "lina", "tala", "mahila",
        ],
        // Portuguese, in a review's summary for a family and their messages (`Esta revisão
        // analisa a morte de Amália`; development set 87). Not `a`, `o`, `de`: English or names too.
        [
            "esta", "este", "revisão", "analisa", "morte", "morta", "pelo", "pela", "filho", "filha", "não", "uma", "com",
            "para", "foi", "ela", "ele", "está", "tudo", "bem", "casa", "hoje", "disse", "vai", "meu", "minha", "que",
            "em", "os", "das", "dos", "mas", "também", "porque", "quando", "ao", "veio", "polícia", "ontem", "aqui",
            "comigo", "tenho", "medo", "diz", "cozinha", "atende", "liga", "ou",
        ],
    ]

    /// Gaelic articles before a noun.
    static let gaelicArticles: Set<String> = ["na", "an", "am", "nan", "nam", "a'"]

    /// `Bha i a' seinn`, `airson na Nollaig`, `Ta vaatas jälle mu telefoni`: word `i` is one of a
    /// language's small words (or follows a Gaelic article), and at least two more of that
    /// language's words stand within eight words of it.
    static func otherLanguageWord(_ text: ScanText, _ i: Int) -> Bool {
        let word = NameMatching.word(text, i).lowercased()
        let afterArticle =
            NameMatching.previousWord(text, before: i).map { gaelicArticles.contains(NameMatching.word(text, $0).lowercased()) }
            ?? false
        for (n, words) in otherLanguageWords.enumerated() where words.contains(word) || n == 0 && afterArticle {
            if languageAround(text, i, words) { return true }
        }
        return false
    }

    /// Whether two words of `words` stand within eight words either side of token `i`, across a
    /// sentence's stops, within the paragraph (`Bha Trina làidir. Dh'fhàg i an t-eilean aig`).
    private static func languageAround(_ text: ScanText, _ i: Int, _ words: Set<String>) -> Bool {
        let tokens = text.tokens
        var found = 0
        for step in [-1, 1] {
            var k = i + step, seen = 0, newlines = 0
            while k >= 0, k < tokens.count, seen < 8, newlines < 2 {
                switch tokens[k].kind {
                case .newline: newlines += 1
                case .word:
                    seen += 1
                    newlines = 0
                    if words.contains(NameMatching.word(text, k).lowercased()) { found += 1 }
                default: break
                }
                k += step
            }
        }
        return found >= 2
    }

    /// Words before `in` and a language: `sang in Shona`, `wrote it in Tagalog`.
    static let spokenWords: Set<String> = [
        "said", "says", "say", "spoke", "speaks", "speak", "spoken", "sang", "sings", "sing", "sung", "wrote", "writes",
        "written", "prayed", "prays", "talked", "talks", "replied", "answered", "shouted", "whispered",
    ]
    static let objectPronouns: Set<String> = ["it", "them", "him", "her", "us", "me"]
}
