import ReviewSiteCore
import ReviewSiteNames

/// Things named like people in `undeclared-name`: organisations, faiths and prayers, ships,
/// vehicles and firms, and the word lists these tests use.
extension UndeclaredNameRule {
    /// `IMRs (maternity, licensing, Sakina)` beside `Sakina Women's Centre` elsewhere in the
    /// text: one word in a list, that starts an organisation's name in the same text.
    static func organisationShortForm(_ text: ScanText, _ i: Int) -> Bool {
        func punctuation(_ k: Int, _ step: Int) -> Unicode.Scalar? {
            var k = k + step
            while k >= 0, k < text.tokens.count, text.tokens[k].kind == .space { k += step }
            guard k >= 0, k < text.tokens.count, text.tokens[k].kind == .other else { return nil }
            return text.scalars[text.tokens[k].start]
        }
        guard let before = punctuation(i, -1), before == "," || before == "(", let after = punctuation(i, 1),
            after == "," || after == ")"
        else { return false }
        let t = text.tokens[i], length = t.end - t.start
        let word = text.scalars[t.start..<t.end]
        for j in text.tokens.indices
        where j != i && text.tokens[j].end - text.tokens[j].start == length
            && text.scalars[text.tokens[j].start..<text.tokens[j].end].elementsEqual(word)
        {
            var at = j
            for _ in 0..<3 {
                // (A column gap parts cells: `B<tab>Gary<tab>Police` is no `Gary Police`; set 53.)
                guard let n = NameMatching.nextWord(text, after: at), n <= at + 2, n == at + 1 || !text.isColumnGap(at + 1)
                else { break }
                let w = NameMatching.word(text, n)
                guard NameMatching.isCapitalised(w) else { break }
                if NameContextWords.placeOrAgency.contains(NameMatching.fold(NameMatching.stripPossessive(w).base)) {
                    return true
                }
                at = n
            }
        }
        return false
    }

    /// Whether `HMS`, `HMP` or `RAF` ends the line before word `i`, which starts its line.
    /// A ship's or a prison's prefix among the three capitalised words before word `i` (`MV
    /// Crescent Dawn`; `HMP Low Newton`, development set 74).
    static func afterShipPrefix(_ text: ScanText, _ i: Int) -> Bool {
        var k = i
        for _ in 0..<3 {
            // (Back over spaces and emphasis: `MV *Crescent Dawn*`.)
            var p = k - 1
            while p >= 0,
                text.tokens[p].kind == .space
                    || text.tokens[p].kind == .other && "*_".unicodeScalars.contains(text.scalars[text.tokens[p].start])
            {
                p -= 1
            }
            guard p >= 0, text.tokens[p].kind == .word else { return false }
            let w = NameMatching.word(text, p)
            if shipPrefixes.contains(w) || ["HMP", "HMYOI", "YOI"].contains(w) { return true }
            // (`Visiting yacht *Saoirse*`: a kind of boat before its name; development set 66.)
            if k == i, vesselNouns.contains(w) { return true }
            // (`Ysbyty Gwenllian Morris`: a Welsh building named after someone, its last name too.)
            if k < i, NameContextWords.welshBuildings.contains(NameMatching.fold(w)) { return true }
            guard NameMatching.isCapitalised(w) else { return false }
            k = p
        }
        return false
    }
    /// `Bonny Lass RX 203`: a fishing boat's name before its port letters and number, as a
    /// harbour's records give it (development set 61).
    /// (`Bonnie Lass II (PZ 412)`: past a numeral and a bracket; development set 76.)
    static func beforeFishingNumber(_ text: ScanText, _ i: Int) -> Bool {
        let t = text.tokens
        guard let second = NameMatching.nextWord(text, after: i), second == i + 2,
            NameMatching.isCapitalised(NameMatching.word(text, second))
        else { return false }
        var n = second
        if n + 2 < t.count, t[n + 1].kind == .space, t[n + 2].kind == .word,
            ["II", "III", "IV"].contains(NameMatching.word(text, n + 2))
        {
            n += 2
        }
        if n + 2 < t.count, t[n + 1].kind == .space, t[n + 2].kind == .other, text.scalars[t[n + 2].start] == "(" {
            n += 1
        }
        guard n + 4 < t.count, t[n + 1].kind == .space || t[n + 1].kind == .other,
            t[n + 2].kind == .word, (1...3).contains(t[n + 2].end - t[n + 2].start),
            text.scalars[t[n + 2].start..<t[n + 2].end].allSatisfy(\.isScanUppercase), t[n + 3].kind == .space,
            t[n + 3].end - t[n + 3].start == 1, t[n + 4].kind == .number, t[n + 4].end - t[n + 4].start <= 4,
            // (Not a record's label and its value: `Darren Kettle (DOB 09/06/1988)`, `(NHS 943 …)`;
            // development set 97.)
            !recordLetters.contains(NameMatching.word(text, n + 2).lowercased()),
            !(n + 5 < t.count && t[n + 5].kind == .other && "/.-".unicodeScalars.contains(text.scalars[t[n + 5].start]))
        else { return false }
        // (Its second word an English word, `Lass`, `Star`, and the letters no rank: `Mark Ellis
        // PC 1234` is an officer.)
        return NameAfterRole.englishWords.contains(NameMatching.word(text, second).lowercased())
            && !TitledNameRule.isTitle(NameMatching.word(text, n + 2))
    }

