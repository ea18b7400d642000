import ReviewSiteCore

/// A parsed Markdown body as plain Swift values.
///
/// The tree is stored FLAT, in pre-order: a node's descendants are exactly the nodes at
/// `index + 1 ..< node.end`. A tree of nested enums or classes 100,000 levels deep would
/// overflow the stack when it is destroyed; an array of nodes never does, and every walk
/// over it is a loop, not a recursion.
package struct MarkdownDocument: Sendable, Equatable {
    /// `nodes[0]` is the document itself (when the document is not empty).
    package var nodes: [MarkdownNode]

    package init(nodes: [MarkdownNode] = []) {
        self.nodes = nodes
    }

    /// Indices of the direct children of node `index`, in order.
    package func children(of index: Int) -> [Int] {
        guard nodes.indices.contains(index) else { return [] }
        var out: [Int] = []
        var child = index + 1
        let end = min(nodes[index].end, nodes.count)
        while child < end {
            out.append(child)
            child = max(nodes[child].end, child + 1)
        }
        return out
    }
}

/// One node of a `MarkdownDocument`.
package struct MarkdownNode: Sendable, Equatable {
    package var kind: Kind
    /// Index of the parent node; -1 for the document.
    package var parent: Int
    /// One past the index of the last descendant (pre-order), so `index + 1` when it has none.
    package var end: Int
    /// 1-based line in the file (front matter included) and column in Unicode scalars.
    package var line: Int
    package var column: Int

    package enum Kind: Sendable, Equatable {
        // Blocks
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        case item
        case codeBlock(info: String, literal: String)
        case paragraph
        case heading(level: Int, id: String)
        case thematicBreak
        /// An accessible table from a ```table block: children are one `.tableCaption`,
        /// then `.tableRow`s (the first is the header row). A table written as bare `|` rows
        /// has no caption and no id: `label` names it instead (after the heading above it).
        case table(id: String, rowHeaders: Bool, label: String = "")
        case tableCaption
        case tableRow(header: Bool)
        /// Children are the cell's inline content.
        case tableCell(alignment: TableAlignment, header: Bool)

        // Inlines
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case emphasis
        case strong
        /// `safe` is false for javascript:, data: and similar destinations: rendered as plain text.
        case link(destination: String, title: String, safe: Bool)
        /// The children hold the alt text as Markdown; `alt` is its plain text.
        case image(source: String, title: String, alt: String, safe: Bool)
    }
}

/// Column alignment from a table's delimiter row (`:--`, `--:`, `:-:`).
package enum TableAlignment: Sendable, Equatable {
    case none, left, center, right
}

/// The result of parsing one Markdown body.
package struct ParsedMarkdown: Sendable {
    package var document: MarkdownDocument
    package var headings: [MarkdownHeading]
    /// Every link, including those inside tables and table captions, in source order.
    package var links: [MarkdownLink]
    package var images: [MarkdownImage]
    package var diagnostics: [Diagnostic]
}

package struct MarkdownHeading: Sendable, Equatable, Codable {
    package var level: Int
    /// Plain text of the heading.
    package var text: String
    /// The `id` attribute, unique in its document.
    package var id: String
    package var line: Int
    package var column: Int

    package init(level: Int, text: String, id: String, line: Int, column: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
        self.column = column
    }
}

package struct MarkdownLink: Sendable, Equatable, Codable {
    package var destination: String
    /// Plain text of the link.
    package var text: String
    package var line: Int
    package var column: Int

    package init(destination: String, text: String, line: Int, column: Int) {
        self.destination = destination
        self.text = text
        self.line = line
        self.column = column
    }
}

package struct MarkdownImage: Sendable, Equatable {
    package var source: String
    package var alt: String
    package var line: Int
    package var column: Int
}
