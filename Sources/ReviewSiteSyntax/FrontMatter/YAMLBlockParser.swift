import ReviewSiteCore

/// Recursive descent over block structure. Every function returns the node and the
/// index of the line after the node's last line; blank and comment lines are skipped
/// by `nextContentLine`. Depth is bounded by `YAMLSubsetParser.maxDepth`.
package struct YAMLBlockParser {
    package let src: YAMLSource

    package init(_ source: YAMLSource) { src = source }

    /// Where a node starts, which decides what it may be.
    package enum Place {
        /// First thing on its line; `tab` when tabs are among the leading whitespace.
        case lineStart(tab: Bool)
        /// After `- ` on the same line (a compact nested collection is allowed).
        case afterDash(tab: Bool)
        /// After `key: ` on the same line (no block collection may start here).
        case afterKey
    }

    package struct Key {
        package var text: String
        package var start: Int
        package var line: Int
        package var colon: Int
    }

    package func parseDocument() throws(YAMLError) -> YAMLNode {
        guard let line = try src.nextContentLine(0) else {
            return YAMLNode(kind: .mapping([]), line: src.firstLine, column: 1)
        }
        let start = src.contentStart(line)
        let (node, next) = try parseNode(
            start, line, parentIndent: -1,
            place: .lineStart(tab: src.hasLeadingTab(line)), depth: 0)
        if let extra = try src.nextContentLine(next) {
            throw strayLineError(extra)
        }
        return node
    }

    // MARK: nodes

    package func parseNode(
        _ p: Int, _ line: Int, parentIndent: Int, place: Place,
        depth: Int
    ) throws(YAMLError) -> (YAMLNode, Int) {
        let c = src.chars[p]
        let next = src.at(p + 1, line)
        let col = src.column(p, line)
        let fileLine = src.fileLine(line)
        switch c {
        case Ch.dash where Ch.isBlankOrEnd(next):
            if case .afterKey = place {
                throw src.error(
                    p, line,
                    "a list cannot start on the same line as its field; "
                        + "put each '- item' on its own line below the field, indented")
            }
            try checkCollection(p, line, place: place, depth: depth)
            return try parseSequence(p, line, depth: depth + 1)
        case Ch.question where Ch.isBlankOrEnd(next), Ch.colon where Ch.isBlankOrEnd(next):
            throw src.unsupported(
                p, line,
                "complex keys ('? ' or a line starting with ': ') are not allowed; "
                    + "write each field as 'name: value'")
        case Ch.amp:
            throw src.unsupported(p, line, "anchors (&name) are not allowed; write the value out in full")
        case Ch.star:
            throw src.unsupported(p, line, "aliases (*name) are not allowed; write the value out in full")
        case Ch.bang:
            throw src.unsupported(p, line, "tags (!name or !!type) are not allowed; remove the tag and keep the value")
        case Ch.pipe, Ch.gt:
            throw src.unsupported(
                p, line,
                "block scalars ('|' or '>') are not allowed; write the text on one line, "
                    + "or in quotes")
        case Ch.percent where src.starts[line] == p:
            throw src.unsupported(p, line, "directives such as '%YAML' are not allowed; remove this line")
        case Ch.lbracket, Ch.lbrace:
            return try parseEmptyFlow(p, line)
        case Ch.rbracket, Ch.rbrace, Ch.comma, Ch.at, Ch.backtick, Ch.percent:
            let shown = String(Character(Unicode.Scalar(UInt8(c))))
            throw src.error(p, line, "a value cannot start with '\(shown)'; put the value in quotes")
        case Ch.dquote, Ch.squote:
            let (text, after, endLine) = try src.quotedScalar(p, line, parentIndent: parentIndent)
            let q = src.skipWhite(after, endLine)
            if src.at(q, endLine) == Ch.colon && Ch.isBlankOrEnd(src.at(q + 1, endLine)) {
                if endLine != line {
                    throw src.error(p, line, "a quoted field name must be on one line; join its lines")
                }
                let key = Key(text: text, start: p, line: line, colon: q)
                return try startMapping(key, parentIndent: parentIndent, place: place, depth: depth)
            }
            try expectLineEnd(q, endLine, after: "the closing quote")
            let style: ScalarStyle = c == Ch.dquote ? .doubleQuoted : .singleQuoted
            return (YAMLNode(kind: .scalar(text, style), line: fileLine, column: col), endLine + 1)
        default:
            let (end, stop) = src.scanPlainLine(p, line)
            if case .colon(let colon) = stop {
                let key = Key(text: src.text(p, end), start: p, line: line, colon: colon)
                return try startMapping(key, parentIndent: parentIndent, place: place, depth: depth)
            }
            let (text, last) = try src.plainScalar(p, firstEnd: end, line: line, stop: stop, parentIndent: parentIndent)
            return (YAMLNode(kind: .scalar(text, .plain), line: fileLine, column: col), last + 1)
        }
    }

    private func startMapping(
        _ key: Key, parentIndent: Int, place: Place,
        depth: Int
    ) throws(YAMLError) -> (YAMLNode, Int) {
        if case .afterKey = place {
            throw src.error(
                key.colon, key.line,
                "a second ': ' on the same line as a field; "
                    + "put the value in quotes if it contains ': ', or move the inner field to its own line")
        }
        try checkCollection(key.start, key.line, place: place, depth: depth)
        return try parseMapping(key, depth: depth + 1)
    }

    /// Block collections may not be indented with tabs and may not nest too deeply.
    private func checkCollection(_ p: Int, _ line: Int, place: Place, depth: Int) throws(YAMLError) {
        switch place {
        case .lineStart(tab: true), .afterDash(tab: true):
            throw tabError(line)
        default:
            break
        }
        if depth + 1 > YAMLSubsetParser.maxDepth {
            throw src.error(
                p, line,
                "nesting deeper than \(YAMLSubsetParser.maxDepth) levels; "
                    + "simplify the structure of these fields")
        }
    }

    private func tabError(_ line: Int) -> YAMLError {
        // The first tab on the line is the one that breaks the indentation (before the
        // content, or right after a '-').
        var i = src.starts[line]
        while i < src.ends[line] && src.chars[i] != Ch.tab { i += 1 }
        if i == src.ends[line] { i = src.starts[line] }
        return src.error(i, line, "tab character in indentation; indent with spaces instead")
    }

    /// `[]` or `{}`: the only flow collections in the subset.
    private func parseEmptyFlow(_ p: Int, _ line: Int) throws(YAMLError) -> (YAMLNode, Int) {
        let open = src.chars[p]
        let close = open == Ch.lbracket ? Ch.rbracket : Ch.rbrace
        let inner = src.skipWhite(p + 1, line)
        guard src.at(inner, line) == close else {
            let hint = open == Ch.lbracket ? "write one '- item' per line instead" : "write one 'name: value' per line instead"
            throw src.unsupported(p, line, "flow collections with content ('[a, b]' or '{a: 1}') are not allowed; " + hint)
        }
        let q = src.skipWhite(inner + 1, line)
        if src.at(q, line) == Ch.colon && Ch.isBlankOrEnd(src.at(q + 1, line)) {
            throw src.unsupported(
                p, line,
                "complex keys ('[]' or '{}' as a field name) are not allowed; "
                    + "write each field as 'name: value'")
        }
        try expectLineEnd(q, line, after: open == Ch.lbracket ? "'[]'" : "'{}'")
        let kind: YAMLNode.Kind = open == Ch.lbracket ? .sequence([]) : .mapping([])
        return (YAMLNode(kind: kind, line: src.fileLine(line), column: src.column(p, line)), line + 1)
    }

    /// Only whitespace and a comment may follow a complete value on its line.
    private func expectLineEnd(_ q: Int, _ line: Int, after what: String) throws(YAMLError) {
        let c = src.at(q, line)
        if c == 0 { return }
        if c == Ch.hash && q > 0 && Ch.isWhite(src.chars[q - 1]) { return }
        throw src.error(q, line, "unexpected text after \(what); remove it, or put the whole value in quotes")
    }
}
