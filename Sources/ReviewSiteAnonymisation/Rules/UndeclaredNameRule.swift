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
            // Only now, for the few candidate words, work out which are the register's.
            if registerTokens == nil { registerTokens = TitledNameRule.registerTokens(text, context) }
            if registerTokens?.contains(i) == true { continue }
            if declared.contains(NameMatching.fold(name)) {
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
            // `Siobhan Grady`: one finding for the name, not one for each part.
            if lastReported >= 0, NameMatching.nextWord(text, after: lastReported) == i { continue }
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
                    declared: declared, placePairs: &placePairs, lines: &lines)
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
            // `FASTER PMT TO IONUT STOICA`; `| McNamee | Joanne |` under `| Surname | Forename |`.
            let reportedByNow = Set(out.map(\.range.lowerBound))
            let beforeWho = NameBeforeWho.find(text)
            let inCapitals = NameInCapitals.find(text)
            // (`Hi Wojtek,`: a name no list knows, which may come again alone: `Wojtek said`.)
            let greeting = NameInGreeting.find(text)
            unlistedGiven += greeting
            for (first, last) in InitialAndSurname.find(text) + beforeWho + NameAfterKin.find(text)
                + inCapitals + NameColumns.find(text) + NameBeforeHandle.find(text) + NameListInCapitals.find(text)
                + NameAloneAfterRole.fullNames(text) + NameBeforeEmail.find(text) + NameRowsInRoster.find(text)
                + NameAloneAfterRole.find(text).map({ ($0, $0) }) + greeting.map({ ($0, $0) })
            where !reportedByNow.contains(tokens[first].start) && !reportedByNow.contains(tokens[last].start) {
                // (`DR IAN COWAN` where `Ian` is a pseudonym: the surname after it is a real
                // person's, as in `Ian Cowan`.)
                let declaredGiven = last > first && !known([last]) && inCapitals.contains(where: { $0 == (first, last) })
                if known([first, last]), !declaredGiven { continue }
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
        surnamesAlone(text, context, fullNames, unlistedGiven, registerTokens, &out)
        return out
    }

    /// A name found by where it stands (not by the lists), at `range`, shown masked as `name`.
    /// `PNC CHECK SUBJ HIPKIN DEREK JOHN DOB …`: a given name in capitals straight after a
    /// register name of two words or more in capitals, as a police record lists surname, given
    /// name and middle name (development set 53). Looked for only after a run of capitals.
    private func middleNamesInCapitals(
        _ text: ScanText, _ context: AnonymisationContext, _ declared: KnownWords, _ registerTokens: inout Set<Int>?,
        reported: [AnonymisationFinding]
    ) -> [AnonymisationFinding] {
        let tokens = text.tokens
        var out: [AnonymisationFinding] = []
        for i in tokens.indices where i >= 4 && tokens[i].kind == .word && tokens[i].end - tokens[i].start >= 3 {
            // (`Emmanuel PRATT          NINO: PX 68…`: a column's gap ends the name; set 60.)
            guard tokens[i - 1].kind == .space, !text.isColumnGap(i - 1), tokens[i - 3].kind == .space,
                tokens[i - 2].kind == .word,
                tokens[i - 4].kind == .word, text.scalars[tokens[i].start].isScanUppercase,
                text.scalars[tokens[i].start + 1].isScanUppercase, text.scalars[tokens[i - 2].start + 1].isScanUppercase
            else { continue }
            let written = NameMatching.word(text, i)
            guard NameMatching.allCapitals(written), NameMatching.allCapitals(NameMatching.word(text, i - 2)) else { continue }
            let cased = String(written.prefix(1)) + written.dropFirst().lowercased()
            guard let kind = FirstNames.kind(of: cased), kind != .month, !declared.contains(NameMatching.fold(cased))
            else { continue }
            if registerTokens == nil { registerTokens = TitledNameRule.registerTokens(text, context) }
            guard registerTokens?.contains(i - 2) == true, registerTokens?.contains(i - 4) == true,
                registerTokens?.contains(i) != true
            else { continue }
            let r = tokens[i].start..<tokens[i].end
            if reported.contains(where: { $0.range.overlaps(r) }) { continue }
            out.append(nameFinding(r, written))
        }
        return out
    }

    private func nameFinding(_ range: Range<Int>, _ name: String) -> AnonymisationFinding {
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

    /// Words after `a Lewis` that make the name an adjective: `a Lewis name`.
    static let kindWords: Set<String> = ["name", "names", "surname", "family", "word", "thing", "type", "kind", "sort"]

    /// Welsh question words that are also English given names.
    static let welshQuestionWords: Set<String> = ["Beth", "Pam"]
    /// Welsh words after them that are also English words or letters (`Pam y briff hwn`).
    static let welshAfterQuestion: Set<String> = ["y", "yr", "mae", "a", "am", "i", "o"]

    /// Given names that are also street types (`Willow Garth`, `Church Lea`).
    private static let streetTypeNames: Set<String> = ["garth", "lea", "chase", "croft", "bank"]

    /// How sure we are that the word at `i` names a person: nil when it probably does not.
    private func judge(
        _ text: ScanText, _ i: Int, _ kind: FirstNames.Kind, possessive: Bool, titleCase: Bool,
        declared: KnownWords, placePairs: inout Set<String>?, lines: inout LineStarts
    ) -> Severity? {
        let previous = NameMatching.previousWord(text, before: i)
        let previousWord = previous.map { NameMatching.word(text, $0) }
        // `Dona Aparecida dos Santos`: Mrs or Mr in another language before a name is no given
        // name itself (but `Don`, an English name too); the name after it is judged on its own
        // (development set 37).
        let word = NameMatching.word(text, i)
        // (`Don Luigi`, a priest: `Don` before a given name is the title; development set 65.)
        if NameBeforeRegisterSurname.otherTitles.contains(NameMatching.fold(word)),
            let n = NameMatching.nextWord(text, after: i), NameMatching.isCapitalised(NameMatching.word(text, n)),
            word != "Don" || FirstNames.kind(of: NameMatching.word(text, n)) == .plain
        {
            return nil
        }
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
            // `Lôn Dewi`: a Welsh street type before the name.
            if NameMatching.isCapitalised(previousWord),
                AddressRule.welshStreetTypes.words.contains(NameMatching.fold(previousWord))
            {
                return nil
            }
            // `Queen Adelaide MTC`, `the Queen Adelaide's car park`: a hospital named after a
            // queen or king; `Our Lady of Fátima`: a church (development set 36).
            if Self.royalTitles.contains(previousWord) { return nil }
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
                || Self.untilTime(text, i) || Self.weekdayRows(text, i)
        {
            return nil
        }
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
        // `had come from Cali`, `moved back to Jaffna`: where people come from or move to is a place.
        if !surname, !possessive, !verb, let previous, Self.afterMove(text, previous) { return nil }
        // `moved from Shirley to Barry`, `a farm in Kent`: towns, unless a person is meant.
        if NameContextWords.townsAlsoNames.contains(folded), !surname, !possessive, !verb,
            !NameContextWords.townsCommonAsNames.contains(folded) || PlaceContext.saysPlace(text, i)
        {
            return nil
        }
        // `the boats in Vigo`: a city abroad after `in` (development set 63; not `confided in
        // Leon`).
        if !surname, !possessive, !verb, let previous, NameMatching.word(text, previous) == "in",
            WorldCities.names.contains(folded),
            !(NameMatching.previousWord(text, before: previous).map { Self.confideWords.contains(NameMatching.word(text, $0)) }
                ?? false)
        {
            return nil
        }
        // `Whitley Ness`, `Percy Staith`: a given name before a word that only ends place names
        // (`Sierra Leone` is in organisationsNamedLikePeople, checked below).
        if let nextWord, NameContextWords.placeEndings.contains(NameMatching.fold(nextWord)) { return nil }
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
            if placePairs == nil { placePairs = Self.pairsAfterPlacePreposition(text) }
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
        // `a black Mercedes`: a car, after a lower-case word; `a 2014 Dacia Logan`, after its year
        // (development set 35).
        // (`Mercedes 280SE`: a make before its model's number; development set 61.)
        if NameContextWords.carMakes.contains(folded),
            previousWord?.first?.isLowercase == true || (i >= 2 && text.tokens[i - 2].kind == .number)
                || (i + 2 < text.tokens.count && text.tokens[i + 1].kind == .space && text.tokens[i + 2].kind == .number)
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

    /// `IMRs (maternity, licensing, Sakina)` beside `Sakina Women's Centre` elsewhere in the
    /// text: one word in a list, that starts an organisation's name in the same text.
    private static func organisationShortForm(_ text: ScanText, _ i: Int) -> Bool {
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

    /// `in`, `near`, `around`, `outside`, or `at` after `born`, `lived` or `grew up`.
    private static func placePreposition(_ text: ScanText, _ k: Int) -> Bool {
        let word = NameMatching.word(text, k)
        if ["in", "near", "around", "outside"].contains(word) || afterMove(text, k) { return true }
        guard word == "at", let p = NameMatching.previousWord(text, before: k) else { return false }
        return ["born", "lived", "lives", "living", "up", "raised", "buried", "farmed"].contains(NameMatching.word(text, p))
    }

    /// Whether `and`, `or` or a comma, then a village's name led by `Upper`, `Lower`,
    /// `Great` or `Little`, follows word `i` (`Stonecross Leigh and Upper Wickhurst`).
    private static func beforeVillage(_ text: ScanText, _ i: Int) -> Bool {
        var j = i + 1
        if j < text.tokens.count, text.tokens[j].kind == .other, text.scalars[text.tokens[j].start] == "," { j += 1 }
        guard let n = NameMatching.nextWord(text, after: j - 1) else { return false }
        var lead = n
        if ["and", "or"].contains(NameMatching.word(text, n)), let m = NameMatching.nextWord(text, after: n) { lead = m }
        guard lead != n || j > i + 1, ["Upper", "Lower", "Great", "Little", "Nether"].contains(NameMatching.word(text, lead)),
            let place = NameMatching.nextWord(text, after: lead)
        else { return false }
        return NameMatching.isCapitalised(NameMatching.word(text, place))
    }

    /// Whether `HMS`, `HMP` or `RAF` ends the line before word `i`, which starts its line.
    /// A ship's prefix among the three capitalised words before word `i` (`MV Crescent Dawn`).
    private static func afterShipPrefix(_ text: ScanText, _ i: Int) -> Bool {
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
            if shipPrefixes.contains(w) { return true }
            // (`Ysbyty Gwenllian Morris`: a Welsh building named after someone, its last name too.)
            if k < i, NameContextWords.welshBuildings.contains(NameMatching.fold(w)) { return true }
            guard NameMatching.isCapitalised(w) else { return false }
            k = p
        }
        return false
    }
    /// `Bonny Lass RX 203`: a fishing boat's name before its port letters and number, as a
    /// harbour's records give it (development set 61).
    private static func beforeFishingNumber(_ text: ScanText, _ i: Int) -> Bool {
        let t = text.tokens
        guard let n = NameMatching.nextWord(text, after: i), n == i + 2, NameMatching.isCapitalised(NameMatching.word(text, n)),
            n + 4 < t.count, t[n + 1].kind == .space, t[n + 2].kind == .word, (1...3).contains(t[n + 2].end - t[n + 2].start),
            text.scalars[t[n + 2].start..<t[n + 2].end].allSatisfy(\.isScanUppercase), t[n + 3].kind == .space,
            t[n + 3].end - t[n + 3].start == 1, t[n + 4].kind == .number, t[n + 4].end - t[n + 4].start <= 4
        else { return false }
        // (Its second word an English word, `Lass`, `Star`, and the letters no rank: `Mark Ellis
        // PC 1234` is an officer.)
        return NameAfterRole.englishWords.contains(NameMatching.word(text, n).lowercased())
            && !TitledNameRule.isTitle(NameMatching.word(text, n + 2))
    }

    private static let shipPrefixes: Set<String> = ["MV", "MS", "SS", "RMS", "HMS", "FV", "MT", "HMY", "HMCS", "MY", "RV"]

    /// A country that is also a given name after `of` (`the south-west of India`).
    private static func countryAfterOf(_ text: ScanText, _ i: Int) -> Bool {
        guard isCountry(text, i), let p = NameMatching.previousWord(text, before: i) else { return false }
        return NameMatching.word(text, p) == "of"
    }

    /// `Christian` as a faith: before a bracket or a lower-case word of a community or a place.
    private static func faith(_ text: ScanText, _ i: Int) -> Bool {
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

    private static func shipOrPrisonBefore(_ text: ScanText, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, text.tokens[j].kind == .space { j -= 1 }
        guard j >= 1, text.tokens[j].kind == .newline else { return false }
        j -= 1
        while j >= 0, text.tokens[j].kind == .space { j -= 1 }
        guard j >= 0, text.tokens[j].kind == .word else { return false }
        return ["HMS", "HMP", "HMYOI", "RAF"].contains(NameMatching.word(text, j))
    }

    /// Given names that also end the names of places (`Welham Heath`, `Borrow Dale`).
    private static let placeEndingNames: Set<String> = ["heath", "dale", "vale", "brook", "glen", "forest"]

    /// Whether a country stands next to word `i` across `and`, `or` or a comma.
    private static func countryNext(_ text: ScanText, _ i: Int) -> Bool {
        let (previous, next) = listSides(text, i)
        return isCountry(text, pastConjunction(text, next, forward: true))
            || isCountry(text, pastConjunction(text, previous, forward: false))
    }

    /// Headings of a glossary's column of terms.
    static let termHeadings: Set<String> = ["term", "terms", "word", "abbreviation", "acronym", "glossary", "term used"]

    /// Whether word `i` starts a table cell headed as a glossary's terms (development set 63).
    /// A table the parser did not read as one is a paragraph of its lines joined (`| Term |
    /// Meaning | |---|---| | Ría | A drowned … |`): there, a first column's cell follows `| |`
    /// or the delimiter row's last `|`, and the line's first cell is the heading.
    private func inGlossaryTerms(_ text: ScanText, _ i: Int) -> Bool {
        let s = text.scalars
        func pipeBefore(_ k: Int) -> Int? {
            var j = k - 1
            while j >= 0, text.tokens[j].kind == .space { j -= 1 }
            return j >= 0 && text.tokens[j].kind == .other && s[text.tokens[j].start] == "|" ? j : nil
        }
        guard let pipe = pipeBefore(i), pipe > 0 else { return false }
        // A row of a pipe table: its first `|` starts the line. Terms are its first column, and
        // only there is the heading looked up (a walk up the table for each word: 2.7% of lint
        // on corpus F when every cell's name asked).
        var p = pipe - 1
        while p >= 0, text.tokens[p].kind == .space || text.tokens[p].kind == .other && s[text.tokens[p].start] == ">" {
            p -= 1
        }
        if p < 0 || text.tokens[p].kind == .newline {
            var columns = TableColumns(text)
            return columns.headings(at: text.tokens[i].start).column.map { Self.termHeadings.contains($0.lowercased()) }
                ?? false
        }
        // The joined form: `| |` before the word, or `-|` of the delimiter row.
        guard pipeBefore(pipe) != nil || s[text.tokens[pipe].start - 1] == "-" else { return false }
        var start = text.tokens[i].start
        while start > 0, s[start - 1] != "\n" { start -= 1 }
        let line = String(String.UnicodeScalarView(s[start..<text.tokens[i].start]))
        guard line.contains("|---") || line.contains("| ---") || line.contains("|:--") else { return false }
        let cells = line.split(separator: "|", omittingEmptySubsequences: false)
        guard cells.count > 1, cells[0].allSatisfy({ $0 == " " || $0 == ">" }) else { return false }
        return Self.termHeadings.contains(cells[1].trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// `Wed     Gurmeet S.` over `Thu     (not filled)`: a day written short that starts its line,
    /// as another day starts the line above or below, is a rota's day (development set 65).
    private static func weekdayRows(_ text: ScanText, _ i: Int) -> Bool {
        let t = text.tokens
        guard i == 0 || t[i - 1].kind == .newline || t[i - 1].kind == .space && (i == 1 || t[i - 2].kind == .newline)
        else { return false }
        func dayStartsLine(_ from: Int, _ step: Int) -> Bool {
            var k = from
            while k >= 0, k < t.count, t[k].kind != .newline { k += step }
            guard k >= 0, k < t.count else { return false }
            var j = k + 1
            if step < 0 {
                // The line above: back to its start.
                j = k - 1
                while j >= 0, t[j].kind != .newline { j -= 1 }
                j += 1
            }
            while j < t.count, t[j].kind == .space { j += 1 }
            guard j < t.count, t[j].kind == .word else { return false }
            return NameContextWords.weekdayAbbreviations.contains(NameMatching.fold(NameMatching.word(text, j)))
        }
        return dayStartsLine(i, -1) || dayStartsLine(i, 1)
    }

    /// Prepositions a title capitalises (`Faith Against Abuse`).
    static let titleCasePrepositions: Set<String> = [
        "Against", "For", "Without", "Beyond", "Over", "Under", "Through", "Into", "Towards", "Within", "Versus",
    ]

    /// Compass points that start a place's name (`East Cliff`, `West Quinton`).
    static let compassPoints: Set<String> = ["East", "West", "North", "South", "EAST", "WEST", "NORTH", "SOUTH"]

    /// Pronouns after a modal or a verb that is also a name (`Will you`, `May I`, `Mark my words`).
    static let pronounsAfterVerb: Set<String> = [
        "you", "your", "I", "we", "he", "she", "it", "they", "my", "our", "their", "thy",
    ]

    /// Words before `in` that put a person after it (`confided in Leon`).
    static let confideWords: Set<String> = [
        "confided", "confide", "confides", "confiding", "trusted", "trust", "interested", "interest", "believed", "believe",
    ]

    static let landscapePlurals: Set<String> = ["hills", "moors", "dales", "fells", "wolds", "downs", "mountains", "levels"]

    /// `Harlingbury, Kingswell and Sandy`: a UK town (`Sandy`) listed with two more capitalised
    /// words no given-name list knows, each across a comma, `and` or `or` (development set 27).
    private static func townAmongPlaces(_ text: ScanText, _ i: Int) -> Bool {
        guard UKPlaces.names.contains(NameMatching.fold(NameMatching.word(text, i))) else { return false }
        let tokens = text.tokens
        for forward in [false, true] {
            var k = i
            var items = 0
            while items < 2 {
                let (previous, next) = listSides(text, k)
                guard let side = forward ? next : previous else { break }
                let conjunction = ["and", "or"].contains(NameMatching.word(text, side))
                let comma =
                    forward
                    ? k + 1 < tokens.count && tokens[k + 1].kind == .other && text.scalars[tokens[k + 1].start] == ","
                    : k >= 2 && tokens[k - 2].kind == .other && text.scalars[tokens[k - 2].start] == ","
                guard conjunction || comma, let item = pastConjunction(text, side, forward: forward) else { break }
                let word = NameMatching.word(text, item)
                guard NameMatching.isCapitalised(word), FirstNames.kind(of: word) == nil, !TitledNameRule.isTitle(word)
                else { break }
                items += 1
                k = item
            }
            if items == 2 { return true }
        }
        return false
    }

    /// The words either side of word `i`, across a comma (`Shona, Cantonese`).
    private static func listSides(_ text: ScanText, _ i: Int) -> (previous: Int?, next: Int?) {
        let tokens = text.tokens
        let next =
            i + 2 < tokens.count && tokens[i + 1].kind == .other && text.scalars[tokens[i + 1].start] == ","
            ? NameMatching.nextWord(text, after: i + 1) : NameMatching.nextWord(text, after: i)
        let previous =
            i >= 2 && tokens[i - 1].kind == .space && tokens[i - 2].kind == .other
                && text.scalars[tokens[i - 2].start] == ","
            ? NameMatching.previousWord(text, before: i - 2) : NameMatching.previousWord(text, before: i)
        return (previous, next)
    }

    /// The list's next item from word `k`: past it when it is `and` or `or` (`… and Urdu`).
    private static func pastConjunction(_ text: ScanText, _ k: Int?, forward: Bool) -> Int? {
        guard let k, ["and", "or"].contains(NameMatching.word(text, k)) else { return k }
        return forward ? NameMatching.nextWord(text, after: k) : NameMatching.previousWord(text, before: k)
    }

    /// Whether word `k` is a capitalised country (`Jamaica`).
    private static func isCountry(_ text: ScanText, _ k: Int?) -> Bool {
        guard let k else { return false }
        let word = NameMatching.word(text, k)
        return NameMatching.isCapitalised(word) && NameContextWords.countries.contains(NameMatching.fold(word))
    }

    /// `Queen`, `King`: a given name after one names a hospital, a road or a pub.
    private static let royalTitles: Set<String> = ["Queen", "King", "Prince", "Princess"]

    /// Whether a comma comes right before word `i`, after a number or a capitalised word that
    /// is no given name (`Kerala, India`).
    private static func afterRegionOrNumber(_ text: ScanText, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, text.tokens[j].kind == .space { j -= 1 }
        guard j >= 1, text.tokens[j].kind == .other, text.scalars[text.tokens[j].start] == "," else { return false }
        j -= 1
        guard text.tokens[j].kind != .number else { return true }
        guard text.tokens[j].kind == .word else { return false }
        let word = NameMatching.word(text, j)
        return NameMatching.isCapitalised(word) && FirstNames.kind(of: word) == nil && !TitledNameRule.isTitle(word)
    }

    /// Whether a comma and a country follow word `k` (`Pen, Jamaica`).
    private static func beforeCountry(_ text: ScanText, _ k: Int) -> Bool {
        guard k + 1 < text.tokens.count, text.tokens[k + 1].kind == .other, text.scalars[text.tokens[k + 1].start] == ",",
            var n = NameMatching.nextWord(text, after: k + 1)
        else { return false }
        // (`Keren, in Eritrea`.)
        if NameMatching.word(text, n) == "in", let c = NameMatching.nextWord(text, after: n) { n = c }
        // (`Sarah, India and Grace`: a list of people, one named like a country.)
        if let after = NameMatching.nextWord(text, after: n), ["and", "or"].contains(NameMatching.word(text, after)) {
            return false
        }
        return isCountry(text, n)
    }

    /// `from` after `come`, `came` or `fled`; `to` after `moved`, `returned` or `back`.
    private static func afterMove(_ text: ScanText, _ k: Int) -> Bool {
        let word = NameMatching.word(text, k)
        guard word == "from" || word == "to" || word == "in" else { return false }
        // `Student Y is 22, from Belo Horizonte`: an age, a comma and where someone is from
        // (development set 44).
        if word == "from", k >= 3, text.tokens[k - 1].kind == .space, text.tokens[k - 2].kind == .other,
            text.scalars[text.tokens[k - 2].start] == ",", text.tokens[k - 3].kind == .number
        {
            return true
        }
        guard let p = NameMatching.previousWord(text, before: k) else { return false }
        let before = NameMatching.word(text, p)
        switch word {
        // (`his mother was from Vidin`, `her father's people are from San Fernando`, `wanted to
        // go to Trinidad`, `Her daughter lives in Maryland`: development set 44.)
        // (After `was` or `is` only of a person: `It was from Sarah` is still a name.)
        case "from":
            guard Self.wordsBeforeFrom.contains(before) else { return false }
            guard Self.beVerbs.contains(before) else { return true }
            return NameMatching.previousWord(text, before: p).map {
                Self.originSubjects.contains(NameMatching.word(text, $0).lowercased())
            } == true
        case "to": return Self.wordsBeforeTo.contains(before)
        default: return Self.wordsBeforeIn.contains(before)
        }
    }

    static let wordsBeforeFrom: Set<String> = [
        "come", "came", "comes", "coming", "fled", "emigrated", "originally", "was", "were", "is", "are", "been",
    ]
    static let beVerbs: Set<String> = ["was", "were", "is", "are", "been"]
    static let originSubjects: Set<String> = [
        "he", "she", "they", "we", "mother", "father", "family", "people", "parents", "grandparents", "grandmother",
        "grandfather", "husband", "wife", "partner", "sister", "brother", "mum", "dad", "originally", "families",
    ]
    static let wordsBeforeTo: Set<String> = [
        "moved", "returned", "back", "emigrated", "fled", "relocated", "deported", "go", "went", "gone", "going",
        "travelled", "traveled", "flew", "trip", "holiday", "holidays",
    ]
    static let wordsBeforeIn: Set<String> = [
        "lives", "lived", "live", "living", "born", "raised", "settled", "based", "grew", "up", "buried", "resident",
    ]

    /// Every two capitalised words after a place preposition in the text (`in Kirk Audley`).
    private static func pairsAfterPlacePreposition(_ text: ScanText) -> Set<String> {
        var out: Set<String> = []
        let tokens = text.tokens
        for k in tokens.indices where tokens[k].kind == .word && tokens[k].end - tokens[k].start <= 7 {
            guard let first = NameMatching.nextWord(text, after: k), text.scalars[tokens[first].start].isScanUppercase,
                let second = NameMatching.nextWord(text, after: first), text.scalars[tokens[second].start].isScanUppercase,
                placePreposition(text, k)
            else { continue }
            out.insert(NameMatching.word(text, first) + " " + NameMatching.word(text, second))
        }
        return out
    }

    /// `Stanley Moss`: the same two words stand after `in` or `near`, or before a postcode,
    /// somewhere else in the text, so they name a town here too.
    private func townElsewhere(_ text: ScanText, _ i: Int, _ next: Int) -> Bool {
        let first = NameMatching.word(text, i), second = NameMatching.word(text, next)
        let tokens = text.tokens
        // Hashes first, so a long text makes no string per word (the name may recur often).
        let hash = WordHash.lowercased(text.scalars, tokens[i].start..<tokens[i].end)
        for k in tokens.indices
        where k != i && tokens[k].kind == .word && WordHash.lowercased(text.scalars, tokens[k].start..<tokens[k].end) == hash
            && NameMatching.word(text, k) == first
        {
            guard let n = NameMatching.nextWord(text, after: k), NameMatching.word(text, n) == second else { continue }
            if let p = NameMatching.previousWord(text, before: k), ["in", "near"].contains(NameMatching.word(text, p)) {
                return true
            }
            if PlaceContext.followedByPostcode(text, n) { return true }
        }
        return false
    }

    /// Second halves of compound words whose first half may be a given name or a place.
    static let compoundEndings: Set<String> = [
        "service", "based", "led", "run", "funded", "wide", "owned", "specific", "related", "born", "speaking", "style",
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

    /// Whether the run of capitalised words from `i` ends in a place or agency word
    /// (`Grace House`, `Queen Elizabeth Hospital`, `Hope Street`, `Wiltshire Police`, and
    /// `Robert Jones and Agnes Hunt Orthopaedic Hospital`).
    private func partOfPlace(_ text: ScanText, _ i: Int) -> Bool {
        var at = i
        for _ in 0..<6 {
            // `Faith Leaders' Forum`: across a plural possessive's apostrophe.
            var after = at
            if after + 1 < text.tokens.count, text.tokens[after + 1].kind == .other,
                text.scalars[text.tokens[after + 1].start] == "'" || text.scalars[text.tokens[after + 1].start] == "\u{2019}"
            {
                after += 1
            }
            // `the Al-Noor Centre`: across the hyphen after a particle (not `Yeboah-Ward`).
            let hyphen =
                at == i && after + 2 < text.tokens.count && text.tokens[after + 1].kind == .other
                && text.scalars[text.tokens[after + 1].start] == "-" && text.tokens[after + 2].kind == .word
            guard let n = hyphen ? after + 2 : NameMatching.nextWord(text, after: after) else { return false }
            // (`Case officer: Aisling Nwosu   Team inbox: …`: a column's gap of two spaces or a
            // tab ends the name; the next field is no part of it; development set 46.)
            // (Not a line's indent: `the Edith Cavell` then `  Ward);` on the next line.)
            let between = after + 1..<n
            let newline = between.contains(where: { text.tokens[$0].kind == .newline })
            if between.contains(where: text.isColumnGap), !newline {
                return false
            }
            // (`Janice Whitfield` alone on a line over `Practice Manager | Stobhill …`: an email's
            // signature, a name over its job; development set 49.)
            if newline, Self.startsLine(text, i) { return false }
            let w = NameMatching.word(text, n)
            // (`Sarah and Grace House` is a person and a place; `Dinwoodie and Lamb Veterinary
            // Surgeons` one firm.)
            // (`Canal and River Trust`: a word, `and`, then an agency is one name, development
            // set 33.)
            // (`Arden and Radbourne ICB`: no given name after `and`, so one agency's name of two
            // places; development set 60.)
            if w == "and",
                n > i + 2
                    || firmAfter(
                        text, n,
                        agency: NameAfterRole.englishWords.contains(NameMatching.word(text, i).lowercased())
                            || NameMatching.nextWord(text, after: n).map({
                                FirstNames.kind(of: NameMatching.word(text, $0)) == nil
                            })
                                == true
                    )
            {
                at = n
                continue
            }
            let folded = NameMatching.fold(NameMatching.stripPossessive(w).base)
            // (`Gwenllian Morris ED`: a hospital named after someone, then its department's
            // letters; development set 62.)
            if Self.hospitalDepartments.contains(w) { return true }
            if NameContextWords.placeOrAgency.contains(folded) || NameContextWords.houseWords.contains(folded)
                || NameContextWords.businessWords.contains(folded),
                w.first?.isUppercase == true
            {
                return true
            }
            guard NameMatching.isCapitalised(NameMatching.stripPossessive(w).base) else { return false }
            at = n
        }
        return false
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

    private static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "north-west",
        "north-east", "south-west", "south-east", "rural", "coastal",
    ]

    /// Whether token `i` starts its line (after spaces only).
    private static func startsLine(_ text: ScanText, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, text.tokens[j].kind == .space { j -= 1 }
        return j < 0 || text.tokens[j].kind == .newline
    }

    /// `after Isha`, `before Maghrib prayers`: one of the five daily prayers, named for its
    /// time; `Inna lillahi`, said at news of a death (development set 45).
    private static func prayerOrPrayerWords(_ text: ScanText, _ i: Int) -> Bool {
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
    private static func chapel(_ text: ScanText, _ i: Int) -> Bool {
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
    private static func inBasmala(_ text: ScanText, _ i: Int) -> Bool {
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
    /// its body (development set 45).
    private static func modelAfterColour(_ text: ScanText, _ i: Int) -> Bool {
        guard let p = NameMatching.previousWord(text, before: i), p == i - 2,
            colours.contains(NameMatching.word(text, p).lowercased()),
            let n = NameMatching.nextWord(text, after: i), n == i + 2
        else { return false }
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
    private static func makeBeforeModel(_ text: ScanText, _ i: Int) -> Bool {
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

    /// Whether a firm's word (`Surgeons`, `Solicitors`) ends the capitalised run after token `k`.
    private func firmAfter(_ text: ScanText, _ k: Int, agency: Bool = false) -> Bool {
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

    /// Nouns after a people's name (`a Karen woman`, `the Karen community`).
    static let peopleNouns: Set<String> = [
        "woman", "women", "man", "men", "people", "peoples", "community", "communities", "family", "families",
        "baptist", "baptists", "congregation", "refugee", "refugees", "elders", "households", "village", "villages",
    ]

    static let languageNouns: Set<String> = [
        "interpreter", "interpreters", "interpreting", "translator", "translators", "translation", "speaker",
        "speakers", "speaking", "version", "leaflet", "leaflets",
    ]

    /// Whether the word at `i` is a language: next to one in a list (`Shona, Cantonese and
    /// Urdu`), before `interpreter` or the like, or `in Shona means`.
    private func languageListed(_ text: ScanText, _ i: Int) -> Bool {
        let word = NameMatching.fold(NameMatching.word(text, i))
        guard NameContextWords.languages.contains(word) else { return false }
        func isLanguage(_ k: Int?) -> Bool {
            guard let k else { return false }
            let w = NameMatching.word(text, k)
            return NameMatching.isCapitalised(w) && NameContextWords.languages.contains(NameMatching.fold(w)) || w == "BSL"
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

    /// Words before `in` and a language: `sang in Shona`, `wrote it in Tagalog`.
    static let spokenWords: Set<String> = [
        "said", "says", "say", "spoke", "speaks", "speak", "spoken", "sang", "sings", "sing", "sung", "wrote", "writes",
        "written", "prayed", "prays", "talked", "talks", "replied", "answered", "shouted", "whispered",
    ]
    static let objectPronouns: Set<String> = ["it", "them", "him", "her", "us", "me"]

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

    /// Whether the word at `i` follows `, ` after a street of an address: a street type (`Tump
    /// Lane`) after a house number or a house name and its comma (`14 Tump Lane, `, `The Old
    /// Perry House, Tump Lane, `).
    private static func townOfAddress(_ text: ScanText, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, text.tokens[j].kind == .space { j -= 1 }
        guard j >= 1, text.tokens[j].kind == .other, text.scalars[text.tokens[j].start] == ",",
            text.tokens[j - 1].kind == .word,
            StructuredScan.index(text, text.tokens[j - 1].start..<text.tokens[j - 1].end, in: AddressRule.streetTypes) != nil,
            NameMatching.isCapitalised(NameMatching.word(text, j - 1))
        else { return false }
        // Back over the street's name (one to three capitalised words) to a number or a comma.
        var k = j - 1, words = 0
        while let p = NameMatching.previousWord(text, before: k), words < 3,
            NameMatching.nextWord(text, after: p) == k, NameMatching.isCapitalised(NameMatching.word(text, p))
        {
            k = p
            words += 1
        }
        guard words >= 1 else { return false }
        var b = k - 1
        while b >= 0, text.tokens[b].kind == .space { b -= 1 }
        return b >= 0
            && (text.tokens[b].kind == .number || text.tokens[b].kind == .other && text.scalars[text.tokens[b].start] == ",")
    }

    /// `Skelton, Cleveland, TS12 2NF`: the town or county of an address, before its postcode
    /// (development set 28).
    private static func beforePostcode(_ text: ScanText, _ i: Int) -> Bool {
        guard i + 2 < text.tokens.count, text.tokens[i + 1].kind == .other, text.scalars[text.tokens[i + 1].start] == ",",
            text.tokens[i + 2].kind == .space
        else { return false }
        return PostcodeRule().find(text, at: text.tokens[i + 2].end) != nil
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
