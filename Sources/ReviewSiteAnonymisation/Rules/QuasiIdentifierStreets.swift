import ReviewSiteCore

/// A specific street without a house number: after a preposition, a label (`the street, "Sorrel Crescent"`)
/// or a resident's `of` (`formerly of Wharncliffe Street`), and in a page's title or summary. Businesses and
/// agencies on a street, and agencies named after it, stay quiet.
extension QuasiIdentifierRule {
    /// Street types that only name streets (not `Court`, `Park` or `Green`, which are often
    /// places or buildings).
    static let streetTypes: WordList = [
        "road", "rd", "street", "lane", "avenue", "ave", "close", "drive", "crescent", "gardens",
        "grove", "mews", "terrace", "way", "row", "walk", "rise", "lea", "fold",
        // (`Lady from Wellfield St`: a street written short; development set 83. `St Mary`
        // starts a name, so it is never the first word.)
        "st",
    ]
    /// Street types that also name a row of shops or a seafront (`Marine Parade`): a street
    /// only after a label (`the street she lives on, Nene Parade`) or with a home near it
    /// (`lived at a house on Marine Parade`; development set 99).
    static let labelledStreetTypes: WordList = ["parade", "promenade"]
    /// (With Welsh `o` (from), `yn` (in) and `ar` (on) before a Welsh street: `Hari o Heol y
    /// Glöwr`; development set 82.)
    static let streetBefore: WordList = [
        "on", "in", "at", "to", "from", "along", "near", "off", "into", "onto", "down", "up", "o", "yn", "ar",
    ]
    /// Words that name agencies elsewhere but, inside a street's or an estate's name, are
    /// part of it (`Gorse Hill Road`, `the Pinfold Gardens estate`).
    static let landscapeWords: Set<String> = [
        "hill", "park", "green", "fields", "field", "view", "wood", "bridge", "gardens", "court", "grove", "square",
        "place", "row", "walk", "mews", "lane", "close", "drive", "way", "crescent", "terrace", "road", "street",
        "mill", "wharf", "quay", "tower", "towers", "house",
    ]
    /// `her street, "Beacon Rise"`: a street named straight after these words and a comma or colon.
    static let streetLabels: WordList = ["street", "road", "address"]

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
        // (`pharmacies on Pellow Road`, `banks with branches on Pellow Road`; development set 88.)
        "pharmacies", "branches",
        // `the old police station on Manvers Street`, `the building society's branch on Milsom
        // Row`, `the late-opening takeaways on Sladewick Road`: public buildings, a chain's
        // branch and a street of businesses (development sets 71 and 72).
        "station", "branch", "takeaways", "restaurants", "bars", "pubs", "cafes", "cafés",
        // `the multi-storey on Gilkes Street`, a church's `parish on Parliament Road`, a museum
        // or a stadium (development set 74; not any car park: `the Lidl car park on Ffordd yr
        // Orsaf`, where a victim was seen, is a place in her story; development set 4).
        "storey", "parish", "museum", "stadium",
        // `a building society in Commercial Street`, `a family business on Commercial Street`
        // (development set 82; `the only … business on` still reports, as `onlyBefore` says).
        "society", "business", "businesses",
        // `the machine outside the off-licence on Marl Hill Road` (development set 83).
        "licence", "off-licence",
        // `the recycling units on Shoddy Lane`: a street's industry (development set 92). (Not a
        // phone box or a bus stop: `a phone box on Lowther Road` where a victim called from is
        // labelled by development sets 9 and 84's writers.)
        "units", "factories", "warehouses", "mills",
        // `a jeweller on Stratton Road`, `a grocery on Stratton Road`, `the cash-and-carries on`,
        // `traders on Stratton Road and Coventry Road`: a shopping street's shops and traders
        // (development set 105).
        "jeweller", "jewellers", "grocery", "groceries", "grocer", "grocers", "carries", "traders", "shopkeepers",
    ]

    /// "on Kestrel Road", "to Heol y Felin": a street after a preposition, without a number.
    /// `title: "DHR 2023/01: Siew Ling, Wharf Street, Charnford"`: a street in a page's title or
    /// summary, where every listing, feed and search result repeats it (development set 48).
    func streetInTitle(_ text: ScanText, _ k: Int) -> (Int, Int)? {
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

    func street(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        let t = text.tokens[k]
        let labelled = labelsStreet(text, k)
        // `the Back Fenton Street houses`: the houses of one street; `the Tanner Row house`, `the
        // old Thornleigh Terrace address`: one home on it (development set 92).
        // (Told by the words' keys: this runs at every word; a list made here cost 10% of lint.)
        let houses =
            t.end - t.start == 3 && StructuredScan.equals(text, t.start..<t.end, "the")
            || (text.wordKeys[k] == oldKey || text.wordKeys[k] == formerKey)
                && NameMatching.previousWord(text, before: k).map { word(text, $0)?.lowercased() == "the" } == true
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
                    || StructuredScan.index(text, token: probe, in: Self.labelledStreetTypes) != nil
                        && (labelled || homeNear(text, first, probe))
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
        // `Mass at St Mary's on Regent Road`: a church by its saint's name (development set 95).
        // (Not a home of a saint's name: `lived at St Anne's on Kestrel Road`.)
        if !home, let p = NameMatching.previousWord(text, before: k),
            NameMatching.stripPossessive(NameMatching.word(text, p)).possessive,
            let q = NameMatching.previousWord(text, before: p), ["St", "St.", "Saint"].contains(NameMatching.word(text, q)),
            !homeNear(text, q, probe)
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
            if n >= 1,
                Self.streetTypes.contains(folded)
                    || Self.labelledStreetTypes.contains(folded) && (labelled || homeNear(text, first, at))
            {
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

    static let homeNouns: WordList = [
        "houses", "flats", "homes", "terraces", "cottages", "bungalows", "maisonettes", "house", "home", "flat", "address",
        "cottage", "bungalow",
    ]

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

    /// The words of tokens `first` to `last`, folded and joined by a space (`pellow road`).
    func folded(_ text: ScanText, _ first: Int, _ last: Int) -> String {
        (first...last).compactMap { word(text, $0) }.map { NameMatching.fold($0) }.joined(separator: " ")
    }

    /// Words before a street that put a home on it (`lived on`, `her flat on`, `moved to`).
    static let homeBeforeWords: WordList = [
        "lives", "lived", "live", "living", "stays", "stayed", "moved", "home", "flat", "house", "address", "grew",
        "tenancy",
    ]

    /// Whether a home is on the street of tokens `first` to `last`: a word of living or a home's
    /// among the four words before it, or `, where` someone lives after it.
    func homeNear(_ text: ScanText, _ first: Int, _ last: Int) -> Bool {
        if homeAfter(text, last) { return true }
        var p = NameMatching.previousWord(text, before: first), words = 0
        while let q = p, words < 4 {
            if StructuredScan.index(text, token: q, in: Self.homeBeforeWords) != nil { return true }
            words += 1
            p = NameMatching.previousWord(text, before: q)
        }
        return false
    }

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
        text.slice(text.tokens[NameMatching.hyphenedStart(text, endingAt: k)].start..<text.tokens[k].end)
    }

    /// `Hope Street Surgery`: a capitalised word after the street makes it an agency's name.
    private func followedByCapital(_ text: ScanText, _ k: Int) -> Bool {
        guard let n = NameMatching.nextWord(text, after: k), let w = word(text, n) else { return false }
        return w.first?.isUppercase == true
    }
}
