import ReviewSiteCore

/// A named small employer with a job: after `as a` or `was` and the job, before `as a` and the job, before
/// `, where` someone was a job or the only one of it, and a record's job, a comma and the employer. Public
/// bodies, large chains and agencies stay quiet; care homes count as small employers.
extension QuasiIdentifierRule {
    /// After `was a`: what someone is somewhere, not their job there.
    static let notJobs: Set<String> = [
        "regular", "customer", "patient", "guest", "visitor", "member", "client", "tenant", "resident", "pupil",
        "student", "passenger", "user", "inpatient", "outpatient", "friend", "neighbour", "stranger", "victim",
    ]

    static let jobJoiners = ["at", "for", "with"]

    /// Employers that identify nobody: public bodies and large chains.
    static let largeEmployers: Set<String> = [
        "nhs", "police", "constabulary", "council", "trust", "hospital", "hospitals", "school", "academy", "college",
        "university", "service", "services", "prison", "probation", "government", "department", "ministry", "army",
        "navy", "raf", "tesco", "asda", "sainsbury's", "sainsburys", "morrisons", "aldi", "lidl", "amazon", "mcdonald's",
        "royal", "mail", "post", "office", "network", "rail", "railway", "airport", "bbc", "itv", "ambulance", "fire",
        "rescue", "hmrc", "dwp", "jobcentre", "boots", "primark", "argos", "greggs", "costa", "starbucks", "nando's",
        "kfc", "b&q", "ikea", "marks", "spencer", "next", "co-op", "coop", "waitrose", "iceland", "bupa", "serco",
        // `a teaching assistant at the Hollingreave further-education campus` (development set 83).
        "campus",
    ]

    /// `Kirkgate Alterations, where Nadia was the only seamstress`, `the Wendleby agricultural
    /// merchants, where he was the only forklift driver`: a named employer with one of a job.
    func onlyWorker(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        let t = text.tokens[k]
        guard StructuredScan.capitalised(text, t), !NameMatching.startsSentence(text, k) else { return nil }
        // Up to four words to `, where`.
        var j = k, words = 0
        while j + 1 < text.tokens.count, words < 5, !isComma(text, j + 1) {
            j += 1
            if text.tokens[j].kind == .word { words += 1 }
            if text.tokens[j].kind == .other || text.tokens[j].kind == .newline { return nil }
        }
        guard isComma(text, j + 1), let w = NameMatching.nextWord(text, after: j + 1), word(text, w) == "where" else {
            return nil
        }
        // `the only` within six words, then the job's one or two words.
        var m = w
        for _ in 0..<6 {
            guard let n = NameMatching.nextWord(text, after: m) else { return nil }
            m = n
            if word(text, m) == "only", let p = NameMatching.previousWord(text, before: m), word(text, p) == "the" {
                guard var end = NameMatching.nextWord(text, after: m) else { return nil }
                if let more = NameMatching.nextWord(text, after: end), word(text, more)?.first?.isLowercase == true,
                    !["in", "at", "for", "and", "who", "on", "of", "there", "to"].contains(word(text, more) ?? "")
                {
                    end = more
                }
                return (k, end)
            }
        }
        return nil
    }

    /// `head chef`, `manager`, `barista`, `technician`: a job's word, by the list or its ending.
    static func looksLikeJob(_ word: String) -> Bool {
        if jobNouns.words.contains(word) { return true }
        if notJobEndings.contains(word) { return false }
        return jobEndings.contains { word.hasSuffix($0) }
    }

    private static let jobEndings = ["er", "or", "ist", "ian", "man", "woman", "ess", "chef", "cook", "nurse", "clerk"]

    private static let notJobEndings: Set<String> = [
        "later", "never", "ever", "over", "after", "under", "other", "rather", "either", "neither", "together",
        "further", "earlier", "better", "longer", "older", "younger", "sooner", "for", "or", "minor", "poor",
    ]

    /// Small words that end the words describing an employer's name.
    static let clauseWords: Set<String> = [
        "as", "a", "an", "the", "and", "or", "for", "in", "on", "at", "to", "of", "with", "when", "where", "who", "which",
        "from", "until", "since", "but", "was", "is",
    ]

