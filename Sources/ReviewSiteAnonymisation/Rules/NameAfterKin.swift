import ReviewSiteCore

/// A given name no list knows, alone between commas after a relative: `her son, Adeel, went to
/// the landing`, `their neighbour, Gwenllian, called`. A possessive (`her`, `his`, `their`, `my`,
/// `our`), a family or household word, a comma, one capitalised word that is no English word,
/// place, title or country, and a comma after it (development set 27). Two-word names are
/// NameAfterRole's; declared words and register names are the caller's to leave out.
enum NameAfterKin {
    static let possessives: WordList = ["her", "his", "their", "my", "our"]
    static let kin: WordList = [
        "son", "daughter", "brother", "sister", "husband", "wife", "partner", "cousin", "nephew", "niece", "stepson",
        "stepdaughter", "grandson", "granddaughter", "boyfriend", "girlfriend", "mother", "father", "uncle", "aunt",
        "friend", "neighbour", "lodger", "flatmate", "housemate", "ex-partner", "stepfather", "stepmother",
    ]

    /// Token index of each such name in `text` (first and last are the same word).
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for c in tokens.indices where tokens[c].kind == .other && text.scalars[tokens[c].start] == "," {
            guard c >= 2, tokens[c - 1].kind == .word, StructuredScan.index(text, token: c - 1, in: kin) != nil,
                let p = NameMatching.previousWord(text, before: c - 1),
                StructuredScan.index(text, token: p, in: possessives) != nil,
                c + 3 < tokens.count, tokens[c + 1].kind == .space, tokens[c + 2].kind == .word,
                tokens[c + 3].kind == .other, text.scalars[tokens[c + 3].start] == ","
            else { continue }
            let word = NameMatching.word(text, c + 2)
            let folded = NameMatching.fold(word)
            guard word.count >= 2, NameMatching.isCapitalised(word), !word.allSatisfy(\.isUppercase),
                !NameAfterRole.englishWords.contains(word.lowercased()), !TitledNameRule.isTitle(word),
                !NameContextWords.placeOrAgency.contains(folded), !UKPlaces.words.contains(folded),
                !WorldCities.names.contains(folded),
                !NameContextWords.countries.contains(folded)
            else { continue }
            out.append((c + 2, c + 2))
        }
        return out
    }
}
