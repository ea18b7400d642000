import ReviewSiteCore

/// The cells under a column heading of a printout or a spreadsheet pasted as text: lined up
/// with spaces (a cell at the heading's own place on its line) or separated by tabs (the same
/// cell of a row with as many cells). A blank line ends the table. Used for boats' names
/// (`BOAT NAME`) and people's names (`Surname`, `Known as`).
enum ColumnCells {
    /// The token ranges of the cells under a heading (lower case, spaces single) that
    /// `isHeading` accepts.
    static func under(in text: ScanText, _ isHeading: (String) -> Bool) -> [Range<Int>] {
        let tokens = text.tokens
        guard tokens.indices.contains(where: { text.isColumnGap($0) }) else { return [] }
        var out: [Range<Int>] = []
        var header: (columns: [(column: Int, index: Int)], count: Int)?
        var k = 0
        while k < tokens.count {
            let start = k
            var end = k
            while end < tokens.count, tokens[end].kind != .newline { end += 1 }
            let cells = Self.cells(text, start..<end)
            let named = cells.count >= 3 ? cells.indices.filter { isHeading(heading(text, cells[$0])) } : []
            if start == end {
                header = nil  // a blank line ends the printout
            } else if cells.count >= 3, !named.isEmpty,
                // (A form's `Boat name : …` lines are fields, not a table's heading.)
                !(start..<end).contains(where: { StructuredScan.isChar(text, tokens[$0].start, ":") })
            {
                header = (named.map { (tokens[cells[$0].lowerBound].start - lineOffset(text, start), $0) }, cells.count)
            } else if let header {
                let tabbed = (start..<end).contains { text.isTabBreak($0) }
                for (column, index) in header.columns {
                    let cell =
                        tabbed
                        ? (cells.count == header.count ? cells[index] : nil)
                        : cells.first { tokens[$0.lowerBound].start - lineOffset(text, start) == column }
                    if let cell, !cell.isEmpty { out.append(cell) }
                }
            }
            k = end + 1
        }
        return out
    }

    /// The scalar offset where the line of token `k` starts.
    private static func lineOffset(_ text: ScanText, _ k: Int) -> Int {
        k < text.tokens.count ? text.tokens[k].start : text.scalars.count
    }

    /// The token ranges of a line's cells, split at column gaps (an indent is no cell). A line
    /// with tabs is split at its tabs only, each tab ending a cell, empty ones too
    /// (`Nurlan\t\t27.01.1998`, no `Known as`; a last empty `Notes` cell after a tab).
    private static func cells(_ text: ScanText, _ line: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var cellStart = line.lowerBound
        if line.contains(where: { text.isTabBreak($0) }) {
            for k in line where text.isTabBreak(k) {
                let tabs = text.scalars[text.tokens[k].start..<text.tokens[k].end].filter { $0 == "\t" }.count
                if k > line.lowerBound { out.append(cellStart..<k) }
                out += Array(repeating: k..<k, count: tabs - 1)
                cellStart = k + 1
            }
            out.append(cellStart..<line.upperBound)
            return out
        }
        for k in line where text.isColumnGap(k) {
            if k > cellStart { out.append(cellStart..<k) }
            cellStart = k + 1
        }
        if cellStart < line.upperBound { out.append(cellStart..<line.upperBound) }
        return out
    }

    /// A cell's text, lower case, spaces single.
    private static func heading(_ text: ScanText, _ cell: Range<Int>) -> String {
        // (Up to nine tokens, words, spaces and brackets: `NAME (SURNAME FIRST)`.)
        guard !cell.isEmpty, cell.count <= 9 else { return "" }
        return text.slice(text.tokens[cell.lowerBound].start..<text.tokens[cell.upperBound - 1].end).lowercased()
    }
}
