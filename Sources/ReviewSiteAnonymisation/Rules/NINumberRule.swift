import ReviewSiteCore
import ReviewSiteNames

/// `ni-number`: National Insurance numbers: a valid two-letter prefix, six digits (run
/// together, or spaced in pairs) and a suffix A–D, e.g. "AB 12 34 56 C". HMRC's examples with
/// invalid prefixes (QQ 12 34 56 C) and letters-and-digits codes of other shapes stay quiet.
package struct NINumberRule: AnonymisationRule {
    package let id = RuleID.niNumber

    package func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        // A number starts two letters before a digit (the prefix, then a digit or a space and
        // a digit): only the offsets two or three before each run of digits are looked at.
        StructuredScan.nearDigits(text, from: 3, to: 2) { find(text, at: $0) }
    }

    /// The number starting at offset `i`, if one does (`scan` asks only where one may start;
    /// a test asks at every offset).
    package func find(_ text: ScanText, at i: Int) -> AnonymisationFinding? {
        let s = text.scalars
        guard i + 1 < s.count, StructuredScan.isLetter(s[i]),
            StructuredScan.digit(text, i + 2) || StructuredScan.digit(text, i + 3),
            !StructuredScan.wordChar(text, i - 1),
            StructuredScan.isLetter(s[i + 1]), Self.validPrefix(s[i], s[i + 1])
        else { return nil }
        guard let end = matchRest(text, from: i + 2) else { return nil }
        let r = i..<end
        let matched = text.slice(r)
        // All capitals, or small letters only when written as one run ("ab123456c"): spaced
        // small letters ("on 12 34 56 a") are more likely prose than a number.
        let letters = matched.unicodeScalars.filter(StructuredScan.isLetter)
        let lowerRun = letters.allSatisfy(StructuredScan.isLower) && !matched.contains(" ")
        guard letters.allSatisfy(StructuredScan.isUpper) || lowerRun else { return nil }
        return AnonymisationFinding(
            rule: id, severity: .error, range: r, matched: matched,
            message:
                "National Insurance number \(Mask.preview(matched, keep: 2)); remove it or replace it with a description such as 'their National Insurance number'"
        )
    }

    private static let groupings: [[Int]] = [[6], [2, 2, 2], [3, 3]]

    package static func validPrefix(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let first = Character(Unicode.Scalar(StructuredScan.upper(a)) ?? a)
        let second = Character(Unicode.Scalar(StructuredScan.upper(b)) ?? b)
        if "DFIQUV".contains(first) || "DFIOQUV".contains(second) { return false }
        return !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].contains(String([first, second]))
    }

    /// Six digits ("123456", "12 34 56", "123 456", with an optional space after the prefix)
    /// and the suffix A–D, then a word boundary. Returns the end offset.
    private func matchRest(_ text: ScanText, from start: Int) -> Int? {
        var i = start
        if StructuredScan.isChar(text, i, " ") { i += 1 }
        var groups: [Int] = [0]
        while groups.reduce(0, +) < 6 {
            if StructuredScan.digit(text, i) {
                groups[groups.count - 1] += 1
                i += 1
            } else if groups.last != 0, StructuredScan.isChar(text, i, " "), StructuredScan.digit(text, i + 1) {
                groups.append(0)
                i += 1
            } else {
                return nil
            }
        }
        // In pairs or in threes, as HMRC's letters and a tired typist write them.
        guard Self.groupings.contains(groups) else { return nil }
        if StructuredScan.digit(text, i) { return nil }
        if StructuredScan.isChar(text, i, " ") { i += 1 }
        guard let suffix = StructuredScan.at(text, i), "ABCDabcd".unicodeScalars.contains(suffix),
            !StructuredScan.wordChar(text, i + 1)
        else { return nil }
        return i + 1
    }
}