    /// A record's labels before a value, which no port's letters are.
    /// (The record labels a name never holds, and those of one to three letters a value follows.)
    private static let recordLetters = recordLabels.union(["nhs", "ni", "tel", "mob", "age"])

    /// Kinds of boat written before a boat's name, in lower case.
    private static let vesselNouns: Set<String> = [
        "yacht", "ketch", "trawler", "crabber", "schooner", "dinghy", "cruiser", "narrowboat", "barge", "tug", "lugger",
    ]
    private static let shipPrefixes: Set<String> = ["MV", "MS", "SS", "RMS", "HMS", "FV", "MT", "HMY", "HMCS", "MY", "RV"]

    /// `Christian` as a faith: before a bracket or a lower-case word of a community or a place.
    static func faith(_ text: ScanText, _ i: Int) -> Bool {
        guard NameMatching.word(text, i) == "Christian" else { return false }
        var j = i + 1
        while j < text.tokens.count, text.tokens[j].kind == .space { j += 1 }
        guard j < text.tokens.count else { return false }
        if text.tokens[j].kind == .other, text.scalars[text.tokens[j].start] == "(" { return true }
        return text.tokens[j].kind == .word && faithNouns.contains(NameMatching.word(text, j))
    }
    private static let faithNouns: Set<String> = [
        "section", "community", "communities", "faith", "church", "churches", "family", "families", "tradition",
        "fellowship", "group", "groups", "charity", "burial", "cemetery", "values", "prayers", "leaders", "women", "men",
    ]

    static func shipOrPrisonBefore(_ text: ScanText, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, text.tokens[j].kind == .space { j -= 1 }
        guard j >= 1, text.tokens[j].kind == .newline else { return false }
        j -= 1
        while j >= 0, text.tokens[j].kind == .space { j -= 1 }
        guard j >= 0, text.tokens[j].kind == .word else { return false }
        return ["HMS", "HMP", "HMYOI", "RAF"].contains(NameMatching.word(text, j))
    }

    /// `after Isha`, `before Maghrib prayers`: one of the five daily prayers, named for its
    /// time; `Inna lillahi`, said at news of a death (development set 45).
    static func prayerOrPrayerWords(_ text: ScanText, _ i: Int) -> Bool {
        let word = NameMatching.fold(NameMatching.word(text, i))
        let next = NameMatching.nextWord(text, after: i).map { NameMatching.fold(NameMatching.word(text, $0)) }
        if word == "inna", next == "lillahi" { return true }
        guard prayers.contains(word) else { return false }
        if let next, ["prayer", "prayers", "salah", "salat", "namaz", "jamaat", "time"].contains(next) { return true }
        // (`after Isha left` is a woman called Isha: the time ends its phrase.)
        guard let p = NameMatching.previousWord(text, before: i),
            ["after", "before", "until", "till", "following"]
                .contains(NameMatching.word(text, p).lowercased())
        else { return false }
        let t = text.tokens
        return i + 1 >= t.count || t[i + 1].kind == .newline
            || t[i + 1].kind == .other && ",.;:)".unicodeScalars.contains(text.scalars[t[i + 1].start])
    }

