import ReviewSiteCore

/// Parses the strict YAML subset allowed in front matter and site.yml: block mappings,
/// block sequences, plain and quoted scalars, empty `[]` / `{}` and comments.
/// Everything else is an error with a line and column, never a guess.
///
/// Runs in linear time: each line is scanned a bounded number of times, and recursion
/// stops at `maxDepth` nested collections.
package enum YAMLSubsetParser {
    package static let maxDepth = 64

    /// `text` is the YAML between the `---` lines; `firstLine` is the file line number of
    /// its first line, so reported lines are file lines.
    package static func parse(_ text: String, firstLine: Int) throws(YAMLError) -> YAMLNode {
        let source = YAMLSource(text, firstLine: firstLine)
        try source.checkCharacters()
        return try YAMLBlockParser(source).parseDocument()
    }
}

/// The text as an array of Unicode scalar values with line boundaries, so that indexing
/// is O(1) and columns count scalars. Index `0` is never content (NUL is rejected), so it
/// serves as the "end of line" sentinel returned by `at`.
package struct YAMLSource: Sendable {
    package let chars: [UInt32]
    /// Start and end (excluding the line break) of each line.
    package let starts: [Int]
    package let ends: [Int]
    /// Per line: leading spaces, and the first character that is not a space or tab.
    /// Cached so that asking about a line again (once per nesting level) stays O(1).
    package let indents: [Int]
    package let contentStarts: [Int]
    package let firstLine: Int

    package init(_ text: String, firstLine: Int) {
        var chars: [UInt32] = []
        chars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { chars.append(scalar.value) }
        var starts = [0]
        var ends: [Int] = []
        var i = 0
        while i < chars.count {
            if chars[i] == Ch.lf {
                ends.append(i)
                starts.append(i + 1)
            } else if chars[i] == Ch.cr {
                ends.append(i)
                if i + 1 < chars.count && chars[i + 1] == Ch.lf { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        ends.append(chars.count)
        var indents: [Int] = []
        var contentStarts: [Int] = []
        indents.reserveCapacity(starts.count)
        contentStarts.reserveCapacity(starts.count)
        for line in 0..<starts.count {
            var i = starts[line]
            while i < ends[line] && chars[i] == Ch.space { i += 1 }
            indents.append(i - starts[line])
            while i < ends[line] && Ch.isWhite(chars[i]) { i += 1 }
            contentStarts.append(i)
        }
        self.chars = chars
        self.starts = starts
        self.ends = ends
        self.indents = indents
        self.contentStarts = contentStarts
        self.firstLine = firstLine
    }

    package var lineCount: Int { starts.count }

    /// The character at `i` on line `line`, or 0 past the end of that line.
    package func at(_ i: Int, _ line: Int) -> UInt32 {
        i >= 0 && i < ends[line] ? chars[i] : 0
    }

    package func fileLine(_ line: Int) -> Int { firstLine &+ line }
    package func column(_ i: Int, _ line: Int) -> Int { i - starts[line] + 1 }

    package func error(_ i: Int, _ line: Int, _ message: String) -> YAMLError {
        YAMLError(line: fileLine(line), column: column(i, line), message: message)
    }

    package func unsupported(_ i: Int, _ line: Int, _ what: String) -> YAMLError {
        YAMLError.unsupported(line: fileLine(line), column: column(i, line), what)
    }

    /// Number of leading spaces (tabs never count as indentation).
    package func indent(_ line: Int) -> Int { indents[line] }

    /// First character that is not a space or tab.
    package func contentStart(_ line: Int) -> Int { contentStarts[line] }

    package func skipWhite(_ from: Int, _ line: Int) -> Int {
        var i = from
        while i < ends[line] && Ch.isWhite(chars[i]) { i += 1 }
        return i
    }

    /// A tab sits among the leading whitespace of `line`.
    package func hasLeadingTab(_ line: Int) -> Bool { contentStart(line) > starts[line] + indent(line) }

    /// Empty, whitespace-only or comment-only line.
    package func isBlank(_ line: Int) -> Bool {
        let c = at(contentStart(line), line)
        return c == 0 || c == Ch.hash
    }

    /// `---` or `...` at the start of a line, followed by whitespace or the line end.
    package func isDocumentMarker(_ line: Int) -> Bool {
        let s = starts[line]
        guard ends[line] - s >= 3 else { return false }
        let c = chars[s]
        guard (c == Ch.dash || c == Ch.dot) && chars[s + 1] == c && chars[s + 2] == c else { return false }
        let next = at(s + 3, line)
        return next == 0 || Ch.isWhite(next)
    }

    /// The first line at or after `from` that holds content, or nil at the end. Rejects
    /// document markers and directives, which are outside the subset.
    package func nextContentLine(_ from: Int) throws(YAMLError) -> Int? {
        var line = from
        while line < lineCount {
            if !isBlank(line) {
                try checkLineStart(line)
                return line
            }
            line += 1
        }
        return nil
    }

    package func checkLineStart(_ line: Int) throws(YAMLError) {
        if isDocumentMarker(line) {
            throw unsupported(
                starts[line], line,
                "a '---' or '...' line inside the fields (several YAML documents) is not allowed; remove this line")
        }
        if at(starts[line], line) == Ch.percent {
            throw unsupported(
                starts[line], line,
                "directives such as '%YAML' are not allowed; remove this line")
        }
    }

    /// YAML forbids most control characters; reject them up front with their position.
    package func checkCharacters() throws(YAMLError) {
        for line in 0..<lineCount {
            var i = starts[line]
            while i < ends[line] {
                let c = chars[i]
                let bad =
                    (c < 0x20 && c != Ch.tab) || c == 0x7F || (c >= 0x80 && c < 0xA0 && c != 0x85)
                    || c == 0xFFFE || c == 0xFFFF
                if bad {
                    let hex = String(c, radix: 16, uppercase: true)
                    throw error(
                        i, line,
                        "invisible control character U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex) "
                            + "is not allowed; delete it (retype the text around it if you cannot see it)")
                }
                i += 1
            }
        }
    }
}

/// Character codes used by the parser.
package enum Ch {
    package static let tab: UInt32 = 0x09, lf: UInt32 = 0x0A, cr: UInt32 = 0x0D, space: UInt32 = 0x20
    package static let bang: UInt32 = 0x21, dquote: UInt32 = 0x22, hash: UInt32 = 0x23, percent: UInt32 = 0x25
    package static let amp: UInt32 = 0x26, squote: UInt32 = 0x27, star: UInt32 = 0x2A, comma: UInt32 = 0x2C
    package static let dash: UInt32 = 0x2D, dot: UInt32 = 0x2E, colon: UInt32 = 0x3A, gt: UInt32 = 0x3E
    package static let question: UInt32 = 0x3F, at: UInt32 = 0x40, lbracket: UInt32 = 0x5B, backslash: UInt32 = 0x5C
    package static let rbracket: UInt32 = 0x5D, backtick: UInt32 = 0x60, lbrace: UInt32 = 0x7B, pipe: UInt32 = 0x7C
    package static let rbrace: UInt32 = 0x7D

    package static func isWhite(_ c: UInt32) -> Bool { c == space || c == tab }
    /// Whitespace or end of line (0).
    package static func isBlankOrEnd(_ c: UInt32) -> Bool { c == 0 || c == space || c == tab }
}
