import ReviewSiteCore

/// The header of the Markdown pipe table a position is in, as written: a table whose column
/// is headed "Date of birth" or "DOB" makes each full date in that column a date of birth,
/// with no keyword on the row ("| GP | Adult R | 01/01/1987 |").
///
/// Dates are looked up in text order, so the table found for one row is kept for the next:
/// each line is read a bounded number of times however long the table is.
struct TableColumns {
    private let scalars: [Unicode.Scalar]
    /// The last table row looked at (its line start) and the header found for it.
    private var lastRow: (start: Int, header: Header?)?
    /// The keyword of the last row's first cell, by the row's line start.
    private var lastLabel: (start: Int, keyword: String?)?
    /// The event keyword of each cell of the last row looked at, by the row's line start
    /// (a chronology row has several dates; its cells are read once).
    private var lastEvents: (start: Int, keywords: [String?])?
    /// The last line start found (a whole table is one line of the text readers get).
    private var lines = LineStarts()
    /// The last offset whose cell was counted, its row's start and the pipes before it (a
    /// 1,500-row chronology's dates were each counted from the table's start: a third of lint
    /// on corpus F).
    private var lastCell: (start: Int, offset: Int, pipes: Int)?

    init(_ text: ScanText) { scalars = text.scalars }

    /// "birth" or "dob" when the offset is in a pipe table row whose column header holds it.
    mutating func birthColumnKeyword(at offset: Int) -> String? {
        let start = lineStart(offset)
        guard isRow(start) else { return nil }
        let column = cellIndex(start, offset)
        // A row headed by its first cell ("| Date of birth | 4 April 1931 | …").
        if column > 0, let keyword = labelKeyword(start) { return keyword }
        guard let header = header(forRowAt: start)?.cells, column < header.count else { return nil }
        return Self.keyword(header[column])
    }

    /// The header cell (lower-cased, trimmed) of the column the offset is in, and the row's
    /// first cell when the offset is in a later one: what a name column is headed or labelled
    /// (`| Date | Officer |`, `| Officer | Shona Eckley |`).
    mutating func headings(at offset: Int) -> (column: String?, row: String?) {
        let start = lineStart(offset)
        guard isRow(start) else { return (nil, nil) }
        let column = cellIndex(start, offset)
        let header = header(forRowAt: start).flatMap { column < $0.cells.count ? Self.trimmed($0.cells[column]) : nil }
        return (header, column > 0 ? Self.trimmed(firstCell(start)) : nil)
    }

    /// The first cell (lower-cased, trimmed) of a row of two cells when the offset is in the
    /// second: a record's field written as a table row (`| Boat name | Kingfisher Lass |`), the
    /// header row too (a table of fields and values starts with one).
    mutating func label(at offset: Int) -> String? {
        let start = lineStart(offset)
        guard isRow(start), cellIndex(start, offset) == 1, cells(start).count == 2 else { return nil }
        return Self.trimmed(firstCell(start))
    }

    /// The header cells (trimmed, as written) of the table the offset is in, if it is in one.
    mutating func headerCells(at offset: Int) -> [String]? {
        let start = lineStart(offset)
        guard isRow(start) else { return nil }
        return header(forRowAt: start)?.cells.map(Self.trimmed)
    }

    private static func trimmed(_ cell: String) -> String {
        String(
            cell.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" })
                .reversed())
    }

    /// The row's first cell, lower-cased, at most `limit` scalars (the row is read only that far).
    private func firstCell(_ start: Int, limit: Int = .max) -> String {
        var i = firstVisible(start)
        if i < scalars.count, scalars[i] == "|" { i += 1 }
        var cell = String.UnicodeScalarView()
        while i < scalars.count, scalars[i] != "|", scalars[i] != "\n", cell.count < limit {
            cell.append(scalars[i])
            i += 1
        }
        return String(cell).lowercased()
    }

    /// The keyword of the row's first cell, worked out once per row.
    private mutating func labelKeyword(_ start: Int) -> String? {
        if let lastLabel, lastLabel.start == start { return lastLabel.keyword }
        let keyword = Self.keyword(firstCell(start, limit: 40))
        lastLabel = (start, keyword)
        return keyword
    }

    /// Words that say a chronology row's event is a birth or a death.
    static let eventVerbs: Set<String> = ["died", "dies", "dead", "killed", "murdered", "born"]
    /// A cell holding only one of these names the row's event (`| Death |`, `| Birth |`).
    static let eventCells: Set<String> = ["death", "birth", "died", "born"]
    /// Every word `eventKeyword` can turn on: a cell without any of them is passed over.
    private static let eventWords: [String] = eventVerbs.union(eventCells).union(DateOfBirthRule.deathWords.words).sorted()

