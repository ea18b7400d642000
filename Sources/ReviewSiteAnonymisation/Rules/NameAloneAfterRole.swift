import ReviewSiteCore

/// A name of one word the given-name lists do not know, after a role and a comma, alone to
/// the end of a table cell or before a bracket: `| women's group leader, Abrehet |`,
/// `| volunteer, Pranee ("Nim") |` (development set 42); or signing a note with a staff
/// role in brackets after it: `— Fatmata (HCA)` (development set 44); after a possessive and a
/// personal role (`your colleague Zurab,`), or signing a note after a dash at a line's end
/// (`— Dot`, where a given name that is also a word counts too; development set 49). The word is
/// capitalised, three letters or more, and no English word, given name (the main rule's),
/// place, agency, title, month, nationality or language. Declared words and register names
/// are the caller's to leave out.
enum NameAloneAfterRole {
    /// Token index of each such name in `text`.
    static func find(_ text: ScanText) -> [Int] {
        let tokens = text.tokens
        var out: [Int] = []
        for c in tokens.indices.dropFirst() where tokens[c].kind == .other && text.scalars[tokens[c].start] == "," {
            let n = c + 2
            guard n < tokens.count, tokens[c + 1].kind == .space, tokens[n].kind == .word,
                tokens[c - 1].kind == .word,
                StructuredScan.index(text, token: c - 1, in: personalRoles) != nil,
                endsCell(text, after: n), unknownName(text, n)
            else { continue }
            out.append(n)
        }
        // `Handed over to nurse in charge. — Fatmata (HCA)`: a dash, a name and a staff role in
        // brackets, to the line's end.
        for b in tokens.indices.dropFirst(3) where tokens[b].kind == .other && text.scalars[tokens[b].start] == "(" {
            let n = b - 2
            guard tokens[b - 1].kind == .space, tokens[n].kind == .word, tokens[n - 1].kind == .space,
                tokens[n - 2].kind == .other, "\u{2014}\u{2013}-".unicodeScalars.contains(text.scalars[tokens[n - 2].start]),
                b + 2 < tokens.count, tokens[b + 1].kind == .word, tokens[b + 2].kind == .other,
                text.scalars[tokens[b + 2].start] == ")",
                StructuredScan.index(text, token: b + 1, in: staffRoles) != nil || NameAfterRole.isRole(text, b + 1),
                endsCell(text, after: b + 2), unknownName(text, n)
            else { continue }
            out.append(n)
        }
        // `accompanied by your colleague Zurab, I am writing`: a possessive, a personal role and
        // a name no list knows, before a comma or to the cell's end (development set 49).
        let possessiveKeys = Self.possessiveKeys
        for r in tokens.indices.dropFirst(2) where r + 2 < tokens.count && tokens[r].kind == .word {
            let n = r + 2
            // (The possessive by its word's key first: most words follow none.)
            guard possessiveKeys.contains(text.wordKeys[r - 2]), tokens[r - 2].kind == .word,
                tokens[r + 1].kind == .space, tokens[r + 1].end - tokens[r + 1].start == 1, tokens[n].kind == .word,
                tokens[r - 1].kind == .space,
                StructuredScan.index(text, token: r, in: personalRoles) != nil,
                n + 1 < tokens.count && tokens[n + 1].kind == .other && text.scalars[tokens[n + 1].start] == ","
                    || endsCell(text, after: n),
                unknownName(text, n)
            else { continue }
            out.append(n)
        }
        // `she laughed. — Dot`, `said she caught it on the Rayburn. — Jade`: a carers' book or a
        // note signed with a dash and a given name at the line's end, even one that is an
        // ordinary word, or a name no list knows (development set 49).
        for n in tokens.indices.dropFirst(4) where tokens[n].kind == .word {
            guard tokens[n - 1].kind == .space, tokens[n - 2].kind == .other,
                "\u{2014}\u{2013}-".unicodeScalars.contains(text.scalars[tokens[n - 2].start]),
                tokens[n - 3].kind == .space, lineEnds(text, after: n),
                // (After a sentence's end: `Ring – Front Door – Willowmere` is a log's fields.)
                tokens[n - 4].kind == .other, ".!?)".unicodeScalars.contains(text.scalars[tokens[n - 4].start])
            else { continue }
            let word = NameMatching.word(text, n)
            // (`DoD`, `WhatsApp`: capitals inside a word make an abbreviation or a brand.)
            if word.dropFirst().contains(where: \.isUppercase) { continue }
            let kind = FirstNames.kind(of: word)
            if (kind == .plain || kind == .wordLike) && NameMatching.isCapitalised(word) || unknownName(text, n) {
                out.append(n)
            }
        }
        // `your claim has been closed. Jade (Work Coach)`: a journal's entry signed with a given
        // name and a job of two words in brackets, to the line's end (development set 60).
        for b in tokens.indices.dropFirst(2) where tokens[b].kind == .other && text.scalars[tokens[b].start] == "(" {
            let n = b - 2
            guard tokens[b - 1].kind == .space, tokens[n].kind == .word, b + 4 < tokens.count,
                tokens[b + 1].kind == .word, tokens[b + 2].kind == .space, tokens[b + 3].kind == .word,
                tokens[b + 4].kind == .other, text.scalars[tokens[b + 4].start] == ")",
                Self.signingJobs.contains(text.slice(tokens[b + 1].start..<tokens[b + 3].end).lowercased()),
                lineEnds(text, after: b + 4), case let word = NameMatching.word(text, n), NameMatching.isCapitalised(word),
                FirstNames.kind(of: word) == .plain || FirstNames.kind(of: word) == .wordLike || unknownName(text, n)
            else { continue }
            out.append(n)
        }
        // `| Precious A. |`: a carers' book's or a rota's signature, a given name and an initial
        // with its full stop, alone in its cell or at its line's end (development set 61).
        for n in tokens.indices.dropFirst() where n + 3 < tokens.count && tokens[n].kind == .word {
            guard tokens[n + 1].kind == .space, tokens[n + 1].end - tokens[n + 1].start == 1, tokens[n + 2].kind == .word,
                tokens[n + 2].end - tokens[n + 2].start == 1, text.scalars[tokens[n + 2].start].isScanUppercase,
                tokens[n + 3].kind == .other, text.scalars[tokens[n + 3].start] == ".", endsCell(text, after: n + 3),
                startsCell(text, before: n), case let word = NameMatching.word(text, n), NameMatching.isCapitalised(word),
                FirstNames.kind(of: word) == .plain || FirstNames.kind(of: word) == .wordLike
            else { continue }
            out.append(n)
        }
        return out
    }

