import ReviewSiteCore
import ReviewSiteNames

/// Places in `undeclared-name`: a given name that is part of a place (towns that are also names,
/// countries, lists of places, compass points, addresses) and the word lists these tests use.
extension UndeclaredNameRule {
    /// Given names that are also street types (`Willow Garth`, `Church Lea`).
    static let streetTypeNames: Set<String> = ["garth", "lea", "chase", "croft", "bank"]

    /// `in`, `near`, `around`, `outside`, or `at` after `born`, `lived` or `grew up`.
    static func placePreposition(_ text: ScanText, _ k: Int) -> Bool {
        let word = NameMatching.word(text, k)
        // (`I've copied in Siwan`: `in` of a verb that brings a person into an email or a
        // meeting, before a given name that is also a town; development set 73.)
        if word == "in", let p = NameMatching.previousWord(text, before: k),
            Self.bringInWords.contains(NameMatching.word(text, p))
        {
            return false
        }
        if ["in", "near", "around", "outside"].contains(word) || afterMove(text, k) { return true }
        guard word == "at", let p = NameMatching.previousWord(text, before: k) else { return false }
        return ["born", "lived", "lives", "living", "up", "raised", "buried", "farmed"].contains(NameMatching.word(text, p))
    }

    /// Whether `and`, `or` or a comma, then a village's name led by `Upper`, `Lower`,
    /// `Great` or `Little`, follows word `i` (`Stonecross Leigh and Upper Wickhurst`).
    static func beforeVillage(_ text: ScanText, _ i: Int) -> Bool {
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

    /// `Stanley, Chester-le-Street, Preston and Darlington are towns where…`, `"Preston" and
    /// "Lincoln" are the towns`: word `i` in a list of capitalised words that the sentence
    /// then calls places (development set 74).
    static func listedAsPlaces(_ text: ScanText, _ i: Int) -> Bool {
        let tokens = text.tokens
        var j = i + 1
        // Across the rest of the list: capitalised words, hyphens and the small words of a
        // town's name joined by them (`-le-`), emphasis, quotes, commas, `and` and `or`.
        while j < tokens.count, j < i + 60 {
            let t = tokens[j]
            switch t.kind {
            case .space: break
            case .other:
                guard ",*_\"'\u{201C}\u{201D}\u{2018}\u{2019}-".unicodeScalars.contains(text.scalars[t.start]) else {
                    return false
                }
            case .word:
                let word = NameMatching.word(text, j)
                // (`Stanley in the Falklands or Kingsbridge, are places too`: where a town is;
                // development set 106.)
                if NameMatching.isCapitalised(word) || Self.listWords.contains(word) { break }
                if j >= 1, tokens[j - 1].kind == .other, text.scalars[tokens[j - 1].start] == "-" { break }
                guard word == "are" || word == "were", var n = NameMatching.nextWord(text, after: j) else { return false }
                if ["the", "all", "both"].contains(NameMatching.word(text, n)), let m = NameMatching.nextWord(text, after: n) {
                    n = m
                }
                return Self.placeNouns.contains(NameMatching.word(text, n))
            default: return false
            }
            j += 1
        }
        return false
    }
    private static let listWords: Set<String> = ["and", "or", "in", "the", "of", "on", "upon"]
    private static let placeNouns: Set<String> = [
        "towns", "villages", "places", "cities", "areas", "counties", "countries", "districts", "boroughs", "suburbs",
    ]

    /// `the villages of Trevor and Bethesda`: word `i` in a list of capitalised words after
    /// `of` and a plural word for places (development set 93).
    static func placesOf(_ text: ScanText, _ i: Int) -> Bool {
        var k = i
        for _ in 0..<6 {
            guard let p = NameMatching.previousWord(text, before: k) else { return false }
            let word = NameMatching.word(text, p)
            if word == "of" {
                return NameMatching.previousWord(text, before: p).map { placeNouns.contains(NameMatching.word(text, $0)) } == true
            }
            // (Back across the list: `Trevor and`, `Ruthin,`.)
            guard word == "and" || word == "or" || NameMatching.isCapitalised(word) else { return false }
            k = p
        }
        return false
    }

    /// A country that is also a given name after `of` (`the south-west of India`).
    static func countryAfterOf(_ text: ScanText, _ i: Int) -> Bool {
        guard isCountry(text, i), let p = NameMatching.previousWord(text, before: i) else { return false }
        return NameMatching.word(text, p) == "of"
    }

    /// Given names that also end the names of places (`Welham Heath`, `Borrow Dale`).
    static let placeEndingNames: Set<String> = ["heath", "dale", "vale", "brook", "glen", "forest"]

    /// Whether a country stands next to word `i` across `and`, `or` or a comma.
    static func countryNext(_ text: ScanText, _ i: Int) -> Bool {
        let (previous, next) = listSides(text, i)
        return isCountry(text, pastConjunction(text, next, forward: true))
            || isCountry(text, pastConjunction(text, previous, forward: false))
    }

    /// Compass points that start a place's name (`East Cliff`, `West Quinton`).
    static let compassPoints: Set<String> = ["East", "West", "North", "South", "EAST", "WEST", "NORTH", "SOUTH"]

    static let landscapePlurals: Set<String> = ["hills", "moors", "dales", "fells", "wolds", "downs", "mountains", "levels"]

    /// `Harlingbury, Kingswell and Sandy`: a UK town (`Sandy`) listed with two more capitalised
    /// words no given-name list knows, each across a comma, `and` or `or` (development set 27).
    static func townAmongPlaces(_ text: ScanText, _ i: Int) -> Bool {
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
    static func listSides(_ text: ScanText, _ i: Int) -> (previous: Int?, next: Int?) {
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
    static func pastConjunction(_ text: ScanText, _ k: Int?, forward: Bool) -> Int? {
        guard let k, ["and", "or"].contains(NameMatching.word(text, k)) else { return k }
        return forward ? NameMatching.nextWord(text, after: k) : NameMatching.previousWord(text, before: k)
    }

    /// Whether word `k` is a capitalised country (`Jamaica`).
    private static func isCountry(_ text: ScanText, _ k: Int?) -> Bool {
        guard let k else { return false }
        let word = NameMatching.word(text, k)
        return NameMatching.isCapitalised(word) && NameContextWords.countries.contains(NameMatching.fold(word))
    }

    /// Whether a comma comes right before word `i`, after a number or a capitalised word that
    /// is no given name (`Kerala, India`).
    static func afterRegionOrNumber(_ text: ScanText, _ i: Int) -> Bool {
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
    static func beforeCountry(_ text: ScanText, _ k: Int) -> Bool {
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
    static func afterMove(_ text: ScanText, _ k: Int) -> Bool {
        let word = NameMatching.word(text, k)
        guard word == "from" || word == "to" || word == "in" || word == "i" else { return false }
        // `symudodd Medwyn i Bryn Teifion`: Welsh `i` (to) after a verb of moving, its subject
        // between them (the bench's bilingual corpus D stopped linting on it).
        if word == "i" {
            guard let p = NameMatching.previousWord(text, before: k) else { return false }
            let q = NameMatching.previousWord(text, before: p)
            return Self.welshMoveVerbs.contains(NameMatching.word(text, p).lowercased())
                || q.map { Self.welshMoveVerbs.contains(NameMatching.word(text, $0).lowercased()) } == true
        }
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

    static let welshMoveVerbs: Set<String> = [
        "symudodd", "symudon", "symudasant", "symud", "aeth", "aethon", "dychwelodd", "ffodd", "teithiodd", "mynd",
    ]
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
        // (`booked a flight to Salvador`; development set 108.)
        "flight", "flights", "ticket", "tickets",
    ]
    static let wordsBeforeIn: Set<String> = [
        "lives", "lived", "live", "living", "born", "raised", "settled", "based", "grew", "up", "buried", "resident",
    ]

    /// `Wales–Argentina`: a capitalised word, then a hyphen or an en dash, then the word at `i`.
    static func dashedToPlace(_ text: ScanText, _ i: Int) -> Bool {
        let t = text.tokens
        guard i >= 2, t[i - 1].kind == .other, t[i - 1].end - t[i - 1].start == 1,
            "-\u{2013}".unicodeScalars.contains(text.scalars[t[i - 1].start]), t[i - 2].kind == .word
        else { return false }
        let before = NameMatching.word(text, i - 2)
        return NameMatching.isCapitalised(before)
            && (NameContextWords.countries.contains(NameMatching.fold(before)) || Self.homeNations.contains(before))
    }
    static let homeNations: Set<String> = ["Wales", "England", "Scotland", "Ireland", "Britain", "Cymru", "Anglo"]
    /// A body named after a country (`the Argentina Society`).
    static let bodyWords: Set<String> = [
        "society", "association", "club", "embassy", "consulate", "community", "centre", "center", "federation",
        "league", "trust", "council", "mission", "church", "forum",
    ]

    /// Every two capitalised words after a place preposition in the text (`in Kirk Audley`).
    static func pairsAfterPlacePreposition(_ text: ScanText) -> Set<String> {
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
    func townElsewhere(_ text: ScanText, _ i: Int, _ next: Int) -> Bool {
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

    /// Islands whose names are also given names or surnames.
    static let islandsAlsoNames: Set<String> = [
        "lewis", "harris", "barra", "iona", "arran", "bute", "jura", "islay", "tiree", "coll", "skye", "mull", "sark",
        "herm", "jersey", "guernsey", "alderney", "lundy", "eigg", "uist", "scalpay", "lismore", "unst", "yell", "hoy",
    ]

    /// Whether word `i` is an island: after `off`, or after `on`, `of` or `from` on a page that
    /// speaks of islands (`the risk from Lewis` on a page about no island is a person).
    static func island(_ text: ScanText, _ i: Int, speaksOfIslands: Bool) -> Bool {
        guard islandsAlsoNames.contains(NameMatching.fold(NameMatching.word(text, i))) else { return false }
        // (Across a line's end: `still lives on` / `Lewis.`)
        var p = i - 1
        while p >= 0, text.tokens[p].kind == .space || text.tokens[p].kind == .newline { p -= 1 }
        guard p >= 0, p < i - 1, text.tokens[p].kind == .word else { return false }
        let before = NameMatching.word(text, p)
        if before == "off" { return true }
        guard ["on", "of", "from"].contains(before) else { return false }
        if let n = NameMatching.nextWord(text, after: i), n == i + 2, NameMatching.isCapitalised(NameMatching.word(text, n)) {
            return false
        }
        return speaksOfIslands
    }

    /// Every two capitalised words that start a place's name in the text (`Glyn Ceirios` of
    /// `Glyn Ceirios Holiday Park`), so `Glyn Ceirios is a holiday park` under that heading is
    /// the place too (development set 73). Worked out once per text, and only when asked.
    func pairsStartingPlaces(_ text: ScanText) -> Set<String> {
        var out: Set<String> = []
        let tokens = text.tokens
        for k in tokens.indices where tokens[k].kind == .word && text.scalars[tokens[k].start].isScanUppercase {
            guard let n = NameMatching.nextWord(text, after: k), n == k + 2, tokens[k + 1].kind == .space,
                text.scalars[tokens[n].start].isScanUppercase,
                let m = NameMatching.nextWord(text, after: n), text.scalars[tokens[m].start].isScanUppercase,
                partOfPlace(text, k)
            else { continue }
            out.insert(NameMatching.word(text, k) + " " + NameMatching.word(text, n))
        }
        return out
    }

    /// Whether the run of capitalised words from `i` ends in a place or agency word
    /// (`Grace House`, `Queen Elizabeth Hospital`, `Hope Street`, `Wiltshire Police`, and
    /// `Robert Jones and Agnes Hunt Orthopaedic Hospital`).
    func partOfPlace(_ text: ScanText, _ i: Int) -> Bool {
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

    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "north-west",
        "north-east", "south-west", "south-east", "rural", "coastal",
    ]

    /// Whether token `i` starts its line (after spaces only).
    private static func startsLine(_ text: ScanText, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, text.tokens[j].kind == .space { j -= 1 }
        return j < 0 || text.tokens[j].kind == .newline
    }

    /// Whether the word at `i` follows `, ` after a street of an address: a street type (`Tump
    /// Lane`) after a house number or a house name and its comma (`14 Tump Lane, `, `The Old
    /// Perry House, Tump Lane, `).
    static func townOfAddress(_ text: ScanText, _ i: Int) -> Bool {
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
    static func beforePostcode(_ text: ScanText, _ i: Int) -> Bool {
        guard i + 2 < text.tokens.count, text.tokens[i + 1].kind == .other, text.scalars[text.tokens[i + 1].start] == ",",
            text.tokens[i + 2].kind == .space
        else { return false }
        return PostcodeRule().find(text, at: text.tokens[i + 2].end) != nil
    }
}
