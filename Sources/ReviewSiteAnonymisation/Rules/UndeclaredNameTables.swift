import ReviewSiteCore
import ReviewSiteNames

/// Tables and records in `undeclared-name`: middle names in a record written in capitals, a
/// glossary's terms and rows of weekdays.
extension UndeclaredNameRule {
    /// A name found by where it stands (not by the lists), at `range`, shown masked as `name`.
    /// `PNC CHECK SUBJ HIPKIN DEREK JOHN DOB …`: a given name in capitals straight after a
    /// register name of two words or more in capitals, as a police record lists surname, given
    /// name and middle name (development set 53). Looked for only after a run of capitals.
    func middleNamesInCapitals(
        _ text: ScanText, _ context: AnonymisationContext, _ declared: KnownWords, _ registerTokens: inout Set<Int>?,
        reported: [AnonymisationFinding]
    ) -> [AnonymisationFinding] {
        let tokens = text.tokens
        var out: [AnonymisationFinding] = []
        for i in tokens.indices where i >= 4 && tokens[i].kind == .word && tokens[i].end - tokens[i].start >= 3 {
            // (`Emmanuel PRATT          NINO: PX 68…`: a column's gap ends the name; set 60.)
            guard tokens[i - 1].kind == .space, !text.isColumnGap(i - 1), tokens[i - 3].kind == .space,
                tokens[i - 2].kind == .word,
                tokens[i - 4].kind == .word, text.scalars[tokens[i].start].isScanUppercase,
                text.scalars[tokens[i].start + 1].isScanUppercase, text.scalars[tokens[i - 2].start + 1].isScanUppercase
            else { continue }
            let written = NameMatching.word(text, i)
            // (`WAYNE PICKLES NINO RK 47 20 19 D`: the NI number's abbreviation; development set 79.)
            guard NameMatching.allCapitals(written), NameMatching.allCapitals(NameMatching.word(text, i - 2)),
                !NameContextWords.niAbbreviations.contains(written)
            else { continue }
            let cased = String(written.prefix(1)) + written.dropFirst().lowercased()
            guard let kind = FirstNames.kind(of: cased), kind != .month, !declared.contains(NameMatching.fold(cased))
            else { continue }
            if registerTokens == nil { registerTokens = TitledNameRule.registerTokens(text, context) }
            guard registerTokens?.contains(i - 2) == true, registerTokens?.contains(i - 4) == true,
                registerTokens?.contains(i) != true
            else { continue }
            let r = tokens[i].start..<tokens[i].end
            if reported.contains(where: { $0.range.overlaps(r) }) { continue }
            out.append(nameFinding(r, written))
        }
        return out
    }

    /// Headings of a column of places (not `from`: a message log's sender).
    static let placeHeadings: Set<String> = [
        "where from", "town", "city", "place", "home town", "hometown", "origin", "location", "birthplace",
        "place of birth", "country", "port", "home port",
    ]

    /// Whether word `i` stands in a pipe table's column headed as places (`| town |`).
    static func inPlaceColumn(_ text: ScanText, _ i: Int) -> Bool { columnHeaded(text, i, placeHeadings) }

    /// Whether word `i` stands in a pipe table's column whose heading, in lower case, is one of
    /// `headings`.
    private static func columnHeaded(_ text: ScanText, _ i: Int, _ headings: Set<String>) -> Bool {
        var columns = TableColumns(text)
        return columns.headings(at: text.tokens[i].start).column.map { headings.contains($0.lowercased()) } ?? false
    }

