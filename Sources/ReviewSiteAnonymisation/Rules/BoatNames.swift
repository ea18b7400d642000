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
    /// A table's headings that make its vessels boats at berths or moorings, where people may live aboard.
    private static let mooringHeadings: Set<String> = ["berth", "mooring", "pontoon", "berth no", "berth / pontoon"]
    /// A two-cell row's labels that make its other cell a boat's name (`| Vessel | Sea Wolf |`).
    private static let rowLabels: Set<String> = ["boat", "vessel", "boat name", "vessel name"]
    /// Words of a boat's kind before its name in a table's cell.
    private static let kindWords: WordList = ["nb", "narrowboat", "widebeam", "houseboat", "dutch", "barge", "cruiser"]

    /// Token ranges (first and last word) of each boat's name in `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        // (Almost no text names a boat: one look at the word keys first.)
        guard text.wordKeys.contains(where: { labelKeys.contains($0) }) else { return [] }
        return inFields(text) + inColumns(text) + inTableColumns(text)
    }

    /// The cells under a pipe table's boat column, and under `Vessel` in a table of berths or
    /// moorings (`| 20/07/23 | C12 | *Sea Lotus* |`, a marina's berth log; development set
    /// 123); or a row of two cells labelled as a boat's field (`| Boat name | KINGFISHER LASS |`;
    /// development set 117). (Not a crew's placements or a harbour's catch returns, where a
    /// vessel is a fishing boat nobody lives on; development sets 61 and 76.)
    private static func inTableColumns(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var tables: TableColumns?
        var out: [(first: Int, last: Int)] = []
        for k in tokens.indices where tokens[k].kind == .word {
            // The first word of a cell, after its `|`, spaces and emphasis.
            var p = k - 1
            while p >= 0,
                tokens[p].kind == .space || StructuredScan.isChar(text, tokens[p].start, "*")
                    || StructuredScan.isChar(text, tokens[p].start, "_")
            {
                p -= 1
            }
            guard p >= 0, StructuredScan.isChar(text, tokens[p].start, "|") else { continue }
            if tables == nil { tables = TableColumns(text) }
            let heading = tables?.headings(at: tokens[k].start).column?.lowercased()
            let underBoats =
                heading.map {
                    headings.contains($0)
                        || $0 == "vessel"
                            && (tables?.headerCells(at: tokens[k].start) ?? []).contains(where: {
                                mooringHeadings.contains($0.lowercased())
                            })
                } ?? false
            guard underBoats || (tables?.label(at: tokens[k].start)).map(rowLabels.contains) == true,
                let (first, last) = name(text, from: p + 1, pastKind: true),
                // (Not the header's own cell.)
                text.slice(tokens[first].start..<tokens[last].end).lowercased() != heading,
                !shipPrefixes.contains(NameMatching.word(text, first))
            else { continue }
            out.append((first, last))
        }
        return out
    }

    /// `Boat: Kestrel Lass`, `Vessel name: Second Wind`, at a line's start.
    private static func inFields(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for k in tokens.indices where labelKeys.contains(text.wordKeys[k]) && lineStart(text, k) {
            var colon = k + 1
            if let n = NameMatching.nextWord(text, after: k), n == k + 2, NameMatching.word(text, n).lowercased() == "name" {
                colon = n + 1
            }
            guard colon < tokens.count, StructuredScan.isChar(text, tokens[colon].start, ":"),
                let (first, last) = name(text, from: colon + 1),
                !shipPrefixes.contains(NameMatching.word(text, first))
            else { continue }
            out.append((first, last))
        }
        return out
    }

    /// The cells under a boat column (`ColumnCells`): a boat's name starting each.
    private static func inColumns(_ text: ScanText) -> [(first: Int, last: Int)] {
        ColumnCells.under(in: text, headings.contains).compactMap { cell in
            name(text, from: cell.lowerBound).flatMap { $0.last < cell.upperBound ? $0 : nil }
        }
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

    /// One to four capitalised words, or words in capitals, from token `k` (a space before
    /// them skipped), each one space after the last: their first and last tokens. With
    /// `pastKind`, a table cell's boat kind and emphasis come first (`NB *Saudade*`, `Dutch
    /// barge *Tsara Be*`; development sets 22 and 64).
    private static func name(_ text: ScanText, from k: Int, pastKind: Bool = false) -> (first: Int, last: Int)? {
        let tokens = text.tokens
        var at = k
        while at < tokens.count, tokens[at].kind == .space, !text.isColumnGap(at) { at += 1 }
        while pastKind, at < tokens.count,
            tokens[at].kind == .space || StructuredScan.isChar(text, tokens[at].start, "*")
                || StructuredScan.isChar(text, tokens[at].start, "_")
                || tokens[at].kind == .word && StructuredScan.index(text, token: at, in: kindWords) != nil
        {
            at += 1
        }
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
