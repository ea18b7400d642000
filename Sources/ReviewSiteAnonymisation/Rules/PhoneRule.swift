import ReviewSiteCore
import ReviewSiteNames

/// `phone`: UK landlines (01, 02, 03), mobiles (07) and the same numbers written +44, with
/// spaces, dashes, dots or brackets: "0117 496 0000", "(0117) 496-0000", "+44 (0)7700 900123",
/// "07700.900.123", and with the 0044 prefix: "0044 7700 900123" or "(+44) 7700 900123";
/// numbers abroad written with `+` and their country code ("+40 721 555 019"), and North
/// American ones without it ("314-238-4471").
/// Quiet: site.yml helpline numbers (compared digit by digit), the short service numbers
/// (999, 111, 101, 116 123) and freephone or non-geographic numbers (080, 084, 087, 09),
/// which belong to services rather than people; but after a phone's word, a number in the
/// national form of another country that no UK number starts (04, 05, 06, and 08 but for the
/// UK's own 08 numbers) is someone's.
package struct PhoneRule: AnonymisationRule {
    package let id = RuleID.phone

    package init() {}

    package func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        var out: [AnonymisationFinding] = []
        // site.yml's numbers in national form, made only when a number is found.
        var allowedNumbers: Set<String>?
        func allowed() -> Set<String> {
            if let allowedNumbers { return allowedNumbers }
            let numbers = Set(context.allowedContacts.map { Self.national(StructuredScan.digits($0)) })
            allowedNumbers = numbers
            return numbers
        }
        for (r, k, national) in written(text) {
            if allowed().contains(national) || Self.datedIncidentNumber(text, r) { continue }
            // `Norfolk adult social care (safeguarding concerns): 0344 800 8020`: a non-geographic
            // 03 number after a label's colon is an organisation's (development set 95). (Not in
            // prose: development set 1 has `Jo called Avonmere College from 0300 643 9487`.)
            if national.hasPrefix("03"), StructuredScan.colonBefore(text, r.lowerBound) { continue }
            // `the Council's communications team on 01632 960 140`: a service's landline.
            // (Or its 03 number, charged as a landline: `the canal trust's boater welfare team
            // (0303 040 4040)`; development set 117.)
            if national.hasPrefix("01") || national.hasPrefix("02") || national.hasPrefix("03"),
                isServiceLine(text, r, token: k)
            {
                continue
            }
            out.append(finding(text, r))
        }
        northAmerican(text, &out)
        localNumbers(text, allowed: allowed(), &out)
        // `oh seven seven double oh nine double oh five six one`: a number read aloud in a
        // transcript (development set 42).
        // (Only as a UK number starts: `oh, oh, oh, …` on a 999 call is no number.)
        func number(_ digits: String) -> Bool {
            (10...11).contains(digits.count) && ["01", "02", "03", "07"].contains(where: digits.hasPrefix)
        }
        var spoken: [(range: Range<Int>, digits: String)] = []
        for run in SpokenDigits.runs(text, minimum: 10) {
            if number(run.digits) {
                spoken.append((run.range, run.digits))
                continue
            }
            // Two numbers read in one list (`…five six one, oh one one four…`), or a word before
            // one (`oh, oh seven seven…`): its parts between commas, joined until they make one.
            var i = 0
            while i < run.parts.count {
                var digits = ""
                var j = i
                while j < run.parts.count, digits.count < 10 {
                    digits += run.parts[j].digits
                    j += 1
                }
                if number(digits) {
                    spoken.append((run.parts[i].range.lowerBound..<run.parts[j - 1].range.upperBound, digits))
                    i = j
                } else {
                    i += 1
                }
            }
        }
        for (r, digits) in spoken {
            if allowed().contains(digits) { continue }
            out.append(
                AnonymisationFinding(
                    rule: id, severity: .error, range: r, matched: text.slice(r),
                    message:
                        // (The digits, not the words: a word's length would tell its digit.)
                        "phone number read aloud (\(Mask.preview(digits, keep: 4))); remove it or replace it with a description such as 'her mobile number'"
                ))
        }
        return out
    }

    /// A number outside the UK, always written with its `+` and country code ("+40 721 555
    /// 019", "+86 138 0013 8000", "+1 (868) 620-4417"): 8 to 15 digits in groups of at least
    /// two, one space, dash or dot between groups, the area code perhaps in brackets.
    private func foreign(_ text: ScanText, from start: Int) -> (Int, String)? {
        var i = start + 1
        var digits = ""
        var groupLength = 0
        var groups = 1
        var open = false, openedAt = 0
        while i < text.scalars.count, digits.count <= 15 {
            let s = text.scalars[i]
            if StructuredScan.isDigit(s) {
                digits.unicodeScalars.append(s)
                groupLength += 1
                i += 1
                continue
            }
            guard groupLength >= 1 else { break }
            // An area code in brackets after the country code ("+1 (868) 620-4417").
            var width = 0
            if groups == 1, !open, s == " ", StructuredScan.isChar(text, i + 1, "("), StructuredScan.digit(text, i + 2) {
                width = 2
                open = true
                openedAt = digits.count
            } else if open, s == ")" {
                width = StructuredScan.isChar(text, i + 1, " ") || StructuredScan.isChar(text, i + 1, "-") ? 2 : 1
                guard StructuredScan.digit(text, i + width) else { break }
                open = false
                // `+234 (0)1 555 0187`: the trunk 0 in brackets, not dialled from abroad, is no
                // group of the number (development set 88).
                if digits.count == openedAt + 1, digits.last == "0" {
                    digits.removeLast()
                    groups -= 1
                }
            } else {
                guard s == " " || s == "-" || s == ".", StructuredScan.digit(text, i + 1) else { break }
                // (`+63 917 555 0142 150.00`: a ledger's amount after the number, in the next
                // column; development set 107.)
                if s == " ", Self.amount(text, at: i + 1) { break }
                width = 1
            }
            // The country code may be one digit ("+1"), and so may the area code after it
            // ("+291 7 555 012"); every later group has two or more.
            guard groups <= 2 || groupLength >= 2 else { return nil }
            groups += 1
            groupLength = 0
            i += width
        }
        guard (8...15).contains(digits.count), groupLength >= 2, groups <= 6, !open, !StructuredScan.wordChar(text, i) else {
            return nil
        }
        return (i, digits)
    }

    /// Whether an amount of money starts at `i`: digits, a full stop and two digits (`150.00`).
    private static func amount(_ text: ScanText, at i: Int) -> Bool {
        var j = i
        while StructuredScan.digit(text, j) { j += 1 }
        return StructuredScan.isChar(text, j, ".") && StructuredScan.digit(text, j + 1) && StructuredScan.digit(text, j + 2)
            && !StructuredScan.wordChar(text, j + 3)
    }

    /// A number abroad dialled with 00 instead of `+` ("0048 512 345 678"): read as
    /// `+48 512 345 678`.
    private func doubleZeroAbroad(_ text: ScanText, token: Int) -> (Int, String)? {
        let start = text.tokens[token].start
        guard StructuredScan.isChar(text, start, "0"), StructuredScan.isChar(text, start + 1, "0") else { return nil }
        // (`CALLBACK TO 00421905123456`: a log's number in one run of 12 to 15 digits, 00 and a
        // country code first; development set 117. Not after a reference's word: `ref 00…`;
        // nor, after 001, other than the ten digits a North American number has: a DBS
        // certificate's twelve digits start 001, development sets 65 and 102.)
        let t = text.tokens[token]
        if t.kind == .number, (12...15).contains(t.end - t.start), StructuredScan.digit(text, start + 2),
            !StructuredScan.isChar(text, start + 2, "0"), !StructuredScan.wordChar(text, t.end),
            !StructuredScan.isChar(text, start + 2, "1") || t.end - t.start == 13,
            !StructuredScan.listWordBefore(text, token: token, Self.phoneLookBack, in: Self.referenceWords)
        {
            return (t.end, Self.national(text.slice((start + 2)..<t.end)))
        }
        // (`00 372 5620 7741`: a space after the 00; development set 59.)
        let code = StructuredScan.isChar(text, start + 2, " ") ? start + 3 : start + 2
        guard let first = StructuredScan.at(text, code), StructuredScan.isDigit(first), first != "0" else { return nil }
        var end = code
        while StructuredScan.digit(text, end) { end += 1 }
        guard (1...3).contains(end - code), let after = StructuredScan.at(text, end), " -.".unicodeScalars.contains(after)
        else { return nil }
        return foreign(text, from: code - 1)
    }

    /// The UK numbers and numbers with `+` written in `text`: each one's range, first token and
    /// national form, whoever's they are (site.yml's plain helpline entries are read with it:
    /// `Forced Marriage Unit: 020 7008 0151` there allows the number, though a unit's number
    /// in a page is quiet anyway).
    package func written(_ text: ScanText) -> [(range: Range<Int>, token: Int, national: String)] {
        var out: [(range: Range<Int>, token: Int, national: String)] = []
        let s = text.scalars
        // A number starts with `0`, `+` or `(`, each the first scalar of a token (a `0` inside
        // a run of digits follows a digit, so it starts nothing): tokens are looked at, not
        // every offset (issue 16).
        var next = 0
        for (k, t) in text.tokens.enumerated() where t.start >= next && (t.kind == .number || t.kind == .other) {
            let i = t.start, c = s[i]
            // (Or `447…`, a mobile's international form without `+`: `match` reads it.)
            guard c == "0" || c == "+" || c == "(" || c == "4" && t.kind == .number && t.end - t.start == 12 else { continue }
            guard !StructuredScan.wordChar(text, i - 1), !isNumberGlue(text, i - 1) else { continue }
            guard let (end, national) = match(text, token: k) else { continue }
            next = end
            out.append((i..<end, k, national))
        }
        return out
    }

    /// "44…" becomes "0…" so +44 and national forms compare equal.
    package static func national(_ digits: String) -> String {
        digits.hasPrefix("44") && digits.count >= 11 ? "0" + digits.dropFirst(2) : digits
    }

    /// Three groups of three digits parted by dots from `i`, and no more digits after them.
    private static func dottedThrees(_ text: ScanText, _ i: Int) -> Bool {
        var j = i
        for group in 0..<3 {
            for _ in 0..<3 {
                guard StructuredScan.digit(text, j) else { return false }
                j += 1
            }
            if group < 2 {
                guard StructuredScan.isChar(text, j, ".") else { return false }
                j += 1
            }
        }
        return !StructuredScan.digit(text, j) && !(StructuredScan.isChar(text, j, ".") && StructuredScan.digit(text, j + 1))
    }

    /// `0088-11112022`: a police log's incident number, a serial and the day it was opened
    /// (`DDMMYYYY`), not an international number (development set 109).
    static func datedIncidentNumber(_ text: ScanText, _ r: Range<Int>) -> Bool {
        let written = text.slice(r)
        let halves = written.split(separator: "-", omittingEmptySubsequences: false)
        guard halves.count == 2, halves[0].count == 4, halves[1].count == 8,
            halves.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let day = Int(halves[1].prefix(2)), let month = Int(halves[1].dropFirst(2).prefix(2)),
            let year = Int(halves[1].suffix(4))
        else { return false }
        return (1...31).contains(day) && (1...12).contains(month) && (1990...2039).contains(year)
    }

    /// A character that makes the candidate part of a bigger number (1.0117…, 12-0117…).
    private func isNumberGlue(_ text: ScanText, _ i: Int) -> Bool {
        guard let s = StructuredScan.at(text, i), ".,-/:".unicodeScalars.contains(s) else { return false }
        return StructuredScan.digit(text, i - 1)
    }

    /// Reads digit groups separated by one space, dash or bracket. Returns the end offset and
    /// the number in national form when it is a UK landline or mobile number.
    private func match(_ text: ScanText, token: Int) -> (Int, String)? {
        let start = text.tokens[token].start
        // `Handset MSISDN: 447700900209`: a UK mobile in international form without its `+`, as a
        // network's records give it, after a phone's word (development set 91).
        let t = text.tokens[token]
        if t.kind == .number, t.end - t.start == 12, text.slice(t.start..<(t.start + 3)) == "447",
            !StructuredScan.wordChar(text, t.end), phoneWordBefore(text, token: token)
        {
            return (t.end, "0" + text.slice((t.start + 2)..<t.end))
        }
        var i = start
        var digits: [UInt32] = []
        var international = false
        // "(+44) 7700 900 736": the country code in brackets, as a form's phone field writes it
        // (development set 53).
        let bracketed =
            StructuredScan.isChar(text, i, "(") && StructuredScan.isChar(text, i + 1, "+")
            && StructuredScan.isChar(text, i + 2, "4") && StructuredScan.isChar(text, i + 3, "4")
            && StructuredScan.isChar(text, i + 4, ")")
        if bracketed { i += 1 }
        // "+44" or "0044" (how +44 is dialled from abroad).
        let plus = StructuredScan.isChar(text, i, "+")
        let doubleZero =
            !plus && StructuredScan.isChar(text, i + 1, "0") && StructuredScan.isChar(text, i + 2, "4")
            && StructuredScan.isChar(text, i + 3, "4") && !StructuredScan.digit(text, i + 4)
        // "0048 512 345 678": 00, a country code of one to three digits, then a separator.
        if !plus, !doubleZero, let foreignEnd = doubleZeroAbroad(text, token: token) { return foreignEnd }
        if plus || doubleZero {
            let at = plus ? i + 1 : i + 2
            guard StructuredScan.isChar(text, at, "4"), StructuredScan.isChar(text, at + 1, "4") else {
                return plus ? foreign(text, from: start) : nil
            }
            international = true
            digits = [4, 4]
            i = at + 2 + (bracketed ? 1 : 0)
            // "+44 (0)117…": the trunk 0 in brackets is not dialled.
            var j = i
            if StructuredScan.isChar(text, j, " ") { j += 1 }
            if StructuredScan.isChar(text, j, "("), StructuredScan.isChar(text, j + 1, "0"),
                StructuredScan.isChar(text, j + 2, ")")
            {
                i = j + 3
            }
        }
        var groupLength = international ? 2 : 0
        var groups = international ? 1 : 0
        var lastDigitEnd = i
        var openBracket = false
        var slipped = false
        // (`0719-0408  19/07/2023`: after a dash, two spaces part two numbers; development set 24.)
        var dashOrDot = false
        // Each group's digits, to tell a landline written a digit too long (`01270 555 0863`).
        var sizes: [Int] = []
        while i < text.scalars.count, digits.count <= 13 {
            let s = text.scalars[i]
            if StructuredScan.isDigit(s) {
                digits.append(s.value - 48)
                groupLength += 1
                i += 1
                lastDigitEnd = i
                continue
            }
            // Separators: one space or dash, or brackets around the area code.
            var j = i
            if s == ")" && openBracket {
                openBracket = false; j += 1; if StructuredScan.isChar(text, j, " ") { j += 1 }
            } else if s == "(" && digits.count == (international ? 2 : 0) {
                openBracket = true; j += 1
            } else if s == " " || s == "-" || s == "." || s == "\u{B7}" {
                // (`07700·900·458`: a middle dot, as a phone's contact card types it; set 41.)
                j += 1
                // `(0121) 496  0583`: a doubled space, as justified Word text leaves, inside a
                // number not yet whole (not between two numbers; development set 36).
                if s == " ", StructuredScan.isChar(text, j, " "), (3..<10).contains(digits.count), !dashOrDot { j += 1 }
                if s != " " { dashOrDot = true }
            } else {
                break
            }
            // A dot only after a whole area code or mobile prefix (0117.496.0000), not in 0.25;
            // or a mobile's `07` before three groups of three (`07.842.119.306`; development set 74).
            if s == "." || s == "\u{B7}", digits.count < 3, digits != [0, 7] || !Self.dottedThrees(text, j) { return nil }
            guard StructuredScan.digit(text, j) else { break }
            // (`07700 900 731 03/03/22`, `0304 2022 12:30`: a date or a time after the digits is no
            // group of the number; development set 59.)
            if s == " " {
                var e = j
                while StructuredScan.digit(text, e) { e += 1 }
                if let c = StructuredScan.at(text, e), c == "/" || c == ":", StructuredScan.digit(text, e + 1) { break }
            }
            // Every group has at least two digits: "0 1 2 3…" is a list, not a number. (One
            // digit alone late in the number is a slip: `0116 496 0 742`.)
            if groupLength > 0 {
                if groupLength == 1, digits.count >= 8, !slipped {
                    slipped = true
                } else {
                    guard groupLength >= 2 else { return nil }
                }
                groups += 1
                sizes.append(groupLength)
            }
            groupLength = 0
            i = j
        }
        sizes.append(groupLength)
        guard groupLength >= 2, groups <= (slipped ? 5 : 4), !openBracket else { return nil }
        guard !StructuredScan.wordChar(text, lastDigitEnd) else { return nil }
        var national = digits
        if international {
            national = [0] + digits.dropFirst(2)
        }
        guard national.first == 0, let kind = national.dropFirst().first else { return nil }
        if national.count == 10 || national.count == 11 {
            guard
                [1, 2, 3, 7].contains(kind)
                    || (!international && ([4, 5, 6].contains(kind) || abroadWith08(national))
                        && phoneWordBefore(text, token: token))
            else { return nil }
        } else {
            // `Direct line: 01248 555 6183`: a landline a digit too long, as a signature may
            // carry it, after a word for a phone (development set 38).
            // (Not after `number`: `Incident number 0119 0304 2022` is a reference.)
            // (`01270 555 0863`, `0044 1606 555 0190`: an area code, three digits and four, one
            // digit too many for a UK landline, as fiction's `555` numbers are written; development
            // set 52. `0119 0304 2022`, grouped in fours, is a reference.)
            // (`Case 01248 555 6183`: a reference's word before it makes it the reference.)
            let landlineShape =
                (international ? sizes == [2, 4, 3, 4] : sizes == [5, 3, 4])
                && !StructuredScan.listWordBefore(text, token: token, Self.phoneLookBack, in: Self.referenceWords)
            guard national.count == 12, [1, 2].contains(kind),
                landlineShape || !international && phoneWordBefore(text, token: token, Self.lineWords)
            else { return nil }
        }
        return (lastDigitEnd, national.map { String($0) }.joined())
    }

    /// `DSN 314-238-4471`, `cell 210.555.0187`, `(210) 555-0187`: a number in the North American
    /// plan, as the families of a US airbase write theirs (development set 53): an area code and
    /// an exchange that start 2 to 9, then four digits, one dash or dot between the groups, or
    /// the area code in brackets; not inside a longer run (`CR-254-553-0217`), not a year as the
    /// last group (`412-229-2023` is more likely a reference), and not an NHS number.
    /// `Rang her house phone, 960517, no answer`: a local number of five to seven digits with no
    /// area code, as older records and small towns write one, right after a phone's word
    /// (`phone`, `tel`, `landline`, `house phone:`), not a reference's (development set 60).
    private func localNumbers(_ text: ScanText, allowed: @autoclosure () -> Set<String>, _ out: inout [AnonymisationFinding]) {
        let tokens = text.tokens
        for k in tokens.indices.dropFirst(2) where tokens[k].kind == .number && (5...7).contains(tokens[k].end - tokens[k].start)
        {
            let t = tokens[k]
            guard text.scalars[t.start] != "0", !StructuredScan.wordChar(text, t.start - 1),
                !StructuredScan.wordChar(text, t.end),
                !StructuredScan.isChar(text, t.end, "/"), !StructuredScan.isChar(text, t.end, "."),
                !(StructuredScan.isChar(text, t.end, ",") && StructuredScan.digit(text, t.end + 1))
            else { continue }
            var j = k - 1
            while j >= 0,
                tokens[j].kind == .space
                    || tokens[j].kind == .other && ",:".unicodeScalars.contains(text.scalars[tokens[j].start])
            {
                j -= 1
            }
            guard j >= 0, j < k - 1, tokens[j].kind == .word,
                StructuredScan.index(text, token: j, in: Self.localLineWords) != nil,
                !out.contains(where: { $0.range.overlaps(t.start..<t.end) })
            else { continue }
            // (`tel:116123`, a page's link to the Samaritans: the short service numbers of six
            // digits from 116, and a site.yml helpline's number, are no one's. A site listing
            // the Samaritans could not be built: the built pages' check stopped it.)
            let digits = text.slice(t.start..<t.end)
            if digits.count == 6 && digits.hasPrefix("116") || allowed().contains(digits) { continue }
            out.append(finding(text, t.start..<t.end))
        }
    }

    /// A phone's own words, right before a local number.
    static let localLineWords: WordList = ["phone", "telephone", "tel", "landline"]

    private func northAmerican(_ text: ScanText, _ out: inout [AnonymisationFinding]) {
        let tokens = text.tokens
        for k in tokens.indices where tokens[k].kind == .number && tokens[k].end - tokens[k].start == 3 {
            let t = tokens[k]
            var area = t.start
            let inBrackets = StructuredScan.isChar(text, t.start - 1, "(") && StructuredScan.isChar(text, t.end, ")")
            if inBrackets { area -= 1 }
            guard !StructuredScan.wordChar(text, area - 1), text.scalars[t.start].value >= 50 else { continue }
            // (Nothing glued before it: `CR-254-553-0217`, `12:254…`; `+1 254…` is the foreign rule's.)
            if let c = StructuredScan.at(text, area - 1),
                "+-/.".unicodeScalars.contains(c) || ",:".unicodeScalars.contains(c) && StructuredScan.digit(text, area - 2)
            {
                continue
            }
            var i = t.end
            let separator: Unicode.Scalar
            if inBrackets {
                i += StructuredScan.isChar(text, i + 1, " ") ? 2 : 1
                separator = "-"
            } else {
                guard let c = StructuredScan.at(text, i), c == "-" || c == "." else { continue }
                separator = c
                i += 1
            }
            guard let exchange = group(text, at: i, length: 3), text.scalars[i].value >= 50,
                StructuredScan.isChar(text, exchange, separator), let end = group(text, at: exchange + 1, length: 4)
            else { continue }
            // (Nothing glued after it: `254-553-0217-44`, `254-553-0217.5`, `254-553-0217x`.)
            if StructuredScan.wordChar(text, end) || StructuredScan.isChar(text, end, "-") { continue }
            if let c = StructuredScan.at(text, end), ".,/:".unicodeScalars.contains(c), StructuredScan.digit(text, end + 1) {
                continue
            }
            let last = text.slice(exchange + 1..<end)
            if last.hasPrefix("19") || last.hasPrefix("20") { continue }
            // (Ten digits that pass the NHS check, `943-476-5919`, are the NHS number rule's.)
            let digits = text.scalars[t.start..<end].filter(StructuredScan.isDigit).map { Int($0.value) - 48 }
            if NHSNumberRule.passesCheck(digits) { continue }
            let r = area..<end
            guard !out.contains(where: { $0.range.overlaps(r) }) else { continue }
            out.append(finding(text, r))
        }
    }

    /// The finding for the number at `r`, its message written once.
    private func finding(_ text: ScanText, _ r: Range<Int>) -> AnonymisationFinding {
        let matched = text.slice(r)
        return AnonymisationFinding(
            rule: id, severity: .error, range: r, matched: matched,
            message:
                "phone number \(Mask.preview(matched, keep: 4)); remove it or replace it with a description such as 'her mobile number'; if it is a public service number, add it to helplines in site.yml or waive it with a reason"
        )
    }

    /// Where `length` digits starting at `i` end, if exactly that many stand there.
    private func group(_ text: ScanText, at i: Int, length: Int) -> Int? {
        for j in i..<(i + length) where !StructuredScan.digit(text, j) { return nil }
        return StructuredScan.digit(text, i + length) ? nil : i + length
    }

    /// A number starting 08 that is none of the UK's: not freephone (0800, 0808) and not an
    /// eleven-digit 084 or 087 number; so a mobile in Ireland (`087 412 3398`), Bulgaria (`0888
    /// 123 456`) or Nigeria (`0803 123 4567`) in its own national form, after a phone's word.
    private func abroadWith08(_ national: [UInt32]) -> Bool {
        guard national.count >= 3, national[1] == 8 else { return false }
        if national[2] == 0 { return national.count > 3 && ![0, 8].contains(national[3]) }
        return !([4, 7].contains(national[2]) && national.count == 11)
    }

    /// Whether a word for a phone is among the four words before the number, in its sentence:
    /// `a landline in Lucena, (042) 555 7731`, a number abroad in its own country's national
    /// form, which no UK number starts (04, 05, 06; development set 37), and `Direct line:`.
    private func phoneWordBefore(_ text: ScanText, token k: Int, _ phoneWords: WordList = Self.phoneWords) -> Bool {
        StructuredScan.listWordBefore(text, token: k, Self.phoneLookBack, in: phoneWords)
    }
    static let phoneLookBack = StructuredScan.LookBack(words: 4, boundary: .line, stops: ".;")

    static let phoneWords: WordList = [
        "landline", "mobile", "phone", "telephone", "tel", "cell", "cellphone", "number", "whatsapp", "viber", "rang", "line",
        "dial", "msisdn", "handset",
    ]
    /// Words before a reference's number, which may be grouped like a landline.
    static let referenceWords: WordList = [
        "case", "ref", "reference", "incident", "crime", "log", "account", "id", "file", "order", "invoice", "claim",
    ]
    /// The words before a landline a digit too long: a phone's own words, not `number`.
    static let lineWords: WordList = ["landline", "mobile", "phone", "telephone", "tel", "line", "dial"]
}
