import ReviewSiteCore
import ReviewSiteNames

/// `undeclared-name`: a given name from the bundled list used as a name in running text but
/// not declared in `pseudonyms` (or `public_names`).
///
/// Names that are also ordinary words (May, Will, Grace, Hope, Mark) and month names are
/// reported only on a signal that a person is meant: a capitalised surname after them, a
/// possessive, a reporting verb (`Grace said`), or, for word-like names, a capital in the
/// middle of a sentence outside headings. Names in a place or organisation (`Grace House`,
/// `St Mary's`, `Queen Elizabeth Hospital`) and names after a title (titled-name's) are quiet.
///
/// Severity: an error when the evidence is strong (a name that is not an English word, or
/// any name with a surname, possessive or reporting verb); a warning for a word-like name
/// whose only signal is a mid-sentence capital. See docs/anonymisation-names.md.
package struct UndeclaredNameRule: AnonymisationRule {
    package let id = RuleID.undeclaredName

    package func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        let tokens = text.tokens
        let declared = context.knownNameWords
        var registerTokens: Set<Int>?
        var out: [AnonymisationFinding] = []
        var lastReported = -1
        var placePairs: Set<String>?
        var lines = LineStarts()
        var fullNames: [(first: Int, last: Int)] = []
        // Names found by where they stand: their given name is no listed one, so it is sought alone too.
        var unlistedGiven: [Int] = []
        let titleField = text.field == "title" || text.field == "topics"
        // Names are capitalised: look at the first letter before making a string.
        for i in tokens.indices
        where tokens[i].kind == .word && text.scalars[tokens[i].start].isScanUppercase
            && FirstNames.mayBeName(text, tokens[i].start..<tokens[i].end)
        {
            let written = NameMatching.word(text, i)
            // `NINo allocated`, `NINO ZH814427C`: a National Insurance number's abbreviation,
            // not the given name Nino (development set 46).
            if NameContextWords.niAbbreviations.contains(written) { continue }
            // `Lang:      S'gaw Karen`: a record's label for the language (development set 62).
            if written == "Lang" || written == "LANG", StructuredScan.isChar(text, tokens[i].end, ":") { continue }
            // `Cape Verde`, `Cabo Verde`, `Cape Town`: a cape's name is a place (development set 53).
            if let p = NameMatching.previousWord(text, before: i), p + 2 == i, tokens[p + 1].kind == .space,
                ["Cape", "Cabo"].contains(NameMatching.word(text, p))
            {
                continue
            }
            let (name, possessive) = NameMatching.stripPossessive(written)
            guard NameMatching.isCapitalised(name), let kind = FirstNames.kind(of: name) else { continue }
            // (The next checks only for the given names the lists know: most words are none.)
            let folded = NameMatching.fold(name)
            if PlaceholderNames.words.contains(folded) && PlaceholderNames.at(text, i) || NamesAsExamples.at(text, i) { continue }
            // `Tai Cwm Aur`: a Welsh housing association (`tai`, houses), not the given name Tai.
            if NameContextWords.welshBuildings.contains(folded),
                let n = NameMatching.nextWord(text, after: i), n == i + 2, NameMatching.isCapitalised(NameMatching.word(text, n))
            {
                continue
            }
            // `Ysgol Gruffydd ap Cynan`: a word of a Welsh building's name after its word
            // (development set 93).
            if Self.inWelshBuildingsName(text, i) { continue }
            // `Nando's`: a chain named like a person (development set 82).
            if possessive, QuasiIdentifierRule.largeEmployers.contains(folded + "'s") { continue }
            // `Roshni` for a helpline's `Roshni Women's Group`: the organisation, unless a
            // surname follows (development set 83).
            if context.siteOrganisationLeads.contains(folded),
                NameMatching.nextWord(text, after: i).map({
                    $0 == i + 2 && NameMatching.isCapitalised(NameMatching.word(text, $0))
                        && !NameContextWords.placeOrAgency.contains(NameMatching.fold(NameMatching.word(text, $0)))
                        && !NameContextWords.weekdays.contains(NameMatching.fold(NameMatching.word(text, $0)))
                }) != true
            {
                continue
            }
            // `Complete, Green (on track), Amber (at risk) or Red`: a rating, not a name.
            if name == "Amber", Self.ratingNear(text, i) { continue }
            // Only now, for the few candidate words, work out which are the register's.
            if registerTokens == nil { registerTokens = TitledNameRule.registerTokens(text, context) }
            if registerTokens?.contains(i) == true { continue }
            if declared.contains(folded) {
                if !possessive,
                    let n = SurnameAfterDeclared.surname(text, after: i, declared: declared, registerTokens: registerTokens)
                {
                    lastReported = n
                    fullNames.append((i, n))
                    out.append(
                        nameFinding(
                            tokens[i].start..<tokens[n].end, NameMatching.stripPossessive(NameMatching.word(text, n)).base))
                }
                continue
            }
            // `Welland and Nene`: the site's name, whose last word is also a given name; `Lea
            // Marsh`: a given name with the word after it in the site's name (development set 34).
            if !context.siteNameLeads.isEmpty, NameMatching.lead(text, i).contains(where: context.siteNameLeads.contains) {
                continue
            }
            if !context.siteNameHeads.isEmpty, let n = NameMatching.nextWord(text, after: i),
                context.siteNameHeads.contains(NameMatching.fold(name) + " " + NameMatching.fold(NameMatching.word(text, n)))
            {
                continue
            }
            // `Siobhan Grady`: one finding for the name, not one for each part. (But a signature's
            // `Rebecca` over `Rebecca Tonge | Advanced Practitioner` is two; development set 71.)
            if lastReported >= 0, NameMatching.nextWord(text, after: lastReported) == i,
                !tokens[(lastReported + 1)..<i].contains(where: { $0.kind == .newline })
            {
                continue
            }
            // `Said Zulfi works long hours`: a word that starts a sentence is a name only with a
            // surname after it; a register name after it is the register rule's to report, and
            // the word is more likely a verb (development set 33).
            if kind == .wordLike, NameMatching.startsSentence(text, i), let n = NameMatching.nextWord(text, after: i),
                registerTokens?.contains(n) == true
            {
                continue
            }
            guard
                let severity = judge(
                    text, i, kind, possessive: possessive, titleCase: titleField,
                    declared: declared, places: context.pagePlaces, placePairs: &placePairs, lines: &lines)
            else { continue }
            let range = tokens[i].start..<tokens[i].end
            lastReported = i
            if let n = NameMatching.nextWord(text, after: i) { fullNames.append((i, n)) }
            out.append(
                AnonymisationFinding(
                    rule: id, severity: severity, range: range, matched: name,
                    message: "given name used without being declared (\(NameMatching.mask(name))); replace it with the "
                        + "review's pseudonym, or declare it under pseudonyms or public_names if it is one"))
        }
        out += middleNamesInCapitals(text, context, declared, &registerTokens, reported: out)
        // Names the lists do not know, by where they stand ("a neighbour, Glenys Hafod-Roberts,").
        if text.field == nil || text.field == "role" || text.field == "summary" {
            // Whether any of the words at `indices` is declared or a register name's.
            func known(_ indices: [Int]) -> Bool {
                if registerTokens == nil { registerTokens = TitledNameRule.registerTokens(text, context) }
                // (A declared initial declares no name: `Mrs R` leaves `R. OKONJO` a name;
                // development set 36.)
                return indices.contains {
                    tokens[$0].end - tokens[$0].start > 1 && declared.contains(NameMatching.fold(NameMatching.word(text, $0)))
                        || registerTokens?.contains($0) == true
                }
            }
            let reported = Set(out.map(\.range.lowerBound))
            for (first, second) in NameAfterRole.find(text) where !reported.contains(tokens[first].start) {
                if known([first, second]) { continue }
                let name = NameMatching.word(text, first)
                fullNames.append((first, second))
                unlistedGiven.append(first)
                // `Dyfrig Owain`: one finding for the name, at its first word.
                out.removeAll { $0.range.lowerBound == tokens[second].start }
                out.append(nameFinding(tokens[first].start..<tokens[first].end, name))
            }
            // `Gurmeet S.`, `Rajwant K.,` in a rota.
            let reportedSoFar = Set(out.map(\.range.lowerBound))
            for first in NameWithInitial.find(text) where !reportedSoFar.contains(tokens[first].start) && !known([first]) {
                unlistedGiven.append(first)
                out.append(nameFinding(tokens[first].start..<tokens[first].end, NameMatching.word(text, first)))
            }
            // `everyone called her Gizi`, `her nickname in the family, "Ah Hua"`.
            let reportedNow = Set(out.map(\.range.lowerBound))
            for (first, last) in NicknameAfterCalled.find(text) where !reportedNow.contains(tokens[first].start) {
                if known([first, last]) { continue }
                let name = NameMatching.word(text, first)
                // `Mikey Joe`: one finding for the nickname, not one for each word.
                let span = tokens[first].start..<tokens[last].end
                out.removeAll { span.contains($0.range.lowerBound) }
                // (`Mikey's waiting`: the nickname again, alone.)
                unlistedGiven.append(first)
                out.append(
                    AnonymisationFinding(
                        rule: id, severity: .error, range: span, matched: name,
                        message: "nickname used without being declared (\(NameMatching.mask(name))); replace it with the "
                            + "review's pseudonym or a role, or declare it under pseudonyms if it is one"))
            }
            // `Neighbour (L. Garside)`, `Signed: H. Merridew`; `Durga Prasad Shrestha, who chairs`; `her son, Adeel,`;
            // `Firouzeh Rahimi (she/her)`;
            // `FASTER PMT TO IONUT STOICA`; `| McNamee | Joanne |` under `| Surname | Forename |`.
            let reportedByNow = Set(out.map(\.range.lowerBound))
            let beforeWho = NameBeforeWho.find(text)
            let inCapitals = NameInCapitals.find(text)
            // (`Hi Wojtek,`: a name no list knows, which may come again alone: `Wojtek said`.)
            let greeting = NameInGreeting.find(text)
            unlistedGiven += greeting
            // (`[12/05/2023 12:31]  Ubs 💛:`: a chat's sender, who may come again alone.)
            let senders = NameInChatExport.find(text)
            unlistedGiven += senders.map(\.first)
            for (first, last) in InitialAndSurname.find(text) + beforeWho + NameAfterKin.find(text)
                + inCapitals + NameColumns.find(text) + NameBeforeHandle.find(text) + NameListInCapitals.find(text)
                + NameAloneAfterRole.fullNames(text) + NameBeforeEmail.find(text) + NameRowsInRoster.find(text)
                + NameListInCaption.find(text) + senders + NameBeforePronouns.find(text)
                + NameInChineseAfterLatin.find(text)
                + NameAloneAfterRole.find(text).map({ ($0, $0) }) + greeting.map({ ($0, $0) })
                + NameInCapitals.quoted(text).map({ ($0, $0) })
            where !reportedByNow.contains(tokens[first].start) && !reportedByNow.contains(tokens[last].start) {
                // (`DR IAN COWAN` where `Ian` is a pseudonym: the surname after it is a real
                // person's, as in `Ian Cowan`.)
                let declaredGiven = last > first && !known([last]) && inCapitals.contains(where: { $0 == (first, last) })
                if known([first, last]), !declaredGiven { continue }
                // (`aka "Ricky"` over `DOB         11/1976`: a record's label is no name; development
                // sets 70 and 72.)
                if (first...last).contains(where: {
                    tokens[$0].kind == .word && Self.recordLabels.contains(NameMatching.word(text, $0).lowercased())
                }) {
                    continue
                }
                // (`MON⇥TUE⇥WED⇥THU⇥FRI` heading a pasted rota: days written short, not a name;
                // development set 126.)
                if (first...last).allSatisfy({
                    tokens[$0].kind != .word
                        || NameContextWords.weekdayAbbreviations.contains(NameMatching.fold(NameMatching.word(text, $0)))
                }) {
                    continue
                }
                // (`TAMU KYI  - INTERPRETER REQUIRED`: a language, before an interpreter on its
                // line; development set 84.)
                if Self.languageBeforeInterpreter(text, first, last) { continue }
                // (`[14/09/2022, 21:03] Mãe 💐:`: a chat with Mum; development set 87.)
                if first == last, NicknameAfterCalled.accentedKin.contains(NameMatching.word(text, first).lowercased()) {
                    continue
                }
                // (`thanks … Friend L. Marisol's colleagues`: the letter ends a declared pseudonym,
                // `Friend L`, and its sentence; development set 84.)
                if tokens[first].end - tokens[first].start == 1, let p = NameMatching.previousWord(text, before: first),
                    p + 2 == first, context.pseudonyms.contains(NameMatching.word(text, p) + " " + NameMatching.word(text, first))
                {
                    continue
                }
                // (`WOJCIK A`: the surname, not the initial after it, is shown masked.)
                let shown = (first...last).last { tokens[$0].kind == .word && tokens[$0].end - tokens[$0].start >= 2 } ?? last
                let name = NameMatching.word(text, shown)
                let span = tokens[first].start..<tokens[last].end
                out.removeAll { span.contains($0.range.lowerBound) }
                out.append(nameFinding(span, name))
            }
            // `Mirka Šarközi, your advocate, … so that Mirka can read it`: a given name no list
            // knows, from a name introduced in full, alone (development set 39).
            for (first, _) in beforeWho where FirstNames.kind(of: NameMatching.word(text, first)) == nil {
                if !known([first]), !NameAfterRole.englishWords.contains(NameMatching.word(text, first).lowercased()) {
                    unlistedGiven.append(first)
                }
            }
            // `Her mother, Aleyamma Kuriakose`: a relative's given name before a register surname.
            if context.register != nil {
                if registerTokens == nil { registerTokens = TitledNameRule.registerTokens(text, context) }
                let reportedSoFar = Set(out.map(\.range.lowerBound))
                for first in NameBeforeRegisterSurname.find(text, register: registerTokens ?? [])
                where !reportedSoFar.contains(tokens[first].start) && !known([first]) {
                    unlistedGiven.append(first)
                    out.append(nameFinding(tokens[first].start..<tokens[first].end, NameMatching.word(text, first)))
                }
            }
            out.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        // `B104	ABDYKADYROV	Nurlan` under `Caravan	Surname	First names` (development set 109).
        // (Only a text with a name column's heading word: most have none.)
        if text.wordKeys.contains(where: NameInColumns.headingKeys.contains) {
            let reported = Set(out.map(\.range.lowerBound))
            for k in NameInColumns.find(text)
            where !reported.contains(tokens[k].start) && !declared.contains(NameMatching.fold(NameMatching.word(text, k))) {
                if registerTokens == nil { registerTokens = TitledNameRule.registerTokens(text, context) }
                if registerTokens?.contains(k) == true { continue }
                out.append(nameFinding(tokens[k].start..<tokens[k].end, NameMatching.word(text, k)))
            }
            out.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        surnamesAlone(text, context, fullNames, unlistedGiven, registerTokens, &out)
        // `Nadia and Tomás are invented names for this exercise`: names the page itself says it
        // made up, for a training scenario (development set 82).
        if !context.pageInventedNames.isEmpty {
            out.removeAll {
                context.pageInventedNames.contains(NameMatching.fold(NameMatching.stripPossessive($0.matched).base))
            }
        }
        // `A woman called, for example, Ana Sofia Martins Pereira may be known as Ana Pereira`:
        // names a sentence gives as an example (development set 87).
        if !out.isEmpty, text.wordKeys.contains(Self.exampleKey), case let examples = Self.exampleNames(text), !examples.isEmpty {
            out.removeAll { examples.contains(NameMatching.fold(NameMatching.stripPossessive($0.matched).base)) }
        }
        return out
    }

    func nameFinding(_ range: Range<Int>, _ name: String) -> AnonymisationFinding {
        AnonymisationFinding(
            rule: id, severity: .error, range: range, matched: name,
            message: "name used without being declared (\(NameMatching.mask(name))); replace it with the "
                + "review's pseudonym or a role, or declare it under pseudonyms or public_names if it is one")
    }

    /// `Callum Rishworth … Rishworth noted`: the surname of a name found in full, alone; and
    /// `a friend, Luul Geedi, … told Luul`: a given name no list knows, alone.
    private func surnamesAlone(
        _ text: ScanText, _ context: AnonymisationContext, _ fullNames: [(first: Int, last: Int)], _ unlistedGiven: [Int],
        _ registerTokens: Set<Int>?, _ out: inout [AnonymisationFinding]
    ) {
        let found = Set(out.map(\.range.lowerBound))
        let names = fullNames.filter { found.contains(text.tokens[$0.first].start) }
        let given = unlistedGiven.filter { found.contains(text.tokens[$0].start) }
        guard !names.isEmpty || !given.isEmpty else { return }
        let declared = context.knownNameWords
        let surnames = Set(
            names.compactMap { SurnameAlone.surname(text, lastToken: $0.last, declared: declared) }
                + given.compactMap { SurnameAlone.surname(text, lastToken: $0, declared: declared) })
        let spans = names.map { text.tokens[$0.first].start..<text.tokens[$0.last].end }
        for k in SurnameAlone.find(text, surnames, reported: spans, skip: registerTokens ?? []) {
            let t = text.tokens[k]
            guard !found.contains(t.start) else { continue }
            let name = NameMatching.stripPossessive(NameMatching.word(text, k)).base
            out.append(
                AnonymisationFinding(
                    rule: id, severity: .error, range: t.start..<t.end, matched: name,
                    message: "part of a name this text gives in full (\(NameMatching.mask(name))); replace it with the "
                        + "review's pseudonym or a role, or declare the name under pseudonyms or public_names"))
        }
        out.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether word `i` stands alone on its line (a signature), or a comma and a word of speaking
    /// to someone follow it (`Tom, please`). (`Sue – thank you` is left: a glossary's term takes
    /// a dash too.)
    static func signsOrAddressed(_ text: ScanText, _ i: Int) -> Bool {
        let tokens = text.tokens
        var j = i + 1
        while j < tokens.count, tokens[j].kind == .space { j += 1 }
        if j < tokens.count, tokens[j].kind == .other, text.scalars[tokens[j].start] == "," {
            // (Spoken to: `Tom, please`, `Sue, thanks`; not `Amber, overdue` or `Faith, family
            // and the front door`.)
            return NameMatching.nextWord(text, after: j).map { addressWords.contains(NameMatching.word(text, $0)) } ?? false
        }
        guard j >= tokens.count || tokens[j].kind == .newline else { return false }
        var b = i - 1
        while b >= 0,
            tokens[b].kind == .space || tokens[b].kind == .other && "*_>".unicodeScalars.contains(text.scalars[tokens[b].start])
        {
            b -= 1
        }
        return b < 0 || tokens[b].kind == .newline
    }

    /// School subjects that are also given names, and those a list of them has beside.
    static let schoolSubjects: Set<String> = [
        "art", "drama", "music", "maths", "science", "history", "geography", "pe", "re", "english", "french", "german",
        "spanish", "biology", "chemistry", "physics", "computing", "dance",
    ]

    /// `Tue and Thu`, `Mon to Thu`: a day written short after another and `and`, `or` or `to`
    /// (a contact table's opening days; development set 106).
    static func afterDayAnd(_ text: ScanText, _ i: Int) -> Bool {
        guard let p = NameMatching.previousWord(text, before: i), ["and", "or", "to"].contains(NameMatching.word(text, p)),
            let d = NameMatching.previousWord(text, before: p)
        else { return false }
        return NameContextWords.weekdayAbbreviations.contains(NameMatching.fold(NameMatching.word(text, d)))
    }

    /// Parts of a day after a day written short (`Thu night`).
    static let partsOfDay: Set<String> = ["night", "morning", "evening", "afternoon", "am", "pm", "lunchtime", "eve"]

    /// Words that follow a name and a comma when someone is spoken to.
    static let addressWords: Set<String> = [
        "please", "thanks", "thank", "can", "could", "would", "will", "I", "I'm", "I’m", "we", "just", "did", "do", "have",
        "you", "hope", "sorry", "yes", "no", "ok", "are", "is", "see", "re", "quick", "any",
    ]

    static let accentedPeoples: Set<String> = ["Sámi", "SÁMI", "Sámis"]
    static let romanRemains: Set<String> = [
        "baths", "bath", "villa", "villas", "road", "roads", "wall", "walls", "fort", "remains", "ruins", "site", "town",
        "city", "period", "times", "empire", "soldiers", "coins", "amphitheatre", "temple", "era", "army", "spring",
        // (`written in Roman script`, `Devanagari and Roman letters`: the alphabet; sets 97 and 102.)
        "script", "letters", "letter", "alphabet", "characters", "numerals", "numeral", "type", "Urdu", "Catholic",
        "Catholics",
    ]

    /// A record's field labels written short, which no name is.
    /// (`NATIONALITY  ESTONIAN`, `NI NUMBER  SH 29 61 88 A`: a form's labels in capitals;
    /// development set 58.)
    static let recordLabels: Set<String> = ["dob", "dod", "nino", "pnc", "crn", "urn", "nationality", "number"]

    /// Words after `a Lewis` that make the name an adjective: `a Lewis name`.
    static let kindWords: Set<String> = ["name", "names", "surname", "family", "word", "thing", "type", "kind", "sort"]

    /// Welsh question words that are also English given names.
    static let welshQuestionWords: Set<String> = ["Beth", "Pam"]
    /// Welsh words after them that are also English words or letters (`Pam y briff hwn`).
    static let welshAfterQuestion: Set<String> = ["y", "yr", "mae", "a", "am", "i", "o"]

    /// How sure we are that the word at `i` names a person: nil when it probably does not.
    /// Grades written before a job in title case (`Head Porter`).
    static let jobGrades: Set<String> = ["Head", "Deputy", "Senior", "Chief", "Assistant", "Night"]

    /// Whether a scheme's word (`training`, `sessions`) follows token `i`, past closing quotes
    /// or emphasis.
    private static func schemeWordAfter(_ text: ScanText, _ i: Int) -> Bool {
        var k = i + 1
        while k < text.tokens.count, text.tokens[k].kind == .other,
            "\"'*_\u{201D}\u{2019}".unicodeScalars.contains(text.scalars[text.tokens[k].start])
        {
            k += 1
        }
        guard k + 1 < text.tokens.count, text.tokens[k].kind == .space, text.tokens[k + 1].kind == .word else { return false }
        return schemeWords.contains(NameMatching.word(text, k + 1).lowercased())
    }

    /// Whether a Welsh building's word (`Ysgol`) starts the run of up to four capitalised words
    /// and Welsh particles (`ap`, `ab`, `ferch`, `y`, `yr`) before word token `i`.
    static func inWelshBuildingsName(_ text: ScanText, _ i: Int) -> Bool {
        var k = i
        for _ in 0..<4 {
            guard let p = NameMatching.previousWord(text, before: k), p == k - 2, text.tokens[k - 1].kind == .space else {
                return false
            }
            let word = NameMatching.word(text, p)
            if NameContextWords.welshBuildings.contains(NameMatching.fold(word)), NameMatching.isCapitalised(word) { return true }
            guard NameMatching.isCapitalised(word) || ["ap", "ab", "ferch", "y", "yr"].contains(word) else { return false }
            k = p
        }
        return false
    }

    /// Whether `&` comes right before word token `i`, after a capitalised word that is no given
    /// name, with no spaces round it (`Crisp&Hollis`) or after a workplace's word (`works at
    /// Crisp & Hollis`, `Northgate / Crisp & Hollis`): `Jane Doe & Sarah` are two people.
    static func firmAfterAmpersand(_ text: ScanText, _ i: Int) -> Bool {
        var j = i - 1
        var spaced = false
        if j >= 0, text.tokens[j].kind == .space { j -= 1; spaced = true }
        guard j >= 1, text.tokens[j].kind == .other, text.tokens[j].end - text.tokens[j].start == 1,
            text.scalars[text.tokens[j].start] == "&"
        else { return false }
        j -= 1
        if j >= 0, text.tokens[j].kind == .space { j -= 1; spaced = true }
        guard j >= 0, text.tokens[j].kind == .word, case let w = NameMatching.word(text, j), NameMatching.isCapitalised(w),
            FirstNames.kind(of: w) == nil
        else { return false }
        if !spaced { return true }
        var p = j - 1
        if p >= 0, text.tokens[p].kind == .space { p -= 1 }
        guard p >= 0 else { return false }
        if text.tokens[p].kind == .other { return "/(".unicodeScalars.contains(text.scalars[text.tokens[p].start]) }
        return text.tokens[p].kind == .word && Self.firmBefore.contains(NameMatching.word(text, p).lowercased())
    }

    /// Words before a firm's name: where someone works.
    static let firmBefore: Set<String> = ["at", "for", "works", "worked", "working", "from", "by"]

    /// Small words that join a place's hyphened name (`Llan-y-Bryn`, `Stockton-on-Tees`,
    /// `Weston-super-Mare`, `Bettws-yn-Rhos`; development set 93).
    static let placeJoiners: Set<String> = [
        "y", "yr", "yn", "ar", "on", "upon", "le", "la", "in", "by", "under", "super", "sur", "en", "de",
    ]

    /// Whether word token `i` is hyphened, either side, to one of `placeJoiners`, itself
    /// hyphened to another word.
    static func inHyphenedPlace(_ text: ScanText, _ i: Int) -> Bool {
        let tokens = text.tokens
        func hyphen(_ k: Int) -> Bool {
            k >= 0 && k < tokens.count && tokens[k].kind == .other && tokens[k].end - tokens[k].start == 1
                && text.scalars[tokens[k].start] == "-"
        }
        func joiner(_ k: Int) -> Bool {
            k >= 0 && k < tokens.count && tokens[k].kind == .word && placeJoiners.contains(NameMatching.word(text, k))
        }
        return hyphen(i - 1) && joiner(i - 2) && hyphen(i - 3) && i >= 4 && tokens[i - 4].kind == .word
            || hyphen(i + 1) && joiner(i + 2) && hyphen(i + 3) && i + 4 < tokens.count && tokens[i + 4].kind == .word
    }

    static let schemeWords: Set<String> = [
        "training", "sessions", "session", "scheme", "schemes", "campaign", "awareness", "initiative", "posters",
        "poster", "codeword", "cards", "stickers",
    ]

    private func judge(
        _ text: ScanText, _ i: Int, _ kind: FirstNames.Kind, possessive: Bool, titleCase: Bool,
        declared: KnownWords, places: PlaceLeads, placePairs: inout Set<String>?, lines: inout LineStarts
    ) -> Severity? {
        let previous = NameMatching.previousWord(text, before: i)
        let previousWord = previous.map { NameMatching.word(text, $0) }
        // `Dona Aparecida dos Santos`: Mrs or Mr in another language before a name is no given
        // name itself (but `Don`, an English name too); the name after it is judged on its own
        // (development set 37).
        let word = NameMatching.word(text, i)
        // `a Sámi woman`: a people's name written with its accent; `the Roman baths`: an age's
        // adjective before its remains (development set 72).
        if Self.accentedPeoples.contains(word) { return nil }
        // `Llan-y-Bryn`, `Stockton-on-Tees`: a word of a place's name hyphened round a small word.
        if Self.inHyphenedPlace(text, i) { return nil }
        // `Crisp & Hollis`, `Crisp&Hollis`: a firm's name after `&` and a capitalised word that is
        // no given name (`me & Gill`, `Tom & Gill` are people; development set 95).
        if Self.firmAfterAmpersand(text, i) { return nil }
        if word == "Roman", let n = NameMatching.nextWord(text, after: i),
            Self.romanRemains.contains(NameMatching.word(text, n))
        {
            return nil
        }
        // (`Don Luigi`, a priest: `Don` before a given name is the title; development set 65.)
        if NameBeforeRegisterSurname.otherTitles.contains(NameMatching.fold(word)),
            let n = NameMatching.nextWord(text, after: i), NameMatching.isCapitalised(NameMatching.word(text, n)),
            word != "Don" || FirstNames.kind(of: NameMatching.word(text, n)) == .plain
        {
            return nil
        }
        // `Rua das Flores 45`, `Via Augusta`: a street word abroad before the street's name,
        // and the name after it (the address rule's; development set 66).
        if NameMatching.isCapitalised(word), AddressRule.romanceStreetWords.words.contains(NameMatching.fold(word)),
            let n = NameMatching.nextWord(text, after: i),
            NameMatching.isCapitalised(NameMatching.word(text, n))
                || AddressRule.romanceSmallWords.words.contains(NameMatching.word(text, n))
        {
            return nil
        }
        // `Don't tell Maman.`, `Ask Nonna`: a family word on its own names nobody (`Nonna Rossi`
        // is still judged); `(Paris time)`: a city before `time` is a time zone (development
        // set 68).
        let wordAfter =
            i + 2 < text.tokens.count && text.tokens[i + 1].kind == .space && text.tokens[i + 2].kind == .word
            ? NameMatching.word(text, i + 2) : nil
        if wordAfter == "time" && WorldCities.names.contains(NameMatching.fold(word))
            // (`Nonna's ring`: the family word's possessive too; development set 125.)
            || (NicknameAfterCalled.notNicknames.contains(NameMatching.fold(NameMatching.stripPossessive(word).base))
                || NicknameAfterCalled.accentedKin.contains(word.lowercased()))
                && !(wordAfter.map(NameMatching.isCapitalised) ?? false)
        {
            return nil
        }
        // `Bha i a' seinn`, `airson na Nollaig`, `Ta vaatas jälle`: a small word of another
        // language, or a noun after a Gaelic article, in a sentence written in that language
        // (development sets 57 and 58).
        if Self.otherLanguageWord(text, i) { return nil }
        // (`"Dai" (elder brother)`: a word of another language, glossed; development set 111.)
        if NameMatching.glossedAsKin(text, i) { return nil }
        // `grew up on Lewis`, `from Scalpay off Harris`: an island named like a person
        // (development set 57).
        if !possessive, Self.island(text, i, speaksOfIslands: places.islands) { return nil }
        // `Job title: Cleaning Team Leader`: a form's label (development set 58).
        if word == "Job", let wordAfter, ["title", "description", "role", "share"].contains(wordAfter) { return nil }
        // `a McKenzie friend`: a lay helper in court, named after a case (development set 74).
        if word == "McKenzie", wordAfter == "friend" || wordAfter == "friends" { return nil }
        // `Lance Corporal`, `Lance Bombardier`: a rank (development set 78).
        if word == "Lance", let wordAfter, ["Corporal", "Bombardier", "Sergeant", "Cpl"].contains(wordAfter) { return nil }
        // `Art. 15`, `Ch. 3`: a word written short before its number.
        if kind == .wordLike, i + 3 < text.tokens.count, text.tokens[i + 1].kind == .other,
            text.scalars[text.tokens[i + 1].start] == ".", text.tokens[i + 2].kind == .space, text.tokens[i + 3].kind == .number
        {
            return nil
        }
        // `Beth yw Adolygiad…?`, `Pam mae'n bwysig`: Welsh for "what" and "why" before a
        // lower-case word that is no English word, not the names (development set 38).
        if Self.welshQuestionWords.contains(word), let k = NameMatching.lowercaseWordAfter(text, i),
            Self.welshAfterQuestion.contains(NameMatching.word(text, k))
                || !NameAfterRole.englishWords.contains(NameMatching.word(text, k).lowercased())
        {
            return nil
        }
        // `Saint-Louis, Senegal`, `Sainte-Marie`: a town named after a saint, joined by a hyphen
        // (development set 69).
        if i >= 2, text.tokens[i - 1].kind == .other, text.scalars[text.tokens[i - 1].start] == "-",
            text.tokens[i - 2].kind == .word,
            ["saint", "sainte", "st", "ste", "san", "santa", "sao"].contains(NameMatching.fold(NameMatching.word(text, i - 2)))
        {
            return nil
        }
        // `the Dean of Avonminster`, `the Dean and Chapter`: a cathedral's office (development
        // set 70).
        if word == "Dean", let n = NameMatching.nextWord(text, after: i),
            NameMatching.word(text, n) == "of"
                || NameMatching.word(text, n) == "and"
                    && NameMatching.nextWord(text, after: n).map({ NameMatching.word(text, $0) == "Chapter" }) == true
        {
            return nil
        }
        // `Masjid al-Noor`, `Masjid-e-Bilal`: the place word before a particle joined by a hyphen.
        if i >= 3, text.tokens[i - 1].kind == .other, text.scalars[text.tokens[i - 1].start] == "-",
            ["al", "el", "ul", "e", "i"].contains(NameMatching.word(text, i - 2).lowercased()),
            let lead = i >= 4 && text.scalars[text.tokens[i - 3].start] == "-"
                ? i - 4 : NameMatching.previousWord(text, before: i - 2),
            text.tokens[lead].kind == .word,
            NameContextWords.placeBefore.contains(NameMatching.fold(NameMatching.word(text, lead)))
        {
            return nil
        }
        if let previousWord {
            // Titled-name reports it (but passes over a rank before an English word: `Corporal
            // Mark Ellis`).
            if TitledNameRule.isTitle(previousWord),
                !(TitledNameRule.ranks.contains(previousWord) && NameAfterRole.englishWords.contains(word.lowercased()))
            {
                return nil
            }
            // `a silver Toyota Sienna`: a car's model after its make (development set 34).
            if QuasiIdentifierRule.carMakes.contains(previousWord.lowercased()) { return nil }
            // `MSc Urban Planning`: a degree's subject (development set 71).
            if Self.degrees.contains(previousWord) { return nil }
            // `Lôn Dewi`: a Welsh street type before the name; `Calle Inés`, `Rua Augusta` abroad.
            if NameMatching.isCapitalised(previousWord),
                AddressRule.welshStreetTypes.words.contains(NameMatching.fold(previousWord))
                    || AddressRule.romanceStreetWords.words.contains(NameMatching.fold(previousWord))
            {
                return nil
            }
            // `Queen Adelaide MTC`, `the Queen Adelaide's car park`: a hospital named after a
            // queen or king; `Our Lady of Fátima`: a church (development set 36).
            if Self.royalTitles.contains(previousWord) { return nil }
            // `the **Ask for Angela** training`, `"Ask for Ange" awareness sessions`: a safety
            // scheme's code word, no person (development sets 61 and 69; not `the words "Ask for
            // Folake"` on a note, development set 5).
            // (Or the scheme named as a sentence's subject: `Ask for Angela is not only for first
            // dates`; development set 90.)
            if previousWord == "for", let p = previous, let ask = NameMatching.previousWord(text, before: p),
                NameMatching.word(text, ask).lowercased() == "ask",
                Self.schemeWordAfter(text, i)
                    || NameMatching.word(text, ask) == "Ask" && NameMatching.startsSentence(text, ask)
                        && NameMatching.nextWord(text, after: i).map({
                            ["is", "was", "has"].contains(NameMatching.word(text, $0))
                        })
                            == true
            {
                return nil
            }
            if previousWord == "of", let of = previous, let lady = NameMatching.previousWord(text, before: of),
                NameMatching.word(text, lady) == "Lady"
            {
                return nil
            }
            // `St Francis of Paola`, `St Catherine of Siena`: where a saint came from (development
            // set 65).
            if previousWord == "of", let of = previous, let name = NameMatching.previousWord(text, before: of),
                let saint = NameMatching.previousWord(text, before: name),
                ["st", "saint", "san", "santa", "sao"].contains(NameMatching.fold(NameMatching.word(text, saint)))
            {
                return nil
            }
            // `St Francis Xavier`, `St John Vianney`: a saint's name goes on past its given name
            // (a parish; development set 41).
            // (Not `Mill St John Carter`: `St` after a capitalised word is a street.)
            if let p = previous, NameMatching.isCapitalised(previousWord), let saint = NameMatching.previousWord(text, before: p),
                ["st", "saint"].contains(NameMatching.fold(NameMatching.word(text, saint))),
                FirstNames.kind(of: previousWord) != nil,
                NameMatching.previousWord(text, before: saint).map({ NameMatching.isCapitalised(NameMatching.word(text, $0)) })
                    != true
            {
                return nil
            }
            // `St Vincent de Paul`: a saint's name with a particle (a charity's name; set 60).
            if let p = previous, RegisterMatcher.particles.contains(previousWord),
                let given = NameMatching.previousWord(text, before: p),
                FirstNames.kind(of: NameMatching.word(text, given)) != nil,
                let saint = NameMatching.previousWord(text, before: given),
                ["st", "saint"].contains(NameMatching.fold(NameMatching.word(text, saint)))
            {
                return nil
            }
            // (`HMS` at a line's end, the ship's name on the next: initials, so no sentence.)
            if NameContextWords.placeBefore.contains(NameMatching.fold(previousWord)) && kind != .month
                && previousWord != "of" && previousWord.first?.isUppercase == true
                && (!NameMatching.startsSentence(text, i) || previousWord.allSatisfy(\.isUppercase))
            {
                return nil
            }
        }
        if partOfPlace(text, i) || Self.organisationShortForm(text, i) { return nil }
        // `MV *Crescent Dawn*`: a ship's name after its prefix; `the south-west of India`: a
        // country after `of`; `Kerala Christian (Syro-Malabar)`, `the Christian section`: a
        // faith (development set 47).
        if Self.afterShipPrefix(text, i) || Self.countryAfterOf(text, i) || Self.faith(text, i)
            || Self.beforeFishingNumber(text, i)
        {
            return nil
        }
        // `serving in HMS` at a line's end, the ship's name on the next line.
        if Self.shipOrPrisonBefore(text, i) { return nil }
        // `Mercedes Vito van YH17 GXR`: a car's make (a given name too) before its model and a
        // vehicle's word or a plate (development set 39).
        if Self.makeBeforeModel(text, i) || Self.modelAfterColour(text, i) { return nil }
        // `Bismillah ir-Rahman ir-Rahim`, which opens a Muslim family's letter (development set 40).
        if Self.inBasmala(text, i) || Self.prayerOrPrayerWords(text, i) || Self.chapel(text, i) { return nil }
        let next = NameMatching.nextWord(text, after: i)
        let nextWord = next.map { NameMatching.word(text, $0) }
        // `Said Da hit Mam`: a particle (`da`, `de`, `van`) before a lower-case word is no
        // surname (`da Silva` is; so is `Jordan Mc:`, a surname cut short; development set 37).
        let particleAlone =
            next.map { n in
                RegisterMatcher.particles.contains(NameMatching.fold(NameMatching.word(text, n)))
                    && NameMatching.lowercaseWordAfter(text, n) != nil
            } ?? false
        let surname = !particleAlone && (nextWord.map { isSurname($0, declared: declared) } ?? false)
        // `She was a Christian of the Eritrean Orthodox Church`, `a Lewis name`: after `a` or
        // `an`, a faith, a place or an adjective, not a person (development set 42); but `a
        // Bernadette from the council` is one, so only a word-like name or one before a kind word.
        if !surname, !possessive, previousWord == "a" || previousWord == "an",
            kind == .wordLike || nextWord.map({ Self.kindWords.contains($0) }) == true
        {
            return nil
        }
        // `'Will your anchor hold'`, `May I ask`: a word-like name before a pronoun is a verb
        // (development set 63).
        // `the first Faith Against Abuse day`, `Hope For Women`: a name in title case before a
        // capitalised preposition is a campaign's or a service's (development set 65).
        if !possessive, let nextWord, Self.titleCasePrepositions.contains(nextWord) { return nil }
        // (`Said I'd pass it on`: a pronoun run into its verb too; development set 64.)
        if kind == .wordLike, !possessive, let nextWord,
            Self.pronounsAfterVerb.contains(String(nextWord.prefix(while: { $0 != "'" && $0 != "\u{2019}" })))
        {
            return nil
        }
        // `on the East Cliff`, `near Winterborne Quinton`, `the Quinton village hall`: a place's
        // last word after a compass point or, after `in` or `near`, after a word no list gives as
        // a name; a place before `village` (development set 64).
        if !possessive, let previousWord, Self.compassPoints.contains(previousWord) { return nil }
        // (Not across a full stop, `shouting in Danish. Dennis went`, nor after `at`, where a
        // house is named: `lived at Sea Holly`.)
        if !possessive, let previous, previous == i - 2, text.tokens[i - 1].kind == .space, let previousWord,
            NameMatching.isCapitalised(previousWord), FirstNames.kind(of: previousWord) == nil,
            !TitledNameRule.isTitle(previousWord), let before = NameMatching.previousWord(text, before: previous),
            before == previous - 2, ["in", "near", "around", "outside"].contains(NameMatching.word(text, before))
        {
            return nil
        }
        if !possessive, nextWord == "village" { return nil }
        // `| Ría | A drowned river valley |` under `| Term | Meaning |`: a glossary's term.
        if inGlossaryTerms(text, i) { return nil }
        // `| Salvador BA |` under `| town |`: a city abroad in a column of places (development
        // set 108); `in Iași, Sofia, Kardzhali`: listed beside another (development set 103).
        if !possessive, WorldCities.names.contains(NameMatching.fold(word)),
            Self.inPlaceColumn(text, i) || Self.listedWithCities(text, i)
        {
            return nil
        }
        // `in Hazel class`, `Willow Room`: a school's or a nursery's class named after a tree
        // (development set 33).
        if kind == .wordLike, let nextWord, ["class", "Class", "Room"].contains(nextWord) { return nil }
        // `Referrer: Ward Manager`, `the Ward Sister`: a word-like name before a capitalised job
        // is the job's first word (development set 48).
        if kind == .wordLike, let nextWord, nextWord.first?.isUppercase == true,
            NameContextWords.roleAfterTitle.contains(NameMatching.fold(nextWord)) || ["Sister", "Clerk"].contains(nextWord)
        {
            return nil
        }
        // `Head Porter`, `Deputy Warden`: a word-like name after a grade is the job's last word
        // (development set 67).
        if kind == .wordLike, !possessive, let previousWord, Self.jobGrades.contains(previousWord) { return nil }
        // `the Chinese Christian church`: a word-like name as the adjective of a lower-case
        // place or agency word (development set 36).
        if kind == .wordLike, let nextWord, nextWord.first?.isLowercase == true,
            NameContextWords.placeOrAgency.contains(NameMatching.fold(nextWord))
        {
            return nil
        }
        let folded = NameMatching.fold(NameMatching.stripPossessive(NameMatching.word(text, i)).base)
        if NameContextWords.weekdays.contains(folded) { return nil }
        // `DK15 RWE (Dacia)`: a car's make in brackets, after its plate (development set 49).
        if QuasiIdentifierRule.carMakes.contains(folded), i >= 1, text.tokens[i - 1].kind == .other,
            text.scalars[text.tokens[i - 1].start] == "("
        {
            return nil
        }
        // `Thu 28 Jul 2022`, `Thu, 23 May 2024`, `14/03/24  Thu`: a day written short, by its date.
        if NameContextWords.weekdayAbbreviations.contains(folded),
            nextIsNumber(text, i) || previousIsNumber(text, i) || commaThenNumber(text, i)
                || beside(text, i, across: "-\u{2013}/,|", where: { NameContextWords.weekdayAbbreviations.contains($0) })
                || Self.untilTime(text, i) || Self.weekdayRows(text, i) || Self.afterDayAnd(text, i)
                // (`Thu night. I went to the house.`: a part of a day; development set 80.)
                || nextWord.map({ Self.partsOfDay.contains($0.lowercased()) }) == true
        {
            return nil
        }
        // (`Mis Mai`: a Welsh month after `mis`, month; development set 125.)
        if DateOfBirthRule.monthAfterMis(text, i) { return nil }
        // `4x/week (Jan-Mar)`, `| Wed | Thu | Fri |`: a month or a day among its like; `On 19
        // September Thaís told`: a month after its day (development set 44).
        let isMonth =
            NameContextWords.monthAbbreviations.contains(folded) || FirstNames.months.contains(NameMatching.word(text, i))
        // (Not across a comma: `May, June and Sarah` may be three people.)
        if isMonth, dayBefore(text, i) || beside(text, i, across: "-\u{2013}/|", where: Self.monthWord) { return nil }
        // `11-Jan-2022`, `03/Jan/22`: a month glued to a date's numbers (development set 28).
        if NameContextWords.monthAbbreviations.contains(folded) || FirstNames.months.contains(NameMatching.word(text, i)),
            i >= 2, i + 2 < text.tokens.count, text.tokens[i - 2].kind == .number, text.tokens[i + 2].kind == .number,
            text.tokens[i - 1].kind == .other, text.tokens[i + 1].kind == .other,
            "-/".unicodeScalars.contains(text.scalars[text.tokens[i - 1].start]),
            "-/".unicodeScalars.contains(text.scalars[text.tokens[i + 1].start])
        {
            return nil
        }
        // `Since Jan she has lost weight`: a month written short after `since`, `until` or
        // `from` (development set 91; not `in`, `on` or `with`: `in Jan's flat`).
        if NameContextWords.monthAbbreviations.contains(folded), !possessive, let previousWord,
            ["since", "until", "till", "from", "before", "after", "by"].contains(previousWord.lowercased())
        {
            return nil
        }
        // `7th Jan`: a month written short after its day.
        if NameContextWords.monthAbbreviations.contains(folded), i >= 2, text.tokens[i - 1].kind == .space,
            text.tokens[i - 2].kind == .word, ["st", "nd", "rd", "th"].contains(NameMatching.word(text, i - 2)),
            i >= 3, text.tokens[i - 3].kind == .number
        {
            return nil
        }
        // `King's Lynn`, `Saint Agnes`: the end of a place's name of two words.
        if let previous, let previousWord, previous == i - 2, text.tokens[i - 1].kind == .space,
            UKPlaces.names.contains(NameMatching.fold(previousWord) + " " + folded)
        {
            return nil
        }
        // `Valentine's Day`, `St Patrick's Day`: a day named after a saint.
        if possessive, nextWord == "Day" { return nil }
        // `The Old Perry House, Tump Lane, Milton Bryony`: the place of an address, after its street.
        // (`Milton Bryony`: the place's second word too.)
        if Self.townOfAddress(text, i) || Self.beforePostcode(text, i)
            || previous.map({ NameMatching.nextWord(text, after: $0) == i && Self.townOfAddress(text, $0) }) == true
        {
            return nil
        }
        // `May Pen, Jamaica`, `Cali, Colombia`: a town before its country.
        if !possessive, Self.beforeCountry(text, next ?? i) || Self.beforeCountry(text, i) { return nil }
        // `the Philippines, India and Thailand`: a country among countries; `in Trinidad`, `to
        // India`: a country after a place's preposition (development set 44).
        // (`from western Georgia`: a country after a compass word; development set 49.)
        if NameContextWords.countries.contains(folded), !possessive,
            Self.countryNext(text, i) || previousWord.map(NameContextWords.beforePlace.contains) == true
                || previousWord.map({ Self.compassWords.contains($0.lowercased()) }) == true
        {
            return nil
        }
        // `Wales–Argentina Society`, `the Argentina Society`: a country joined to a place by a
        // dash, or before a body's word, names the body (development set 73).
        if NameContextWords.countries.contains(folded), !possessive,
            Self.dashedToPlace(text, i) || nextWord.map({ Self.bodyWords.contains($0.lowercased()) }) == true
        {
            return nil
        }
        // `in Kerala, India`, `(0091 94470 55512, India)`: a country after its region or a phone
        // number and a comma (development set 36); not `Sarah, India`, after a given name.
        if NameContextWords.countries.contains(folded), !possessive, Self.afterRegionOrNumber(text, i) { return nil }
        // `over the Cleveland Hills`: hills or moors after `the`, which no one's name is (development set 28).
        if previousWord == "the", let nextWord, Self.landscapePlurals.contains(NameMatching.fold(nextWord)) { return nil }
        // `Harlingbury, Kingswell and Sandy`: a town in a list of places.
        if Self.townAmongPlaces(text, i) { return nil }
        // `Portuguese India`, `British India`: a country after its adjective.
        if NameContextWords.countries.contains(folded), let previousWord, NameMatching.isCapitalised(previousWord),
            previousWord.hasSuffix("ese") || previousWord.hasSuffix("ish") || previousWord.hasSuffix("an")
        {
            return nil
        }
        // `in Welham Heath`: a given name that ends a place's name after a word no name is.
        if Self.placeEndingNames.contains(folded), let previousWord, NameMatching.isCapitalised(previousWord),
            !NameMatching.startsSentence(text, i), FirstNames.kind(of: previousWord) == nil,
            !TitledNameRule.isTitle(previousWord)
        {
            return nil
        }
        // `Mill Lane`, `Kingsmead Park`, `Willow Garth`: the last word of a place's name.
        if NameContextWords.placeOrAgency.contains(folded) || Self.streetTypeNames.contains(folded), let previousWord,
            NameMatching.isCapitalised(previousWord),
            !NameMatching.startsSentence(text, i)
        {
            return nil
        }
        let verb = nextWord.map { NameContextWords.personVerbs.contains($0.lowercased()) } ?? false
        // `+1 (868) 620-4417 (Trinidad, parents' home)`: a country alone in brackets is the
        // country (`Sarah, India and Grace` are people).
        if NameContextWords.countries.contains(folded), !surname, !possessive, !verb, i >= 1,
            text.tokens[i - 1].kind == .other, text.scalars[text.tokens[i - 1].start] == "("
        {
            return nil
        }
        // `Tri-service`, `Kent-based`: the first part of a compound word (not `Fong Siu-ling`).
        if i + 2 < text.tokens.count, text.tokens[i + 1].kind == .other, text.scalars[text.tokens[i + 1].start] == "-",
            text.tokens[i + 2].kind == .word, Self.compoundEndings.contains(NameMatching.word(text, i + 2))
        {
            return nil
        }
        // `on the Begona`, `at the Victoria`: a ship, a pub or a hall, not a person.
        if !surname, !verb, i >= 1, let p = NameMatching.previousWord(text, before: emphasisStart(text, i)),
            NameMatching.word(text, p) == "the"
        {
            return nil
        }
        // `Dunmarsh, Stonecross Leigh and Upper Wickhurst`: a list of villages.
        if !possessive, !verb, Self.beforeVillage(text, i) { return nil }
        if !possessive, Self.listedAsPlaces(text, i) || Self.placesOf(text, i) { return nil }
        // `had come from Cali`, `moved back to Jaffna`: where people come from or move to is a place.
        if !surname, !possessive, !verb, let previous, Self.afterMove(text, previous) { return nil }
        // `Irish partners from Shannon, Limerick and Dublin`: a list of places (development set 131).
        if !surname, !possessive, !verb, PlaceContext.listAfterPreposition(text, i, isRegisterPart: { _ in false }) {
            return nil
        }
        // `moved from Shirley to Barry`, `a farm in Kent`: towns, unless a person is meant.
        if NameContextWords.townsAlsoNames.contains(folded), !surname, !possessive, !verb,
            !NameContextWords.townsCommonAsNames.contains(folded) || PlaceContext.saysPlace(text, i)
        {
            return nil
        }
        // `the boats in Vigo`: a city abroad after `in` (development set 63; not `confided in
        // Leon`).
        // (Or `near`: `from a town near Constanța`; development set 87.)
        if !surname, !possessive, !verb, let previous, ["in", "near"].contains(NameMatching.word(text, previous)),
            WorldCities.names.contains(folded),
            !(NameMatching.previousWord(text, before: previous).map { Self.confideWords.contains(NameMatching.word(text, $0)) }
                ?? false)
        {
            return nil
        }
        // `the minister at Colby, who sat` where the page names `Colby Moor`: a place's first word
        // alone, after a word of place (development set 57).
        // (`was` after it too: `the congregation at Colby was, for Ana, the centre of her life`.)
        if !surname, !possessive, let previousWord, ["at", "in", "near", "from", "around"].contains(previousWord),
            places.leads.contains(folded)
        {
            return nil
        }
        // `from Santa Catarina in Brazil`, `Belo Horizonte, who`: the first word of a city or
        // region abroad of two words (development set 76).
        if let nextWord, NameMatching.isCapitalised(nextWord),
            WorldCities.names.contains(folded + " " + NameMatching.fold(nextWord))
        {
            return nil
        }
        // `in particular English and Art.`: a school subject in a list of subjects.
        if kind == .wordLike, Self.schoolSubjects.contains(folded), let previous, NameMatching.word(text, previous) == "and",
            let p = NameMatching.previousWord(text, before: previous),
            Self.schoolSubjects.contains(NameMatching.fold(NameMatching.word(text, p)))
                || NameContextWords.languages.contains(NameMatching.fold(NameMatching.word(text, p)))
        {
            return nil
        }
        // `Whitley Ness`, `Percy Staith`: a given name before a word that only ends place names
        // (`Sierra Leone` is in organisationsNamedLikePeople, checked below).
        if let nextWord, NameContextWords.placeEndings.contains(NameMatching.fold(nextWord)) { return nil }
        // (`Low Gill`, `the Gill`: the landscape's word after a capitalised word or `the`; `me &
        // Gill` is a person.)
        if NameContextWords.landscapeNames.contains(folded), let previous,
            case let p = NameMatching.word(text, previous), NameMatching.isCapitalised(p) || p.lowercased() == "the"
        {
            return nil
        }
        // `lived in Stanley Abbot`, `from Stanley Abbot to Quantmoor`: a town of two words
        // (`a letter from Stanley Pryce` is still a person).
        if NameContextWords.townsAlsoNames.contains(folded), surname, !possessive, let next {
            let after = NameMatching.nextWord(text, after: next).map { NameMatching.word(text, $0) }
            let before = previousWord ?? ""
            if ["in", "near", "around", "outside", "towards"].contains(before) || before == "from" && after == "to"
                || PlaceContext.followedByPostcode(text, next) || townElsewhere(text, i, next)
            {
                return nil
            }
        }
        // `lived in Kirk Audley`, `born at Kirk Audley`, and the same two words wherever the
        // text says so once: a village named like a person (`a letter from Kirk Audley`, `Kirk
        // Audley's` are still a person).
        if surname, !possessive, !verb, let next, let nextWord, !NameMatching.stripPossessive(nextWord).possessive {
            if let previous, Self.placePreposition(text, previous) { return nil }
            // (And `Glyn Ceirios is a holiday park` under `Glyn Ceirios Holiday Park`.)
            if placePairs == nil { placePairs = Self.pairsAfterPlacePreposition(text).union(pairsStartingPlaces(text)) }
            if placePairs?.contains(NameMatching.word(text, i) + " " + NameMatching.word(text, next)) == true { return nil }
        }
        // `Tŷ Gwyn`: the Welsh for house, not the name Ty.
        if NameMatching.word(text, i) == "Tŷ" { return nil }
        // `Jan 2021`, `Ward 31`: a month or a thing, before a number.
        if nextIsNumber(text, i), NameContextWords.monthAbbreviations.contains(folded) || kind == .wordLike { return nil }
        // `Shona, Cantonese and Ukrainian translations`, `in Shona means`: a language.
        if languageListed(text, i) { return nil }
        // `(52kg Jan)`: a month written short, after a number, before its bracket.
        if NameContextWords.monthAbbreviations.contains(folded), i + 1 < text.tokens.count,
            text.tokens[i + 1].kind == .other, text.scalars[text.tokens[i + 1].start] == ")",
            (max(0, i - 3)..<i).contains(where: { text.tokens[$0].kind == .number })
        {
            return nil
        }
        // `Jan.`: a month written short, with its full stop.
        if NameContextWords.monthAbbreviations.contains(folded), i + 1 < text.tokens.count,
            text.tokens[i + 1].kind == .other, text.scalars[text.tokens[i + 1].start] == "."
        {
            return nil
        }
        // `Leon, MX65 LJO`: a car model before its number plate or after its make (`Škoda
        // Octavia`); `(Lorenzo)`: a record system.
        if NameContextWords.carModels.contains(folded),
            PlaceContext.followedByPlate(text, i)
                || previousWord.map({ NameContextWords.makesBeforeModels.contains(NameMatching.fold($0)) }) == true
        {
            return nil
        }
        if NameContextWords.recordSystems.contains(folded) { return nil }
        if NameMatching.inWeekdayRow(text, i) { return nil }
        // `B Coy`, `HQ Coy`: an army company, by its letter (development set 121; not `J Coy`,
        // a person).
        if folded == "coy", let previousWord, ["A", "B", "C", "D", "HQ"].contains(previousWord) { return nil }
        // `the Tamar Rifles`: a regiment, named after a river (development set 121).
        if let nextWord, NameMatching.isCapitalised(nextWord),
            NameContextWords.armyUnits.contains(NameMatching.fold(nextWord))
        {
            return nil
        }
        // `a black Mercedes`: a car, after a lower-case word; `a 2014 Dacia Logan`, after its year
        // (development set 35).
        // (`Mercedes 280SE`: a make before its model's number; development set 61.)
        // (`EY22 LNA Mercedes Vito`: after a current plate; development set 71.)
        if NameContextWords.carMakes.contains(folded),
            previousWord?.first?.isLowercase == true || (i >= 2 && text.tokens[i - 2].kind == .number)
                || (i + 2 < text.tokens.count && text.tokens[i + 1].kind == .space && text.tokens[i + 2].kind == .number)
                || Self.afterPlate(text, i)
        {
            return nil
        }
        // `Shirley Oaks`, `Shirley Parade`, `the Shirley office`: a place's name.
        if PlaceContext.namesPlace(text, i) { return nil }
        // `a Marie Curie nurse`, `Karma Nirvana`.
        if let nextWord,
            NameContextWords.organisationsNamedLikePeople.contains([
                folded, NameMatching.fold(NameMatching.stripPossessive(nextWord).base),
            ])
        {
            return nil
        }
        if let previousWord, NameContextWords.organisationsNamedLikePeople.contains([NameMatching.fold(previousWord), folded]) {
            return nil
        }
        // `Alexa (Amazon Echo)`, `Siri and Alexa`: a voice assistant, near a device's word.
        if NameContextWords.assistants.contains(folded),
            !surname
                || nextWord.map({ NameContextWords.deviceWords.contains(NameMatching.stripPossessive($0).base.lowercased()) })
                    == true,
            Self.nearDeviceWord(text, i)
        {
            return nil
        }
        let start = NameMatching.startsSentence(text, i)
        let heading = titleCase || NameMatching.inHeading(text, text.tokens[i].start, &lines)

        switch kind {
        case .plain:
            return .error
        case .month:
            // `May Smith` is a person, `in May` and `May 2020` are dates.
            if let previousWord, NameContextWords.beforeMonth.contains(previousWord.lowercased()) { return nil }
            if nextIsNumber(text, i) { return nil }
            // (`Eleventh February Two thousand and twenty four`: a year in words.)
            if let nextWord, DateOfBirthRule.numberWords.contains(nextWord.lowercased()) { return nil }
            return surname ? .error : nil
        case .wordLike:
            if surname || possessive || verb { return .error }
            // (`Tom` alone on an email's last line, `Tom, please don't`: a name signing or spoken
            // to, at the start of its sentence; development set 76.)
            if start, !heading, Self.signsOrAddressed(text, i) { return .warning }
            return start || heading ? nil : .warning
        }
    }

    /// Whether a device's word (`Amazon`, `speaker`, `HomePod`) is within twelve words of token
    /// `i`, on its line.
    private static func nearDeviceWord(_ text: ScanText, _ i: Int) -> Bool {
        for step in [-1, 1] {
            var k = i + step, words = 0
            while k >= 0, k < text.tokens.count, words < 12, text.tokens[k].kind != .newline {
                if text.tokens[k].kind == .word {
                    words += 1
                    if NameContextWords.deviceWords.contains(NameMatching.word(text, k).lowercased()) { return true }
                }
                k += step
            }
        }
        return false
    }

    /// Prepositions a title capitalises (`Faith Against Abuse`).
    static let titleCasePrepositions: Set<String> = [
        "Against", "For", "Without", "Beyond", "Over", "Under", "Through", "Into", "Towards", "Within", "Versus",
    ]

    /// Pronouns after a modal or a verb that is also a name (`Will you`, `May I`, `Mark my words`).
    static let pronounsAfterVerb: Set<String> = [
        "you", "your", "I", "we", "he", "she", "it", "they", "my", "our", "their", "thy",
    ]

    /// Words before `in` that put a person after it (`confided in Leon`).
    static let confideWords: Set<String> = Set([
        "confided", "confide", "confides", "confiding", "trusted", "trust", "interested", "interest", "believed", "believe",
    ]).union(bringInWords)
    /// Verbs whose `in` brings a person into an email or a meeting (`I've copied in Siwan`;
    /// development set 73).
    static let bringInWords: Set<String> = ["copied", "cc'd", "cced", "looped", "roped"]

    /// `Queen`, `King`: a given name after one names a hospital, a road or a pub.
    private static let royalTitles: Set<String> = ["Queen", "King", "Prince", "Princess"]

    /// Second halves of compound words whose first half may be a given name or a place.
    static let compoundEndings: Set<String> = [
        "service", "based", "led", "run", "funded", "wide", "owned", "specific", "related", "born", "speaking", "style",
        // (`Cleveland-like police`: a stand-in for the real force; development set 74.)
        "like",
    ]

    /// A capitalised word that can be a surname: not a declared name, not a small word,
    /// not the start of an organisation.
    private func isSurname(_ word: String, declared: KnownWords) -> Bool {
        let base = NameMatching.stripPossessive(word).base
        guard NameMatching.isCapitalised(base) else { return false }
        let folded = NameMatching.fold(base)
        if declared.contains(folded) || NameContextWords.notSurname.contains(folded) || NameContextWords.peoples.contains(folded)
        {
            return false
        }
        if NameContextWords.placeOrAgency.contains(folded) || FirstNames.months.contains(base) { return false }
        if TitledNameRule.isTitle(base) { return false }
        return true
    }

    /// `Thu to 8pm`, `Sat till 1`: a day written short, then `to`, `till` or `until` and a
    /// time or another day (development set 49).
    private static func untilTime(_ text: ScanText, _ i: Int) -> Bool {
        guard let n = NameMatching.nextWord(text, after: i), ["to", "till", "until"].contains(NameMatching.word(text, n)),
            n + 2 < text.tokens.count, text.tokens[n + 1].kind == .space
        else { return false }
        return text.tokens[n + 2].kind == .number
            || NameContextWords.weekdayAbbreviations.contains(NameMatching.fold(NameMatching.word(text, n + 2)))
    }

    /// The token of `*` or `_` that opens emphasis right before token `i`, or `i` itself.
    private func emphasisStart(_ text: ScanText, _ i: Int) -> Int {
        var j = i
        while j > 0, text.tokens[j - 1].kind == .other, "*_".unicodeScalars.contains(text.scalars[text.tokens[j - 1].start]) {
            j -= 1
        }
        return j
    }

    /// `Thu, 23 May 2024`: a comma, then a number.
    private func commaThenNumber(_ text: ScanText, _ i: Int) -> Bool {
        i + 3 < text.tokens.count && text.tokens[i + 1].kind == .other && text.scalars[text.tokens[i + 1].start] == ","
            && text.tokens[i + 2].kind == .space && text.tokens[i + 3].kind == .number
    }

    /// (Across a table's cell border too: `| 07/03/24 | Thu |`, development set 45.)
    private func previousIsNumber(_ text: ScanText, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, text.tokens[j].kind == .space || text.tokens[j].kind == .other && text.scalars[text.tokens[j].start] == "|"
        {
            j -= 1
        }
        return j >= 0 && text.tokens[j].kind == .number
    }

    /// Whether the word just before or after word `i`, with only spaces and the marks in
    /// `across` between them on the line, is one `test` accepts (folded).
    private func beside(_ text: ScanText, _ i: Int, across: String, where test: (String) -> Bool) -> Bool {
        for step in [-1, 1] {
            var j = i + step
            while j >= 0, j < text.tokens.count,
                text.tokens[j].kind == .space
                    || text.tokens[j].kind == .other && across.unicodeScalars.contains(text.scalars[text.tokens[j].start])
            {
                j += step
            }
            if j >= 0, j < text.tokens.count, j != i + step, text.tokens[j].kind == .word,
                test(NameMatching.fold(NameMatching.word(text, j)))
            {
                return true
            }
        }
        return false
    }

    /// Whether a day of the month (one or two digits, not the end of `4.2`) stands just before word `i`.
    private func dayBefore(_ text: ScanText, _ i: Int) -> Bool {
        guard i >= 2, text.tokens[i - 1].kind == .space, text.tokens[i - 2].kind == .number,
            text.tokens[i - 2].end - text.tokens[i - 2].start <= 2
        else { return false }
        return i < 4 || text.tokens[i - 3].kind != .other || text.scalars[text.tokens[i - 3].start] != "."
    }

    private static func monthWord(_ folded: String) -> Bool {
        NameContextWords.monthAbbreviations.contains(folded) || DateOfBirthRule.months.contains(folded)
    }

    private func nextIsNumber(_ text: ScanText, _ i: Int) -> Bool {
        var j = i + 1
        while j < text.tokens.count, text.tokens[j].kind == .space { j += 1 }
        return j < text.tokens.count && text.tokens[j].kind == .number
    }
}

extension UndeclaredNameRule {
    /// The capitalised words before `invented names` (or `fictional`, `fictitious`,
    /// `imaginary`) in the sentences of `body` that say so, folded. (A byte search first: few
    /// pages say it.)
    package static func inventedNames(in body: String) -> Set<String> {
        // (One pass over the page's own bytes, not a copy, for ` name` after one of the words.)
        var body = body
        let says = body.withUTF8 { saysInvented($0) }
        return says ? inventedNames(ScanText(body, line: 1, column: 1)) ?? [] : []
    }

    private static func saysInvented(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var i = 1
        while i + 4 < count {
            // ` name` or ` exam`(ple): a space, then n, a, m, e or e, x, a, m.
            if bytes[i - 1] == 0x20,
                bytes[i] == 0x6E && bytes[i + 1] == 0x61 && bytes[i + 2] == 0x6D && bytes[i + 3] == 0x65
                    || bytes[i] == 0x65 && bytes[i + 1] == 0x78 && bytes[i + 2] == 0x61 && bytes[i + 3] == 0x6D
            {
                var start = i - 1
                while start > 0, bytes[start - 1] >= 0x61, bytes[start - 1] <= 0x7A { start -= 1 }
                let length = i - 1 - start
                if length >= 8,
                    inventedNeedles.contains(where: { n in
                        n.count == length && (0..<length).allSatisfy { bytes[start + $0] == n[$0] }
                    })
                {
                    return true
                }
            }
            i += 1
        }
        return false
    }

    private static let inventedNeedles = inventedWords.words.map { Array($0.utf8) }

    /// The same, in one text; nil when the text says no such thing.
    static func inventedNames(_ text: ScanText) -> Set<String>? {
        let tokens = text.tokens
        var out: Set<String> = []
        for k in tokens.indices where tokens[k].kind == .word && (6...10).contains(tokens[k].end - tokens[k].start) {
            guard StructuredScan.index(text, token: k, in: inventedWords) != nil, let n = NameMatching.nextWord(text, after: k)
            else { continue }
            // `the following invented example. It is not from any review.`, then the example in
            // the next paragraph (development set 95).
            if StructuredScan.index(text, token: n, in: ["example"]) != nil {
                out.formUnion(nextParagraphsNames(text, after: n))
                continue
            }
            guard StructuredScan.index(text, token: n, in: ["name", "names"]) != nil else { continue }
            // Back to the sentence's start, keeping the capitalised words before `are` or `is`.
            var j = k - 1
            while j >= 0, tokens[j].kind != .newline,
                !(tokens[j].kind == .other && ".!?".unicodeScalars.contains(text.scalars[tokens[j].start]))
            {
                if tokens[j].kind == .word, case let w = NameMatching.word(text, j), NameMatching.isCapitalised(w) {
                    out.insert(NameMatching.fold(w))
                }
                j -= 1
            }
        }
        return out.isEmpty ? nil : out
    }

    static let inventedWords: WordList = ["invented", "fictional", "fictitious", "imaginary"]

    /// The capitalised words, folded, of the paragraph after the one holding token `k`.
    private static func nextParagraphsNames(_ text: ScanText, after k: Int) -> Set<String> {
        let tokens = text.tokens
        var out: Set<String> = []
        var j = k + 1, breaks = 0, newlines = 0
        while j < tokens.count, breaks < 2 {
            switch tokens[j].kind {
            case .newline:
                newlines += 1
                // (A blank line, perhaps a quote's `>` on it, ends a paragraph.)
                if newlines == 2, breaks == 0 || !out.isEmpty { breaks += 1 }
            case .word:
                newlines = 0
                let w = NameMatching.word(text, j)
                if breaks == 1, NameMatching.isCapitalised(w) || NameMatching.allCapitals(w) { out.insert(NameMatching.fold(w)) }
            case .space: break
            default: if !(tokens[j].kind == .other && text.scalars[tokens[j].start] == ">") { newlines = 0 }
            }
            j += 1
        }
        return out
    }

    static let exampleKey = WordList.key(of: "example")

    /// The capitalised words, folded, from `for example,` right before a
    /// capitalised word to the end of its sentence.
    static func exampleNames(_ text: ScanText) -> Set<String> {
        let tokens = text.tokens
        var out: Set<String> = []
        for k in tokens.indices where text.wordKeys[k] == exampleKey {
            guard let p = NameMatching.previousWord(text, before: k), NameMatching.word(text, p).lowercased() == "for",
                k + 1 < tokens.count, StructuredScan.isChar(text, tokens[k + 1].start, ","),
                let n = NameMatching.nextWord(text, after: k + 1), NameMatching.isCapitalised(NameMatching.word(text, n))
            else { continue }
            var j = n
            while j < tokens.count, tokens[j].kind != .newline || j + 1 < tokens.count && tokens[j + 1].kind != .newline,
                !(tokens[j].kind == .other && ".!?".unicodeScalars.contains(text.scalars[tokens[j].start]))
            {
                if tokens[j].kind == .word, case let w = NameMatching.word(text, j), NameMatching.isCapitalised(w) {
                    out.insert(NameMatching.fold(w))
                }
                j += 1
            }
        }
        return out
    }

}

extension UndeclaredNameRule {
    /// Whether `Red` or `Green` stands within six words of token `i` (a red, amber and green
    /// rating; development set 83).
    static func ratingNear(_ text: ScanText, _ i: Int) -> Bool {
        for step in [-1, 1] {
            var k = i + step, words = 0
            while k >= 0, k < text.tokens.count, words < 6 {
                if text.tokens[k].kind == .word {
                    words += 1
                    if ["Red", "Green", "RAG"].contains(NameMatching.word(text, k)) { return true }
                }
                k += step
            }
        }
        return false
    }
}
