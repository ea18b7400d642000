import ReviewSiteCore

/// The contents of a ```table block, split into options and cells (docs/tables.md):
///
///     caption: Action plan
///     row-headers: yes
///     | Recommendation | Action |
///     | --- | :-: |
///     | 1 | Train staff |
///
/// Cell text stays raw Markdown (with `\|` escapes); the builder parses it inline.
/// Positions are (line index in the block's content, byte offset in that line).
package struct PipeTable: Sendable {
    package struct Cell: Sendable, Equatable {
        /// Raw Markdown of the cell, trimmed.
        package var text: String
        /// 0-based index of the content line (the line after the opening fence is 0).
        package var line: Int
        /// Byte offset of the cell's first character in that content line.
        package var offset: Int
    }

    package struct Row: Sendable, Equatable {
        package var line: Int
        package var offset: Int
        package var cells: [Cell]
    }

    package struct Problem: Sendable, Equatable {
        /// nil means the opening fence (for problems about the whole table).
        package var line: Int?
        package var offset: Int
        package var message: String
    }

    package var caption: Cell?
    package var rowHeaders = false
    package var alignments: [TableAlignment] = []
    package var header: Row?
    package var rows: [Row] = []
    package var problems: [Problem] = []
    /// A `caption:` line was seen, even an empty one (so "no caption" is not reported twice).
    private var sawCaption = false

    package static let options = ["caption", "row-headers"]

    /// Splits a code block's literal into lines and reads them.
    package static func parse(_ literal: String) -> PipeTable {
        var lines: [ArraySlice<UInt8>] = []
        let bytes = Array(literal.utf8)
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            lines.append(bytes[start..<i])
            start = i + 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        return parse(lines: lines.map { $0.last == 0x0D ? $0.dropLast() : $0 })
    }

    private enum Phase { case options, header, delimiter, body }

    /// `fenced` is false for a table written straight into the page (a paragraph of `|` rows,
    /// as GitHub writes them), which has no options and so no caption to miss.
    package static func parse(lines: [ArraySlice<UInt8>], fenced: Bool = true) -> PipeTable {
        var table = PipeTable()
        var phase = Phase.options
        for (index, line) in lines.enumerated() {
            let (lo, hi) = trimmed(line)
            if lo == hi { continue }  // blank lines are ignored
            let offset = lo - line.startIndex
            if phase == .options {
                if line[lo] != pipe, let colon = optionColon(line, lo, hi) {
                    table.readOption(line, lo, colon, hi, index)
                    continue
                }
                if !line[lo..<hi].contains(pipe) {
                    let text = String(decoding: line[lo..<hi], as: UTF8.self)
                    table.problems.append(
                        Problem(
                            line: index, offset: offset,
                            message:
                                "'\(shorten(text))' is neither a table option nor a table row; start each row with '|', "
                                + "and write options as 'caption: …' or 'row-headers: yes'"))
                    continue
                }
                phase = .header
            }
            let row = Row(line: index, offset: offset, cells: splitRow(line, index))
            switch phase {
            case .options, .header:
                table.header = row
                phase = .delimiter
            case .delimiter:
                phase = .body
                let columns = table.header?.cells.count ?? 0
                if let alignments = delimiterAlignments(row) {
                    table.alignments = alignments
                    if alignments.count != columns {
                        table.problems.append(
                            Problem(
                                line: index, offset: offset,
                                message:
                                    "delimiter row has \(cells(alignments.count)) but the header has \(columns); "
                                    + "write one '---' for each column"))
                    }
                    continue
                }
                table.problems.append(
                    Problem(
                        line: index, offset: offset,
                        message:
                            "table has no delimiter row under the header; add a line like '| --- | --- |' "
                            + "straight after the header row, with one '---' for each column"))
                table.appendBodyRow(row)
            case .body:
                table.appendBodyRow(row)
            }
        }

        if fenced && !table.sawCaption {
            table.problems.append(
                Problem(
                    line: nil, offset: 0,
                    message:
                        "table has no caption; add a line 'caption: …' saying what the table shows, straight after ```table"))
        }
        if let header = table.header {
            if phase == .delimiter {
                table.problems.append(
                    Problem(
                        line: header.line, offset: header.offset,
                        message:
                            "table has no delimiter row under the header; add a line like '| --- | --- |' "
                            + "straight after the header row, with one '---' for each column"))
            } else if table.rows.isEmpty {
                table.problems.append(
                    Problem(
                        line: nil, offset: 0,
                        message:
                            "table is empty: it has a header but no rows; add rows under the delimiter row or remove the table"))
            }
        } else {
            table.problems.append(
                Problem(
                    line: nil, offset: 0,
                    message:
                        "table is empty; add a header row, a delimiter row like '| --- | --- |' and at least one row"))
        }
        let columns = table.header?.cells.count ?? 0
        while table.alignments.count < columns { table.alignments.append(.none) }
        return table
    }

    private mutating func appendBodyRow(_ row: Row) {
        let columns = header?.cells.count ?? 0
        if row.cells.count != columns {
            problems.append(
                Problem(
                    line: row.line, offset: row.offset,
                    message:
                        "row has \(Self.cells(row.cells.count)) but the header has \(columns); add or remove '|' separators"))
        }
        rows.append(row)
    }

    private mutating func readOption(_ line: ArraySlice<UInt8>, _ lo: Int, _ colon: Int, _ hi: Int, _ index: Int) {
        let key = String(decoding: line[lo..<colon], as: UTF8.self).lowercased()
            .trimmingSpaces()
        let (vlo, vhi) = Self.trimmed(line[(colon + 1)..<hi])
        let value = String(decoding: line[vlo..<vhi], as: UTF8.self)
        let keyOffset = lo - line.startIndex
        switch key {
        case "caption":
            defer { sawCaption = true }
            if sawCaption {
                problems.append(
                    Problem(
                        line: index, offset: keyOffset,
                        message:
                            "table has two 'caption:' lines; keep one"))
            } else if value.isEmpty {
                problems.append(
                    Problem(
                        line: index, offset: keyOffset,
                        message:
                            "table caption is empty; write what the table shows after 'caption:'"))
            } else {
                caption = Cell(text: value, line: index, offset: vlo - line.startIndex)
            }
        case "row-headers":
            switch value.lowercased() {
            case "yes": rowHeaders = true
            case "no": rowHeaders = false
            default:
                problems.append(
                    Problem(
                        line: index, offset: vlo - line.startIndex,
                        message:
                            "row-headers must be 'yes' or 'no'; write 'row-headers: yes' to make each row's first cell its heading"
                    ))
            }
        default:
            let hint = Suggestion.hint(for: key, in: Self.options)
            problems.append(
                Problem(
                    line: index, offset: keyOffset,
                    message:
                        "unknown table option '\(Self.shorten(key))'\(hint); the options are 'caption' and 'row-headers'"))
        }
    }

    /// Cells of one row: an optional leading and trailing '|', cells split on '|' that is
    /// not escaped with a backslash. Each cell is trimmed; its text keeps the escapes.
    package static func splitRow(_ line: ArraySlice<UInt8>, _ index: Int) -> [Cell] {
        var (lo, hi) = trimmed(line)
        if lo < hi && line[lo] == pipe { lo += 1 }
        var cells: [Cell] = []
        var cellStart = lo
        var i = lo
        func add(_ s: Int, _ e: Int) {
            let (a, b) = trimmed(line[s..<e])
            cells.append(Cell(text: String(decoding: line[a..<b], as: UTF8.self), line: index, offset: a - line.startIndex))
        }
        while i < hi {
            let b = line[i]
            if b == backslash {
                i += 2
                continue
            }
            if b == pipe {
                add(cellStart, i)
                cellStart = i + 1
            }
            i += 1
        }
        if cellStart < hi { add(cellStart, hi) }
        return cells
    }

    /// The alignments if `row` is a delimiter row (`---`, `:--`, `--:`, `:-:` cells), else nil.
    package static func delimiterAlignments(_ row: Row) -> [TableAlignment]? {
        guard !row.cells.isEmpty else { return nil }
        var out: [TableAlignment] = []
        for cell in row.cells {
            var u = Array(cell.text.utf8)
            guard !u.isEmpty else { return nil }
            let left = u.first == colonByte
            let right = u.count > 1 && u.last == colonByte
            if left { u.removeFirst() }
            if right { u.removeLast() }
            guard !u.isEmpty, u.allSatisfy({ $0 == dash }) else { return nil }
            out.append(left && right ? .center : right ? .right : left ? .left : .none)
        }
        return out
    }

    /// Where the key's ':' is if the line looks like `key: value` (key = letters, digits, '-', '_').
    private static func optionColon(_ line: ArraySlice<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
        var i = lo
        while i < hi {
            let b = line[i]
            if b == colonByte { return i > lo ? i : nil }
            let isKey =
                (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
                || b == dash || b == 0x5F || b == 0x20
            if !isKey { return nil }
            i += 1
        }
        return nil
    }

    package static func trimmed(_ s: ArraySlice<UInt8>) -> (Int, Int) {
        var lo = s.startIndex
        var hi = s.endIndex
        while lo < hi && (s[lo] == 0x20 || s[lo] == 0x09) { lo += 1 }
        while hi > lo && (s[hi - 1] == 0x20 || s[hi - 1] == 0x09) { hi -= 1 }
        return (lo, hi)
    }

    private static func cells(_ n: Int) -> String { n == 1 ? "1 cell" : "\(n) cells" }

    /// Keeps quoted text in messages short.
    private static func shorten(_ s: String) -> String {
        s.count > 40 ? String(s.prefix(40)) + "…" : s
    }

    private static let pipe: UInt8 = 0x7C
    private static let backslash: UInt8 = 0x5C
    private static let colonByte: UInt8 = 0x3A
    private static let dash: UInt8 = 0x2D
}

private extension String {
    func trimmingSpaces() -> String {
        let u = Array(utf8)
        let (lo, hi) = PipeTable.trimmed(u[...])
        return String(decoding: u[lo..<hi], as: UTF8.self)
    }
}