    /// The keyword when the offset is in a cell of its own in a pipe table row whose other
    /// cells say someone was born, died or was killed (`| 22 August 2024 | Nia is killed at
    /// home |`, `| 23 | 09/02/2024 | 04:12 | Death | E pronounced dead. |`).
    /// Only in a real pipe table, under its delimiter row: the text readers get runs a whole
    /// table into one line.
    mutating func eventRowKeyword(at offset: Int) -> String? {
        let start = lineStart(offset)
        guard isRow(start), let header = header(forRowAt: start) else { return nil }
        let own = cellIndex(start, offset)
        // `| Published |`, `| Due |`: the date the column holds is the table's own (a listing
        // of reviews, an action plan), not the row's event (development set 31).
        if own < header.recordDates.count, header.recordDates[own] { return nil }
        let keywords: [String?]
        if let lastEvents, lastEvents.start == start {
            keywords = lastEvents.keywords
        } else {
            keywords = cells(start).map(Self.eventKeyword)
            lastEvents = (start, keywords)
        }
        return keywords.indices.lazy.filter { $0 != own }.compactMap { keywords[$0] }.first
    }

    /// Whether a header cell (lower-cased) heads dates a record keeps about itself: when
    /// something was published, updated, due or done, or the week a row covers.
    static func recordDateHeader(_ cell: String) -> Bool {
        let words = cell.split(whereSeparator: { !$0.isLetter })
        return words.contains { recordDateWords.contains(String($0)) }
    }

    /// Whether a header cell (lower-cased) heads what a log of changes changed.
    static func changeHeader(_ cell: String) -> Bool {
        cell.split(whereSeparator: { !$0.isLetter }).contains { changeWords.contains(String($0)) }
    }

    static let changeWords: Set<String> = [
        "changed", "change", "changes", "correction", "corrections", "corrected", "amendment", "amended",
        // (`| Date | Page | What was wrong | What we did |`: a corrections log; development set 126.)
        "wrong",
    ]

    static let recordDateWords: Set<String> = [
        "published", "publication", "updated", "reviewed", "due", "deadline", "target", "completed", "completion",
        "agreed", "approved", "signed", "submitted", "cleared",
        // `| Week beginning |`: a week's first day, not the day of the row's event (development set 44).
        "week", "commencing", "beginning",
    ]

    /// `birth`, `death` or the verb when one cell (lower-cased) says someone was born or died.
    private static func eventKeyword(_ cell: String) -> String? {
        // Most cells name no birth or death: a byte search first, before any word is made.
        let bytes = Array(cell.utf8)
        guard eventWords.contains(where: { ASCIIText.bytes(bytes, contain: $0) }) else { return nil }
        let words = cell.split(whereSeparator: { !$0.isLetter })
        if words.count == 1, eventCells.contains(String(words[0])) { return String(words[0]) }
        if DateOfBirthRule.saysDeath(words.map { String($0) }) {
            // (`Nasreen pronounced dead at 00:37 on 19 February 2023`: the cell gives the death
            // its own date, so the row's date, the evening before, is the attack's; development
            // set 79.)
            return deathDatedInCell(words) ? nil : "death"
        }
        // (`at risk of being killed`: feared, not done; `Informed by police that K's mother has
        // died`: the day the news came, development set 43.)
        let news = words.firstIndex(where: { DateOfBirthRule.reportWords.contains(String($0)) }) ?? words.count
        for (n, word) in words.enumerated() where eventVerbs.contains(String(word)) {
            if n > news { return nil }
            if n > 0, DateOfBirthRule.feared(String(words[n - 1])) { continue }
            // (`the line went dead`, `her phone died`: a thing's, not a person's; development set 125.)
            if word != "born", words[max(0, n - 3)..<n].contains(where: { DateOfBirthRule.things.words.contains(String($0)) }) {
                continue
            }
            return String(word)
        }
        return nil
    }

    /// Whether a month's name follows a word of death within five words.
    private static func deathDatedInCell(_ words: [Substring]) -> Bool {
        for (n, w) in words.enumerated() where ["died", "dead", "killed", "murdered"].contains(String(w)) {
            if words[(n + 1)..<min(words.count, n + 6)].contains(where: { monthNames.contains(String($0)) }) { return true }
        }
        return false
    }

    /// The months' names and their short forms, as the date rule knows them.
    static let monthNames: Set<String> = Set(DateOfBirthRule.months).union(NameContextWords.monthAbbreviations)

