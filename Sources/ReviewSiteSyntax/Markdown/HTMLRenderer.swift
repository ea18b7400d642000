import ReviewSiteCore

/// Renders a `MarkdownDocument` as semantic HTML, close to cmark's own output.
/// Everything is escaped; raw HTML never reaches the document, unsafe links render as
/// plain text. The walk is a loop over the flat node array with an explicit stack.
package enum HTMLRenderer {
    /// `resolveLink` turns a link or image destination into the `href`/`src` to write
    /// (the caller makes links between site pages relative).
    package static func render(_ document: MarkdownDocument, resolveLink: (String) -> String) -> String {
        var out = HTMLOutput()
        let nodes = document.nodes
        var stack: [Int] = []
        var i = 0
        while i < nodes.count {
            while let top = stack.last, nodes[top].end <= i {
                stack.removeLast()
                out.exit(top, nodes)
            }
            let node = nodes[i]
            let handledSubtree = out.enter(i, nodes, resolveLink)
            if handledSubtree {
                i = max(node.end, i + 1)
                continue
            }
            if node.end > i + 1 { stack.append(i) } else { out.exit(i, nodes) }
            i += 1
        }
        while let top = stack.popLast() { out.exit(top, nodes) }
        return String(decoding: out.bytes, as: UTF8.self)
    }
}

/// The output buffer and the HTML for entering and leaving each kind of node.
private struct HTMLOutput {
    package var bytes: [UInt8] = []
    /// Inside a table's `<tbody>` (tables never nest: cells hold inlines only).
    package var inTableBody = false

    /// Writes the opening of node `i`. Returns true when it wrote the whole subtree (images).
    package mutating func enter(_ i: Int, _ nodes: [MarkdownNode], _ resolveLink: (String) -> String) -> Bool {
        switch nodes[i].kind {
        case .document:
            break
        case .blockQuote:
            cr(); write("<blockquote>\n")
        case .list(let ordered, let start, _):
            cr()
            if !ordered { write("<ul>\n") } else if start == 1 { write("<ol>\n") } else { write("<ol start=\"\(start)\">\n") }
        case .item:
            cr(); write("<li>")
        case .codeBlock(let info, let literal):
            writeCodeBlock(info: info, literal: literal)
        case .paragraph:
            if !isTight(i, nodes) { cr(); write("<p>") }
        case .heading(let level, let id):
            cr(); write("<h\(level) id=\""); escape(id); write("\">")
        case .thematicBreak:
            cr(); write("<hr>\n")
        case .table, .tableCaption, .tableRow, .tableCell:
            enterTablePart(i, nodes)
        case .text(let s):
            escape(s)
        case .softBreak:
            write("\n")
        case .lineBreak:
            write("<br>\n")
        case .code(let s):
            write("<code>"); escape(s); write("</code>")
        case .emphasis:
            write("<em>")
        case .strong:
            write("<strong>")
        case .link(let destination, let title, let safe):
            guard safe else { break }
            write("<a href=\""); escapeHref(resolveLink(destination)); write("\"")
            if !title.isEmpty { write(" title=\""); escape(title); write("\"") }
            write(">")
        case .image(let source, let title, let alt, let safe):
            guard safe else {
                escape(alt)
                return true
            }
            write("<img src=\""); escapeHref(resolveLink(source)); write("\" alt=\""); escape(alt); write("\"")
            if !title.isEmpty { write(" title=\""); escape(title); write("\"") }
            write(">")
            return true
        }
        return false
    }

    /// A table, its caption, a row or a cell: the scrollable, labelled box around the table,
    /// `<thead>`/`<tbody>`, and header cells with their scope.
    private mutating func enterTablePart(_ i: Int, _ nodes: [MarkdownNode]) {
        switch nodes[i].kind {
        case .table(let id, _, let label):
            cr()
            if label.isEmpty {
                write("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\""); escape(id)
            } else {
                // A bare `|` table has no caption: its label names the box.
                write("<div class=\"table-wrap\" role=\"region\" aria-label=\""); escape(label)
            }
            write("\" tabindex=\"0\">\n<table>\n")
        case .tableCaption:
            write("<caption id=\""); escape(tableID(i, nodes)); write("\">")
        case .tableRow(let header):
            if header {
                write("<thead>\n")
            } else if !inTableBody {
                write("<tbody>\n")
                inTableBody = true
            }
            write("<tr>")
        case .tableCell(let alignment, let header):
            let rowIsHeader = rowIsHeader(i, nodes)
            write(header ? (rowIsHeader ? "<th scope=\"col\"" : "<th scope=\"row\"") : "<td")
            switch alignment {
            case .right: write(" class=\"align-right\"")
            case .center: write(" class=\"align-center\"")
            case .left, .none: break
            }
            write(">")
        default:
            break
        }
    }

