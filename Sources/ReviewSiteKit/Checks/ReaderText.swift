import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// The text readers get from a parsed Markdown body, as the anonymisation rules should see
/// it (issue 11, case 3): one text per paragraph, heading, table caption and table cell,
/// made of its inline content with entities already decoded by cmark, emphasis and link
/// text joined to their neighbours (`**Tam**sin` is `Tamsin`), soft and hard line breaks as
/// spaces (a name wrapped across two lines of a blockquote or list item reads as one), and
/// image alt text in place; each link address, image source and title as a text of its own,
/// percent-decoded; and the content of code blocks. Every character keeps the file line and
/// column of the text node it came from. Texts that read exactly as written (one text node,
/// an address with nothing percent-encoded) are left out: the source scan has seen them.
enum ReaderText {
    /// Calls `body` with each text in turn, so only one is in memory at a time (a 50 MB
    /// file is tens of thousands of paragraphs).
    /// `source` is the body as written and `firstLine` its first line in the file.
    static func forEach(_ document: MarkdownDocument, source: String, firstLine: Int, _ body: (ScanText) -> Void) {
        let lines = SourceLines(source, firstLine: firstLine)
        let nodes = document.nodes
        var i = 0
        while i < nodes.count {
            let node = nodes[i]
            switch node.kind {
            case .paragraph, .heading, .tableCaption, .tableCell:
                var pieces: [(text: String, line: Int, column: Int)] = []
                // A heading keeps its `#`, so the name rules treat it as the heading it is.
                if case .heading = node.kind { pieces.append(("# ", node.line, node.column)) }
                var k = i + 1
                let end = min(node.end, nodes.count)
                while k < end {
                    let n = nodes[k]
                    switch n.kind {
                    case .text(let s), .code(let s): pieces.append((s, n.line, n.column))
                    case .softBreak, .lineBreak: pieces.append((" ", n.line, n.column))
                    case .link(let destination, let title, _):
                        attribute(destination, decode: true, n).map(body)
                        attribute(title, decode: false, n).map(body)
                    case .image(let source, let title, _, _):
                        attribute(source, decode: true, n).map(body)
                        attribute(title, decode: false, n).map(body)
                    default: break
                    }
                    k += 1
                }
                // A block that is one text node reads exactly as written, and the source scan
                // has seen it: only joined text is scanned again (most paragraphs are one node,
                // so a long file is not scanned twice).
                let heading: Bool
                if case .heading = node.kind { heading = true } else { heading = false }
                let only = pieces.count == (heading ? 2 : 1) ? pieces.last : nil
                if !pieces.isEmpty, only.map({ !lines.holds($0.text, line: $0.line, column: $0.column) }) ?? true {
                    body(ScanText(pieces: pieces))
                }
                i = end
            case .codeBlock(_, let literal):
                if !literal.isEmpty { body(codeText(literal, node, lines)) }
                i += 1
            default:
                i += 1
            }
        }
    }

    /// A code block's content, each line at its place in the file: a fenced block starts on
    /// the line after its fence, an indented one on its own first line, and each line's text
    /// stands after its indentation and any `>` of a blockquote. (Reading every block as
    /// fenced put an indented block's findings one line down and four columns left, next to
    /// the source scan's own: the same leak reported twice, once in the wrong place.)
    private static func codeText(_ literal: String, _ node: MarkdownNode, _ lines: SourceLines) -> ScanText {
        let first = node.line + (lines.opensFence(node.line) ? 1 : 0)
        var pieces: [(text: String, line: Int, column: Int)] = []
        for (n, part) in literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = first + n
            pieces.append((String(part) + "\n", line, lines.column(ofEnding: part, line: line) ?? 1))
        }
        return ScanText(pieces: pieces)
    }

    /// A link address or title on its own, at the link's position.
    private static func attribute(_ value: String, decode: Bool, _ node: MarkdownNode) -> ScanText? {
        guard !value.isEmpty else { return nil }
        // Without a `%` nothing is decoded, so it reads as written (most addresses; Foundation's
        // decoding of every link was 1.4% of lint on corpus B, issue 16).
        if decode, !value.utf8.contains(UInt8(ascii: "%")) { return nil }
        let text = decode ? (value.removingPercentEncoding ?? value) : value
        // As written, the source scan has seen it (unless entities were decoded in a title).
        guard text != value || !decode else { return nil }
        return ScanText(pieces: [(text, node.line, node.column)])
    }
}

/// The lines of a Markdown body, to tell whether a text node is exactly what is written at
/// its position (then the source scan has seen it).
struct SourceLines {
    let source: String
    let firstLine: Int
    /// UTF-8 offset where each line starts.
    let starts: [Int]
    /// The body's UTF-8 bytes: `holds` compares bytes, which for two valid texts is the same
    /// as comparing their scalars, without walking the scalar view (issue 16).
    let bytes: [UInt8]

    init(_ source: String, firstLine: Int) {
        self.source = source
        self.firstLine = firstLine
        let bytes = Array(source.utf8)
        var starts = [0]
        for i in bytes.indices where bytes[i] == UInt8(ascii: "\n") { starts.append(i + 1) }
        self.starts = starts
        self.bytes = bytes
    }

    /// The line's text, without its line break.
    func text(_ line: Int) -> Substring? {
        let index = line - firstLine
        guard index >= 0, index < starts.count else { return nil }
        var end = index + 1 < starts.count ? starts[index + 1] : bytes.count
        while end > starts[index], bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let utf8 = source.utf8
        return source[utf8.index(utf8.startIndex, offsetBy: starts[index])..<utf8.index(utf8.startIndex, offsetBy: end)]
    }

    /// Whether the line, after its indentation and blockquote markers, opens a code fence.
    func opensFence(_ line: Int) -> Bool {
        guard let text = text(line) else { return false }
        let rest = text.drop(while: { $0 == " " || $0 == ">" || $0 == "\t" })
        return rest.hasPrefix("```") || rest.hasPrefix("~~~")
    }

    /// The column (in scalars) where `part` starts when the line ends with it.
    func column(ofEnding part: Substring, line: Int) -> Int? {
        guard let text = text(line), text.hasSuffix(part) else { return nil }
        return text.unicodeScalars.count - part.unicodeScalars.count + 1
    }

    /// Whether the line's text from `column` (in scalars) starts with `text`.
    func holds(_ text: String, line: Int, column: Int) -> Bool {
        let index = line - firstLine
        guard index >= 0, index < starts.count, column >= 1 else { return false }
        let end = index + 1 < starts.count ? starts[index + 1] : bytes.count
        // Skip column - 1 scalars: a scalar starts at each byte that is not a continuation byte.
        var at = starts[index]
        var skip = column - 1
        while skip > 0, at < end {
            at += 1
            while at < end, bytes[at] & 0xC0 == 0x80 { at += 1 }
            skip -= 1
        }
        var matched = true
        var text = text
        text.withUTF8 { t in
            guard t.count <= end - at else { matched = false; return }
            for k in 0..<t.count where bytes[at + k] != t[k] { matched = false; return }
        }
        return matched
    }
}
