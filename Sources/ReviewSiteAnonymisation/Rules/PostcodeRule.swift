import ReviewSiteCore
import ReviewSiteNames

/// `postcode`: full UK postcodes in the BS 7666 shapes (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA,
/// A9A 9AA, AA9A 9AA), with or without the space, plus GIR 0AA and BFPO numbers. Outward codes
/// alone ("BS7") are an area, not an address, and stay quiet.
///
/// Capitals only, or a postcode written wholly in small letters with its space ("bs7 8aa"):
/// run-together small letters ("a1a1aa") match chemical names and product codes in prose, so
/// they count only after a town and a comma, as an address ends (see
/// docs/anonymisation-structured.md).
package struct PostcodeRule: AnonymisationRule {
    package let id = RuleID.postcode

    /// Outward shapes: L = letter, 9 = digit; longest first so "AA99 9AA" is not read as "AA9".
    private static let outwardShapes: [[UInt8]] = ["AA9A", "AA99", "A9A", "A99", "AA9", "A9"].map { Array($0.utf8) }

    package func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        // Every postcode has a digit one to five places after its start (its second or third
        // place; the fifth or sixth for GIR 0AA and BFPO): only the offsets up to five before
        // each run of digits are looked at.
        StructuredScan.nearDigits(text, from: 5, to: 1) { find(text, at: $0) }
    }

    /// The postcode starting at offset `i`, if one does (`scan` asks only where one may
    /// start; a test asks at every offset).
    package func find(_ text: ScanText, at i: Int) -> AnonymisationFinding? {
        // Cheap test first: a postcode has a digit in its second or third place (BFPO, GIR apart).
        guard i < text.scalars.count, StructuredScan.isLetter(text.scalars[i]),
            StructuredScan.digit(text, i + 1) || StructuredScan.digit(text, i + 2) || Self.mayBeSpecial(text, i),
            !StructuredScan.wordChar(text, i - 1), let end = match(text, at: i)
        else { return nil }
        // A ZIP code is its digits; the state's letters before it are no address.
        let r = (usZIP(text, i) == end ? i + 3 : i)..<end
        var matched = text.slice(r)
        // (Split over two lines, it is shown as one postcode on one line: `CH46 2RT`.)
        if matched.contains(where: { $0.isNewline || $0 == "<" }) {
            var code = "", inTag = false
            for c in matched {
                if c == "<" {
                    inTag = true
                } else if c == ">" {
                    inTag = false
                } else if !inTag, c.isASCII, c.isLetter || c.isNumber {
                    code.append(c)
                }
            }
            matched = String(code.dropLast(3)) + " " + String(code.suffix(3))
        }
        // The Home Office's own (2 Marsham Street), on every quality-assurance panel letter.
        if Self.publicPostcodes.contains(matched) { return nil }
        return AnonymisationFinding(
            rule: id, severity: .error, range: r, matched: matched,
            message: "postcode \(Mask.preview(matched, keep: 2)); remove it, or name the town or area instead")
    }

    /// Postcodes of government departments that write to every partnership, and of the
    /// bodies every Freedom of Information reply and complaints page sends people to: the
    /// Information Commissioner, the Local Government and Social Care Ombudsman, the
    /// Independent Office for Police Conduct and the Parliamentary and Health Service Ombudsman.
    static let publicPostcodes: Set<String> = ["SW1P 4DF", "SW1H 9AJ", "SK9 5AF", "CV4 0EH", "M33 0BW", "M2 3HQ"]

    /// "BFPO …" or "GIR 0AA" may start here (checked on two letters before anything costlier).
    private static func mayBeSpecial(_ text: ScanText, _ i: Int) -> Bool {
        guard let a = StructuredScan.at(text, i), let b = StructuredScan.at(text, i + 1) else { return false }
        let first = StructuredScan.lower(a), second = StructuredScan.lower(b)
        return (first == 0x62 && second == 0x66) || (first == 0x67 && second == 0x69)  // "bf", "gi"
            || (StructuredScan.isChar(text, i + 2, "-") && StructuredScan.digit(text, i + 3))  // "LT-7"
            || (StructuredScan.isChar(text, i + 2, " ") && StructuredScan.digit(text, i + 3))  // "TX 7"
    }

    /// `LT-76285`, `LV-1050`: a European postcode written with its country's letters, as
    /// addresses abroad are (development set 31; Latvia's was left alone in set 29). Four or
    /// five digits after `LT-`, `LV-` and the like, never one digit more.
    private func countryPrefixed(_ text: ScanText, _ start: Int) -> Int? {
        guard StructuredScan.isChar(text, start + 2, "-"), let a = StructuredScan.at(text, start),
            let b = StructuredScan.at(text, start + 1), StructuredScan.isUpper(a), StructuredScan.isUpper(b),
            Self.postcodeCountries.contains(String(String.UnicodeScalarView([a, b])))
        else { return nil }
        var i = start + 3
        while StructuredScan.digit(text, i), i - start < 9 { i += 1 }
        // (`Ref : HR-0417`: four digits where Croatia's postcodes have five is a reference;
        // development set 73.)
        let digits = Self.fiveDigitCountries.contains(String(String.UnicodeScalarView([a, b]))) ? 5 : 4
        guard i - start - 3 == digits, !StructuredScan.wordChar(text, i), !StructuredScan.isChar(text, i, "-") else {
            return nil
        }
        // (`IT-2024`: a year after a team's letters, not a postcode.)
        if i - start == 7, let year = StructuredScan.number(text, (start + 3)..<i), (1950...2049).contains(year) { return nil }
        return i
    }

    /// `Houston TX 77027`, `TX 77027-1234`: a US ZIP code after its state's letters
    /// (development set 32).
    private func usZIP(_ text: ScanText, _ start: Int) -> Int? {
        guard StructuredScan.isChar(text, start + 2, " "), let a = StructuredScan.at(text, start),
            let b = StructuredScan.at(text, start + 1), StructuredScan.isUpper(a), StructuredScan.isUpper(b),
            Self.usStates.contains(String(String.UnicodeScalarView([a, b]))),
            (3...7).allSatisfy({ StructuredScan.digit(text, start + $0) }), afterTown(text, start)
        else { return nil }
        var end = start + 8
        if StructuredScan.isChar(text, end, "-"), (1...4).allSatisfy({ StructuredScan.digit(text, end + $0) }) { end += 5 }
        return StructuredScan.wordChar(text, end) ? nil : end
    }

    /// Whether a town's name (`Houston`, `Houston,`) ends just before `start`: capitals alone
    /// (`OR 20000 people`) are a word or a code.
    private func afterTown(_ text: ScanText, _ start: Int) -> Bool {
        var i = start - 1
        guard StructuredScan.isChar(text, i, " ") else { return false }
        i -= 1
        if StructuredScan.isChar(text, i, ",") { i -= 1 }
        var sawLower = false
        while i >= 0, StructuredScan.isLetter(text.scalars[i]) {
            if StructuredScan.isLower(text.scalars[i]) { sawLower = true } else { return sawLower }
            i -= 1
        }
        return false
    }

    /// (Not Idaho's `ID`: `Arabic, ID 40818` is an interpreter's number; development set 42.)
    static let usStates: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
        "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    ]

    /// Those of them whose postcodes have five digits (the others' have four).
    static let fiveDigitCountries: Set<String> = ["LT", "EE", "PL", "HR", "FI", "SE", "DE", "FR", "IT", "ES", "GR", "SK", "CZ"]

    /// Countries whose postcodes are written after their letters and a hyphen.
    static let postcodeCountries: Set<String> = [
        "LT", "LV", "EE", "PL", "RO", "BG", "HU", "CZ", "SK", "SI", "HR", "FI", "SE", "DK", "NO", "CH", "AT", "DE", "FR",
        "IT", "ES", "PT", "GR", "CY", "LU", "BE", "NL",
    ]

    private func match(_ text: ScanText, at start: Int) -> Int? {
        if let end = special(text, start) ?? countryPrefixed(text, start) ?? usZIP(text, start) { return end }
        for shape in Self.outwardShapes {
            guard let outEnd = outward(text, start, shape) else { continue }
            // `TN41  5GY`: a doubled space, as Word's justified text leaves, is still one gap.
            var spaces = 0
            while spaces < 3, StructuredScan.isChar(text, outEnd + spaces, " ") { spaces += 1 }
            var gaps = spaces == 0 ? [0] : [0, spaces]
            // (`Exeter EX1` then `2QT` on the next line of an address block, in a quote or after a
            // table cell's `<br>`: one postcode to a reader; development sets 35 to 38.)
            let broken = Self.lineBreak(text, outEnd + spaces)
            if let broken { gaps.append(broken - outEnd) }
            for gap in gaps {
                if let end = inward(text, outEnd + gap), !StructuredScan.wordChar(text, end) {
                    if let broken, gap == broken - outEnd {
                        // (Capitals only across a line: `rm 2` then `4ab` is no postcode.)
                        let parts = text.scalars[start..<outEnd] + text.scalars[(outEnd + gap)..<end]
                        if parts.filter(StructuredScan.isLetter).allSatisfy(StructuredScan.isUpper) {
                            return end
                        }
                        continue
                    }
                    let letters = text.scalars[start..<end].filter(StructuredScan.isLetter)
                    if letters.allSatisfy(StructuredScan.isUpper) { return end }
                    if (gap > 0 || endsAddress(text, start) || afterPostcodeWord(text, start))
                        && letters.allSatisfy(StructuredScan.isLower)
                    {
                        return end
                    }
                }
            }
        }
        return nil
    }

    /// Where the next line's text starts when a line break (with its quote marker and indent)
    /// or a `<br>` comes at `i`; nil otherwise.
    private static func lineBreak(_ text: ScanText, _ i: Int) -> Int? {
        var k = i
        if StructuredScan.isChar(text, k, "\r") { k += 1 }
        if StructuredScan.isChar(text, k, "\n") {
            k += 1
        } else if StructuredScan.isChar(text, k, "<"), StructuredScan.equals(text, (k + 1)..<(k + 3), "br") {
            k += 3
            while StructuredScan.isChar(text, k, " ") || StructuredScan.isChar(text, k, "/") { k += 1 }
            guard StructuredScan.isChar(text, k, ">") else { return nil }
            k += 1
        } else {
            return nil
        }
        while StructuredScan.isChar(text, k, " ") || StructuredScan.isChar(text, k, ">") { k += 1 }
        return k
    }

    /// `22 Ashted Grove, Sparkfield, b114rz`: run-together small letters after a town and its
    /// comma, as an address ends (development set 36); in prose such a code is a chemical's.
    private func endsAddress(_ text: ScanText, _ start: Int) -> Bool {
        StructuredScan.isChar(text, start - 1, " ") && StructuredScan.isChar(text, start - 2, ",") && start >= 3
            && StructuredScan.isLetter(text.scalars[start - 3])
    }

    /// `home postcode (pe219ab)`, `postcode: pe219ab`: small letters run together right after
    /// the word postcode (development set 68).
    private func afterPostcodeWord(_ text: ScanText, _ start: Int) -> Bool {
        var i = start - 1
        while i >= 0,
            StructuredScan.isChar(text, i, " ") || StructuredScan.isChar(text, i, "(")
                || StructuredScan.isChar(text, i, ":")
        { i -= 1 }
        let word = (i + 1 - 8)..<(i + 1)
        return !StructuredScan.wordChar(text, word.lowerBound - 1) && StructuredScan.equals(text, word, "postcode")
    }

    private func outward(_ text: ScanText, _ start: Int, _ shape: [UInt8]) -> Int? {
        var i = start
        for (k, c) in shape.enumerated() {
            guard let s = StructuredScan.at(text, i) else { return nil }
            if c == UInt8(ascii: "9") {
                guard StructuredScan.isDigit(s) else { return nil }
            } else {
                guard StructuredScan.isLetter(s) else { return nil }
                let u = UInt8(truncatingIfNeeded: StructuredScan.upper(s))
                switch k {
                case 0: if Self.notFirst.contains(u) { return nil }
                case 1: if Self.notSecond.contains(u) { return nil }
                case 2: if !Self.thirdOfA9A.contains(u) { return nil }
                default: if !Self.fourthOfAA9A.contains(u) { return nil }
                }
            }
            i += 1
        }
        return i
    }

    // Letters the postcode formats do not use in each place, as ASCII codes.
    private static let notFirst = Set("QVX".utf8)
    private static let notSecond = Set("IJZ".utf8)
    private static let thirdOfA9A = Set("ABCDEFGHJKPSTUW".utf8)
    private static let fourthOfAA9A = Set("ABEHMNPRVWXY".utf8)

    /// Inward code: a digit and two letters, never C, I, K, M, O or V.
    private func inward(_ text: ScanText, _ start: Int) -> Int? {
        guard StructuredScan.digit(text, start) else { return nil }
        for k in 1...2 {
            guard let s = StructuredScan.at(text, start + k), StructuredScan.isLetter(s),
                let u = Unicode.Scalar(StructuredScan.upper(s)), !"CIKMOV".unicodeScalars.contains(u)
            else { return nil }
        }
        return start + 3
    }

    /// Whether the text at `start` is exactly `word` (no string is made).
    private static func spells(_ text: ScanText, _ start: Int, _ word: String) -> Bool {
        var i = start
        for u in word.unicodeScalars {
            guard i < text.scalars.count, text.scalars[i] == u else { return false }
            i += 1
        }
        return true
    }

    /// GIR 0AA (Girobank) and BFPO 1–9999 (British Forces Post Office).
    private func special(_ text: ScanText, _ start: Int) -> Int? {
        let s = text.scalars
        guard start < s.count, s[start] == "G" || s[start] == "B" else { return nil }
        if Self.spells(text, start, "GIR 0AA"), !StructuredScan.wordChar(text, start + 7) {
            return start + 7
        }
        if Self.spells(text, start, "BFPO") {
            var i = start + 4
            if StructuredScan.isChar(text, i, " ") { i += 1 }
            let digitsStart = i
            while StructuredScan.digit(text, i), i - digitsStart < 5 { i += 1 }
            let n = i - digitsStart
            if n >= 1, n <= 4, !StructuredScan.wordChar(text, i) { return i }
        }
        return nil
    }
}
