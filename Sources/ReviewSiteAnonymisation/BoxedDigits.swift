import ReviewSiteCore

/// A paper form's digits, one to a box, as text pasted from it gives them: `0 3 0 6 1 9 9 0`,
/// `0 7 7 0 0 – 9 0 0 – 6 6 3` (development set 72, a GP registration form). A run of six
/// single digits or more, one space apart (a dash, a slash or a dot between two spaces marks a
/// group), is read as one number: its digits packed where the run starts, a space between
/// groups, and the run's other scalars turned into spaces after them, so the text keeps its
/// length and a finding starts where the run does.
extension ScanText {
    /// The text with such runs read so, and the runs' ranges; nil when there are none.
    package func readingBoxedDigits() -> (text: ScanText, read: [Range<Int>])? {
        var runs: [(range: Range<Int>, packed: [Unicode.Scalar])] = []
        var k = 0
        while k < tokens.count {
            guard isBoxDigit(k) else {
                k += 1
                continue
            }
            var packed: [Unicode.Scalar] = [scalars[tokens[k].start]]
            var last = k, digits = 1, j = k
            while true {
                if isSingleSpace(j + 1), isBoxDigit(j + 2) {
                    j += 2
                } else if isSingleSpace(j + 1), j + 4 < tokens.count, tokens[j + 2].kind == .other,
                    Self.groupMarks.contains(scalars[tokens[j + 2].start]), isSingleSpace(j + 3), isBoxDigit(j + 4)
                {
                    j += 4
                    packed.append(" ")
                } else {
                    break
                }
                packed.append(scalars[tokens[j].start])
                digits += 1
                last = j
            }
            if digits >= 6 { runs.append((tokens[k].start..<tokens[last].end, packed)) }
            k = last + 1
        }
        guard !runs.isEmpty else { return nil }
        var out = scalars
        for run in runs {
            for (n, i) in run.range.enumerated() { out[i] = n < run.packed.count ? run.packed[n] : " " }
        }
        return (replacingScalars(out), runs.map(\.range))
    }

    /// A dash, slash or dot between two spaces: the gap between two groups of boxes.
    private static let groupMarks: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}", "/", "."]

    private func isBoxDigit(_ k: Int) -> Bool {
        k < tokens.count && tokens[k].kind == .number && tokens[k].end - tokens[k].start == 1
    }

    private func isSingleSpace(_ k: Int) -> Bool {
        k < tokens.count && tokens[k].kind == .space && tokens[k].end - tokens[k].start == 1 && scalars[tokens[k].start] == " "
    }
}

extension [any AnonymisationRule] {
    /// `plain` with the findings of the rules that read numbers in the text's boxed digits read
    /// as one number, each covering its whole run; a plain finding of those rules inside a run
    /// goes.
    func addingBoxedDigitFindings(_ plain: [AnonymisationFinding], in text: ScanText, _ context: AnonymisationContext)
        -> [AnonymisationFinding]
    {
        adding(
            plain, in: text, reading: text.readingBoxedDigits(), context, widened: true,
            note: " (read from digits written one to a box)")
    }
}
