import ReviewSiteCore
import ReviewSiteNames

/// `vehicle-registration`: current-format UK number plates (since 2001): two area letters,
/// a two-digit age identifier and three letters, "AB12 CDE" or "AB12CDE". Capitals only, as
/// plates are written; the age identifier must be one that is issued (02–49, 51–99) and the
/// letters must be ones the DVLA uses, so codes such as "MS50 ABC" or "AB00 CDE" stay quiet.
/// Older plates too (issue 12): prefix plates (1983–2001, "A123 BCD"), suffix plates
/// (1963–1983, "ABC 123D"), and dateless plates ("ABC 123") when a vehicle word is in the
/// same sentence, since three capitals and a number are otherwise often a code; and, with a
/// vehicle word too, the plates of Ukraine, Bulgaria and Kazakhstan ("BC 4417 KM"), Romania
/// ("BC 21 VLD"), Poland ("PKN 4F825") and Ireland ("08-OY-2231").
package struct VehicleRegistrationRule: AnonymisationRule {
    package let id = RuleID.vehicleRegistration

    package func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        var out: [AnonymisationFinding] = []
        // Dateless plates the text gives with a vehicle word, and the same shapes given without one.
        var confirmed: Set<String> = []
        var unconfirmed: [Range<Int>] = []
        let s = text.scalars
        var i = 0
        while i + 5 < s.count {
            defer { i += 1 }
            // `n614 bkr`, `ab12 cde`: typed in lower case, with its space.
            // `08-OY-2231`: an Irish plate, with a vehicle word before it.
            if StructuredScan.isDigit(s[i]), !StructuredScan.wordChar(text, i - 1) {
                if let (end, sure) = irishPlate(text, i) {
                    if sure {
                        out.append(finding(text, i..<end))
                        confirmed.insert(Self.plateKey(text, i..<end))
                    } else {
                        unconfirmed.append(i..<end)
                    }
                    i = end - 1
                    continue
                }
                if let end = numberFirstPlate(text, i) {
                    out.append(finding(text, i..<end))
                    i = end - 1
                    continue
                }
            }
            if s[i].value >= 0x61, s[i].value <= 0x7A, !StructuredScan.wordChar(text, i - 1),
                StructuredScan.digit(text, i + 1) || StructuredScan.digit(text, i + 2), let end = lowerCasePlate(text, i)
            {
                let r = i..<end
                out.append(finding(text, r))
                i = end - 1
                continue
            }
            guard StructuredScan.isUpper(s[i]), !StructuredScan.wordChar(text, i - 1),
                // Every shape below has a digit in its second to fifth place: tested before any of them.
                StructuredScan.digit(text, i + 1) || StructuredScan.digit(text, i + 2)
                    || StructuredScan.digit(text, i + 3) || StructuredScan.digit(text, i + 4),
                // (`WIR-RRV3`: an ambulance's call sign, joined to what comes before; set 35.)
                !(StructuredScan.isChar(text, i - 1, "-") && StructuredScan.wordChar(text, i - 2))
            else { continue }
            let shape = datelessShape(text, i)
            guard
                let end = match(text, i) ?? prefixPlate(text, i) ?? suffixPlate(text, i)
                    ?? datelessPlate(text, i, shape: shape) ?? foreignPlate(text, i) ?? privatePlate(text, i)
                    ?? partialPlate(text, i),
                // `(S2 PHA 1997)`: a section of an Act and its year, not a plate (development set 32).
                !actYearAfter(text, end)
            else {
                if let shape, !actYearAfter(text, shape) { unconfirmed.append(i..<shape) }
                continue
            }
            if shape == end { confirmed.insert(Self.plateKey(text, i..<end)) }
            out.append(finding(text, i..<end))
            i = end - 1
        }
        // `KHD 418 enters.` in a camera log that says `KHD 418 passes the ANPR camera` further on:
        // once the text shows a dateless plate is one, every writing of it is (development set 43;
        // an Irish plate too, `221D4471` in a ferry's log after `221-D-4471`, set 131).
        for r in unconfirmed where confirmed.contains(Self.plateKey(text, r)) { out.append(finding(text, r)) }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A plate's letters and digits without its spaces and hyphens: `KHD 418` and `KHD418` are
    /// one plate, and so are `221-D-4471` and `221D4471`.
    private static func plateKey(_ text: ScanText, _ r: Range<Int>) -> String {
        String(String.UnicodeScalarView(text.scalars[r].filter { $0 != " " && $0 != "-" }))
    }

    private func finding(_ text: ScanText, _ r: Range<Int>) -> AnonymisationFinding {
        let matched = text.slice(r)
        return AnonymisationFinding(
            rule: id, severity: .error, range: r, matched: matched,
            message:
                "vehicle registration \(Mask.preview(matched, keep: 2)); remove it or replace it with a description such as 'his car'"
        )
    }

    /// A current (`ab12 cde`) or prefix (`n614 bkr`) plate in lower case, with its space:
    /// the plate's shape exactly, so words and references never match.
    private func lowerCasePlate(_ text: ScanText, _ start: Int) -> Int? {
        let s = text.scalars
        func lower(_ k: Int, excluding: String = "") -> Bool {
            k < s.count && s[k].value >= 0x61 && s[k].value <= 0x7A && !excluding.unicodeScalars.contains(s[k])
        }
        var k = start
        if lower(k, excluding: "ijqtuxz"), lower(k + 1, excluding: "iqz"),
            let age = StructuredScan.number(text, (k + 2)..<(k + 4)), (2...49).contains(age) || (51...99).contains(age)
        {
            k += 4  // ab12, with a real area and age
        } else if lower(k, excluding: "ioquz"), StructuredScan.digit(text, k + 1) {
            k += 1
            var n = 0
            while n < 3, StructuredScan.digit(text, k) { k += 1; n += 1 }
            guard !StructuredScan.digit(text, k) else { return nil }
        } else {
            return nil
        }
        guard StructuredScan.isChar(text, k, " "), lower(k + 1, excluding: "iq"), lower(k + 2, excluding: "iq"),
            lower(k + 3, excluding: "iq"), !StructuredScan.wordChar(text, k + 4)
        else { return nil }
        // `ref b123 and`: the letters must be no word or acronym.
        let letters = text.slice((k + 1)..<(k + 4))
        guard !NameAfterRole.englishWords.contains(letters), !Self.acronyms.contains(letters.uppercased()) else { return nil }
        return k + 4
    }

    private func match(_ text: ScanText, _ start: Int) -> Int? {
        let s = text.scalars
        // Area code: the first letter is a region (no I, J, Q, T, U, X, Z); the second is never
        // an I. (Nor is it a Q or a Z on a plate issued here, but one written down with it,
        // `RQ21 LNA`, is still someone's, like a `Q` among the last three; development set 52.)
        guard start + 7 <= s.count, !"IJQTUXZ".unicodeScalars.contains(s[start]),
            StructuredScan.isUpper(s[start + 1]), s[start + 1] != "I",
            let age = StructuredScan.number(text, (start + 2)..<(start + 4)),
            (2...49).contains(age) || (51...99).contains(age)
        else { return nil }
        var i = start + 4
        if StructuredScan.isChar(text, i, " ") {
            i += 1
        } else if "QZ".unicodeScalars.contains(s[start + 1]) {
            // (Run together, `BZ07FLR` is a code: only a plate's own spacing makes it a plate.)
            return nil
        }
        for k in 0..<3 {
            // (`Q` is not issued here, but a plate written down with one, `OU16 MSQ`, is still
            // someone's: the area and age letters already make the shape rare; development set 27.)
            guard let c = StructuredScan.at(text, i + k), StructuredScan.isUpper(c), c != "I" else { return nil }
        }
        // (`PG21 AND CALLER`, `EW24 AND DOG 7`: a call sign before a word of a log in capitals;
        // development sets 38 and 53.)
        if Self.capitalsWords.contains(text.slice(i..<(i + 3))), StructuredScan.isChar(text, i + 3, " "),
            StructuredScan.at(text, i + 4).map(StructuredScan.isUpper) == true
        {
            return nil
        }
        i += 3
        return StructuredScan.wordChar(text, i) ? nil : i
    }

    /// Words a log in capitals runs on with: three letters that end no plate before another word.
    static let capitalsWords: Set<String> = [
        "AND", "THE", "FOR", "BUT", "NOT", "WAS", "ARE", "HAS", "HAD", "HIS", "HER", "OUT", "OFF", "ALL", "NOW",
        "TWO", "ONE", "SAW", "SEE", "WHO", "YES", "CAN", "GOT", "PUT", "RAN", "SET", "ANY", "OUR", "WITH", "FROM",
    ]

    /// Letters of acronyms common in reports that a plate's three letters must not be.
    static let acronyms: Set<String> = [
        "NHS", "GPS", "CPS", "DHR", "CSP", "DWP", "MAR", "AND", "THE", "FOR", "CAB", "MHA", "ASC", "PCC", "ACE",
        "CCG", "ICB", "PHQ", "GAD", "ISO", "BMI", "ADHD", "IDVA", "SARC", "MARAC", "CAMHS", "MASH", "LADO",
        "DOB", "APR", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC", "JAN", "FEB", "CID", "CCTV", "UTC", "GMT",
        // Kinds of vehicle, written before their plates (`HGV 482 BKT`: development set 32).
        "HGV", "LGV", "PSV", "PCV", "MPV", "SUV", "CAR", "VAN",
        // Service Family Accommodation and houses in multiple occupation, numbered (`SFA 41`;
        // development set 66).
        "SFA", "HMO",
        // Devices and media counted in a log (`3 USB drives`; development set 68).
        "USB", "DVD", "SIM", "PDF",
        // A log's words for a plate and its keeper (`MALE 1 REG KEEPER`; development set 108).
        "REG", "VRM",
    ]
    /// A log's words before a phone number: `TEL 07700 900377` is no Polish plate (development
    /// set 115).
    static let phoneLabels: Set<String> = ["TEL", "MOB", "FAX"]

    /// A year after the letters (`PHA 1997`): the shape is an Act's section and its year.
    private func actYearAfter(_ text: ScanText, _ end: Int) -> Bool {
        guard StructuredScan.isChar(text, end, " "),
            StructuredScan.isChar(text, end + 1, "1") || StructuredScan.isChar(text, end + 1, "2"),
            (1...4).allSatisfy({ StructuredScan.digit(text, end + $0) }), !StructuredScan.wordChar(text, end + 5)
        else { return false }
        return StructuredScan.isChar(text, end + 2, "9") || StructuredScan.isChar(text, end + 2, "0")
    }

    /// "482 BKT": a dateless plate written number first (and Estonia's plates), with a
    /// vehicle word in the same sentence before it.
    private func numberFirstPlate(_ text: ScanText, _ start: Int) -> Int? {
        guard let d = digits(text, start, most: 4), StructuredScan.isChar(text, d, " "), letters(text, d + 1, 3, excluding: "Q"),
            !StructuredScan.wordChar(text, d + 4), !Self.acronyms.contains(text.slice((d + 1)..<(d + 4))),
            // (`Land Rover 110 TDH 442R`: a model's number before a suffix plate; development set 59.)
            suffixPlate(text, d + 1) == nil, vehicleWordBefore(text, start)
        else { return nil }
        return d + 4
    }

    private func letters(_ text: ScanText, _ at: Int, _ count: Int, excluding: String = "") -> Bool {
        for k in 0..<count {
            guard let c = StructuredScan.at(text, at + k), StructuredScan.isUpper(c), !excluding.unicodeScalars.contains(c) else {
                return false
            }
        }
        return true
    }

    /// Digits from `at`, one to `most`; returns the end.
    private func digits(_ text: ScanText, _ at: Int, most: Int) -> Int? {
        var i = at
        while StructuredScan.digit(text, i), i - at < most + 1 { i += 1 }
        guard i > at, i - at <= most, !(i - at == 1 && StructuredScan.isChar(text, at, "0")) else { return nil }
        return i
    }

    /// "A123 BCD": an age letter, one to three digits, three letters.
    private func prefixPlate(_ text: ScanText, _ start: Int) -> Int? {
        guard letters(text, start, 1, excluding: "IOQUZ"), let d = digits(text, start + 1, most: 3) else { return nil }
        let l = StructuredScan.isChar(text, d, " ") ? d + 1 : d
        guard letters(text, l, 3, excluding: "IQ"), !StructuredScan.wordChar(text, l + 3),
            !Self.acronyms.contains(text.slice(l..<(l + 3)))
        else { return nil }
        return l + 3
    }

    /// "ABC 123D": three letters, one to three digits, an age letter.
    private func suffixPlate(_ text: ScanText, _ start: Int) -> Int? {
        guard letters(text, start, 3, excluding: "IQ"), !Self.acronyms.contains(text.slice(start..<(start + 3))) else {
            return nil
        }
        let d0 = StructuredScan.isChar(text, start + 3, " ") ? start + 4 : start + 3
        guard let d = digits(text, d0, most: 3), letters(text, d, 1, excluding: "IOQUZ"), !StructuredScan.wordChar(text, d + 1)
        else { return nil }
        return d + 1
    }

    /// `reg beginning "WU14"`, `a plate starting AB12`: the first half of a current plate (its
    /// area letters and age digits), as a witness saw it, after a vehicle word and a word
    /// saying it is only the start (development set 66).
    private func partialPlate(_ text: ScanText, _ start: Int) -> Int? {
        guard letters(text, start, 2, excluding: "IQZ"), StructuredScan.digit(text, start + 2),
            StructuredScan.digit(text, start + 3), !StructuredScan.wordChar(text, start + 4),
            let age = Int(text.slice((start + 2)..<(start + 4))), (2...29).contains(age) || (51...79).contains(age)
        else { return nil }
        let before = sentenceBefore(text, start)
        let words = before.split(whereSeparator: { !$0.isLetter }).suffix(3)
        guard
            words.contains(where: {
                ["beginning", "starting", "begins", "starts", "partial", "began", "started"].contains(String($0))
            }),
            containsVehicleWord(before)
        else { return nil }
        return start + 4
    }

    /// "ABC 123" with a vehicle word in the same sentence before it, or a few words after it
    /// (`KHD 418 passes the ANPR camera`, `KHD418 (Skoda Octavia, LT)`: development set 43).
    /// `shape` is `datelessShape` at `start`, worked out once by the caller.
    private func datelessPlate(_ text: ScanText, _ start: Int, shape: Int?) -> Int? {
        guard let d = shape else { return nil }
        return vehicleWordBefore(text, start) || vehicleWordAfter(text, d) ? d : nil
    }

    /// "ABC 123": the shape of a dateless plate, whatever is around it.
    private func datelessShape(_ text: ScanText, _ start: Int) -> Int? {
        // (`I` and `Z` are Northern Ireland's, and other countries' plates have them: `HZN 482`.)
        // (`GREY KNM482`, run together as a police log writes it: development set 31.)
        let gap = StructuredScan.isChar(text, start + 3, " ") ? 1 : 0
        guard letters(text, start, 3, excluding: "Q"), gap == 1 || StructuredScan.digit(text, start + 3),
            let d = digits(text, start + 3 + gap, most: 3),
            // (Run together, at least two digits: `RRV3` is a rapid response vehicle; set 35.)
            gap == 1 || d - (start + 3) >= 2,
            !StructuredScan.wordChar(text, d),
            !numberGoesOn(text, d),
            !Self.acronyms.contains(text.slice(start..<(start + 3))),
            // (`a grey BMW 1 Series`: the make and the model, development set 33; `BMW 88,` is
            // a plate, development set 2.)
            !(QuasiIdentifierRule.carMakes.contains(text.slice(start..<(start + 3)).lowercased())
                && StructuredScan.isChar(text, d, " ") && StructuredScan.at(text, d + 1).map(StructuredScan.isUpper) == true),
            // (`Honda PCX 125 MOPED`: a model and what it is, development set 34.)
            !modelWordAfter(text, d)
        else { return nil }
        return d
    }

    /// `DOB 14-03-1961`, `ABC 12.5`, `KS 3/4`, `DHR 2022/01`, `ARR 06:02`: a date, a number, a
    /// reference or a time (an ambulance log's arrival; development set 98) goes on past the
    /// digits that end at `d`.
    private func numberGoesOn(_ text: ScanText, _ d: Int) -> Bool {
        (StructuredScan.isChar(text, d, ".") || StructuredScan.isChar(text, d, "-") || StructuredScan.isChar(text, d, "/")
            || StructuredScan.isChar(text, d, ":"))
            && StructuredScan.digit(text, d + 1)
    }

    /// Whether a word saying what kind of vehicle it is follows the digits that end at `d`.
    private func modelWordAfter(_ text: ScanText, _ d: Int) -> Bool {
        guard StructuredScan.isChar(text, d, " ") else { return false }
        var e = d + 1
        while let c = StructuredScan.at(text, e), c.isScanLetter { e += 1 }
        return ["moped", "scooter", "motorbike", "motorcycle", "cc", "series"].contains(text.slice((d + 1)..<e).lowercased())
    }

    /// Plates of other countries, with a vehicle word in the same sentence before them:
    /// "BC 4417 KM" (Ukraine, Bulgaria, Kazakhstan: two letters, four digits, two letters);
    /// "BC 21 VLD" (Romania: one or two letters, two or three digits, three letters); "PKN 4F825"
    /// (Poland: two or three letters, then four or five letters and digits starting with a digit);
    /// "AJ-41-PX" (Portugal, France); "KTV-318" (Lithuania, Finland).
    private func foreignPlate(_ text: ScanText, _ start: Int) -> Int? {
        var end: Int?
        if letters(text, start, 2), StructuredScan.isChar(text, start + 2, " "),
            let d = digits(text, start + 3, most: 4), d == start + 7, StructuredScan.isChar(text, d, " "),
            letters(text, d + 1, 2), !StructuredScan.wordChar(text, d + 3)
        {
            end = d + 3
        } else if let l = [2, 1].first(where: { letters(text, start, $0) && !StructuredScan.letter(text, start + $0) }),
            case let g = StructuredScan.isChar(text, start + l, " ") ? 1 : 0,
            let d = digits(text, start + l + g, most: 3), d - (start + l + g) >= 2,
            case let h = StructuredScan.isChar(text, d, " ") ? 1 : 0, g == h,
            letters(text, d + h, 3), !StructuredScan.wordChar(text, d + h + 3),
            // (`NO 19 FOR 20 MINS`: a log's words, not Romania's plate; development set 119.)
            !(text.slice((d + h)..<(d + h + 3)) == "FOR" && StructuredScan.isChar(text, d + h + 3, " ")
                && StructuredScan.digit(text, d + h + 4))
        {
            // (Run together too: `car BZ07FLR`, development set 31.)
            end = d + h + 3
        } else if let l = [2, 1].first(where: { letters(text, start, $0) && StructuredScan.isChar(text, start + $0, "-") }),
            let d = digits(text, start + l + 1, most: 2), d - (start + l + 1) == 2, StructuredScan.isChar(text, d, "-"),
            letters(text, d + 1, 3), !StructuredScan.wordChar(text, d + 4)
        {
            // `Vauxhall Astra (CT-07-BBE, RO)`: Romania's county, two digits and three letters
            // with hyphens (development set 87).
            end = d + 4
        } else if letters(text, start, 2), StructuredScan.isChar(text, start + 2, "-"),
            let d = digits(text, start + 3, most: 3), d - (start + 3) >= 2, StructuredScan.isChar(text, d, "-"),
            letters(text, d + 1, 2), !StructuredScan.wordChar(text, d + 3)
        {
            // `car, AJ-41-PX`: Portugal's and France's two letters, two or three digits and two
            // letters with hyphens (development set 37).
            end = d + 3
        } else if letters(text, start, 2), StructuredScan.isChar(text, start + 2, "-"),
            let d = digits(text, start + 3, most: 4), d - (start + 3) >= 3, !StructuredScan.wordChar(text, d),
            !StructuredScan.isChar(text, d, "-")
        {
            // `Latvian-registered Opel Astra, HM-4127` (development set 30): Latvia's two letters,
            // a hyphen and three or four digits (one letter is a trailer's number: `T-4471`).
            end = d
        } else if letters(text, start, 3), StructuredScan.isChar(text, start + 3, "-"),
            let d = digits(text, start + 4, most: 3), d - (start + 4) == 3, !StructuredScan.wordChar(text, d),
            !numberGoesOn(text, d), !Self.acronyms.contains(text.slice(start..<(start + 3)))
        {
            // `LT plate KTV-318`: Lithuania's and Finland's three letters, a hyphen and three
            // digits (development set 39; with a space or none, `datelessPlate` reads them).
            end = d
        } else if let l = [2, 3].first(where: { letters(text, start, $0) && StructuredScan.isChar(text, start + $0, " ") }),
            StructuredScan.digit(text, start + l + 1)
        {
            var k = start + l + 1
            var digitCount = 0
            while let c = StructuredScan.at(text, k), StructuredScan.isDigit(c) || StructuredScan.isUpper(c) {
                if StructuredScan.isDigit(c) { digitCount += 1 }
                k += 1
            }
            // (`DHR 2022/01`: a review's reference, development set 33.)
            // (`DD 2011, CAUTION 2016`: an offence's initials and its year in a record;
            // development set 93.)
            let year =
                digitCount == 4 && k - (start + l + 1) == 4
                && StructuredScan.number(text, (start + l + 1)..<k).map { (1950...2035).contains($0) } == true
            if (4...5).contains(k - (start + l + 1)), digitCount >= 3, !StructuredScan.wordChar(text, k),
                !numberGoesOn(text, k), !year, !Self.phoneLabels.contains(text.slice(start..<(start + l)))
            {
                end = k
            }
        } else if let l = [2, 3].first(where: { letters(text, start, $0) && StructuredScan.digit(text, start + $0) }) {
            // `GD4R217 (Polish plates)`: Poland's run together, only with the plate's word after
            // it (development set 81).
            var k = start + l
            var digitCount = 0
            while let c = StructuredScan.at(text, k), StructuredScan.isDigit(c) || StructuredScan.isUpper(c) {
                if StructuredScan.isDigit(c) { digitCount += 1 }
                k += 1
            }
            if (4...5).contains(k - (start + l)), digitCount >= 3, !StructuredScan.wordChar(text, k), plateWordAfter(text, k) {
                return k
            }
        }
        // (`GD 7K512 (POLISH REG)`: the plate's word after it; development set 84.)
        guard let end, vehicleWordBefore(text, start) || plateWordAfter(text, end) else { return nil }
        return end
    }

    /// `(POLISH REG)`, `(Polish plates)`: a plate's word in brackets right after `end`.
    private func plateWordAfter(_ text: ScanText, _ end: Int) -> Bool {
        var k = end
        while StructuredScan.isChar(text, k, " ") { k += 1 }
        guard StructuredScan.isChar(text, k, "(") else { return false }
        let open = k
        while k < text.scalars.count, k - open < 30, text.scalars[k] != ")", text.scalars[k] != "\n" { k += 1 }
        guard StructuredScan.isChar(text, k, ")") else { return false }
        let words = text.slice(open..<k).lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { ["reg", "plate", "plates", "registration", "registered", "plated"].contains(String($0)) }
    }

    /// `on a private plate (F4 RIS)`: a personalised plate, any mix of three to seven capitals and
    /// digits with at least one of each, in one or two groups, after words that say it is one
    /// in the same sentence (development set 35).
    private func privatePlate(_ text: ScanText, _ start: Int) -> Int? {
        var k = start
        var groups = 1
        var letters = 0
        var digits = 0
        while let c = StructuredScan.at(text, k) {
            if StructuredScan.isUpper(c) {
                letters += 1
            } else if StructuredScan.isDigit(c) {
                digits += 1
            } else if c == " ", groups == 1, k > start,
                StructuredScan.at(text, k + 1).map({ StructuredScan.isUpper($0) || StructuredScan.isDigit($0) }) == true
            {
                groups += 1
            } else {
                break
            }
            k += 1
        }
        guard letters > 0, digits > 0, (3...7).contains(letters + digits), !StructuredScan.wordChar(text, k) else { return nil }
        let before = sentenceBefore(text, start)
        return ["private plate", "personalised plate", "personal plate", "cherished plate", "private reg", "private number"]
            .contains(where: before.contains) ? k : nil
    }

    /// "08-OY-2231", "191-D-12345": an Irish plate (the year's two or three digits, the county's
    /// one or two letters, a number), with a vehicle word in the same sentence before it. With
    /// spaces (`221 D 4471`) or none (`221D4471`) it needs a county's own letters too. Without a
    /// vehicle word it needs a county's letters, a year that was issued and three digits or
    /// more: with hyphens that is enough (`with the 221-D-4471 unit`, `Freight driver
    /// (221-D-4471)`; development set 131); with spaces or none it also needs a vehicle word
    /// after it, or the same plate found so elsewhere in the text (`sure` is false).
    private func irishPlate(_ text: ScanText, _ start: Int) -> (end: Int, sure: Bool)? {
        guard let y = digits(text, start, most: 3), y - start >= 2 else { return nil }
        let gap: Unicode.Scalar? = ["-", " "].first { StructuredScan.isChar(text, y, $0) }
        let g = gap == nil ? 0 : 1
        guard
            let l = [2, 1].first(where: { count in
                letters(text, y + g, count)
                    && (gap.map { StructuredScan.isChar(text, y + g + count, $0) } ?? StructuredScan.digit(text, y + g + count))
            }),
            let n = digits(text, y + g + l + g, most: 6), !StructuredScan.wordChar(text, n)
        else { return nil }
        if gap == "-", vehicleWordBefore(text, start) { return (n, true) }
        let county = Self.irishCounties.contains(text.slice((y + g)..<(y + g + l)))
        let before = wordBefore(text, start)
        // With spaces or none after a vehicle word: a county's letters and no reference's word
        // before it (`Ford Focus 12 D 45`, `reg no 151 D 1234`; not `car … at bay 12 L 3`).
        if county, vehicleWordBefore(text, start), !Self.referenceWords.contains(before) || ["no", "number"].contains(before) {
            return (n, true)
        }
        // Without a vehicle word: a county's letters, an issued year, a number of three digits or
        // more that ends there, and no reference's word before it (not `Ward 11-C-12`, `Exhibit
        // ref 09-L-0042`; an outside review).
        let year = StructuredScan.number(text, start..<y) ?? 0
        let issued = y - start == 2 ? year <= 12 || year >= 87 : (131...292).contains(year) && [1, 2].contains(year % 10)
        guard county, issued, n - (y + g + l + g) >= 3, !numberGoesOn(text, n),
            !Self.referenceWords.contains(before)
        else { return nil }
        if gap == "-" { return (n, true) }
        return (n, vehicleWordAfter(text, n))
    }

    /// The word before scalar `start`, across spaces, in lower case ("" when there is none).
    private func wordBefore(_ text: ScanText, _ start: Int) -> String {
        var k = start - 1
        while k >= 0, text.scalars[k] == " " { k -= 1 }
        var a = k
        while a >= 0, text.scalars[a].isScanLetter { a -= 1 }
        return a < k ? text.slice((a + 1)..<(k + 1)).lowercased() : ""
    }

    /// Words before a number that make it a reference, not a plate.
    static let referenceWords: Set<String> = [
        "ref", "reference", "ward", "recommendation", "exhibit", "item", "action", "no", "number", "room", "bay", "page",
        "section", "paragraph", "case", "file", "unit", "flat",
    ]

    /// The county letters on Irish plates (2014 on, and the older Limerick, Tipperary and
    /// Waterford ones).
    static let irishCounties: Set<String> = [
        "C", "CE", "CN", "CW", "D", "DL", "G", "KE", "KK", "KY", "L", "LD", "LH", "LM", "LS", "MH", "MN", "MO", "OY", "RN",
        "SO", "T", "W", "WH", "WW", "WX", "LK", "TN", "TS", "WD",
    ]

    /// Whether a vehicle word is in the sentence before `start`: from the label of the field
    /// the plate is in, when there is one (`Vehicle: YG68 WKP (Star Cars) Badge: PHD 04417`, a
    /// record's lines run together: the badge's field holds no vehicle word; development set 79).
    private func vehicleWordBefore(_ text: ScanText, _ start: Int) -> Bool {
        let s = text.scalars
        var k = start - 1
        while k >= 0, start - k < 60, !".!?\n".unicodeScalars.contains(s[k]) { k -= 1 }
        // The last colon after a letter, on the text's own scalars: most sentences have none.
        var colon = start - 1
        while colon > k + 1, !(s[colon] == ":" && s[colon - 1].isScanLetter) { colon -= 1 }
        guard colon > k + 1 else { return containsVehicleWord(text.slice((k + 1)..<start).lowercased()) }
        // Back over the label's words (`Car left in Poland:`) to the end of the field before it.
        var j = colon
        while j > k + 1, s[j - 1].isScanLetter || " '\u{2019}-".unicodeScalars.contains(s[j - 1]) { j -= 1 }
        return containsVehicleWord(text.slice(j..<start).lowercased())
    }

    /// Whether a vehicle word is in the sentence after `end`, at most 40 characters on, and in
    /// the same column: `INT 06   VEH LINKED TO MALE`, a log's entry type, then its text after
    /// a gap of spaces (development set 107).
    private func vehicleWordAfter(_ text: ScanText, _ end: Int) -> Bool {
        var k = end
        while k < text.scalars.count, k - end < 40, !".!?\n\t".unicodeScalars.contains(text.scalars[k]),
            !(text.scalars[k] == " " && StructuredScan.isChar(text, k + 1, " "))
        {
            k += 1
        }
        return containsVehicleWord(text.slice(end..<k).lowercased())
    }

    private func containsVehicleWord(_ sentence: String) -> Bool {
        let vehicleWords = [
            "car", "van", "vehicle", "registration", "registered", "reg", "plate", "plates", "vrm", "motorbike",
            "motorcycle", "taxi", "lorry", "drove", "driving",
            // `a Ukrainian-plated Škoda Octavia, BC 4471 KE` (development set 29).
            "plated", "veh", "trailer", "hgv", "lorries", "vehicles",
            // `THE IRISH ARTIC 222-D-41873`, `PNC/ANPR: 222-D-4187?` (development set 38).
            "artic", "artics", "tractor", "anpr", "pnc",
        ]
        let words = sentence.split(whereSeparator: { !$0.isLetter })
        // (`VEH: OPEL ZAFIRA GREY KNM482`: a police log's field and the car's make.)
        return words.contains(where: {
            vehicleWords.contains(String($0)) || QuasiIdentifierRule.carMakes.contains(String($0))
        })
    }

    /// The sentence before `start`, at most 60 characters back, in lower case.
    private func sentenceBefore(_ text: ScanText, _ start: Int) -> String {
        var k = start - 1
        while k >= 0, start - k < 60, !".!?\n".unicodeScalars.contains(text.scalars[k]) { k -= 1 }
        return text.slice((k + 1)..<start).lowercased()
    }
}
