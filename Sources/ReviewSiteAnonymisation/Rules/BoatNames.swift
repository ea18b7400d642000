/// A boat's name where a record gives it: a `Boat:` or `Vessel:` field (`Boat: Kestrel Lass
/// (index no. 530917)`), or the cells under a `Boat name` column of a printout lined up with
/// spaces or tabs (`INDEX  BOAT NAME  DATE` over `512877  KULDNE KALA  09/10/2023`;
/// development sets 59 and 60). People live aboard narrowboats and fishing boats, and a
/// boat's name is on its side and in the waterway's public register.
enum BoatNames {
    /// Headings of a column of boats' names (lower case, spaces single). (Not `Boat` alone:
    /// a hire yard's or a lifeboat station's `Boat` column may hold a boat's kind or a fleet
    /// boat nobody lives on; development sets 42 and 53.)
    static let headings: Set<String> = [
        "boat name", "boat / name", "boat/name", "vessel name", "vessel / name", "name of boat", "name of vessel",
        "boat's name",
    ]
    /// A ship's prefix: `Vessel: MV Côte d'Albâtre` is a ferry, not a home (development sets 47 and 61).
    static let shipPrefixes: Set<String> = ["MV", "MS", "SS", "RMS", "HMS", "HMY", "MT", "MY", "RFA", "HMCS"]
    private static let labelKeys = [WordList.key(of: "boat"), WordList.key(of: "vessel")]

    /// Token ranges (first and last word) of each boat's name in `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        // (Almost no text names a boat: one look at the word keys first.)
        guard text.wordKeys.contains(where: { labelKeys.contains($0) }) else { return [] }
        return inFields(text) + inColumns(text)
    }

    /// `Boat: Kestrel Lass`, `Vessel name: Second Wind`, at a line's start.
    private static func inFields(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for k in tokens.indices where labelKeys.contains(text.wordKeys[k]) {
            guard lineStart(text, k) else { continue }
            var colon = k + 1
            if let n = NameMatching.nextWord(text, after: k), n == k + 2, NameMatching.word(text, n).lowercased() == "name" {
                colon = n + 1
            }
            guard colon < tokens.count, StructuredScan.isChar(text, tokens[colon].start, ":"),
                let (first, last) = name(text, from: colon + 1), !shipPrefixes.contains(NameMatching.word(text, first))
            else { continue }
            out.append((first, last))
        }
        return out
    }

    /// The cells under a boat column: at the heading's own place on the line in a printout
    /// lined up with spaces, or in the same cell of a row with as many tab-separated cells.
    private static func inColumns(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        guard tokens.indices.contains(where: { text.isColumnGap($0) }) else { return [] }
        var out: [(first: Int, last: Int)] = []
        var header: (column: Int, index: Int, count: Int)?
        var k = 0
        while k < tokens.count {
            let start = k
            var end = k
            while end < tokens.count, tokens[end].kind != .newline { end += 1 }
            let cells = Self.cells(text, start..<end)
            if start == end {
                header = nil  // a blank line ends the printout
            } else if cells.count >= 3, let h = cells.firstIndex(where: { headings.contains(heading(text, $0)) }),
                // (A form's `Boat name : …` lines are fields, not a table's heading.)
                !(start..<end).contains(where: { StructuredScan.isChar(text, tokens[$0].start, ":") })
            {
                header = (tokens[cells[h].lowerBound].start - lineOffset(text, start), h, cells.count)
            } else if let header {
                let tabbed = (start..<end).contains { text.isTabBreak($0) }
                let cell =
                    tabbed
                    ? (cells.count == header.count ? cells[header.index] : nil)
                    : cells.first { tokens[$0.lowerBound].start - lineOffset(text, start) == header.column }
                if let cell, !cell.isEmpty, let found = name(text, from: cell.lowerBound), found.last < cell.upperBound {
                    out.append(found)
                }
            }
            k = end + 1
        }
        return out
    }

    /// Whether token `k` is the first on its line but for spaces and a quote's `>` marks.
    /// (Or after a possessive that starts it: `Partner's boat: Sea Harvester`; development set 57.)
    private static func lineStart(_ text: ScanText, _ k: Int) -> Bool {
        var p = k - 1
        while p >= 0, text.tokens[p].kind == .space || StructuredScan.isChar(text, text.tokens[p].start, ">") { p -= 1 }
        if p >= 0, text.tokens[p].kind == .word, p + 2 == k,
            NameMatching.stripPossessive(NameMatching.word(text, p)).possessive
                || ["His", "Her", "Their", "his", "her", "their"].contains(NameMatching.word(text, p))
        {
            return lineStart(text, p)
        }
        return p < 0 || text.tokens[p].kind == .newline
    }

    /// The scalar offset where the line of token `k` starts.
    private static func lineOffset(_ text: ScanText, _ k: Int) -> Int {
        k < text.tokens.count ? text.tokens[k].start : text.scalars.count
    }

    /// The token ranges of a line's cells, split at column gaps (an indent is no cell).
    private static func cells(_ text: ScanText, _ line: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var cellStart = line.lowerBound
        for k in line where text.isColumnGap(k) {
            if k > cellStart { out.append(cellStart..<k) }
            cellStart = k + 1
        }
        if cellStart < line.upperBound { out.append(cellStart..<line.upperBound) }
        return out
    }

    /// A cell's text, lower case, spaces single.
    private static func heading(_ text: ScanText, _ cell: Range<Int>) -> String {
        guard cell.count <= 5 else { return "" }
        return text.slice(text.tokens[cell.lowerBound].start..<text.tokens[cell.upperBound - 1].end).lowercased()
    }

    /// One to four capitalised words, or words in capitals, from token `k` (a space before
    /// them skipped), each one space after the last: their first and last tokens.
    private static func name(_ text: ScanText, from k: Int) -> (first: Int, last: Int)? {
        let tokens = text.tokens
        var at = k
        while at < tokens.count, tokens[at].kind == .space, !text.isColumnGap(at) { at += 1 }
        var first: Int?, last: Int?
        var words = 0
        while at < tokens.count, tokens[at].kind == .word, words < 4 {
            let w = NameMatching.word(text, at)
            guard NameMatching.isCapitalised(w) || w.count >= 2 && w.unicodeScalars.allSatisfy(\.isScanUppercase) else {
                break
            }
            if first == nil { first = at }
            last = at
            words += 1
            guard at + 2 < tokens.count, tokens[at + 1].kind == .space, !text.isColumnGap(at + 1) else { break }
            at += 2
        }
        guard let first, let last else { return nil }
        return (first, last)
    }
}