    /// `worshipping at Bethel, Aberglo`, `Capel Carmel`, `Salem Chapel`: a chapel named from
    /// the Bible, as Welsh chapels are (development set 45).
    static func chapel(_ text: ScanText, _ i: Int) -> Bool {
        let (base, possessive) = NameMatching.stripPossessive(NameMatching.word(text, i))
        guard chapelNames.contains(NameMatching.fold(base)) else { return false }
        // (`at Bethany's flat`, `at Carmel's`: a woman's home, not a chapel.)
        if !possessive, let p = NameMatching.previousWord(text, before: i),
            ["at", "capel", "chapel"].contains(NameMatching.word(text, p).lowercased())
        {
            return true
        }
        guard let n = NameMatching.nextWord(text, after: i) else { return false }
        return ["chapel", "capel", "church", "baptist", "congregational"].contains(NameMatching.word(text, n).lowercased())
    }

    private static let chapelNames: Set<String> = [
        "bethel", "bethesda", "ebeneser", "ebenezer", "seion", "zion", "salem", "moriah", "horeb", "carmel", "hermon",
        "nebo", "siloh", "soar", "tabernacl", "bethania", "bethany", "bethlehem", "calfaria", "jerusalem", "hebron",
        "pisgah", "gilead", "elim", "sardis", "smyrna", "philadelphia", "saron",
    ]

    private static let prayers: Set<String> = [
        "fajr", "dhuhr", "zuhr", "zuhur", "asr", "maghrib", "isha", "ishaa", "jummah", "jumuah", "jumah",
    ]

    /// Whether token `i` follows `ir-` or `ar-` within a few words after `Bismillah`.
    static func inBasmala(_ text: ScanText, _ i: Int) -> Bool {
        guard i >= 3, text.tokens[i - 1].kind == .other, text.scalars[text.tokens[i - 1].start] == "-",
            ["ir", "ar"].contains(NameMatching.word(text, i - 2).lowercased())
        else { return false }
        return (max(0, i - 12)..<(i - 2)).contains { NameMatching.fold(NameMatching.word(text, $0)) == "bismillah" }
    }

    static let vehicleWords: Set<String> = [
        "van", "car", "pickup", "pick-up", "minibus", "lorry", "hatchback", "saloon", "motorbike", "scooter", "taxi",
        "campervan", "motorhome", "4x4", "suv", "mpv",
    ]

    /// `black Octavia estate`, `a silver Astra hatchback`: a car's model between its colour and
    /// its body (development set 45); a model the lists know after its colour alone (`he drives
    /// a black Octavia, sometimes with the Slovak plates on`; development set 125).
    static func modelAfterColour(_ text: ScanText, _ i: Int) -> Bool {
        guard let p = NameMatching.previousWord(text, before: i), p == i - 2,
            colours.contains(NameMatching.word(text, p).lowercased())
        else { return false }
        if QuasiIdentifierRule.carMakes.contains(NameMatching.word(text, i).lowercased()) { return true }
        guard let n = NameMatching.nextWord(text, after: i), n == i + 2 else { return false }
        let body = NameMatching.word(text, n).lowercased()
        return vehicleWords.contains(body) || ["estate", "coupe", "convertible", "cabriolet"].contains(body)
    }

    private static let colours: Set<String> = [
        "black", "white", "silver", "grey", "gray", "red", "blue", "green", "yellow", "orange", "maroon", "purple",
        "gold", "brown", "beige", "navy", "bronze",
    ]

