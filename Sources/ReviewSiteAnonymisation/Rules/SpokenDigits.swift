import ReviewSiteCore

/// A number read aloud, as a call's or a meeting's transcript writes it: `oh seven seven double
/// oh nine double oh five six one` (development set 42). Digit words (`oh`, `zero`, `nought`,
/// `one` to `nine`), with `double`, `triple` or `treble` before one, separated by one space,
/// comma or hyphen; not a count read out with a comma after every word (`zero, one, two, …`).
enum SpokenDigits {
    /// A stretch of digit words: its scalar range and its digits.
    typealias Part = (range: Range<Int>, digits: String)

    /// Each run of `minimum` digits or more read aloud: its scalar range, its digits, and its
    /// parts between commas (`oh seven seven, double oh nine`: two parts).
    static func runs(_ text: ScanText, minimum: Int) -> [(range: Range<Int>, digits: String, parts: [Part])] {
        let tokens = text.tokens
        var out: [(range: Range<Int>, digits: String, parts: [Part])] = []
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            guard tokens[k].kind == .word, StructuredScan.index(text, token: k, in: words) != nil else { continue }
            var digits = "", last = k, j = k, times = 1
            var separators = 0, commas = 0
            var parts: [Part] = []
            var part = (start: k, digits: "")
            while j < tokens.count, tokens[j].kind == .word, let w = StructuredScan.index(text, token: j, in: words) {
                if w == 10 || w == 11 || w == 14 {
                    // `double`, `triple`, `treble`: the next word is the digit they repeat.
                    guard times == 1 else { break }
                    times = w == 10 ? 2 : 3
                } else {
                    let d = String(repeating: String(w < 10 ? w : 0), count: times)
                    digits += d
                    part.digits += d
                    times = 1
                    last = j
                }
                // One separator, then perhaps a space, before the next word.
                var n = j + 1
                if n < tokens.count, tokens[n].kind == .other, ",-".unicodeScalars.contains(text.scalars[tokens[n].start]) {
                    if text.scalars[tokens[n].start] == "," {
                        commas += 1
                        if !part.digits.isEmpty { parts.append((tokens[part.start].start..<tokens[last].end, part.digits)) }
                        part = (n + 1, "")
                    }
                    n += 1
                }
                if n < tokens.count, tokens[n].kind == .space, tokens[n].end - tokens[n].start == 1 {
                    if part.start == n { part.start = n + 1 }
                    n += 1
                }
                guard n > j + 1 else { break }
                separators += 1
                j = n
            }
            // (The separator after the last word is counted too when it was a comma.)
            let list = commas > 0 && commas >= separators
            if !part.digits.isEmpty { parts.append((tokens[part.start].start..<tokens[last].end, part.digits)) }
            if digits.count >= minimum, !list { out.append((tokens[k].start..<tokens[last].end, digits, parts)) }
            k = max(k, last)
        }
        return out
    }

    /// Digit words by value, then `double` and `triple`, then two more words for zero.
    private static let words: WordList = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "double", "triple", "oh",
        "nought", "treble",
    ]
}
