import ReviewSiteCore

/// Street addresses abroad, written as their countries write them, with the number after the
/// street: `ul. Kapitan Raycho 41` (Polish and Bulgarian `ulica`, Romanian `str.`), `Vilniaus
/// g. 118` (Lithuanian `gatvė`, Latvian `iela`, Hungarian `utca`). A family's old address in a
/// translated statement or a letter names them as surely as a UK one (development set 31).
extension AddressRule {
    /// Street words that come before the street's name.
    static let streetWordsBefore: WordList = [
        "ul", "ulica", "str", "strada", "bul", "bulevardul", "al", "aleja", "calea", "ulitsa",
    ]
    /// Spanish, Catalan, Portuguese and Italian street words, capitalised before the street's
    /// name, which may hold small words (`Carrer de la Força, 17`, `Rua das Flores 45`, `Via
    /// dei Mille 8`; development set 66).
    static let romanceStreetWords: WordList = [
        "calle", "carrer", "rua", "avenida", "avda", "via", "viale", "corso", "piazza", "plaza", "praça", "praca",
        "paseo", "passeig", "travessa", "largo", "camino",
    ]
    static let romanceSmallWords: WordList = [
        "de", "del", "la", "las", "los", "les", "el", "dos", "das", "da", "do", "di", "dei", "della", "delle", "degli",
        "d", "l", "i",
    ]
    /// Street words that come after it.
    /// (Estonian `tee` and `mnt`, road and highway: `Mustamäe tee 118-24`, development set 32.)
    static let streetWordsAfter: WordList = [
        "g", "gatve", "iela", "utca", "tn", "tanav", "ulica", "strasse", "str", "tee", "mnt", "puiestee",
    ]

    /// The last token (the house number) of a street abroad starting at word `k`, if one does.
    func foreignStreet(_ text: ScanText, _ k: Int) -> Int? {
        let tokens = text.tokens
        guard tokens[k].kind == .word else { return nil }
        // (In title case: a log in capitals goes `VIA CONTROL ROOM ON CH 4`; development set 38.)
        if StructuredScan.capitalised(text, tokens[k]), tokens[k].end - tokens[k].start > 1,
            !StructuredScan.isUpper(text.scalars[tokens[k].start + 1]),
            StructuredScan.index(text, token: k, in: Self.romanceStreetWords) != nil
        {
            return romanceStreet(text, after: k)
        }
        if StructuredScan.index(text, token: k, in: Self.streetWordsBefore) != nil,
            let first = afterDotAndSpace(text, k), let last = capitalisedRun(text, from: first)
        {
            return number(text, after: last)
        }
        guard StructuredScan.capitalised(text, tokens[k]), let last = capitalisedRun(text, from: k),
            let type = nextWordToken(text, last), StructuredScan.index(text, token: type, in: Self.streetWordsAfter) != nil
        else { return nil }
        // (`g` alone only small and with its dot: `Vilniaus g. 118`, not `Annex G. 3`.)
        if tokens[type].end - tokens[type].start == 1, !isDot(text, type + 1) || text.scalars[tokens[type].start] != "g" {
            return nil
        }
        return number(text, after: type)
    }

    /// After a Romance street word: its name (capitalised words, and small words between
    /// them or an apostrophe's `d'`), then a comma or not, and the house number's token.
    private func romanceStreet(_ text: ScanText, after k: Int) -> Int? {
        var last: Int?
        var j = k
        for _ in 0..<6 {
            // (`d'Aragó`: the apostrophe joins the small word to the name.)
            let apostrophe =
                j + 2 < text.tokens.count && text.tokens[j + 1].kind == .other
                && "'\u{2019}".unicodeScalars.contains(text.scalars[text.tokens[j + 1].start])
                && text.tokens[j + 2].kind == .word
            guard let n = apostrophe ? j + 2 : nextWordToken(text, j) else { break }
            if StructuredScan.capitalised(text, text.tokens[n]) {
                last = n
            } else if StructuredScan.index(text, token: n, in: Self.romanceSmallWords) == nil {
                break
            }
            j = n
        }
        guard let last else { return nil }
        var c = last + 1
        if c < text.tokens.count, text.tokens[c].kind == .other, text.scalars[text.tokens[c].start] == "," { c += 1 }
        guard c + 1 < text.tokens.count, text.tokens[c].kind == .space, text.tokens[c + 1].kind == .number,
            text.tokens[c + 1].end - text.tokens[c + 1].start <= 4
        else { return nil }
        return c + 1
    }

    /// One to three capitalised words from `k`, each after one space; the last one's index.
    private func capitalisedRun(_ text: ScanText, from k: Int) -> Int? {
        guard k < text.tokens.count, text.tokens[k].kind == .word, StructuredScan.capitalised(text, text.tokens[k]) else {
            return nil
        }
        var last = k
        while last - k < 4, let n = nextWordToken(text, last), StructuredScan.capitalised(text, text.tokens[n]) { last = n }
        return last
    }

    /// The word after `k`, past one space.
    private func nextWordToken(_ text: ScanText, _ k: Int) -> Int? {
        guard k + 2 < text.tokens.count, text.tokens[k + 1].kind == .space, text.tokens[k + 2].kind == .word else { return nil }
        return k + 2
    }

    /// The token after `k`, past a dot if there is one and then one space.
    private func afterDotAndSpace(_ text: ScanText, _ k: Int) -> Int? {
        var j = k + 1
        if isDot(text, j) { j += 1 }
        guard j + 1 < text.tokens.count, text.tokens[j].kind == .space else { return nil }
        return j + 1
    }

    /// A house number of one to four digits after `k` (past a dot and a space): its token.
    private func number(_ text: ScanText, after k: Int) -> Int? {
        guard let n = afterDotAndSpace(text, k), text.tokens[n].kind == .number, text.tokens[n].end - text.tokens[n].start <= 4
        else { return nil }
        return n
    }

    private func isDot(_ text: ScanText, _ k: Int) -> Bool {
        k < text.tokens.count && text.tokens[k].kind == .other && text.scalars[text.tokens[k].start] == "."
    }
}
