import ReviewSiteCore

/// Homes known by name: a named housing estate or block of flats, a named farm, house or boat, a pitch or
/// plot on a named site, and a room or flat in a named building (with its floor or wing).
extension QuasiIdentifierRule {
    /// Lower-case words after a name that make it a home's: an estate or a block of flats.
    static let estateWords: WordList = ["estate", "apartments", "flats"]

    static let carMakes: Set<String> = [
        "volvo", "ford", "vauxhall", "skoda", "škoda", "audi", "bmw", "mercedes", "toyota", "nissan", "peugeot",
        "renault", "citroen", "citroën", "volkswagen", "vw", "honda", "mazda", "kia", "hyundai", "fiat", "seat", "opel",
        "dacia", "subaru", "mitsubishi", "saab", "rover", "jaguar", "mini", "suzuki", "passat", "octavia", "mondeo",
        "focus", "astra", "golf", "superb", "insignia", "avensis", "a4", "a6", "v70", "v50", "v60", "v90",
    ]

    /// "the Maes Glas estate", "the Calder Mill apartments": one to three capitalised words
    /// before a lower-case `estate`, `apartments` or `flats`.
    func namedEstate(_ text: ScanText, _ k: Int) -> (Int, Int)? {
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
                // A housing estate is an area of many homes, as most writers treat it (`killed on
                // the Kingsdock estate`, `the Colliers Rise estate`: development set 86, and false
                // alarms on other development sets); a home on it, or living there, narrows it to
                // one household (`killed in her home in the Tennyson estate`, `a block of 24 flats
                // on the Lowther estate`, `She lived on the Eastfield estate`).
                if w == "estate", !homeBefore(text, k), !tenantsAfter(text, n) { return nil }
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

    /// Whether a home's noun, or a word of living there, stands among the four words before
    /// `on`, `in` or `at` (and `the`) before token `k` (`She lived on the Eastfield estate`).
    private func homeBefore(_ text: ScanText, _ k: Int) -> Bool {
        guard var p = NameMatching.previousWord(text, before: k) else { return false }
        if word(text, p) == "the", let q = NameMatching.previousWord(text, before: p) { p = q }
        guard ["on", "in", "at"].contains(word(text, p) ?? "") else { return false }
        var j = NameMatching.previousWord(text, before: p), words = 0
        while let q = j, words < 4 {
            if let w = word(text, q), Self.estateHomeWords.contains(NameMatching.stripPossessive(w).base) { return true }
            words += 1
            j = NameMatching.previousWord(text, before: q)
        }
        return false
    }

    /// A home's nouns, and the verbs of living in one, that tie an estate to a household.
    static let estateHomeWords: Set<String> = [
        "home", "house", "flat", "flats", "maisonette", "bungalow", "address", "tenancy", "property", "block", "tenant",
        "tenants", "lived", "lives", "living", "live",
    ]

    /// Whether the estate's tenants are named within the four words after token `k` (`a note
    /// from the Cowslip Meadows estate names the tenants`).
    private func tenantsAfter(_ text: ScanText, _ k: Int) -> Bool {
        var j = NameMatching.nextWord(text, after: k), words = 0
        while let q = j, words < 4 {
            if let w = word(text, q), w == "tenant" || w == "tenants" { return true }
            words += 1
            j = NameMatching.nextWord(text, after: q)
        }
        return false
    }

    /// The names of homes the text gives after `lived at`, `farmed at` or `grew up at`: one to
    /// three capitalised words, not an agency's, a business's or a house's (the address rule's).
    func namedHomes(_ text: ScanText) -> [[String]] {
        var out: [[String]] = []
        let tokens = text.tokens
        for k in tokens.indices where tokens[k].kind == .word {
            if let words = quotedBoatName(text, k) ?? appositiveBoatName(text, k) {
                if !out.contains(words) { out.append(words) }
                continue
            }
            let length = tokens[k].end - tokens[k].start
            guard (2...6).contains(length) || length == 9 || length == 10 else { continue }
            if length == 4 || length == 5, let words = buildingHome(text, k) {
                if !out.contains(words) { out.append(words) }
                continue
            }
            // `farmed at Low Gill`, and `farmed Raisdale Head for forty-one years` without `at`
            // (development set 28).
            // `nb Zlatibor Rose`, `nb. Kaleva`: a narrowboat's name, where someone lives aboard
            // (development set 52); a boat's name may be a woman's.
            let boat = (length == 2 || length >= 9) && StructuredScan.index(text, token: k, in: Self.boatWords) != nil
            if StructuredScan.equals(text, token: k, atKey) {
                guard let p = NameMatching.previousWord(text, before: k),
                    StructuredScan.index(text, token: p, in: Self.homeVerbs) != nil
                else { continue }
                // (`grew up at`, not `kept turning up at Malby races`; development set 57.)
                if StructuredScan.equals(text, tokens[p].start..<tokens[p].end, "up"),
                    !(NameMatching.previousWord(text, before: p).map {
                        StructuredScan.index(text, token: $0, in: Self.upbringingVerbs) != nil
                    } ?? false)
                {
                    continue
                }
            } else if StructuredScan.index(text, token: k, in: Self.farmedWords) == nil, !boat {
                continue
            }
            var words: [String] = []
            var at = k
            if boat, k + 1 < tokens.count, tokens[k + 1].kind == .other, text.scalars[tokens[k + 1].start] == "." { at = k + 1 }
            // (A boat's name in capitals, as a record writes it: `nb TRELEW`; development set 72.
            // After `NB` in capitals only where a boat's word comes just before it: `BOAT NAME NB
            // KINGFISHER LASS`, `VISITOR MOORINGS, NB …`; `NB ADVISED TO CALL` is nota bene;
            // development set 117.)
            var capitalsAllowed: Bool?
            while words.count < 3, let n = NameMatching.nextWord(text, after: at), case let w = NameMatching.word(text, n),
                NameMatching.isCapitalised(w)
                    || boat && w.count >= 3 && NameMatching.allCapitals(w)
                        && {
                            if capitalsAllowed == nil {
                                capitalsAllowed = text.scalars[text.tokens[k].start] == "n" || boatWordJustBefore(text, k)
                            }
                            return capitalsAllowed ?? false
                        }(),
                !NameMatching.startsSentence(text, n) || boat && words.isEmpty
            {
                words.append(w)
                at = n
            }
            let folded = words.map { NameMatching.fold(NameMatching.stripPossessive($0).base) }
            // (`NB You must…`, `N.B. For`: nota bene, before an English word alone, or a language
            // or people's word: `NB Dutch v slow`, a nickname in a pay book; development set 116.)
            if boat, words.count == 1,
                NameAfterRole.englishWords.contains(folded[0]) || NameContextWords.languages.contains(folded[0])
            {
                continue
            }
            guard !words.isEmpty, words.count >= 2 || !UKPlaces.words.contains(folded[0]),
                !folded.contains(where: {
                    NameContextWords.placeOrAgency.contains($0) || NameContextWords.businessWords.contains($0)
                        || NameContextWords.houseWords.contains($0)
                        || !boat && FirstNames.kind(of: $0.capitalized) != nil && !NameContextWords.landscapeNames.contains($0)
                }),
                !UKPlaces.names.contains(folded.joined(separator: " ")), !out.contains(words)
            else { continue }
            out.append(words)
        }
        return out
    }

    /// Whether a word of boats or moorings is among the three words before token `k`, in its
    /// line and sentence (a look of a few tokens, however long the paragraph).
    private func boatWordJustBefore(_ text: ScanText, _ k: Int) -> Bool {
        var p = k - 1, words = 0
        while p >= 0, words < 3, text.tokens[p].kind != .newline, !StructuredScan.isChar(text, text.tokens[p].start, ".") {
            if text.tokens[p].kind == .word {
                if StructuredScan.index(text, token: p, in: Self.mooringWords) != nil { return true }
                words += 1
            }
            p -= 1
        }
        return false
    }
    static let mooringWords: WordList = ["boat", "moorings", "mooring", "marina", "wharf", "towpath", "vessel"]

    /// `the barge "Marsh Harrier"`, `nb “Curlew”`: a boat's name in quotes after a boat's word,
    /// one to four capitalised words, English words too (development set 84).
    private func quotedBoatName(_ text: ScanText, _ k: Int) -> [String]? {
        let tokens = text.tokens
        guard k + 3 < tokens.count, tokens[k + 1].kind == .space, tokens[k + 2].kind == .other,
            SocialHandleRule.openingQuotes.unicodeScalars.contains(text.scalars[tokens[k + 2].start]),
            StructuredScan.index(text, token: k, in: Self.quotedBoatWords) != nil
        else { return nil }
        var words: [String] = []
        var at = k + 3
        while at < tokens.count, tokens[at].kind == .word, words.count < 4 {
            let w = NameMatching.word(text, at)
            guard NameMatching.isCapitalised(w) else { return nil }
            words.append(w)
            if at + 2 < tokens.count, tokens[at + 1].kind == .space, tokens[at + 2].kind == .word {
                at += 2
            } else {
                break
            }
        }
        guard !words.isEmpty, at + 1 < tokens.count, tokens[at + 1].kind == .other,
            SocialHandleRule.closingQuotes.unicodeScalars.contains(text.scalars[tokens[at + 1].start])
        else { return nil }
        return words
    }

    /// `lived on a 36-foot motor cruiser, the Kittiwake, moored …`: a boat's name after its kind
    /// and a comma, one to three capitalised words after `the`, when a word of living aboard
    /// comes shortly before (development set 94). Then `on the Kittiwake` names the home too.
    private func appositiveBoatName(_ text: ScanText, _ k: Int) -> [String]? {
        let tokens = text.tokens
        // (Cheap test first: a comma right after the word.)
        guard k + 4 < tokens.count, StructuredScan.isChar(text, tokens[k + 1].start, ","),
            tokens[k + 2].kind == .space, StructuredScan.index(text, token: k, in: Self.appositiveBoatWords) != nil,
            let the = NameMatching.nextWord(text, after: k + 1), the == k + 3, word(text, the) == "the"
        else { return nil }
        var p = k - 1, livedAboard = false
        while p >= max(0, k - 14), tokens[p].kind != .newline {
            if tokens[p].kind == .word, StructuredScan.index(text, token: p, in: Self.aboardWords) != nil {
                livedAboard = true
                break
            }
            p -= 1
        }
        guard livedAboard else { return nil }
        var words: [String] = []
        var at = the
        while words.count < 3, let n = NameMatching.nextWord(text, after: at), case let w = NameMatching.word(text, n),
            NameMatching.isCapitalised(w)
        {
            words.append(w)
            at = n
        }
        let folded = words.map { NameMatching.fold($0) }
        guard !words.isEmpty, !folded.contains(where: NameContextWords.placeOrAgency.contains),
            at + 1 < tokens.count, tokens[at + 1].kind == .other
        else { return nil }
        return words
    }

    static let appositiveBoatWords: WordList = [
        "boat", "cruiser", "narrowboat", "houseboat", "barge", "widebeam", "yacht", "launch", "trawler",
    ]
    static let aboardWords: WordList = ["lived", "lives", "living", "live", "aboard", "liveaboard", "home"]

    // (Not `yacht "Skylark"`: a yacht is seldom a home; development set 69.)
    static let quotedBoatWords: WordList = ["nb", "narrowboat", "houseboat", "barge", "widebeam"]

    /// `her flat in Victoria Mill`, `moved back to Prospect Mill`: a block of flats someone
    /// lives in, one to three capitalised words ending in a building's word (development set 79).
    /// Not `her flat in Kirkshaw`: a town is no building.
    private func buildingHome(_ text: ScanText, _ k: Int) -> [String]? {
        guard let n = NameMatching.nextWord(text, after: k) else { return nil }
        var at = n
        // (`her home on the fourteenth floor of Merlin House`; development set 97.)
        let ownHome =
            StructuredScan.equals(text, token: k, Self.homeKey)
            && NameMatching.previousWord(text, before: k).map({ Self.owner(text, $0) }) == true
        if StructuredScan.equals(text, token: k, Self.flatKey) || ownHome,
            let of = floorOf(text, n) ?? floorOf(text, afterSharers(text, n))
        {
            // `a two-bedroom flat on the eleventh floor of Tamar Court` (development set 84);
            // `the flat they shared on the ninth floor of Tolpuddle House` (development set 88).
            at = of
        } else if StructuredScan.equals(text, token: k, Self.flatKey) {
            guard StructuredScan.index(text, token: n, in: ["in", "at"]) != nil,
                var p = NameMatching.previousWord(text, before: k)
            else { return nil }
            // (`Adult W's council flat in Tolpuddle House`: the kind of flat between; set 88.)
            if StructuredScan.index(text, token: p, in: Self.flatKinds) != nil, let q = NameMatching.previousWord(text, before: p)
            {
                p = q
            }
            guard Self.owner(text, p) else { return nil }
        } else if StructuredScan.equals(text, token: k, Self.movedKey) {
            if StructuredScan.equals(text, token: at, Self.backKey), let b = NameMatching.nextWord(text, after: at) {
                at = b
            }
            guard StructuredScan.index(text, token: at, in: ["to", "into"]) != nil else { return nil }
        } else {
            return nil
        }
        var words: [String] = []
        while words.count < 3, let m = NameMatching.nextWord(text, after: at), m == at + 2,
            case let w = NameMatching.word(text, m), NameMatching.isCapitalised(w)
        {
            words.append(w)
            at = m
        }
        guard words.count >= 2, let last = words.last, Self.blockWords.contains(NameMatching.fold(last)),
            NameMatching.nextWord(text, after: at).map({ NameMatching.isCapitalised(NameMatching.word(text, $0)) }) != true
        else { return nil }
        return words
    }

    /// Kinds of flat between an owner and `flat` (`her council flat in`).
    static let flatKinds: WordList = ["council", "rented", "own", "studio", "shared", "new", "old", "first"]

    /// `they shared`, `she rented` after `flat`, from token `n`: the word after them (`on`), or
    /// `n` itself.
    private func afterSharers(_ text: ScanText, _ n: Int) -> Int {
        guard StructuredScan.index(text, token: n, in: ["they", "she", "he", "we", "i"]) != nil,
            let verb = NameMatching.nextWord(text, after: n), let w = word(text, verb), w.hasSuffix("ed"),
            let on = NameMatching.nextWord(text, after: verb)
        else { return n }
        return on
    }

    /// `on the eleventh floor of`, `on the 11th floor of` from token `on`: the token of `of`.
    private func floorOf(_ text: ScanText, _ on: Int) -> Int? {
        guard StructuredScan.equals(text, token: on, onKey), let the = NameMatching.nextWord(text, after: on),
            word(text, the) == "the"
        else { return nil }
        // (The floor's ordinal between: a word, or a number with its ending glued on.)
        var j = the + 1
        while j < min(text.tokens.count, the + 6), word(text, j) != "floor" {
            guard [.space, .word, .number].contains(text.tokens[j].kind) else { return nil }
            j += 1
        }
        guard j < text.tokens.count, word(text, j) == "floor", let of = NameMatching.nextWord(text, after: j),
            word(text, of) == "of"
        else { return nil }
        return of
    }

    /// `her`, `their`, `Adult W's` before a home.
    private static func owner(_ text: ScanText, _ p: Int) -> Bool {
        StructuredScan.index(text, token: p, in: NameAfterKin.possessives) != nil
            || NameMatching.stripPossessive(NameMatching.word(text, p)).possessive
    }

    private static let flatKey = WordList.key(of: "flat"), movedKey = WordList.key(of: "moved")
    private static let homeKey = WordList.key(of: "home")
    private static let backKey = WordList.key(of: "back")

    /// The last word of a block of flats' name.
    static let blockWords: Set<String> = [
        "mill", "mills", "court", "house", "tower", "towers", "heights", "lodge", "mansions", "point", "wharf", "works",
    ]

    static let homeVerbs: WordList = ["lived", "farmed", "up", "living", "lives", "home", "farms", "raised"]
    static let farmedWords: WordList = ["farmed", "farms"]
    /// Verbs before `up at` that make the place a home: `grew up at`, `brought up at`.
    static let upbringingVerbs: WordList = ["grew", "grown", "growing", "grow", "brought", "bringing"]
    static let boatWords: WordList = ["nb", "narrowboat", "houseboat"]

    /// The named home (from `namedHomes`) starting at token `k`: its first and last tokens.
    func homeAt(_ text: ScanText, _ k: Int, _ homes: [[String]]) -> (Int, Int)? {
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
    func pitchOnSite(_ text: ScanText, _ k: Int) -> Int? {
        let t = text.tokens[k]
        guard (3...7).contains(t.end - t.start), k + 2 < text.tokens.count, text.tokens[k + 2].kind == .number,
            text.tokens[k + 1].kind == .space, StructuredScan.index(text, token: k, in: Self.pitchOnSiteWords) != nil
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
            // (`pitch 11 on the Walsall transit site`: what kind of site, in lower case, after its
            // name; development set 81.)
            if named > 0, Self.siteKinds.contains(w), let s = NameMatching.nextWord(text, after: n),
                let sw = word(text, s), Self.siteWords.contains(NameMatching.fold(sw))
            {
                return s
            }
            guard NameMatching.isCapitalised(w) else { return nil }
            named += 1
            at = n
        }
        return nil
    }

    /// (Welsh `Bae 14, Parc Carafanau Morfa Melyn`, a caravan park's bay; development set 62.)
    static let pitchWords: WordList = ["pitch", "plot", "caravan", "bae", "llain"]
    /// (And `van 47 on the Dunes park`, a static caravan's number, when a site follows;
    /// development set 82.)
    static let pitchOnSiteWords = WordList(pitchWords.words + ["van"])

    /// `Room 14 at Marram House Care Home`, `Room B214 at Kingfisher Court`: a room's number,
    /// `at` or `in`, and one to five capitalised words. Also a flat's or a cell's, and the
    /// building after a comma or a floor (`Flat 64, Lench Tower`, `Room 3.14 on the third
    /// floor of Rea Court halls`, `cell 3-14 on the Avon wing`; development set 36).
    func roomInBuilding(_ text: ScanText, _ k: Int) -> Int? {
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

    static let siteKinds: Set<String> = ["transit", "traveller", "travellers", "caravan", "residential", "permanent"]

    /// What a site of pitches is called (`the Furze Hill site`, `Meadow View Caravan Park`).
    static let siteWords: Set<String> = ["site", "park", "caravan", "sites"]
}