    /// Jobs that, with a named small employer, point at one person.
    static let jobNouns: WordList = [
        "driver", "foreman", "forewoman", "receptionist", "cleaner", "carer", "picker", "packer", "supervisor", "technician",
        "chef", "cook", "waiter", "waitress", "barman", "barmaid", "bartender", "mechanic", "labourer", "porter",
        "storeman", "warehouseman", "forklift", "fitter", "electrician", "plumber", "joiner", "builder", "hairdresser",
        "stylist", "barber", "beautician", "therapist", "dispenser", "pharmacist", "nurse", "assistant", "operative",
        "apprentice", "trainee", "administrator", "secretary", "bookkeeper", "accountant", "cashier", "manager",
        "owner", "leader", "handler", "groundsman", "gardener", "caretaker", "housekeeper", "nanny", "childminder",
        // `the yard hand at Hollins Scrap Metal`, `a machinist at …`.
        "hand", "operator", "attendant", "courier", "loader", "sorter", "welder", "machinist", "seamstress", "tailor",
        "butcher", "baker", "florist", "valeter", "steward", "stewardess", "shopkeeper", "glazier", "roofer", "painter",
        "decorator", "plasterer", "bricklayer", "tiler", "scaffolder",
        // `the piano accompanist at the Lydmarsh Academy of Dance`: one teacher among few.
        "accompanist", "instructor",
        // `on the till at Stonecross Farm Shop`: where in a shop someone works.
        "till", "checkout",
        // `key-holder at Brightwater Valeting`: the one trusted with the keys (development set 27).
        "holder", "keyholder",
        // `the park warden at Porthcarrow Sands` (development set 29).
        "warden",
        // `a night-shift checker at …` (development set 31).
        "checker", "inspector", "controller", "dispatcher",
    ]

    /// Jobs that run a place, named after `of`: `the deputy manager of Sutton Lodge care home`
    /// (development set 31).
    static let jobsOf: WordList = ["manager", "owner", "supervisor"]

    /// "HGV driver for Hebden Haulage", "site foreman for Glyndŵr Groundworks Ltd", "the
    /// senior receptionist at the Meadowsweet Dental Practice": a job word, `at` or `for`,
    /// and a named small employer.
    func jobAtEmployer(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        let t = text.tokens[k]
        // The cheap tests first: `at` or `for` next (or after a team), then the job word itself.
        guard t.end - t.start <= 13, k + 2 < text.tokens.count, text.tokens[k + 1].kind == .space,
            (2...3).contains(text.tokens[k + 2].end - text.tokens[k + 2].start),
            let j = atOrFor(text, k + 2) ?? afterTeam(text, k + 2) ?? of(text, k + 2, job: k),
            !StructuredScan.capitalised(text, t), StructuredScan.index(text, token: k, in: Self.jobNouns) != nil
        else { return nil }
        var at = j
        if let the = NameMatching.nextWord(text, after: j), word(text, the) == "the" { at = the }
        // After `of`, not a person's (`the supervisor of Yana's picking team`) or a people's
        // (`a restaurant owner of Turkish Cypriot heritage`).
        if StructuredScan.equals(text, token: j, ofKey), let first = NameMatching.nextWord(text, after: at),
            NameMatching.stripPossessive(NameMatching.word(text, first)).possessive
                || NameContextWords.languages.contains(NameMatching.fold(NameMatching.word(text, first)))
        {
            return nil
        }
        if let school = fewAtSchool(text, job: k, after: at) { return school }
        let found = capitalisedEmployer(text, after: at)
        if StructuredScan.equals(text, token: j, ofKey), let found, !namedLikeAPlace(text, found.0, found.1) { return nil }
        return found
    }

    /// Jobs a school has one or two of: with the school's name they point at one person,
    /// though a school is a large employer for its teachers.
    static let fewPerSchool: WordList = [
        "cook", "chef", "caretaker", "receptionist", "secretary", "bursar", "janitor", "groundsman", "librarian",
    ]

    /// `the school cook at Stourfield Church of England Primary School` (development set 32):
    /// one of `fewPerSchool` at a school named by more than what kind it is.
    private func fewAtSchool(_ text: ScanText, job k: Int, after at: Int) -> (Int, Int)? {
        guard StructuredScan.index(text, token: k, in: Self.fewPerSchool) != nil,
            let first = NameMatching.nextWord(text, after: at), let fw = word(text, first), NameMatching.isCapitalised(fw),
            !Self.genericSchoolWords.contains(NameMatching.fold(fw))
        else { return nil }
        var n = first
        for _ in 0..<8 {
            guard let w = word(text, n) else { return nil }
            let folded = NameMatching.fold(w)
            if folded == "school" || folded == "academy" || folded == "nursery" { return (first, n) }
            // The words of a school's name: capitalised, or `of`, `and`, `the` within it.
            guard NameMatching.isCapitalised(w) || ["of", "and", "the"].contains(folded),
                let next = NameMatching.nextWord(text, after: n), next == n + 2
            else { return nil }
            n = next
        }
        return nil
    }

