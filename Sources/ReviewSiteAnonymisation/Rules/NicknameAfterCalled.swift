import ReviewSiteCore

/// A nickname no list knows, found by the words that give it: `everyone called her Gizi`,
/// `his friends called him "Hammy"`, `nicknamed Podge`, `her nickname in the family, "Ah
/// Hua"`. One or two capitalised words; unquoted, they must be no English word (`called him
/// a liar`, `called her Stupid`); quoted, any word but a family word or an endearment
/// (`called her "Mum"`, `"Princess"`). Declared words and register names are the caller's to
/// leave out.
enum NicknameAfterCalled {
    static let callWords: WordList = ["called", "calls", "call", "calling", "nicknamed", "renamed"]
    static let objects: WordList = ["her", "him", "them", "me", "us", "himself", "herself"]
    /// (With a quoted value: `the profile "Kez Hollins"`, a name someone went by online;
    /// development set 26.)
    /// (And a log's `AKA "TUCKER"`; development set 119.)
    static let nicknameWords: WordList = ["nickname", "nicknames", "pet", "alias", "profile", "username", "account", "aka"]
    /// Words between `nickname` and its quoted value: `in the family,`, `was`, `at school:`.
    static let fillers: WordList = ["in", "the", "family", "was", "is", "at", "school", "work", "her", "his", "their", "name"]
    /// What people are called that names nobody.
    static let notNicknames: Set<String> = [
        "mum", "mam", "mom", "mummy", "mother", "dad", "daddy", "father", "nan", "nana", "nanna", "gran", "granny",
        "grandma", "grandad", "granddad", "grandpa", "auntie", "aunty", "aunt", "uncle", "sis", "bro", "babe", "baby",
        "love", "darling", "sweetheart", "princess", "boss", "chief", "sir", "madam", "miss", "mate", "son", "hun",
        "honey", "queen", "king", "angel", "brother", "sister", "missus", "missis", "duck", "pet", "hen", "lass", "lad",
        "cuz", "bruv",
        // What families call their elders and kin in other languages (`Baji`, `Babcia`).
        "baji", "apa", "amma", "ammi", "abba", "abbu", "nani", "nana", "dadi", "dada", "khala", "mami", "chacha",
        "bhai", "didi", "bhabhi", "behen", "babcia", "dziadek", "babushka", "abuela", "abuelo", "nonna", "nonno", "mama",
        "papa", "yaya", "teta", "hooyo", "aabo", "abo", "ayeyo",
        // Somali uncles and aunts (`Abti Nabil`, a mother's brother; development set 21).
        "abti", "adeer", "eedo", "habaryar", "awoowe", "ayeeyo",
        // (`Her son called her "Mamusia"`, Polish for mummy: development set 31.) Written
        // without accents: words are compared folded (`mamá` was never matched).
        "mamusia", "mamuska", "mamo", "tata", "tatus", "mamyte", "tetis", "mociute", "bunica", "bunicu", "baba",
        "dyado", "babi", "dedo", "mamicka", "maminka",
        // Tamil, Filipino and Turkish kin (`Dear Akka,` to an elder sister; development set 16).
        "akka", "appa", "thambi", "thangai", "paati", "thatha", "ate", "kuya", "abla",
        // French (`Don't tell Maman`; development set 68).
        "maman",
    ]

    /// Kin words whose accents tell them from a given name spelt the same without (`Mãe`, not
    /// `Mae`): compared lower-case, not folded (a chat with `Mãe 💐`; development set 87).
    static let accentedKin: Set<String> = [
        "mãe", "mamãe", "avó", "avô", "vovó", "vovô", "irmã", "irmão", "mamá", "papá", "tía", "mammà", "papà",
    ]

