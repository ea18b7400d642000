import ReviewSiteCore

/// Block mappings and block sequences. A collection's indent is the column of its first
/// key or dash; its items are the following lines at exactly that indent.
package extension YAMLBlockParser {
    func parseMapping(_ first: Key, depth: Int) throws(YAMLError) -> (YAMLNode, Int) {
        let indent = first.start - src.starts[first.line]
        var entries: [YAMLEntry] = []
        var firstLineOfKey: [String: Int] = [:]
        var key = first
        var next: Int
        while true {
            if let earlier = firstLineOfKey[key.text] {
                throw src.error(
                    key.start, key.line,
                    "duplicate key '\(key.text)' (first on line \(earlier)); "
                        + "remove one of them")
            }
            firstLineOfKey[key.text] = src.fileLine(key.line)
            let value: YAMLNode
            (value, next) = try parseValue(key, indent: indent, depth: depth)
            entries.append(
                YAMLEntry(
                    key: key.text, keyLine: src.fileLine(key.line),
                    keyColumn: src.column(key.start, key.line), value: value))
            guard let line = try src.nextContentLine(next), try isNextItem(line, indent: indent) else { break }
            key = try parseKeyLine(line)
        }
        let node = YAMLNode(
            kind: .mapping(entries), line: src.fileLine(first.line),
            column: src.column(first.start, first.line))
        return (node, next)
    }

    /// The value after `key:`: on the same line, on the lines below (more indented), a
    /// list at the key's own indent, or empty.
    private func parseValue(_ key: Key, indent: Int, depth: Int) throws(YAMLError) -> (YAMLNode, Int) {
        let p = src.skipWhite(key.colon + 1, key.line)
        let c = src.at(p, key.line)
        if c != 0 && c != Ch.hash {
            return try parseNode(p, key.line, parentIndent: indent, place: .afterKey, depth: depth)
        }
        if let line = try src.nextContentLine(key.line + 1) {
            let lineIndent = src.indent(line)
            let start = src.contentStart(line)
            let tab = src.hasLeadingTab(line)
            if lineIndent > indent {
                return try parseNode(start, line, parentIndent: indent, place: .lineStart(tab: tab), depth: depth)
            }
            if lineIndent == indent && !tab && isDash(start, line) {
                if depth + 1 > YAMLSubsetParser.maxDepth {
                    throw src.error(
                        start, line,
                        "nesting deeper than \(YAMLSubsetParser.maxDepth) levels; "
                            + "simplify the structure of these fields")
                }
                return try parseSequence(start, line, depth: depth + 1)
            }
        }
        let empty = YAMLNode(
            kind: .scalar("", .plain), line: src.fileLine(key.line),
            column: src.column(key.colon, key.line) + 1)
        return (empty, key.line + 1)
    }

    func parseSequence(_ firstDash: Int, _ firstLine: Int, depth: Int) throws(YAMLError) -> (YAMLNode, Int) {
        let indent = firstDash - src.starts[firstLine]
        var items: [YAMLNode] = []
        var dash = firstDash
        var line = firstLine
        var next: Int
        while true {
            let p = src.skipWhite(dash + 1, line)
            let c = src.at(p, line)
            let item: YAMLNode
            if c != 0 && c != Ch.hash {
                let tab = src.chars[(dash + 1)..<p].contains(Ch.tab)
                (item, next) = try parseNode(p, line, parentIndent: indent, place: .afterDash(tab: tab), depth: depth)
            } else if let below = try src.nextContentLine(line + 1), src.indent(below) > indent {
                (item, next) = try parseNode(
                    src.contentStart(below), below, parentIndent: indent,
                    place: .lineStart(tab: src.hasLeadingTab(below)), depth: depth)
            } else {
                item = YAMLNode(kind: .scalar("", .plain), line: src.fileLine(line), column: src.column(dash, line) + 1)
                next = line + 1
            }
            items.append(item)
            guard let following = try src.nextContentLine(next), try isNextItem(following, indent: indent) else { break }
            let start = src.contentStart(following)
            guard isDash(start, following) else { break }  // e.g. the next key of a mapping at this indent
            line = following
            dash = start
        }
        let node = YAMLNode(kind: .sequence(items), line: src.fileLine(firstLine), column: src.column(firstDash, firstLine))
        return (node, next)
    }

    /// Whether `line` continues the collection at `indent`: false when it belongs to an
    /// outer collection, an error when it is indented wrongly.
    private func isNextItem(_ line: Int, indent: Int) throws(YAMLError) -> Bool {
        let lineIndent = src.indent(line)
        if lineIndent < indent { return false }
        if src.hasLeadingTab(line) { throw tabLineError(line) }
        if lineIndent > indent {
            throw src.error(
                src.contentStart(line), line,
                "bad indentation: this line is indented by \(spaces(lineIndent)), "
                    + "but the field or list item it belongs to is indented by \(spaces(indent)); "
                    + "line it up with the lines above, or put a text value in quotes")
        }
        return true
    }

    private func spaces(_ n: Int) -> String { n == 1 ? "1 space" : "\(n) spaces" }

    private func tabLineError(_ line: Int) -> YAMLError {
        var i = src.starts[line]
        while i < src.ends[line] && src.chars[i] != Ch.tab { i += 1 }
        return src.error(i, line, "tab character in indentation; indent with spaces instead")
    }

    func isDash(_ p: Int, _ line: Int) -> Bool {
        src.at(p, line) == Ch.dash && Ch.isBlankOrEnd(src.at(p + 1, line))
    }

    /// The key that starts a further entry of a mapping (the line is at the mapping's indent).
    private func parseKeyLine(_ line: Int) throws(YAMLError) -> Key {
        let p = src.contentStart(line)
        let c = src.chars[p]
        if isDash(p, line) {
            throw src.error(
                p, line,
                "a list item where a field was expected; put the list under its field "
                    + "('name:' on the line above), or remove the '- '")
        }
        if c == Ch.dquote || c == Ch.squote {
            let (text, after, endLine) = try src.quotedScalar(p, line, parentIndent: -1)
            let q = src.skipWhite(after, endLine)
            guard endLine == line, src.at(q, line) == Ch.colon, Ch.isBlankOrEnd(src.at(q + 1, line)) else {
                throw src.error(
                    p, line,
                    "expected a field here, written as 'name: value'; add the colon after the "
                        + "field name, or line this text up with the value it belongs to")
            }
            return Key(text: text, start: p, line: line, colon: q)
        }
        let isPlainStart: Bool
        switch c {
        case Ch.amp, Ch.star, Ch.bang, Ch.pipe, Ch.gt, Ch.lbracket, Ch.lbrace, Ch.percent, Ch.rbracket, Ch.rbrace,
            Ch.comma, Ch.at, Ch.backtick:
            isPlainStart = false
        case Ch.question, Ch.colon:
            isPlainStart = !Ch.isBlankOrEnd(src.at(p + 1, line))
        default:
            isPlainStart = true
        }
        if !isPlainStart {
            // Reuse the node parser's messages for anchors, tags, flow collections and the like.
            _ = try parseNode(p, line, parentIndent: -1, place: .afterKey, depth: 0)
            throw src.error(p, line, "expected a field here, written as 'name: value'")
        }
        let (end, stop) = src.scanPlainLine(p, line)
        guard case .colon(let colon) = stop else {
            if let missing = src.missingSpaceError(p, line) { throw missing }
            throw src.error(
                p, line,
                "expected a field here, written as 'name: value'; add the colon after the "
                    + "field name, or indent this text under the value it belongs to")
        }
        return Key(text: src.text(p, end), start: p, line: line, colon: colon)
    }

    /// Content left after the top-level value.
    func strayLineError(_ line: Int) -> YAMLError {
        if src.hasLeadingTab(line) { return tabLineError(line) }
        return src.error(
            src.contentStart(line), line,
            "this line does not fit the structure above it; "
                + "check its indentation (fields of the same level must line up)")
    }
}
