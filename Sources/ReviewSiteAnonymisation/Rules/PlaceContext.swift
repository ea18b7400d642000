import ReviewSiteCore

/// Whether the text around a town that is also a common given name says a place is meant:
/// after `in`, `from`, `near` (also through a list: `in Stanley, Shirley and Florence`), as
/// the town of an address (`4 Bridge Street, Shirley`, `Hough Green, Barry`, `car park,
/// Preston`), before a postcode (`Barry, CF62 8TT`), or in a compound (`Stoke-on-Trent`).
enum PlaceContext {
    static func saysPlace(_ text: ScanText, _ i: Int) -> Bool {
        var k = i
        // Back through a list of towns to what introduces it.
        for _ in 0..<8 {
            guard let (separator, before) = previous(text, k) else { return false }
            let word = NameMatching.word(text, before).lowercased()
            switch separator {
            case "-": return ["on", "upon", "under", "le", "by", "in", "the", "next"].contains(word)
            case " ":
                if NameContextWords.beforePlace.contains(word) { return true }
                // `the Isle of Lewis`, `the City of Preston`.
                if word == "of", let (_, what) = previous(text, before),
                    ["isle", "city", "town", "county", "borough", "port", "towns", "villages", "areas", "wards", "parishes"]
                        .contains(NameMatching.word(text, what).lowercased())
                {
                    return true
                }
                // `Stanley, Shirley and Lincoln`: keep going back through the list.
                guard word == "and" || word == "or", let (_, town) = previous(text, before),
                    NameContextWords.townsAlsoNames.contains(NameMatching.fold(NameMatching.word(text, town)))
                else { return followedByPostcode(text, i) }
                k = town
            case ",":
                if NameContextWords.placeOrAgency.contains(word) || NameContextWords.townsAlsoNames.contains(word) {
                    if NameContextWords.townsAlsoNames.contains(word) { k = before } else { return true }
                } else {
                    return followedByPostcode(text, i)
                }
            default: return followedByPostcode(text, i)
            }
        }
        return false
    }

    /// Lower-case words after any capitalised word that make it a place's (`Milton branch`).
    static let branchNouns: Set<String> = ["branch", "depot", "campus"]
    static let siteNouns: Set<String> = ["park", "site"]

    /// Whether word `i` starts a place's name: a UK place of two or three words (`Shirley
    /// Oaks`, from GeoNames), a street (`Shirley Parade`), or, for a town, a place noun after
    /// it (`the Shirley office`).
    static func namesPlace(_ text: ScanText, _ i: Int) -> Bool {
        guard let n = NameMatching.nextWord(text, after: i) else { return false }
        let next = NameMatching.word(text, n)
        let folded = NameMatching.fold(next)
        if NameContextWords.townsAlsoNames.contains(NameMatching.fold(NameMatching.word(text, i))),
            next.first?.isLowercase == true, NameContextWords.placeNouns.contains(folded)
        {
            return true
        }
        // `Cashier, Milton branch`: a bank's or a shop's branch, depot or campus is named after a
        // place, whatever the lists know of it (development set 84).
        if next.first?.isLowercase == true, Self.branchNouns.contains(folded) { return true }
        // `in a caravan at Willow Reach park`: two capitalised words before a lower-case park or
        // site (development set 87).
        if NameMatching.isCapitalised(next), let m = NameMatching.nextWord(text, after: n), m == n + 2,
            Self.siteNouns.contains(NameMatching.word(text, m))
        {
            return true
        }
        guard NameMatching.isCapitalised(next) else { return false }
        let t = text.tokens[n]
        if StructuredScan.index(text, t.start..<t.end, in: AddressRule.streetTypes) != nil { return true }
        var name = NameMatching.fold(NameMatching.word(text, i)) + " " + folded
        if UKPlaces.names.contains(name) { return true }
        guard let m = NameMatching.nextWord(text, after: n) else { return false }
        name += " " + NameMatching.fold(NameMatching.word(text, m))
        return UKPlaces.names.contains(name)
    }

    /// `Leon, MX65 LJO`, `Octavia YD16 UKB`, `Octavia, HZN 482`: a number plate of today's
    /// form, or a dateless one, after the word.
    static func followedByPlate(_ text: ScanText, _ i: Int) -> Bool {
        var j = i + 1
        while j < text.tokens.count, text.tokens[j].kind == .space || text.scalars[text.tokens[j].start] == "," { j += 1 }
        // (`Octavia, plate FY68 WNB`: past the plate's word; development set 87.)
        if j + 2 < text.tokens.count, text.tokens[j + 1].kind == .space,
            ["plate", "reg", "registration"].contains(NameMatching.word(text, j))
        {
            j += 2
        }
        guard j + 1 < text.tokens.count, text.tokens[j].kind == .word else { return false }
        let letters = text.scalars[text.tokens[j].start..<text.tokens[j].end]
        guard letters.allSatisfy({ $0.isScanUppercase }) else { return false }
        if text.tokens[j + 1].kind == .number {
            return letters.count == 2 && text.tokens[j + 1].end - text.tokens[j + 1].start == 2
        }
        guard letters.count == 3, j + 2 < text.tokens.count, text.tokens[j + 1].kind == .space,
            text.tokens[j + 2].kind == .number
        else { return false }
        return (1...3).contains(text.tokens[j + 2].end - text.tokens[j + 2].start)
    }