    /// Whether the employer from token `first` to `last` is named like a place or a firm
    /// (`Sutton Lodge`, `Marshfield Produce`), not like a team or a department: after `of` or a
    /// comma, those are made of English words (`the manager of Public Protection`, `Inspector,
    /// Safeguarding Adults`, `Manager, Carers Support Sandmere`).
    private func namedLikeAPlace(_ text: ScanText, _ first: Int, _ last: Int) -> Bool {
        // (Plurals and possessives too: `Children's Front Door`.)
        let word = NameMatching.stripPossessive(NameMatching.word(text, first)).base.lowercased()
        let english = NameAfterRole.englishWords
        if english.contains(word) || word.hasSuffix("s") && english.contains(String(word.dropLast())) { return false }
        return !(first...last).contains { k in
            text.tokens[k].kind == .word && Self.departmentWords.contains(NameMatching.fold(NameMatching.word(text, k)))
        }
    }

    static let departmentWords: Set<String> = ["support", "safeguarding", "protection", "prevention", "governance"]

    /// `Occupation: packer, Marshfield Produce, Gedney Fen, nights`, `| Senior care assistant,
    /// Gwel an Mor Care Home |`: a record's job, a comma and the employer, the job first in
    /// its line, cell or field (development set 31; sets 28 and 29 wrote it so too). Not in
    /// running text, where `the cleaner, Maria,` names a person.
    func jobCommaEmployer(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        let tokens = text.tokens
        guard tokens[k].end - tokens[k].start <= 13, k + 1 < tokens.count, tokens[k + 1].kind == .other,
            text.scalars[tokens[k + 1].start] == ",", StructuredScan.index(text, token: k, in: Self.jobNouns) != nil
        else { return nil }
        // Back past up to three words of the job (`Senior care`) to what stands before it.
        var start = k
        for _ in 0..<3 {
            // (`previousWord` stops at a line break.)
            guard let p = NameMatching.previousWord(text, before: start) else { break }
            // (`She said the cleaner, Maria Lopez,`: a sentence, not a record's field.)
            if NameContextWords.notSurname.contains(NameMatching.fold(NameMatching.word(text, p))) { return nil }
            start = p
        }
        var b = start - 1
        while b >= 0, tokens[b].kind == .space { b -= 1 }
        guard
            b < 0 || tokens[b].kind == .newline
                || (tokens[b].kind == .other && "|:".unicodeScalars.contains(text.scalars[tokens[b].start]))
        else { return nil }
        // (`| cleaner, Maria Lopez |`: a person, whose given name the lists know.)
        guard let found = capitalisedEmployer(text, after: k + 1), namedLikeAPlace(text, found.0, found.1),
            FirstNames.kind(of: NameMatching.word(text, found.0)) == nil
        else { return nil }
        return found
    }

    /// `of` at `k` after a job in `jobsOf`.
    private func of(_ text: ScanText, _ k: Int, job: Int) -> Int? {
        StructuredScan.equals(text, token: k, ofKey) && StructuredScan.index(text, token: job, in: Self.jobsOf) != nil ? k : nil
    }

    private func atOrFor(_ text: ScanText, _ k: Int) -> Int? {
        StructuredScan.equals(text, token: k, atKey) || StructuredScan.equals(text, token: k, forKey) ? k : nil
    }

    /// `picker in team 6 at`, `supervisor of team 6 at` (development set 29): the unit a job
    /// is done in, between the job and its employer; the token of `at` or `for`.
    private func afterTeam(_ text: ScanText, _ k: Int) -> Int? {
        guard StructuredScan.index(text, token: k, in: Self.unitJoiners) != nil,
            let unit = NameMatching.nextWord(text, after: k), StructuredScan.index(text, token: unit, in: Self.workUnits) != nil,
            unit + 2 < text.tokens.count, text.tokens[unit + 1].kind == .space, text.tokens[unit + 2].kind == .number,
            unit + 4 < text.tokens.count, text.tokens[unit + 3].kind == .space
        else { return nil }
        return atOrFor(text, unit + 4)
    }

