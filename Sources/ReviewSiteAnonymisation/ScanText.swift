import ReviewSiteCore
import ReviewSiteNames

/// Text that reaches a published page, with where it starts in its source file: the raw
/// Markdown body (so link targets, alt text and table cells are scanned as written), the
/// text readers get from it (`ReaderText`), or one front matter string (title, summary,
/// pseudonym role, topic).
///
/// The text is held in the normal form (`NormalForm`): what every rule sees. Each scalar
/// keeps the offset of the original scalar it came from, so positions are those of the
/// source as written.
package struct ScanText: Sendable {
    /// The normalised text.
    package var text: String
    /// File position of the first character of `text`.
    package var line: Int
    package var column: Int
    /// Front matter field the text came from, or nil for the body.
    package var field: String?

    /// The normalised text as Unicode scalars, split into tokens once so every rule works
    /// from the same single pass over the text.
    package let scalars: [Unicode.Scalar]
    package let tokens: [ScanToken]
    /// Each token's short-word key (`WordList.key`: up to 7 ASCII scalars, lower-cased and
    /// packed with their count; 0 when there is none), made once here so the rules compare
    /// and look up words by one integer instead of re-reading the letters (issue 16).
    package let wordKeys: [UInt64]
    /// The names register's matches in this text, when the engine worked them out once for
    /// all the rules (`sharingRegisterMatches`); nil, and each rule matches for itself.
    package private(set) var registerMatches: [RegisterMatch]?
    /// Offset in the original text of each scalar of `scalars`; nil when they are the same.
    private let origin: [Int]?
    /// Scalar offset where each line of the original text starts.
    private let lineStarts: [Int]
    /// File line and column of each original scalar, when the text was gathered from
    /// several places (`init(pieces:)`).
    private let positions: [(line: Int32, column: Int32)]?

    package init(_ text: String, line: Int, column: Int, field: String? = nil) {
        let original = ScalarArray.of(text)
        let (normal, origin) = NormalForm.normalise(original)
        self.line = line
        self.column = column
        self.field = field
        scalars = normal
        // Only removals and compositions change the length, so the same length means each
        // scalar is where it was.
        self.origin = origin.isEmpty || normal.count == original.count ? nil : origin
        if origin.isEmpty || normal == original {
            self.text = text
        } else {
            self.text = ScalarArray.string(normal)
        }
        tokens = ScanTokenizer.tokens(normal)
        wordKeys = ScanTokenizer.keys(normal, tokens)
        var starts = [0]
        for (i, s) in original.enumerated() where s == "\n" { starts.append(i + 1) }
        lineStarts = starts
        positions = nil
    }

    /// Text gathered from several places of a file (the words of a paragraph that readers
    /// see together), each piece with the file position of its first scalar; a piece's
    /// later scalars are on the same line, column by column, unless it holds line breaks.
    package init(pieces: [(text: String, line: Int, column: Int)], field: String? = nil) {
        let (original, places) = Self.gather(pieces)
        let (normal, origin) = NormalForm.normalise(original)
        line = pieces.first?.line ?? 1
        column = pieces.first?.column ?? 1
        self.field = field
        scalars = normal
        self.origin = origin.isEmpty ? nil : origin
        text = ScalarArray.string(normal)
        tokens = ScanTokenizer.tokens(normal)
        wordKeys = ScanTokenizer.keys(normal, tokens)
        lineStarts = [0]
        positions = places
    }

    /// The same text with other scalars, as many (`readingOCRDigits`): positions stay.
    func replacingScalars(_ replacement: [Unicode.Scalar]) -> ScanText {
        precondition(replacement.count == scalars.count)
        return ScanText(copying: self, scalars: replacement)
    }

    private init(copying other: ScanText, scalars: [Unicode.Scalar]) {
        text = ScalarArray.string(scalars)
        line = other.line
        column = other.column
        field = other.field
        self.scalars = scalars
        tokens = ScanTokenizer.tokens(scalars)
        wordKeys = ScanTokenizer.keys(scalars, tokens)
        // (The register's matches count tokens of the other text: the rules match again.)
        registerMatches = nil
        origin = other.origin
        lineStarts = other.lineStarts
        positions = other.positions
    }

    /// This text with the register's matches worked out once, for the engine to hand to every
    /// rule: three rules need them (names-register reports them; titled-name and undeclared-name
    /// leave their words alone), and each matched the text again (issue 16).
    package func sharingRegisterMatches(_ register: NamesRegister?) -> ScanText {
        guard let register, registerMatches == nil else { return self }
        var shared = self
        shared.registerMatches = register.matcher.matches(in: self)
        return shared
    }

    /// The pieces' scalars end to end, each with its file line and column. ASCII pieces (almost
    /// all) are read as bytes: the scalar-by-scalar loop was 2% of lint on corpus B (issue 16).
    static func gather(_ pieces: [(text: String, line: Int, column: Int)])
        -> (scalars: [Unicode.Scalar], places: [(line: Int32, column: Int32)])
    {
        let capacity = pieces.reduce(0) { $0 + $1.text.utf8.count }
        var original: [Unicode.Scalar] = []
        var places: [(line: Int32, column: Int32)] = []
        original.reserveCapacity(capacity)
        places.reserveCapacity(capacity)
        for piece in pieces {
            var l = Int32(piece.line), c = Int32(piece.column)
            var text = piece.text
            let ascii =
                text.withUTF8 { bytes -> Bool in
                    for b in bytes where b >= 0x80 { return false }
                    for b in bytes {
                        original.append(Unicode.Scalar(b))
                        places.append((l, c))
                        if b == UInt8(ascii: "\n") { l += 1; c = 1 } else { c += 1 }
                    }
                    return true
                }
            if ascii { continue }
            for s in piece.text.unicodeScalars {
                original.append(s)
                places.append((l, c))
                if s == "\n" { l += 1; c = 1 } else { c += 1 }
            }
        }
        return (original, places)
    }

    /// File line and column of the scalar at `offset` (an offset in `scalars`).
    package func location(_ offset: Int) -> (line: Int, column: Int) {
        var at = offset
        if let origin, !origin.isEmpty { at = origin[min(max(0, offset), origin.count - 1)] }
        if let positions {
            guard !positions.isEmpty else { return (line, column) }
            let p = positions[min(max(0, at), positions.count - 1)]
            return (Int(p.line), Int(p.column))
        }
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= at { lo = mid } else { hi = mid - 1 }
        }
        let col = at - lineStarts[lo] + 1
        return lo == 0 ? (line, column + col - 1) : (line + lo, col)
    }

    /// Offset in the original text of the scalar at `offset` (for callers that map
    /// positions themselves, such as the built-site scan).
    package func originalOffset(_ offset: Int) -> Int {
        guard let origin, !origin.isEmpty else { return offset }
        return origin[min(max(0, offset), origin.count - 1)]
    }

    /// Whether token `i` is a space that holds a tab: a pasted spreadsheet's column break,
    /// across which no name or initial runs on.
    func isTabBreak(_ i: Int) -> Bool {
        tokens[i].kind == .space && scalars[tokens[i].start..<tokens[i].end].contains("\t")
    }

    /// Whether token `i` is the gap between a record's columns: two spaces or more, or a tab.
    func isColumnGap(_ i: Int) -> Bool {
        isTabBreak(i) || tokens[i].kind == .space && tokens[i].end - tokens[i].start >= 2
    }

    /// The (normalised) text between two scalar offsets.
    package func slice(_ range: Range<Int>) -> String {
        // ASCII words (almost all) are filled from bytes instead of the generic append (issue 16).
        ScalarArray.string(scalars[max(0, range.lowerBound)..<min(scalars.count, range.upperBound)])
    }
}

