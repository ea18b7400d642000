import ReviewSiteCore
import ReviewSiteNames

/// `titled-name`: a title or rank (Mr, Dr, PC, DS, Cllr, Nurse…) followed by a capitalised
/// name that is not a declared pseudonym or a `public_names` entry. The message masks the
/// name: "title followed by a name (Dr M*****)".
package struct TitledNameRule: AnonymisationRule {
    package let id = RuleID.titledName

    /// Honorifics and ranks that are always followed by a name (written as here, with or
    /// without a full stop).
    package static let strictTitles: Set<String> = [
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "PC", "PCSO", "DC", "DS", "DI", "DCI", "DSupt", "Supt", "Sgt",
        "Insp", "Cllr", "Prof", "Rev", "Revd", "Sir", "Dame", "Det", "Fr",
        // `Sr. Nimo`, `Br. Yahya`: Sister and Brother, as a mosque's or a ward's minutes write
        // them (development set 45).
        "Sr", "Br",
        // `HHJ Ellery-Marsh`: His or Her Honour Judge, as court records write a circuit judge
        // (development set 60).
        "HHJ",
        // French and Spanish honorifics written short (`Mme Odile Carrière`, `Sra. Restrepo`;
        // development set 61).
        "Mme", "Mlle", "Sra", "Srta",
        // A prison's operational support grade, as a visits log writes an officer (`OSG
        // Pellow`; development set 66).
        "OSG",
    ]
    /// Titles that are also ordinary words: not reported before a job word (`Nurse Practitioner`).
    package static let wordTitles: Set<String> = [
        "Nurse", "Sister", "Judge", "Lord", "Lady", "Doctor", "Professor", "Sergeant", "Inspector", "Constable",
        "Councillor", "Superintendent", "Reverend", "Detective", "Midwife", "Imam", "Pastor", "Rabbi", "Sheikh", "Father",
        "Brother", "Deaconess", "Madame", "Monsieur", "Mademoiselle",
        // A church's deacon (`Deacon Khoshaba asked`; development set 71).
        "Deacon",
    ]

    /// Armed forces ranks, in full and as the forces abbreviate them: reported only before a
    /// name that is no English word, as many are ordinary words too (`Major Incident`,
    /// `General Practice`, `Private Fostering`, `Col 3`; development set 39's `Major
    /// Holderness-Pym`).
    package static let ranks: Set<String> = [
        "Major", "General", "Captain", "Private", "Colonel", "Lieutenant", "Corporal", "Brigadier", "Bombardier",
        "Rifleman", "Gunner", "Sapper", "Trooper", "Guardsman", "Fusilier", "Admiral", "Commodore",
        "Commander", "Maj", "Gen", "Capt", "Pte", "Col", "Lt", "Cpl", "LCpl", "Brig", "Bdr", "Rfn", "Gnr", "Spr", "Tpr",
        "Gdsm", "Fus", "Cdr", "CSgt", "SSgt",
        // The RAF's short forms (`Sqn Ldr Andrew Pryor`, `Air Cdre Okafor`; `Flt Lt`, `Wg Cdr` and
        // `Gp Capt` end in a rank above) and a prison's supervising officer (`SO Bradshaw`;
        // development set 68).
        "Ldr", "Cdre", "SO",
    ]

    /// Honorifics in capitals, as a case system or a form prints them (`DR COWAN`, `MRS
    /// PATEL`): titles only before a name in capitals too (`MS` is also multiple sclerosis).
    /// (`SGT COUPLAND CONSULTED`: a sergeant in a control room log, with no collar number;
    /// development set 68.)
    static let capitalTitles: Set<String> = [
        "MR", "MRS", "MS", "MISS", "MX", "DR", "PROF", "REV", "REVD", "CLLR", "SGT", "INSP", "SUPT",
    ]

    /// The armed services and their corps by their initials, written after a rank.
    static let serviceInitials: Set<String> = [
        "RAF", "RN", "RM", "MOD", "RMP", "RAFP", "USAF", "REME", "RLC", "RAMC", "QGE", "RAFR",
    ]

    /// Titles of peers and royals, which also name pubs and places (`the Lord Nelson`).
    static let peerage: Set<String> = ["Lord", "Lady", "Sir", "Dame"]
    static let policingTeams: Set<String> = ["NPT", "SNT", "LPT", "NPU", "CID", "PPU", "RPU"]
    static let pubWords: WordList = ["pub", "inn", "hotel", "arms", "tavern"]

    /// Police ranks written before a collar number.
    static let collarRanks: Set<String> = [
        "PC", "DC", "PS", "DS", "PCSO", "Sgt", "SGT", "Insp", "INSP", "DI", "DCI", "DSgt", "DSGT", "Supt", "SUPT",
    ]

    package static func isTitle(_ word: String) -> Bool {
        strictTitles.contains(word) || wordTitles.contains(word) || ranks.contains(word)
    }

    /// Lower-cased hashes of every title: rules out most words before a string is made.
    package static let titleHashes = HashSet64(
        strictTitles.union(wordTitles).union(ranks).union(collarRanks).map(WordHash.lowercased))

    package func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        let tokens = text.tokens
        var titleAt: [Int] = []
        // Titles are capitalised: look at the first letter before making a string.
        for (i, t) in tokens.enumerated()
        where t.kind == .word && t.end - t.start <= 14 && text.scalars[t.start].isScanUppercase
            && Self.titleHashes.contains(WordHash.lowercased(text.scalars, t.start..<t.end))
        {
            // (`SGT 2209 ASPINALL`: a rank in a police printout's capitals, before its collar
            // number; development set 40.)
            let word = NameMatching.word(text, i)
            if Self.isTitle(word) || Self.capitalTitles.contains(word)
                || Self.collarRanks.contains(word) && Self.collarNumberAfter(text, i),
                // (`Th⇥Fr⇥Sa`: Friday in a rota's heading, not Father; development set 112.)
                !NameMatching.inWeekdayRow(text, i)
            {
                titleAt.append(i)
            }
        }
        guard !titleAt.isEmpty else { return [] }
        let declared = context.declaredWords
        let registerTokens = Self.registerTokens(text, context)
        var out: [AnonymisationFinding] = []
        var spans: [Range<Int>] = []
        var surnames: Set<String> = []
        var after = -1
        for i in titleAt where i > after {
            let title = NameMatching.word(text, i)
            // `Dr. Smith`: step over the full stop. (`formerly Detective Chief Superintendent.
            // Review reference …`: after a title written in full, it ends the sentence.)
            var k = i
            if k + 1 < tokens.count, tokens[k + 1].kind == .other, text.scalars[tokens[k + 1].start] == "." {
                if title.count > 6 { continue }
                k += 1
            }
            // (`PC 417      Supervisor: Sgt 102`: a signature block's columns; the collar number
            // ends the entry, and the next column is no surname; development set 73.)
            if Self.collarRanks.contains(title), k + 3 < tokens.count, tokens[k + 1].kind == .space,
                tokens[k + 2].kind == .number, text.isColumnGap(k + 3)
            {
                continue
            }
            // `PC 6613 HOLLINRAKE`: an officer's collar number between the rank and the name.
            if Self.collarRanks.contains(title), k + 3 < tokens.count, tokens[k + 1].kind == .space,
                tokens[k + 2].kind == .number, (2...6).contains(tokens[k + 2].end - tokens[k + 2].start),
                tokens[k + 3].kind == .space,
                // (`PC 2290 ATT. DASH COMPLETED`: an abbreviation after the number, not a name; but
                // `PC 1422 N. STEELE`, an initial; development set 42.)
                // (`and PC 2290 Mellor.`: a surname ending a sentence is no abbreviation; development set 73.)
                !(k + 5 < tokens.count && tokens[k + 5].kind == .other && text.scalars[tokens[k + 5].start] == "."
                    && tokens[k + 4].end - tokens[k + 4].start > 1
                    && NameMatching.allCapitals(NameMatching.word(text, k + 4))),
                // (`PC 3319 ATTENDED WITH PC 4027`: a log's verb in capitals; development set 61.)
                !(k + 4 < tokens.count && tokens[k + 4].kind == .word && tokens[k + 4].end - tokens[k + 4].start >= 3
                    && NameMatching.allCapitals(NameMatching.word(text, k + 4))
                    && NameAfterRole.englishWords.contains(NameMatching.word(text, k + 4).lowercased()))
            {
                k += 2
            }
            // (`2011-03-03  Marsden Down DC     Rose starts`: a distribution centre ending a place's
            // name in a record's column, then the next column; development set 70. `Visitor:
            // Sister   BAKER` is still a name.)
            if k + 1 < tokens.count, tokens[k + 1].kind == .space, tokens[k + 1].end - tokens[k + 1].start >= 3,
                let p = NameMatching.previousWord(text, before: i), p + 2 == i, tokens[p + 1].kind == .space,
                NameMatching.isCapitalised(NameMatching.word(text, p))
            {
                continue
            }
            guard var n = NameMatching.nextWord(text, after: k) else { continue }
            // (`DS Public Protection`, `DCI MAJOR CRIME`: the unit a rank serves in, no surname;
            // development sets 99 and 92.)
            if let m = NameMatching.nextWord(text, after: n),
                Self.policeUnits.contains(
                    NameMatching.fold(NameMatching.word(text, n)) + " " + NameMatching.fold(NameMatching.word(text, m)))
            {
                continue
            }
            // `Mr van Dijk`, `Dr de Souza`, `Ms al-Amin`: lower-case particles before the name.
            while RegisterMatcher.particles.contains(NameMatching.word(text, n)),
                let m = NameMatching.nextWord(text, after: n) ?? Self.hyphenated(text, after: n)
            { n = m }
            // `Mrs G. Trebilcock`, `Mr J Okafor`: an initial, then a surname that is no English
            // word (so `Mr A. Then…` stays `Mr A`, already anonymised).
            var afterInitial = false
            if let (first, dotted) = NameMatching.initial(text, n) {
                var j = first
                // (`Capt R J Tennant`: a second initial, then the surname; development set 70.)
                if j + 2 < tokens.count, tokens[j + 1].kind == .space, let (k2, d2) = NameMatching.initial(text, j + 2),
                    d2 == dotted, k2 + 2 < tokens.count, tokens[k2 + 1].kind == .space, tokens[k2 + 2].kind == .word,
                    tokens[k2 + 2].end - tokens[k2 + 2].start >= 2
                {
                    j = k2
                }
                // (`cc: patient; Dr F Marsh (GP);`: with no full stop after the initial, an English
                // word that is no role, followed by a bracket, comma or semicolon, is the surname
                // too; not `Dr B Consultant Psychiatrist`, `## Mr A Background`, `Mr A Did Not
                // Attend`, nor `Mr O` then `Children in the household` run together in a rendered
                // paragraph; development set 41.)
                // (`PC 1422 N. STEELE`: a printout's capitals after a full stop; development set 42.)
                // (`with Brother B. Translator's notes are …`: a full stop after a declared
                // pseudonym's letter ends its sentence; development set 102.)
                if !(dotted && context.pseudonyms.contains(title + " " + NameMatching.word(text, n))),
                    let m = NameMatching.nextWord(text, after: j), case let w = NameMatching.word(text, m), w.count >= 2,
                    NameMatching.isCapitalised(w)
                        || (dotted || Self.capitalTitles.contains(title)) && w.count >= 3 && NameMatching.allCapitals(w)
                            && !NameContextWords.placeOrAgency.contains(NameMatching.fold(w)),
                    !NameAfterRole.englishWords.contains(w.lowercased())
                        || !dotted && m == j + 2 && w.count >= 3 && Self.closedByPunctuation(text, m)
                            && !NameAfterRole.roles.contains(w.lowercased())
                        // (`DS L. Firth 3412 | Safeguarding Unit`: a signature's surname, then a
                        // collar number, a bar or the line's end; development set 79.)
                        || dotted && m == j + 2 && w.count >= 3 && Self.signatureEnds(text, m)
                            && !NameAfterRole.roles.contains(w.lowercased())
                        // (`Mr D. Haycock, who owns`, `named as "Mr D. Haycock" in`: a surname
                        // that is an English word too, before `who` or closing the quote the title
                        // opened; development set 100.)
                        || m == j + 2 && w.count >= 3 && NameMatching.isCapitalised(w)
                            && (Self.relativeAfter(text, m) || NameMatching.inDoubleQuotes(text, i, m))
                        // (`CALLER   : Mrs P. GARNER, 43 SLUICE ROAD`: in capitals before a comma, no
                        // sentence's first word; development set 103.)
                        || dotted && m == j + 2 && w.count >= 3 && NameMatching.allCapitals(w)
                            && Self.closedByPunctuation(text, m)
                        // (`Reviewed by Dr P Strand on Monday`, `LAST REVIEW 06/06/2022 Dr P
                        // Strand`: after a professional's title, which reviews seldom make a
                        // pseudonym (`Mr O` then `Children in the household` is one), a surname
                        // that is an English word too, then a word in lower case or the line's
                        // end; development set 84.)
                        || !dotted && m == j + 2 && w.count >= 3 && !Self.pseudonymTitles.contains(title)
                            && NameMatching.isCapitalised(w) && !NameAfterRole.roles.contains(w.lowercased())
                            && (Self.lowerCaseWordAfter(text, m) || Self.signatureEnds(text, m) && !Self.headingLine(text, i))
                {
                    n = m
                    afterInitial = true
                } else if var m = NameMatching.nextWord(text, after: j),
                    RegisterMatcher.particles.contains(NameMatching.word(text, m))
                {
                    // `Dr A van der Veld` (development set 30): particles after the initial.
                    while RegisterMatcher.particles.contains(NameMatching.word(text, m)),
                        let next = NameMatching.nextWord(text, after: m)
                    { m = next }
                    if NameMatching.isCapitalised(NameMatching.word(text, m)) { n = m }
                }
            }
            var name = NameMatching.word(text, n)
            // (`DI INFORMED. SCENE LOG STARTED`: a log's verb in the past, in capitals, after a rank;
            // set 38. Not `-ING`: `DS MANNING`, `DC READING` are surnames.)
            if NameMatching.allCapitals(title), name.count >= 5, NameMatching.allCapitals(name),
                name.hasSuffix("ED"), NameAfterRole.englishWords.contains(name.lowercased())
            {
                continue
            }
            // (`Sister   BRP`: a word of two to four capital consonants is a document's or an
            // agency's initials, no name; development set 65. `Mr NG` is a surname.)
            if (2...4).contains(name.count), NameMatching.allCapitals(name), name != "NG",
                !name.contains(where: { "AEIOUY".contains($0) })
            {
                continue
            }
            // (`husband, Sgt RAF`: a rank before its service's initials; development set 78.)
            if Self.serviceInitials.contains(name) { continue }
            // (`PC 2291 Holmfleet NPT`: a town before its policing team's initials; development
            // set 87.)
            if let m = NameMatching.nextWord(text, after: n), m == n + 2, Self.policingTeams.contains(NameMatching.word(text, m))
            {
                continue
            }
            // `Our Lady Star of the Sea`: a church; `Lady Day`, a feast (development set 93).
            if title == "Lady",
                NameMatching.word(text, n) == "Day"
                    || NameMatching.previousWord(text, before: i).map({ NameMatching.word(text, $0) == "Our" }) == true
            {
                continue
            }
            // `the Lord Nelson` (a pub), `the Duke of York`: a peer's title after `the` names a place,
            // as does a pub's word after the name (`The Lord Nelson pub next door`; development set 84).
            if Self.peerage.contains(title),
                NameMatching.previousWord(text, before: i).map({ NameMatching.word(text, $0).lowercased() == "the" }) == true
                    || NameMatching.nextWord(text, after: n).map({
                        StructuredScan.index(text, token: $0, in: Self.pubWords) != nil
                    }) == true
            {
                continue
            }
            // `Named Nurse Safeguarding Adults`: a word title before an `-ing` word is a job
            // (`Judge Marsh`, `Nurse Baker` are still names).
            if Self.wordTitles.contains(title), name.hasSuffix("ing"), NameAfterRole.englishWords.contains(name.lowercased()) {
                continue
            }
            // `Detective Sergeant Smith`, `Dr Prof Smith`: the last title reports (but in
            // `Dr Sheikh did not ask` and `DC Sheikh |`, no name follows: `Sheikh` is the surname;
            // development set 68. `Sr` and `Br` are Senior and Brother too: `Sr Nurse`.)
            if Self.isTitle(name),
                !(Self.strictTitles.contains(title) && title != "Sr" && title != "Br")
                    // (`Det Supt, public protection`: a title written short is no surname.)
                    || Self.strictTitles.contains(name) || Self.ranks.contains(name)
                    || NameMatching.nextWord(text, after: n).map({
                        $0 == n + 2 && tokens[n + 1].kind == .space
                            && (NameMatching.isCapitalised(NameMatching.word(text, $0))
                                || Self.isTitle(NameMatching.word(text, $0)))
                    }) ?? false
            {
                continue
            }
            // `Signed off by: Chief Nurse` on one line and `Date: 14 August 2023` on the next,
            // run together in a rendered paragraph: a field's label, not a name.
            if Self.wordTitles.contains(title), Self.fieldLabel(text, n) { continue }
            // `Title: Mrs` then `First name: Harpreet` on the next line of a form: the next
            // field's label, not a name (development set 45).
            // (`Dr Head: I saw her` and `Mrs Bond said:` in a transcript are still names: the
            // title must be a field's value itself.)
            if n + 1 < tokens.count, tokens[n + 1].kind == .space, Self.afterColon(text, i), Self.fieldLabel(text, n, words: 2) {
                continue
            }
            name = NameMatching.stripPossessive(name).base
            // `Sir Dyfnant`: Welsh for a county (`Sir Benfro`), before a word of the site's own
            // area: a place (development set 73).
            if title == "Sir", context.siteNameWords.contains(NameMatching.fold(name)) { continue }
            // (`Cyngor Sir Dulas`: `Cyngor Sir` is Welsh for a county council, even across a line
            // break; development set 131. A county's name is one word: not `Cyngor⏎Sir Alan Jones`.)
            if title == "Sir", let c = NameMatching.wordBefore(text, i, lines: 1), NameMatching.word(text, c) == "Cyngor",
                !(NameMatching.nextWord(text, after: n).map { $0 == n + 2 && StructuredScan.capitalised(text, tokens[$0]) }
                    ?? false)
            {
                continue
            }
            // (`Practice Nurse` over `Meddygfa'r Farchnad` on a signature's next line: a Welsh
            // building's name, with or without the article `'r`; development set 73.)
            if NameContextWords.welshBuildings.contains(NameMatching.withoutWelshArticle(NameMatching.fold(name))) { continue }
            // (`Private ADHD assessments`: a rank's name is written in lower case after its capital;
            // `General English (Upper Intermediate)`: a language's, development set 44.)
            if Self.ranks.contains(title),
                NameAfterRole.englishWords.contains(name.lowercased()) || !NameMatching.isCapitalised(name)
                    || NameContextWords.languages.contains(NameMatching.fold(name))
            {
                continue
            }
            // `Sr Social Worker`, `Sr Practitioner`: `Sr` is Senior too, so before an English
            // word that is no given name it is a job (`Sr. Grace` is still a name).
            if title == "Sr" || title == "Br", NameAfterRole.englishWords.contains(name.lowercased()),
                FirstNames.kind(of: name) == nil
            {
                continue
            }
            // `DC Gate 4` (a distribution centre's gate), `Ward 7`: an English word before a number
            // is a label, not a name (development set 44).
            // (`DS L. Firth 3412`: after an initial, the number is a collar number.)
            if !afterInitial, NameAfterRole.englishWords.contains(name.lowercased()), n + 2 < tokens.count,
                tokens[n + 1].kind == .space, tokens[n + 2].kind == .number
            {
                continue
            }
            // A single letter (`Mr A`) is already anonymised; `DS JONES` is still a name, and so
            // is `PC 1422 N. O'NEILL`.
            let upper = NameMatching.allCapitals(name)
            guard NameMatching.isCapitalised(name) || (upper && name.unicodeScalars.count >= 3) else { continue }
            if Self.capitalTitles.contains(title),
                !upper || NameAfterRole.englishWords.contains(name.lowercased())
                    || VehicleRegistrationRule.acronyms.contains(name)
                    || NameContextWords.countries.contains(NameMatching.fold(name))
            {
                continue
            }
            let folded = NameMatching.fold(name)
            // (`DS Llewellyn` when only `Dr Nia Llewellyn-Hart` may be named: a half of her
            // surname alone is someone else, unless a pseudonym is that word.)
            let half =
                context.publicHalves.contains(folded) && Self.hyphenated(text, after: n) == nil
                && !(n >= 1 && tokens[n - 1].kind == .other && text.scalars[tokens[n - 1].start] == "-")
                && !NameMatching.hyphenJoinedWords(context.pseudonyms).alone.contains(folded)
            // (`DCI Marcus Oyelowo-Hart` when only `Marcus Delahaye` may be named: a declared
            // given name before a surname nobody declared is someone else; development set 64.)
            if declared.contains(folded) && !half
                && !Self.undeclaredSurnameAfter(text, n, declared, registerTokens, context.pseudonyms + context.publicNames)
                || registerTokens.contains(n)
            {
                continue
            }
            if Self.wordTitles.contains(title), NameContextWords.roleAfterTitle.contains(folded) { continue }
            // `They sent a PCSO. He had a cup of tea`: a pronoun or a small word is no name.
            if NameContextWords.notSurname.contains(folded) { continue }
            // (`Sgt Hall at Coldmoor station`, `Mr Green.`: after a title written short, such a word
            // alone is a surname; development set 69.)
            if NameContextWords.placeOrAgency.contains(folded),
                !Self.strictTitles.contains(title) || NameMatching.stripPossessive(NameMatching.word(text, n)).possessive
                    || NameMatching.nextWord(text, after: n).map({ NameMatching.isCapitalised(NameMatching.word(text, $0)) })
                        ?? false
            {
                continue
            }
            // `Dr Jane Smith`: the whole name is the finding, so a waiver names all of it.
            var last = n
            while let m = NameMatching.nextWord(text, after: last), NameMatching.isCapitalised(NameMatching.word(text, m)),
                !declared.contains(NameMatching.fold(NameMatching.word(text, m))),
                !NameContextWords.placeOrAgency.contains(NameMatching.fold(NameMatching.word(text, m))),
                !registerTokens.contains(m), m - n < 8
            {
                last = m
            }
            // `Dr Barnardo's Homes`, `Lady Margaret Hall`: a place or an organisation (but
            // `Mrs Parveen Lodge-Whitham` is a double-barrelled surname).
            // (`Mr Osgood` then `Practice Manager` on a letter's last lines: a job, not a place.)
            // (`Dr Q. Hallworth  Surgery consultation`: a record's column gap ends the name;
            // development set 54.)
            if let m = NameMatching.nextWord(text, after: last), NameMatching.word(text, m).first?.isUppercase == true,
                NameContextWords.placeOrAgency.contains(NameMatching.fold(NameMatching.word(text, m))),
                !Self.jobFollows(text, m), !(last + 1..<m).contains(where: text.isColumnGap)
            {
                guard let joined = Self.hyphenated(text, after: m) else { continue }
                last = joined
            }
            after = last
            let range = tokens[i].start..<tokens[last].end
            spans.append(range)
            if let surname = SurnameAlone.surname(text, lastToken: last, declared: KnownWords(declared)),
                FirstNames.kind(of: surname) == nil
            {
                surnames.insert(surname)
            }
            out.append(
                AnonymisationFinding(
                    rule: id, severity: .error, range: range, matched: text.slice(range),
                    message: "title followed by a name (\(title) \(NameMatching.mask(name))); replace the name with the "
                        + "review's pseudonym, or add it to public_names in site.yml if this person may be named"))
        }
        // `Ms Mbatha … Mbatha agreed`: the surname alone names the person too.
        for k in SurnameAlone.find(text, surnames, reported: spans, skip: registerTokens) {
            let name = NameMatching.stripPossessive(NameMatching.word(text, k)).base
            out.append(
                AnonymisationFinding(
                    rule: .undeclaredName, severity: .error, range: tokens[k].start..<tokens[k].end, matched: name,
                    message: "surname of a name this text gives with a title (\(NameMatching.mask(name))); replace it "
                        + "with the review's pseudonym or a role, or add the person to public_names in site.yml"))
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether a collar number (two to six digits) follows token `i` after one space.
    private static func collarNumberAfter(_ text: ScanText, _ i: Int) -> Bool {
        let t = text.tokens
        return i + 2 < t.count && t[i + 1].kind == .space && t[i + 2].kind == .number
            && (2...6).contains(t[i + 2].end - t[i + 2].start)
    }

    /// Whether a colon comes before token `i`, with only spaces between (`Title: Mrs`).
    private static func afterColon(_ text: ScanText, _ i: Int) -> Bool {
        var p = i - 1
        while p >= 0, text.tokens[p].kind == .space { p -= 1 }
        return p >= 0 && text.tokens[p].kind == .other && text.scalars[text.tokens[p].start] == ":"
    }

    /// Whether the word at `n` starts a field's label: an English word that is no given name,
    /// then up to `words` lower-case words (`First name:`), then a colon, or a bracket and then
    /// a colon (`Senior Pastor` over `Mobile (personal): 07534…`; development set 79).
    private static func fieldLabel(_ text: ScanText, _ n: Int, words: Int = 0) -> Bool {
        let word = NameMatching.word(text, n)
        guard NameAfterRole.englishWords.contains(word.lowercased()), FirstNames.kind(of: word) == nil else { return false }
        var j = n
        for _ in 0...words {
            if j + 1 < text.tokens.count, text.tokens[j + 1].kind == .other, text.scalars[text.tokens[j + 1].start] == ":" {
                return true
            }
            if bracketThenColon(text, after: j) { return true }
            guard j + 2 < text.tokens.count, text.tokens[j + 1].kind == .space, text.tokens[j + 2].kind == .word,
                text.scalars[text.tokens[j + 2].start].isScanLowercase
            else { return false }
            j += 2
        }
        return false
    }

    /// Whether a number, a bar or the line's end follows the word at `k`.
    private static func signatureEnds(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens
        guard k + 1 < t.count else { return true }
        if t[k + 1].kind == .newline { return true }
        guard t[k + 1].kind == .space, k + 2 < t.count else { return false }
        return t[k + 2].kind == .number || t[k + 2].kind == .newline
            || t[k + 2].kind == .other && text.scalars[t[k + 2].start] == "|"
    }

    /// Police units written after a rank, folded.
    static let policeUnits: Set<String> = [
        "public protection", "major crime", "child protection", "domestic abuse", "missing persons", "serious crime",
        "major investigation", "criminal investigation",
    ]

    /// Titles reviews put before a pseudonym's letter (`Mr O`, `Mrs B`).
    static let pseudonymTitles: Set<String> = ["Mr", "Mrs", "Ms", "Miss", "Mx", "MR", "MRS", "MS", "MISS"]

    /// Whether one space and a word in lower case follow token `k` (`Strand on Monday`).
    private static func lowerCaseWordAfter(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens
        return k + 2 < t.count && t[k + 1].kind == .space && t[k + 2].kind == .word
            && text.scalars[t[k + 2].start].isScanLowercase
    }

    /// Whether token `k`'s line is a Markdown heading (`## Dr A Background`).
    private static func headingLine(_ text: ScanText, _ k: Int) -> Bool {
        var lines = LineStarts()
        return NameMatching.inHeading(text, text.tokens[k].start, &lines)
    }

    /// Whether ` (personal):` follows token `j`: a bracket of lower-case words, then a colon.
    private static func bracketThenColon(_ text: ScanText, after j: Int) -> Bool {
        let t = text.tokens
        var k = j + 1
        if k < t.count, t[k].kind == .space { k += 1 }
        guard k < t.count, t[k].kind == .other, text.scalars[t[k].start] == "(" else { return false }
        k += 1
        while k < t.count, k <= j + 10 {
            if t[k].kind == .other {
                let c = text.scalars[t[k].start]
                guard c == ")" else { return false }
                return k + 1 < t.count && t[k + 1].kind == .other && text.scalars[t[k + 1].start] == ":"
            }
            if t[k].kind == .word, !text.scalars[t[k].start].isScanLowercase { return false }
            k += 1
        }
        return false
    }

    /// Whether a capitalised word after token `n` is a surname nobody declared: not a declared
    /// word, a register name's, a place's or an agency's, nor a given name or a title. An
    /// English word counts only after a declared given name (`DC Joanne Pickup` when only
    /// `Joanne Kettleborough` may be named; development set 71): after a declared surname it
    /// starts the next line (`Employment Judge Harwood` / `Sent to the parties`).
    private static func undeclaredSurnameAfter(
        _ text: ScanText, _ n: Int, _ declared: Set<String>, _ registerTokens: Set<Int>, _ declaredNames: [String]
    ) -> Bool {
        guard let m = NameMatching.nextWord(text, after: n), m == n + 2, text.tokens[n + 1].kind == .space else { return false }
        // (`Mrs Lindiwe Castell's team` when she may be named: her surname's possessive is hers;
        // development set 99.)
        let word = NameMatching.stripPossessive(NameMatching.word(text, m)).base
        let folded = NameMatching.fold(word)
        guard
            NameMatching.isCapitalised(word) && word.count >= 2 && !declared.contains(folded) && !registerTokens.contains(m)
                && !NameContextWords.placeOrAgency.contains(folded) && !NameContextWords.businessWords.contains(folded)
                && FirstNames.kind(of: word) != .wordLike && !isTitle(word)
        else { return false }
        guard NameAfterRole.englishWords.contains(word.lowercased()) else { return true }
        let given = NameMatching.fold(NameMatching.word(text, n))
        return declaredNames.contains { name in
            let words = name.split(whereSeparator: { $0 == " " }).map { NameMatching.fold(String($0)) }
            return words.dropLast().contains(given)
        }
    }

    /// Whether a job word follows token `k` (`Practice Manager`, `Team Lead`).
    private static func jobFollows(_ text: ScanText, _ k: Int) -> Bool {
        guard let n = NameMatching.nextWord(text, after: k) else { return false }
        let word = NameMatching.word(text, n)
        return NameMatching.isCapitalised(word) && NameContextWords.roleAfterTitle.contains(NameMatching.fold(word))
            && word.count > 3
    }

    /// Whether `who`, `whose` or `whom` follows token `k`, perhaps after a comma.
    private static func relativeAfter(_ text: ScanText, _ k: Int) -> Bool {
        guard
            let n = NameMatching.nextWord(text, after: k)
                ?? (StructuredScan.isChar(text, text.tokens[k].end, ",")
                    ? NameMatching.nextWord(text, after: k + 1) : nil)
        else { return false }
        return n <= k + 3 && ["who", "whose", "whom"].contains(NameMatching.word(text, n))
    }

    /// Whether a space and then `(`, or `,` or `;` right away, follow the word at `k`.
    static func closedByPunctuation(_ text: ScanText, _ k: Int) -> Bool {
        var j = k + 1
        if j < text.tokens.count, text.tokens[j].kind == .space { j += 1 }
        guard j < text.tokens.count, text.tokens[j].kind == .other else { return false }
        let c = text.scalars[text.tokens[j].start]
        return c == "(" || (j == k + 1 && (c == "," || c == ";"))
    }

    /// The word after `i` joined by a hyphen (`al-Amin`).
    static func hyphenated(_ text: ScanText, after i: Int) -> Int? {
        let t = text.tokens
        guard i + 2 < t.count, t[i + 1].kind == .other, text.scalars[t[i + 1].start] == "-", t[i + 2].kind == .word else {
            return nil
        }
        return i + 2
    }

    /// Tokens inside a names register match: `names-register` reports those, and no other
    /// rule may show even a masked part of them.
    package static func registerTokens(_ text: ScanText, _ context: AnonymisationContext) -> Set<Int> {
        guard let register = context.register else { return [] }
        var out = Set<Int>()
        for m in register.matches(in: text) { out.formUnion(m.tokens) }
        return out
    }
}