    /// A fenced code block, with its language (the info string's first word) as a class.
    private mutating func writeCodeBlock(info: String, literal: String) {
        cr(); write("<pre><code")
        let language = info.utf8.prefix { $0 != 0x20 && $0 != 0x09 }
        if !language.isEmpty {
            write(" class=\"language-")
            escape(String(decoding: language, as: UTF8.self))
            write("\"")
        }
        write(">")
        escape(literal)
        write("</code></pre>\n")
    }

    package mutating func exit(_ i: Int, _ nodes: [MarkdownNode]) {
        switch nodes[i].kind {
        case .blockQuote:
            cr(); write("</blockquote>\n")
        case .list(let ordered, _, _):
            cr(); write(ordered ? "</ol>\n" : "</ul>\n")
        case .item:
            write("</li>\n")
        case .paragraph:
            if !isTight(i, nodes) { write("</p>\n") }
        case .heading(let level, _):
            write("</h\(level)>\n")
        case .table:
            if inTableBody { write("</tbody>\n") }
            inTableBody = false
            write("</table>\n</div>\n")
        case .tableCaption:
            write("</caption>\n")
        case .tableRow(let header):
            write(header ? "</tr>\n</thead>\n" : "</tr>\n")
        case .tableCell(_, let header):
            write(header ? "</th>" : "</td>")
        case .emphasis:
            write("</em>")
        case .strong:
            write("</strong>")
        case .link(_, _, let safe):
            if safe { write("</a>") }
        default:
            break
        }
    }

    // MARK: - Context

    /// Paragraphs directly in an item of a tight list are written without `<p>` (as cmark does).
    private func isTight(_ i: Int, _ nodes: [MarkdownNode]) -> Bool {
        let parent = nodes[i].parent
        guard nodes.indices.contains(parent), case .item = nodes[parent].kind else { return false }
        let grandparent = nodes[parent].parent
        guard nodes.indices.contains(grandparent), case .list(_, _, let tight) = nodes[grandparent].kind else { return false }
        return tight
    }

    private func tableID(_ i: Int, _ nodes: [MarkdownNode]) -> String {
        let parent = nodes[i].parent
        guard nodes.indices.contains(parent), case .table(let id, _, _) = nodes[parent].kind else { return "" }
        return id
    }

    private func rowIsHeader(_ i: Int, _ nodes: [MarkdownNode]) -> Bool {
        let parent = nodes[i].parent
        guard nodes.indices.contains(parent), case .tableRow(let header) = nodes[parent].kind else { return false }
        return header
    }

    // MARK: - Writing

    private mutating func write(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    /// A newline unless the output is empty or already ends with one.
    private mutating func cr() {
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
    }

    /// Escapes & < > " for text and attribute values (attributes here use double quotes).
    /// Appends runs of bytes that need no escaping whole (most text has none).
    private mutating func escape(_ s: String) {
        var s = s
        s.withUTF8 { text in
            var run = 0
            for i in 0..<text.count {
                let b = text[i]
                // & < > " (the apostrophe is kept, as Escape.entity(for:apostrophe: .keep) says)
                guard b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 else { continue }
                if run < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<i])) }
                write(Escape.entity(for: b, apostrophe: .keep)!)
                run = i + 1
            }
            if run < text.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[run...])) }
        }
    }

    /// A URL in an attribute: characters that are not safe in a URL are percent-encoded
    /// (as cmark does), existing %XX escapes are kept, and & and ' are HTML-escaped.
    private mutating func escapeHref(_ s: String) {
        for b in s.utf8 {
            if Self.hrefSafe(b) {
                bytes.append(b)
            } else if b == 0x26 || b == 0x27 {
                write(Escape.entity(for: b, apostrophe: .numeric)!)
            } else {
                bytes.append(0x25)
                bytes.append(Self.hex[Int(b >> 4)])
                bytes.append(Self.hex[Int(b & 0x0F)])
            }
        }
    }

    private static let hex: [UInt8] = Array("0123456789ABCDEF".utf8)

    private static func hrefSafe(_ b: UInt8) -> Bool {
        if (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { return true }
        switch b {
        // - _ . + ! * ( ) , % # @ ? = ; : / $ ~
        case 0x2D, 0x5F, 0x2E, 0x2B, 0x21, 0x2A, 0x28, 0x29, 0x2C, 0x25, 0x23, 0x40, 0x3F, 0x3D, 0x3B, 0x3A, 0x2F,
            0x24, 0x7E:
            return true
        default:
            return false
        }
    }
}