/// A word, a run of digits or a single other character, with its scalar offsets.
/// Stored as 32-bit offsets (12 bytes a token instead of 24: a text has about one token for
/// every three scalars, so this is most of a scanned text's memory, issue 16); read and
/// written as `Int`.
package struct ScanToken: Sendable, Equatable {
    package enum Kind: Sendable, Equatable { case word, number, space, newline, other }
    private var start32: Int32
    private var end32: Int32
    package var kind: Kind
    package var start: Int {
        get { Int(start32) }
        set { start32 = Int32(newValue) }
    }
    package var end: Int {
        get { Int(end32) }
        set { end32 = Int32(newValue) }
    }

    package init(kind: Kind, start: Int, end: Int) {
        self.kind = kind
        start32 = Int32(start)
        end32 = Int32(end)
    }
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
                    if s[i].isScanLetter || (s[i].value >= 0x80 && s[i].properties.generalCategory == .nonspacingMark) {
                        i += 1; continue
                    }
                    if s[i] == "'" || s[i] == "\u{2019}", i + 1 < s.count, s[i + 1].isScanLetter { i += 2; continue }
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

extension ScanTokenizer {
    /// `WordList.key` of every word token, in token order; 0 for other tokens (no list word
    /// is spelt by digits, spaces or punctuation) and for words that have none.
    package static func keys(_ s: [Unicode.Scalar], _ tokens: [ScanToken]) -> [UInt64] {
        var keys = [UInt64](repeating: 0, count: tokens.count)
        for (k, t) in tokens.enumerated() where t.kind == .word && t.end - t.start <= WordList.packedLength {
            keys[k] = WordList.key(s, t.start..<t.end) ?? 0
        }
        return keys
    }
}

/// Character classes with an ASCII fast path: almost all report text is ASCII, and the
/// Unicode property lookups cost a table search per character.
package extension Unicode.Scalar {
    var isScanLetter: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return properties.isAlphabetic
    }

    var isScanUppercase: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    var isScanLowercase: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }

    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
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
            if v >= 0x41 && v <= 0x5A {
                v += 32
            } else if v == 0x0130 || v == 0x0131 {
                v = 0x69  // Turkish İ and ı: i
            } else if v == 0x00DF || v == 0x1E9E {
                h.add(0x73)  // ß and ẞ: ss
                v = 0x73
            } else if v >= 0x80, let lower = scalars[i].properties.lowercaseMapping.unicodeScalars.first {
                v = lower.value
            }
            h.add(UInt64(v))
        }
        return h.value
    }
}