    static let unitJoiners: WordList = ["in", "of", "on"]
    static let workUnits: WordList = ["team", "crew", "shift", "gang", "line", "squad"]

    /// "worked at Jay's Barbers as a stylist": the employer first, then `as a` and a job.
    func employerThenJob(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        guard
            StructuredScan.equals(text, token: k, atKey) || StructuredScan.equals(text, token: k, forKey)
                || (StructuredScan.equals(text, token: k, fromKey) && leftAJob(text, before: k)),
            let (first, last) = capitalisedEmployer(text, after: theAfter(text, k)),
            let a = NameMatching.nextWord(text, after: pastEmployersPlace(text, last)), word(text, a) == "as",
            let b = NameMatching.nextWord(text, after: a), let bw = word(text, b)
        else { return nil }
        // (`as head chef`: a job's rank with no article; development set 84.)
        if Self.jobRanks.contains(bw), let j = NameMatching.nextWord(text, after: b), word(text, j)?.first?.isLowercase == true {
            return (first, last)
        }
        guard bw == "a" || bw == "an",
            let j = NameMatching.nextWord(text, after: b), let jw = word(text, j), jw.first?.isLowercase == true,
            !Self.notJobs.contains(jw), !Self.lifeStages.contains(jw)
        else { return nil }
        return (first, last)
    }

    /// Words that rank a job, written before it with no article (`as head chef`, `as senior carer`).
    static let jobRanks: Set<String> = ["head", "senior", "deputy", "assistant", "chief", "sous", "trainee", "junior"]

    /// After `as a`: who someone was then, not a job (`came from Somalia as a refugee`, `at the
    /// Urdd Eisteddfod as a girl`).
    static let lifeStages: Set<String> = [
        "teenager", "teen", "child", "girl", "boy", "baby", "toddler", "youngster", "young", "refugee", "adult",
        "bride", "widow", "widower", "woman", "man", "family", "couple", "migrant", "asylum", "schoolgirl",
        "schoolboy", "newborn", "infant", "kid",
    ]

    /// Whether `from` at token `k` follows leaving a job (`dismissed from`, `made redundant
    /// from`): `came from Poland as a seasonal worker` is where someone came from.
    private func leftAJob(_ text: ScanText, before k: Int) -> Bool {
        guard let p = NameMatching.previousWord(text, before: k) else { return false }
        return StructuredScan.index(text, token: p, in: Self.leftJobWords) != nil
    }

    static let leftJobWords: WordList = [
        "dismissed", "sacked", "fired", "resigned", "retired", "redundant", "suspended", "off",
    ]

    /// Token `k`, or the `the` right after it (`worked at the Golden Lantern`).
    private func theAfter(_ text: ScanText, _ k: Int) -> Int {
        guard let n = NameMatching.nextWord(text, after: k), word(text, n) == "the" else { return k }
        return n
    }

    /// Where the employer ending at token `last` is, before the job (development set 26): its
    /// trade (`the Golden Lantern takeaway`), then `on` or `in` and up to five words to a comma
    /// (`on Scarside high street,`) or a town between commas (`Pennine Tyre & Exhaust,
    /// Brackenholt,`). The token to read on from: the last comma, or `last` if none of these.
    private func pastEmployersPlace(_ text: ScanText, _ last: Int) -> Int {
        var at = last
        if let n = NameMatching.nextWord(text, after: at), let w = word(text, n), NameContextWords.businessWords.contains(w) {
            at = n
        } else if let home = careHomeWords(text, after: at) {
            at = home
        }
        if isComma(text, at + 1), let town = NameMatching.nextWord(text, after: at + 1),
            StructuredScan.capitalised(text, text.tokens[town])
        {
            var end = town
            if let n = NameMatching.nextWord(text, after: town), StructuredScan.capitalised(text, text.tokens[n]) { end = n }
            return isComma(text, end + 1) ? end + 1 : last
        }
        guard let on = NameMatching.nextWord(text, after: at), word(text, on) == "on" || word(text, on) == "in" else {
            return at
        }
        var j = on
        for _ in 0..<5 {
            guard let n = NameMatching.nextWord(text, after: j) else { return at }
            if isComma(text, n + 1) { return n + 1 }
            j = n
        }
        return at
    }