    /// Whether token `i` is a car's make, and a capitalised word (the model) follows it, then a
    /// vehicle's word or a word with digits (a plate); or a plate in brackets follows it
    /// (`Mercedes (YD17 KVF)`; development set 40).
    static func makeBeforeModel(_ text: ScanText, _ i: Int) -> Bool {
        guard QuasiIdentifierRule.carMakes.contains(NameMatching.word(text, i).lowercased()) else { return false }
        let tokens = text.tokens
        // (A current plate's two letters and two digits are two tokens: `YD` and `17`; not `Kia (Y9)`.)
        if i + 4 < tokens.count, tokens[i + 1].kind == .space, tokens[i + 2].kind == .other,
            text.scalars[tokens[i + 2].start] == "(", tokens[i + 3].kind == .word, tokens[i + 4].kind == .number,
            tokens[i + 3].end - tokens[i + 3].start == 2, tokens[i + 4].end - tokens[i + 4].start == 2,
            text.scalars[tokens[i + 3].start..<tokens[i + 3].end].allSatisfy(StructuredScan.isUpper)
        {
            return true
        }
        guard let model = NameMatching.nextWord(text, after: i), NameMatching.isCapitalised(NameMatching.word(text, model)),
            let after = NameMatching.nextWord(text, after: model) ?? (model + 2 < text.tokens.count ? model + 2 : nil),
            text.tokens[model + 1].kind == .space
        else { return false }
        let t = text.tokens[after]
        guard t.kind == .word else { return false }
        // (`Mercedes Garcia van Dijk`: `van` before a capitalised word is a particle.)
        let word = NameMatching.word(text, after)
        if word == "van", let n = NameMatching.nextWord(text, after: after),
            NameMatching.isCapitalised(NameMatching.word(text, n))
        {
            return false
        }
        // (A plate's letters, then its digits as a token of their own: `YH17`.)
        return vehicleWords.contains(word.lowercased()) || (after + 1 < tokens.count && tokens[after + 1].kind == .number)
    }

    /// Degrees, before their subject (`MSc Urban Planning`, `BA History`).
    static let degrees: Set<String> = [
        "BSc", "MSc", "BA", "MA", "PhD", "MPhil", "DPhil", "LLB", "LLM", "MBA", "BEng", "MEng", "PGCE", "PGDip", "HND", "BTEC",
    ]

    /// Whether a current plate (`EY22 LNA`) stands right before token `i`, one space between.
    static func afterPlate(_ text: ScanText, _ i: Int) -> Bool {
        let t = text.tokens
        guard i >= 5, t[i - 1].kind == .space, t[i - 2].kind == .word, t[i - 2].end - t[i - 2].start == 3,
            t[i - 3].kind == .space, t[i - 4].kind == .number, t[i - 4].end - t[i - 4].start == 2,
            t[i - 5].kind == .word, t[i - 5].end - t[i - 5].start == 2
        else { return false }
        return (t[i - 5].start..<t[i - 5].end).allSatisfy { StructuredScan.isUpper(text.scalars[$0]) }
            && (t[i - 2].start..<t[i - 2].end).allSatisfy { StructuredScan.isUpper(text.scalars[$0]) }
    }

    /// Whether a firm's word (`Surgeons`, `Solicitors`) ends the capitalised run after token `k`.
    func firmAfter(_ text: ScanText, _ k: Int, agency: Bool = false) -> Bool {
        var at = k
        for _ in 0..<4 {
            guard let n = NameMatching.nextWord(text, after: at), case let w = NameMatching.word(text, n),
                w.first?.isUppercase == true
            else { return false }
            let folded = NameMatching.fold(NameMatching.stripPossessive(w).base)
            if NameContextWords.businessWords.contains(folded) || agency && NameContextWords.placeOrAgency.contains(folded) {
                return true
            }
            at = n
        }
        return false
    }

    /// A hospital's departments, in capitals, after its name.
    static let hospitalDepartments: Set<String> = ["ED", "AMU", "ICU", "ITU", "SCBU", "NICU", "MAU", "SAU", "OPD", "UTC"]
}
