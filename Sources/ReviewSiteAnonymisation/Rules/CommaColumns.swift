import ReviewSiteCore

/// A spreadsheet pasted as comma-separated text: a heading row (`case_id,opened,…,dob,…`)
/// over rows with as many fields, no comma followed by a space. Gives the heading of the column a date stands in, so the
/// date's meaning comes from its column, not from a word of the heading row that happens to be
/// near (development set 52: `2025-01-14` under `opened` beside `2002-08-01` under `dob`).
/// One for a whole text: each line's heading row is remembered, so a long export is read once.
struct CommaColumns {
    private let text: ScanText
    /// A line's start → the start of its heading row's line, or nil when it has none.
    private var headingRow: [Int: Int?] = [:]
    /// A heading row's start and a column → that column's heading, made once (a long export's
    /// every row asks for the same few).
    private var headings: [Int: [Int: String]] = [:]

    init(_ text: ScanText) { self.text = text }

    /// The heading (lower case, quotes and spaces dropped) of the column at scalar `offset`,
    /// if its line is a row of four fields or more under a heading row with as many.
    mutating func heading(at offset: Int) -> String? {
        let s = text.scalars
        let start = lineStart(offset), end = lineEnd(offset)
        guard s[start..<end].contains(",") else { return nil }
        let row = Self.fields(s, start..<end)
        guard row.count >= 4, Self.exported(s, row),
            let column = row.firstIndex(where: { $0.contains(offset) || $0.upperBound == offset }),
            let top = headingRowStart(start, fields: row.count)
        else { return nil }
        if let known = headings[top]?[column] { return known }
        let cell = Self.fields(s, top..<lineEnd(top))[column]
        let heading = String(String.UnicodeScalarView(s[cell].filter { $0 != "\"" && $0 != " " })).lowercased()
        headings[top, default: [:]][column] = heading
        return heading
    }

    /// The start of the heading row above the line starting at `start`: the nearest line above
    /// with no field starting with a digit, reached over rows with as many fields. Every row
    /// passed on the way is remembered with it.
    private mutating func headingRowStart(_ start: Int, fields count: Int) -> Int? {
        var passed: [Int] = []
        var line = start
        var found: Int?
        while true {
            if let known = headingRow[line] {
                found = known
                break
            }
            passed.append(line)
            guard line > 0 else { break }
            let above = lineStart(line - 1)
            let cells = Self.fields(text.scalars, above..<lineEnd(above))
            guard cells.count == count, Self.exported(text.scalars, cells) else { break }
            let digitFirst = cells.contains { cell in
                text.scalars[cell].first(where: { $0 != " " && $0 != "\"" }).map(StructuredScan.isDigit) ?? false
            }
            if !digitFirst {
                found = above
                break
            }
            line = above
        }
        for line in passed { headingRow[line] = found }
        return found
    }

    private func lineStart(_ offset: Int) -> Int {
        var i = offset
        while i > 0, text.scalars[i - 1] != "\n" { i -= 1 }
        return i
    }

    private func lineEnd(_ offset: Int) -> Int {
        var i = offset
        while i < text.scalars.count, text.scalars[i] != "\n", text.scalars[i] != "\r" { i += 1 }
        return i
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
