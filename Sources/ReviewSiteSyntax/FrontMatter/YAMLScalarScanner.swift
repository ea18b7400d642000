import ReviewSiteCore

/// Plain and quoted scalars, with YAML line folding: a single line break between two
/// lines of text becomes a space, each empty line becomes a line feed, and whitespace
/// around line breaks is dropped.
package extension YAMLSource {
    enum PlainStop: Equatable {
        case end, comment
        /// `: ` (or `:` at the line end) at this index: the text before it is a key.
        case colon(Int)
    }

    /// Scans one line of plain text from `from`: returns where the text ends (trailing
    /// whitespace excluded) and what stopped it.
    func scanPlainLine(_ from: Int, _ line: Int) -> (end: Int, stop: PlainStop) {
        var i = from
        var textEnd = from
        let end = ends[line]
        while i < end {
            let c = chars[i]
            if c == Ch.colon && Ch.isBlankOrEnd(at(i + 1, line)) { return (textEnd, .colon(i)) }
            if c == Ch.hash && i > from && Ch.isWhite(chars[i - 1]) { return (textEnd, .comment) }
            i += 1
            if !Ch.isWhite(c) { textEnd = i }
        }
        return (textEnd, .end)
    }

    func text(_ from: Int, _ to: Int) -> String {
        var view = String.UnicodeScalarView()
        var i = from
        while i < to {
            if let s = Unicode.Scalar(chars[i]) { view.append(s) }
            i += 1
        }
        return Self.exact(view)
    }

    /// A plain scalar whose first line runs from `from` to `firstEnd`. Continuation lines
    /// must be indented more than `parentIndent`. Returns the text and its last line.
    func plainScalar(
        _ from: Int, firstEnd: Int, line: Int, stop: PlainStop,
        parentIndent: Int
    ) throws(YAMLError) -> (String, Int) {
        var view = String.UnicodeScalarView()
        append(&view, from, firstEnd)
        var last = line
        guard stop == .end else { return (Self.exact(view), last) }
        var breaks = 0
        var l = line + 1
        while l < lineCount {
            let cs = contentStart(l)
            if cs == ends[l] { breaks += 1; l += 1; continue }
            if chars[cs] == Ch.hash || indent(l) <= parentIndent { break }
            try checkLineStart(l)
            let (end, lineStop) = scanPlainLine(cs, l)
            if case .colon(let colon) = lineStop {
                throw continuationColonError(colon, l, firstFrom: from, firstLine: line)
            }
            if breaks == 0 {
                view.append(" ")
            } else {
                for _ in 0..<breaks { view.append("\n") }
            }
            append(&view, cs, end)
            breaks = 0
            last = l
            l += 1
            if lineStop == .comment { break }
        }
        return (Self.exact(view), last)
    }

    /// The scalar's text in a buffer of its own size: built a character at a time, its buffer
    /// grew by doubling, and a title or summary is kept for the whole build (at 10,000
    /// reviews the unused room was megabytes, issue 16).
    static func exact(_ view: String.UnicodeScalarView) -> String {
        var text = String(view)
        return text.withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    private func append(_ view: inout String.UnicodeScalarView, _ from: Int, _ to: Int) {
        var i = from
        while i < to {
            if let s = Unicode.Scalar(chars[i]) { view.append(s) }
            i += 1
        }
    }

    /// A line continues the text above it but holds `key: value`. Usually the real mistake
    /// is a missing space after a colon earlier ("status:draft"), or extra indentation.
    private func continuationColonError(_ colon: Int, _ line: Int, firstFrom: Int, firstLine: Int) -> YAMLError {
        if let missing = missingSpaceError(firstFrom, firstLine) { return missing }
        return error(
            contentStart(line), line,
            "this line continues the text above it but contains ': '; if it is a new field, "
                + "line it up with the field above it, otherwise put the whole text in quotes")
    }

    /// "title:Hello" written without the space YAML needs after the colon.
    func missingSpaceError(_ from: Int, _ line: Int) -> YAMLError? {
        var i = from
        while i < ends[line] {
            let c = chars[i]
            if c == Ch.colon {
                let next = at(i + 1, line)
                guard next != 0, !Ch.isWhite(next), i > from, next != 0x2F else { return nil }  // "http://" is text
                let key = text(from, i)
                let shown = key.count <= 40 ? "'\(key):'" : "the field name"
                return error(
                    i, line,
                    "missing space after the colon in \(shown); write a space after the colon, "
                        + "as in 'title: My page'")
            }
            if Ch.isWhite(c) || c == Ch.hash { return nil }
            i += 1
        }
        return nil
    }

    // MARK: quoted scalars

    /// A single- or double-quoted scalar opening at `open`. Returns the text, the index
    /// just after the closing quote and the line it is on.
    func quotedScalar(_ open: Int, _ line: Int, parentIndent: Int) throws(YAMLError) -> (String, Int, Int) {
        let double = chars[open] == Ch.dquote
        var view = String.UnicodeScalarView()
        var i = open + 1
        var l = line
        var whiteStart = -1  // literal whitespace not yet known to be content
        while true {
            if i >= ends[l] {
                // Unescaped line break: trailing whitespace is dropped, then folding.
                whiteStart = -1
                let (next, breaks) = try foldLines(after: l, open: open, openLine: line, parentIndent: parentIndent)
                if breaks == 0 {
                    view.append(" ")
                } else {
                    for _ in 0..<breaks { view.append("\n") }
                }
                l = next
                i = contentStart(l)
                continue
            }
            let c = chars[i]
            if Ch.isWhite(c) {
                if whiteStart < 0 { whiteStart = i }
                i += 1
                continue
            }
            if whiteStart >= 0 {
                append(&view, whiteStart, i)
                whiteStart = -1
            }
            if !double && c == Ch.squote {
                if at(i + 1, l) == Ch.squote {
                    view.append("'")
                    i += 2
                    continue
                }
                return (Self.exact(view), i + 1, l)
            }
            if double && c == Ch.dquote { return (Self.exact(view), i + 1, l) }
            if double && c == Ch.backslash {
                if i + 1 >= ends[l] {
                    // Escaped line break: joins the lines with nothing between them, but
                    // empty lines in between still count as line feeds.
                    let (next, breaks) = try foldLines(after: l, open: open, openLine: line, parentIndent: parentIndent)
                    for _ in 0..<breaks { view.append("\n") }
                    l = next
                    i = contentStart(l)
                    continue
                }
                let (scalar, length) = try escape(i, l)
                view.append(scalar)
                i += length
                continue
            }
            if let s = Unicode.Scalar(c) { view.append(s) }
            i += 1
        }
    }

    /// Moves from the end of line `after` to the next line that holds text, counting the
    /// empty lines skipped. Errors if the text never closes or is not indented enough.
    private func foldLines(
        after: Int, open: Int, openLine: Int,
        parentIndent: Int
    ) throws(YAMLError) -> (Int, Int) {
        var l = after + 1
        var breaks = 0
        while l < lineCount {
            if isDocumentMarker(l) { break }
            if contentStart(l) < ends[l] {
                if indent(l) <= parentIndent {
                    // Almost always a forgotten closing quote rather than a wrongly indented line.
                    let quote = chars[open] == Ch.dquote ? "\"" : "'"
                    throw error(
                        open, openLine,
                        "unclosed quote: the text starting with \(quote) here is not closed "
                            + "before line \(fileLine(l)); add a closing \(quote) at the end of the text (if the text "
                            + "really goes on, indent its next lines more than the field name)")
                }
                return (l, breaks)
            }
            breaks += 1
            l += 1
        }
        let quote = chars[open] == Ch.dquote ? "\"" : "'"
        throw error(
            open, openLine,
            "unclosed quote: the text starting with \(quote) here never ends; "
                + "add a closing \(quote) at the end of the text")
    }

    /// A backslash escape inside double quotes at `i` (not at the line end).
    private func escape(_ i: Int, _ line: Int) throws(YAMLError) -> (Unicode.Scalar, Int) {
        let c = chars[i + 1]
        let simple: UInt32?
        switch c {
        case 0x30: simple = 0  // \0
        case 0x61: simple = 0x07  // \a
        case 0x62: simple = 0x08  // \b
        case 0x74, Ch.tab: simple = 0x09  // \t and backslash-tab
        case 0x6E: simple = 0x0A  // \n
        case 0x76: simple = 0x0B  // \v
        case 0x66: simple = 0x0C  // \f
        case 0x72: simple = 0x0D  // \r
        case 0x65: simple = 0x1B  // \e
        case Ch.space: simple = 0x20
        case Ch.dquote: simple = 0x22
        case 0x2F: simple = 0x2F  // \/
        case Ch.backslash: simple = 0x5C
        case 0x4E: simple = 0x85  // \N
        case 0x5F: simple = 0xA0  // \_
        case 0x4C: simple = 0x2028  // \L
        case 0x50: simple = 0x2029  // \P
        default: simple = nil
        }
        if let simple, let s = Unicode.Scalar(simple) { return (s, 2) }
        let digits: Int
        switch c {
        case 0x78: digits = 2  // \x
        case 0x75: digits = 4  // \u
        case 0x55: digits = 8  // \U
        default:
            let shown = Unicode.Scalar(c).map { String(Character($0)) } ?? "?"
            throw error(
                i, line,
                "invalid escape '\\\(shown)' in double-quoted text; write '\\\\' for a backslash, "
                    + "or use single quotes, where a backslash has no special meaning")
        }
        var value: UInt32 = 0
        for k in 0..<digits {
            guard let d = ASCIIText.hexDigit(at(i + 2 + k, line)).map(UInt32.init) else {
                throw error(
                    i, line,
                    "escape '\\\(digits == 2 ? "x" : digits == 4 ? "u" : "U")' needs exactly \(digits) "
                        + "hexadecimal digits (0-9, A-F); correct the code or write the character itself")
            }
            value = value << 4 | d  // at most 8 digits: fits in UInt32
        }
        guard let s = Unicode.Scalar(value) else {
            throw error(
                i, line,
                "escape gives U+\(String(value, radix: 16, uppercase: true)), which is not a valid "
                    + "character; correct the code or write the character itself")
        }
        return (s, 2 + digits)
    }

}