    /// "a small cleaning firm, Sparkle Estuary Cleaning, where she was a team leader": a named
    /// employer after a comma, then `, where` someone `was` or `worked as` a job (from token
    /// `k`, the employer's first word).
    func employerWhereJob(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        guard StructuredScan.capitalised(text, text.tokens[k]) else { return nil }
        var p = k - 1
        while p >= 0, text.tokens[p].kind == .space { p -= 1 }
        guard p >= 0, text.tokens[p].kind == .other, text.scalars[text.tokens[p].start] == ",",
            let (first, last) = capitalisedEmployer(text, after: p), first == k,
            last + 1 < text.tokens.count, text.tokens[last + 1].kind == .other, text.scalars[text.tokens[last + 1].start] == ",",
            let w = NameMatching.nextWord(text, after: last + 1), word(text, w) == "where",
            let who = NameMatching.nextWord(text, after: w), ["she", "he", "they"].contains(word(text, who) ?? ""),
            var at = NameMatching.nextWord(text, after: who), ["was", "worked", "is", "works"].contains(word(text, at) ?? "")
        else { return nil }
        for _ in 0..<4 {
            guard let n = NameMatching.nextWord(text, after: at), let nw = word(text, n), nw.first?.isLowercase == true else {
                return nil
            }
            if Self.looksLikeJob(nw) { return (first, last) }
            guard ["as", "a", "an", "the", "team", "shift", "night", "senior", "head", "deputy"].contains(nw) else { return nil }
            at = n
        }
        return nil
    }

    /// "as a mechanic at Greenway Motors", "was head chef at The Plough Inn": `as`, `was`
    /// or `is`, an optional `a`/`an`, one to three lower-case words, `at`/`for`/`with`, and
    /// a capitalised run of one to four words, not a large employer.
    func employer(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        guard
            StructuredScan.equals(text, token: k, asKey) || StructuredScan.equals(text, token: k, wasKey)
                || StructuredScan.equals(text, token: k, isKey),
            let a = NameMatching.nextWord(text, after: k), let aw = word(text, a), aw.first?.isLowercase == true
        else { return nil }
        // `as a mechanic`; after `was`/`is` the article may be left out (`was head chef`).
        let article = aw == "a" || aw == "an"
        if !article, StructuredScan.equals(text, token: k, asKey) { return nil }
        // `was seen at`, `was living with`: a verb, not a job.
        if !article, aw.hasSuffix("ed") || aw.hasSuffix("ing") || aw.hasSuffix("en") || aw.count < 3 { return nil }
        // `was a regular at The Kettle`: not a job.
        if article, !StructuredScan.equals(text, token: k, asKey), let j = NameMatching.nextWord(text, after: a),
            let jw = word(text, j), Self.notJobs.contains(jw)
        {
            return nil
        }
        var at = article ? a : k
        var jobWords = 0, lastJobWord = ""
        while jobWords < 4 {
            guard let n = NameMatching.nextWord(text, after: at), let nw = word(text, n),
                nw.first?.isLowercase == true
            else { return nil }
            at = n
            if jobWords > 0, Self.jobJoiners.contains(nw) { break }
            lastJobWord = nw
            jobWords += 1
        }
        guard let jw = word(text, at), Self.jobJoiners.contains(jw), article || jw != "with" else { return nil }
        // `what it was like for Traveller women`: without an article, only a job's word.
        if !article, !Self.looksLikeJob(lastJobWord) { return nil }
        return capitalisedEmployer(text, after: at)
    }

