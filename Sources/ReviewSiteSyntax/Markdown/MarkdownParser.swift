import CCmark
import ReviewSiteCore

/// Parses a Markdown body with libcmark into plain Swift values.
/// This is the only file that touches the C library: `cmarkTree` copies the C tree into
/// Swift values and frees it, so no C pointer ever leaves it.
package enum MarkdownParser {
    /// `body` is the Markdown after the front matter; `firstLine` is the file line of its first line.
    package static func parse(_ body: String, file: String, firstLine: Int) -> ParsedMarkdown {
        let source = SourceText(body)
        let raw = cmarkTree(source.bytes)
        var builder = MarkdownBuilder(source: source, file: file, firstLine: firstLine)
        builder.buildDocument(raw)
        return builder.result()
    }

    /// Parses `bytes` with cmark and copies every node, in pre-order, into Swift values.
    /// Iterative (cmark_iter), so any nesting depth is safe.
    package static func cmarkTree(_ bytes: [UInt8]) -> [CmarkNode] {
        // Never CMARK_OPT_UNSAFE: we never use cmark's renderer, and raw HTML is refused anyway.
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        let parsed: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, options)
                }
            } ?? cmark_parse_document("", 0, options)
        }
        guard let root = parsed else { return [] }
        defer { cmark_node_free(root) }
        guard let iter = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iter) }

        var nodes: [CmarkNode] = []
        var open: [Int] = []
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            if event == CMARK_EVENT_EXIT {
                if let index = open.popLast() { nodes[index].end = nodes.count }
                continue
            }
            guard let node = cmark_iter_get_node(iter) else { continue }
            var copy = CmarkNode(kind: kind(of: node))
            copy.line = Int(cmark_node_get_start_line(node))
            copy.column = Int(cmark_node_get_start_column(node))
            switch copy.kind {
            case .text, .code, .codeBlock, .htmlBlock, .htmlInline:
                copy.literal = string(cmark_node_get_literal(node))
                if copy.kind == .codeBlock { copy.info = string(cmark_node_get_fence_info(node)) }
            case .heading:
                copy.level = Int(cmark_node_get_heading_level(node))
            case .list:
                copy.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
                copy.start = Int(cmark_node_get_list_start(node))
                copy.tight = cmark_node_get_list_tight(node) != 0
            case .link, .image:
                copy.url = string(cmark_node_get_url(node))
                copy.title = string(cmark_node_get_title(node))
            default:
                break
            }
            let index = nodes.count
            copy.end = index + 1
            nodes.append(copy)
            // Leaf nodes get only an ENTER event; everything else gets a matching EXIT.
            if !copy.kind.isLeaf { open.append(index) }
        }
        return nodes
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func kind(of node: OpaquePointer) -> CmarkNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        default: return .other
        }
    }
}

/// One cmark node copied into Swift. `line` is cmark's (1-based, relative to the parsed
/// text, 0 when unknown); `column` is cmark's 1-based BYTE column. Descendants are the
/// nodes at `index + 1 ..< end`.
package struct CmarkNode: Sendable {
    package enum Kind: Sendable, Equatable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image
        /// Custom blocks and inlines (never produced by the parser): a transparent container.
        case other

        package var isLeaf: Bool {
            switch self {
            case .codeBlock, .htmlBlock, .thematicBreak, .text, .softBreak, .lineBreak, .code, .htmlInline: return true
            default: return false
            }
        }

        /// Text-level nodes, inside a paragraph or heading.
        package var isInline: Bool {
            switch self {
            case .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image, .other: return true
            default: return false
            }
        }
    }

    package var kind: Kind
    package var literal = ""
    package var info = ""
    package var url = ""
    package var title = ""
    package var level = 0
    package var ordered = false
    package var start = 1
    package var tight = false
    package var line = 0
    package var column = 0
    package var end = 0
}
