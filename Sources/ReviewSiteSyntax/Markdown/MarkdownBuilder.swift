import ReviewSiteCore

/// Turns the copied cmark nodes into a `MarkdownDocument`, collecting headings, links,
/// images and diagnostics on the way. Everything is a loop with explicit stacks.
package struct MarkdownBuilder {
    package var source: SourceText
    package let file: String
    package let firstLine: Int

    private var nodes: [MarkdownNode] = []
    /// Output nodes whose children are still being appended.
    private var open: [Int] = []
    /// Headings, links and images whose plain text is being gathered.
    private var collectors: [(node: Int, text: String)] = []
    private var headings: [MarkdownHeading] = []
    private var links: [MarkdownLink] = []
    private var images: [MarkdownImage] = []
    private var diagnostics: [Diagnostic] = []
    private var ids = HeadingIDs()
    private var tables: [Int] = []
    /// Bare `|` tables so far under each heading's text (see `appendBareTable`).
    private var bareTables: [String: Int] = [:]
    /// Where each bare table starts, and whether a heading is above it: one warning per
    /// file names them all (a file of forty such tables is one thing to fix, not forty).
    private var uncaptioned: [(pos: (Int, Int), heading: Bool)] = []
    /// cmark (0.30) does not move its inline positions to the next line after a backslash
    /// line break (`text\` at a line's end): every later inline node of the block is reported
    /// one line up per such break, and on that line its column counts on from the break.
    /// `HardBreaks` puts them back where they are in the file.
    private var hardBreaks = HardBreaks()

    package static let rawHTMLMessage =
        "raw HTML is not allowed in content; write it in Markdown instead (for a table use a ```table block)"

    /// How cmark positions map to file positions.
    package enum Mapper {
        /// Nodes of the body itself.
        case body
        /// Nodes of a table cell parsed on its own as "a " + cell text: cmark line 1 is body
        /// line `line`, and the cell starts `offset` bytes into that line.
        case cell(line: Int, offset: Int)
    }

    package init(source: SourceText, file: String, firstLine: Int) {
        self.source = source
        self.file = file
        self.firstLine = firstLine
    }

    package mutating func buildDocument(_ raw: [CmarkNode]) {
        begin(.document, at: (firstLine, 1))
        if !raw.isEmpty { append(raw, 0..<raw.count, .body, stripPrefix: 0) }
        while !open.isEmpty { finish() }
        reportUncaptioned()
        // Tables are numbered after the walk so a heading can never take a table's id later.
        for (n, index) in tables.enumerated() {
            if case .table(_, let rowHeaders, _) = nodes[index].kind {
                nodes[index].kind = .table(id: ids.claim("table-\(n + 1)"), rowHeaders: rowHeaders)
            }
        }
    }

    package func result() -> ParsedMarkdown {
        ParsedMarkdown(
            document: MarkdownDocument(nodes: nodes), headings: headings, links: links,
            images: images, diagnostics: diagnostics)
    }

    // MARK: - Walking cmark nodes

    /// Appends `raw[range]` (a pre-order run of whole subtrees) under the current open node.
    /// `stripPrefix` bytes are removed from the first text node (the "a " put before table cells).
    private mutating func append(_ raw: [CmarkNode], _ range: Range<Int>, _ mapper: Mapper, stripPrefix: Int) {
        var rawOpen: [(end: Int, opened: Bool)] = []
        var strip = stripPrefix
        var skip = range.lowerBound
        for i in range where i >= skip {
            while let top = rawOpen.last, top.end <= i {
                rawOpen.removeLast()
                if top.opened { finish() }
            }
            let node = raw[i]
            if !node.kind.isInline { hardBreaks = HardBreaks() }
            if node.kind == .paragraph, case .body = mapper, let rows = bareTableRows(raw, i) {
                // Lines above the table (a title such as "Table 2: chronology") stay a paragraph.
                if rows.intro > i + 1 {
                    begin(.paragraph, at: position(node, mapper))
                    append(raw, (i + 1)..<rows.intro, mapper, stripPrefix: 0)
                    finish()
                }
                appendBareTable(rows)
                skip = node.end
                continue
            }
            let opened = add(node, at: position(node, mapper), mapper, strip: strip)
            if node.kind == .lineBreak, case .body = mapper { hardBreaks.lineBreak(in: source) }
            strip = 0
            if !node.kind.isLeaf { rawOpen.append((node.end, opened)) }
        }
        while let top = rawOpen.popLast() {
            if top.opened { finish() }
        }
    }

    /// Adds one cmark node: opens a node for a container (returns true), adds a leaf, or
    /// reports what is never published. `strip` bytes come off a text node's start.
    private mutating func add(_ node: CmarkNode, at pos: (Int, Int), _ mapper: Mapper, strip: Int) -> Bool {
        switch node.kind {
        case .document, .other:
            return false  // transparent: its children go under the current node
        case .blockQuote:
            begin(.blockQuote, at: pos)
        case .list:
            begin(.list(ordered: node.ordered, start: node.start, tight: node.tight), at: pos)
        case .item:
            begin(.item, at: pos)
        case .paragraph:
            begin(.paragraph, at: pos)
        case .heading:
            begin(.heading(level: min(max(node.level, 1), 6), id: ""), at: pos)
            collectors.append((nodes.count - 1, ""))
        case .emphasis:
            begin(.emphasis, at: pos)
        case .strong:
            begin(.strong, at: pos)
        case .link, .image:
            beginLinkOrImage(node, at: pos)
        case .thematicBreak:
            leaf(.thematicBreak, at: pos)
        case .codeBlock:
            if Self.isTable(node.info) {
                appendTable(node, at: pos)
            } else {
                leaf(.codeBlock(info: node.info, literal: node.literal), at: pos)
            }
        case .htmlBlock, .htmlInline:
            // Never copied into the document, so it can never be output.
            report(RuleID.rawHTML, at: pos, Self.rawHTMLMessage)
        case .text:
            var text = node.literal
            if strip > 0 {
                text = String(decoding: text.utf8.dropFirst(strip), as: UTF8.self)
            }
            if !text.isEmpty { leaf(.text(text), at: pos) }
        case .softBreak:
            leaf(.softBreak, at: pos)
        case .lineBreak:
            leaf(.lineBreak, at: pos)
        case .code:
            var literal = node.literal
            // In a table cell `\|` is a pipe, even inside code (as in GitHub tables).
            if case .cell = mapper, literal.utf8.contains(0x7C) {
                literal = literal.replacingBackslashPipes()
            }
            leaf(.code(literal), at: pos)
        }
        return true
    }

    /// A link or an image; a `javascript:`-style address is reported and never made live.
    private mutating func beginLinkOrImage(_ node: CmarkNode, at pos: (Int, Int)) {
        let scheme = LinkSafety.unsafeScheme(node.url)
        if node.kind == .link {
            if let scheme {
                report(
                    RuleID.unsafeLink, at: pos,
                    "link to a '\(scheme):' address is not allowed, because it can run "
                        + "code or open files on the reader's computer; link to a web page or a page on this site instead")
            }
            begin(.link(destination: node.url, title: node.title, safe: scheme == nil), at: pos)
        } else {
            if let scheme {
                report(
                    RuleID.unsafeLink, at: pos,
                    "image from a '\(scheme):' address is not allowed, because it can "
                        + "run code or open files on the reader's computer; use an image file from this site instead")
            }
            begin(.image(source: node.url, title: node.title, alt: "", safe: scheme == nil), at: pos)
        }
        collectors.append((nodes.count - 1, ""))
    }

    private mutating func position(_ node: CmarkNode, _ mapper: Mapper) -> (Int, Int) {
        guard node.line > 0 else { return current }
        switch mapper {
        case .body:
            let (line, byteColumn) = hardBreaks.place(node.line, node.column, in: source)
            return (firstLine - 1 + line, source.column(line: line, byteColumn: byteColumn))
        case .cell(let line, let offset):
            // Columns 1 and 2 are the "a " prefix; column 3 is the cell's first byte.
            let byteColumn = offset + max(node.column - 2, 1)
            return (firstLine - 1 + line, source.column(line: line, byteColumn: byteColumn))
        }
    }

    private var current: (Int, Int) {
        guard let top = open.last else { return (firstLine, 1) }
        return (nodes[top].line, nodes[top].column)
    }

    // MARK: - Building output nodes

    private mutating func begin(_ kind: MarkdownNode.Kind, at pos: (Int, Int)) {
        let index = nodes.count
        nodes.append(MarkdownNode(kind: kind, parent: open.last ?? -1, end: index + 1, line: pos.0, column: pos.1))
        open.append(index)
    }

    private mutating func leaf(_ kind: MarkdownNode.Kind, at pos: (Int, Int)) {
        let index = nodes.count
        nodes.append(MarkdownNode(kind: kind, parent: open.last ?? -1, end: index + 1, line: pos.0, column: pos.1))
        switch kind {
        case .text(let s), .code(let s): feed(s)
        case .softBreak, .lineBreak: feed(" ")
        default: break
        }
    }

    /// Closes the innermost open node; finishes a heading, link or image that ends here.
    private mutating func finish() {
        guard let index = open.popLast() else { return }
        nodes[index].end = nodes.count
        guard let last = collectors.last, last.node == index else { return }
        collectors.removeLast()
        let node = nodes[index]
        let text = last.text
        switch node.kind {
        case .heading(let level, _):
            let id = ids.claim(HeadingID.slug(text))
            nodes[index].kind = .heading(level: level, id: id)
            headings.append(MarkdownHeading(level: level, text: text, id: id, line: node.line, column: node.column))
        case .link(let destination, _, _):
            links.append(MarkdownLink(destination: destination, text: text, line: node.line, column: node.column))
        case .image(let source, let title, _, let safe):
            nodes[index].kind = .image(source: source, title: title, alt: text, safe: safe)
            images.append(MarkdownImage(source: source, alt: text, line: node.line, column: node.column))
        default:
            break
        }
        feed(text)
    }

    private mutating func feed(_ text: String) {
        guard !collectors.isEmpty, !text.isEmpty else { return }
        collectors[collectors.count - 1].text += text
    }

    private mutating func report(_ rule: RuleID, at pos: (Int, Int), _ message: String, _ severity: Severity = .error) {
        diagnostics.append(Diagnostic(severity, rule, at: SourceLocation(file: file, line: pos.0, column: pos.1), message))
    }

    // MARK: - Tables

    /// True for a fenced code block whose info string's first word is `table`.
    package static func isTable(_ info: String) -> Bool {
        let word = info.utf8.prefix { $0 != 0x20 && $0 != 0x09 }
        return String(decoding: word, as: UTF8.self).lowercased() == "table"
    }

    private mutating func appendTable(_ block: CmarkNode, at fence: (Int, Int)) {
        appendTable(PipeTable.parse(block.literal), from: block.line + 1, offsets: contentOffsets(block), at: fence)
    }

    /// A paragraph that is a table written straight into the page, as GitHub, Hugo and
    /// Word-to-Markdown converters write one: every line a `|` row, the second a delimiter row
    /// (`|---|:--:|`). Each row comes without its indentation or `>`, with the byte offset in
    /// its line where it starts. Without this the reader got the rows as one paragraph of `|`.
    /// `intro` is where the paragraph's inline nodes for lines above the table end (the lines
    /// of text a table may follow without a blank line, as in GitHub).
    private func bareTableRows(_ raw: [CmarkNode], _ index: Int) -> BareTable? {
        let end = min(raw[index].end, raw.count)
        let top = raw[index].line
        var last = top
        for k in (index + 1)..<end { last = max(last, raw[k].line) }
        guard top > 0, last > top else { return nil }
        // The rows are the paragraph's last lines that start with `|`, at least two.
        var lines: [ArraySlice<UInt8>] = []
        var offsets: [Int] = []
        var first = last + 1
        while first > top {
            let bytes = source.lineBytes(first - 1)
            var start = bytes.startIndex
            while start < bytes.endIndex, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x3E { start += 1 }
            guard start < bytes.endIndex, bytes[start] == 0x7C else { break }  // `|`
            lines.insert(bytes[start...], at: 0)
            offsets.insert(start - bytes.startIndex, at: 0)
            first -= 1
        }
        guard lines.count >= 2 else { return nil }
        let delimiter = PipeTable.Row(line: 1, offset: 0, cells: PipeTable.splitRow(lines[1], 1))
        guard PipeTable.delimiterAlignments(delimiter) != nil else { return nil }
        // The intro's nodes: those on lines above the table, less the line break before it;
        // an emphasis or link that runs on into the table keeps the whole paragraph as text.
        var intro = index + 1
        while intro < end, raw[intro].line < first { intro += 1 }
        for k in (index + 1)..<intro where raw[k].end > intro { return nil }
        var introEnd = intro
        while introEnd > index + 1, raw[introEnd - 1].kind == .softBreak || raw[introEnd - 1].kind == .lineBreak { introEnd -= 1 }
        return BareTable(lines: lines, offsets: offsets, first: first, intro: introEnd)
    }

    /// The rows of a bare table (see `bareTableRows`).
    private struct BareTable {
        var lines: [ArraySlice<UInt8>]
        var offsets: [Int]
        /// The body line of the header row.
        var first: Int
        var intro: Int
    }

    /// A bare table is built as a ```table block is, without a caption: the heading above it
    /// names its scrolling box, and a warning says how to give it a caption of its own.
    private mutating func appendBareTable(_ rows: BareTable) {
        let pos = (firstLine - 1 + rows.first, source.column(line: rows.first, byteColumn: rows.offsets[0] + 1))
        let heading = headings.last?.text ?? ""
        // Each scrolling box needs a name of its own (two regions with one name confuse
        // screen reader users, and axe reports them): the second under a heading is numbered.
        let count = (bareTables[heading] ?? 0) + 1
        bareTables[heading] = count
        let label =
            heading.isEmpty ? "Table \(count)" : count == 1 ? heading : "\(heading) (table \(count))"
        uncaptioned.append((pos, !heading.isEmpty))
        appendTable(
            PipeTable.parse(lines: rows.lines, fenced: false), from: rows.first, offsets: rows.offsets, at: pos, label: label)
    }

    /// One warning for the bare tables of the body, at the first, listing the lines of all.
    private mutating func reportUncaptioned() {
        guard let first = uncaptioned.first else { return }
        let how =
            "put a line '```table' and then 'caption: …' (what the table shows) above its first row, and a line "
            + "'```' below its last row"
        if uncaptioned.count == 1 {
            report(
                RuleID.table, at: first.pos,
                "this table has no caption, so screen readers "
                    + (first.heading ? "name it only by the heading above it" : "call it just 'Table'")
                    + "; to give it one, " + how, .warning)
            return
        }
        let lines = uncaptioned.map { String($0.pos.0) }.joined(separator: ", ")
        let named =
            uncaptioned.allSatisfy(\.heading)
            ? "name each only by the heading above it" : "name each only by the heading above it, or just 'Table'"
        report(
            RuleID.table, at: first.pos,
            "\(uncaptioned.count) tables on lines \(lines) have no caption, so screen readers \(named); "
                + "to give one a caption, " + how, .warning)
    }

    /// Builds a parsed table whose content line 0 is body line `from`; `offsets` are the byte
    /// offsets where each content line starts in its body line. `label` is nil for a ```table
    /// block (its caption names it), else the name of a bare table's scrolling box.
    private mutating func appendTable(
        _ table: PipeTable, from: Int, offsets: [Int], at fence: (Int, Int), label: String? = nil
    ) {
        // Body line and byte offset in that line of a cell, from its place in the block.
        func locate(_ line: Int, _ offset: Int) -> (line: Int, offset: Int) {
            let inLine = line >= 0 && line < offsets.count ? offsets[line] : 0
            return (from + line, inLine + offset)
        }

        for problem in table.problems {
            var pos = fence
            if let line = problem.line {
                let at = locate(line, problem.offset)
                pos = (firstLine - 1 + at.line, source.column(line: at.line, byteColumn: at.offset + 1))
            }
            // (A bare table's rows are read as GitHub reads them, so their slips are warnings.)
            report(RuleID.table, at: pos, problem.message, label == nil ? .error : .warning)
        }
        guard let header = table.header else { return }

        if let label {
            begin(.table(id: "", rowHeaders: false, label: label), at: fence)
        } else {
            tables.append(nodes.count)
            begin(.table(id: "", rowHeaders: table.rowHeaders), at: fence)
            if let caption = table.caption {
                let at = locate(caption.line, caption.offset)
                begin(.tableCaption, at: cellPosition(at))
                appendInline(caption.text, at)
            } else {
                begin(.tableCaption, at: fence)
            }
            finish()
        }

        let columns = header.cells.count
        let rows = [header] + table.rows
        for (r, row) in rows.enumerated() {
            let rowAt = locate(row.line, row.offset)
            begin(.tableRow(header: r == 0), at: cellPosition(rowAt))
            for column in 0..<columns {
                let alignment = column < table.alignments.count ? table.alignments[column] : .none
                let isHeader = r == 0 || (table.rowHeaders && column == 0)
                if column < row.cells.count {
                    let cell = row.cells[column]
                    let at = locate(cell.line, cell.offset)
                    begin(.tableCell(alignment: alignment, header: isHeader), at: cellPosition(at))
                    appendInline(cell.text, at)
                } else {
                    // A short row (already reported) is padded so the table stays rectangular.
                    begin(.tableCell(alignment: alignment, header: isHeader), at: cellPosition(rowAt))
                }
                finish()
            }
            finish()
        }
        finish()
    }

    private mutating func cellPosition(_ at: (line: Int, offset: Int)) -> (Int, Int) {
        (firstLine - 1 + at.line, source.column(line: at.line, byteColumn: at.offset + 1))
    }

    /// For each line of the block's content, the byte offset in the source line where the
    /// content starts (after block-quote markers and indentation cmark removed).
    private func contentOffsets(_ block: CmarkNode) -> [Int] {
        var offsets: [Int] = []
        let literal = Array(block.literal.utf8)
        var start = 0
        var k = 0
        while start < literal.count {
            var end = start
            while end < literal.count && literal[end] != 0x0A { end += 1 }
            var content = literal[start..<end]
            if content.last == 0x0D { content = content.dropLast() }
            let sourceLine = source.lineBytes(block.line + 1 + k)
            // The content is the tail of the source line unless cmark expanded a tab.
            offsets.append(max(sourceLine.count - content.count, 0))
            start = end + 1
            k += 1
        }
        return offsets
    }

    /// Appends a table cell's inline Markdown. The cell is parsed as its own document, with
    /// "a " in front so it is always a paragraph (never a heading, list or quote).
    private mutating func appendInline(_ text: String, _ at: (line: Int, offset: Int)) {
        guard !text.isEmpty else { return }
        if Self.isPlain(text) {
            leaf(.text(text), at: cellPosition(at))
            return
        }
        let raw = MarkdownParser.cmarkTree(Array("a ".utf8) + Array(text.utf8))
        guard raw.count > 1, raw[0].kind == .document, raw[1].kind == .paragraph else {
            leaf(.text(text), at: cellPosition(at))
            return
        }
        let end = min(max(raw[1].end, 2), raw.count)
        append(raw, 2..<end, .cell(line: at.line, offset: at.offset), stripPrefix: 2)
    }

    /// Text with no character that Markdown inlines could use (most cells): no cmark needed.
    private static func isPlain(_ text: String) -> Bool {
        for b in text.utf8 {
            switch b {
            case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x21, 0x26: return false  // \ ` * _ [ ] < > ! &
            default: continue
            }
        }
        return true
    }
}

