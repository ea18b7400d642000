import ReviewSiteCore

/// A name of two or three words that a relative clause about a person, or a possessive and a
/// role, follows: `Durga Prasad Shrestha, who chairs the forum`, `Mirka Šarközi, your
/// advocate`. Every word capitalised, none an ordinary word (unless a given name), a title, a
/// month, a place or an agency's word (`Women's Aid, who`), and the first not after another
/// capitalised word (`the Mayor of Kestlewood, who`). Declared words and register names are the
/// caller's to leave out.
enum NameBeforeWho {
    /// Token ranges (first and last word) of each such name in `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for w in tokens.indices where tokens[w].kind == .word && (2...5).contains(tokens[w].end - tokens[w].start) {
            var c = w - 1
            while c >= 0, tokens[c].kind == .space { c -= 1 }
            guard c >= 1, tokens[c].kind == .other, text.scalars[tokens[c].start] == ",",
                StructuredScan.equals(text, token: w, whoKey) || roleAfter(text, possessive: w)
            else { continue }
            // Up to three words, each straight after the one before (`Chowdhury-Baines` is one).
            var words: [Int] = []
            var joined = 0
            var k = c - 1
            // (Only name words: `We thank Durga Prasad Shrestha, who` stops before `thank`.)
            while words.count - joined < 4, k >= 0, tokens[k].kind == .word, isNameWord(text, k) {
                words.insert(k, at: 0)
                if k >= 2, tokens[k - 1].kind == .other, text.scalars[tokens[k - 1].start] == "-", tokens[k - 2].kind == .word {
                    joined += 1
                    k -= 2
                    continue
                }
                guard k >= 2, tokens[k - 1].kind == .space, tokens[k - 1].end - tokens[k - 1].start == 1 else { break }
                k -= 2
            }
            guard (2...3).contains(words.count - joined) else { continue }
            // (`born in Sierra Leone, who was killed`: a country named like a person; set 60.)
            if words.count == 2,
                NameContextWords.organisationsNamedLikePeople.contains(
                    words.map { NameMatching.fold(NameMatching.word(text, $0)) })
            {
                continue
            }
            // (`born in Belo Horizonte, who had worked`: a city abroad; development set 76.)
            if WorldCities.names.contains(words.map { NameMatching.fold(NameMatching.word(text, $0)) }.joined(separator: " ")) {
                continue
            }
            if let p = NameMatching.previousWord(text, before: words[0]), p + 2 == words[0],
                NameMatching.isCapitalised(NameMatching.word(text, p))
            {
                continue
            }
            out.append((words[0], words[words.count - 1]))
        }
        return out
    }

    private static let whoKey = WordList.key(of: "who")
    private static let possessives: WordList = ["her", "his", "their", "your", "our", "my"]

    /// `Mirka Šarközi, your advocate at Roma Voices`: a possessive and a role after the comma
    /// introduce the person as a relative clause does (development set 39).
    private static func roleAfter(_ text: ScanText, possessive w: Int) -> Bool {
        guard StructuredScan.index(text, token: w, in: possessives) != nil, let r = NameMatching.nextWord(text, after: w)
        else { return false }
        return NameAfterRole.roles.contains(NameMatching.word(text, r).lowercased())
    }

    static func isNameWord(_ text: ScanText, _ k: Int) -> Bool {
        let word = NameMatching.word(text, k)
        guard word.count >= 2, NameMatching.isCapitalised(word), !TitledNameRule.isTitle(word), !FirstNames.months.contains(word)
        else { return false }
        let folded = NameMatching.fold(NameMatching.stripPossessive(word).base)
        // (`born in Jaffna, Sri Lanka, who came`: a country; development set 27.)
        if NameContextWords.placeOrAgency.contains(folded) || UKPlaces.words.contains(folded)
            || NameContextWords.countries.contains(folded)
        {
            return false
        }
        return !NameAfterRole.englishWords.contains(word.lowercased()) || FirstNames.kind(of: word) != nil
    }
}
