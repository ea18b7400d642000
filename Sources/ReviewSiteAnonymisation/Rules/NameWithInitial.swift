import ReviewSiteCore

/// `Gurmeet S.`, `Rajwant K.,`: a given name no list knows, then the surname's initial and its
/// full stop, as a rota, a sign-in sheet or a volunteers' list writes people (development set
/// 65). The word must be no English word, place, title, month or weekday, and the initial must
/// close the entry: a comma, a bracket, a column's gap or the line's end after it (not
/// `Plan B. The`, where a sentence goes on).
enum NameWithInitial {
    /// Token indices of such given names in `text`.
    static func find(_ text: ScanText) -> [Int] {
        let t = text.tokens, s = text.scalars
        var out: [Int] = []
        var i = 0
        while i + 3 < t.count {
            defer { i += 1 }
            guard t[i].kind == .word, t[i].end - t[i].start >= 3, s[t[i].start].isScanUppercase,
                s[(t[i].start + 1)..<t[i].end].allSatisfy({ $0.isScanLowercase }),
                t[i + 1].kind == .space, t[i + 1].end - t[i + 1].start == 1,
                t[i + 2].kind == .word, t[i + 2].end - t[i + 2].start == 1, s[t[i + 2].start].isScanUppercase,
                t[i + 3].kind == .other, s[t[i + 3].start] == "."
            else { continue }
            guard closesEntry(text, after: i + 3) else { continue }
            let word = NameMatching.word(text, i)
            let folded = NameMatching.fold(word)
            if NameAfterRole.englishWords.contains(word.lowercased()) || UKPlaces.words.contains(folded)
                || WorldCities.names.contains(folded) || TitledNameRule.isTitle(word) || FirstNames.months.contains(word)
                || NameContextWords.weekdays.contains(folded) || NameContextWords.placeOrAgency.contains(folded)
                || NameContextWords.weekdayAbbreviations.contains(folded)
            {
                continue
            }
            out.append(i)
        }
        return out
    }

    /// Whether the entry ends after the full stop at token `k`.
    private static func closesEntry(_ text: ScanText, after k: Int) -> Bool {
        let t = text.tokens
        guard k + 1 < t.count else { return true }
        switch t[k + 1].kind {
        case .newline: return true
        case .space: return t[k + 1].end - t[k + 1].start >= 2 || k + 2 == t.count || t[k + 2].kind == .newline
        case .other: return ",;)|".unicodeScalars.contains(text.scalars[t[k + 1].start])
        default: return false
        }
    }
}