    /// Token ranges (first and last word) of each nickname in `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        // (Words are told by their keys, made once here: comparing every word's letters with
        // `known` three times was 2.6% of lint on corpus F; issue 16.)
        let knownKey = WordList.key(of: "known"), asKey = WordList.key(of: "as")
        for k in tokens.indices where tokens[k].kind == .word && tokens[k].end - tokens[k].start <= 9 {
            var at: Int
            var needsQuote = false
            let known = text.wordKeys[k] == knownKey
            if StructuredScan.index(text, token: k, in: callWords) != nil, let found = nameBefore(text, call: k) {
                out.append(found)
                continue
            }
            if StructuredScan.index(text, token: k, in: callWords) != nil {
                at = k
                // `nicknamed Podge`; `called` needs its object (`called her`).
                // (`she was called Mindu`: passive, after `was` or `were`.)
                let passive =
                    StructuredScan.equals(text, tokens[k].start..<tokens[k].end, "called")
                    && NameMatching.previousWord(text, before: k).map {
                        // (`asked to be called "Pinky"`; development set 30.)
                        ["was", "were", "is", "being", "be"].contains(NameMatching.word(text, $0))
                    } == true
                // (`the one they call Donie`: `call` after `they` needs no object; development set 27.)
                let theyCall =
                    NameMatching.previousWord(text, before: k).map {
                        StructuredScan.index(text, token: $0, in: ["they", "everyone", "people", "we"]) != nil
                    } == true
                    && NameMatching.nextWord(text, after: k).map { NameMatching.isCapitalised(NameMatching.word(text, $0)) }
                        == true
                // (`a Kurdish woman called Rojda Zebari`: a person called, the name after it;
                // development set 74.)
                let personCalled =
                    StructuredScan.equals(text, tokens[k].start..<tokens[k].end, "called")
                    && NameMatching.previousWord(text, before: k).map {
                        StructuredScan.index(text, token: $0, in: personNouns) != nil
                    } == true
                if !StructuredScan.equals(text, tokens[k].start..<tokens[k].end, "nicknamed"), !passive, !theyCall,
                    !personCalled
                {
                    guard let o = NameMatching.nextWord(text, after: k), StructuredScan.index(text, token: o, in: objects) != nil
                    else { continue }
                    at = o
                }
            } else if let colon = preferredNameLabel(text, k) {
                // `Preferred name:  Rimi`, `Known as: Bia`: a form's field for what someone
                // goes by; unquoted, a word no English word is (development set 79).
                at = colon
            } else if StructuredScan.index(text, token: k, in: nicknameWords) != nil {
                // Past `in the family,` to the quoted value.
                at = k
                var steps = 0
                while steps < 8, at + 1 < tokens.count {
                    let t = tokens[at + 1]
                    if t.kind == .space || (t.kind == .other && ",:".unicodeScalars.contains(text.scalars[t.start])) {
                        at += 1
                    } else if t.kind == .word, StructuredScan.index(text, token: at + 1, in: fillers) != nil {
                        at += 1
                        steps += 1
                    } else {
                        break
                    }
                }
                needsQuote = true
            } else if known, let a = NameMatching.nextWord(text, after: k), text.wordKeys[a] == asKey {
                // `a man known as "Tallboy"`: quoted, since `known as Clare's Law` names a scheme.
                at = a
                needsQuote = true
            } else if known, let a = knownToAs(text, after: k) {
                // `known to tenants as "Big Den"` (development set 27); unquoted, a word no
                // English word is: `Pete Rowe, known on the quay as Rowey` (development set 76);
                // not a possessive or an initial (`Known to staff as A's b/f, Darren`).
                at = a
                needsQuote =
                    NameMatching.nextWord(text, after: a).map {
                        let w = NameMatching.word(text, $0)
                        return w.count < 3 || NameMatching.stripPossessive(w).possessive
                    } ?? true
            } else if known, let a = onlyAs(text, after: k) {
                // `known to everyone there only as Bia`: what people called her, and nothing else.
                at = a
            } else if let a = namedAs(text, k) {
                at = a
            } else {
                continue
            }
            if let found = value(text, after: at, needsQuote: needsQuote) { out.append(found) }
        }
        return out
    }

    private static let knownKey = WordList.key(of: "known")
    private static let nameKey = WordList.key(of: "name"), asKey = WordList.key(of: "as")

    /// The colon of `Preferred name:` or `Known as:` starting at token `k`. (`preferred` is
    /// longer than a word's key holds: compared by its letters, after its length.)
    private static func preferredNameLabel(_ text: ScanText, _ k: Int) -> Int? {
        let t = text.tokens[k]
        guard text.wordKeys[k] == knownKey || t.end - t.start == 9 && StructuredScan.equals(text, t.start..<t.end, "preferred"),
            StructuredScan.capitalised(text, text.tokens[k]),
            let n = NameMatching.nextWord(text, after: k), n == k + 2,
            text.wordKeys[n] == nameKey || text.wordKeys[n] == asKey, n + 1 < text.tokens.count,
            text.tokens[n + 1].kind == .other, text.scalars[text.tokens[n + 1].start] == ":"
        else { return nil }
        return n + 1
    }

    /// The `as` of `a police note names her as`, `identified him as`, `gave her name as`
    /// (development set 29): a record giving someone's name.
    private static func namedAs(_ text: ScanText, _ k: Int) -> Int? {
        let length = text.tokens[k].end - text.tokens[k].start
        guard length == 4 || length == 5 || length == 10 else { return nil }
        let naming = StructuredScan.index(text, token: k, in: namingWords) != nil
        guard naming || length == 4 && StructuredScan.equals(text, text.tokens[k].start..<text.tokens[k].end, "name"),
            let n = NameMatching.nextWord(text, after: k)
        else { return nil }
        if naming {
            guard StructuredScan.index(text, token: n, in: objects) != nil else { return nil }
        } else {
            guard let p = NameMatching.previousWord(text, before: k),
                StructuredScan.index(text, token: p, in: ["her", "his", "their"]) != nil
            else { return nil }
            return StructuredScan.equals(text, text.tokens[n].start..<text.tokens[n].end, "as") ? n : nil
        }
        guard let a = NameMatching.nextWord(text, after: n),
            StructuredScan.equals(text, text.tokens[a].start..<text.tokens[a].end, "as")
        else { return nil }
        return a
    }

    static let namingWords: WordList = ["names", "named", "identifies", "identified"]
    /// People a sentence may say were called something (`a woman called …`).
    static let personNouns: WordList = [
        "woman", "man", "girl", "boy", "lady", "lad", "friend", "colleague", "neighbour", "cousin", "boyfriend",
        "girlfriend", "partner", "worker", "student", "relative", "person", "someone",
    ]

    /// The `as` of `known to tenants as`, `known by everyone as`: `to` or `by` right after
    /// `known` at `k`, then one to three lower-case words and `as`.
    private static func knownToAs(_ text: ScanText, after k: Int) -> Int? {
        guard let p = NameMatching.nextWord(text, after: k),
            StructuredScan.index(text, token: p, in: ["to", "by", "on", "in", "at", "around", "among"]) != nil,
            let (a, before) = lowerCaseWordsThenAs(text, after: p, limit: 4), a > p + 2,
            // (`known to everyone there only as Bia`, unquoted, is `onlyAs`'s.)
            NameMatching.word(text, before) != "only"
        else { return nil }
        return a
    }

    /// The `as` of `only as` within six lower-case words after `known` at `k`.
    private static func onlyAs(_ text: ScanText, after k: Int) -> Int? {
        guard let (a, before) = lowerCaseWordsThenAs(text, after: k, limit: 6), NameMatching.word(text, before) == "only"
        else { return nil }
        return a
    }

    /// The first `as` among up to `limit` lower-case words after token `k`, each straight after
    /// the one before, and the word right before it.
    private static func lowerCaseWordsThenAs(_ text: ScanText, after k: Int, limit: Int) -> (as: Int, before: Int)? {
        var j = k
        for _ in 0..<limit {
            guard let n = NameMatching.nextWord(text, after: j), text.tokens[n].start - text.tokens[j].end <= 2,
                NameMatching.word(text, n).first?.isLowercase == true
            else { return nil }
            if StructuredScan.equals(text, text.tokens[n].start..<text.tokens[n].end, "as") { return (n, j) }
            j = n
        }
        return nil
    }

    /// `Mikey Joe, they call him.`: one or two capitalised words, a comma, `they` (or
    /// `everyone`, `we`), the call word at `k` and its object.
    private static func nameBefore(_ text: ScanText, call k: Int) -> (first: Int, last: Int)? {
        let tokens = text.tokens
        guard let o = NameMatching.nextWord(text, after: k), StructuredScan.index(text, token: o, in: objects) != nil,
            let they = NameMatching.previousWord(text, before: k),
            StructuredScan.index(text, token: they, in: ["they", "everyone", "we", "people"]) != nil
        else { return nil }
        var j = they - 1
        while j >= 0, tokens[j].kind == .space { j -= 1 }
        guard j >= 1, tokens[j].kind == .other, text.scalars[tokens[j].start] == "," else { return nil }
        j -= 1
        guard tokens[j].kind == .word else { return nil }
        var first = j
        if let p = NameMatching.previousWord(text, before: j), p + 2 == j, tokens[p + 1].kind == .space,
            NameMatching.isCapitalised(NameMatching.word(text, p)), !NameMatching.startsSentence(text, j)
        {
            first = p
        }
        for w in Set([first, j]) {
            let word = NameMatching.word(text, w)
            guard word.count >= 2, NameMatching.isCapitalised(word), !notNicknames.contains(NameMatching.fold(word)),
                !NameAfterRole.englishWords.contains(word.lowercased()), !TitledNameRule.isTitle(word)
            else { return nil }
        }
        return (first, j)
    }

    /// The one or two capitalised words after token `at`, across spaces and an opening quote.
    private static func value(_ text: ScanText, after at: Int, needsQuote: Bool) -> (first: Int, last: Int)? {
        let tokens = text.tokens
        var j = at + 1
        while j < tokens.count, tokens[j].kind == .space { j += 1 }
        var quoted = false
        if j < tokens.count, tokens[j].kind == .other,
            SocialHandleRule.openingQuotes.unicodeScalars.contains(text.scalars[tokens[j].start])
        {
            quoted = true
            j += 1
        }
        guard quoted || !needsQuote, j < tokens.count, tokens[j].kind == .word else { return nil }
        var last = j
        if quoted, j + 2 < tokens.count, tokens[j + 1].kind == .space, tokens[j + 2].kind == .word,
            NameMatching.isCapitalised(NameMatching.word(text, j + 2))
        {
            last = j + 2
        }
        if quoted {
            // The value must close its quote.
            guard last + 1 < tokens.count, tokens[last + 1].kind == .other,
                SocialHandleRule.closingQuotes.unicodeScalars.contains(text.scalars[tokens[last + 1].start])
            else { return nil }
        }
        // `It is called Clare's Law`, `called the Hope Project`: a scheme's or a place's name.
        if let n = NameMatching.nextWord(text, after: last), case let w = NameMatching.word(text, n),
            w.first?.isUppercase == true,
            NameContextWords.placeOrAgency.contains(NameMatching.fold(NameMatching.stripPossessive(w).base))
                || NameContextWords.businessWords.contains(NameMatching.fold(w))
        {
            return nil
        }
        for w in Set([j, last]) {
            let word = NameMatching.word(text, w)
            let folded = NameMatching.fold(word)
            guard word.count >= 2, NameMatching.isCapitalised(word), !notNicknames.contains(folded),
                !TitledNameRule.isTitle(word), !FirstNames.months.contains(word),
                !NameContextWords.weekdays.contains(folded)
            else { return nil }
            if !quoted, NameAfterRole.englishWords.contains(word.lowercased()) { return nil }
        }
        return (j, last)
    }
}
