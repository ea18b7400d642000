import ReviewSiteCore

/// A relative's given name before a register surname: `Her mother, Aleyamma Kuriakose, told
/// the panel`, `The couple's son, Vishnu Persaud` (development set 36). The names-register rule
/// reports the surname; the given name before it, which no list may know, names another
/// member of the family. One capitalised word, one space before a register word that is no
/// part of a longer register match, that is a name word as `NameBeforeWho` judges one (no
/// ordinary word unless a given name, no title, month, place, agency or country, no kin word
/// such as `Auntie`, no listed given name, rank or other language's title), and no
/// title or capitalised word before it (`Mrs Kuriakose` is titled-name's, `Tamebridge Road
/// Persaud` no person). Declared words are the caller's to leave out.
enum NameBeforeRegisterSurname {
    /// Token indices of each such given name in `text`; `register` holds the register's tokens.
    static func find(_ text: ScanText, register: Set<Int>) -> [Int] {
        guard !register.isEmpty else { return [] }
        let tokens = text.tokens
        var out: [Int] = []
        for n in register.sorted() where n >= 2 && tokens[n].kind == .word {
            let p = n - 2
            // (`Annwyl Fenai`: the Welsh word that mutated the register name, "Dear".)
            // (Not across a tab before a name written surname first: `Marlstone⇥THOMAS, ANJU`, a
            // ward's column before a rota's name column; development set 132. `Zofka⇥PRESTON⇥`
            // still is.)
            let reversed = n + 1 < tokens.count && tokens[n + 1].kind == .other && text.scalars[tokens[n + 1].start] == ","
            guard tokens[n - 1].kind == .space, tokens[n - 1].end - tokens[n - 1].start == 1,
                !(text.scalars[tokens[n - 1].start] == "\t" && reversed), tokens[p].kind == .word,
                !register.contains(p), NameBeforeWho.isNameWord(text, p), unlisted(NameMatching.word(text, p)),
                StructuredScan.index(text, token: p, in: NameAfterKin.kin) == nil,
                StructuredScan.index(text, token: p, in: RegisterMatcher.softMutationTriggers) == nil
            else { continue }
            // (`Sherin Mariam Kuriakose`: a register match of several words is the entry's own.)
            if let q = NameMatching.nextWord(text, after: n), q == n + 2, register.contains(q) { continue }
            // (`Bha Trina làidir`: Gaelic for "was"; development set 57.)
            if UndeclaredNameRule.otherLanguageWord(text, p) { continue }
            // (`Caffi Conti`: a café named after the family; development set 82.)
            if (4...10).contains(tokens[p].end - tokens[p].start),
                NameContextWords.businessBefore.contains(NameMatching.fold(NameMatching.word(text, p)))
            {
                continue
            }
            if let b = NameMatching.previousWord(text, before: p), b + 2 == p, tokens[b + 1].kind == .space {
                let before = NameMatching.word(text, b)
                if TitledNameRule.isTitle(before) || NameMatching.isCapitalised(before) { continue }
            }
            out.append(p)
        }
        return out
    }

    /// Letters only (not `I’m`), no given name of the lists (the undeclared-name rule judges
    /// those, and keeps `Said Zulfi works` quiet), no title of another language and no word
    /// families call their kin (`Auntie`, `Abti`).
    private static func unlisted(_ word: String) -> Bool {
        guard word.count >= 2, word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }),
            FirstNames.kind(of: word) == nil
        else { return false }
        let folded = NameMatching.fold(word)
        return !otherTitles.contains(folded) && !NicknameAfterCalled.notNicknames.contains(folded)
            && !isPastTense(word.lowercased())
    }

    /// `Messaged Gaynor on FB`: a verb's past tense that the word list has only in its plain
    /// form (`message`), as a log starts a line (development set 71).
    private static func isPastTense(_ word: String) -> Bool {
        guard word.count >= 5, word.hasSuffix("ed") else { return false }
        let stem = word.dropLast(2)
        return NameAfterRole.englishWords.contains(String(stem)) || NameAfterRole.englishWords.contains(String(stem) + "e")
            || stem.count >= 3 && stem.last == stem.dropLast().last
                && NameAfterRole.englishWords.contains(String(stem.dropLast()))
    }

    /// `Pani Przybyłowicz`, `Signora Caruso`: Mrs, Mr and Miss in the languages of reviews;
    /// `Cpl RATUVOU`: the armed forces' ranks written short.
    static let otherTitles: Set<String> = [
        "cpl", "lcpl", "pte", "spr", "gnr", "tpr", "rfn", "cfn", "bdr", "lbdr", "sig", "capt", "maj", "col", "lt",
        "brig", "gen", "cdr", "cdre", "flt", "sqn", "wg", "sac", "mne", "wo", "ssgt", "csgt", "cpo", "sgt", "lieutenant",
        "captain", "colonel", "corporal", "commander", "admiral", "marine", "gunner", "sapper", "trooper", "rifleman",
        "pani", "pan", "panna", "herr", "frau", "signora", "signor", "signore", "signorina", "senora", "senor",
        "senhora", "senhor", "madame", "monsieur", "mademoiselle", "dona", "don", "doamna", "domnul", "gospodin",
        "gospozha", "bay", "bayan", "kyrie", "kyria",
        // Religious sisters and brothers, and priests (`Sœur Guerda`, `Suor Maria`, `Padre Pio`;
        // development set 65).
        "soeur", "frere", "suor", "fra", "padre", "sor",
        // A police log's shorthand for the perpetrator and the victim (`Perp PRIVETT, Clive`;
        // development set 84).
        "perp", "vic",
        // Kin in German, as a family's letter writes it before a name (`meine Schwester Verena`;
        // development set 57).
        "schwester", "bruder", "mutter", "vater", "tochter", "sohn", "tante", "onkel", "oma", "opa", "cousine",
        // Thanks in the languages of families' messages (`Vinaka Salote.`, Fijian; development set 57).
        "vinaka", "faafetai", "malo", "merci", "danke", "gracias", "obrigado", "obrigada", "grazie", "dziekuje",
        "multumesc", "spasibo", "dankie", "asante", "shukran",
        // `Dear` in the languages of families' letters (`Querida Neli.`; development set 73).
        "querida", "querido", "cher", "chere", "liebe", "lieber", "cara", "caro", "kochana", "kochany", "droga",
        "drogi", "draga", "dragi", "mila", "mili", "beste", "lieve", "kara", "kare",
    ]
}
