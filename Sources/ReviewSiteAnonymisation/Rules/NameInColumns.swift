import ReviewSiteCore

/// People's names in a spreadsheet or a printout pasted as text, under a column for them
/// (`Surname`, `First names`, `Known as`): `B104	ABDYKADYROV	Nurlan` (development
/// set 109). Words no list knows as names are names there; a cell's ordinary words, places,
/// agencies and codes (`OS`, `TL-B3`) are not.
enum NameInColumns {
    static let headings: Set<String> = [
        "surname", "surnames", "last name", "family name", "first name", "first names", "forename", "forenames",
        "given name", "given names", "known as", "full name",
    ]

    /// Keys of the words the headings above are made of (`Forenames` and `Surnames`, too long
    /// for a key, come beside a `Surname` or a `Name` column): a text with none has no such column.
    static let headingKeys = ["name", "names", "surname", "known"].map { WordList.key(of: $0) }

    /// A column's heading that holds people's names. (Not a role's, `Worker`, `Driver`, `By`:
    /// staff under those are seldom labelled; development sets 60, 79 and 83.)
    /// (Or a name's column that says how it is written: `NAME (SURNAME FIRST)`; development set 112.)
    static func isHeading(_ heading: String) -> Bool {
        headings.contains(heading) || heading.hasPrefix("name (") && heading.contains("surname")
    }

    /// The word tokens in such cells that may be names: capitalised or in capitals, three
    /// letters or more, not an English word, a place's or an agency's, a day or a month (`Sept`).
    static func find(_ text: ScanText) -> [Int] {
        ColumnCells.under(in: text, isHeading).flatMap { cell in
            cell.filter { k in
                guard text.tokens[k].kind == .word, text.tokens[k].end - text.tokens[k].start >= 3 else { return false }
                let w = NameMatching.word(text, k)
                // (Capitals of four letters or fewer are an agency's or a code's, `DVLA`, unless a
                // given name; development set 52.)
                guard
                    NameMatching.isCapitalised(w)
                        || NameMatching.allCapitals(w) && (w.count >= 5 || FirstNames.kind(of: w.capitalized) != nil)
                else { return false }
                let folded = NameMatching.fold(w)
                return !NameAfterRole.englishWords.contains(w.lowercased()) && !NameContextWords.placeOrAgency.contains(folded)
                    && !UKPlaces.words.contains(folded) && !NameContextWords.weekdays.contains(folded)
                    && DateOfBirthRule.months.firstIndex(of: folded) == nil && folded != "sept"
            }
        }
    }
}
