import ReviewSiteCore

/// A name in a table column headed for names, as a chronology's or a review's table of people
/// gives it: `| Surname | Forename | DOB |` over `| McNamee | Joanne | – |` (development set
/// 35). The cell holds only up to four name words, each capitalised or in capitals (a particle
/// such as `al-` or `van` may come before one), none a title, month, role or family word.
/// Under a plain `Name` heading the words must also be no English words (`| Name | Agency |`
/// over `| Independent Chair | … |`). Declared words and register names are the caller's to
/// leave out.
enum NameColumns {
    /// Headings of a column of names or parts of names.
    static let nameParts: Set<String> = [
        "surname", "surnames", "forename", "forenames", "first name", "first names", "last name", "family name",
        "given name", "given names", "christian name", "middle name", "middle names", "maiden name", "previous name",
        "previous names", "nickname", "birth name",
    ]
    /// Headings of a column of whole names, which also head lists of agencies and roles.
    static let wholeNames: Set<String> = ["name", "names", "full name", "full names"]

    /// Token ranges (first and last word) of each name in a name column or a name field of `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        // Every heading and label above holds `name`: a text without it has none (a chronology's
        // table has thousands of cells, and each would cost a look at its heading).
        guard mentionsName(text) else { return [] }
        return inColumns(text) + inFields(text) + inTabColumns(text)
    }

    /// Names in a column of tab-separated rows headed for names: a spreadsheet pasted with its
    /// tabs, a `Surname` and a `First name` column over `Rakhimova` and `Shakhnoza` (development
    /// set 43); or a printout's columns lined up with spaces, two or more between cells
    /// (`PERMIT  NAME   DEPT` over `0418  WOJCIK A   Cold Mill`; development set 45). A header
    /// row of three cells or more names the columns of the rows with as many cells under it,
    /// up to a line with fewer.
    private static func inTabColumns(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        let isCellBreak = { (k: Int) in text.isColumnGap(k) }
        // (Most texts have neither: one quick look first.)
        guard tokens.indices.contains(where: isCellBreak) else { return [] }
        var out: [(first: Int, last: Int)] = []
        var header: [String]?
        var k = 0
        while k < tokens.count {
            var end = k
            var cells: [Range<Int>] = []
            var cellStart = k
            while end < tokens.count, tokens[end].kind != .newline {
                // (A line's indent is no empty first cell: `  Surname    GEORGIOU` is a field.)
                if end == k, tokens[end].kind == .space, !text.isTabBreak(end) {
                    cellStart = end + 1
                } else if isCellBreak(end) {
                    cells.append(cellStart..<end)
                    cellStart = end + 1
                }
                end += 1
            }
            cells.append(cellStart..<end)
            if cells.count < 3 {
                header = nil
            } else {
                let titles = cells.map { r in
                    r.isEmpty ? "" : text.slice(tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end).lowercased()
                }
                if titles.contains(where: { nameParts.contains($0) || wholeNames.contains($0) }) {
                    header = titles
                } else if let header, header.count == cells.count {
                    for (column, r) in cells.enumerated() where !r.isEmpty {
                        let heading = header[column]
                        guard nameParts.contains(heading) || wholeNames.contains(heading),
                            let (first, last, plain) = cell(text, after: r.lowerBound - 1, endsField: true, upTo: r.upperBound),
                            nameParts.contains(heading) || plain
                        else { continue }
                        out.append((first, last))
                    }
                }
            }
            k = end + 1
        }
        return out
    }

    /// Names in a table column headed for names.
    private static func inColumns(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        var columns = TableColumns(text)
        for bar in tokens.indices where tokens[bar].kind == .other && text.scalars[tokens[bar].start] == "|" {
            // (The cell's words first: most cells are no name, and a heading costs a row's read.)
            guard let (first, last, plain) = cell(text, after: bar),
                let heading = columns.headings(at: tokens[first].start).column
            else { continue }
            if nameParts.contains(heading) || (plain && wholeNames.contains(heading)) {
                out.append((first, last))
            }
        }
        return out
    }

    /// Token ranges of each value of a field labelled for a part of a name, as a form, a record
    /// or an export gives it: `"surname": "PHAM"`, `Forenames: DUC MINH`, `first_name: Joanne`
    /// (development set 41). The value ends at a quote, comma, semicolon, bracket, full stop,
    /// `|`, two spaces or the line's end; under a whole name's label (`Previous name:`) its
    /// words must be no English words (`Previous name: Thornbury House`).
    private static func inFields(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for k in tokens.indices where tokens[k].kind == .word {
            guard let label = fieldLabel(text, endingAt: k) else { continue }
            var j = k + 1
            if j < tokens.count, tokens[j].kind == .other, text.scalars[tokens[j].start] == "\"" { j += 1 }
            guard j < tokens.count, tokens[j].kind == .other, text.scalars[tokens[j].start] == ":" else { continue }
            j += 1
            while j < tokens.count, tokens[j].kind == .space { j += 1 }
            if j < tokens.count, tokens[j].kind == .other, text.scalars[tokens[j].start] == "\"" { j += 1 }
            guard let (first, last, plain) = cell(text, after: j - 1, endsField: true) else { continue }
            if plain || partLabels.contains(label) { out.append((first, last)) }
        }
        return out
    }

    /// The label of a name part ending at the word at `k`: `Surname`, `first name`,
    /// `given_name` (a heading's words joined by a space, `_` or `-`).
    private static func fieldLabel(_ text: ScanText, endingAt k: Int) -> String? {
        let word = NameMatching.word(text, k).lowercased()
        if nameParts.contains(word) { return word }
        guard word == "name" || word == "names", k >= 2, text.tokens[k - 2].kind == .word else { return nil }
        let joiner = text.tokens[k - 1]
        guard joiner.kind == .space || joiner.kind == .other && "_-".unicodeScalars.contains(text.scalars[joiner.start])
        else { return nil }
        let label = NameMatching.word(text, k - 2).lowercased() + " " + word
        return nameParts.contains(label) ? label : nil
    }

    /// Labels of a surname or given names, whose value may be an English word (`Surname: Lamb`);
    /// the others name a whole name (`Maiden name: …`, `Nickname: …`).
    private static let partLabels = nameParts.subtracting([
        "maiden name", "previous name", "previous names", "nickname", "birth name",
    ])

    /// Whether `name` is written anywhere in the text, in any case.
    private static func mentionsName(_ text: ScanText) -> Bool {
        let s = text.scalars
        var i = 3
        while i < s.count {
            // (`e` first: the rarest test that fails most often is made once per scalar.)
            if s[i] == "e" || s[i] == "E", s[i - 1] == "m" || s[i - 1] == "M", s[i - 2] == "a" || s[i - 2] == "A",
                s[i - 3] == "n" || s[i - 3] == "N"
            {
                return true
            }
            i += 1
        }
        return false
    }

    /// The first and last word of the cell after the `|` at `bar` (before token `limit`, for a
    /// tab-separated cell) when it holds only name words, and whether none of them is an
    /// English word that is no given name.
    private static func cell(_ text: ScanText, after bar: Int, endsField: Bool = false, upTo limit: Int = .max)
        -> (Int, Int, Bool)?
    {
        let tokens = text.tokens
        var k = bar + 1
        var first: Int?
        var last = bar
        var words = 0
        var plain = true
        var named = false
        while k < tokens.count, k < limit {
            let t = tokens[k]
            switch t.kind {
            case .space:
                // (`Surname: PHAM    Forenames: DUC MINH`: a form's column gap ends a field's value.)
                if endsField, t.end - t.start >= 2, let first, named { return (first, last, plain) }
            case .word:
                let word = NameMatching.word(text, k)
                let lower = word.lowercased()
                if particles.contains(lower) {
                    // (`al-Dhubhani`, `van der Berg`: only before another word.)
                } else {
                    // (`WOJCIK A`: an initial after the name.)
                    guard word.count >= 2 || first != nil, let c = word.unicodeScalars.first, c.isScanUppercase,
                        !TitledNameRule.isTitle(word), !FirstNames.months.contains(word),
                        !notNames.contains(lower), StructuredScan.index(text, token: k, in: NameAfterKin.kin) == nil
                    else { return nil }
                    named = true
                    if word.count >= 2, NameAfterRole.englishWords.contains(lower), FirstNames.kind(of: word) == nil {
                        plain = false
                    }
                }
                words += 1
                guard words <= 4 else { return nil }
                first = first ?? k
                last = k
            case .other:
                let c = text.scalars[t.start]
                if c == "|" || endsField && "\",;(.".unicodeScalars.contains(c) {
                    guard let first, named else { return nil }
                    return (first, last, plain)
                }
                guard c == "-" || c == "'" || c == "\u{2019}", first != nil else { return nil }
            case .newline where endsField:
                guard let first, named else { return nil }
                return (first, last, plain)
            default: return nil
            }
            k += 1
        }
        guard endsField, let first, named else { return nil }
        return (first, last, plain)
    }

    /// Words before a name that are part of it.
    private static let particles: Set<String> = [
        "al", "el", "ul", "bin", "binti", "bint", "ibn", "van", "von", "der", "den", "de", "da", "dos", "das", "do",
        "di", "du", "la", "le", "ap", "ní", "nic", "ó", "o", "mac", "mc",
    ]
    /// Cells under a name heading that say no name is known or given.
    private static let notNames: Set<String> = [
        "unknown", "not", "withheld", "redacted", "none", "tbc", "n/a", "adult", "child", "victim", "perpetrator",
        "deceased", "anonymised", "pseudonym", "various", "same",
    ]
}
