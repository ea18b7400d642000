import ReviewSiteCore

/// A spreadsheet pasted as comma-separated text: a heading row (`case_id,opened,…,dob,…`)
/// over rows with as many fields, no comma followed by a space. Gives the heading of the
/// column a date stands in, so the date's meaning comes from its column, not from a word of
/// the heading row that happens to be near (development set 52: `2025-01-14` under `opened`
/// beside `2002-08-01` under `dob`).
/// One for a whole text: each line is split once and its heading row found once, so a long
/// export, or one long line of many dates, is read once.
struct CommaColumns {
    private let text: ScanText
    private var starts = LineStarts()
    /// A line's start → its fields, or nil when it is no export's row.
    private var rows: [Int: [Range<Int>]?] = [:]
    /// A line's start → the start of its heading row's line, or nil when it has none.
    private var headingRow: [Int: Int?] = [:]
    /// A heading row's start and a column → that column's heading.
    private var headings: [Int: [Int: String]] = [:]

    init(_ text: ScanText) { self.text = text }

    /// The heading (lower case, quotes and spaces dropped) of the column at scalar `offset`,
    /// if its line is a row of four fields or more under a heading row with as many: the
    /// first row of its block, with no field starting with a digit.
    mutating func heading(at offset: Int) -> String? {
        let start = starts.start(of: offset, in: text.scalars)
        guard let row = self.row(at: start), let top = headingRowStart(start, fields: row.count),
            let column = Self.column(of: offset, in: row)
        else { return nil }
        if let known = headings[top]?[column] { return known }
        guard let cells = self.row(at: top) else { return nil }
        let heading = String(String.UnicodeScalarView(text.scalars[cells[column]].filter { $0 != "\"" && $0 != " " }))
            .lowercased()
        headings[top, default: [:]][column] = heading
        return heading
    }

    /// The fields of the line starting at `start`, if it is a row of four or more with no
    /// comma followed by a space; split once.
    private mutating func row(at start: Int) -> [Range<Int>]? {
        if let known = rows[start] { return known }
        let s = text.scalars
        var end = start
        while end < s.count, s[end] != "\n", s[end] != "\r" { end += 1 }
        let fields = Self.fields(s, start..<end)
        let row = fields.count >= 4 && Self.exported(s, fields) ? fields : nil
        rows[start] = row
        return row
    }

    /// The heading row above the line starting at `start`: the first row of its block (the
    /// rows above it with as many fields), if that is not the line itself and no field of it
    /// starts with a digit. Every row passed on the way is remembered with it.
    private mutating func headingRowStart(_ start: Int, fields count: Int) -> Int? {
        if let known = headingRow[start] { return known }
        var passed = [start]
        var top = start
        var found: Int??
        while top > 0 {
            var above = top - 1
            while above > 0, text.scalars[above - 1] != "\n" { above -= 1 }
            guard let cells = row(at: above), cells.count == count else { break }
            if let known = headingRow[above] {
                found = .some(known)
                break
            }
            passed.append(above)
            top = above
        }
        let heading: Int? =
            found
            ?? {
                guard top != start, let cells = rows[top] ?? nil else { return nil }
                let digitFirst = cells.contains { cell in
                    text.scalars[cell].first(where: { $0 != " " && $0 != "\"" }).map(StructuredScan.isDigit) ?? false
                }
                return digitFirst ? nil : top
            }()
        for line in passed where line != heading { headingRow[line] = heading }
        return heading
    }

    /// The index of the field holding `offset` (or ending at it), by binary search.
    private static func column(of offset: Int, in row: [Range<Int>]) -> Int? {
        var low = 0, high = row.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if row[mid].upperBound < offset {
                low = mid + 1
            } else if row[mid].lowerBound > offset {
                high = mid - 1
            } else {
                return mid
            }
        }
        return nil
    }

    /// Whether a line's fields are an export's: none starts with a space, as prose's words
    /// after a comma do.
    static func exported(_ s: [Unicode.Scalar], _ fields: [Range<Int>]) -> Bool {
        fields.dropFirst().allSatisfy { $0.isEmpty || s[$0.lowerBound] != " " }
    }

    /// The fields of a line: split at commas outside double quotes.
    static func fields(_ s: [Unicode.Scalar], _ line: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = line.lowerBound
        var quoted = false
        for i in line {
            if s[i] == "\"" { quoted.toggle() }
            if s[i] == ",", !quoted {
                out.append(start..<i)
                start = i + 1
            }
        }
        out.append(start..<line.upperBound)
        return out
    }
}