    /// Whether only spaces stand between token `k` and its cell's or line's start.
    private static func startsCell(_ text: ScanText, before k: Int) -> Bool {
        var j = k - 1
        while j >= 0, text.tokens[j].kind == .space { j -= 1 }
        return j < 0 || text.tokens[j].kind == .newline
            || text.tokens[j].kind == .other && text.scalars[text.tokens[j].start] == "|"
    }

    /// Jobs of two words that sign a journal's or a case record's entries after a given name.
    static let signingJobs: Set<String> = [
        "work coach", "case manager", "case worker", "support worker", "key worker", "team leader", "duty manager",
        "housing officer", "care worker", "night manager", "family worker", "outreach worker",
    ]

    /// Whether only spaces, or a full stop, come between token `k` and its line's end, or a
    /// bracket (`— Dot (Dorothy Bell)`).
    private static func lineEnds(_ text: ScanText, after k: Int) -> Bool {
        var j = k + 1
        if j < text.tokens.count, text.tokens[j].kind == .other, text.scalars[text.tokens[j].start] == "." { j += 1 }
        while j < text.tokens.count, text.tokens[j].kind == .space { j += 1 }
        return j == text.tokens.count || text.tokens[j].kind == .newline
            || j == k + 2 && text.tokens[j].kind == .other && text.scalars[text.tokens[j].start] == "("
    }

    /// `my`, `his`, `her`, `their`, `your`, `our`, by their words' keys (compared, not looked up).
    private static let possessiveKeys: [UInt64] = ["my", "his", "her", "their", "your", "our"].map(WordList.key(of:))

