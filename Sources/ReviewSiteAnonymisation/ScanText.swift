import ReviewSiteCore
import ReviewSiteNames
/// Text that reaches a published page, with where it starts in its source file: the raw
/// Markdown body (so link targets, alt text and table cells are scanned as written) or one
/// front matter string (title, summary, pseudonym role, topic).
package struct ScanText: Sendable {
    package var text: String
    /// File position of the first character of `text`.
    package var line: Int
    package var column: Int
    /// Front matter field the text came from, or nil for the body.
    package var field: String?

    /// The text as Unicode scalars (columns count scalars), split into tokens once so every
    /// rule works from the same single pass over the text.
    package let scalars: [Unicode.Scalar]
    package let tokens: [ScanToken]
    /// Scalar offset where each line of `text` starts.
    private let lineStarts: [Int]

    package init(_ text: String, line: Int, column: Int, field: String? = nil) {
        self.text = text
        self.line = line
        self.column = column
        self.field = field
        scalars = ScalarArray.of(text)
        tokens = ScanTokenizer.tokens(scalars)
        var starts = [0]
        for (i, s) in scalars.enumerated() where s == "\n" { starts.append(i + 1) }
        lineStarts = starts
    }

    /// File line and column of the scalar at `offset`.
    package func location(_ offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let col = offset - lineStarts[lo] + 1
        return lo == 0 ? (line, column + col - 1) : (line + lo, col)
    }

    /// The text between two scalar offsets.
    package func slice(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[max(0, range.lowerBound)..<min(scalars.count, range.upperBound)])
        return String(s)
    }
}

/// A word, a run of digits or a single other character, with its scalar offsets.
package struct ScanToken: Sendable, Equatable {
    package enum Kind: Sendable, Equatable { case word, number, space, newline, other }
    package var kind: Kind
    package var start: Int
    package var end: Int
}

/// Splits text into tokens in one pass. A word is letters with inner apostrophes
/// (`Jo's`, `O'Neill`); hyphens are separate tokens so `Smith-Jones` is two words.
package enum ScanTokenizer {
    package static func tokens(_ s: [Unicode.Scalar]) -> [ScanToken] {
        var out: [ScanToken] = []
        out.reserveCapacity(s.count / 3)
        var i = 0
        while i < s.count {
            let c = s[i]
            let start = i
            if c.isScanLetter {
                i += 1
                while i < s.count {
                    if s[i].isScanLetter || (s[i].value >= 0x80 && s[i].properties.generalCategory == .nonspacingMark) { i += 1; continue }
                    if (s[i] == "'" || s[i] == "\u{2019}"), i + 1 < s.count, s[i + 1].isScanLetter { i += 2; continue }
                    break
                }
                out.append(ScanToken(kind: .word, start: start, end: i))
            } else if c.isASCIIDigit {
                i += 1
                while i < s.count, s[i].isASCIIDigit { i += 1 }
                out.append(ScanToken(kind: .number, start: start, end: i))
            } else if c == " " || c == "\t" {
                i += 1
                while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
                out.append(ScanToken(kind: .space, start: start, end: i))
            } else if c == "\n" {
                i += 1
                out.append(ScanToken(kind: .newline, start: start, end: i))
            } else {
                i += 1
                out.append(ScanToken(kind: .other, start: start, end: i))
            }
        }
        return out
    }
}

/// Character classes with an ASCII fast path: almost all report text is ASCII, and the
/// Unicode property lookups cost a table search per character.
package extension Unicode.Scalar {
    package var isScanLetter: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return properties.isAlphabetic
    }

    package var isScanUppercase: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    package var isScanLowercase: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }

    package var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}

/// FNV-1a over lower-cased scalars: a cheap, allocation-free key for word lookups.
package enum WordHash {
    package static func lowercased(_ word: String) -> UInt64 {
        let scalars = Array(word.unicodeScalars)
        return lowercased(scalars, 0..<scalars.count)
    }

    package static func lowercased(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
        var h = FNV1a()
        for i in range {
            var v = scalars[i].value
            if v >= 0x41 && v <= 0x5A { v += 32 } else if v >= 0x80, let lower = scalars[i].properties.lowercaseMapping.unicodeScalars.first {
                v = lower.value
            }
            h.add(UInt64(v))
        }
        return h.value
    }
}