    /// Whether the word before the comma before word `i`, or the word after the comma after it,
    /// is a city abroad that is no given name (not `Charlotte, Florence and Victoria`) or a
    /// country.
    static func listedWithCities(_ text: ScanText, _ i: Int) -> Bool {
        let t = text.tokens
        func place(_ k: Int) -> Bool {
            guard k >= 0, k < t.count, t[k].kind == .word else { return false }
            let word = NameMatching.word(text, k), folded = NameMatching.fold(word)
            return WorldCities.names.contains(folded) && FirstNames.kind(of: word) == nil
                || NameContextWords.countries.contains(folded)
        }
        let before = i >= 3 && t[i - 1].kind == .space && t[i - 2].kind == .other && text.scalars[t[i - 2].start] == ","
        let after = i + 3 < t.count && t[i + 1].kind == .other && text.scalars[t[i + 1].start] == "," && t[i + 2].kind == .space
        return before && place(i - 3) || after && place(i + 3)
    }

    /// Headings of a glossary's column of terms.
    static let termHeadings: Set<String> = ["term", "terms", "word", "abbreviation", "acronym", "glossary", "term used"]

    /// Whether word `i` starts a table cell headed as a glossary's terms (development set 63).
    /// A table the parser did not read as one is a paragraph of its lines joined (`| Term |
    /// Meaning | |---|---| | Ría | A drowned … |`): there, a first column's cell follows `| |`
    /// or the delimiter row's last `|`, and the line's first cell is the heading.
    func inGlossaryTerms(_ text: ScanText, _ i: Int) -> Bool {
        let s = text.scalars
        func pipeBefore(_ k: Int) -> Int? {
            var j = k - 1
            while j >= 0, text.tokens[j].kind == .space { j -= 1 }
            return j >= 0 && text.tokens[j].kind == .other && s[text.tokens[j].start] == "|" ? j : nil
        }
        guard let pipe = pipeBefore(i), pipe > 0 else { return false }
        // A row of a pipe table: its first `|` starts the line. Terms are its first column, and
        // only there is the heading looked up (a walk up the table for each word: 2.7% of lint
        // on corpus F when every cell's name asked).
        var p = pipe - 1
        while p >= 0, text.tokens[p].kind == .space || text.tokens[p].kind == .other && s[text.tokens[p].start] == ">" {
            p -= 1
        }
        if p < 0 || text.tokens[p].kind == .newline { return Self.columnHeaded(text, i, Self.termHeadings) }
        // The joined form: `| |` before the word, or `-|` of the delimiter row.
        guard pipeBefore(pipe) != nil || s[text.tokens[pipe].start - 1] == "-" else { return false }
        var start = text.tokens[i].start
        while start > 0, s[start - 1] != "\n" { start -= 1 }
        let line = String(String.UnicodeScalarView(s[start..<text.tokens[i].start]))
        guard line.contains("|---") || line.contains("| ---") || line.contains("|:--") else { return false }
        let cells = line.split(separator: "|", omittingEmptySubsequences: false)
        guard cells.count > 1, cells[0].allSatisfy({ $0 == " " || $0 == ">" }) else { return false }
        return Self.termHeadings.contains(cells[1].trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// `Wed     Gurmeet S.` over `Thu     (not filled)`: a day written short that starts its line,
    /// as another day starts the line above or below, is a rota's day (development set 65).
    static func weekdayRows(_ text: ScanText, _ i: Int) -> Bool {
        let t = text.tokens
        guard i == 0 || t[i - 1].kind == .newline || t[i - 1].kind == .space && (i == 1 || t[i - 2].kind == .newline)
        else { return false }
        func dayStartsLine(_ from: Int, _ step: Int) -> Bool {
            var k = from
            while k >= 0, k < t.count, t[k].kind != .newline { k += step }
            guard k >= 0, k < t.count else { return false }
            var j = k + 1
            if step < 0 {
                // The line above: back to its start.
                j = k - 1
                while j >= 0, t[j].kind != .newline { j -= 1 }
                j += 1
            }
            while j < t.count, t[j].kind == .space { j += 1 }
            guard j < t.count, t[j].kind == .word else { return false }
            return NameContextWords.weekdayAbbreviations.contains(NameMatching.fold(NameMatching.word(text, j)))
        }
        return dayStartsLine(i, -1) || dayStartsLine(i, 1)
    }
}
