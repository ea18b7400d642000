import ReviewSiteCore

// The rule itself: `scan`, the kinds of detail with their messages, and the helpers its parts share. What
// each kind looks like is in QuasiIdentifierSchools, QuasiIdentifierEmployers, QuasiIdentifierHomes and
// QuasiIdentifierStreets.

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

    /// Keys of the words the detectors test every word against (`StructuredScan.equals(_:token:_:)`),
    /// kept in the rule: a static is reached through a once-check on every use, 2% of lint.
    private let estateKey = WordList.key(of: "estate"), flatsKey = WordList.key(of: "flats")
    let ysgolKey = WordList.key(of: "ysgol"), onlyKey = WordList.key(of: "only")
    let stKey = WordList.key(of: "st"), saintKey = WordList.key(of: "saint")
    let atKey = WordList.key(of: "at"), forKey = WordList.key(of: "for"), ofKey = WordList.key(of: "of")
    let fromKey = WordList.key(of: "from"), onKey = WordList.key(of: "on")
    let asKey = WordList.key(of: "as"), wasKey = WordList.key(of: "was"), isKey = WordList.key(of: "is")
    let oldKey = WordList.key(of: "old"), formerKey = WordList.key(of: "former")

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
            // (`by the stall holder at Khalid's request`: a pseudonym's possessive; development set 79.)
            if kind == .employer, first == last,
                case let folded = NameMatching.fold(NameMatching.stripPossessive(NameMatching.word(text, first)).base),
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
            // `pharmacies on Pellow Road`, where site.yml puts the partnership's office: a public
            // street, unless a home is on it (`lived on Pellow Road`).
            if kind == .street, !context.siteStreets.isEmpty, context.siteStreets.contains(folded(text, first, last)),
                !homeNear(text, first, last)
            {
                k = last
                continue
            }
            out.append(finding(text, tokens[first].start..<tokens[last].end, kind))
            k = last
        }
        for (first, last) in BoatNames.find(text) {
            let r = tokens[first].start..<tokens[last].end
            guard !out.contains(where: { $0.range.overlaps(r) }) else { continue }
            out.append(finding(text, r, .boat))
        }
        for (first, last) in ServiceNumbers.find(text) {
            out.append(finding(text, tokens[first].start..<tokens[last].end, .serviceNumber, keep: 2))
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The warning for a detail of `kind` at `r`, its first `keep` characters shown.
    private func finding(_ text: ScanText, _ r: Range<Int>, _ kind: Kind, keep: Int = 1) -> AnonymisationFinding {
        AnonymisationFinding(
            rule: id, severity: .warning, range: r, matched: text.slice(r),
            message: "\(kind.what) (\(Mask.preview(text.slice(r), keep: keep))); \(kind.fix)")
    }

    /// The kinds of detail this rule queries, each with its message, written once.
    private enum Kind {
        case school, employer, estate, street, pitch, home, room, course, boat, serviceNumber

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
            case .serviceNumber: "service number"
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
            case .serviceNumber:
                "a service number is on a member of the forces' identity card and every record of their service: remove it, or give the rank and unit's kind only, such as 'a corporal in a transport regiment'"
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

    func word(_ text: ScanText, _ k: Int) -> String? {
        guard k >= 0, k < text.tokens.count, text.tokens[k].kind == .word else { return nil }
        return NameMatching.word(text, k)
    }

    func isComma(_ text: ScanText, _ k: Int) -> Bool {
        k < text.tokens.count && text.tokens[k].kind == .other && text.scalars[text.tokens[k].start] == ","
    }
}
