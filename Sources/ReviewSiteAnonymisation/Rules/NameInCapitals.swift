import ReviewSiteCore

/// A name written all in capitals, as incident logs, bank statements and case systems write
/// it: `CALLER MRS PAULINE RIMMER`, `FASTER PMT TO IONUT STOICA REF CAR` (development set 35).
/// A given name from the lists that is no ordinary word (not `MAY`, `GRACE`, `WILL`), then,
/// after one space, one or two more words in capitals that are no English word, title, month,
/// place or agency's word, and no place or agency's word after them (`GRACE DARLING HOUSE`).
/// Declared words and register names are the caller's to leave out.
enum NameInCapitals {
    /// `NEIGHBOUR AT NO 16 ("GWEN")`, `REBO / "ROBBIE"`: a given name from the lists, in capitals
    /// and in double quotes, as a log gives what someone is called; not an English word
    /// (`"HELP"`, `"MUM"`). Development sets 98 and 100.
    static func quoted(_ text: ScanText) -> [Int] {
        let tokens = text.tokens
        var out: [Int] = []
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].end - tokens[i].start >= 3 {
            guard NameMatching.inDoubleQuotes(text, i, i), allCapitals(text, i),
                !afterVesselOrOperation(text, tokens[i - 1].start)
            else { continue }
            let word = NameMatching.word(text, i)
            guard FirstNames.kind(of: word) == .plain, !NameAfterRole.englishWords.contains(word.lowercased()) else { continue }
            out.append(i)
        }
        return out
    }

    /// Whether a ship's prefix, perhaps written with a slash or dots (`M/V`, `M.V.`), or a police
    /// operation's word ends before scalar `end` past spaces: `M/V "AISLING"` is a boat
    /// (development set 94), `OPERATION "SOPHIA"` an operation.
    private static func afterVesselOrOperation(_ text: ScanText, _ end: Int) -> Bool {
        var e = end
        while e > 0, text.scalars[e - 1] == " " { e -= 1 }
        var s = e
        while s > 0, text.scalars[s - 1].isScanLetter || text.scalars[s - 1] == "/" || text.scalars[s - 1] == "." { s -= 1 }
        let prefix = String(String.UnicodeScalarView(text.scalars[s..<e].filter(\.isScanLetter)))
        return BoatNames.shipPrefixes.contains(prefix.uppercased()) || ["operation", "op"].contains(prefix.lowercased())
    }

    /// Token ranges (first and last word) of each such name in `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            let t = tokens[i]
            guard t.kind == .word, t.end - t.start >= 3, allCapitals(text, i),
                FirstNames.mayBeName(text, t.start..<t.end), FirstNames.kind(of: NameMatching.word(text, i)) == .plain,
                // (`NINO ZH814427C`: the National Insurance number's abbreviation; development set 46.)
                !NameContextWords.niAbbreviations.contains(NameMatching.word(text, i)),
                // (`BLACK KIA HY71OPD`: a car's make before its plate; development set 47.)
                !QuasiIdentifierRule.carMakes.contains(NameMatching.word(text, i).lowercased())
            else { continue }
            if let p = NameMatching.previousWord(text, before: i),
                NameContextWords.placeBefore.contains(NameMatching.fold(NameMatching.word(text, p)))
            {
                continue
            }
            // `2) LIDDLE, ANNE (retired teacher)`: a form's surname, a comma, then the given name
            // (development set 49); each word is reported.
            if i >= 3, isGap(text, i - 1), tokens[i - 2].kind == .other, text.scalars[tokens[i - 2].start] == ",",
                isSurname(text, i - 3), tokens[i - 3].end - tokens[i - 3].start >= 3,
                !(i - 5 >= 0 && isGap(text, i - 4) && tokens[i - 5].kind == .word && allCapitals(text, i - 5))
            {
                out.append((i - 3, i - 3))
                out.append((i, i))
                continue
            }
            // One or two surname words, each straight after the one before (`ADEBISI-ROWE` is one).
            var last = i
            var words = 0
            var k = i + 1
            while words < 2, k + 1 < tokens.count, isGap(text, k), isSurname(text, k + 1) {
                last = k + 1
                words += 1
                k = last + 1
                while k + 1 < tokens.count, tokens[k].kind == .other, text.scalars[tokens[k].start] == "-",
                    isSurname(text, k + 1)
                {
                    last = k + 1
                    k = last + 1
                }
            }
            guard words > 0 else { continue }
            // `NINO JT 41 93 27 B`: the National Insurance number's abbreviation and its letters.
            if k + 1 < tokens.count, isGap(text, k), tokens[k + 1].kind == .number { continue }
            if k + 1 < tokens.count, isGap(text, k), tokens[k + 1].kind == .word,
                isPlaceWord(NameMatching.fold(NameMatching.word(text, k + 1)))
            {
                continue
            }
            out.append((i, last))
            i = last
        }
        return out
    }

    /// One space between two words of a name (a column's padding is no part of a name).
    private static func isGap(_ text: ScanText, _ k: Int) -> Bool {
        text.tokens[k].kind == .space && text.tokens[k].end - text.tokens[k].start == 1
    }

    private static func allCapitals(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        return text.scalars[t.start..<t.end].allSatisfy { $0.isScanUppercase || $0 == "'" || $0 == "\u{2019}" }
    }

    private static func isSurname(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        guard t.kind == .word, t.end - t.start >= 2, allCapitals(text, k) else { return false }
        let word = NameMatching.word(text, k)
        let folded = NameMatching.fold(word)
        return !NameAfterRole.englishWords.contains(folded) && !TitledNameRule.isTitle(word)
            && !FirstNames.months.contains(word.prefix(1) + word.dropFirst().lowercased())
            // (A surname may be one word of a place's name: `BECKY NORRIS`, not `Norris Green`;
            // development set 68. A whole place's name is not: `CALLER AT BOLTON`.)
            && !isPlaceWord(folded, placeWords: UKPlaces.names)
    }

    private static func isPlaceWord(_ folded: String, placeWords: Set<String> = UKPlaces.words) -> Bool {
        NameContextWords.placeOrAgency.contains(folded) || NameContextWords.placeEndings.contains(folded)
            || NameContextWords.houseWords.contains(folded) || NameContextWords.businessWords.contains(folded)
            || placeWords.contains(folded) || NameContextWords.countries.contains(folded)
    }
}
