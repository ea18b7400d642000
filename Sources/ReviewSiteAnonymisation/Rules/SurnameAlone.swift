import ReviewSiteCore

/// `The advocate, Callum Rishworth, … Rishworth noted …`, `Ms Mbatha … Mbatha agreed`: once
/// a text names someone in full, their surname alone names them too. The name rules pass the
/// surnames of what they found; this finds each surname again on its own, so a reviewer who
/// replaces the full name is shown every place that still names the person.
enum SurnameAlone {
    /// The surname of a found name: its last word, if it could only be a surname (capitalised,
    /// three letters or more, no English word, place or agency word, pseudonym or public name).
    static func surname(_ text: ScanText, lastToken: Int, declared: KnownWords) -> String? {
        let word = NameMatching.stripPossessive(NameMatching.word(text, lastToken)).base
        let folded = NameMatching.fold(word)
        guard word.count >= 3, NameMatching.isCapitalised(word), !declared.contains(folded),
            !NameAfterRole.englishWords.contains(word.lowercased()), !NameContextWords.placeOrAgency.contains(folded),
            !NameContextWords.houseWords.contains(folded), !TitledNameRule.isTitle(word),
            !UKPlaces.words.contains(word.lowercased())
        else { return nil }
        return word
    }

    private static let landscape: Set<String> = ["hills", "hill", "valley", "river", "estuary", "vale", "moors", "coast"]

    /// Tokens of `surnames` standing alone: not inside `reported` (scalar ranges already
    /// found), not next to another capitalised word (`Rishworth Street`), nor in the register.
    static func find(_ text: ScanText, _ surnames: Set<String>, reported: [Range<Int>], skip: Set<Int>) -> [Int] {
        guard !surnames.isEmpty else { return [] }
        // (`Zürcher, which English records write as "Zurcher"` and `"Zuercher"`: the name
        // spelled without its marks; development set 57.)
        let surnames = surnames.union(surnames.flatMap(NameMatching.spellingsWithoutMarks))
        let hashes = Set(surnames.map { WordHash.lowercased($0) })
        let tokens = text.tokens
        var out: [Int] = []
        for k in tokens.indices
        where tokens[k].kind == .word && text.scalars[tokens[k].start].isScanUppercase && !skip.contains(k) {
            // By hash first, with and without a possessive `'s`: no string for most words.
            let t = tokens[k]
            let possessive =
                t.end - t.start > 3 && (text.scalars[t.end - 2] == "'" || text.scalars[t.end - 2] == "\u{2019}")
                && (text.scalars[t.end - 1] == "s" || text.scalars[t.end - 1] == "S")
            guard
                hashes.contains(WordHash.lowercased(text.scalars, t.start..<t.end))
                    || (possessive && hashes.contains(WordHash.lowercased(text.scalars, t.start..<(t.end - 2))))
            else { continue }
            let base = NameMatching.stripPossessive(NameMatching.word(text, k)).base
            guard surnames.contains(base) else { continue }
            if reported.contains(where: { $0.contains(tokens[k].start) }) { continue }
            // Part of a longer name (`Hafren Vale`, `Humber Seafoods`, `Rudd-Sadowski`) is
            // another name's; `the Hafren hills` is a place.
            if k > 0, tokens[k - 1].kind == .other, text.scalars[tokens[k - 1].start] == "-" { continue }
            if let n = NameMatching.nextWord(text, after: k), case let next = NameMatching.word(text, n),
                next.first?.isUppercase == true || NameContextWords.placeNouns.contains(next.lowercased())
                    || landscape.contains(next.lowercased())
            {
                continue
            }
            // (After a job or a title it is the person: `Station Manager Nuttall presented`; so
            // after an initial: `M Ollerenshaw 13:31` signing a note, development set 71.)
            if let p = NameMatching.previousWord(text, before: k), case let before = NameMatching.word(text, p),
                before.first?.isUppercase == true, !NameMatching.startsSentence(text, k), before.count > 1,
                !TitledNameRule.isTitle(before), !NameContextWords.roleAfterTitle.contains(before.lowercased()),
                !NameAfterRole.roles.contains(before.lowercased())
            {
                continue
            }
            out.append(k)
        }
        return out
    }
}
