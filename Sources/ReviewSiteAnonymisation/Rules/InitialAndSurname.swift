import ReviewSiteCore

/// A name written as an initial and a surname, as records and signatures give it: `Neighbour
/// (L. Garside)`, `Signed: H. Merridew, Farm Liaison Officer`. The surname must be no English
/// word (`A. Level`, `B. Positive`), agency or month, and the initial may not follow another
/// capitalised word (`Plan B. Hartley`, `Adult D. Then`) or a title (the titled-name rule's).
/// Declared words and register names are the caller's to leave out.
enum InitialAndSurname {
    /// Token ranges (the initial and the surname) of each such name in `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for i in tokens.indices
        where tokens[i].kind == .word && tokens[i].end - tokens[i].start == 1 && text.scalars[tokens[i].start].isScanUppercase
            && i + 3 < tokens.count && tokens[i + 1].kind == .other && text.scalars[tokens[i + 1].start] == "."
            && tokens[i + 2].kind == .space && tokens[i + 3].kind == .word
        {
            // `B. Hanley Moor Surgery`, `I. Robert's history`: a lettered list's label.
            var b = i - 1
            while b >= 0,
                tokens[b].kind == .space
                    || (tokens[b].kind == .other && "*_#>-".unicodeScalars.contains(text.scalars[tokens[b].start]))
            {
                b -= 1
            }
            if b < 0 || tokens[b].kind == .newline { continue }
            // (`32F. FOOSH on ice`: an age and sex, the initial glued to a number.)
            if i > 0, tokens[i - 1].kind == .number { continue }
            let surname = NameMatching.stripPossessive(NameMatching.word(text, i + 3)).base
            // (`Nurse: R. OKONJO`: a record's capitals, four letters or more, not `A. NHS`; set 36.)
            guard surname.count >= 3, NameMatching.isCapitalised(surname) || surname.count >= 4 && allCapitals(surname)
            else { continue }
            let folded = NameMatching.fold(surname)
            if NameAfterRole.englishWords.contains(surname.lowercased()) || NameContextWords.placeOrAgency.contains(folded)
                || FirstNames.months.contains(surname) || TitledNameRule.isTitle(surname)
            {
                continue
            }
            if let p = NameMatching.previousWord(text, before: i), p + 2 == i, tokens[p + 1].kind == .space {
                let before = NameMatching.word(text, p)
                if NameMatching.isCapitalised(before) || TitledNameRule.isTitle(before) { continue }
            }
            // `H. Samuel Jewellers`: a shop.
            // (`Author: D. Hickinbottom` then `Team leader …` on the next line: no shop; set 36.)
            if let n = NameMatching.nextWord(text, after: i + 3), n == i + 5, tokens[i + 4].kind == .space,
                NameContextWords.placeOrAgency.contains(NameMatching.fold(NameMatching.word(text, n)))
            {
                continue
            }
            out.append((i, i + 3))
        }
        return out
    }

    private static func allCapitals(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0.isScanUppercase || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }
    }
}
