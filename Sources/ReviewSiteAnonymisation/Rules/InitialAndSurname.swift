import ReviewSiteCore

/// A name written as an initial and a surname, as records and signatures give it: `Neighbour
/// (L. Garside)`, `Signed: H. Merridew, Farm Liaison Officer`. The surname must be no English
/// word (`A. Level`, `B. Positive`), agency or month, and the initial may not follow another
/// capitalised word (`Plan B. Hartley`, `Adult D. Then`) other than a role (`Officer B.
/// Hellier`), or a title (the titled-name rule's).
/// Declared words and register names are the caller's to leave out.
enum InitialAndSurname {
    /// Token ranges (the initial and the surname) of each such name in `text`.
    /// Counties and regions written after a compass point's initial (`E. Sussex`, `W. Yorks`,
    /// `S. Glamorgan`; development set 61).
    static let compassCounties: Set<String> = [
        "sussex", "yorkshire", "yorks", "riding", "midlands", "glamorgan", "lothian", "ayrshire", "lanarkshire",
        "somerset", "lincs", "lincolnshire", "tyneside", "anglia", "berkshire", "gloucestershire", "dunbartonshire",
        "renfrewshire", "wales", "london", "devon", "cumbria", "kent", "essex", "surrey", "norfolk", "suffolk",
    ]

