import ReviewSiteCore
import ReviewSiteNames

/// `nhs-number`: ten digits written 3-3-4 or 4-3-3 (spaced or dashed) or run together, or
/// grouped otherwise after the word NHS, that pass the NHS modulus-11 check digit. Numbers
/// that fail the check, numbers of one repeated digit and digits inside a longer run of
/// digits stay quiet.
package struct NHSNumberRule: AnonymisationRule {
    package let id = RuleID.nhsNumber

    package func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        var out: [AnonymisationFinding] = []
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            let t = tokens[i]
            guard t.kind == .number else { continue }
            var range: Range<Int>?
            if t.end - t.start == 10 {
                range = t.start..<t.end
            } else if t.end - t.start == 3 || t.end - t.start == 4, i + 4 < tokens.count {
                // 3-3-4, or 4-3-3 as some records print it, with the same single separator
                // (one space or one dash) twice.
                let s1 = tokens[i + 1], n2 = tokens[i + 2], s2 = tokens[i + 3], n3 = tokens[i + 4]
                let last = t.end - t.start == 3 ? 4 : 3
                if isSeparator(text, s1), isSeparator(text, s2), text.scalars[s1.start] == text.scalars[s2.start],
                    n2.kind == .number, n2.end - n2.start == 3, n3.kind == .number, n3.end - n3.start == last
                {
                    range = t.start..<n3.end
                }
            }
            if range == nil, let r = otherGrouping(text, i), nhsBefore(text, i) { range = r }
            guard let r = range, standsAlone(text, r) else { continue }
            let digits = text.scalars[r].filter(StructuredScan.isDigit).map { Int($0.value - 48) }
            guard Self.passesCheck(digits) else { continue }
            let matched = text.slice(r)
            out.append(
                AnonymisationFinding(
                    rule: id, severity: .error, range: r, matched: matched,
                    message:
                        "NHS number \(Mask.preview(matched, keep: 3)); remove it or replace it with a description such as 'their NHS number'"
                ))
            while i + 1 < tokens.count, tokens[i + 1].start < r.upperBound { i += 1 }
        }
        return out
    }

    /// The NHS check digit: weights 10…2 on the first nine digits; 11 − (sum mod 11), where
    /// 11 means 0 and 10 means the number is not valid. One repeated digit is never real.
    package static func passesCheck(_ d: [Int]) -> Bool {
        guard d.count == 10, Set(d).count > 1 else { return false }
        var sum = 0
        for k in 0..<9 { sum += d[k] * (10 - k) }
        var check = 11 - sum % 11
        if check == 11 { check = 0 }
        return check != 10 && check == d[9]
    }

    /// `7225 6139 60`, `72 2561 3960`: ten digits in two to four groups of two or more with one
    /// separator, other than 3-3-4 and 4-3-3; taken only after `NHS` (`nhsBefore`).
    private func otherGrouping(_ text: ScanText, _ i: Int) -> Range<Int>? {
        let tokens = text.tokens
        var digits = tokens[i].end - tokens[i].start, k = i, groups = 1
        guard (2...8).contains(digits) else { return nil }
        while digits < 10, groups < 4, k + 2 < tokens.count, isSeparator(text, tokens[k + 1]),
            text.scalars[tokens[k + 1].start] == text.scalars[tokens[i + 1].start], tokens[k + 2].kind == .number,
            tokens[k + 2].end - tokens[k + 2].start >= 2
        {
            digits += tokens[k + 2].end - tokens[k + 2].start
            groups += 1
            k += 2
        }
        return digits == 10 && groups >= 2 ? tokens[i].start..<tokens[k].end : nil
    }

    /// Whether `NHS` is among the twelve words before token `i` on its line (`an NHS number in
    /// the subject line of an email (7225 6139 60)`; development set 37).
    private func nhsBefore(_ text: ScanText, _ i: Int) -> Bool {
        StructuredScan.listWordBefore(text, token: i, Self.nhsLookBack, in: Self.nhsWord)
    }
    static let nhsLookBack = StructuredScan.LookBack(words: 12, boundary: .line)
    static let nhsWord: WordList = ["nhs"]

    private func isSeparator(_ text: ScanText, _ t: ScanToken) -> Bool {
        guard t.end - t.start == 1, let s = StructuredScan.at(text, t.start) else { return false }
        return s == " " || s == "-"
    }

    /// Not glued to letters or digits, and not part of a longer number such as 1,234,567,890.5,
    /// 12 485 777 3456 or a reference like 2024/4857773456.
    private func standsAlone(_ text: ScanText, _ r: Range<Int>) -> Bool {
        let before = r.lowerBound - 1, after = r.upperBound
        if StructuredScan.wordChar(text, before) || StructuredScan.wordChar(text, after) { return false }
        for (edge, next) in [(before, before - 1), (after, after + 1)] {
            guard let s = StructuredScan.at(text, edge) else { continue }
            if ".,/-: ".unicodeScalars.contains(s), StructuredScan.digit(text, next),
                !(edge == before && countedAfterWord(text, r))
            {
                return false
            }
        }
        return true
    }

    /// `member 2 6537489040`, `child 3 651-437-2694`: a word and a count of one or two digits
    /// before a space, and a number with no space of its own, so the count cannot be its first
    /// group (development set 115).
    private func countedAfterWord(_ text: ScanText, _ r: Range<Int>) -> Bool {
        guard StructuredScan.isChar(text, r.lowerBound - 1, " "), !text.scalars[r].contains(" ") else { return false }
        var k = r.lowerBound - 2
        while StructuredScan.digit(text, k) { k -= 1 }
        let count = r.lowerBound - 2 - k
        return (1...2).contains(count) && StructuredScan.isChar(text, k, " ")
            && StructuredScan.at(text, k - 1).map(\.isScanLetter) == true
    }
}
