import ReviewSiteCore
import ReviewSiteNames

/// A full name the given-name lists do not know, found by where it stands: right after a
/// role ("a social worker, Gbenga Oyelaran, visited", "her friend Nasima Rahman") or after a
/// label's colon ("Owner: Philippa Stoneley, team manager", "Lead for the Police: Nasima
/// Rahman"). Two capitalised words, neither an ordinary English word (so "Head Teacher" and
/// "Case Closed" stay quiet) nor a place, agency, title or declared word, and no third
/// capitalised word after them (so "Domestic Abuse Coordinator" stays quiet).
enum NameAfterRole {
    /// Roles a person is introduced by in reviews.
    static let roles: Set<String> = [
        "neighbour", "neighbor", "neighbours", "friend", "friends", "colleague", "worker", "manager", "coordinator",
        "co-ordinator", "officer", "nurse", "midwife", "visitor", "teacher", "landlord", "landlady", "lodger",
        "employer", "boss", "supervisor", "partner", "ex-partner", "boyfriend", "girlfriend", "husband", "wife",
        "cousin", "aunt", "uncle", "sister", "brother", "mother", "father", "daughter", "son", "niece", "nephew",
        "grandmother", "grandfather", "stepfather", "stepmother", "lead", "owner", "chair", "author", "caseworker",
        "advocate", "solicitor", "barrister", "counsellor", "therapist", "psychiatrist", "psychologist",
        "paramedic", "carer", "keyworker", "housemate", "flatmate", "tenant", "sponsor", "interpreter",
        "volunteer", "witness", "acquaintance", "employee", "practitioner", "consultant", "doctor", "gp", "idva",
        "isva", "pcso", "constable", "sergeant", "inspector", "investigator", "reviewer", "chaired", "by",
        // Issue 12, sixth corpus: people met in the course of their work.
        "driver", "pharmacist", "receptionist", "cleaner", "chaplain", "organiser", "organizer", "mentor", "coach",
        // (`Piper Donnchadh Ros`, in a funeral's order of service; development set 111.)
        "piper", "organist", "padre",
        "student", "trainee", "ex-wife", "ex-husband", "stepson", "stepdaughter", "granddaughter", "grandson",
        // Issue 12, seventh corpus: attendance tables and staff news.
        "head", "director", "deputy", "chief", "successor", "predecessor", "adviser", "advisor", "administrator",
        // Sixth session: people of a rural or a university town.
        "farmer", "shepherd", "vet", "lecturer", "tutor", "priest", "vicar", "publican", "farmhand", "gamekeeper",
        // Twentieth session: a hotel's log writes a manager short (`Duty Mgr`); twenty-sixth, a
        // health visitor's record signs `HV:`.
        "mgr", "hv",
        // A repair ticket's tradesperson (`Operative L. PARFITT`; development set 70).
        "operative", "technician", "engineer",
        // A control room's staff (`CCTV team leader: Amaka Nwachukwu`; development set 71).
        "leader", "operator",
    ]

    /// Lower-case British English words (Debian wbritish): a capitalised one is a word, not
    /// an unknown name.
    static let englishWords: Set<String> = Set(EnglishWordsData.words.split(separator: "\n").map(String.init))

