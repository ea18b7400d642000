import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// `table-header`: screen readers read a cell together with its headers (WCAG 1.3.1), so every
/// column header needs text and must differ from the others, and with `row-headers: yes`
/// every row needs a row header.
enum TableHeaderRule {
    static func check(_ document: MarkdownDocument, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let nodes = document.nodes
        for (index, node) in nodes.enumerated() {
            guard case .table(_, let rowHeaders, _) = node.kind else { continue }
            var firstRow = true
            for row in document.children(of: index) {
                guard case .tableRow(let header) = nodes[row].kind else { continue }
                let cells = document.children(of: row)
                if header && firstRow {
                    out += columnHeaders(cells, document, file)
                } else if rowHeaders, let cell = cells.first, text(of: cell, document).isEmpty {
                    out.append(
                        Diagnostic(
                            .error, RuleID.tableHeader, at: location(cell, document, file),
                            "this row's header (its first cell) is empty; write what the row is about, "
                                + "or remove 'row-headers: yes' if the first column does not name the rows"))
                }
                firstRow = false
            }
        }
        return out
    }

    private static func columnHeaders(_ cells: [Int], _ document: MarkdownDocument, _ file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for (column, cell) in cells.enumerated() {
            let name = text(of: cell, document)
            let at = location(cell, document, file)
            if name.isEmpty {
                out.append(
                    Diagnostic(
                        .error, RuleID.tableHeader, at: at,
                        "column \(column + 1) of the header row is empty; write what the column holds, such as 'Target date'"))
            } else if let first = seen[ContentAccessibility.normalised(name)] {
                out.append(
                    Diagnostic(
                        .error, RuleID.tableHeader, at: at,
                        "columns \(first + 1) and \(column + 1) have the same header '\(ContentAccessibility.shorten(name))'; "
                            + "give each column a different header so screen reader users can tell them apart"))
            } else {
                seen[ContentAccessibility.normalised(name)] = column
            }
        }
        return out
    }

    /// Plain text of a cell: its text and code, and the alt text of its images.
    static func text(of cell: Int, _ document: MarkdownDocument) -> String {
        guard document.nodes.indices.contains(cell) else { return "" }
        var out = ""
        for node in document.nodes[(cell + 1)..<min(document.nodes[cell].end, document.nodes.count)] {
            switch node.kind {
            case .text(let s), .code(let s): out += s
            case .softBreak, .lineBreak: out += " "
            default: break
            }
        }
        return out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func location(_ node: Int, _ document: MarkdownDocument, _ file: String) -> SourceLocation {
        let n = document.nodes[node]
        return SourceLocation(file: file, line: n.line, column: n.column)
    }
}
