import ReviewSiteCore

/// `quasi-identifier` (issue 12): details that are not identifiers on their own but, with
/// the rest of a review, point at one family, and that a careful reviewer would query. All
/// are warnings whose message says how to fix them:
/// - a named school together with a year group in the same sentence ("in Year 9 at
///   Kingsmead Academy"): give one or the other, or describe the school;
/// - a named employer after a job title ("worked as a mechanic at Greenway Motors"): describe
///   the employer ("a local garage") or leave out the job; public bodies and large chains
///   (the NHS, the police, councils, supermarkets) stay quiet;
/// - a specific street without a house number ("lived on Kestrel Road", "moved to Heol y
///   Felin"): give the area instead. Agencies named after their street ("Hope Street
///   Surgery") stay quiet, and a street with a number is the address rule's.
package struct QuasiIdentifierRule: AnonymisationRule {
    package let id = RuleID.quasiIdentifier

    static let schoolWords: WordList = [
        "school", "academy", "college", "primary", "junior", "infants", "grammar", "high", "nursery",
    ]
    /// After `was a`: what someone is somewhere, not their job there.
    static let notJobs: Set<String> = [
        "regular", "customer", "patient", "guest", "visitor", "member", "client", "tenant", "resident", "pupil",
        "student", "passenger", "user", "inpatient", "outpatient", "friend", "neighbour", "stranger", "victim",
    ]
    /// Words of a school's name that say what kind it is, not which one it is.
    static let genericSchoolWords: Set<String> = [
        "primary", "secondary", "high", "grammar", "junior", "infant", "infants", "special", "independent",
        "nursery", "sixth", "form", "the", "a", "local", "catholic", "church", "free", "community", "school",
    ]
    static let jobJoiners = ["at", "for", "with"]
    /// Keys of the words the detectors test every word against (`StructuredScan.equals(_:token:_:)`),
    /// kept in the rule: a static is reached through a once-check on every use, 2% of lint.
    private let estateKey = WordList.key(of: "estate"), flatsKey = WordList.key(of: "flats")
    private let ysgolKey = WordList.key(of: "ysgol"), onlyKey = WordList.key(of: "only")
    private let stKey = WordList.key(of: "st"), saintKey = WordList.key(of: "saint")
    private let atKey = WordList.key(of: "at"), forKey = WordList.key(of: "for"), ofKey = WordList.key(of: "of")
    private let fromKey = WordList.key(of: "from")
    private let asKey = WordList.key(of: "as"), wasKey = WordList.key(of: "was"), isKey = WordList.key(of: "is")
    /// Employers that identify nobody: public bodies and large chains.
    static let largeEmployers: Set<String> = [
        "nhs", "police", "constabulary", "council", "trust", "hospital", "hospitals", "school", "academy", "college",
        "university", "service", "services", "prison", "probation", "government", "department", "ministry", "army",
        "navy", "raf", "tesco", "asda", "sainsbury's", "sainsburys", "morrisons", "aldi", "lidl", "amazon", "mcdonald's",
        "royal", "mail", "post", "office", "network", "rail", "railway", "airport", "bbc", "itv", "ambulance", "fire",
        "rescue", "hmrc", "dwp", "jobcentre", "boots", "primark", "argos", "greggs", "costa", "starbucks", "nando's",
        "kfc", "b&q", "ikea", "marks", "spencer", "next", "co-op", "coop", "waitrose", "iceland", "bupa", "serco",
    ]
    /// Street types that only name streets (not `Court`, `Park` or `Green`, which are often
    /// places or buildings).
    static let streetTypes: WordList = [
        "road", "rd", "street", "lane", "avenue", "ave", "close", "drive", "crescent", "gardens",
        "grove", "mews", "terrace", "way", "row", "walk", "rise", "lea", "fold",
    ]
    /// Street types that also name a row of shops or a seafront (`Marine Parade`): a street
    /// only after a label (`the street she lives on, Nene Parade`).
    static let labelledStreetTypes: WordList = ["parade", "promenade"]
    static let streetBefore: WordList = ["on", "in", "at", "to", "from", "along", "near", "off", "into", "onto", "down", "up"]
    /// Words that name agencies elsewhere but, inside a street's or an estate's name, are
    /// part of it (`Gorse Hill Road`, `the Pinfold Gardens estate`).
    static let landscapeWords: Set<String> = [
        "hill", "park", "green", "fields", "field", "view", "wood", "bridge", "gardens", "court", "grove", "square",
        "place", "row", "walk", "mews", "lane", "close", "drive", "way", "crescent", "terrace", "road", "street",
        "mill", "wharf", "quay", "tower", "towers", "house",
    ]
    /// `her street, "Beacon Rise"`: a street named straight after these words and a comma or colon.
    static let streetLabels: WordList = ["street", "road", "address"]

    package func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        var out: [AnonymisationFinding] = []
        let tokens = text.tokens
        // Most texts name no estate: look for the word once, not near every capital.
        let estate = tokens.indices.contains { k in
            let key = text.wordKeys[k]
            return key == estateKey || key == flatsKey
                || (tokens[k].end - tokens[k].start == 10
                    && StructuredScan.equals(text, tokens[k].start..<tokens[k].end, "apartments"))
        }
        // Nor `the only` seamstress: the same.
        let only = text.wordKeys.contains(onlyKey)
        // `had farmed at Blaeberry Gill all his life`, and the same name elsewhere in the text.
        let homes = namedHomes(text)
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            let t = tokens[k]
            guard t.kind == .word,
                let (first, last, kind) = homeAt(text, k, homes).map({ ($0.0, $0.1, Kind.home) })
                    ?? detail(text, k, estate: estate, only: only)
            else { continue }
            // `as a contact for Lesya`: a declared pseudonym is a person, not an employer.
            // (`a response sergeant at Wyvernham`: the site's own borough, a town.)
            if kind == .employer, first == last, case let folded = NameMatching.fold(NameMatching.word(text, first)),
                context.declaredWords.contains(folded) || context.reviewPseudonymWords.contains(folded)
                    || context.siteNameWords.contains(folded) || UKPlaces.words.contains(folded)
            {
                continue
            }
            // (`works for Employer E as a tractor driver`: a declared pseudonym of two words;
            // development set 28.)
            if kind == .employer, first < last,
                (first...last).allSatisfy({ j in
                    tokens[j].kind != .word
                        || context.declaredWords.contains(NameMatching.fold(NameMatching.word(text, j)))
                        || context.reviewPseudonymWords.contains(NameMatching.fold(NameMatching.word(text, j)))
                })
            {
                continue
            }
            let r = tokens[first].start..<tokens[last].end
            out.append(
                AnonymisationFinding(
                    rule: id, severity: .warning, range: r, matched: text.slice(r),
                    message: "\(kind.what) (\(Mask.preview(text.slice(r), keep: 1))); \(kind.fix)"))
            k = last
        }
        for (first, last) in BoatNames.find(text) {
            let r = tokens[first].start..<tokens[last].end
            guard !out.contains(where: { $0.range.overlaps(r) }) else { continue }
            out.append(
                AnonymisationFinding(
                    rule: id, severity: .warning, range: r, matched: text.slice(r),
                    message: "\(Kind.boat.what) (\(Mask.preview(text.slice(r), keep: 1))); \(Kind.boat.fix)"))
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The kinds of detail this rule queries, each with its message, written once.
    private enum Kind {
        case school, employer, estate, street, pitch, home, room, course, boat

        var what: String {
            switch self {
            case .school: "named school with a year group"
            case .employer: "named employer after a job title"
            case .estate: "named housing estate or block of flats"
            case .street: "specific street"
            case .pitch: "pitch or plot on a named site"
            case .home: "named home"
            case .room: "room or flat in a named building"
            case .course: "year of a course at a named university or college"
            case .boat: "boat's name in a record"
            }
        }

        var fix: String {
            switch self {
            case .school:
                "a school and a year group together can identify a child: give one or the other, or describe the school, such as 'a local secondary school'"
            case .employer:
                "a job and a named small employer can identify a person: describe the employer, such as 'a local garage', or leave out the job"
            case .estate:
                "a small estate or a block of flats can identify a household: give the area instead, such as 'a housing estate in the north of the town'"
            case .street:
                "a street name can identify a household even without a number: give the area instead, such as 'a residential street in the north of the town'"
            case .pitch:
                "a pitch or plot number on a named Traveller site or park is a home's address: give the area instead, such as 'a Traveller site in the district'"
            case .home:
                "a farm's or a house's name can identify a household without a street: describe it instead, such as 'a hill farm in the district'"
            case .room:
                "a room or a flat in a named care home, hall, hostel or block is where someone lived: describe it instead, such as 'a room in a care home' or 'a flat in a tower block'"
            case .course:
                "a course's year and a named university point at a few students: give one or the other, such as 'a university student'"
            case .boat:
                "a boat's name is painted on its side and listed in public registers, and people live aboard: describe it instead, such as 'a narrowboat on the canal'"
            }
        }
    }

    /// The detail starting (or, for an English school, ending) at token `k`: its first and
    /// last tokens and its kind.
    private func detail(_ text: ScanText, _ k: Int, estate: Bool, only: Bool) -> (Int, Int, Kind)? {
        let t = text.tokens[k]
        if StructuredScan.capitalised(text, t),
            StructuredScan.index(text, token: k, in: Self.schoolWords) != nil || juniorAndInfant(text, k),
            !schoolWordFollows(text, k), !highStreet(text, k),
            let first = nameStart(text, before: juniorAndInfant(text, k) ? k - 2 : k), yearGroup(text, around: k)
        {
            return (first, k, .school)
        }
        if let (first, last) = welshSchool(text, k) ?? saintsSchool(text, k) { return (first, last, .school) }
        if let (first, last) = employer(text, k) ?? employerThenJob(text, k) ?? jobAtEmployer(text, k)
            ?? (only ? onlyWorker(text, k) : nil) ?? employerWhereJob(text, k) ?? jobCommaEmployer(text, k)
        {
            return (first, last, .employer)
        }
        if estate, let (first, last) = namedEstate(text, k) { return (first, last, .estate) }
        if let last = pitchOnSite(text, k) { return (k, last, .pitch) }
        if let last = roomInBuilding(text, k) { return (k, last, .room) }
        if let (first, last) = street(text, k) ?? streetInTitle(text, k) { return (first, last, .street) }
        if let (first, last) = courseAtUniversity(text, k) { return (first, last, .course) }
        return nil
    }

    /// `a second-year BSc Marine Biology student at the University of Saltmouth`: the year of
    /// a course, a student, and the named university or college (from token `k`, the year's ordinal).
    private func courseAtUniversity(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        guard StructuredScan.index(text, token: k, in: Self.courseYears) != nil, k + 2 < text.tokens.count,
            text.tokens[k + 1].kind == .other, text.scalars[text.tokens[k + 1].start] == "-",
            StructuredScan.equals(text, token: k + 2, WordList.key(of: "year"))
        else { return nil }
        var j = k + 2, words = 0
        while let n = NameMatching.nextWord(text, after: j), words < 7 {
            j = n
            words += 1
            guard StructuredScan.index(text, token: n, in: Self.studentWords) != nil else { continue }
            guard let at = NameMatching.nextWord(text, after: n), StructuredScan.equals(text, token: at, atKey),
                var u = NameMatching.nextWord(text, after: at)
            else { return nil }
            if StructuredScan.equals(text, token: u, WordList.key(of: "the")), let v = NameMatching.nextWord(text, after: u) {
                u = v
            }
            // The institution's name: capitalised words and `of`, one of them University or College.
            var last = u, named = false
            while let w = word(text, last), NameMatching.isCapitalised(w) || w == "of" {
                if ["University", "College"].contains(w) { named = true }
                guard let m = NameMatching.nextWord(text, after: last), m <= last + 2 else { break }
                if let mw = word(text, m), !(NameMatching.isCapitalised(mw) || mw == "of") { break }
                last = m
            }
            return named ? (k, last) : nil
        }
        return nil
    }

    static let courseYears: WordList = ["first", "second", "third", "fourth", "final"]
    static let studentWords: WordList = ["student", "undergraduate", "postgraduate", "trainee", "apprentice"]

    private func word(_ text: ScanText, _ k: Int) -> String? {
        guard k >= 0, k < text.tokens.count, text.tokens[k].kind == .word else { return nil }
        return NameMatching.word(text, k)
    }

    /// The first word of the capitalised run that ends at the school word `k`, if the run
    /// holds a real name (`Kingsmead Academy`, `St Mary's Primary School`).
    private func nameStart(_ text: ScanText, before k: Int) -> Int? {
        var first = k
        var named = false
        var at = k
        for _ in 0..<5 {
            // `Calder Vale Girls' High`: across a plural possessive's apostrophe.
            var before = at
            if before >= 2, text.tokens[before - 1].kind == .space, text.tokens[before - 2].kind == .other,
                "'\u{2019}".unicodeScalars.contains(text.scalars[text.tokens[before - 2].start])
            {
                before -= 1
            }
            guard let p = NameMatching.previousWord(text, before: before) ?? (before != at ? before - 2 : nil),
                let w = word(text, p), w.first?.isUppercase == true
            else { break }
            // Not across a sentence: `… school. Kingsmead` is two sentences.
            if NameMatching.startsSentence(text, at) { break }
            if !Self.genericSchoolWords.contains(NameMatching.fold(w)) { named = true }
            first = p
            at = p
            if NameMatching.startsSentence(text, p) { break }
        }
        // `St Mary's` reads as "St", ".", "Mary's": previousWord steps over the dot.
        return named ? first : nil
    }

    /// `Holme Royd J&I`: a junior and infant school, as northern schools are named (development
    /// set 33); token `k` is the `I`.
    private func juniorAndInfant(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        return t.end - t.start == 1 && text.scalars[t.start] == "I" && k >= 2 && text.tokens[k - 1].kind == .other
            && text.scalars[text.tokens[k - 1].start] == "&" && text.tokens[k - 2].end - text.tokens[k - 2].start == 1
            && text.scalars[text.tokens[k - 2].start] == "J"
    }

    /// Whether the sentence around token `k` names a year group.
    private func yearGroup(_ text: ScanText, around k: Int) -> Bool {
        let s = text.scalars
        var lo = text.tokens[k].start, hi = text.tokens[k].end
        // At most 300 characters each way: a long table row or list is not one sentence, and
        // the look stays cheap however long the line.
        let floor = max(0, lo - 300), ceiling = min(s.count, hi + 300)
        while lo > floor, !Self.endsSentence(s, lo - 1) { lo -= 1 }
        while hi < ceiling, !Self.endsSentence(s, hi) { hi += 1 }
        // On the scalars, ASCII case folded, with no strings: this runs for every school word.
        func lower(_ c: Unicode.Scalar) -> UInt32 { c.value >= 65 && c.value <= 90 ? c.value + 32 : c.value }
        func matches(_ word: String, at i: Int) -> Bool {
            var k = i
            for c in word.unicodeScalars {
                guard k < hi, lower(s[k]) == c.value else { return false }
                k += 1
            }
            return true
        }
        var i = lo
        while i < hi {
            let c = lower(s[i])
            let startsWord = i == 0 || !s[i - 1].isScanLetter
            // (`Brackendock Sixth Form College` is a kind of college, no year group: development set 35.)
            if startsWord, c == 114 || c == 115 || c == 110,  // r, s, n
                matches("reception", at: i) || (matches("sixth form", at: i) && !matches("sixth form college", at: i))
                    || matches("nursery class", at: i)
            {
                return true
            }
            // "the Rainbow Room", "(Derwen Room)": a nursery's or a school's named class.
            if startsWord, s[i] == "R", matches("room", at: i), i >= 2, s[i - 1] == " ", s[i - 2].isScanLetter,
                i + 4 >= hi || !s[i + 4].isScanLetter
            {
                return true
            }
            // "(Hazel class)": a primary school's named class, after its capitalised name
            // (development set 33).
            if startsWord, c == 99, matches("class", at: i), i >= 3, s[i - 1] == " ", s[i - 2].isScanLetter,
                i + 5 >= hi || !s[i + 5].isScanLetter
            {
                var w = i - 2
                while w > lo, s[w - 1].isScanLetter { w -= 1 }
                // (In brackets or after `in`: `Working class families` is no class of a school.)
                let inWord = w >= 3 && s[w - 1] == " " && lower(s[w - 2]) == 110 && lower(s[w - 3]) == 105
                if StructuredScan.isUpper(s[w]), w > lo, s[w - 1] == "(" || inWord { return true }
            }
            // `her form is still called 12 Hawthorn`, `form 9K`: a form group, a year's number
            // with a capital glued to it or a capitalised name after it (development set 35).
            if startsWord, c == 102, matches("form ", at: i), formGroup(s, from: i + 5, to: min(hi, i + 40)) {
                return true
            }
            // "head girl", "head boy": one pupil of a year.
            if startsWord, c == 104, matches("head girl", at: i) || matches("head boy", at: i) { return true }
            // "year 9", "year 10", "y9".
            var j = -1
            if startsWord, c == 121 {  // y
                if matches("year ", at: i) {
                    j = i + 5
                } else if matches("yr ", at: i) {
                    j = i + 3  // "Yr 9" (development set 33)
                } else if i + 1 < hi, s[i + 1].isASCIIDigit {
                    j = i + 1
                } else if i + 2 < hi, lower(s[i + 1]) == 114, s[i + 2].isASCIIDigit {
                    j = i + 2  // "yr9"
                }
            }
            if j >= 0 {
                var n = 0, d = 0
                while j < hi, s[j].isASCIIDigit, d < 3 {
                    n = n * 10 + Int(s[j].value - 48); j += 1; d += 1
                }
                if d > 0, d <= 2, (1...13).contains(n), j >= hi || !s[j].isASCIIDigit { return true }
            }
            i += 1
        }
        return false
    }

    /// A year's number (7 to 13) starting a word between `from` and `to`, with a capital
    /// straight after it (`9K`) or after one space (`12 Hawthorn`).
    private func formGroup(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        var j = from
        while j < to {
            if s[j].isASCIIDigit, j == 0 || !s[j - 1].isScanLetter && !s[j - 1].isASCIIDigit {
                var n = 0, e = j
                while e < to, s[e].isASCIIDigit, e - j < 3 { n = n * 10 + Int(s[e].value - 48); e += 1 }
                if e - j <= 2, (7...13).contains(n), e < to,
                    StructuredScan.isUpper(s[e]) || (s[e] == " " && e + 1 < to && StructuredScan.isUpper(s[e + 1]))
                {
                    return true
                }
                j = e
                continue
            }
            j += 1
        }
        return false
    }

    private static func endsSentence(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        if s[i] == "\n" { return true }
        guard s[i] == "." || s[i] == "!" || s[i] == "?" else { return false }
        return i + 1 >= s.count || s[i + 1] == " " || s[i + 1] == "\n"
    }

    /// `Primary School`: the last school word reports the name.
    /// `the High Street`, `High Court`: `High` before a capitalised word is no school.
    private func highStreet(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        guard StructuredScan.equals(text, t.start..<t.end, "high") else { return false }
        guard let n = NameMatching.nextWord(text, after: k) else { return false }
        return word(text, n)?.first?.isUppercase == true
    }

    /// Lower-case words after a name that make it a home's: an estate or a block of flats.
    static let estateWords: WordList = ["estate", "apartments", "flats"]

    /// `Kirkgate Alterations, where Nadia was the only seamstress`, `the Wendleby agricultural
    /// merchants, where he was the only forklift driver`: a named employer with one of a job.
    private func onlyWorker(_ text: ScanText, _ k: Int) -> (Int, Int)? {
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

    private func isComma(_ text: ScanText, _ k: Int) -> Bool {
        k < text.tokens.count && text.tokens[k].kind == .other && text.scalars[text.tokens[k].start] == ","
    }

    private func schoolWordFollows(_ text: ScanText, _ k: Int) -> Bool {
        guard let n = NameMatching.nextWord(text, after: k) else { return false }
        let t = text.tokens[n]
        return StructuredScan.capitalised(text, t) && StructuredScan.index(text, token: n, in: Self.schoolWords) != nil
    }

    /// "Ysgol Bro Hafren" with a year group in the sentence: a Welsh school's name comes
    /// after the word for school.
    private func welshSchool(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        let t = text.tokens[k]
        guard StructuredScan.capitalised(text, t), StructuredScan.equals(text, token: k, ysgolKey),
            let n = NameMatching.nextWord(text, after: k), let w = word(text, n), NameMatching.isCapitalised(w),
            yearGroup(text, around: k)
        else { return nil }
        var last = n
        for _ in 0..<2 {
            guard let m = NameMatching.nextWord(text, after: last), let mw = word(text, m), NameMatching.isCapitalised(mw)
            else { break }
            last = m
        }
        return (k, last)
    }

    /// "at St Catherine's, in Year 11": a school known by its saint's name alone.
    private func saintsSchool(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        let t = text.tokens[k]
        guard StructuredScan.capitalised(text, t),
            StructuredScan.equals(text, token: k, stKey) || StructuredScan.equals(text, token: k, saintKey),
            let n = NameMatching.nextWord(text, after: k), let w = word(text, n), NameMatching.stripPossessive(w).possessive,
            NameMatching.isCapitalised(w), yearGroup(text, around: k)
        else { return nil }
        if let after = NameMatching.nextWord(text, after: n), word(text, after)?.first?.isUppercase == true { return nil }
        return (k, n)
    }

    /// `head chef`, `manager`, `barista`, `technician`: a job's word, by the list or its ending.
    static func looksLikeJob(_ word: String) -> Bool {
        if jobNouns.words.contains(word) { return true }
        if notJobEndings.contains(word) { return false }
        return jobEndings.contains { word.hasSuffix($0) }
    }

    private static let jobEndings = ["er", "or", "ist", "ian", "man", "woman", "ess", "chef", "cook", "nurse", "clerk"]

    /// Whether `only` is among the three words before token `k`.
    private func onlyBefore(_ text: ScanText, _ k: Int) -> Bool {
        var j = k
        for _ in 0..<3 {
            guard let p = NameMatching.previousWord(text, before: j) else { return false }
            if StructuredScan.equals(text, token: p, onlyKey) { return true }
            j = p
        }
        return false
    }

    /// Businesses and services whose street is where they are, not where anyone lives.
    /// (Not `garage` or `shop`: `the bus garage on Plumstead Road where Kwame was the only
    /// driver` is a workplace that identifies.)
    static let businessPlaces: WordList = [
        "solicitor", "solicitors", "dentist", "dentists", "accountant", "accountants",
        // `The mosque on Foundry Street was full`: a place of worship.
        "mosque", "church", "chapel", "gurdwara", "temple", "mandir", "synagogue", "masjid",
        // `the cash machine on Harbour Street`.
        "machine", "cashpoint", "atm",
        // `a shop on Cable Street`, `the community centre on Nelson Row`: where people go, not where they live.
        // (Not a restaurant or a café: its kitchen assistant is one of a few people.)
        "shop", "shops", "laundry", "centre", "center", "library", "pharmacy", "market", "supermarket",
    ]

    private static let notJobEndings: Set<String> = [
        "later", "never", "ever", "over", "after", "under", "other", "rather", "either", "neither", "together",
        "further", "earlier", "better", "longer", "older", "younger", "sooner", "for", "or", "minor", "poor",
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
    private func jobAtEmployer(_ text: ScanText, _ k: Int) -> (Int, Int)? {
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
    private func jobCommaEmployer(_ text: ScanText, _ k: Int) -> (Int, Int)? {
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

    static let carMakes: Set<String> = [
        "volvo", "ford", "vauxhall", "skoda", "škoda", "audi", "bmw", "mercedes", "toyota", "nissan", "peugeot",
        "renault", "citroen", "citroën", "volkswagen", "vw", "honda", "mazda", "kia", "hyundai", "fiat", "seat", "opel",
        "dacia", "subaru", "mitsubishi", "saab", "rover", "jaguar", "mini", "suzuki", "passat", "octavia", "mondeo",
        "focus", "astra", "golf", "superb", "insignia", "avensis", "a4", "a6", "v70", "v50", "v60", "v90",
    ]

    static let unitJoiners: WordList = ["in", "of", "on"]
    static let workUnits: WordList = ["team", "crew", "shift", "gang", "line", "squad"]

    /// "the Maes Glas estate", "the Calder Mill apartments": one to three capitalised words
    /// before a lower-case `estate`, `apartments` or `flats`.
    private func namedEstate(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        let t = text.tokens[k]
        guard StructuredScan.capitalised(text, t) else { return nil }
        // Cheap test first: `estate` (or `flats`…) among the next few tokens.
        var probe = k + 1
        var near = false
        while probe < min(text.tokens.count, k + 9) {
            if StructuredScan.index(text, token: probe, in: Self.estateWords) != nil { near = true; break }
            probe += 1
        }
        guard near, !NameMatching.startsSentence(text, k) || k == 0 else { return nil }
        var last = k, words = 1
        while let n = NameMatching.nextWord(text, after: last), let w = word(text, n) {
            if Self.estateWords.contains(w) {
                // Only the first word of the run reports it (`Maes Glas`, not `Glas` again).
                if let p = NameMatching.previousWord(text, before: k), word(text, p)?.first?.isUppercase == true { return nil }
                let folded = (k...last).compactMap { word(text, $0) }.map { NameMatching.fold($0) }
                if folded.contains(where: { NameContextWords.placeOrAgency.contains($0) && !Self.landscapeWords.contains($0) }) {
                    return nil
                }
                // `an old Volvo estate` (development set 30): a car, not a housing estate.
                if folded.contains(where: Self.carMakes.contains) { return nil }
                // `refunded to Eilidh's estate` (development set 42): what a person left; a
                // housing estate takes `the` (`the St Mary's estate`).
                if last == k, w == "estate", NameMatching.stripPossessive(NameMatching.word(text, k)).possessive,
                    NameMatching.previousWord(text, before: k).map({ word(text, $0) != "the" }) ?? true
                {
                    return nil
                }
                return (k, last)
            }
            guard words < 3, NameMatching.isCapitalised(w) else { return nil }
            last = n
            words += 1
        }
        return nil
    }

    /// The names of homes the text gives after `lived at`, `farmed at` or `grew up at`: one to
    /// three capitalised words, not an agency's, a business's or a house's (the address rule's).
    private func namedHomes(_ text: ScanText) -> [[String]] {
        var out: [[String]] = []
        let tokens = text.tokens
        for k in tokens.indices where tokens[k].kind == .word {
            let length = tokens[k].end - tokens[k].start
            guard (2...6).contains(length) || length == 9 || length == 10 else { continue }
            // `farmed at Low Gill`, and `farmed Raisdale Head for forty-one years` without `at`
            // (development set 28).
            // `nb Zlatibor Rose`, `nb. Kaleva`: a narrowboat's name, where someone lives aboard
            // (development set 52); a boat's name may be a woman's.
            let boat = (length == 2 || length >= 9) && StructuredScan.index(text, token: k, in: Self.boatWords) != nil
            if StructuredScan.equals(text, token: k, atKey) {
                guard let p = NameMatching.previousWord(text, before: k),
                    StructuredScan.index(text, token: p, in: Self.homeVerbs) != nil
                else { continue }
            } else if StructuredScan.index(text, token: k, in: Self.farmedWords) == nil, !boat {
                continue
            }
            var words: [String] = []
            var at = k
            if boat, k + 1 < tokens.count, tokens[k + 1].kind == .other, text.scalars[tokens[k + 1].start] == "." { at = k + 1 }
            while words.count < 3, let n = NameMatching.nextWord(text, after: at), case let w = NameMatching.word(text, n),
                NameMatching.isCapitalised(w), !NameMatching.startsSentence(text, n) || boat && words.isEmpty
            {
                words.append(w)
                at = n
            }
            let folded = words.map { NameMatching.fold(NameMatching.stripPossessive($0).base) }
            // (`NB You must…`, `N.B. For`: nota bene, before an English word alone.)
            if boat, words.count == 1, NameAfterRole.englishWords.contains(folded[0]) { continue }
            guard !words.isEmpty, words.count >= 2 || !UKPlaces.words.contains(folded[0]),
                !folded.contains(where: {
                    NameContextWords.placeOrAgency.contains($0) || NameContextWords.businessWords.contains($0)
                        || NameContextWords.houseWords.contains($0) || !boat && FirstNames.kind(of: $0.capitalized) != nil
                }),
                !UKPlaces.names.contains(folded.joined(separator: " ")), !out.contains(words)
            else { continue }
            out.append(words)
        }
        return out
    }

    static let homeVerbs: WordList = ["lived", "farmed", "up", "living", "lives", "home", "farms", "raised"]
    static let farmedWords: WordList = ["farmed", "farms"]
    static let boatWords: WordList = ["nb", "narrowboat", "houseboat"]

    /// The named home (from `namedHomes`) starting at token `k`: its first and last tokens.
    private func homeAt(_ text: ScanText, _ k: Int, _ homes: [[String]]) -> (Int, Int)? {
        guard !homes.isEmpty, StructuredScan.capitalised(text, text.tokens[k]) else { return nil }
        // (`lived at Low Scarth`: the address rule's house name, reported once.)
        if let at = NameMatching.previousWord(text, before: k), StructuredScan.equals(text, token: at, atKey),
            let lived = NameMatching.previousWord(text, before: at),
            StructuredScan.index(text, token: lived, in: AddressRule.livedWords) != nil
        {
            return nil
        }
        let word = NameMatching.word(text, k)
        for home in homes where home[0] == word {
            var last = k
            var matched = true
            for w in home.dropFirst() {
                guard let n = NameMatching.nextWord(text, after: last), NameMatching.word(text, n) == w else {
                    matched = false
                    break
                }
                last = n
            }
            // The whole name only, not the start of a longer one.
            if matched,
                NameMatching.nextWord(text, after: last).map({ NameMatching.isCapitalised(NameMatching.word(text, $0)) }) != true
            {
                return (k, last)
            }
        }
        return nil
    }

    /// `pitch 7 on the Furze Hill site`, `plot 12 at Meadow View Park`: a pitch or plot
    /// number, `on` or `at`, and one to four capitalised words ending in `site` or `Park`.
    private func pitchOnSite(_ text: ScanText, _ k: Int) -> Int? {
        let t = text.tokens[k]
        guard (4...7).contains(t.end - t.start), k + 2 < text.tokens.count, text.tokens[k + 2].kind == .number,
            text.tokens[k + 1].kind == .space, StructuredScan.index(text, token: k, in: Self.pitchWords) != nil
        else { return nil }
        // `Caravan 6, the Far Field, Low Scarth`: a caravan's number, a comma and the named
        // field or site (development set 28).
        if k + 4 < text.tokens.count, text.tokens[k + 3].kind == .other, text.scalars[text.tokens[k + 3].start] == "," {
            // (`Plot 7, Wheal Jenny`, the site's name right after the comma, is an address:
            // AddressRule's `pitchOnNamedSite`.)
            guard let the = NameMatching.nextWord(text, after: k + 3), word(text, the) == "the" else { return nil }
            var at = the
            var last: Int?
            var jumped = false
            while let n = NameMatching.nextWord(text, after: at), let w = word(text, n), NameMatching.isCapitalised(w),
                n - at <= 3
            {
                last = n
                at = n
                // (On past one more comma, `, Low Scarth`: the farm after the field.)
                if !jumped, n + 3 < text.tokens.count, text.tokens[n + 1].kind == .other,
                    text.scalars[text.tokens[n + 1].start] == ",",
                    let m = NameMatching.nextWord(text, after: n + 1), NameMatching.isCapitalised(word(text, m) ?? "")
                {
                    at = n + 1
                    jumped = true
                }
            }
            return last
        }
        guard let on = NameMatching.nextWord(text, after: k + 2), word(text, on) == "on" || word(text, on) == "at" else {
            return nil
        }
        var at = on
        if let the = NameMatching.nextWord(text, after: on), word(text, the) == "the" { at = the }
        var named = 0
        while let n = NameMatching.nextWord(text, after: at), let w = word(text, n), named <= 4 {
            if named > 0, Self.siteWords.contains(NameMatching.fold(w)) { return n }
            guard NameMatching.isCapitalised(w) else { return nil }
            named += 1
            at = n
        }
        return nil
    }

    /// (Welsh `Bae 14, Parc Carafanau Morfa Melyn`, a caravan park's bay; development set 62.)
    static let pitchWords: WordList = ["pitch", "plot", "caravan", "bae", "llain"]

    /// `Room 14 at Marram House Care Home`, `Room B214 at Kingfisher Court`: a room's number,
    /// `at` or `in`, and one to five capitalised words. Also a flat's or a cell's, and the
    /// building after a comma or a floor (`Flat 64, Lench Tower`, `Room 3.14 on the third
    /// floor of Rea Court halls`, `cell 3-14 on the Avon wing`; development set 36).
    private func roomInBuilding(_ text: ScanText, _ k: Int) -> Int? {
        let t = text.tokens[k]
        guard t.end - t.start == 4, k + 2 < text.tokens.count, text.tokens[k + 1].kind == .space,
            text.tokens[k + 2].kind == .number || text.tokens[k + 2].kind == .word,
            StructuredScan.index(text, token: k, in: Self.roomWords) != nil,
            text.scalars[text.tokens[k + 2].start..<text.tokens[k + 2].end].contains(where: \.isASCIIDigit)
                || (k + 3 < text.tokens.count && text.tokens[k + 3].kind == .number),
            case var n = k + 2
        else { return nil }
        // `B214` reads as a letter and a number; `3.14` and `3-14` as two numbers.
        if text.tokens[n].kind == .word, n + 1 < text.tokens.count, text.tokens[n + 1].kind == .number { n += 1 }
        if n + 2 < text.tokens.count, text.tokens[n + 1].kind == .other,
            ".-".unicodeScalars.contains(text.scalars[text.tokens[n + 1].start]),
            text.tokens[n + 2].kind == .number
        {
            n += 2
        }
        // (A comma after a flat's or a cell's number only: `Room 3, Council House` is where a
        // meeting was held.)
        let comma =
            n + 1 < text.tokens.count && text.tokens[n + 1].kind == .other && text.scalars[text.tokens[n + 1].start] == ","
            && !StructuredScan.equals(text, t.start..<t.end, "room")
        var last = comma ? n + 1 : n
        if !comma {
            guard let on = NameMatching.nextWord(text, after: n), let w = word(text, on) else { return nil }
            if w == "on", let floor = floorOrWing(text, after: on) {
                if floor.wing { return floor.last }
                last = floor.last
            } else if on == n + 2, NameMatching.isCapitalised(w), StructuredScan.equals(text, t.start..<t.end, "flat") {
                // `Flat 22 Pagets Works`: a flat's number and its building's name, no street
                // (development set 48).
                last = n
            } else {
                guard w == "at" || w == "in" else { return nil }
                last = on
            }
        }
        var named = 0
        while named < 5, let m = NameMatching.nextWord(text, after: last), let w = word(text, m),
            NameMatching.isCapitalised(w) || named > 0 && w.count == 1 && w.first?.isUppercase == true
        {
            named += 1
            last = m
        }
        return named > 0 ? last : nil
    }

    static let roomWords: WordList = ["room", "flat", "cell"]

    /// After `on`: `the third floor of` or `at` (the last token is `of`; the building's name follows)
    /// or `the Avon wing` (the last token is `wing`, and `wing` is true).
    private func floorOrWing(_ text: ScanText, after on: Int) -> (last: Int, wing: Bool)? {
        guard let the = NameMatching.nextWord(text, after: on), word(text, the) == "the", the + 2 < text.tokens.count,
            text.tokens[the + 1].kind == .space, case var f = the + 2
        else { return nil }
        // (`the Avon wing`.)
        if let w = word(text, f), NameMatching.isCapitalised(w), let wing = NameMatching.nextWord(text, after: f),
            word(text, wing) == "wing"
        {
            return (wing, true)
        }
        // (`the 14 floor`, `the 14th floor`, `the fourteenth floor`.)
        let numbered = text.tokens[f].kind == .number
        if numbered, f + 1 < text.tokens.count, text.tokens[f + 1].kind == .word,
            ["st", "nd", "rd", "th"].contains(word(text, f + 1) ?? "")
        {
            f += 1
        }
        guard numbered || StructuredScan.index(text, token: f, in: Self.floorOrdinals) != nil,
            let next = NameMatching.nextWord(text, after: f)
        else { return nil }
        f = next
        // (`room 12 on the first floor at Bosvenna House`: `at` or `in` too; development set 37.)
        guard word(text, f) == "floor", let of = NameMatching.nextWord(text, after: f),
            ["of", "at", "in"].contains(word(text, of) ?? "")
        else {
            return nil
        }
        return (of, false)
    }

    static let floorOrdinals: WordList = [
        "ground", "top", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth",
    ]

    /// What a site of pitches is called (`the Furze Hill site`, `Meadow View Caravan Park`).
    static let siteWords: Set<String> = ["site", "park", "caravan", "sites"]

    /// "worked at Jay's Barbers as a stylist": the employer first, then `as a` and a job.
    private func employerThenJob(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        guard
            StructuredScan.equals(text, token: k, atKey) || StructuredScan.equals(text, token: k, forKey)
                || (StructuredScan.equals(text, token: k, fromKey) && leftAJob(text, before: k)),
            let (first, last) = capitalisedEmployer(text, after: theAfter(text, k)),
            let a = NameMatching.nextWord(text, after: pastEmployersPlace(text, last)), word(text, a) == "as",
            let b = NameMatching.nextWord(text, after: a), let bw = word(text, b), bw == "a" || bw == "an",
            let j = NameMatching.nextWord(text, after: b), let jw = word(text, j), jw.first?.isLowercase == true,
            !Self.notJobs.contains(jw), !Self.lifeStages.contains(jw)
        else { return nil }
        return (first, last)
    }

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
    private func employerWhereJob(_ text: ScanText, _ k: Int) -> (Int, Int)? {
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
    private func employer(_ text: ScanText, _ k: Int) -> (Int, Int)? {
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
        // `a nurse at New Cross`: a place (its hospital, its market), not a small employer.
        if UKPlaces.names.contains(NameMatching.fold(words.joined(separator: " "))) { return nil }
        // `at Avonmere Council`, `for the NHS`, `at Tesco`: public bodies and chains identify nobody.
        if words.contains(where: { Self.largeEmployers.contains(NameMatching.fold($0)) }) { return nil }
        // A care or nursing home is a small employer, though `Home` names agencies elsewhere.
        let lower = words.map { NameMatching.fold($0) }
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

    /// "on Kestrel Road", "to Heol y Felin": a street after a preposition, without a number.
    /// `title: "DHR 2023/01: Siew Ling, Wharf Street, Charnford"`: a street in a page's title or
    /// summary, where every listing, feed and search result repeats it (development set 48).
    private func streetInTitle(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        guard text.field == "title" || text.field == "summary", let w = word(text, k), NameMatching.isCapitalised(w)
        else { return nil }
        if let p = NameMatching.previousWord(text, before: k), p == k - 2, let pw = word(text, p), NameMatching.isCapitalised(pw)
        {
            return nil
        }
        // (`who lived at 58 Acacia Avenue`, `30a Station Road`: a house number makes it the address rule's.)
        if k >= 2, text.tokens[k - 1].kind == .space {
            var j = k - 2
            while j >= 0, text.tokens[j].kind != .space, text.tokens[j].kind != .newline {
                if text.tokens[j].kind == .number { return nil }
                j -= 1
            }
        }
        var last = k
        for _ in 0..<2 {
            guard let n = NameMatching.nextWord(text, after: last), n == last + 2, let nw = word(text, n),
                NameMatching.isCapitalised(nw)
            else { return nil }
            last = n
            if StructuredScan.index(text, token: n, in: AddressRule.lastStreetTypes) != nil {
                return NameMatching.nextWord(text, after: n).flatMap { word(text, $0) }.map(NameMatching.isCapitalised) == true
                    ? nil : (k, n)
            }
        }
        return nil
    }

    private func street(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        let t = text.tokens[k]
        let labelled = labelsStreet(text, k)
        // `the Back Fenton Street houses`: the houses of one street.
        let houses = t.end - t.start == 3 && StructuredScan.equals(text, t.start..<t.end, "the")
        guard
            t.end - t.start <= 5 && StructuredScan.index(text, token: k, in: Self.streetBefore) != nil || labelled
                || houses || ofResident(text, k),
            let first = labelled ? wordAfterLabel(text, k) : NameMatching.nextWord(text, after: k),
            let fw = word(text, first), NameMatching.isCapitalised(fw)
        else { return nil }
        // Cheap test first, without strings: a street type among the next three words.
        // (`The Coroner's Court on Mill Lane`: where an agency is, not a household; see below.)
        var probe = first, typed = false
        for n in 0..<3 {
            let pt = text.tokens[probe]
            if n >= 1,
                StructuredScan.index(text, token: probe, in: Self.streetTypes) != nil
                    || labelled && StructuredScan.index(text, token: probe, in: Self.labelledStreetTypes) != nil
            {
                typed = true; break
            }
            if n == 0, pt.end - pt.start <= 7,
                StructuredScan.index(text, token: probe, in: AddressRule.welshStreetTypes) != nil
                    || text.scalars[pt.start..<pt.end].contains(where: { $0.value >= 0x80 })
            {
                typed = true; break
            }
            guard let next = NameMatching.nextWord(text, after: probe) else { break }
            probe = next
        }
        guard typed else { return nil }
        // `the Carnival office on Ashley Vale Road, where Rosh's aunt lives`: a home after all
        // (development set 44).
        let home = homeAfter(text, probe)
        // `a barber from Hartley Road`, `a solicitor on London Road`: where a business is, not a home.
        // (`the only tyre fitter on Hobbins Green Road` is one business, so it identifies.)
        if !labelled, !home, let p = NameMatching.previousWord(text, before: k),
            StructuredScan.index(text, token: p, in: Self.jobNouns) != nil
                || StructuredScan.index(text, token: p, in: Self.businessPlaces) != nil
                // `the Co-op on Harbour Street`: a chain's shop.
                || Self.largeEmployers.contains(NameMatching.fold(hyphenated(text, endingAt: p))),
            !onlyBefore(text, p)
        {
            return nil
        }
        if !home, let p = NameMatching.previousWord(text, before: k), let pw = word(text, p), pw.first?.isUppercase == true,
            NameContextWords.placeOrAgency.contains(NameMatching.fold(NameMatching.stripPossessive(pw).base))
        {
            return nil
        }
        // `the Gurdwara Guru Nanak Darbar on Tollgate Road`: a place of worship's name before `on`.
        var p = NameMatching.previousWord(text, before: k), names = 0
        while let q = p, names < 5, let qw = word(text, q), qw.first?.isUppercase == true {
            if StructuredScan.index(text, token: q, in: Self.businessPlaces) != nil { return nil }
            names += 1
            p = NameMatching.previousWord(text, before: q)
        }
        if let last = AddressRule().welshStreet(text, first) {
            // (`the Stryd Fawr Surgery's triage team`: an agency's word ends the capitalised run;
            // development set 45.)
            let agency = (first + 1...last).contains { j in
                text.tokens[j].kind == .word
                    && NameContextWords.placeOrAgency.contains(
                        NameMatching.fold(NameMatching.stripPossessive(NameMatching.word(text, j)).base))
                    && !Self.streetTypes.contains(NameMatching.fold(NameMatching.word(text, j)))
            }
            return agency || followedByCapital(text, last) ? nil : (first, last)
        }
        var at = first
        for n in 0..<3 {
            guard let cw = word(text, at), NameMatching.isCapitalised(cw) else { return nil }
            let folded = NameMatching.fold(cw)
            if n >= 1, Self.streetTypes.contains(folded) || labelled && Self.labelledStreetTypes.contains(folded) {
                if houses {
                    guard let h = NameMatching.nextWord(text, after: at),
                        StructuredScan.index(text, token: h, in: Self.homeNouns) != nil
                    else { return nil }
                }
                return followedByCapital(text, at) ? nil : (first, at)
            }
            if NameContextWords.placeOrAgency.contains(folded), !Self.streetTypes.contains(folded),
                n == 0 || !Self.landscapeWords.contains(folded) && !home
            {
                return nil
            }
            guard let next = NameMatching.nextWord(text, after: at) else { return nil }
            at = next
        }
        return nil
    }

    static let homeNouns: WordList = ["houses", "flats", "homes", "terraces", "cottages", "bungalows", "maisonettes"]

    /// Whether `, where` and then, within six words, someone living there follow the street
    /// ending at token `k` (`Ashley Vale Road, where Rosh's aunt lives`).
    private func homeAfter(_ text: ScanText, _ k: Int) -> Bool {
        guard k + 3 < text.tokens.count, isComma(text, k + 1), let w = NameMatching.nextWord(text, after: k + 1),
            StructuredScan.equals(text, text.tokens[w].start..<text.tokens[w].end, "where")
        else { return false }
        var j = w, words = 0
        while let n = NameMatching.nextWord(text, after: j) ?? possessiveNext(text, j), words < 6 {
            if StructuredScan.index(text, token: n, in: Self.livesWords) != nil { return true }
            j = n
            words += 1
        }
        return false
    }

    /// The word after a possessive's `'s` at token `j` (`Rosh's aunt`): the next word past it.
    private func possessiveNext(_ text: ScanText, _ j: Int) -> Int? {
        var k = j + 1
        while k < text.tokens.count, text.tokens[k].kind == .other || text.tokens[k].kind == .word && k == j + 2 {
            if text.tokens[k].kind == .word { return NameMatching.nextWord(text, after: k) }
            k += 1
        }
        return nil
    }

    static let livesWords: WordList = ["lives", "lived", "live", "living", "stays", "stayed"]

    /// `Marián Lakatos, 25, … formerly of Wharncliffe Street`, `Zulfiqar Hanif, 33, of Back
    /// Fenton Street`: `of` after `formerly` or `late`, or after an age and its comma, as a
    /// court or a newspaper gives where someone lives.
    private func ofResident(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        guard t.end - t.start == 2, StructuredScan.equals(text, t.start..<t.end, "of") else { return false }
        var j = k - 1
        while j >= 0, text.tokens[j].kind == .space { j -= 1 }
        if j >= 0, text.tokens[j].kind == .word {
            // (`waited at the end of Beech Grove`: the end or top of a street someone lives on,
            // development set 26; a corner is a junction's, `the corner of X and Y`.)
            if StructuredScan.index(text, token: j, in: ["formerly", "late", "latterly", "end", "top"]) != nil { return true }
            // (`the death of Mrs Christiana Decker of Vicars Close`: a titled name, then where the
            // person lived; development set 44.)
            var p: Int? = j
            for _ in 0..<3 {
                guard let q = p, let w = word(text, q), w.first?.isUppercase == true else { return false }
                if TitledNameRule.isTitle(w) { return q != j }
                p = NameMatching.previousWord(text, before: q)
            }
            return false
        }
        guard j >= 1, isComma(text, j) else { return false }
        j -= 1
        while j >= 0, text.tokens[j].kind == .space { j -= 1 }
        return j >= 0 && text.tokens[j].kind == .number && text.tokens[j].end - text.tokens[j].start <= 2
    }

    /// `the street, "Sorrel Crescent"`, `Road: Beacon Rise`: a lower-case `street`, `road` or
    /// `address`, then a comma or colon.
    private func labelsStreet(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        guard t.end - t.start <= 7, StructuredScan.index(text, token: k, in: Self.streetLabels) != nil,
            !StructuredScan.capitalised(text, t), k + 1 < text.tokens.count
        else { return false }
        if text.tokens[k + 1].kind == .other { return ",:".unicodeScalars.contains(text.scalars[text.tokens[k + 1].start]) }
        // `the address as Moss Side Lane`, `the street where she lived, Shipwright Row`: up to
        // four lower-case words, then a comma, or `as`.
        var j = k, words = 0
        while let n = NameMatching.nextWord(text, after: j), words < 4 {
            guard !StructuredScan.capitalised(text, text.tokens[n]) else { return false }
            if words == 0, StructuredScan.equals(text, token: n, asKey) { return true }
            words += 1
            j = n
            if j + 1 < text.tokens.count, text.tokens[j + 1].kind == .other, text.scalars[text.tokens[j + 1].start] == "," {
                // (`the street she lives on, Nene Parade`: the lived word before its `on`.)
                let lived =
                    StructuredScan.index(text, token: j, in: Self.livedWords) != nil
                    || (StructuredScan.index(text, token: j, in: ["on", "in"]) != nil
                        && NameMatching.previousWord(text, before: j).map {
                            StructuredScan.index(text, token: $0, in: Self.livedWords) != nil
                        } == true)
                return words >= 2 && lived
            }
        }
        return false
    }

    /// The last word before the comma of `the street where she lived,`.
    static let livedWords: WordList = ["lived", "lives", "died", "grew", "stayed", "was", "were", "found"]

    /// The first word after the label at `k`, across its comma or colon, spaces and an
    /// opening quote.
    private func wordAfterLabel(_ text: ScanText, _ k: Int) -> Int? {
        var j = k + 1
        var punctuated = false
        while j < text.tokens.count, j <= k + 14 {
            let t = text.tokens[j]
            // Past `as` or `where she lived` (before the comma) to the street's first word.
            if t.kind == .word, punctuated || StructuredScan.capitalised(text, t) { return j }
            if t.kind == .word { j += 1; continue }
            if t.kind == .other { punctuated = true }
            guard t.kind == .space || ",:\"\u{201C}'\u{2018}".unicodeScalars.contains(text.scalars[t.start]) else { return nil }
            j += 1
        }
        return nil
    }

    /// The word ending at token `k` with the words hyphenated to it (`Co-op`).
    private func hyphenated(_ text: ScanText, endingAt k: Int) -> String {
        var first = k
        while first >= 2, text.tokens[first - 1].kind == .other, text.scalars[text.tokens[first - 1].start] == "-",
            text.tokens[first - 2].kind == .word
        {
            first -= 2
        }
        return text.slice(text.tokens[first].start..<text.tokens[k].end)
    }

    /// `Hope Street Surgery`: a capitalised word after the street makes it an agency's name.
    private func followedByCapital(_ text: ScanText, _ k: Int) -> Bool {
        guard let n = NameMatching.nextWord(text, after: k), let w = word(text, n) else { return false }
        return w.first?.isUppercase == true
    }
}