    /// Token indices of the two words of each such name in `text` (declared words and
    /// register names are the caller's to leave out).
    static func find(_ text: ScanText) -> [(first: Int, second: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, second: Int)] = []
        for i in tokens.indices where tokens[i].kind == .other && (at(text, i) == ":" || at(text, i) == ",") {
            guard introducesName(text, i) else { continue }
            // (`**To:** Matthias Kreuzberger`: a bold label's closing stars after its colon;
            // development set 67.)
            var after = i + 1
            while after < tokens.count, tokens[after].kind == .other, "*_".unicodeScalars.contains(at(text, after)) { after += 1 }
            guard var first = nextWordAcrossSpace(text, after) else { continue }
            // "Owner: IDVA, Kamaljit Bains": step over an agency's initials and their comma.
            if isInitials(text, first), first + 1 < tokens.count, at(text, first + 1) == ",",
                let n = nextWordAcrossSpace(text, first + 2)
            {
                first = n
            }
            if let found = pair(text, first), out.last?.first != found.first { out.append(found) }
        }
        // "Nkem Okafor, IDVA": a name with its role after it, in a list of people present.
        for i in tokens.indices
        where tokens[i].kind == .other && at(text, i) == ","
            && i + 2 < tokens.count && tokens[i + 1].kind == .space && tokens[i + 2].kind == .word
            && (isRole(text, i + 2) || articleThenRole(text, i + 2))
        {
            guard i >= 3, tokens[i - 1].kind == .word, let first = NameMatching.previousWord(text, before: i - 1),
                NameMatching.nextWord(text, after: first) == i - 1, !out.contains(where: { $0.first == first }),
                NameMatching.previousWord(text, before: first).map({ NameMatching.isCapitalised(NameMatching.word(text, $0)) })
                    != true,
                let found = pair(text, first)
            else { continue }
            out.append(found)
        }
        // "| Gurmeet Sandhar | Ex-wife |": a table cell holding only the name, and the
        // person's relationship or role in a later cell of the row (`| Babajide Coker |
        // Integrated Care Board | Designated Nurse |`).
        // `| Date | Officer |` over `| 2024-05-20 | Bikash Rai |`, or `| Officer | Shona Eckley |
        // Dilwyn Gwatkin |`: a cell under a role's heading, or in a row a role labels.
        var columns = TableColumns(text)
        for i in tokens.indices where tokens[i].kind == .other && at(text, i) == "|" {
            // (The pair first: most cells are no name, and a wide table's headings cost a row's read.)
            guard let first = nextWordAcrossSpace(text, i + 1), let second = NameMatching.nextWord(text, after: first),
                let bar = nextOther(text, after: second), at(text, bar) == "|",
                !out.contains(where: { $0.first == first }), let found = pair(text, first, cell: true),
                roleInRow(text, after: bar) || headedByRole(columns.headings(at: text.tokens[first].start))
            else { continue }
            out.append(found)
        }
        // `Huw Garbett BVSc MRCVS`, `Dr Anjali Rao, MBBS`: a name before the letters of a degree
        // or a professional body.
        for i in tokens.indices where tokens[i].kind == .word && isPostNominal(text, i) {
            var j = i - 1
            while j >= 0, tokens[j].kind == .space || tokens[j].kind == .other && at(text, j) == "," { j -= 1 }
            guard j >= 0, tokens[j].kind == .word, !isPostNominal(text, j),
                let first = NameMatching.previousWord(text, before: j), NameMatching.nextWord(text, after: first) == j,
                !out.contains(where: { $0.first == first }), let found = pair(text, first), found.second == j
            else { continue }
            out.append(found)
        }
        // `named Yasmin as Nargis Mahroof`, `recorded her as Dilan Korkmaz`: what a record or
        // a report called someone.
        let asKey = WordList.key(of: "as")
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].end - tokens[i].start == 2 {
            guard text.wordKeys[i] == asKey, recordedBefore(text, i),
                let first = NameMatching.nextWord(text, after: i) ?? afterQuote(text, i),
                !out.contains(where: { $0.first == first }),
                let found = pair(text, first)
            else { continue }
            out.append(found)
        }
        // "her friend Nasima Rahman": a role written straight before the name.
        for i in tokens.indices
        where tokens[i].kind == .word && !text.scalars[tokens[i].start].isScanUppercase && i + 2 < tokens.count
            && tokens[i + 1].kind == .space && tokens[i + 2].kind == .word
            && (text.scalars[tokens[i + 2].start].isScanUppercase || tokens[i + 2].end - tokens[i + 2].start <= 3)
        {
            // `Its worker for the east is Hermione Blackstock`: the role, then is or was.
            guard isRole(text, i), var n = NameMatching.nextWord(text, after: i) else { continue }
            if ["is", "was"].contains(NameMatching.word(text, n)), let m = NameMatching.nextWord(text, after: n) { n = m }
            guard
                let found = pair(text, n), !out.contains(where: { $0.first == found.first })
            else { continue }
            out.append(found)
        }
        return out
    }

    /// Whether the `,` or `:` at token `i` may introduce a name: a colon ends a label; a
    /// comma must follow a role ("a social worker,").
    private static func introducesName(_ text: ScanText, _ i: Int) -> Bool {
        if at(text, i) == ":" {
            // (`21:14`: a time's colon labels nothing.)
            if i > 0, i + 1 < text.tokens.count, text.tokens[i - 1].kind == .number, text.tokens[i + 1].kind == .number {
                return false
            }
            // "Lead for the Police:", "Owner:", "Name:" but not "Location:".
            var j = i - 1, words = 0
            while j >= 0, words < 5, text.tokens[j].kind != .newline {
                if text.tokens[j].kind == .word {
                    words += 1
                    if isRole(text, j) || isLabel(text, j) { return true }
                }
                j -= 1
            }
            return false
        }
        guard i > 0, text.tokens[i - 1].kind == .word || text.tokens[i - 1].kind == .number else { return false }
        return (text.tokens[i - 1].kind == .word && isRole(text, i - 1)) || qualifiedRole(text, before: i)
    }

    /// `a student nurse on placement in 2022,`, `the relief pharmacist on duty,`, `a
    /// community worker at the gurdwara in Lindthorpe,`: a role, then up to six lower-case
    /// words, numbers or places, then the comma at `i`. The name must then be followed by a
    /// comma too (checked in `pair`).
    private static func qualifiedRole(_ text: ScanText, before i: Int) -> Bool {
        var j = i - 1, words = 0
        while j >= 0, words <= 6 {
            let t = text.tokens[j]
            switch t.kind {
            case .space: break
            case .number: words += 1
            case .word:
                words += 1
                if words > 1, isRole(text, j) { return true }
                // (Only a capitalised word ends the search: its scalars are read before any string
                // is made; issue 16.)
                guard text.scalars[t.start].isScanUppercase,
                    text.scalars[(t.start + 1)..<t.end].contains(where: { $0.isScanLowercase })
                else { break }
                // `in Lindthorpe`: a capitalised word after `in`, `at` or `from` is a place.
                let w = NameMatching.word(text, j)
                let afterPreposition = NameMatching.previousWord(text, before: j).map {
                    ["in", "at", "from"].contains(NameMatching.word(text, $0))
                }
                // `from the Kurdish community,`: after `the` and before a lower-case word, a
                // capitalised word describes (not `the old Indian films,`); so do two (`booked for
                // the Haven Line appointment,`; development set 63).
                let describes = [j, NameMatching.previousWord(text, before: j)].contains { start in
                    guard let start, start == j || NameMatching.isCapitalised(NameMatching.word(text, start)) else {
                        return false
                    }
                    return j + 2 < i && text.tokens[j + 1].kind == .space && text.tokens[j + 2].kind == .word
                        && !NameMatching.isCapitalised(NameMatching.word(text, j + 2))
                        && NameMatching.previousWord(text, before: start).map { NameMatching.word(text, $0) } == "the"
                }
                if NameMatching.isCapitalised(w), !UKPlaces.words.contains(NameMatching.fold(w)), afterPreposition != true,
                    !describes
                {
                    return false
                }
            default: return false
            }
            j -= 1
        }
        return false
    }

    private static let roleHashes = HashSet64(roles.map(WordHash.lowercased))

    /// Whether the word at token `i` is a role; hashed first, so most words make no string.
    static func isRole(_ text: ScanText, _ i: Int) -> Bool {
        let t = text.tokens[i]
        return roleHashes.contains(WordHash.lowercased(text.scalars, t.start..<t.end))
            && roles.contains(NameMatching.word(text, i).lowercased())
    }

    /// Labels whose value is a person ("Name:", "Attendees:").
    static let labels: Set<String> = ["name", "names", "attendee", "attendees", "contact", "present", "signed", "from", "to"]
    private static let labelHashes = HashSet64(labels.map(WordHash.lowercased))

    /// Whether the word at token `i` is one of `labels`; hashed first, as `isRole`.
    private static func isLabel(_ text: ScanText, _ i: Int) -> Bool {
        let t = text.tokens[i]
        return labelHashes.contains(WordHash.lowercased(text.scalars, t.start..<t.end))
            && labels.contains(NameMatching.word(text, i).lowercased())
    }

    /// `Zozan Tekin, a neighbour`: an article or `her`/`his`/`their` at token `k`, then a role.
    private static func articleThenRole(_ text: ScanText, _ k: Int) -> Bool {
        guard ["a", "an", "her", "his", "their"].contains(NameMatching.word(text, k)),
            let n = NameMatching.nextWord(text, after: k)
        else { return false }
        return isRole(text, n)
    }

    /// The first token after `k` that is not a space, if it is punctuation.
    private static func nextOther(_ text: ScanText, after k: Int) -> Int? {
        var j = k + 1
        while j < text.tokens.count, text.tokens[j].kind == .space { j += 1 }
        return j < text.tokens.count && text.tokens[j].kind == .other ? j : nil
    }

    /// Whether a column's heading or a row's first cell is one or two words ending in a role
    /// or a label whose value is a person (`Officer`, `Welfare officer`, `Name`).
    private static func headedByRole(_ headings: (column: String?, row: String?)) -> Bool {
        [headings.column, headings.row].contains { cell in
            guard let cell else { return false }
            let words = cell.split(separator: " ")
            guard (1...2).contains(words.count), let last = words.last.map(String.init) else { return false }
            return roles.contains(last) || labels.contains(last)
        }
    }

    /// Whether one of the next four cells of the row, from the `|` at `bar`, is a role cell.
    private static func roleInRow(_ text: ScanText, after bar: Int) -> Bool {
        var b = bar
        for _ in 0..<4 {
            if roleCell(text, after: b) { return true }
            var j = b + 1
            while j < text.tokens.count, text.tokens[j].kind != .newline, !(text.tokens[j].kind == .other && at(text, j) == "|") {
                j += 1
            }
            guard j < text.tokens.count, text.tokens[j].kind == .other else { return false }
            b = j
        }
        return false
    }

    /// Whether the table cell after the `|` at `bar` holds one to three words ending in a
    /// role (`Ex-wife`, `Neighbour`, `Family friend`) and nothing else.
    private static func roleCell(_ text: ScanText, after bar: Int) -> Bool {
        var j = bar + 1, words = 0, lastRole = false, anyRole = false
        while j < text.tokens.count {
            let t = text.tokens[j]
            if t.kind == .word {
                words += 1
                // `Head of Tenancy Services, Moorland Homes`, `Named GP for safeguarding adults`: a
                // job title leading a longer cell.
                if isRole(text, j), case let w = NameMatching.word(text, j),
                    words == 1 && NameMatching.isCapitalised(w) || words == 2 && isInitials(text, j)
                {
                    anyRole = true
                }
                // `Ex-wife` is one role written as three tokens.
                let joined = j >= 2 && at(text, j - 1) == "-" && text.tokens[j - 2].kind == .word
                lastRole =
                    isRole(text, j)
                    || (joined
                        && roles.contains(
                            (NameMatching.word(text, j - 2) + "-" + NameMatching.word(text, j)).lowercased()))
            } else if t.kind == .other, at(text, j) == "|" {
                return words >= 1 && words <= 3 && lastRole || words <= 8 && anyRole
            } else if t.kind == .newline || (t.kind == .other && !"-,'\u{2019}&".unicodeScalars.contains(at(text, j))) {
                return false
            }
            j += 1
        }
        return false
    }

    /// The two words' indices when `first` and the word after it make such a name.
    private static func pair(_ text: ScanText, _ first: Int, cell: Bool = false) -> (first: Int, second: Int)? {
        guard let second = NameMatching.nextWord(text, after: first) else { return nil }
        // `a volunteer, Ikram Shire, who…`: between commas, or alone in a table cell, the
        // surname may be a word or a place too (`a student nurse, Imogen Tadcaster,`,
        // `| Lowenna Hicks | Service manager |`).
        let enclosed =
            cell || first >= 2 && at(text, first - 2) == "," && second + 1 < text.tokens.count && at(text, second + 1) == ","
        // After a role with words between (`a community worker at the gurdwara in Lindthorpe,`)
        // only a name between commas counts, or one of two words no dictionary or gazetteer
        // knows that ends a sentence (`named the friend who organised the collection, Sólja
        // Mikkelsen.`; development set 63).
        let endsSentence =
            second + 1 < text.tokens.count && at(text, second + 1) == "." && unknownWord(text, first)
            && unknownWord(text, second)
        if first >= 3, at(text, first - 2) == ",", !(text.tokens[first - 3].kind == .word && isRole(text, first - 3)),
            !enclosed, !endsSentence, qualifiedRole(text, before: first - 2)
        {
            return nil
        }
        // (`| Lesya's Monzo |` under `From`: a possessive makes the next word a thing of hers,
        // a bank; development set 46.)
        if NameMatching.stripPossessive(NameMatching.word(text, first)).possessive { return nil }
        for k in [first, second] {
            let word = NameMatching.word(text, k)
            // (`| Both CSPs |` under `To`: letters in the plural, `CSPs`, `GPs`, are no name;
            // development set 44.)
            guard word.count >= 2, NameMatching.isCapitalised(word), !isInitials(text, k), !NameMatching.isLettersPlural(word)
            else { return nil }
            let folded = NameMatching.fold(word)
            let ordinary = englishWords.contains(word.lowercased()) || englishWords.contains(folded)
            let place = UKPlaces.words.contains(folded) && !(enclosed && k == second)
            // `her friend from the group, Peony Wragsby, told`: between commas, a first name
            // may be a word too when the surname is no word or place.
            let wordName = enclosed && k == first && unknownWord(text, second)
            // (`| Severnside Fulfilment |` under `Lead`: a firm; development set 44.)
            if (ordinary && !(enclosed && k == second) && !wordName) || NameContextWords.placeOrAgency.contains(folded)
                || NameContextWords.businessWords.contains(folded)
                || NameContextWords.notSurname.contains(folded) || NameContextWords.weekdays.contains(folded)
                || NameContextWords.welshPlaceWords.contains(folded) || place
                || FirstNames.months.contains(word) || TitledNameRule.isTitle(word)
                // (`| Sport Charnfordshire |`: a word, then a county, as its ending says; not
                // `Zubeida Shire` nor `Emma Wiltshire`; development set 67.)
                || k == second && folded.count > 8 && folded.hasSuffix("shire")
                    && englishWords.contains(NameMatching.word(text, first).lowercased())
                || FirstNames.notNames.contains(word) && !(k == second && FirstNames.alsoSurnames.contains(word))
            {
                return nil
            }
        }
        // Known given names are the main rule's; a third capitalised word makes an organisation.
        if FirstNames.kind(of: NameMatching.word(text, first)) != nil { return nil }
        // `| Deputy Headteacher | Panel member |`: a role is no given name; `| Duty Mgr |`: nor is a
        // role written short a surname (development set 42).
        if isRole(text, first) { return nil }
        if isRole(text, second), !englishWords.contains(NameMatching.word(text, second).lowercased()) { return nil }
        let words = [first, second].map { NameMatching.fold(NameMatching.word(text, $0)) }
        if NameContextWords.organisationsNamedLikePeople.contains(words) { return nil }
        // (`To: Matthias Kreuzberger Subject: RE …`: a header's lines run together, the third
        // word the next field's label; development set 67.)
        if let third = NameMatching.nextWord(text, after: second), NameMatching.isCapitalised(NameMatching.word(text, third)),
            !isPostNominal(text, third),
            !(third + 1 < text.tokens.count && text.tokens[third + 1].kind == .other && at(text, third + 1) == ":")
        {
            // `her friend Bhim Kumari Pun, who`: three words, the first two no English word,
            // then a comma or a full stop, are a name of three.
            let folded = NameMatching.fold(NameMatching.word(text, third))
            guard third + 1 < text.tokens.count, text.tokens[third + 1].kind == .other,
                ",.;".unicodeScalars.contains(at(text, third + 1)),
                unknownWord(text, first), unknownWord(text, second),
                !NameContextWords.placeOrAgency.contains(folded), !NameContextWords.businessWords.contains(folded),
                !NameContextWords.houseWords.contains(folded), !NameContextWords.placeEndings.contains(folded)
            else { return nil }
            return (first, third)
        }
        return (first, second)
    }

    /// The word after `as "` (an opening quote): `named in the police IMR as "Jintana Phromma"`.
    private static func afterQuote(_ text: ScanText, _ i: Int) -> Int? {
        guard i + 3 < text.tokens.count, text.tokens[i + 1].kind == .space, text.tokens[i + 2].kind == .other,
            "\"\u{201C}'\u{2018}".unicodeScalars.contains(at(text, i + 2)), text.tokens[i + 3].kind == .word
        else { return nil }
        return i + 3
    }

    /// Whether `named`, `recorded`, `listed` or `registered` is among the six words before
    /// the `as` at token `i`, within its sentence (`named in the police IMR as`).
    private static func recordedBefore(_ text: ScanText, _ i: Int) -> Bool {
        var j = i
        for _ in 0..<6 {
            guard let p = NameMatching.previousWord(text, before: j) else { return false }
            if StructuredScan.index(text, token: p, in: recordWords) != nil { return true }
            j = p
        }
        return false
    }
    private static let recordWords: WordList = ["named", "recorded", "listed", "registered", "identified", "booked"]

    /// Letters after a name for a degree, a registration or an honour, as written.
    static let postNominals: Set<String> = [
        "BVSc", "BVMS", "BVetMed", "MRCVS", "FRCVS", "MBBS", "MBChB", "BMBS", "MRCGP", "FRCGP", "MRCP", "FRCP", "MRCS",
        "FRCS", "MRCPsych", "FRCPsych", "MRCOG", "FRCOG", "MRCPCH", "FRCPCH", "DCH", "DRCOG", "BDS", "RGN", "RMN", "RNLD",
        "RSCN", "RHV", "RM", "SCPHN", "BSc", "MSc", "BA", "MA", "PhD", "DPhil", "LLB", "LLM", "MBA", "DClinPsy", "CQSW",
        "DipSW", "PGCE", "QC", "KC", "OBE", "MBE", "CBE", "JP", "CPsychol", "AFBPsS", "MBACP", "UKCP",
    ]

    private static func isPostNominal(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        return t.end - t.start >= 2 && t.end - t.start <= 8 && postNominals.contains(NameMatching.word(text, k))
    }

    /// Whether the word at `k` is neither an English word nor a place's.
    private static func unknownWord(_ text: ScanText, _ k: Int) -> Bool {
        let word = NameMatching.word(text, k)
        let folded = NameMatching.fold(word)
        return word.count >= 2 && !englishWords.contains(word.lowercased()) && !englishWords.contains(folded)
            && !UKPlaces.words.contains(folded)
    }

    private static func at(_ text: ScanText, _ i: Int) -> Unicode.Scalar { text.scalars[text.tokens[i].start] }

    /// All capitals ("IDVA", "CSC"): an agency's initials, not a name.
    private static func isInitials(_ text: ScanText, _ i: Int) -> Bool {
        let t = text.tokens[i]
        return t.end - t.start >= 2 && text.scalars[t.start..<t.end].allSatisfy { $0.isScanUppercase }
    }

    /// The word after token `i`, across spaces only.
    private static func nextWordAcrossSpace(_ text: ScanText, _ i: Int) -> Int? {
        var j = i
        while j < text.tokens.count, text.tokens[j].kind == .space { j += 1 }
        return j < text.tokens.count && text.tokens[j].kind == .word ? j : nil
    }
}
