import ReviewSiteCore
import ReviewSiteNames

/// `address`: a house number and a street ("12 Acacia Avenue", "4a Mill Lane", "221 Baker
/// Street") is an error: it points at one household. A flat or apartment number ("Flat 3",
/// "Apartment 12") and a named house after a place word ("at Rose Cottage", "to The Old
/// Rectory") are warnings: they identify a home only with more context, and the author knows
/// whether they do. Street names without a number, and so agency names such as "Avonmere Road
/// Surgery", stay quiet. Welsh street names, whose type comes first ("12 Heol y Felin",
/// "3 Ffordd Glyndŵr", "7 Lôn Las"), and a named house followed by its street ("Ty Gwyn,
/// Heol y Felin", "The Willows, Mill Lane") are errors too (issue 12).
package struct AddressRule: AnonymisationRule {
    package let id = RuleID.address

    package static let streetTypes: WordList = [
        "road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "close", "drive", "way", "crescent",
        "court", "ct", "gardens", "place", "terrace", "grove", "hill", "row", "walk", "mews", "square",
        "park", "green", "parade", "rise", "view", "vale", "gate", "yard", "wharf", "quay", "boulevard",
        "circus", "croft", "meadow", "meadows", "mount", "villas", "wynd", "chase", "embankment", "broadway",
        "lanes", "fold", "bank", "brow", "garth", "lea", "side", "drove", "loke", "twitten", "ginnel",
        // (`3 Ferry Approach`, `12 Orchard Path`, `5 Kingsley Circle`: development set 35.)
        "approach", "path", "circle",
        // (`Ravensholme, Birch Spinney`: development set 52; `Tregenna, 3 Chapel Steps`: set 66.)
        "spinney", "steps",
        // (`7 Brow Top`, `Bank Top`: a northern street at the top of a slope; development set 83.)
        "top",
        // Written short in records (`27 Gannet Cl`).
        "cl", "cres", "gdns", "ter", "sq", "pl", "dr", "gr", "tce", "terr",
    ]
    /// Street types written short that end a numbered address only (`41 DUNLIN AV` in a police
    /// log, `118 North Prom` in a taxi firm's export; development set 126). Never a street's
    /// word elsewhere: `Mags⇥Prom`, a name beside a log's location (development set 107).
    /// (And `40 Lydmoor Wy`, a way, in a pawnbroker's pledge line; development set 132.)
    static let numberedShortTypes: WordList = ["av", "prom", "pde", "wy"]
    /// Welsh street types, written before the name: Heol, Ffordd, Stryd, Lôn, Maes, Cilgant…
    package static let welshStreetTypes: WordList = [
        "heol", "ffordd", "stryd", "lon", "maes", "cilgant", "rhodfa", "teras",
        "clos", "llwyn", "allt", "rhiw", "cwrt", "llys", "parc", "sgwar", "tai",
        // A row of houses (`11 Rhes y Graig`; development set 73).
        "rhes",
    ]
    /// Welsh articles inside a street name (`Heol y Felin`, `Maes yr Haf`, `Lôn 'r Eglwys`).
    package static let welshArticles: WordList = ["y", "yr", "r", "ar", "o"]
    /// What a block of flats is called after its name (`Dunlin House`, `Marsh Tower`).
    static let blockTypes: WordList = ["house", "tower", "towers", "mansions", "heights", "point", "buildings"]
    package static let houseTypes: WordList = [
        "cottage", "cottages", "farmhouse", "farm", "rectory", "vicarage", "bungalow", "barn",
        "villa", "granary", "manse", "grange",
    ]
    /// Street types that end a name with another inside it (`Moss Side Lane`).
    static let lastStreetTypes: WordList = ["lane", "road", "street", "avenue", "drive", "close", "way"]
    /// Street types that also end the names of houses (`Willow Garth`, `Brook Croft`).
    static let streetTypesNamingHouses: WordList = ["garth", "croft", "lea", "fold", "mount", "bank", "yard"]
    /// Words before a number that make it a heading or list number, not a house number.
    package static let notHouseNumbers: WordList = [
        "step", "lesson", "recommendation", "recommendations", "section", "chapter",
        "part", "figure", "table", "appendix", "paragraph", "phase", "stage", "year",
        "priority", "action", "level", "tier", "day", "week", "page", "annex", "box",
        "aged", "age", "than", "about", "over", "under", "around",
    ]
    /// Small words that are not part of a street name.
    /// A route's way round, not a street's word (`144 DIVERSION VIA CRANLEY RD`).
    static let routeWords: WordList = ["via"]
    package static let joiners: WordList = [
        "a", "an", "and", "of", "to", "for", "in", "on", "at", "by", "with", "is", "are", "was",
    ]
    package static let placeWords: WordList = ["at", "to", "from", "address", "called", "named", "into"]
    /// House types that name a home wherever they stand ("The Old Rectory was sold"); the
    /// others ("Farm", "Grange", "Barn") also name businesses and need a place word before.
    /// Prisons named like houses (`HMP Lowmoor Grange`); a list made once, not for every
    /// capitalised word (3% of lint on corpus B).
    static let prisonWords: WordList = ["hmp", "hmyoi", "yoi", "hmpyoi"]
    package static let dwellingTypes: WordList = ["cottage", "cottages", "farmhouse", "rectory", "vicarage", "bungalow", "manse"]

    package func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        var out: [AnonymisationFinding] = []
        let tokens = text.tokens
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            let t = tokens[k]
            if t.kind == .word, let last = pitchOnNamedSite(text, k) {
                let r = t.start..<tokens[last].end
                out.append(
                    finding(
                        text, r, .error, "caravan pitch or plot and its site \(Mask.preview(text.slice(r), keep: 1))",
                        Self.streetFix))
                k = last
            } else if t.kind == .word, let last = houseOnStreet(text, k, context) {
                let r = t.start..<tokens[last].end
                out.append(
                    finding(
                        text, r, .error, "named house and street \(Mask.preview(text.slice(r), keep: 1))",
                        Self.streetFix))
                k = last
            } else if let (last, type) =
                t.kind == .number
                ? street(text, k) ?? welshStreetAfterNumber(text, k) : t.kind == .word ? streetInWords(text, k) : nil
            {
                let r = t.start..<tokens[last].end
                // `2 Marsham Street, London`: a government department's address in its letter.
                // (`Unit 4, Lode Bank Industrial Estate`: a business's unit, not a home.)
                if Self.publicAddresses.contains(NameMatching.fold(text.slice(r))) && inLondon(text, after: last)
                    || NameMatching.previousWord(text, before: k).map({ NameMatching.word(text, $0) == "Unit" }) == true
                    || namesSiteArea(text, last, context) || StructuredScan.companyBefore(text, k)
                {
                    k = last
                    continue
                }
                out.append(
                    finding(
                        text, r, .error,
                        "street address \(Mask.preview(text.slice(t.start..<tokens[last].start), keep: 0))\(type)",
                        Self.streetFix))
                k = last
            } else if t.kind == .word, let c = StructuredScan.at(text, t.start), c == "F" || c == "f" || c == "A" || c == "a",
                let last = flat(text, k)
            {
                let r = t.start..<tokens[last].end
                out.append(
                    finding(
                        text, r, .warning, "flat or apartment number \(text.slice(t.start..<t.end)) *",
                        "remove it unless it cannot identify anyone, then waive it with a reason"))
                k = last
            } else if t.kind == .word, let last = namedHouse(text, k) {
                let r = t.start..<tokens[last].end
                out.append(
                    finding(
                        text, r, .warning,
                        "house name \(Mask.preview(text.slice(t.start..<tokens[last].start), keep: 1))\(text.slice(tokens[last].start..<tokens[last].end))",
                        Self.houseFix
                    ))
                k = last
            } else if t.kind == .word, let last = foreignStreet(text, k) {
                let r = t.start..<tokens[last].end
                out.append(
                    finding(
                        text, r, .error, "street address \(Mask.preview(text.slice(r), keep: 0))",
                        Self.streetFix))
                k = last
            } else if t.kind == .word,
                let last = houseAfterLivedAt(text, k, context) ?? houseCalled(text, k)
                    ?? welshHouse(text, k)
            {
                // (All masked: the name's last word is no `Cottage` here, but part of the name.)
                let r = t.start..<tokens[last].end
                out.append(
                    finding(
                        text, r, .warning, "house name \(Mask.preview(text.slice(r), keep: 1))",
                        Self.houseFix
                    ))
                k = last
            }
        }
        return out
    }

    /// How to fix a street address, and a house's name (each message's text, written once).
    static let streetFix = "remove it or replace it with a description such as 'the family home' or the area"
    static let houseFix =
        "remove it or replace it with a description such as 'her home'; if it is a public building, waive it with a reason"

    /// Addresses of government departments that write to partnerships (the Home Office's
    /// quality-assurance letters), quiet when `London` or an `SW1` postcode follows.
    static let publicAddresses: Set<String> = [
        "2 marsham street", "102 petty france", "39 victoria street", "1 horse guards road", "2 marsham st",
    ]

    /// Whether `London` or a postcode beginning `SW1` is among the four words after token `k`.
    private func inLondon(_ text: ScanText, after k: Int) -> Bool {
        var j = k
        for _ in 0..<4 {
            guard j + 1 < text.tokens.count else { return false }
            j += 1
            while j < text.tokens.count, text.tokens[j].kind != .word { j += 1 }
            guard j < text.tokens.count else { return false }
            let w = NameMatching.word(text, j)
            if w == "London" || w.hasPrefix("SW1") { return true }
        }
        return false
    }

    private func finding(_ text: ScanText, _ r: Range<Int>, _ severity: Severity, _ what: String, _ fix: String)
        -> AnonymisationFinding
    {
        AnonymisationFinding(rule: id, severity: severity, range: r, matched: text.slice(r), message: "\(what); \(fix)")
    }

    private func token(_ text: ScanText, _ k: Int) -> ScanToken? { k >= 0 && k < text.tokens.count ? text.tokens[k] : nil }
    private func isWord(_ text: ScanText, _ k: Int, in words: [String]) -> Bool {
        guard let t = token(text, k), t.kind == .word else { return false }
        return StructuredScan.index(text, t.start..<t.end, in: words) != nil
    }
    private func isWord(_ text: ScanText, _ k: Int, in words: WordList) -> Bool {
        guard let t = token(text, k), t.kind == .word else { return false }
        return StructuredScan.index(text, token: k, in: words) != nil
    }
    /// Whether the word before token `k`, across spaces, a colon and dot leaders, is `Address`,
    /// or a form's `Property` field (`Property` over `: Lark Rise, Church Lane`, a definition
    /// list's term and its value on the next line; development set 53).
    private func addressLabelBefore(_ text: ScanText, _ k: Int) -> Bool {
        var j = k - 1, newlines = 0, numbers = 0
        // (`Addr  : 2 BRYN EITHIN, HEOL PENLAN`: a house's number may come first; development set 73.)
        while j >= 0,
            text.tokens[j].kind == .space || isOther(text, j, ":.") || text.tokens[j].kind == .newline && newlines == 0
                || text.tokens[j].kind == .number && numbers == 0 && j == k - 2 && text.tokens[j].end - text.tokens[j].start <= 4
        {
            if text.tokens[j].kind == .newline { newlines += 1 }
            if text.tokens[j].kind == .number { numbers += 1 }
            j -= 1
        }
        // (`ADDRESS:  APT 11.03 OCEAN REACH, HARBOUR DRIVE`: a flat's number with its floor
        // before a dot; development set 98.)
        if numbers == 1, j >= 1, text.tokens[j].kind == .number, isOther(text, j + 1, "."), text.tokens[j - 1].kind == .space {
            j -= 1
            while j >= 0, text.tokens[j].kind == .space { j -= 1 }
        }
        // (`Property:  FLAT 14 PROSPECT MILL, NAVIGATION ROAD`: a flat's number before the
        // building's name; development set 79.)
        if numbers == 1, j >= 0, isWord(text, j, in: ["flat", "apartment", "apt"]) {
            j -= 1
            while j >= 0, text.tokens[j].kind == .space || isOther(text, j, ":.") { j -= 1 }
        }
        // (`HOME ADDR  : LINDEN HOUSE, BACK LANE`: a case system's short label; development set 67.)
        // (`LOCATION: LOW CARR FARM, WITHERN LANE`: a control room log's; development set 68.)
        // (`LOCN: TYDDYN EITHIN, HEOL Y MYNYDD`: a log's label written short; development set 125.)
        return j >= 0 && j < k - 1 && isWord(text, j, in: ["address", "property", "addr", "location", "locn"])
    }

    /// `LOCATION: KESTREL HOUSE PELHAM STREET`: after an address's label, a block's name and
    /// its street in capitals with no comma between, as a control room's log gives them
    /// (development set 97). Returns the street's last token.
    private func blockOnStreetInCapitals(_ text: ScanText, _ k: Int) -> Int? {
        // Cheap test first: a word in capitals, then the label.
        guard let t = token(text, k), t.end - t.start >= 2, text.scalars[t.start..<t.end].allSatisfy({ $0.isScanUppercase }),
            addressLabelBefore(text, k)
        else { return nil }
        var j = k, block = false, streetWords = 0
        for _ in 0..<7 {
            guard let w = token(text, j), w.kind == .word, w.end - w.start >= 2,
                text.scalars[w.start..<w.end].allSatisfy({ $0.isScanUppercase })
            else { return nil }
            if block, streetWords >= 1, isWord(text, j, in: Self.streetTypes) { return j }
            if !block, j > k, QuasiIdentifierRule.blockWords.contains(NameMatching.fold(NameMatching.word(text, j))) {
                block = true
            } else if block {
                streetWords += 1
            }
            guard token(text, j + 1)?.kind == .space else { return nil }
            j += 2
        }
        return nil
    }

    /// Whether a Welsh building's or an agency's word (`Canolfan`) is among the five
    /// capitalised words before token `k`.
    private func welshOrganisationBefore(_ text: ScanText, _ k: Int) -> Bool {
        var j = previousWord(text, k), words = 0
        while let p = j, words < 5, let t = token(text, p), StructuredScan.capitalised(text, t) {
            let folded = NameMatching.fold(text.slice(t.start..<t.end))
            if NameContextWords.welshBuildings.contains(folded) || NameContextWords.placeOrAgency.contains(folded) { return true }
            words += 1
            j = previousWord(text, p)
        }
        return false
    }

    /// The word before token k, skipping one space.
    private func previousWord(_ text: ScanText, _ k: Int) -> Int? {
        guard token(text, k - 1)?.kind == .space, token(text, k - 2)?.kind == .word else { return nil }
        return k - 2
    }

    /// `3/27`: a flat number of one to three digits, a slash, then the house number at `k`.
    private func flatSlash(_ text: ScanText, _ k: Int) -> Bool {
        guard isOther(text, k - 1, "/"), let flat = token(text, k - 2), flat.kind == .number, flat.end - flat.start <= 3
        else { return false }
        return !StructuredScan.wordChar(text, flat.start - 1) && !isOther(text, k - 3, "/.-:")
    }

    /// "12 Acacia Avenue": a number 1–999 (optionally "12a", "12-14"), then one to three
    /// capitalised name words and a street type. Returns the street type's token index and the
    /// street type text.
    private func street(_ text: ScanText, _ k: Int) -> (Int, String)? {
        guard let t = token(text, k), t.end - t.start <= 3, let n = StructuredScan.number(text, t.start..<t.end), n >= 1,
            !StructuredScan.wordChar(text, t.start - 1)
        else { return nil }
        // Paragraph numbers (3.12), times, money and list headings are not house numbers; a
        // flat's number before the house's is (`3/27 Hebden Rd`).
        if let s = StructuredScan.at(text, t.start - 1), ".,:/£$€-".unicodeScalars.contains(s), !flatSlash(text, k) {
            return nil
        }
        if let p = previousWord(text, k), isWord(text, p, in: Self.notHouseNumbers) { return nil }
        var j = k + 1
        if let s = token(text, j), s.kind == .word, s.end - s.start == 1, StructuredScan.letter(text, s.start) {
            j += 1
        }  // 12a
        else if isOther(text, j, "-\u{2013}"), token(text, j + 1)?.kind == .number {
            j += 2
        }  // 12-14
        // (`Sun 2 Mar. THE ROAD`: a day and a month written short, then a diary's heading, is a
        // date; not `May`, which names streets; development set 78.)
        if j == k + 1, token(text, j)?.kind == .space, let m = token(text, j + 1), m.kind == .word,
            case let month = text.slice(m.start..<m.end).lowercased(),
            month != "may", NameContextWords.monthAbbreviations.contains(month)
        {
            return nil
        }
        return streetName(text, after: j, number: k)
    }

    /// "twenty-three Tenter Croft": a house number in words, as a caller says it and a call's
    /// transcript writes it (development set 33). In lower case, or two words joined by a
    /// hyphen: one capitalised word names streets (`Seven Sisters Road`, `Nine Elms Lane`).
    private func streetInWords(_ text: ScanText, _ k: Int) -> (Int, String)? {
        guard let t = token(text, k), (3...9).contains(t.end - t.start), isWord(text, k, in: Self.numbersInWords) else {
            return nil
        }
        var j = k + 1
        if isWord(text, k, in: Self.decades), isOther(text, j, "-"), isWord(text, j + 1, in: Self.digitWords) {
            j += 2
        } else if StructuredScan.isUpper(text.scalars[t.start]) {
            return nil
        }
        if let p = previousWord(text, k), isWord(text, p, in: Self.notHouseNumbers) || isWord(text, p, in: Self.determiners) {
            return nil
        }
        guard let (last, type) = streetName(text, after: j, number: k) else { return nil }
        // `four Hafren Vale reviews`: a count of things named after a place (development sets
        // 4 and 27), a plural noun after the street's name.
        if let n = NameMatching.nextWord(text, after: last), n == last + 2, case let w = NameMatching.word(text, n),
            w.count > 3, w.hasSuffix("s"), w.first?.isLowercase == true, NameAfterRole.englishWords.contains(w),
            !Self.notPlurals.contains(w)
        {
            return nil
        }
        return (last, type)
    }

    private static let notPlurals: Set<String> = ["was", "has", "this", "thus", "since", "unless", "whereas", "towards"]

    private static let digitWords = WordList(Array(DateOfBirthRule.numberWords.prefix(9)))
    private static let decades = WordList(DateOfBirthRule.decades)
    private static let numbersInWords = WordList(DateOfBirthRule.numberWords + DateOfBirthRule.decades)

    /// Street types that are titles too (`Dr`, `St`).
    private static let titleLikeTypes: WordList = ["dr", "st"]

    /// Words of a sentence that no street's name holds.
    private static let sentenceWords: WordList = [
        "into", "onto", "her", "his", "their", "him", "them", "she", "he", "they", "was", "were", "has", "had", "with",
    ]

    /// Words before a number of things (`the two Mill Lane flats`), not a house number.
    private static let determiners: WordList = ["the", "both", "all", "these", "those", "their", "its", "of"]

    /// The street after a house number (tokens `number` to `j - 1`): a comma, then one to three
    /// capitalised name words and a street type, or a block of flats and perhaps its street.
    private func streetName(_ text: ScanText, after j: Int, number k: Int) -> (Int, String)? {
        var j = j
        // (`Room 6, Harbour House`: a number and a comma before a block is a room's, not a flat's.)
        let comma = isOther(text, j, ",")
        if comma { j += 1 }
        var names = 0
        var building: (Int, String)?
        var wideGap = false
        while names <= 3 {
            guard let gap = token(text, j), gap.kind == .space, let w = token(text, j + 1),
                w.kind == .word,
                StructuredScan.capitalised(text, w)
            else { return building }
            wideGap = wideGap || gap.end - gap.start >= 3
            j += 1
            // (`HAS TAKEN 2 CHILDREN INTO HER HOUSE`: a log's sentence in capitals, no street's
            // name; development set 106.)
            if isWord(text, j, in: Self.sentenceWords) { return building }
            // (`2 X DRINK DRIVE, 1 X ASSAULT`: a printout's counts; development set 68.)
            if names == 0, text.slice(w.start..<w.end) == "X" { return nil }
            // (`28    Rx       TS      Dr Satterthwaite`: across a record's column gaps, `Dr` is
            // a title, not a Drive; development set 42. Justified text's wide gaps in `14   Harbour
            // Row` are still a street's.)
            // (A short type ends the address: not `3 Friends Prom night`.)
            if names >= 1,
                isWord(text, j, in: Self.streetTypes)
                    || isWord(text, j, in: Self.numberedShortTypes)
                        && !(token(text, j + 1)?.kind == .space
                            && token(text, j + 2).map { $0.kind == .word && !StructuredScan.capitalised(text, $0) } == true),
                !(wideGap && isWord(text, j, in: Self.titleLikeTypes))
            {
                return (j, text.slice(w.start..<w.end))
            }
            // `14 Tithe Barn La`: Lane written short in a record (development set 46); not `La`
            // before a name of its own (`Finca La Esperanza`).
            if names >= 1, text.slice(w.start..<w.end) == "La",
                !(token(text, j + 1).map { $0.kind == .space && $0.end - $0.start == 1 } == true
                    && token(text, j + 2).map {
                        $0.kind == .word && $0.end - $0.start >= 3 && StructuredScan.capitalised(text, $0)
                    }
                        == true)
            {
                return (j, "La")
            }
            // `16 Belmangate, Guisborough`: a northern street of one word ending `gate`
            // (development set 28); not a town (`Harrogate`), nor a longer name.
            if names == 0, w.end - w.start >= 7, NameMatching.fold(text.slice((w.end - 4)..<w.end)) == "gate",
                !UKPlaces.names.contains(NameMatching.fold(text.slice(w.start..<w.end))),
                !(token(text, j + 1)?.kind == .space && token(text, j + 2).map { StructuredScan.capitalised(text, $0) } == true)
            {
                return (j, "(a street ending in gate)")
            }
            // `14 Dunlin House`, `14 DUNLIN HOUSE, GANNET WAY`: a flat's number in a named block,
            // then perhaps its street.
            // (`Committee Room 2, Charnwell Council House`: an agency's building, not a home.)
            if names >= 1, building == nil, !comma, isWord(text, j, in: Self.blockTypes),
                !(k + 1..<j).contains(where: {
                    text.tokens[$0].kind == .word
                        && NameContextWords.placeOrAgency.contains(NameMatching.word(text, $0).lowercased())
                })
            {
                building = (j, text.slice(w.start..<w.end))
                guard isOther(text, j + 1, ",") else { return building }
                j += 2
                names = 0
                continue
            }
            if isWord(text, j, in: Self.joiners) { return nil }
            // (`144\tDIVERSION VIA CRANLEY RD`: a bus route's number, then its way round, in a
            // roster's columns; development set 88. Not first: `14 Via Roma` is a street.)
            if names >= 1, isWord(text, j, in: Self.routeWords) { return nil }
            names += 1
            j += 1
            // "St. Mary's": skip the dot of an abbreviation.
            if isOther(text, j, ".") { j += 1 }
            // "Harbour-side Terrace", "Bryn-y-Mor Road": the rest of a hyphenated word.
            while isOther(text, j, "-"), token(text, j + 1)?.kind == .word { j += 2 }
        }
        return building
    }

    private func isOther(_ text: ScanText, _ k: Int, _ chars: String) -> Bool {
        guard let t = token(text, k), t.kind == .other, let s = StructuredScan.at(text, t.start) else { return false }
        return chars.unicodeScalars.contains(s)
    }

    /// "Flat 3", "Apartment 12b", "Apt 4"; "flat 3" only after in/at/to/from/into.
    private func flat(_ text: ScanText, _ k: Int) -> Int? {
        guard let t = token(text, k), isWord(text, k, in: ["flat", "apartment", "apt"]),
            token(text, k + 1)?.kind == .space, let n = token(text, k + 2), n.kind == .number, n.end - n.start <= 4
        else { return nil }
        if !StructuredScan.capitalised(text, t) {
            guard let p = previousWord(text, k), isWord(text, p, in: ["in", "at", "to", "from", "into"]) else { return nil }
        }
        var last = k + 2
        if let s = token(text, last + 1), s.kind == .word, s.end - s.start == 1 { last += 1 }  // Flat 3B
        guard let end = token(text, last)?.end, !StructuredScan.wordChar(text, end),
            !(isOther(text, last + 1, ".,") && token(text, last + 2)?.kind == .number),
            !isOther(text, last + 1, "%")
        else { return nil }
        // A flat number on its own ("Flat 2 was opened", "from Flat 4") points at a home only
        // with its address after it ("Flat 2, 15 Stryd Fawr", "Flat 6b in Avonmere") or a
        // word that says it is one ("moved to", "address", "home").
        return addressFollows(text, last) || homeWordNear(text, k, last) ? last : nil
    }

    private static let homeWords: WordList = [
        "address", "moved", "move", "lived", "living", "lives", "bailed", "sent", "registered", "home", "flat", "resided",
    ]

    private func addressFollows(_ text: ScanText, _ last: Int) -> Bool {
        if isOther(text, last + 1, ","), token(text, last + 2)?.kind == .space, let n = token(text, last + 3) {
            return n.kind == .number || (n.kind == .word && StructuredScan.capitalised(text, n))
        }
        guard token(text, last + 1)?.kind == .space, isWord(text, last + 2, in: ["in", "on"]) else { return false }
        return true
    }

    private func homeWordNear(_ text: ScanText, _ first: Int, _ last: Int) -> Bool {
        var words = 0, j = first - 1
        while j >= 0, words < 4, text.tokens[j].kind != .newline {
            if text.tokens[j].kind == .word {
                words += 1
                if isWord(text, j, in: Self.homeWords) { return true }
            }
            j -= 1
        }
        words = 0
        j = last + 1
        while j < text.tokens.count, words < 4, text.tokens[j].kind != .newline {
            if isOther(text, j, ".;:|()") { break }
            if text.tokens[j].kind == .word {
                words += 1
                if isWord(text, j, in: Self.homeWords) { return true }
            }
            j += 1
        }
        return false
    }

    /// "at Rose Cottage", "to The Old Rectory": a place word, one to three capitalised words and
    /// a house type; or, without a place word, a house type that is always a home. Returns the house type's token index; the finding starts at the first name.
    private func namedHouse(_ text: ScanText, _ k: Int) -> Int? {
        guard let t = token(text, k), StructuredScan.capitalised(text, t) else { return nil }
        // `HMP Lowmoor Grange`: a prison, not a house.
        if isWord(text, k, in: Self.prisonWords) { return nil }
        // (`ADDR HOLLY COTTAGE, KIRK BROW`: a record's label, not the house's first word; the
        // house starts after it; development set 80.)
        if isWord(text, k, in: ["addr", "address"]) { return nil }
        // (`NOW AT OWN FARM`: a log's capitals for his own farm; development set 93.)
        if isWord(text, k, in: ["own", "his", "her", "their", "our", "my"]) { return nil }
        if let p = previousWord(text, k), isWord(text, p, in: Self.prisonWords) { return nil }
        let afterPlaceWord = previousWord(text, k).map { isWord(text, $0, in: Self.placeWords) } ?? homeThenComma(text, k)
        var j = k
        var names = 0
        while names < 4 {
            guard let w = token(text, j), w.kind == .word, StructuredScan.capitalised(text, w) else { return nil }
            if names >= 1, isWord(text, j, in: afterPlaceWord ? Self.houseTypes : Self.dwellingTypes) {
                // `Wendale Cottage Hospital`: an agency named after the place; `Stonecross Farm
                // Shop`: a business.
                if token(text, j + 1)?.kind == .space, let n = token(text, j + 2), n.kind == .word,
                    StructuredScan.capitalised(text, n),
                    case let next = NameMatching.fold(text.slice(n.start..<n.end)),
                    NameContextWords.placeOrAgency.contains(next) || NameContextWords.businessWords.contains(next)
                {
                    return nil
                }
                return j
            }
            names += 1
            guard token(text, j + 1)?.kind == .space else { return nil }
            j += 2
        }
        return nil
    }

    /// `a house called Tigh na Mara`, `a chalet called Sea Holly`, `a cottage named Bryn y Môr`:
    /// a dwelling's name after `called` or `named`, whatever its words, with the small words of
    /// Irish, Scots Gaelic, Welsh and French names between them (development sets 53 and 60):
    /// its last token.
    /// (`lived in a bungalow on the hill above the harbour, called Tigh na Mara`: the dwelling
    /// earlier in the sentence, before a comma and `called`; development set 76.)
    private func houseCalled(_ text: ScanText, _ k: Int) -> Int? {
        guard let t = token(text, k), StructuredScan.capitalised(text, t), let called = previousWord(text, k),
            isWord(text, called, in: ["called", "named"])
        else { return nil }
        if let dwelling = previousWord(text, called), isWord(text, dwelling, in: Self.calledDwellings) {
            return houseNameWords(text, after: k, most: 4) ?? k
        }
        // (`the bungalow they called Monte Verde`: who called it between; development set 90.)
        if let they = previousWord(text, called), isWord(text, they, in: ["they", "she", "he", "we"]),
            let dwelling = previousWord(text, they), isWord(text, dwelling, in: Self.calledDwellings),
            let the = previousWord(text, dwelling), isWord(text, the, in: ["the", "a", "their", "her", "his"])
        {
            return houseNameWords(text, after: k, most: 4) ?? k
        }
        var c = called - 1
        while c >= 0, text.tokens[c].kind == .space { c -= 1 }
        guard isOther(text, c, ",") else { return nil }
        var at: Int? = token(text, c - 1)?.kind == .word ? c - 1 : nil
        var words = 0
        while words < 10, let p = at {
            if isWord(text, p, in: Self.calledDwellings) {
                guard let a = previousWord(text, p), isWord(text, a, in: ["a", "an"]) else { return nil }
                return houseNameWords(text, after: k, most: 4) ?? k
            }
            words += 1
            at = previousWord(text, p)
        }
        return nil
    }

    /// `at Hafod y Garreg`, `in Tŷ Capel`, `bought Tyddyn Gwyn`: a Welsh house or farm, whose
    /// name starts with its kind (house, smallholding, summer dwelling, cottage, farm), after a
    /// word that places someone there (development sets 59 and 62): its last token.
    private func welshHouse(_ text: ScanText, _ k: Int) -> Int? {
        guard let t = token(text, k), StructuredScan.capitalised(text, t),
            isWord(text, k, in: Self.welshHouseKinds)
                // (`at Tŷ'r Ysgol`, the kind with the article glued on; development set 82.)
                || t.end - t.start >= 4 && text.scalars[t.end - 1] == "r"
                    && (text.scalars[t.end - 2] == "'" || text.scalars[t.end - 2] == "\u{2019}")
                    && Self.welshHouseKindsFolded.contains(NameMatching.fold(text.slice(t.start..<(t.end - 2)))),
            let p = previousWord(text, k),
            isWord(text, p, in: Self.placeWords) || isWord(text, p, in: ["in", "bought", "farmed", "farm"])
        else { return nil }
        return houseNameWords(text, after: k, most: 3)
    }

    /// The last of up to `most` words after token `k`, each capitalised or a name's small word
    /// before a capitalised one (`Tigh na Mara`, `Hafod y Garreg`), or nil when none follows.
    private func houseNameWords(_ text: ScanText, after k: Int, most: Int) -> Int? {
        var last: Int?
        var j = k
        for _ in 0..<most {
            guard token(text, j + 1)?.kind == .space, let n = token(text, j + 2), n.kind == .word else { break }
            if StructuredScan.capitalised(text, n) {
                j += 2
            } else if isWord(text, j + 2, in: Self.nameSmallWords), token(text, j + 3)?.kind == .space,
                let m = token(text, j + 4), m.kind == .word, StructuredScan.capitalised(text, m)
            {
                j += 4
            } else {
                break
            }
            last = j
        }
        return last
    }

    /// Welsh words a house's or a farm's name starts with.
    static let welshHouseKinds: WordList = ["tŷ", "tyddyn", "hafod", "hafoty", "bwthyn", "fferm", "hendre", "llety"]
    static let welshHouseKindsFolded = Set(welshHouseKinds.words.map(NameMatching.fold))

    /// Dwellings whose names follow `called` or `named`.
    static let calledDwellings: WordList = [
        "house", "home", "cottage", "bungalow", "chalet", "farm", "farmhouse", "caravan", "villa", "croft", "cabin",
        "lodge", "flat", "houseboat", "narrowboat", "boat", "hut",
    ]
    /// Small words inside Irish, Scots Gaelic, Welsh, French and Spanish house names.
    static let nameSmallWords: WordList = ["na", "an", "y", "yr", "ar", "de", "la", "le", "du", "del", "des", "ny"]

    /// `at her home, Windmill Farm,`: the house named after `home` and a comma, as at a place
    /// word (development set 31).
    private func homeThenComma(_ text: ScanText, _ k: Int) -> Bool {
        token(text, k - 1)?.kind == .space && isOther(text, k - 2, ",") && isWord(text, k - 3, in: ["home", "address"])
    }

    /// Words before `at` that say someone lives there: people live *in* a town and *at* a house
    /// (`lived at Low Scarth in a caravan`, `at home at Thorngarth`; development set 28).
    static let atKey = WordList.key(of: "at")
    static let livedWords: WordList = ["lived", "lives", "live", "living", "home", "stayed", "staying", "resided", "residing"]
    /// `going home at Easter`: a festival, not a house (development set 47).
    static let festivals: Set<String> = [
        "easter", "christmas", "xmas", "diwali", "eid", "ramadan", "hanukkah", "passover", "vaisakhi", "navratri",
        "whitsun", "holi", "lent", "advent", "pentecost", "hogmanay", "halloween", "nowruz", "onam", "pongal",
    ]

    /// `lived at Low Scarth`: one to three capitalised words after a living word and `at`, a house
    /// or a farm named without a word such as `Farm`; not a UK place, an agency or a business, a
    /// street (the quasi-identifier rule's), a declared word, or a name's possessive. Returns
    /// the last word's token.
    private func houseAfterLivedAt(_ text: ScanText, _ k: Int, _ context: AnonymisationContext) -> Int? {
        guard let t = token(text, k), StructuredScan.capitalised(text, t), let at = previousWord(text, k),
            text.wordKeys[at] == Self.atKey
        else { return nil }
        let lived = previousWord(text, at).map { isWord(text, $0, in: Self.livedWords) } ?? false
        // (`She grew up at Top Wold House`, `brought up at`: a childhood home of two words or
        // more, as one word there is mostly a town; development set 68.)
        let grewUp =
            previousWord(text, at).map {
                isWord(text, $0, in: ["up"])
                    && previousWord(text, $0).map { isWord(text, $0, in: ["grew", "grown", "growing", "brought"]) } == true
            } ?? false
        var j = k
        var words: [String] = []
        while words.count < 3, let w = token(text, j), w.kind == .word, StructuredScan.capitalised(text, w) {
            let word = text.slice(w.start..<w.end)
            // (`ANYTOWN`, `HMP`: capitals are initials or a shout, not a house.)
            guard !(word.count >= 2 && word.unicodeScalars.allSatisfy { $0.isScanUppercase }) else { return nil }
            words.append(word)
            guard token(text, j + 1)?.kind == .space, let n = token(text, j + 2), n.kind == .word,
                StructuredScan.capitalised(text, n)
            else { break }
            j += 2
        }
        // (A fourth capitalised word: a longer name, an agency's or a business's.)
        if words.isEmpty
            || token(text, j + 1)?.kind == .space
                && token(text, j + 2).map({ $0.kind == .word && StructuredScan.capitalised(text, $0) }) == true
        {
            return nil
        }
        // (Or `born at Cleave Head, a farm two miles from …`: the words after it say it is a home;
        // development set 66.)
        guard lived || grewUp && words.count >= 2 || dwellingAfter(text, j) else { return nil }
        let folded = words.map { NameMatching.fold($0) }
        if UKPlaces.names.contains(folded.joined(separator: " ")) || words.count == 1 && UKPlaces.words.contains(folded[0]) {
            return nil
        }
        // `lives at Drove End House`, `They live at Tidewater House`: a house named `House` after
        // one or two more words of its name, which may be a street type (development sets 31
        // and 63); not after a given name alone (`lived at Grace House`, a refuge).
        let house =
            words.count == 3 && folded[2] == "house"
            || words.count == 2 && folded[1] == "house" && FirstNames.kind(of: words[0]) == nil
        for (n, (word, f)) in zip(words, folded).enumerated() {
            if house, n == words.count - 1 { continue }
            if Self.streetTypes.words.contains(f) || Self.welshStreetTypes.words.contains(f), !house { return nil }
            if NameContextWords.placeOrAgency.contains(f) || NameContextWords.businessWords.contains(f)
                || context.declaredWords.contains(f)
                || NameMatching.stripPossessive(word).possessive || FirstNames.months.contains(word)
                || NameContextWords.weekdays.contains(f) || TitledNameRule.isTitle(word) || Self.festivals.contains(f)
            {
                return nil
            }
        }
        return j
    }

    /// `, a farm`, `, a hill farm`, `, a cottage`: after the name ending at token `j`, a comma and
    /// a home of one kind, with at most one word before it.
    private func dwellingAfter(_ text: ScanText, _ j: Int) -> Bool {
        guard isOther(text, j + 1, ","), let a = NameMatching.nextWord(text, after: j + 1),
            isWord(text, a, in: ["a", "an"]), let n = NameMatching.nextWord(text, after: a)
        else { return false }
        if isWord(text, n, in: Self.appositiveHomes) { return true }
        guard let m = NameMatching.nextWord(text, after: n), !StructuredScan.capitalised(text, text.tokens[n]) else {
            return false
        }
        return isWord(text, m, in: Self.appositiveHomes)
    }
    static let appositiveHomes: WordList = [
        "farm", "farmhouse", "smallholding", "cottage", "bungalow", "house", "croft", "homestead", "holding",
    ]

    /// From a Welsh street type at `k`: the type, Welsh articles and one or two capitalised
    /// words (`Heol y Felin`, `Stryd Fawr`). Returns the last token of the name.
    package func welshStreet(_ text: ScanText, _ k: Int) -> Int? {
        guard isWelshType(text, k), let t = token(text, k), StructuredScan.capitalised(text, t) else { return nil }
        var j = k
        var names = 0
        var last: Int?
        while names < 2 {
            guard token(text, j + 1)?.kind == .space, let w = token(text, j + 2), w.kind == .word else { break }
            if isWord(text, j + 2, in: Self.welshArticles), !StructuredScan.capitalised(text, w) { j += 2; continue }
            guard StructuredScan.capitalised(text, w) else { break }
            j += 2
            last = j
            names += 1
        }
        return last
    }

    private func isWelshType(_ text: ScanText, _ k: Int) -> Bool {
        guard let t = token(text, k), t.kind == .word, t.end - t.start <= 7 else { return false }
        // ASCII words without a string; `Lôn`, `Sgwâr` folded.
        if !text.scalars[t.start..<t.end].contains(where: { $0.value >= 0x80 }) {
            return StructuredScan.index(text, token: k, in: Self.welshStreetTypes) != nil
        }
        return Self.welshStreetTypes.contains(NameMatching.fold(text.slice(t.start..<t.end)))
    }

    /// "12 Heol y Felin": a house number before a Welsh street.
    private func welshStreetAfterNumber(_ text: ScanText, _ k: Int) -> (Int, String)? {
        guard let t = token(text, k), t.end - t.start <= 3, let n = StructuredScan.number(text, t.start..<t.end), n >= 1,
            !StructuredScan.wordChar(text, t.start - 1), token(text, k + 1)?.kind == .space || token(text, k + 1)?.kind == .word
        else { return nil }
        if let s = StructuredScan.at(text, t.start - 1), ".,:/£$€-".unicodeScalars.contains(s) { return nil }
        if let p = previousWord(text, k), isWord(text, p, in: Self.notHouseNumbers) { return nil }
        // "14a Heol y Bont": a letter after the number.
        var s = k + 2
        if let a = token(text, k + 1), a.kind == .word, a.end - a.start == 1, StructuredScan.letter(text, a.start),
            token(text, k + 2)?.kind == .space
        {
            s = k + 3
        }
        guard let last = welshStreet(text, s), let l = token(text, last), let type = token(text, s) else { return nil }
        _ = l
        return (last, text.slice(type.start..<type.end))
    }

    /// Words that make a capitalised run an organisation, not a house (`Avonmere Police`).
    private static let notHouseWords: Set<String> = NameContextWords.placeOrAgency
        .subtracting([
            "house", "lodge", "hall", "court", "view", "green", "fields", "field", "wood", "towers", "mews", "row",
            "walk", "hill", "grove", "gardens", "place", "park", "home",
        ])
        // `Chief Executive, Hafren Vale Women's Aid`: a job, not a house.
        .union(["executive", "officer", "manager", "director", "chair", "lead", "coordinator", "chief", "head", "commissioner"])
        // `Mr Obinna Eze, Social Worker, Soar Vale Older Adults Team`: a job; `Quarryman's Arms,
        // Main St`: a pub (development set 48).
        .union(["worker", "visitor", "nurse", "midwife", "practitioner", "adviser", "advisor", "assistant", "arms"])
        // `Safeguarding, Ouzel Vale General Hospital`: a hospital named after its place (development set 27).
        .union(["general"])
        // `Cuba Bar, Brindle Rd`: a business (development set 71).
        .union(NameContextWords.businessWords)
        // `Dolcoath Chambers, Trevithick Road`: offices (development set 91).
        .union(["chambers"])
        // `Meddygfa'r Farchnad, Stryd y Farchnad`: a surgery's, a school's, an office's Welsh
        // name (with or without the article `'r`: `isNotHouseWord`; development set 73).
        .union(welshInstitutions)
    private static let welshInstitutions = [
        "meddygfa", "feddygfa", "ysgol", "ysbyty", "canolfan", "swyddfa", "gorsaf", "llyfrgell", "coleg", "prifysgol",
    ]

    /// Whether a folded word names a place, an agency, a job or a business rather than a house.
    private static func isNotHouseWord(_ folded: String) -> Bool {
        notHouseWords.contains(NameMatching.withoutWelshArticle(folded))
    }

    /// `Brindon, Soar Vale`, `Committee Room 2, Soar Vale District Council`: the street's words,
    /// back from its type at `last` to a comma or a number, all words of the site's title or
    /// organisation (`Safer Charnford and Soar Vale`): the partnership's own area, not a
    /// street (development set 48).
    private func namesSiteArea(_ text: ScanText, _ last: Int, _ context: AnonymisationContext) -> Bool {
        guard !context.siteAreaWords.isEmpty else { return false }
        // (`12 Soar Vale Road` is a street of that name.)
        if let n = NameMatching.nextWord(text, after: last), n == last + 2, isWord(text, n, in: Self.streetTypes) {
            return false
        }
        var j = last, words = 0
        while j >= 0, text.tokens[j].kind == .word || text.tokens[j].kind == .space {
            if text.tokens[j].kind == .word {
                guard context.siteAreaWords.contains(NameMatching.fold(NameMatching.word(text, j))) else { return false }
                words += 1
            }
            j -= 1
        }
        return words >= 2
    }

    static let courtKinds: WordList = [
        "crown", "magistrates", "magistrates'", "county", "family", "youth", "coroner's", "combined",
    ]
    /// The last word of an organisation's name or a word for one.
    static let organisationWords: WordList = [
        "partnership", "council", "office", "offices", "team", "service", "services", "trust", "police", "board",
        "department", "authority", "constabulary",
    ]

    /// `Plot 7, Wheal Jenny Travellers’ Site`, `Caravan 14, Polgrean Farm`: a pitch's, plot's or
    /// caravan's number, a comma and the site's capitalised name, the address of a home on a
    /// Traveller site, a caravan park or a farm (most corpora's writers label it an address;
    /// `Caravan 6, the Far Field` is the quasi-identifier rule's). Returns the name's last token.
    private func pitchOnNamedSite(_ text: ScanText, _ k: Int) -> Int? {
        guard k + 5 < text.tokens.count, text.tokens[k + 1].kind == .space, text.tokens[k + 2].kind == .number,
            text.tokens[k + 2].end - text.tokens[k + 2].start <= 3, isOther(text, k + 3, ","),
            isWord(text, k, in: QuasiIdentifierRule.pitchWords)
        else { return nil }
        var last: Int?
        var at = k + 3
        while let n = NameMatching.nextWord(text, after: at) ?? afterPluralApostrophe(text, at), n - at <= 3,
            let w = token(text, n),
            StructuredScan.capitalised(text, w), !isWord(text, n, in: ["the"]), (last.map { n - $0 } ?? 0) <= 3
        {
            // (Not past a comma.)
            if (at + 1..<n).contains(where: { isOther(text, $0, ",") }) { break }
            last = n
            at = n
        }
        return last
    }

    /// `Travellers’ Site`: the word after a plural's apostrophe and a space.
    private func afterPluralApostrophe(_ text: ScanText, _ k: Int) -> Int? {
        guard isOther(text, k + 1, "'\u{2019}"), token(text, k + 2)?.kind == .space, token(text, k + 3)?.kind == .word
        else { return nil }
        return k + 3
    }

    /// Whether an organisation stands right before the house name at `k`: among the three words
    /// before `at` (`the chair of the partnership at`), ending the line before, or right before
    /// a comma.
    private func organisationBefore(_ text: ScanText, _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, text.tokens[j].kind == .space { j -= 1 }
        guard j >= 0 else { return false }
        if text.tokens[j].kind == .newline {
            j -= 1
            while j >= 0, text.tokens[j].kind == .space || isOther(text, j, ",") { j -= 1 }
            return j >= 0 && text.tokens[j].kind == .word && isWord(text, j, in: Self.organisationWords)
        }
        // `the Information Commissioner’s Office, Wycliffe House, Water Lane`: an organisation's
        // building after its name and a comma (development set 37).
        if isOther(text, j, ",") {
            j -= 1
            while j >= 0, text.tokens[j].kind == .space { j -= 1 }
            return j >= 0 && text.tokens[j].kind == .word && isWord(text, j, in: Self.organisationWords)
        }
        guard text.tokens[j].kind == .word, isWord(text, j, in: ["at"]) else { return false }
        var words = 0
        while j > 0, words < 3 {
            j -= 1
            guard text.tokens[j].kind == .word else { continue }
            words += 1
            if isWord(text, j, in: Self.organisationWords) { return true }
        }
        return false
    }

    /// "Ty Gwyn, Heol y Felin", "The Willows, Mill Lane": one to three capitalised words (a
    /// house name), a comma, and a street name. Returns the street's last token.
    private func houseOnStreet(_ text: ScanText, _ k: Int, _ context: AnonymisationContext) -> Int? {
        guard let t = token(text, k), StructuredScan.capitalised(text, t) else { return nil }
        // `(DSL, Heathfield Park)`: initials are a role or an agency, not a house.
        // (A form's capitals after its `Address` field are an address: `Address .......... LOW
        // HARTHOPE COTT, HARTHOPE LANE`; development set 49.)
        if t.end - t.start >= 2, text.scalars[t.start..<t.end].allSatisfy({ $0.isScanUppercase }),
            !addressLabelBefore(text, k)
        {
            return nil
        }
        // Cheap test first: a comma within the next three words, or four after an article
        // (`The Old Perry House, Tump Lane`).
        let article = isWord(text, k, in: ["the", "y"])
        var c = k + 1
        while c < text.tokens.count, c - k <= (article ? 8 : 6), text.tokens[c].kind == .word || text.tokens[c].kind == .space {
            c += 1
        }
        guard isOther(text, c, ",") else { return blockOnStreetInCapitals(text, k) }
        // `the partnership at Fell House, Market Square`, and the line after `Borderfell
        // District Council` in an address block: an organisation's building.
        if organisationBefore(text, k) { return nil }
        // The house name starts the run: not after another capitalised word, nor after a
        // lower-case "the" (`the Red Lion, High Street` is a pub or a shop). (A record's field
        // label, `ADDRESS    Thorngarth, Bank Foot Lane`, may stand before it; development set 28.)
        if let p = previousWord(text, k), let pt = token(text, p),
            StructuredScan.capitalised(text, pt) && !isWord(text, p, in: ["address"])
                || StructuredScan.equals(text, pt.start..<pt.end, "the")
                // (Welsh `yr` after a centre's name, `Canolfan Iechyd Meddwl Glan yr Afon, Ffordd yr
                // Orsaf`; not a house's own, `Maes yr Haf, Lôn Crugion`; development set 82.)
                || StructuredScan.equals(text, pt.start..<pt.end, "yr") && welshOrganisationBefore(text, p)
        {
            return nil
        }
        var j = k
        var names = 0
        while true {
            // `Y Bwthyn, Lôn Goed`: the Welsh article may start a house name.
            guard let w = token(text, j), w.kind == .word, StructuredScan.capitalised(text, w),
                w.end - w.start >= 2 || (j == k && StructuredScan.equals(text, w.start..<w.end, "y"))
            else {
                return nil
            }
            let folded = NameMatching.fold(text.slice(w.start..<w.end))
            // (`Nando's, Harbourside Retail Park`: a chain's restaurant; development set 82.)
            if QuasiIdentifierRule.largeEmployers.contains(folded) { return nil }
            // (`Willow Garth, Cutlers Lane`: a street type that also ends house names, before the street.)
            // (Its first word a plain word, `Ivy Bank`, not a firm's name, `Barclays Bank`.)
            // (After an address's field any street type may end the house's name: `Address: Lark
            // Rise, Church Lane`; development set 53.)
            let houseToo =
                names >= 1 && isOther(text, j + 1, ",")
                && (isWord(text, j, in: Self.streetTypesNamingHouses)
                    && NameAfterRole.englishWords.contains(
                        NameMatching.fold(text.slice(text.tokens[k].start..<text.tokens[k].end)))
                    // (Not any word: `LOCATION: HEATHERVALE CARE, MOOR TOP ROAD` is a care
                    // home's; development set 79.)
                    || addressLabelBefore(text, k) && isWord(text, j, in: Self.streetTypes))
            // (`Mill Drove Farm, Cuckoo Lode Road`: a street type inside a farm's or a cottage's name.)
            // (`Lane End Farm, Carr Lane`: two words before the farm's; development set 92.)
            let insideHouse =
                token(text, j + 1)?.kind == .space
                && (isWord(text, j + 2, in: Self.houseTypes)
                    || token(text, j + 3)?.kind == .space && isWord(text, j + 4, in: Self.houseTypes))
            // (`The Old Chapel, Fen Bank Road`, `The Old School`: a building turned into a home;
            // development set 68.)
            let converted = article && names == 2 && isWord(text, j - 2, in: ["old"])
            let streetInside = insideHouse && isWord(text, j, in: Self.streetTypes)
            // (`Capel Bethesda, Heol Fawr`: a chapel by its first word, where a panel met; development
            // set 125. Not `Tŷ Capel`, the chapel house, a home: development set 62.)
            if j == k && isWord(text, j, in: ["capel", "eglwys"]) { return nil }
            if (Self.isNotHouseWord(folded) && !houseToo && !converted && !streetInside) || context.declaredWords.contains(folded)
                || (isWord(text, j, in: Self.streetTypes) && !houseToo && !insideHouse) || isWelshType(text, j)
            {
                return nil
            }
            names += 1
            if isOther(text, j + 1, ",") { break }
            guard names < (article ? 4 : 3), token(text, j + 1)?.kind == .space else { return nil }
            j += 2
        }
        // "The Willows" alone is a name; a single word needs to be more than "The".
        guard !(names == 1 && isWord(text, k, in: ["the", "y"])) else { return nil }
        // (`[Eka](2024-02-wardley-gate/index.md), Wardley Gate` on the reviews' list: a review's
        // pseudonym of one word, then its area; development set 49.)
        if names == 1, context.reviewPseudonymWords.contains(NameMatching.fold(NameMatching.word(text, k))) { return nil }
        // `communities in Brackenroyd, Stanley Green and …`: one word after `in` is a town
        // (`in Rose Cottage, Mill Lane` still names a house).
        if names == 1, let p = previousWord(text, k),
            NameContextWords.beforePlace.contains(NameMatching.fold(text.slice(text.tokens[p].start..<text.tokens[p].end))),
            !isWord(text, k, in: Self.houseTypes)
        {
            return nil
        }
        // After ", ": a Welsh street, or one to three capitalised words and a street type.
        var s = j + 2
        if token(text, s)?.kind == .space { s += 1 }
        if let last = welshStreet(text, s) { return last }
        var names2 = 0
        while names2 <= 3 {
            guard let w = token(text, s), w.kind == .word, StructuredScan.capitalised(text, w) else { return nil }
            // `Harley St Peter`: `St` before a name is a saint.
            // (Not before a postcode: `Pelham St  B113RX`; development set 97.)
            let saint =
                isWord(text, s, in: ["st"]) && token(text, s + 1)?.kind == .space
                && token(text, s + 2).map { $0.kind == .word && StructuredScan.capitalised(text, $0) } == true
                && PostcodeRule().find(text, at: text.tokens[s + 2].start) == nil
            // `Moss Side Lane`: a street type inside the name, before the last one.
            let inside =
                token(text, s + 1)?.kind == .space && token(text, s + 2)?.kind == .word
                && isWord(text, s + 2, in: Self.lastStreetTypes)
            // (`Tamarmouth PL1 5TF`: letters glued to a digit start a postcode, not `Pl`.)
            if names2 >= 1, isWord(text, s, in: Self.streetTypes), !saint, !inside, token(text, s + 1)?.kind != .number {
                // `Trial, Carlisle Crown Court`: a court, not a street.
                if isWord(text, s, in: ["court"]), isWord(text, s - 2, in: Self.courtKinds) { return nil }
                // `Mill Lane Surgery` is an agency.
                if let n = token(text, s + 2), token(text, s + 1)?.kind == .space, n.kind == .word,
                    Self.isNotHouseWord(NameMatching.fold(text.slice(n.start..<n.end)))
                {
                    return nil
                }
                // (`at Oxgate, Brindle Road and Crossbank Basin stops`: a list of places, not a
                // house and its street; development set 71.)
                if let a = NameMatching.nextWord(text, after: s), a == s + 2, isWord(text, a, in: ["and", "or"]),
                    let n = NameMatching.nextWord(text, after: a), NameMatching.isCapitalised(NameMatching.word(text, n))
                {
                    return nil
                }
                return namesSiteArea(text, s, context) ? nil : s
            }
            guard token(text, s + 1)?.kind == .space else { return nil }
            names2 += 1
            s += 2
        }
        return nil
    }
}