    /// The capitalised run of one to four words after token `at` (a leading `The` kept),
    /// unless it names a large employer or an agency.
    private func capitalisedEmployer(_ text: ScanText, after at: Int) -> (Int, Int)? {
        guard let first = NameMatching.nextWord(text, after: at), let fw = word(text, first), NameMatching.isCapitalised(fw)
        else { return nil }
        var last = first
        var words = [fw]
        while words.count < 4 {
            if let n = NameMatching.nextWord(text, after: last), let nw = word(text, n), nw.first?.isUppercase == true {
                last = n
                words.append(nw)
            } else if last + 4 < text.tokens.count, text.tokens[last + 1].kind == .space,
                text.scalars[text.tokens[last + 2].start] == "&", let n = NameMatching.nextWord(text, after: last + 2),
                let nw = word(text, n), nw.first?.isUppercase == true
            {
                // `Pennine Tyre & Exhaust`.
                last = n
                words.append(nw)
            } else {
                break
            }
        }
        // `interpreted for Leyla`: a person, not an employer.
        if words.count == 1, FirstNames.kind(of: fw) != nil { return nil }
        // (`at the Hollingreave further-education campus`: a large employer's word in lower case
        // right after the name, the words between describing it; not `at Kettlebrook as an
        // office junior`; development set 83.)
        var j = last, after = 0
        while after < 3, let n = NameMatching.nextWord(text, after: j) ?? TitledNameRule.hyphenated(text, after: j),
            let nw = word(text, n), !NameMatching.isCapitalised(nw), !Self.clauseWords.contains(nw)
        {
            if Self.largeEmployers.contains(NameMatching.fold(nw)) { return nil }
            after += 1
            j = n
        }
        // `a nurse at New Cross`: a place (its hospital, its market), not a small employer.
        if UKPlaces.names.contains(NameMatching.fold(words.joined(separator: " "))) { return nil }
        // `at Avonmere Council`, `for the NHS`, `at Tesco`: public bodies and chains identify nobody.
        if words.contains(where: { Self.largeEmployers.contains(NameMatching.fold($0)) }) { return nil }
        // A care or nursing home is a small employer, though `Home` names agencies elsewhere.
        let lower = words.map { NameMatching.fold($0) }
        // `The pharmacist at Owthorne End,`: a village by its last word (development set 63).
        if words.count == 2, let l = lower.last, Self.villageEndings.contains(l) {
            return nil
        }
        if lower.last == "home", lower.contains(where: Self.careHomeKinds.contains) {
            return (first, last)
        }
        // (`Lindenfield House, a 24-bed care home in Drayhurst`: the same, said after the name;
        // `Moorside View care home`, the same in lower case.)
        if careHomeAfter(text, last) || careHomeWords(text, after: last) != nil { return (first, last) }
        // A dental practice or a pharmacy is a small employer, though `Practice` names GP surgeries.
        if lower.contains("dental") || lower.contains("pharmacy") || lower.contains("opticians") || lower.contains("ltd")
            || lower.contains("limited") || lower.last == "nursery"
        {
            return (first, last)
        }
        // Agencies and charities (`Avonmere Women's Aid`, `the Recovery Partnership`) are the
        // review's own subject matter: their staff are named by role throughout.
        if words.contains(where: {
            NameContextWords.placeOrAgency.contains(NameMatching.fold(NameMatching.stripPossessive($0).base))
        }) {
            return nil
        }
        return (first, last)
    }

    /// Last words of a village's name (`Owthorne End`, `Hatch Green`).
    static let villageEndings: Set<String> = ["end", "green", "heath", "common"]

    /// The word before `home` in a care home's name or description (`Marram House Care Home`,
    /// `a 24-bed nursing home`).
    private static let careHomeKinds: Set<String> = ["care", "nursing", "residential"]

    /// The `home` of `care home` (or `nursing`, `residential`) right after token `k`.
    private func careHomeWords(_ text: ScanText, after k: Int) -> Int? {
        guard let c = NameMatching.nextWord(text, after: k), let cw = word(text, c), Self.careHomeKinds.contains(cw),
            let h = NameMatching.nextWord(text, after: c), word(text, h) == "home"
        else { return nil }
        return h
    }

    /// Whether `, a` and, within six more words, `care home` or `nursing home` follow token `last`.
    private func careHomeAfter(_ text: ScanText, _ last: Int) -> Bool {
        guard last + 1 < text.tokens.count, text.tokens[last + 1].kind == .other,
            text.scalars[text.tokens[last + 1].start] == ",",
            var k = NameMatching.nextWord(text, after: last + 1), ["a", "an", "the"].contains(word(text, k) ?? "")
        else { return false }
        // (Across numbers and hyphens: `a 24-bed care home`.)
        var words = 0, previous = ""
        while words < 6, k + 1 < text.tokens.count, text.tokens[k + 1].kind != .newline {
            k += 1
            guard let w = word(text, k) else { continue }
            if w == "home", Self.careHomeKinds.contains(previous) { return true }
            previous = w
            words += 1
        }
        return false
    }
}