    /// `Telephone  Nkem Osei (ANP)`: a given name and a surname before a staff role in
    /// brackets, to the line's or the cell's end, as a record signs its entries (development
    /// set 46). Neither word may be an English word, place, agency, title, month or language.
    static func fullNames(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for b in tokens.indices.dropFirst(4) where tokens[b].kind == .other && text.scalars[tokens[b].start] == "(" {
            let last = b - 2, first = b - 4
            guard tokens[b - 1].kind == .space, tokens[last].kind == .word, tokens[last - 1].kind == .space,
                tokens[last - 1].end - tokens[last - 1].start == 1, tokens[first].kind == .word,
                b + 2 < tokens.count, tokens[b + 1].kind == .word, tokens[b + 2].kind == .other,
                text.scalars[tokens[b + 2].start] == ")", StructuredScan.index(text, token: b + 1, in: staffRoles) != nil,
                endsCell(text, after: b + 2), nameWord(text, first), nameWord(text, last)
            else { continue }
            out.append((first, last))
        }
        return out
    }

    /// A capitalised word of two letters or more that is no English word, place, agency,
    /// title, month or language (a given name from the lists may be one).
    static func nameWord(_ text: ScanText, _ n: Int) -> Bool {
        let word = NameMatching.word(text, n)
        let folded = NameMatching.fold(word)
        return word.count >= 2 && NameMatching.isCapitalised(word) && !NameAfterRole.englishWords.contains(word.lowercased())
            && !NameContextWords.placeOrAgency.contains(folded) && !NameContextWords.notSurname.contains(folded)
            && !UKPlaces.names.contains(folded) && !WorldCities.names.contains(folded)
            && !NameContextWords.languages.contains(folded)
            && !FirstNames.notNames.contains(word) && !FirstNames.months.contains(word) && !TitledNameRule.isTitle(word)
    }

    /// Whether word `n` may be a name no list knows: capitalised, three letters or more, and
    /// no English word, given name, place, agency, title, month, nationality or language.
    private static func unknownName(_ text: ScanText, _ n: Int) -> Bool {
        let word = NameMatching.word(text, n)
        return word.count >= 3 && FirstNames.kind(of: word) == nil && nameWord(text, n)
    }

    /// Staff roles as a ward's or a team's notes write them after a name (`Fatmata (HCA)`).
    private static let staffRoles: WordList = [
        "hca", "rgn", "rmn", "cpn", "hv", "sw", "ssw", "dsl", "pso", "spo", "ot", "slt", "anp", "tl", "sn", "rn",
    ]

    /// Roles a person has to someone or in a community. A job's title before a comma is often
    /// followed by its department or employer in one word (`| Consultant, Gastroenterology |`,
    /// `| Officer, Cafcass |`), so job titles are left out. (`Senior Leader, Jobcentre Plus` is
    /// an agency after a job title: `leader` is a role here only.)
    private static let personalRoles: WordList = [
        "neighbour", "neighbor", "neighbours", "friend", "friends", "colleague", "landlord", "landlady", "lodger",
        "partner", "ex-partner", "boyfriend", "girlfriend", "husband", "wife", "cousin", "aunt", "uncle", "sister",
        "brother", "mother", "father", "daughter", "son", "niece", "nephew", "grandmother", "grandfather", "stepfather",
        "stepmother", "housemate", "flatmate", "tenant", "volunteer", "witness", "acquaintance", "carer", "mentor",
        "student", "trainee", "ex-wife", "ex-husband", "stepson", "stepdaughter", "granddaughter", "grandson",
        "farmer", "shepherd", "farmhand", "publican", "gamekeeper", "leader",
    ]

    /// Whether only spaces come between token `k` and a cell's `|`, a bracket or the line's end,
    /// or a full stop ends the sentence right after it.
    private static func endsCell(_ text: ScanText, after k: Int) -> Bool {
        var j = k + 1
        while j < text.tokens.count, text.tokens[j].kind == .space { j += 1 }
        guard j < text.tokens.count else { return true }
        // (`She confided in her friend, Abrehet.`: a sentence's end too.)
        if j == k + 1, text.tokens[j].kind == .other, text.scalars[text.tokens[j].start] == ".",
            j + 1 == text.tokens.count || text.tokens[j + 1].kind == .space || text.tokens[j + 1].kind == .newline
        {
            return true
        }
        return text.tokens[j].kind == .newline
            || text.tokens[j].kind == .other && "|(".unicodeScalars.contains(text.scalars[text.tokens[j].start])
    }
}