    /// Whether `& Sons`, `and Son`, `& Co` or the like follows token `k`.
    static func firmAfter(_ text: ScanText, _ k: Int) -> Bool {
        var j = k + 1
        while j < text.tokens.count, text.tokens[j].kind == .space { j += 1 }
        guard j < text.tokens.count,
            text.tokens[j].kind == .other && text.scalars[text.tokens[j].start] == "&"
                || text.tokens[j].kind == .word && NameMatching.word(text, j) == "and",
            let n = NameMatching.nextWord(text, after: j)
        else { return false }
        return ["Sons", "Son", "Co", "Daughters", "Partners", "SONS", "CO"].contains(NameMatching.word(text, n))
    }

    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for i in tokens.indices {
            guard let (_, dotted) = NameMatching.initial(text, i), dotted, i + 3 < tokens.count,
                tokens[i + 2].kind == .space, tokens[i + 3].kind == .word
            else { continue }
            // `B. Hanley Moor Surgery`, `I. Robert's history`: a lettered list's label.
            var b = i - 1
            while b >= 0,
                tokens[b].kind == .space
                    || (tokens[b].kind == .other && "*_#>-".unicodeScalars.contains(text.scalars[tokens[b].start]))
            {
                b -= 1
            }
            if b < 0 || tokens[b].kind == .newline { continue }
            // (`32F. FOOSH on ice`: an age and sex, the initial glued to a number.)
            if i > 0, tokens[i - 1].kind == .number { continue }
            // (`it is about M. Don’t ring her`: a sentence's end, then a verb; development set 57.)
            if NameMatching.isNegativeContraction(NameMatching.word(text, i + 3)) { continue }
            let surname = NameMatching.stripPossessive(NameMatching.word(text, i + 3)).base
            // (`Nurse: R. OKONJO`: a record's capitals, four letters or more, not `A. NHS`; set 36.)
            guard surname.count >= 3,
                NameMatching.isCapitalised(surname) || surname.count >= 4 && NameMatching.allCapitals(surname)
            else { continue }
            let folded = NameMatching.fold(surname)
            // (`Lewes, E. Sussex`, `N. Yorks`: a compass point's initial before a county.)
            if "NSEW".unicodeScalars.contains(text.scalars[tokens[i].start]), Self.compassCounties.contains(folded) { continue }
            // (A surname that is an English word, `D. Pitcher`, only with a role beside it.)
            if NameAfterRole.englishWords.contains(surname.lowercased()) && !roleBeside(text, i, i + 3)
                || NameContextWords.placeOrAgency.contains(folded)
                // (`**A**. Spanish in place`: an action plan's rating before a language; development
                // set 69.)
                || NameContextWords.languages.contains(folded)
                || FirstNames.months.contains(surname) || TitledNameRule.isTitle(surname)
            {
                continue
            }
            if let p = NameMatching.previousWord(text, before: i), p + 2 == i, tokens[p + 1].kind == .space {
                let before = NameMatching.word(text, p)
                // (`Officer B. Hellier and I intervened`: a role, not a name's first part, before the
                // initial; development set 44.)
                if NameMatching.isCapitalised(before) && !NameAfterRole.isRole(text, p) || TitledNameRule.isTitle(before) {
                    continue
                }
            }
            // (`PC 1422 N. STEELE`: a rank and collar number before it, also the titled-name rule's.)
            if i >= 4, tokens[i - 1].kind == .space, tokens[i - 2].kind == .number, tokens[i - 3].kind == .space,
                TitledNameRule.isTitle(NameMatching.word(text, i - 4))
            {
                continue
            }
            // (`J. Goddard & Sons`: a firm; development set 58.)
            if Self.firmAfter(text, i + 3) { continue }
            // `H. Samuel Jewellers`: a shop.
            // (`Author: D. Hickinbottom` then `Team leader …` on the next line: no shop; set 36.)
            if let n = NameMatching.nextWord(text, after: i + 3), n == i + 5, tokens[i + 4].kind == .space,
                NameContextWords.placeOrAgency.contains(NameMatching.fold(NameMatching.word(text, n)))
            {
                continue
            }
            out.append((i, i + 3))
        }
        return out + signatures(text) + glued(text)
    }

    /// `By: D. Pitcher (HR Adviser)`, `HV: G. Thrower`: a role's label and its colon before the
    /// initial, or a role in brackets after the surname (development set 53).
    private static func roleBeside(_ text: ScanText, _ initial: Int, _ surname: Int) -> Bool {
        let tokens = text.tokens
        var p = initial - 1
        while p >= 0, tokens[p].kind == .space { p -= 1 }
        if p >= 1, StructuredScan.isChar(text, tokens[p].start, ":"), tokens[p - 1].kind == .word,
            NameAfterRole.isRole(text, p - 1)
        {
            return true
        }
        guard surname + 2 < tokens.count, tokens[surname + 1].kind == .space,
            StructuredScan.isChar(text, tokens[surname + 2].start, "(")
        else { return false }
        var k = surname + 3
        var words = 0
        while k < tokens.count, words < 4, tokens[k].kind == .word || tokens[k].kind == .space {
            if tokens[k].kind == .word { words += 1 }
            k += 1
        }
        return k < tokens.count && StructuredScan.isChar(text, tokens[k].start, ")") && tokens[k - 1].kind == .word
            && NameAfterRole.isRole(text, k - 1)
    }

    /// `Officer: K.Hindmarsh`, `D.Featherstone   Obs`: an initial glued by its full stop to a
    /// surname of four letters or more, as logins and operators' columns write it (development
    /// set 49); not inside an email, a web address or a file's name (`A.Nother@`, `J.Smith.docx`).
    private static func glued(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for i in tokens.indices where i + 2 < tokens.count {
            let t = tokens[i], s = tokens[i + 2]
            guard t.kind == .word, t.end - t.start == 1, text.scalars[t.start].isScanUppercase,
                tokens[i + 1].kind == .other, text.scalars[tokens[i + 1].start] == ".", tokens[i + 1].end == s.start,
                s.kind == .word, s.end - s.start >= 4
            else { continue }
            if i > 0, tokens[i - 1].kind != .space, tokens[i - 1].kind != .newline,
                !"(:|[*".unicodeScalars.contains(text.scalars[tokens[i - 1].start])
            {
                continue
            }
            if i + 3 < tokens.count, tokens[i + 3].kind != .space, tokens[i + 3].kind != .newline,
                !",;)|]*".unicodeScalars.contains(text.scalars[tokens[i + 3].start])
            {
                continue
            }
            let surname = NameMatching.word(text, i + 2)
            let folded = NameMatching.fold(surname)
            guard NameMatching.isCapitalised(surname) || NameMatching.allCapitals(surname),
                !NameAfterRole.englishWords.contains(surname.lowercased()), !NameContextWords.placeOrAgency.contains(folded),
                !FirstNames.months.contains(surname), !TitledNameRule.isTitle(surname)
            else { continue }
            out.append((i, i + 2))
        }
        return out
    }

    /// A signature's initial and surname, where the surname may be an English word and the
    /// initial may have no full stop: after `Signed:` or `Signature:` (`Signature:  J Whitlock`),
    /// or alone on a line above a job title (`K. Lamb` over `Housing Options Officer`;
    /// development set 41).
    private static func signatures(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for i in tokens.indices {
            guard let (end, dotted) = NameMatching.initial(text, i) else { continue }
            let j = end + 1
            guard j + 1 < tokens.count, tokens[j].kind == .space, tokens[j + 1].kind == .word else { continue }
            let surname = NameMatching.word(text, j + 1)
            // (`Name / rank : D LOCKYER, Capt`: a name field's surname may be in capitals;
            // development set 84.)
            let capitals = surname.count >= 3 && NameMatching.allCapitals(surname)
            guard surname.count >= 3, NameMatching.isCapitalised(surname) || capitals, !TitledNameRule.isTitle(surname),
                !FirstNames.months.contains(surname),
                !NameContextWords.notSurname.contains(NameMatching.fold(surname))
            else { continue }
            // (After a label the surname must be no English word: `Signed: A Person`, `Signature: X
            // Redacted` are placeholders.)
            let english = NameAfterRole.englishWords.contains(surname.lowercased())
            if !english && !capitals && afterSignatureLabel(text, i)
                || !english && !NameContextWords.placeOrAgency.contains(NameMatching.fold(surname))
                    && (afterNameLabel(text, i) || !capitals && inBracketAfterAgency(text, i, j + 1))
                || !capitals && (dotted && aloneAboveJobTitle(text, i, j + 1) || aloneAfterClosing(text, i, j + 1))
                || !english && !capitals && dotted && dashSignature(text, i, j + 1)
            {
                out.append((i, j + 1))
            }
        }
        return out
    }

    /// Whether tokens `first` to `last` are a line of their own (perhaps indented) below a
    /// letter's closing (`Yours sincerely,`, `Kind regards`), blank lines between: `M.
    /// Hollingsworth` signing a letter (development set 46).
    private static func aloneAfterClosing(_ text: ScanText, _ first: Int, _ last: Int) -> Bool {
        let tokens = text.tokens
        guard last + 1 >= tokens.count || tokens[last + 1].kind == .newline else { return false }
        var b = first - 1
        while b >= 0, tokens[b].kind == .space { b -= 1 }
        guard b >= 0, tokens[b].kind == .newline else { return false }
        // Back over blank lines to the last word of the line before.
        while b >= 0, tokens[b].kind == .newline || tokens[b].kind == .space || tokens[b].kind == .other { b -= 1 }
        guard b >= 0, tokens[b].kind == .word, closings.contains(NameMatching.word(text, b).lowercased()) else { return false }
        // The closing is a short line of its own: `Yours sincerely,`, not a sentence's end.
        var words = 0
        var k = b
        while k >= 0, tokens[k].kind != .newline {
            if tokens[k].kind == .word { words += 1 }
            k -= 1
        }
        return words <= 3
    }
    private static let closings: Set<String> = ["sincerely", "faithfully", "regards", "wishes", "thanks", "truly"]

    /// `Signed: `, `Signed by:`, `Signature:` (and spaces) just before token `i`; or `Signed`
    /// with no colon, leading its line (`Signed A. Kowalczyk-Shaw RMN`; development set 84).
    private static func afterSignatureLabel(_ text: ScanText, _ i: Int) -> Bool {
        var b = i - 1
        while b >= 0, text.tokens[b].kind == .space { b -= 1 }
        if b >= 0, text.tokens[b].kind == .word, NameMatching.word(text, b) == "Signed", b + 2 == i {
            var p = b - 1
            while p >= 0, text.tokens[p].kind == .space || StructuredScan.isChar(text, text.tokens[p].start, "*") { p -= 1 }
            return p < 0 || text.tokens[p].kind == .newline
        }
        guard b >= 1, text.tokens[b].kind == .other, text.scalars[text.tokens[b].start] == ":" else { return false }
        b -= 1
        while b >= 0, text.tokens[b].kind == .space { b -= 1 }
        guard b >= 0, text.tokens[b].kind == .word else { return false }
        var label = NameMatching.word(text, b).lowercased()
        if label == "by", let p = NameMatching.previousWord(text, before: b) { label = NameMatching.word(text, p).lowercased() }
        return signatureLabels.contains(label)
    }

    /// `Name:`, `Name / rank :`, `Patient name:` (and spaces) just before token `i`: a form's
    /// field for a person's name, its label leading its line.
    private static func afterNameLabel(_ text: ScanText, _ i: Int) -> Bool {
        var b = i - 1
        while b >= 0, text.tokens[b].kind == .space { b -= 1 }
        guard b >= 1, StructuredScan.isChar(text, text.tokens[b].start, ":") else { return false }
        var words: [String] = []
        b -= 1
        while b >= 0, text.tokens[b].kind != .newline, words.count < 5 {
            let t = text.tokens[b]
            if t.kind == .word {
                words.insert(NameMatching.word(text, b).lowercased(), at: 0)
            } else if t.kind == .other, !"/*".unicodeScalars.contains(text.scalars[t.start]) {
                return false
            }
            b -= 1
        }
        guard b < 0 || text.tokens[b].kind == .newline, let n = words.firstIndex(of: "name") else { return false }
        return words[..<n].allSatisfy(nameLabelBefore.contains) && words[(n + 1)...].allSatisfy(nameLabelAfter.contains)
    }

    /// `AWS (L Marchetti)`, `SW (K. Okafor)`: an initial and a surname alone in brackets after
    /// an agency's or a role's initials, as a log names who acted (development set 84).
    private static func inBracketAfterAgency(_ text: ScanText, _ first: Int, _ last: Int) -> Bool {
        let t = text.tokens
        guard first >= 3, StructuredScan.isChar(text, t[first - 1].start, "("), t[first - 2].kind == .space,
            t[first - 3].kind == .word, last + 1 < t.count, StructuredScan.isChar(text, t[last + 1].start, ")")
        else { return false }
        let agency = NameMatching.word(text, first - 3)
        return (2...6).contains(agency.count) && NameMatching.allCapitals(agency)
    }

    /// Words of a name field's label before and after `name` (`Patient name`, `Name / rank`).
    private static let nameLabelBefore: Set<String> = [
        "full", "patient", "client", "referrer", "officer", "staff", "caller", "person", "worker", "your", "their", "user",
    ]
    private static let nameLabelAfter: Set<String> = ["rank", "role", "title", "grade", "position", "and", "of", "officer"]

    /// (Narrower than `NameAfterRole.labels`: the surname here may lack a full stop after its
    /// initial, and after `To:`, `From:` or `Present:` a letter and a word are often a team.)
    private static let signatureLabels: Set<String> = ["signed", "signature"]

    /// `*— S. Brierley, Deputy Manager, 10/11/22*`: a note signed at a line's start after a
    /// dash, the surname followed by a comma and a job title (one to four capitalised words
    /// ending in a role) (development set 107).
    private static func dashSignature(_ text: ScanText, _ first: Int, _ last: Int) -> Bool {
        let tokens = text.tokens
        var b = first - 1
        while b >= 0, tokens[b].kind == .space { b -= 1 }
        guard b >= 0, tokens[b].kind == .other, "\u{2014}\u{2013}-".unicodeScalars.contains(text.scalars[tokens[b].start])
        else { return false }
        b -= 1
        while b >= 0,
            tokens[b].kind == .space || tokens[b].kind == .other && "*_".unicodeScalars.contains(text.scalars[tokens[b].start])
        {
            b -= 1
        }
        guard b < 0 || tokens[b].kind == .newline, last + 2 < tokens.count, tokens[last + 1].kind == .other,
            text.scalars[tokens[last + 1].start] == ","
        else { return false }
        var k = last + 2, words = 0
        while k < tokens.count, words < 4, tokens[k].kind == .word || tokens[k].kind == .space {
            if tokens[k].kind == .word {
                guard NameMatching.isCapitalised(NameMatching.word(text, k)) else { return false }
                words += 1
                if NameAfterRole.roles.contains(NameMatching.word(text, k).lowercased()),
                    k + 1 >= tokens.count || tokens[k + 1].kind != .space
                {
                    return true
                }
            }
            k += 1
        }
        return false
    }

    /// Whether tokens `first` to `last` are a line of their own and the next line is a job
    /// title: one to five capitalised words (`of`, `and`, `for` between them) ending in a role.
    private static func aloneAboveJobTitle(_ text: ScanText, _ first: Int, _ last: Int) -> Bool {
        let tokens = text.tokens
        guard first == 0 || tokens[first - 1].kind == .newline, last + 1 < tokens.count, tokens[last + 1].kind == .newline
        else { return false }
        var k = last + 2, lastWord: Int?, words = 0
        while k < tokens.count, tokens[k].kind != .newline {
            if tokens[k].kind == .word {
                let w = NameMatching.word(text, k)
                guard NameMatching.isCapitalised(w) || ["of", "and", "for"].contains(w) else { return false }
                words += 1
                lastWord = k
            }
            k += 1
        }
        guard let lastWord, words <= 5 else { return false }
        return NameAfterRole.roles.contains(NameMatching.word(text, lastWord).lowercased())
    }
}