    /// The separator before word `i` (" ", "," or "-", spaces skipped) and the word before it.
    private static func previous(_ text: ScanText, _ i: Int) -> (Character, Int)? {
        var j = i - 1
        var separator: Character = " "
        while j >= 0 {
            let t = text.tokens[j]
            switch t.kind {
            case .space: j -= 1
            case .word: return (separator, j)
            case .other:
                let c = text.scalars[t.start]
                guard separator == " ", c == "," || c == "-" else { return nil }
                separator = Character(c)
                j -= 1
            default: return nil
            }
        }
        return nil
    }

    /// `Barry, CF62 8TT` or `Barry CF62`: an outward code after the town.
    static func followedByPostcode(_ text: ScanText, _ i: Int) -> Bool {
        var j = i + 1
        while j < text.tokens.count, text.tokens[j].kind == .space || text.scalars[text.tokens[j].start] == "," { j += 1 }
        guard j + 1 < text.tokens.count, text.tokens[j].kind == .word, text.tokens[j + 1].kind == .number else { return false }
        let letters = text.scalars[text.tokens[j].start..<text.tokens[j].end]
        return (1...2).contains(letters.count) && letters.allSatisfy { $0.isScanUppercase }
    }

    /// Whether word `k` is in a list of two places or more after `in` or `near`, `to` after a
    /// journey's verb, or `from` with a city abroad in the list, and every other item is a UK
    /// place or a city abroad that is no given name and no part of the register, and word `k` is
    /// a place too (not `spoke to Preston and Carlisle`, `statements from Preston and Carlisle`,
    /// `from Shannon and Chelsea`, `travelled to Leeds and Kayleigh`).
    static func listAfterPreposition(_ text: ScanText, _ k: Int, isRegisterPart: (String) -> Bool) -> Bool {
        var items = [k]
        for step in [-1, 1] {
            var at = k
            while items.count < 12, let n = listNeighbour(text, at, step) {
                items.append(n)
                at = n
            }
        }
        guard items.count >= 2, let head = items.min(), let p = NameMatching.previousWord(text, before: head) else {
            return false
        }
        // `in`, `near`; `to` after a journey's verb; `from` with a city abroad among the others.
        let abroad = items.contains { $0 != k && WorldCities.names.contains(NameMatching.fold(NameMatching.word(text, $0))) }
        switch NameMatching.word(text, p) {
        case "in", "near": break
        case "to":
            guard let v = NameMatching.previousWord(text, before: p), Self.journeyVerbs.contains(NameMatching.word(text, v))
            else { return false }
        case "from": guard abroad else { return false }
        default: return false
        }
        // A list, not a clause: `and` or `or` before its last item, and nothing after it but
        // punctuation or a word that says when or where (not `in Leeds, Shannon was born`,
        // `went to Leeds and Preston stayed`; an outside review).
        guard let tail = items.max(), let lastGap = NameMatching.previousWord(text, before: tail),
            ["and", "or"].contains(NameMatching.word(text, lastGap))
        else { return false }
        if let after = NameMatching.nextWord(text, after: tail), after == tail + 2,
            !Self.afterPlaceList.contains(NameMatching.word(text, after))
        {
            return false
        }
        // (Word `k` need not be a known place in a list of three: `Shannon, Limerick and Dublin`.)
        return items.allSatisfy { item in
            guard StructuredScan.capitalised(text, text.tokens[item]) else { return false }
            let word = NameMatching.word(text, item)
            let folded = NameMatching.fold(word)
            guard UKPlaces.names.contains(folded) || WorldCities.names.contains(folded) else {
                return item == k && items.count >= 3
            }
            return item == k || FirstNames.kind(of: word) == nil && !isRegisterPart(folded)
        }
    }

    /// Words that may follow a list of places in its sentence.
    static let afterPlaceList: Set<String> = [
        "in", "on", "at", "for", "last", "this", "next", "during", "since", "before", "after",
    ]

    static let journeyVerbs: Set<String> = [
        "travelled", "traveled", "went", "moved", "drove", "flew", "sailed", "returned", "go", "going", "travel",
    ]

    /// The word next to word `k` in a list, towards `step`: across a comma, `and` or `or`, or
    /// both (`, and`).
    static func listNeighbour(_ text: ScanText, _ k: Int, _ step: Int) -> Int? {
        let t = text.tokens
        var j = k + step
        var comma = false, conjunction = false
        while j >= 0, j < t.count {
            switch t[j].kind {
            case .space: break
            // (Across one line break, not a blank line: `Buxton, Glossop and⏎Hadfield are
            // places`; development set 130.)
            case .newline
            where j + step >= 0 && j + step < t.count && t[j + step].kind != .newline
                && j - step >= 0 && j - step < t.count && t[j - step].kind != .newline:
                break
            case .other where text.scalars[t[j].start] == "," && !comma: comma = true
            case .word where !conjunction && ["and", "or"].contains(NameMatching.word(text, j)):
                conjunction = true
            case .word: return comma || conjunction ? j : nil
            default: return nil
            }
            j += step
        }
        return nil
    }
}
