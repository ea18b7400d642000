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
            guard plausible(text, c + 2) else { continue }
            out.append((c + 2, c + 2))
        }
        return out + unbracketed(text)
    }

    /// `My husband Rodel read this over my shoulder`: the same, with no commas, when a word in
    /// lower case or a sentence's punctuation follows the name (development set 107).
    private static func unbracketed(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for k in tokens.indices where tokens[k].kind == .word {
            guard k + 3 < tokens.count, tokens[k + 1].kind == .space, tokens[k + 2].kind == .word,
                StructuredScan.index(text, token: k, in: kin) != nil,
                let p = NameMatching.previousWord(text, before: k), p + 2 == k,
                StructuredScan.index(text, token: p, in: possessives) != nil
            else { continue }
            let n = k + 2
            let after = tokens[n + 1]
            let ends =
                after.kind == .other && ".,;:!?".unicodeScalars.contains(text.scalars[after.start])
                || after.kind == .space && n + 2 < tokens.count && tokens[n + 2].kind == .word
                    && text.scalars[tokens[n + 2].start].isScanLowercase
            guard ends, plausible(text, n) else { continue }
            out.append((n, n))
        }
        return out
    }

    /// A capitalised word that may be a given name no list knows.
    private static func plausible(_ text: ScanText, _ k: Int) -> Bool {
        let word = NameMatching.word(text, k)
        let folded = NameMatching.fold(word)
        // (`his wife I'd look the other way`: the pronoun `I` run into a verb; development set 102.)
        return word.count >= 2 && NameMatching.isCapitalised(word) && !word.allSatisfy(\.isUppercase)
            && !(word.hasPrefix("I'") || word.hasPrefix("I\u{2019}"))
            && !NameAfterRole.englishWords.contains(word.lowercased()) && !TitledNameRule.isTitle(word)
            && !NameContextWords.placeOrAgency.contains(folded) && !UKPlaces.words.contains(folded)
            && !WorldCities.names.contains(folded) && !NameContextWords.countries.contains(folded)
    }
}
