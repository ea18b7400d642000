import ReviewSiteCore

/// Digits as a scanned page's text recognition gets them wrong: `l` and `I` for 1, `O` and `o`
/// for 0 (`DOB l4/ll/l962`, `Tel Ol14 496 O3l7`; development set 40, a GP letter pasted from
/// a scanned PDF). A run of those letters and digits that holds a digit and touches no other
/// letter is read as digits; so is a run of those letters alone between two such runs and a
/// date's `/`, `.` or `-` (`/ll/`). Every other scalar stays, so offsets, and so file
/// positions, are the text's own.
extension ScanText {
    /// The text with such runs read as digits, and the offsets read so; nil when there are none
    /// (almost every text).
    package func readingOCRDigits() -> (text: ScanText, read: [Range<Int>])? {
        let s = scalars
        // Only where a digit touches a lookalike: a number token's neighbour (1.9% of lint on
        // corpus F when every scalar was looked at).
        guard
            tokens.contains(where: {
                $0.kind == .number
                    && ($0.start > 0 && Self.letterLike(s[$0.start - 1]) || $0.end < s.count && Self.letterLike(s[$0.end]))
            })
        else { return nil }
        var runs: [(range: Range<Int>, digit: Bool)] = []
        var i = 0
        while i < s.count {
            guard Self.digitLike(s[i]) else {
                i += 1
                continue
            }
            let start = i
            var digit = false, letter = false
            while i < s.count, Self.digitLike(s[i]) {
                if StructuredScan.isDigit(s[i]) { digit = true } else { letter = true }
                i += 1
            }
            // (`Holloway`, `hello1`: letters of a word.)
            if letter, !(start > 0 && s[start - 1].isScanLetter), !(i < s.count && s[i].isScanLetter) {
                runs.append((start..<i, digit))
            } else if !letter {
                runs.append((start..<i, true))
            }
        }
        var read: [Range<Int>] = []
        for (n, run) in runs.enumerated() where run.range.contains(where: { !StructuredScan.isDigit(s[$0]) }) {
            if run.digit {
                read.append(run.range)
            } else if run.range.count <= 2, n > 0, n + 1 < runs.count, runs[n - 1].digit, runs[n + 1].digit,
                runs[n - 1].range.upperBound + 1 == run.range.lowerBound,
                run.range.upperBound + 1 == runs[n + 1].range.lowerBound,
                Self.dateSeparators.contains(s[run.range.lowerBound - 1]),
                s[run.range.lowerBound - 1] == s[run.range.upperBound]
            {
                read.append(run.range)
            }
        }
        guard !read.isEmpty else { return nil }
        var digits = s
        for range in read {
            for k in range {
                switch digits[k] {
                case "l", "I": digits[k] = "1"
                case "O", "o": digits[k] = "0"
                default: break
                }
            }
        }
        return (replacingScalars(digits), read)
    }

    private static let dateSeparators: Set<Unicode.Scalar> = ["/", ".", "-"]

    private static func digitLike(_ s: Unicode.Scalar) -> Bool { StructuredScan.isDigit(s) || letterLike(s) }
    private static func letterLike(_ s: Unicode.Scalar) -> Bool { s == "l" || s == "I" || s == "O" || s == "o" }
}

extension [any AnonymisationRule] {
    /// The findings of the rules that read numbers (dates, phones, NHS numbers) in the text's
    /// digits read as a scanned page's recognition gets them wrong, where they cover a scalar
    /// read so: what the plain reading did not find.
    func ocrFindings(in text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        guard let (ocr, read) = text.readingOCRDigits() else { return [] }
        var out: [AnonymisationFinding] = []
        for rule in self where Self.ocrRules.contains(rule.id) {
            for var f in rule.scan(ocr, context) where read.contains(where: { $0.overlaps(f.range) }) {
                f.matched = text.slice(f.range)
                f.message += " (read from a scanned page's text: l and I as 1, O as 0)"
                out.append(f)
            }
        }
        return out
    }

    private static var ocrRules: Set<RuleID> { [.dateOfBirth, .eventDate, .phone, .nhsNumber] }
}
