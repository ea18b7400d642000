import ReviewSiteCore

/// Digits as a scanned page's text recognition gets them wrong: `l` and `I` for 1, `O` and `o`
/// for 0 (`DOB l4/ll/l962`, `Tel Ol14 496 O3l7`; development set 40, a GP letter pasted from
/// a scanned PDF). A run of those letters and digits that holds a digit and touches no other
/// letter is read as digits; so is a run of those letters alone between two runs of digits, one
/// of them read so, and a date's `/`, `.` or `-` (`/ll/`; not `23.II.1958`, a Roman month).
/// Every other scalar stays, so offsets, and so file positions, are the text's own.
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
        var runs: [(range: Range<Int>, digit: Bool, letter: Bool)] = []
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
                runs.append((start..<i, digit, true))
            } else if !letter {
                runs.append((start..<i, true, false))
            }
        }
        var read: [Range<Int>] = []
        for (n, run) in runs.enumerated() where run.range.contains(where: { !StructuredScan.isDigit(s[$0]) }) {
            if run.digit {
                read.append(run.range)
            } else if run.range.count <= 2, n > 0, n + 1 < runs.count, runs[n - 1].digit, runs[n + 1].digit,
                runs[n - 1].letter || runs[n + 1].letter,
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

/// The rules that read numbers: the ones run again on a scanned page's digits and on a form's
/// boxed digits.
let numberRuleIDs: Set<RuleID> = [.dateOfBirth, .eventDate, .phone, .nhsNumber]

extension [any AnonymisationRule] {
    /// `plain` (the rules' findings in `text`) with the findings of the rules that read numbers
    /// in the text's digits read as a scanned page's recognition gets them wrong, where they
    /// cover a scalar read so; a plain finding of those rules that such a finding overlaps goes
    /// (`DOB l4/11/1962` read plainly is `4/11/1962`, the wrong date).
    func addingOCRFindings(_ plain: [AnonymisationFinding], in text: ScanText, _ context: AnonymisationContext)
        -> [AnonymisationFinding]
    {
        adding(
            plain, in: text, reading: text.readingOCRDigits(), context, widened: false,
            note: " (read from a scanned page's text: l and I as 1, O as 0)")
    }

    /// `plain` with the findings of the rules that read numbers in a reading of `text` (the
    /// same offsets, some runs read another way: `read`) that cover a run read so, each told
    /// how it was read (`note`) and, when `widened`, covering the whole runs it touches; a
    /// plain finding of those rules that such a finding overlaps goes.
    func adding(
        _ plain: [AnonymisationFinding], in text: ScanText, reading: (text: ScanText, read: [Range<Int>])?,
        _ context: AnonymisationContext, widened: Bool, note: String
    ) -> [AnonymisationFinding] {
        guard let (other, read) = reading else { return plain }
        var out: [AnonymisationFinding] = []
        for rule in self where numberRuleIDs.contains(rule.id) {
            for var f in rule.scan(other, context) {
                let runs = read.filter { $0.overlaps(f.range) }
                guard let first = runs.first, let last = runs.last else { continue }
                if widened {
                    f.range = Swift.min(f.range.lowerBound, first.lowerBound)..<Swift.max(f.range.upperBound, last.upperBound)
                }
                f.matched = text.slice(f.range)
                f.message += note
                out.append(f)
            }
        }
        guard !out.isEmpty else { return plain }
        return plain.filter { p in !(numberRuleIDs.contains(p.rule) && out.contains { $0.range.overlaps(p.range) }) } + out
    }
}

extension DateOfBirthRule {
    /// `scan`, with the dates read from a scanned page's digits: what one file of a review
    /// tells the others (`Date of death: O3/O2/2024` in a scanned letter dates the death for
    /// the review's chronology too).
    package func scanReadingScannedDigits(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        ([self] as [any AnonymisationRule]).addingOCRFindings(scan(text, context), in: text, context)
    }
}