private extension String {
    /// `\|` → `|`.
    func replacingBackslashPipes() -> String {
        var out: [UInt8] = []
        let u = Array(utf8)
        var i = 0
        while i < u.count {
            if u[i] == 0x5C && i + 1 < u.count && u[i + 1] == 0x7C {
                out.append(0x7C)
                i += 2
            } else {
                out.append(u[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Where inline nodes after backslash line breaks really are (see `MarkdownBuilder.hardBreaks`).
struct HardBreaks {
    /// Backslash breaks so far in the block: lines cmark is behind by.
    private var shift = 0
    /// The last node's line in the file.
    private var lastLine = 0
    /// Set by a backslash break: the next node starts the file's next line.
    private var pending = false
    /// On the line after a break: cmark's line and column for its first node, and that
    /// node's real byte column.
    private var fix: (reportedLine: Int, reported: Int, actual: Int)?

    /// The file line and byte column of a node cmark places at `line`, `column`.
    mutating func place(_ line: Int, _ column: Int, in source: SourceText) -> (Int, Int) {
        guard shift > 0 else {
            lastLine = line
            return (line, column)
        }
        let real = line + shift
        if pending {
            pending = false
            fix = (line, column, Self.contentStart(source.lineBytes(real)))
        }
        lastLine = real
        guard let fix, fix.reportedLine == line else { return (real, column) }
        return (real, max(1, fix.actual + column - fix.reported))
    }

    /// A line break just added: a backslash at the end of the last node's line shifts what follows.
    mutating func lineBreak(in source: SourceText) {
        var bytes = source.lineBytes(lastLine)
        while let b = bytes.last, b == 0x20 || b == 0x09 { bytes = bytes.dropLast() }
        guard bytes.last == 0x5C else { return }  // `\`
        shift += 1
        pending = true
    }

    /// The byte column where a line's text starts, past block quote markers and indentation.
    private static func contentStart(_ bytes: ArraySlice<UInt8>) -> Int {
        var column = 1
        for b in bytes {
            guard b == 0x20 || b == 0x09 || b == 0x3E else { break }  // space, tab, `>`
            column += 1
        }
        return column
    }
}