    /// "birth" or "DOB" when a header cell (lower-cased) names dates of birth.
    private static func keyword(_ cell: String) -> String? {
        // (`| Victim | Natalina … – DOB 21/06/1988 – … |` over a MARAC form's other rows: a cell
        // with a value's digits is a row of data, no heading; development set 95.)
        if cell.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return nil }
        // An ASCII cell by its bytes: Foundation's search was 1.5% of lint on corpus B.
        if ASCIIText.isASCII(cell) {
            let bytes = Array(cell.utf8)
            if ASCIIText.bytes(bytes, contain: "birth") || ASCIIText.bytes(bytes, contain: "born") { return "birth" }
            let letters = bytes.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
            return ASCIIText.bytes(letters, contain: "dob") ? "DOB" : nil
        }
        if cell.contains("birth") || cell.contains("born") { return "birth" }
        let letters = cell.unicodeScalars.filter { $0.properties.isAlphabetic }
        return String(String.UnicodeScalarView(letters)).contains("dob") ? "DOB" : nil
    }

    /// A table's header row: its cells (lower-cased) and, worked out once per table, which of
    /// them head record dates (a chronology has a date on every row).
    private struct Header {
        let cells: [String]
        let recordDates: [Bool]

        init(_ cells: [String]) {
            self.cells = cells
            // (`| Date | Page | What we changed |`: a corrections log's dates are its own, whatever
            // a row says it removed; development set 57.)
            let changeLog = cells.contains(where: TableColumns.changeHeader)
            recordDates = cells.map {
                TableColumns.recordDateHeader($0) || (changeLog && $0.trimmingCharacters(in: .whitespaces) == "date")
            }
        }
    }

    private mutating func header(forRowAt row: Int) -> Header? {
        if let lastRow, lastRow.start == row { return lastRow.header }
        // A delimiter row has no header of its own and must not lend its "none" to the row
        // below (only a test asking at every offset asks there).
        if isDelimiter(row) { return nil }
        var start = row
        var found: Header?
        // Walk up through the table's rows to its delimiter row; the line above is the header.
        while start > 0 {
            let previous = lineStart(start - 1)
            if let lastRow, lastRow.start == previous {
                found = lastRow.header
                break
            }
            guard isRow(previous) else { break }
            if isDelimiter(previous) {
                if previous > 0 { found = Header(cells(lineStart(previous - 1))) }
                break
            }
            start = previous
        }
        lastRow = (row, found)
        return found
    }

    private mutating func lineStart(_ offset: Int) -> Int { lines.start(of: offset, in: scalars) }

    private func lineEnd(_ start: Int) -> Int {
        var i = start
        while i < scalars.count, scalars[i] != "\n" { i += 1 }
        return i
    }

    /// The first scalar of the line that is not a space or a quote marker (`>> | Surname |`: a
    /// table quoted in a pasted email reply, development set 34).
    private func firstVisible(_ start: Int) -> Int {
        var i = start
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" || scalars[i] == ">" { i += 1 }
        return i
    }

    private func isRow(_ start: Int) -> Bool {
        let i = firstVisible(start)
        return i < scalars.count && scalars[i] == "|"
    }

    /// `|---|:--:|`: only pipes, dashes, colons and spaces, with at least one dash.
    private func isDelimiter(_ start: Int) -> Bool {
        let end = lineEnd(start)
        var dash = false
        for i in min(firstVisible(start), end)..<end {
            switch scalars[i] {
            case "-": dash = true
            case "|", ":", " ", "\t", "\r": continue
            default: return false
            }
        }
        return dash
    }

    /// Which cell of its row the offset is in (0 for the first, after the leading pipe).
    private mutating func cellIndex(_ start: Int, _ offset: Int) -> Int {
        var pipes = 0
        var i = firstVisible(start)
        // (Counting on from the last offset of the same row.)
        if let last = lastCell, last.start == start, last.offset <= offset, last.offset >= i {
            (i, pipes) = (last.offset, last.pipes)
        }
        while i < offset {
            if scalars[i] == "|", i == 0 || scalars[i - 1] != "\\" { pipes += 1 }
            i += 1
        }
        lastCell = (start, max(offset, i), pipes)
        return max(0, pipes - 1)
    }

    /// The row's cells, lower-cased.
    private func cells(_ start: Int) -> [String] {
        var out: [String] = []
        var cell = String.UnicodeScalarView()
        var i = firstVisible(start)
        if i < scalars.count, scalars[i] == "|" { i += 1 }
        let end = lineEnd(start)
        while i < end {
            if scalars[i] == "|", scalars[i - 1] != "\\" {
                out.append(String(cell).lowercased())
                cell = String.UnicodeScalarView()
            } else {
                cell.append(scalars[i])
            }
            i += 1
        }
        if !String(cell).allSatisfy({ $0 == " " || $0 == "\r" }) { out.append(String(cell).lowercased()) }
        return out
    }
}
