import ReviewSiteCore

/// A declared given name with a surname after it: `Ian Cowan` in a lifeboat's crew list, where
/// `Ian` is another review's pseudonym (development set 42). A pseudonym stands alone, so a
/// surname after it is a real person's. The surname follows one to three spaces on the same line
/// (`Ian  Cowan`, typed twice) and is capitalised or in capitals (`Ian COWAN`), three letters or more, and no English word, given name, nationality, language,
/// place, agency, title, month, declared word or register name; nor may a place or agency word follow it (`Ian
/// Fleming Court`). Declared full names (`public_names`) declare their surnames too.
enum SurnameAfterDeclared {
    /// The token of the surname after the declared given name at `i`, if there is one.
    static func surname(_ text: ScanText, after i: Int, declared: KnownWords, registerTokens: Set<Int>?) -> Int? {
        let tokens = text.tokens
        let n = i + 2
        guard n < tokens.count, tokens[i + 1].kind == .space, tokens[i + 1].end - tokens[i + 1].start <= 3,
            !text.isTabBreak(i + 1), tokens[n].kind == .word, registerTokens?.contains(n) != true
        else { return nil }
        // (`Rosalind Otway's`: the surname without its possessive; `Martin I'd`: an apostrophe
        // only before a capital, as in `O'Neill`.)
        let word = NameMatching.stripPossessive(NameMatching.word(text, n)).base
        // (In capitals only as a surname is written in a record, `Ian COWAN`: with a vowel, and
        // no agency's or a vehicle's letters, `Jo NHS`.)
        guard word.count >= 3,
            NameMatching.isCapitalised(word)
                || NameMatching.allCapitals(word) && word.contains(where: { "AEIOUY".contains($0) })
                    && !VehicleRegistrationRule.acronyms.contains(word)
        else { return nil }
        if let a = word.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
            word[word.index(after: a)...].first?.isUppercase != true
        {
            return nil
        }
        // (`St Thomas Syro-Malabar Mission`: a church; `Mary Ann Smith`'s middle part; but `Dr Ian
        // Cowan` is a person. After a verb the next word is often an object: `sent Jo Snapchat
        // messages`, `saw Jo Friday`, `prescribed Sam Sertraline`: only a few small words may come
        // before the name.)
        if let p = NameMatching.previousWord(text, before: i), p + 2 == i, tokens[p + 1].kind == .space {
            let before = NameMatching.word(text, p)
            let title =
                TitledNameRule.isTitle(before) && before != "St" && before != "Saint"
                // (`FEO Graham Pringle`: a role's initials, as a firearms file writes its officer;
                // development set 69. Not an agency's: `HMP Kimber Verne`, development set 64.)
                || (2...5).contains(before.count) && NameMatching.allCapitals(before)
                    && !NameContextWords.placeBefore.contains(before.lowercased())
            if !title, NameMatching.isCapitalised(before) || !Self.wordsBeforeName.contains(before.lowercased()) {
                return nil
            }
        }
        if n + 1 < tokens.count, tokens[n + 1].kind == .other, text.scalars[tokens[n + 1].start] == "-" {
            return doubleBarrelled(text, n, declared: declared)
        }
        let folded = NameMatching.fold(word)
        if declared.contains(folded) || NameAfterRole.englishWords.contains(word.lowercased())
            || NameContextWords.placeOrAgency.contains(folded) || NameContextWords.notSurname.contains(folded)
            || UKPlaces.names.contains(folded) || FirstNames.months.contains(word) || TitledNameRule.isTitle(word)
            || FirstNames.kind(of: word) != nil || NameContextWords.languages.contains(folded)
            || FirstNames.notNames.contains(word) && !FirstNames.alsoSurnames.contains(word)
        {
            return nil
        }
        if n + 2 < tokens.count, tokens[n + 1].kind == .space, tokens[n + 2].kind == .word,
            NameContextWords.placeOrAgency.contains(NameMatching.fold(NameMatching.word(text, n + 2)))
        {
            return nil
        }
        return n
    }

    /// `Huw Parry-Jones` when only `Huw Penhallow` may be named: two capitalised words joined
    /// by a hyphen, neither a declared word nor a place's or agency's, and not both English
    /// words (`Follow-Up`), are a double-barrelled surname (its halves may be given names too);
    /// returns its last token (development set 73).
    private static func doubleBarrelled(_ text: ScanText, _ n: Int, declared: KnownWords) -> Int? {
        let tokens = text.tokens
        guard n + 2 < tokens.count, tokens[n + 2].kind == .word,
            !(n + 3 < tokens.count && tokens[n + 3].kind == .other && text.scalars[tokens[n + 3].start] == "-")
        else { return nil }
        var englishWords = 0
        for k in [n, n + 2] {
            let word = NameMatching.stripPossessive(NameMatching.word(text, k)).base
            let folded = NameMatching.fold(word)
            guard word.count >= 3, NameMatching.isCapitalised(word), !declared.contains(folded),
                !NameContextWords.placeOrAgency.contains(folded), !NameContextWords.notSurname.contains(folded),
                !TitledNameRule.isTitle(word)
            else { return nil }
            if NameAfterRole.englishWords.contains(word.lowercased()) { englishWords += 1 }
        }
        return englishWords < 2 ? n + 2 : nil
    }

    /// Small words a person's full name may follow in running text (`with Ian Cowan`; not
    /// `called`: `He called Jo Paki` is a slur).
    static let wordsBeforeName: Set<String> = ["and", "with", "by", "from", "of", "for", "to", "named", "nee", "née"]
}
