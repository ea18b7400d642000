import ReviewSiteCore
import ReviewSiteNames

/// One names register match in a text (`RegisterMatcher.matches(in:)`).
package struct RegisterMatch: Sendable, Equatable {
    /// The entry's number (its line in the register file).
    package var number: Int
    /// Scalar offsets in the ScanText, and the tokens the match covers.
    package var range: Range<Int>
    package var tokens: Range<Int>
    /// One part of the entry (a surname alone), not the whole entry.
    package var part: Bool
    /// A pet form the register does not list (`Kasiunia` for `Kasia`): a nickname found by
    /// pattern, as the labelling conventions count it.
    package var petForm = false
}

/// Finds names register entries in a text by dictionary look-up on folded words, built once
/// per run. What counts as a match (documented in docs/anonymisation-names.md):
/// - the entry's words in order, each a whole word, case and accents ignored;
/// - between two words: spaces and at most one line break, and/or one of `-` `.` `_` `'`
///   (`Jane Doe`, `Jane\nDoe`, `jane.doe@…`, `@jane_doe`, `Jane-Doe`);
/// - the last word may carry a possessive (`Doe's`, `Does'`);
/// - a multi-word entry also matches its words run together as one word (`/janedoe`,
///   `JaneDoe`, `janedoe85@…`);
/// - a word is matched whole: `Smith` is found in `Smith-Jones` and `smith@…` but not in
///   `Smithfield` or `blacksmith`.
/// - each part of an entry on its own (issue 12): the surname alone (`Mottram had`, `the
///   Mottrams`, `Mottram's`), the first name alone, an initial and surname (`K. Mottram`),
///   reversed (`Mottram, Karen`), with a middle name (`Karen Louise Mottram`); a double-barrelled
///   or particle name in any spelling (`Kelly-Ann`, `Kelly Ann`, `KellyAnn`; `van der Berg`,
///   `Berg`; `O'Rourke`, `ORourke`, `O Rourke`; `al-Hassan`, `Al Hassan`, `Hassan`). Particles
///   (`de`, `van`, `bin`, `ap`, `al`, `Mc`, `O`…) are never a part on their own, and a part that
///   is also an ordinary word (`Grace`, `Precious`) counts only when written with a capital;
/// - a part in its Welsh soft mutation, capitalised, right after a word that mutates it
///   (`Annwyl Fenai` for Menai, `i Wen` for Gwen); not a part that is a file's extension or a
///   weekday before a number (`adult-k.md`, `Thu 29/09/22`).
package struct RegisterMatcher: Sendable {
    package struct Entry: Sendable {
        package var number: Int
        package var words: [String]
    }

    /// Entries by their first folded word, longest first so the longest entry wins.
    private var byFirstWord: [String: [Entry]] = [:]
    /// Multi-word entries by their words run together.
    private var byJoined: [String: Int] = [:]
    /// Each part of an entry (first names, surnames, double-barrelled halves, particle
    /// surnames), letters only, folded → the first entry that has it.
    private(set) var parts: [String: Int] = [:]
    /// The parts that are pet forms made from entries' given names, not entries' own words.
    private var petParts: Set<String> = []
    /// Every prefix of a part key: rules out most words before a longer run is tried.
    private var partPrefixes: Set<String> = []
    /// Hashes of `partPrefixes` (letters only, lower-cased): rules out most words of a text
    /// without making a string.
    private var partPrefixHashes: Set<UInt64> = []
    /// Hashes (`letterHash`) of the keys of `byFirstWord` and `byJoined`: a word whose hash is
    /// none of these starts no whole entry, told without making a string (issue 16: the
    /// string made for every word of every text cost lint five times its time with a register).
    private var entryStartHashes: Set<UInt64> = []
    /// Hashes of the part keys themselves (letters only): where `mayStartPart` stops.
    private var partHashes: Set<UInt64> = []

    /// Stems of parts of five letters or more (the part, and the part without a final vowel, `s`
    /// or `as`/`is`/`us`/`ys`; five letters or more), by stem: a word made of a stem and an ending of Slavic or
    /// Baltic grammar is the name declined or made small (`Simonka`, `Simoninky` of `Simona`;
    /// `Lakatošovej` of `Lakatošová`; development set 39). A form that is a given name of its
    /// own is left out (`Jāni`, `Jānis` spoken to, is also Finnish `Jani`).
    private var byStem: [[Unicode.Scalar]: Int] = [:]
    /// The first four letters of each stem, packed (`stemStart`): most words start no stem, and
    /// are passed over without making an array (lint with a register was 5 to 10% slower without it).
    private var stemStarts: Set<UInt64> = []
    /// The endings of a stem's declined and pet forms, folded (Czech, Slovak, Polish,
    /// Lithuanian, Latvian, Ukrainian and Russian cases; `-ka`, `-inka`, `-ička` pet forms;
    /// Lithuanian married and maiden surnames).
    static let inflections: [[Unicode.Scalar]] = [
        "a", "e", "i", "o", "u", "y", "ai", "ui", "ou", "ej", "om", "em", "am", "ie", "iu", "ya", "yu", "oy", "oi",
        "ovi", "owi", "ego", "emu", "ova", "ove", "ovu", "ovou", "ovej", "ka", "ky", "ke", "ku", "ko", "kou", "ek", "ik",
        "ika", "iky", "inka", "inky", "inke", "inku", "inkou", "icka", "icky", "icke", "icku", "ickou", "uska", "usky",
        "ochka", "enka", "iene", "aite", "yte", "ute",
        // (Not `s`, `-ite` or `-itis`: `Robles` is another surname than `Roble`, and
        // `Mottramite` a mineral's kind of word; nor the stem alone: `Rhode` of `Rhodes`.)
    ].map { Array($0.unicodeScalars) }
    /// What `byStem` leaves out of a part to make its stem (the longest first).
    private static let stemEndings: [[Unicode.Scalar]] = ["as", "is", "us", "ys", "a", "e", "o", "y", "i", "s", "u"]
        .map { Array($0.unicodeScalars) }

    /// Each part's Welsh soft mutation (`fenai` of `Menai`, `wen` of `Gwen`, `gai` of `Cai`):
    /// how a Welsh sentence writes the name after `i`, `o`, `gan`, `annwyl` and other words
    /// (development set 38).
    private var softMutated: [String: Int] = [:]

    /// The soft mutation of a folded part, if its first letters mutate.
    static func softMutation(_ part: String) -> String? {
        for (from, to) in [
            ("ll", "l"), ("rh", "r"), ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"), ("g", ""), ("m", "f"),
        ]
        where part.hasPrefix(from) {
            return to + part.dropFirst(from.count)
        }
        return nil
    }

    /// Welsh words after which a name takes its soft mutation (`Annwyl Fair`, `i Wen`, `gan Fenai`).
    static let softMutationTriggers: WordList = [
        "i", "o", "gan", "at", "ar", "am", "dan", "tan", "drwy", "trwy", "wrth", "heb", "hyd", "ei", "dy", "neu", "annwyl",
    ]

    /// A capitalised word after a soft-mutation trigger that is a register part mutated:
    /// the entry's number.
    private func softMutatedMatch(_ text: ScanText, at i: Int) -> Int? {
        guard !softMutated.isEmpty, i >= 2, text.tokens[i - 1].kind == .space, text.tokens[i - 2].kind == .word,
            StructuredScan.at(text, text.tokens[i].start)?.isScanUppercase == true,
            StructuredScan.index(text, token: i - 2, in: Self.softMutationTriggers) != nil
        else { return nil }
        return softMutated[Self.compact(NameMatching.fold(NameMatching.word(text, i)))]
    }

    /// Books of the Bible named as people are, cited by chapter and verse (folded).
    static let booksOfTheBible: Set<String> = [
        "john", "mark", "luke", "matthew", "ruth", "job", "james", "peter", "timothy", "samuel", "daniel", "esther", "joshua",
        "isaiah", "jeremiah", "ezekiel", "jonah", "micah", "amos", "hosea", "joel", "nahum", "titus", "jude", "philemon",
    ]

    /// Extensions of files linked or named in a page (folded).
    static let fileExtensions: Set<String> = [
        "md", "pdf", "doc", "docx", "odt", "rtf", "txt", "htm", "html", "xls", "xlsx", "csv", "jpg", "jpeg", "png", "gif",
        "svg", "webp", "mp3", "mp4", "zip", "pptx", "ppt", "eml", "msg",
    ]

    /// Name particles: part of a surname, never a name on their own.
    package static let particles: Set<String> = [
        "de", "da", "di", "del", "della", "der", "den", "des", "du", "dos", "das", "van", "von", "ver", "ter",
        "bin", "binti", "bint", "ibn", "ben", "ap", "ab", "verch", "ferch", "al", "el", "ul", "la", "le", "lo",
        "mc", "mac", "o", "st", "y", "e", "abu", "bte", "bt",
        // Irish and Scottish Gaelic: `Ní Fhaoláin`, `Nic Giolla`, `Uí Bhriain`, `Mhic`
        // (so a register `Ní` never reports the `NI` of a National Insurance number).
        "ni", "nic", "ui", "mhic", "ua",
    ]

    /// Surnames of six letters or more (letters only, folded), by first letter: a word a
    /// letter or two away from one is a likely misspelling of it (`Coultard`, `Coalthard`).
    private var surnamesByInitial: [Unicode.Scalar: [(letters: [Unicode.Scalar], number: Int)]] = [:]
    /// Given names of six letters (letters only, folded), by first letter: a word one vowel
    /// away from one is a likely other spelling of it (`Bozana` for `Bozena`, `Rufero` for
    /// `Rufaro`; development set 26). Any other letter is too likely another name.
    private var sixLetterGivenByInitial: [Unicode.Scalar: [(letters: [Unicode.Scalar], number: Int)]] = [:]
    /// First and last word of each entry of two words or more (letters only, folded): two
    /// words each a letter away from them are a likely misspelling of the whole name
    /// (`Sukdev Gil` for `Sukhdev Gill`), however short the words.
    private var firstAndLast: [(first: [Unicode.Scalar], last: [Unicode.Scalar], number: Int)] = []
    /// The first letters of `firstAndLast`'s first words.
    private var firstInitials: Set<Unicode.Scalar> = []
    /// Parts of four letters or more by their spelling key (`spellingKey`): another spelling
    /// of the same sound is a likely transliteration of it (`Yaqub` for `Yakub`, `Mehnaaz`
    /// for `Mehnaz`), however short.
    private(set) var bySpelling: [[Unicode.Scalar]: (part: [Unicode.Scalar], number: Int)] = [:]
    /// Parts of five letters or more that end in a vowel, without it: a word of another script
    /// with another final vowel is the name spoken to or declined (`Олено` for `Olena`).
    private(set) var byVowelStem: [String: Int] = [:]
    /// Parts of four letters or more by their consonants (`consonants`), for Arabic and Hebrew.
    private(set) var byConsonants: [String: Int] = [:]
    /// The initials of each entry of three words or more, in capitals (`YMG` for a register's
    /// `Yisroel Meir Grunfeld`), particles left out.
    private var byInitials: [String: Int] = [:]
    /// The initials of a double-barrelled surname with their hyphen (`F-A` for `Fenwick-Ashby`),
    /// as a lodge's book or a rota writes it short (development set 110).
    private var byHyphenedInitials: [String: Int] = [:]

    package init(entries: [(number: Int, name: String)]) {
        var pets: [(String, Int)] = []
        for (number, name) in entries {
            if let last = name.split(separator: " ").last, case let halves = last.split(separator: "-"), halves.count == 2,
                halves.allSatisfy({ $0.count >= 3 && $0.first?.isUppercase == true && $0.first?.isASCII == true }),
                case let key = halves.compactMap(\.first).map(String.init).joined(separator: "-"),
                byHyphenedInitials[key] == nil
            {
                byHyphenedInitials[key] = number
            }
            if let last = name.split(whereSeparator: { $0 == " " || $0 == "-" }).last {
                let letters = Array(Self.compact(String(last)).unicodeScalars)
                if letters.count >= 6, let initial = letters.first {
                    surnamesByInitial[initial, default: []].append((letters, number))
                }
            }
            let scalars = Array(name.unicodeScalars)
            let words = ScanTokenizer.tokens(scalars).filter { $0.kind == .word }.map { t -> String in
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[t.start..<t.end])
                return NameMatching.fold(String(s))
            }
            guard let first = words.first else { continue }
            let named = words.filter { !Self.particles.contains($0) }
            if named.count >= 3, named.allSatisfy({ $0.first?.isASCII == true && $0.first?.isLetter == true }) {
                let key = String(named.compactMap(\.first)).uppercased()
                if byInitials[key] == nil { byInitials[key] = number }
            }
            // `Istaahil` for `Istahil`: a long given name misspelt, as a case note may have it.
            let given = Array(Self.compact(first).unicodeScalars)
            if words.count > 1, given.count >= 7, let initial = given.first,
                !(surnamesByInitial[initial] ?? []).contains(where: { $0.letters == given && $0.number == number })
            {
                surnamesByInitial[initial, default: []].append((given, number))
            }
            if words.count > 1, given.count == 6, let initial = given.first {
                sixLetterGivenByInitial[initial, default: []].append((given, number))
            }
            if words.count > 1, let last = words.last {
                let f = Array(Self.compact(first).unicodeScalars), l = Array(Self.compact(last).unicodeScalars)
                if f.count >= 3, l.count >= 3 {
                    firstAndLast.append((f, l, number))
                    firstInitials.insert(f[0])
                }
            }
            for part in Self.parts(of: name) where parts[part] == nil {
                parts[part] = number
                if let mutated = Self.softMutation(part), mutated.count >= 3, softMutated[mutated] == nil {
                    softMutated[mutated] = number
                }
                addLookups(forPart: part)
                let letters = Array(part.unicodeScalars)
                if letters.count >= 5 {
                    stemStarts.insert(Self.stemStart(letters))
                    if byStem[letters] == nil { byStem[letters] = number }
                    // (Stems of five letters or more: `Hallam` is no form of `Halls`.)
                    if let ending = Self.stemEndings.first(where: { letters.count - $0.count >= 5 && letters.ends(with: $0) }),
                        byStem[Array(letters.dropLast(ending.count))] == nil
                    {
                        byStem[Array(letters.dropLast(ending.count))] = number
                    }
                }
                if letters.count >= 4, bySpelling[Self.spellingKey(letters)] == nil {
                    bySpelling[Self.spellingKey(letters)] = (letters, number)
                }
                if letters.count >= 5, let last = letters.last, Self.finalVowels.contains(last),
                    case let stem = String(part.unicodeScalars.dropLast()), byVowelStem[stem] == nil
                {
                    byVowelStem[stem] = number
                }
                if letters.count >= 4, let skeleton = Self.consonants(letters), byConsonants[skeleton] == nil {
                    byConsonants[skeleton] = number
                }
            }
            // (`Dawnie` for a register `Dawn Tilbury`, `Joysie` for `Joy Pocock`: a family's pet
            // form of a given name, after every entry's own parts; development set 114.)
            if words.count > 1 { pets += Self.petForms(of: Self.compact(first)).map { ($0, number) } }
            // (`Kasiunia` for a register `Kasia`, a nickname entry of its own; development set 100.)
            pets += Self.polishDiminutives(of: Self.compact(first)).map { ($0, number) }
            byFirstWord[first, default: []].append(Entry(number: number, words: words))
            if words.count > 1 {
                let joined = words.joined().replacingOccurrences(of: "'", with: "")
                if byJoined[joined] == nil { byJoined[joined] = number }
            }
        }
        for (pet, number) in pets where parts[pet] == nil {
            parts[pet] = number
            petParts.insert(pet)
            addLookups(forPart: pet)
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.words.count > $1.words.count } }
        for key in Array(byFirstWord.keys) + Array(byJoined.keys) {
            let scalars = Array(key.unicodeScalars)
            entryStartHashes.insert(Self.letterHash(scalars, 0..<scalars.count).all)
        }
    }

    package var isEmpty: Bool { byFirstWord.isEmpty }

    /// Lets the scan find `part` (an entry's part or a pet form): its letters' hash, and every
    /// prefix with its hash, which `mayStartPart` and `partMatch` look up.
    private mutating func addLookups(forPart part: String) {
        let letters = Array(part.unicodeScalars)
        partHashes.insert(Self.letterHash(letters, 0..<letters.count).all)
        for k in 1...part.count {
            let prefix = String(part.prefix(k))
            partPrefixes.insert(prefix)
            let scalars = Array(prefix.unicodeScalars)
            partPrefixHashes.insert(Self.letterHash(scalars, 0..<scalars.count).all)
        }
    }

    /// Pet forms of a given name of three to six letters, as English-speaking families make
    /// them: `-ie`, `-y` and `-sie` after the name (`Dawnie`, `Joysie`, `Hopey`), after its
    /// final `e` dropped (`Gracie`), or after its last consonant doubled (`Tommy`); and its
    /// first syllable with `-i` (`Tibi`); none that is an English word (`Sunny`, `Kitty`).
    static func petForms(of given: String) -> [String] {
        let letters = Array(given)
        guard (3...6).contains(letters.count), letters.allSatisfy({ $0.isASCII && $0.isLetter }), let last = letters.last
        else { return [] }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var forms: [String] = []
        if last == "e" {
            forms += [String(letters.dropLast()) + "ie", given + "y"]
        } else if last == "y" {
            forms += [given + "sie"]
        } else if !vowels.contains(last) {
            forms += [given + "ie", given + "y"]
            if letters.count == 3, vowels.contains(letters[1]), !vowels.contains(letters[0]) {
                forms += [given + String(last) + "ie", given + String(last) + "y"]
            }
        }
        // The first syllable and `-i`, as Hungarian, Eritrean and many other families shorten a
        // name (`Tibi` for `Tibor`, `Sabi` for `Saba`; development set 117). (Not a language:
        // `Dari` of `Darren`, development set 46.)
        if letters.count >= 4, !vowels.contains(letters[0]), vowels.contains(letters[1]), !vowels.contains(letters[2]),
            letters[2] != "y", case let syllable = String(letters[0..<3]) + "i",
            !NameContextWords.languages.contains(syllable)
        {
            forms += [syllable]
        }
        return forms.filter { !NameAfterRole.englishWords.contains($0) && FirstNames.kind(of: $0.capitalized) != .wordLike }
    }

    /// Diminutives a Polish family makes of a woman's given name ending in `-a`: `-unia`,
    /// `-usia` and `-eńka` for the `a` (`Ewunia`, `Ewusia`, `Kasiunia`, `Kasieńka` for `Ewa` and
    /// `Kasia`); none that is an English word.
    static func polishDiminutives(of given: String) -> [String] {
        let letters = Array(given)
        guard (3...9).contains(letters.count), letters.last == "a", letters.allSatisfy({ $0.isLetter }) else { return [] }
        let stem = String(letters.dropLast())
        var forms = [stem + "unia", stem + "usia"]
        // (Folded, as the scan compares: `eńka` is `enka`.)
        forms += [stem.hasSuffix("i") ? String(stem.dropLast()) + "ienka" : stem + "enka"]
        return forms.filter { !NameAfterRole.englishWords.contains($0) }
    }

    /// Words in capitals that are the initials of an entry of three words or more (`YMG`, a
    /// visitors' book's signature; development set 43), not an English word: each one's entry
    /// and token.
    package func initials(in text: ScanText, covered: Set<Int>) -> [(number: Int, first: Int, last: Int)] {
        var out = hyphenedInitials(in: text, covered: covered)
        guard !byInitials.isEmpty else { return out }
        for (k, t) in text.tokens.enumerated() where t.kind == .word && (3...6).contains(t.end - t.start) {
            guard !covered.contains(k), text.scalars[t.start..<t.end].allSatisfy({ $0.value >= 65 && $0.value <= 90 }),
                // (`TNM-MBA`: letters joined into a code, a device's or a case's, are the code's.)
                !StructuredScan.isChar(text, t.start - 1, "-"), !StructuredScan.isChar(text, t.end, "-")
            else { continue }
            let word = text.slice(t.start..<t.end)
            // (`NHS` for a register's `Nathan Henry Smith` is the health service.)
            guard let number = byInitials[word], !NameAfterRole.englishWords.contains(word.lowercased()),
                !VehicleRegistrationRule.acronyms.contains(word), !NameContextWords.placeOrAgency.contains(word.lowercased())
            else { continue }
            out.append((number, k, k))
        }
        return out
    }

    /// `F-A`, `H. F-A.` for a register's `Fenwick-Ashby`: two capitals joined by a hyphen, with
    /// no letter or hyphen on either side.
    private func hyphenedInitials(in text: ScanText, covered: Set<Int>) -> [(number: Int, first: Int, last: Int)] {
        guard !byHyphenedInitials.isEmpty else { return [] }
        let t = text.tokens
        var out: [(number: Int, first: Int, last: Int)] = []
        for k in t.indices.dropLast(2)
        where t[k].kind == .word && t[k].end - t[k].start == 1 && StructuredScan.isChar(text, t[k].end, "-") {
            let last = k + 2
            guard !covered.contains(k), t[last].kind == .word, t[last].end - t[last].start == 1,
                text.scalars[t[k].start].isScanUppercase, text.scalars[t[last].start].isScanUppercase,
                !StructuredScan.isChar(text, t[k].start - 1, "-"), !StructuredScan.isChar(text, t[last].end, "-"),
                t[k].start == 0 || !text.scalars[t[k].start - 1].isScanLetter,
                t[last].end >= text.scalars.count || !text.scalars[t[last].end].isScanLetter,
                let number = byHyphenedInitials[text.slice(t[k].start..<t[last].end)]
            else { continue }
            out.append((number, k, last))
        }
        return out
    }

    /// Letters only, folded: how parts are compared (`O'Rourke`, `O Rourke` → `orourke`).
    package static func compact(_ s: String) -> String {
        String(String.UnicodeScalarView(NameMatching.fold(s).unicodeScalars.filter { $0.isScanLetter }))
    }

    /// How a name sounds, for transliterations: Cyrillic written in Latin letters (`Солія` →
    /// `soliya`), `q` as `k`, `ph` as `f`, `ee` as `i`, `oo` as `u`, Polish `cz` and `sz` as `ch`
    /// and `sh`, `zh` as `j` in a long name; then `y`, and `j` before a vowel, as `i`, and a run
    /// of them before a vowel one `i` after a consonant, nothing after a vowel (`Yaremchuk`,
    /// `Iaremchuk`, `Jaremczuk`; `Zhumabayeva`, `Jumabaeva`; `Solia`, `Soliya`); then any doubled
    /// letter once (`yaqoob`, `yakub`; `mehnaaz`, `mehnaz`), and no final `h` after a vowel; an
    /// `h` before a consonant, at the start or after a vowel, as `g` (`Hnatiuk`, `Gnatyuk`);
    /// `th` and `dh` after a vowel as `t` and `d` (`Muhith`, `Muhit`); a first `x` before a vowel
    /// as `h` (Somali `Xodan`, `Hodan`); `au` as `o` (`Chauhan`, `Chohan`).
    static func spellingKey(_ letters: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let latin = Cyrillic.latin(letters)
        var sounds: [Unicode.Scalar] = []
        var i = 0
        while i < latin.count {
            let c = latin[i], n: Unicode.Scalar? = i + 1 < latin.count ? latin[i + 1] : nil
            var s = c
            if c == "q" {
                s = "k"
            } else if c == "x", i == 0, let n, Self.vowels.contains(n) || n == "i" {
                // Somali writes its `ḥ` as `x` (`Xodan` for `Hodan`, `Xasan` for `Hasan`;
                // development set 116).
                s = "h"
            } else if c == "a", n == "u" {
                // `Chohan` for `Chauhan` (development set 116).
                s = "o"; i += 1
            } else if c == "p", n == "h" {
                s = "f"; i += 1
            } else if c == "t" || c == "d", n == "h", sounds.last.map(Self.vowels.contains) == true || sounds.last == "i" {
                // `Muhith` for `Muhit`, `Madhu` for `Madu`: an aspirated `t` or `d` after a
                // vowel, written with or without its `h` (development set 33).
                i += 1
            } else if c == "e", n == "e" {
                s = "i"; i += 1
            } else if c == "o", n == "o" {
                s = "u"; i += 1
            } else if c == "c" || c == "s", n == "z" {
                sounds.append(c); s = "h"; i += 1
            } else if c == "z", n == "h", latin.count >= 7 {
                // (Only in a long name: `Zhang`, `Jiang` and `Yang` are three surnames.)
                s = "i"; i += 1
            } else if c == "y" || c == "j" && n.map(Self.vowels.contains) == true {
                s = "i"
            } else if c == "h", let n, !Self.vowels.contains(n), n != "y", n != "i", n != "h",
                sounds.last.map({ Self.vowels.contains($0) || $0 == "i" }) ?? true
            {
                // Ukrainian `г` is written h, Russian and Polish records write it g (`Bohdan
                // Hnatiuk`, `Bogdan Gnatyuk`; development set 29): an `h` before a consonant,
                // at the start or after a vowel, sounds as `g` (not `ch`, `sh`, `kh`: those
                // follow a consonant, and a vowel after `h` keeps `Hill` apart from `Gill`).
                s = "g"
            }
            sounds.append(s)
            i += 1
        }
        var out: [Unicode.Scalar] = []
        i = 0
        while i < sounds.count {
            if sounds[i] == "i" {
                var end = i
                while end < sounds.count, sounds[end] == "i" { end += 1 }
                if end < sounds.count, Self.vowels.contains(sounds[end]), let p = out.last, Self.vowels.contains(p) {
                    i = end; continue  // a glide between vowels: `bayeva`, `baeva`
                }
                if out.last != "i" { out.append("i") }
                i = end
                continue
            }
            if out.last != sounds[i] { out.append(sounds[i]) }
            i += 1
        }
        // `Robleh` for `Roble`, `Sarah` for `Sara`: a final `h` after a vowel is not sounded.
        if out.count >= 4, out.last == "h", let v = out.dropLast().last, Self.vowels.contains(v) || v == "i" {
            out.removeLast()
        }
        return out
    }

    private static let vowels: Set<Unicode.Scalar> = ["a", "e", "o", "u"]

    static let sikhNames: Set<String> = ["singh", "kaur"]

    /// The parts of an entry: each hyphen or apostrophe group (`kellyann`, `orourke`), each
    /// word of a group (`kelly`, `ann`), and a particle with what follows (`vanderberg`,
    /// `alhassan`), leaving out particles and single letters.
    package static func parts(of name: String) -> [String] {
        let scalars = Array(name.unicodeScalars)
        let tokens = ScanTokenizer.tokens(scalars)
        // Groups of words joined by - or ' with no space.
        var groups: [[String]] = []
        // `Jones the Milk`: a word of grammar the register writes in lower case joins a
        // nickname's words; it is no name of its own (development set 45).
        var connectives: Set<Int> = []
        var joined = false
        for t in tokens {
            switch t.kind {
            case .word:
                let w = NameMatching.fold(String(String.UnicodeScalarView(scalars[t.start..<t.end])))
                if joined, !groups.isEmpty {
                    groups[groups.count - 1].append(w)
                    connectives.remove(groups.count - 1)
                } else {
                    if scalars[t.start].isScanLowercase, grammarWords.contains(w) { connectives.insert(groups.count) }
                    groups.append([w])
                }
                joined = false
            case .other where "-'\u{2019}".unicodeScalars.contains(scalars[t.start]):
                joined = true
            default:
                joined = false
            }
        }
        var out: [String] = []
        func add(_ s: String) {
            let c = compact(s)
            if c.count >= 2, !particles.contains(c), !out.contains(c) { out.append(c) }
        }
        for (g, group) in groups.enumerated() where !connectives.contains(g) {
            // `Manpreet Kaur Dhaliwal`: a Sikh name's `Kaur` or `Singh` before the surname is
            // every Sikh woman's or man's, so never a part alone (development set 30: `"Singh"
            // and "Kaur" may be recorded as a surname`). As the surname (`Harpreet Singh`) it is.
            if group.count == 1, g < groups.count - 1, Self.sikhNames.contains(group[0]) { continue }
            add(group.joined())
            if group.count > 1 { for w in group { add(w) } }
            // A particle group starts a surname: `van der Berg`, `al-Hassan`, `ap Gwilym`.
            if group.count == 1, particles.contains(group[0]) {
                var run = group
                var k = g + 1
                while k < groups.count {
                    run += groups[k]
                    if !(groups[k].count == 1 && particles.contains(groups[k][0])) { break }
                    k += 1
                }
                if run.count > 1 { add(run.joined()) }
            }
            // `al-Hassan`, `O'Rourke`: the particle with its name, and the name alone.
            if group.count > 1, particles.contains(group[0]) { add(group.dropFirst().joined()) }
            // `姚愛心`: a Chinese name of three or four characters, written without a space, is
            // called by its last two, the given name (`愛心`).
            if group.count == 1, case let han = Array(group[0].unicodeScalars), (3...4).contains(han.count),
                han.allSatisfy({ $0.properties.isIdeographic })
            {
                add(String(String.UnicodeScalarView(han.suffix(2))))
            }
        }
        return out
    }

    /// Every match in the text: the entry number and the scalar range it covers, in order,
    /// never overlapping.
    package func matches(in text: ScanText) -> [RegisterMatch] {
        guard !isEmpty else { return [] }
        var out: [RegisterMatch] = []
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word else { i += 1; continue }
            // Most words start nothing: tell from a hash of their letters (ASCII words only; a
            // word's possessive or plural `s` and its apostrophes are left out of the hash as
            // `match` and `partMatch` leave them out of their forms).
            var mayStartEntry = true
            let t = tokens[i]
            if !text.scalars[t.start..<t.end].contains(where: { $0.value >= 0x80 }) {
                let h = Self.letterHash(text.scalars, t.start..<t.end)
                mayStartEntry =
                    entryStartHashes.contains(h.all) || entryStartHashes.contains(h.withoutS)
                    || entryStartHashes.contains(h.beforeApostrophe)
            }
            if mayStartEntry, let m = match(text, at: i) {
                out.append(
                    RegisterMatch(
                        number: m.number, range: tokens[i].start..<tokens[m.last].end, tokens: i..<(m.last + 1), part: false))
                i = m.last + 1
            } else if mayStartPart(text, at: i), let p = partMatch(text, at: i), !namesOrganisation(text, i, p.last) {
                // `K. Mottram`, `Mottram, Karen`, `Karen Louise Mottram`: one finding.
                var first = i, last = p.last
                var keys = [p.key]
                if let initial = initialBefore(text, first) { first = initial }
                while let next = continuation(text, after: last, entry: p.number, keys: &keys) { last = next }
                out.append(
                    RegisterMatch(
                        number: p.number, range: tokens[first].start..<tokens[last].end, tokens: first..<(last + 1), part: true,
                        petForm: first == last && petParts.contains(p.key)))
                i = last + 1
            } else if let number = softMutatedMatch(text, at: i) {
                out.append(RegisterMatch(number: number, range: tokens[i].start..<tokens[i].end, tokens: i..<(i + 1), part: true))
                i += 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// FNV-1a over the lower-cased ASCII letters of a range, skipping apostrophes: of all
    /// the letters, of those before the first apostrophe (`Mottram's`), and of all but a
    /// final `s` (`Mottrams`) and of all but a final `es` (`Flawses`). Nil for a word with a letter outside ASCII.
    private static func letterHash(_ s: [Unicode.Scalar], _ range: Range<Int>) -> (
        all: UInt64, beforeApostrophe: UInt64, withoutS: UInt64, withoutES: UInt64
    ) {
        var h = fnvStart
        var before: UInt64?
        var withoutS = h, withoutES = h
        for i in range {
            var v = s[i].value
            if v == 0x27 || v == 0x2019 { if before == nil { before = h }; continue }
            if v >= 0x41 && v <= 0x5A { v += 32 }
            withoutES = withoutS
            withoutS = h
            h = fnv(h, v)
        }
        return (h, before ?? h, withoutS, withoutES)
    }

    /// FNV-1a, one scalar value at a time: `letterHash` and `mayStartPart` hash letters alike.
    private static let fnvStart: UInt64 = 0xcbf2_9ce4_8422_2325
    private static func fnv(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x100_0000_01b3 }

    /// Whether a part may start at word token `i`, told from hashes of the letters of up to
    /// four joined words, as `partMatch` joins them (a word with a letter outside ASCII is
    /// left to it): never false where `partMatch` finds one, and false for most words, with
    /// no string made (issue 16).
    private func mayStartPart(_ text: ScanText, at i: Int) -> Bool {
        var h = Self.fnvStart
        var at = i
        for n in 0..<4 {
            if n > 0 {
                guard let next = joinedWord(text, after: at) else { return false }
                at = next
            }
            let t = text.tokens[at]
            // (`Mottram's`, `the Mottrams`: the word without its last letter too; `the Flawses`,
            // without its last two.)
            var beforeLast = h, beforeLastTwo = h
            for k in t.start..<t.end {
                var v = text.scalars[k].value
                if v >= 0x80 { return true }
                guard (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) else { continue }
                if v <= 0x5A { v += 32 }
                beforeLastTwo = beforeLast
                beforeLast = h
                h = Self.fnv(h, v)
            }
            if partHashes.contains(h) || partHashes.contains(beforeLast) || partHashes.contains(beforeLastTwo) { return true }
            guard partPrefixHashes.contains(h) else { return false }
        }
        return false
    }

    /// A part of an entry starting at word token `i`: the longest run of up to four words
    /// joined by nothing, one space, `-` or `'` whose letters spell a part.
    private func partMatch(_ text: ScanText, at i: Int) -> (number: Int, last: Int, key: String)? {
        guard !parts.isEmpty else { return nil }
        let t = text.tokens[i]
        // Most words start no part: tell from a hash of their letters, without a string.
        if !text.scalars[t.start..<t.end].contains(where: { $0.value >= 0x80 }) {
            let h = Self.letterHash(text.scalars, t.start..<t.end)
            guard
                partPrefixHashes.contains(h.all) || partPrefixHashes.contains(h.beforeApostrophe)
                    || partPrefixHashes.contains(h.withoutS) || partPrefixHashes.contains(h.withoutES)
            else { return nil }
        }
        var key = ""
        var at = i
        var best: (Int, Int, String)?
        for n in 0..<4 {
            if n > 0 {
                guard let next = joinedWord(text, after: at) else { break }
                at = next
            }
            let raw = Self.compact(NameMatching.word(text, at))
            let base = Self.compact(NameMatching.stripPossessive(NameMatching.word(text, at)).base)
            // The last word may be possessive or plural: `Mottram's`, `the Mottrams`, `Mottrams'`.
            var forms = [key + raw]
            if base != raw { forms.append(key + base) }
            if raw.hasSuffix("s"), raw.count > 2, pluralContext(text, i, at, raw, dropping: 1) {
                forms.append(key + String(raw.dropLast()))
            }
            // (`the Flawses`, `the Birches`: a surname ending in `s`, `ch` or `sh` takes `es`;
            // development set 73.)
            if raw.hasSuffix("es"), raw.count > 4, pluralContext(text, i, at, raw, dropping: 2) {
                forms.append(key + String(raw.dropLast(2)))
            }
            if let form = forms.first(where: { self.parts[$0] != nil }), let hit = parts[form], acceptable(text, i, at, form) {
                best = (hit, at, form)
            }
            key += raw
            guard partPrefixes.contains(key) else { break }
        }
        return best
    }

    /// Capitalised words, outside `covered` tokens, one letter away from a register surname
    /// or a given name of seven letters or more (two for parts of nine letters or more, or of seven or eight that the word begins
    /// like: `Grzelec` for `Grzelak`), that are not an English word, a given name or a
    /// declared word, and pairs of words a letter away from an entry's first and last
    /// words: the entry number and the range (a possessive left out).
    package func variants(in text: ScanText, covered: Set<Int>, declared: Set<String>) -> [(number: Int, range: Range<Int>)] {
        guard !surnamesByInitial.isEmpty || !firstAndLast.isEmpty || !bySpelling.isEmpty else { return [] }
        var out = pairVariants(in: text, covered: covered, declared: declared)
        let inPairs = Set(out.map(\.1.lowerBound))
        for (i, t) in text.tokens.enumerated()
        where t.kind == .word && t.end - t.start >= 4 && !covered.contains(i) && text.scalars[t.start].isScanUppercase {
            // (`Marsham Street`, the Home Office's, for a register `Marsh`: a word before a
            // street's type names the street; development set 48.)
            // (`born in Nyeri` for a register `Njeri`: a word after `in` is a place.)
            // (`Marston Parva` for a register `Parvina`: a word that ends place names, after a
            // capitalised word, ends a place's; development set 65.)
            let previous = NameMatching.previousWord(text, before: i).map { NameMatching.word(text, $0) }
            // (`Nettlecombe St Mary` for a register `Mari`: a saint's name after `St` names a place
            // or a church; development set 70.)
            if Self.beforeStreetType(text, i) || previous == "in" || previous == "St" || previous == "Saint"
                || previous.map(NameMatching.isCapitalised) == true
                    && NameContextWords.placeEndings.contains(NameMatching.fold(text.slice(t.start..<t.end)))
            {
                continue
            }
            let end = Self.beforeApostrophe(text, t)
            let word = text.slice(t.start..<end)
            let letters = Array(Self.compact(word).unicodeScalars)
            if out.contains(where: { $0.1.contains(t.start) }) || inPairs.contains(t.start) { continue }
            // (`Kelder Head` for a register `Kelper`: a place's name; `Grenada` for `La Grenade`: a
            // country; development set 69. Looked at only for a word that would be reported.)
            func add(_ number: Int) {
                if Self.beforePlaceWord(text, i) || NameContextWords.countries.contains(NameMatching.fold(word)) { return }
                out.append((number, t.start..<end))
            }
            if letters.count >= 4, let same = bySpelling[Self.spellingKey(letters)], same.part != letters,
                !NameAfterRole.englishWords.contains(word.lowercased()), !declared.contains(NameMatching.fold(word))
            {
                add(same.number)
                continue
            }
            // (`Romani` is a language and a people, not `Roman` declined.)
            if let number = declined(letters), !NameAfterRole.englishWords.contains(word.lowercased()),
                FirstNames.kind(of: word) == nil, !declared.contains(NameMatching.fold(word)),
                !NameContextWords.languages.contains(NameMatching.fold(word)),
                !NameContextWords.peoples.contains(NameMatching.fold(word))
            {
                add(number)
                continue
            }
            guard letters.count >= 5, let initial = letters.first else { continue }
            if letters.count == 6,
                let c = sixLetterGivenByInitial[initial]?.first(where: { Self.oneVowelApart(letters, $0.letters) }),
                !NameAfterRole.englishWords.contains(word.lowercased()), FirstNames.kind(of: word) == nil,
                !declared.contains(NameMatching.fold(word))
            {
                add(c.number)
                continue
            }
            guard let candidates = surnamesByInitial[initial] else { continue }
            for c in candidates {
                let sameStart = letters.count >= 4 && c.letters.count >= 7 && letters.prefix(4) == c.letters.prefix(4)
                let limit = c.letters.count >= 9 || sameStart ? 2 : 1
                guard abs(c.letters.count - letters.count) <= limit else { continue }
                let d = Suggestion.distance(letters, c.letters)
                guard d > 0, d <= limit else { continue }
                let folded = NameMatching.fold(word)
                if NameAfterRole.englishWords.contains(word.lowercased()) || FirstNames.kind(of: word) != nil
                    || declared.contains(folded)
                {
                    break
                }
                add(c.number)
                break
            }
        }
        return out.sorted { $0.1.lowerBound < $1.1.lowerBound }
    }

    /// Gujarati `-ben` (sister) and `-bhai` (brother), run on to a given name in respect.
    private static let respectSuffixes: [[Unicode.Scalar]] = ["ben", "behn", "bhai"].map { Array($0.unicodeScalars) }

    /// Capitalised words outside `covered` tokens that are a register part of four letters or
    /// more with Gujarati `-ben` or `-bhai` run on (`Khatijaben` for `Khatija`; development set
    /// 92): the entry's number and the word's token.
    package func respectSuffixed(in text: ScanText, covered: Set<Int>) -> [(number: Int, token: Int)] {
        guard !parts.isEmpty else { return [] }
        var out: [(number: Int, token: Int)] = []
        for (i, t) in text.tokens.enumerated()
        where t.kind == .word && t.end - t.start >= 7 && !covered.contains(i) && text.scalars[t.start].isScanUppercase {
            let letters = Array(Self.compact(text.slice(t.start..<Self.beforeApostrophe(text, t))).unicodeScalars)
            if let number = respectSuffixed(letters) { out.append((number, i)) }
        }
        return out
    }

    private func respectSuffixed(_ letters: [Unicode.Scalar]) -> Int? {
        for suffix in Self.respectSuffixes
        where letters.count >= suffix.count + 4 && letters.suffix(suffix.count).elementsEqual(suffix) {
            let stem = String(String.UnicodeScalarView(letters.dropLast(suffix.count)))
            if let number = parts[stem] { return number }
        }
        return nil
    }

    /// `Kelder Head`, `the Kelder valley`, `Kelder Valley Practice`, `Kelder, Wendshire`: a
    /// landscape's word or a county after a word makes it a place's name, not a misspelt
    /// register name (`Kelper`; development set 69).
    private static func beforePlaceWord(_ text: ScanText, _ i: Int) -> Bool {
        let t = text.tokens
        guard i + 2 < t.count, t[i + 1].kind == .space || text.scalars[t[i + 1].start] == "," else { return false }
        let n = t[i + 1].kind == .space ? i + 2 : i + 3
        guard n < t.count, t[n].kind == .word, t[n - 1].kind == .space else { return false }
        let next = NameMatching.fold(NameMatching.word(text, n))
        if n == i + 2 { return landscapeAfter.contains(next) || NameContextWords.placeEndings.contains(next) }
        return next.count > 5 && next.hasSuffix("shire")
    }

    static let landscapeAfter: Set<String> = [
        "valley", "vale", "head", "law", "burn", "dale", "forest", "reservoir", "common", "hill", "hills", "water",
    ]

    /// Whether a capitalised street type (`Street`, `Road`, `Lane`…) follows word token `i`.
    private static func beforeStreetType(_ text: ScanText, _ i: Int) -> Bool {
        guard let n = NameMatching.nextWord(text, after: i), StructuredScan.capitalised(text, text.tokens[n]) else {
            return false
        }
        return StructuredScan.index(text, text.tokens[n].start..<text.tokens[n].end, in: AddressRule.lastStreetTypes) != nil
    }

    /// The entry whose stem, with one of `inflections`, spells `letters` (not the part itself,
    /// which is a match).
    private func declined(_ letters: [Unicode.Scalar]) -> Int? {
        guard letters.count >= 4, stemStarts.contains(Self.stemStart(letters)) else { return nil }
        for ending in Self.inflections where letters.count - ending.count >= 5 && letters.ends(with: ending) {
            if let number = byStem[Array(letters.dropLast(ending.count))] {
                return parts[String(String.UnicodeScalarView(letters))] == nil ? number : nil
            }
        }
        return nil
    }

    /// The first four letters (at least four) packed in one number.
    private static func stemStart(_ letters: [Unicode.Scalar]) -> UInt64 {
        letters.prefix(4).reduce(0) { ($0 << 16) | UInt64($1.value & 0xFFFF) }
    }

    /// Same length, and one letter differs, a vowel for a vowel, after the first. (Called for
    /// each six-letter word against the register's given names of its initial: no allocation.)
    private static func oneVowelApart(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard a.count == b.count else { return false }
        var differ: Int?
        for i in a.indices where a[i] != b[i] {
            if differ != nil { return false }
            differ = i
        }
        guard let d = differ, d > 0 else { return false }
        return (vowels.contains(a[d]) || a[d] == "i") && (vowels.contains(b[d]) || b[d] == "i")
    }

    /// The end of word token `t` without a possessive (`Mottram's` → `Mottram`).
    private static func beforeApostrophe(_ text: ScanText, _ t: ScanToken) -> Int {
        var end = t.start
        while end < t.end, text.scalars[end] != "'", text.scalars[end] != "\u{2019}" { end += 1 }
        return end
    }

    /// An ASCII letter in lower case (what `compact` makes of it); nil for any other scalar,
    /// whose folded form only `compact` knows.
    private static func asciiLower(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        guard s.isASCII, s.properties.isAlphabetic else { return nil }
        return Unicode.Scalar(UInt8(s.value) | 0x20)
    }

    /// `Sukdev Gil` for `Sukhdev Gill`: two capitalised words next to each other, each at most
    /// one letter from an entry's first and last word, not both exact (that is a match).
    private func pairVariants(in text: ScanText, covered: Set<Int>, declared: Set<String>) -> [(Int, Range<Int>)] {
        guard !firstAndLast.isEmpty else { return [] }
        var out: [(Int, Range<Int>)] = []
        let tokens = text.tokens
        for (i, t) in tokens.enumerated()
        where t.kind == .word && t.end - t.start >= 3 && !covered.contains(i) && text.scalars[t.start].isScanUppercase {
            guard i + 2 < tokens.count, tokens[i + 1].kind == .space, tokens[i + 1].end - tokens[i + 1].start == 1,
                tokens[i + 2].kind == .word, text.scalars[tokens[i + 2].start].isScanUppercase
            else { continue }
            // `Khadra Cigaal` for `Khadro Cigaal`: the surname matched already, the given name misspelt.
            let surnameMatched = covered.contains(i + 2)
            let second = tokens[i + 2]
            // Initials first, without strings: most pairs of capitalised words match no entry.
            if let x = Self.asciiLower(text.scalars[t.start]), !firstInitials.contains(x) { continue }
            let end = Self.beforeApostrophe(text, second)
            let a = Array(Self.compact(text.slice(t.start..<t.end)).unicodeScalars)
            let b = Array(Self.compact(text.slice(second.start..<end)).unicodeScalars)
            guard a.count >= 3, b.count >= 3 else { continue }
            for e in firstAndLast where e.first.first == a.first && e.last.first == b.first {
                guard abs(e.first.count - a.count) <= 1, abs(e.last.count - b.count) <= 1 else { continue }
                let d1 = Suggestion.distance(a, e.first), d2 = Suggestion.distance(b, e.last)
                guard d1 <= 1, d2 <= 1, d1 + d2 > 0, !surnameMatched || (d2 == 0 && a.count >= 5) else { continue }
                let words = [text.slice(t.start..<t.end), text.slice(second.start..<end)]
                if words.contains(where: {
                    NameAfterRole.englishWords.contains($0.lowercased()) || declared.contains(NameMatching.fold($0))
                }) {
                    break
                }
                out.append((e.number, t.start..<(surnameMatched ? t.end : end)))
                break
            }
        }
        return out
    }

    /// `April and May 2024`, `April to June 2023`: a month before `and`, `or` or `to`, another
    /// month and a year (development set 130).
    private static func monthBeforeAnotherAndYear(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens
        guard k + 6 < t.count, t[k + 1].kind == .space, ["and", "or", "to"].contains(NameMatching.word(text, k + 2)),
            t[k + 3].kind == .space, t[k + 5].kind == .space, t[k + 6].kind == .number, t[k + 6].end - t[k + 6].start == 4
        else { return false }
        let month = NameMatching.fold(NameMatching.word(text, k + 4))
        return StructuredScan.capitalised(text, t[k + 4])
            && (DateOfBirthRule.months.contains(month) || NameContextWords.monthAbbreviations.contains(month))
    }

    /// `had said, in April, that`: a month after `in`, set between commas (development set 132;
    /// not `she confided in April`).
    private static func inMonthBetweenCommas(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens
        func comma(_ j: Int) -> Bool { j >= 0 && j < t.count && t[j].kind == .other && text.scalars[t[j].start] == "," }
        guard k >= 4, t[k - 1].kind == .space, NameMatching.word(text, k - 2) == "in", t[k - 3].kind == .space else {
            return false
        }
        // (Not `Lee confided, in April, that`: a person told.)
        guard comma(k - 4), comma(k + 1) else { return false }
        return !(k >= 5 && t[k - 5].kind == .word && UndeclaredNameRule.confideWords.contains(NameMatching.word(text, k - 5)))
    }

    /// `Hywel Dda University Health Board`, `the Old Bailey`: a part that, with the word next
    /// to it, names an organisation or place named after someone (a register "Hywel" is not
    /// meant), or is a date's month or weekday or a file's extension. Only a whole entry
    /// matched word for word is reported whatever follows.
    private func namesOrganisation(_ text: ScanText, _ first: Int, _ last: Int) -> Bool {
        let word = NameMatching.fold(NameMatching.word(text, first))
        let numberAfter =
            first + 2 < text.tokens.count && text.tokens[first + 1].kind == .space && text.tokens[first + 2].kind == .number
        // `11 Jun 2019`, `Jun 2023 | CSC |`: a register first name that is also a month, in a date.
        // (Or a year on the next line: `bruising in April` ending a line over `2022.`; development
        // set 124. Not any number: `injuries on 3` over `April said`.)
        if first == last, NameContextWords.monthAbbreviations.contains(word) || DateOfBirthRule.months.contains(word) {
            let numberBefore = first >= 2 && text.tokens[first - 1].kind == .space && text.tokens[first - 2].kind == .number
            let yearBelow =
                first + 2 < text.tokens.count && text.tokens[first + 1].kind == .newline
                && text.tokens[first + 2].kind == .number && text.tokens[first + 2].end - text.tokens[first + 2].start == 4
                && (StructuredScan.number(text, text.tokens[first + 2].start..<text.tokens[first + 2].end)).map {
                    (1900...2099).contains($0)
                }
                    == true
            if numberAfter || numberBefore || yearBelow || Self.inMonthBetweenCommas(text, first)
                || Self.monthBeforeAnotherAndYear(text, first)
            {
                return true
            }
        }
        // (`Mis Mai, Mis Ymwybyddiaeth` for a register `Mai`: a Welsh month after `mis`, month;
        // development set 125.)
        if first == last, DateOfBirthRule.monthAfterMis(text, first) { return true }
        // (`the Dymoke Arms`, `Fettiplace Almshouses` for a register family `Dymoke`, `Fettiplace`:
        // a pub and almshouses named after the family; development set 113.)
        if first == last, let n = NameMatching.nextWord(text, after: last), n == last + 2,
            ["Arms", "ARMS", "Almshouses", "Almshouse"].contains(NameMatching.word(text, n))
        {
            return true
        }
        // (`John 14:1–6` in an order of service: a gospel's chapter and a range of verses;
        // development set 123. Not a time: `Rang Mark 10:15`.)
        if first == last, numberAfter, Self.booksOfTheBible.contains(word), first + 5 < text.tokens.count,
            text.tokens[first + 3].kind == .other, text.scalars[text.tokens[first + 3].start] == ":",
            text.tokens[first + 4].kind == .number, text.tokens[first + 5].kind == .other,
            "-–".unicodeScalars.contains(text.scalars[text.tokens[first + 5].start]),
            StructuredScan.digit(text, text.tokens[first + 5].end)
        {
            return true
        }
        // `Thu 29/09/22` of a school log: a register `Thu` (Vietnamese) as a weekday before a date.
        if first == last, numberAfter, NameContextWords.weekdayAbbreviations.contains(word) { return true }
        // `(reviews/adult-k.md)`: a register `Md.` (Mohammed, in Bangladeshi records) as the
        // extension of a file's name, glued by a dot to the name (development set 37).
        if first == last, Self.fileExtensions.contains(word), first >= 2, text.tokens[first - 1].kind == .other,
            text.scalars[text.tokens[first - 1].start] == ".", text.tokens[first - 2].kind != .space,
            text.tokens[first - 2].kind != .newline, StructuredScan.at(text, text.tokens[first].start)?.isScanUppercase == false
        {
            return true
        }
        if first == last, let n = NameMatching.nextWord(text, after: last),
            NameContextWords.organisationsNamedLikePeople.contains([word, NameMatching.fold(NameMatching.word(text, n))])
        {
            return true
        }
        if let p = NameMatching.previousWord(text, before: first),
            NameContextWords.organisationsNamedLikePeople.contains([NameMatching.fold(NameMatching.word(text, p)), word])
        {
            return true
        }
        // `Mary Beaufort House` for a register `Bridget Mary Joyce`: a part, another capitalised
        // word that is no part, then a building's or an agency's word, names a refuge or a
        // fund after someone else (development set 60).
        if first == last, let n = NameMatching.nextWord(text, after: last), n == last + 2,
            NameMatching.isCapitalised(NameMatching.word(text, n)), parts[Self.compact(NameMatching.word(text, n))] == nil,
            let o = NameMatching.nextWord(text, after: n), o == n + 2,
            NameContextWords.placeOrAgency.contains(NameMatching.fold(NameMatching.word(text, o))),
            StructuredScan.capitalised(text, text.tokens[o])
        {
            return true
        }
        // A part that is an English word (`Moss` of `Woodfine-Moss`) ends a place's name after a
        // capitalised word that is no given name or title (`HMP Arley Moss`), or starts one
        // before a street's or a place's type (`Moss Side`); development set 52.
        let t = text.tokens
        if first == last, NameAfterRole.englishWords.contains(word), text.scalars[t[first].start].isScanUppercase {
            // (The word right before, no English word, `Project Grieve Later` being a project named
            // after her; and named as a prison's somewhere in the text, `HMP Arley Moss`, since a
            // given name no list knows may stand there too: `Chiamaka Moss`.)
            if first >= 2, t[first - 1].kind == .space, t[first - 1].end - t[first - 1].start == 1, t[first - 2].kind == .word,
                case let pw = NameMatching.word(text, first - 2), NameMatching.isCapitalised(pw), pw.count >= 3,
                FirstNames.kind(of: pw) == nil, !TitledNameRule.isTitle(pw), parts[Self.compact(pw)] == nil,
                !NameAfterRole.englishWords.contains(pw.lowercased()), Self.namedAsPrison(text, pw)
            {
                return true
            }
            if let n = NameMatching.nextWord(text, after: last), n == last + 2,
                StructuredScan.capitalised(text, t[n]),
                StructuredScan.index(text, t[n].start..<t[n].end, in: AddressRule.streetTypes) != nil
            {
                return true
            }
            // (`the Wendbury Science Park` for a register `Ji-won Park`: a kind of park before it;
            // development set 110.)
            if word == "park", let p = NameMatching.previousWord(text, before: first), p + 2 == first,
                Self.parkKinds.contains(NameMatching.word(text, p).lowercased()),
                NameMatching.isCapitalised(NameMatching.word(text, p))
            {
                return true
            }
        }
        return false
    }

    /// The kinds of park a capitalised word names before `Park`.
    static let parkKinds: Set<String> = [
        "science", "business", "retail", "industrial", "technology", "country", "holiday", "caravan", "trading",
        "enterprise", "leisure", "theme", "safari", "car", "research", "innovation", "office",
    ]

    /// Whether `word` follows `HMP`, `HMYOI` or `Prison` somewhere in the text. (The prison's
    /// word is found by its key first: a text may name a place many times, and few prisons.)
    private static func namedAsPrison(_ text: ScanText, _ word: String) -> Bool {
        let t = text.tokens
        for p in t.indices where p + 2 < t.count && prisonKeys.contains(text.wordKeys[p]) {
            if t[p].kind == .word, t[p + 1].kind == .space, t[p + 2].kind == .word,
                ["HMP", "HMYOI", "YOI", "Prison", "prison"].contains(NameMatching.word(text, p)),
                NameMatching.word(text, p + 2) == word
            {
                return true
            }
        }
        return false
    }
    private static let prisonKeys: [UInt64] = ["hmp", "hmyoi", "yoi", "prison"].map(WordList.key(of:))

    /// `the Mottrams` or `Mottrams'`: a plural family name; or, after a number or a word of
    /// quantity, one that is no English word, nor is its singular (`a hundred Qaids`, where
    /// `Walls` or `Woods` could be anything, and `Robles` alone is a name of its own;
    /// development set 74).
    private func pluralContext(_ text: ScanText, _ first: Int, _ last: Int, _ plural: String, dropping: Int) -> Bool {
        var p = first - 1
        while p >= 0, text.tokens[p].kind == .space { p -= 1 }
        if p >= 0,
            text.tokens[p].kind == .number
                || text.tokens[p].kind == .word && Self.quantityWords.contains(NameMatching.word(text, p).lowercased()),
            !NameAfterRole.englishWords.contains(plural),
            !NameAfterRole.englishWords.contains(String(plural.dropLast(dropping)))
        {
            return true
        }
        if let p = NameMatching.previousWord(text, before: first),
            NameMatching.word(text, p).lowercased() == "the"
        {
            return true
        }
        let t = text.tokens
        return last + 1 < t.count && t[last + 1].kind == .other
            && "'\u{2019}".unicodeScalars.contains(text.scalars[t[last + 1].start])
    }

    /// Nepal's peoples whose languages carry their names, which are also their surnames.
    private static let languageSurnames: Set<String> = ["gurung", "tamang", "magar", "limbu", "sherpa", "newar", "thakali"]

    /// Whether a language is listed beside token `k`: `Nepali and Gurung`, `Gurung or Nepali`,
    /// `Nepali, Gurung, Tamang`, `Nepali / Gurung`; or the word is a language's by what follows
    /// or comes before it: `a Gurung or Tamang interpreter`, `second language: Gurung`
    /// (development set 111).
    private func languageBeside(_ text: ScanText, _ k: Int) -> Bool {
        func language(_ j: Int?) -> Bool {
            j.map { NameContextWords.languages.contains(NameMatching.fold(NameMatching.word(text, $0))) } ?? false
        }
        // The word before or after, across `and`, `or`, a comma or a slash.
        func listed(_ from: Int, forward: Bool) -> Int? {
            let step = forward ? 1 : -1
            var j = from + step, separators = 0
            while j >= 0, j < text.tokens.count {
                let t = text.tokens[j]
                if t.kind == .space {
                    j += step
                } else if t.kind == .other, ",/".unicodeScalars.contains(text.scalars[t.start]), separators == 0 {
                    separators += 1
                    j += step
                } else if t.kind == .word {
                    if separators == 0, ["and", "or"].contains(NameMatching.word(text, j)) {
                        separators += 1
                        j += step
                        continue
                    }
                    return separators == 1 ? j : nil
                } else {
                    return nil
                }
            }
            return nil
        }
        if language(listed(k, forward: false)) { return true }
        if let n = NameMatching.nextWord(text, after: k), Self.languageNouns.contains(NameMatching.word(text, n).lowercased()) {
            return true
        }
        // (`second language: Gurung`: after the label's colon too.)
        var p = k - 1
        while p >= 0, text.tokens[p].kind == .space || text.tokens[p].kind == .other && text.scalars[text.tokens[p].start] == ":"
        {
            p -= 1
        }
        if p >= 0, text.tokens[p].kind == .word, ["language", "dialect"].contains(NameMatching.word(text, p).lowercased()) {
            return true
        }
        guard var m = listed(k, forward: true) else { return false }
        // (`spoke Nepali, Gurung and some Hindi`; development set 109.)
        if ["some", "a", "little"].contains(NameMatching.word(text, m)), let after = NameMatching.nextWord(text, after: m) {
            if NameMatching.word(text, after) == "little", let l = NameMatching.nextWord(text, after: after) {
                m = l
            } else {
                m = after
            }
        }
        if language(m) { return true }
        // (`a Gurung or Tamang interpreter`: the interpreter after the last of the list.)
        return Self.languageSurnames.contains(NameMatching.fold(NameMatching.word(text, m)))
            && NameMatching.nextWord(text, after: m).map { Self.languageNouns.contains(NameMatching.word(text, $0).lowercased()) }
                == true
    }

    /// Whether token `k` is a cell of its own between a spreadsheet's tabs.
    private func wholeTabCell(_ text: ScanText, _ k: Int) -> Bool {
        k >= 1 && k + 1 < text.tokens.count && text.isTabBreak(k - 1) && text.isTabBreak(k + 1)
    }

    private static let languageNouns: Set<String> = ["interpreter", "interpreters", "speaker", "speakers", "dialect"]

    /// Words that count a family's members (`a hundred Qaids`, `both Qaids`).
    private static let quantityWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "many", "other",
        "all", "both", "several", "some", "few", "those", "these", "older", "younger",
    ]

    /// English words of grammar that are also given names somewhere (`My`, `An`, `So`, `Do`).
    private static let grammarWords: Set<String> = [
        "my", "me", "we", "us", "he", "she", "his", "her", "him", "it", "its", "an", "the", "to", "in", "on", "at",
        "by", "of", "or", "if", "so", "no", "do", "be", "is", "as", "up", "and", "but", "for", "our", "your", "they",
        "them", "this", "that", "then", "than", "all", "any", "can", "one", "yes", "oh", "hi",
    ]

    /// Whether word `k` is in a list of three UK places or more (one may be a place the list of
    /// towns lacks), each one capitalised word parted by commas, `and` or `or` (across one line
    /// break), that the words after it call places (`are our market towns`), and one of them is
    /// no part of the register. (Not `Chelsea, Ashley and Kimberley were placed with foster
    /// carers`, nor `Present: Preston, Hamilton and Sutton`.)
    private func inListOfTowns(_ text: ScanText, _ k: Int) -> Bool {
        var items = [k]
        for step in [-1, 1] {
            var at = k
            while items.count < 12, let n = PlaceContext.listNeighbour(text, at, step) {
                items.append(n)
                at = n
            }
        }
        guard items.count >= 3 else { return false }
        let folded = items.map { NameMatching.fold(NameMatching.word(text, $0)) }
        // (One of them may be a place the list of towns lacks when the list is called places
        // straight after it: `Buxton, Glossop and Hadfield are places`; development set 130. Not
        // `Neighbours Preston, Sutton and Nowak lived in nearby villages`.)
        let unknown = folded.filter { !UKPlaces.names.contains($0) }.count
        let called = Self.calledPlaces(text, after: items.max() ?? k)
        guard items.allSatisfy({ StructuredScan.capitalised(text, text.tokens[$0]) }), unknown == 0 || unknown == 1 && called,
            folded.contains(where: { parts[$0] == nil })
        else { return false }
        if called { return true }
        // A place's noun among the five words after the list, in its sentence.
        var j = items.max() ?? k
        for _ in 0..<5 {
            guard let n = NameMatching.nextWord(text, after: j), n <= j + 2 else { return false }
            if Self.placeNouns.contains(NameMatching.word(text, n).lowercased()) { return true }
            j = n
        }
        return false
    }

    /// Services along a route, in the plural, before `to` or `from` and a town (not `handed the
    /// flights to Preston`, `drove the coach to Preston, who`).
    static let routeWords: Set<String> = ["buses", "trains", "coaches", "ferries"]

    /// Whether `, who` or `who` follows word `k`: a person.
    private static func whoAfter(_ text: ScanText, _ k: Int) -> Bool {
        var j = k + 1
        while j < text.tokens.count, j <= k + 3,
            text.tokens[j].kind == .space || text.tokens[j].kind == .other && text.scalars[text.tokens[j].start] == ","
        {
            j += 1
        }
        return j < text.tokens.count && text.tokens[j].kind == .word && NameMatching.word(text, j) == "who"
    }

    /// Whether `are` or `were`, at most two more words and a place's noun follow word `k` (`are
    /// places`, `are our market towns`).
    private static func calledPlaces(_ text: ScanText, after k: Int) -> Bool {
        guard var j = NameMatching.nextWord(text, after: k), j == k + 2, ["are", "were"].contains(NameMatching.word(text, j))
        else { return false }
        for _ in 0..<3 {
            guard let n = NameMatching.nextWord(text, after: j), n == j + 2 else { return false }
            if placeNouns.contains(NameMatching.word(text, n).lowercased()) { return true }
            j = n
        }
        return false
    }

    static let placeNouns: Set<String> = [
        "towns", "villages", "places", "areas", "districts", "wards", "parishes", "communities", "cities", "ports",
    ]

    /// `the Tenterden road`: a town's name between `the` and a lower-case `road` that ends the
    /// phrase (not `DS Preston road-tested`, `Preston road policing`).
    private func roadOfTown(_ text: ScanText, _ k: Int) -> Bool {
        guard let p = NameMatching.wordBefore(text, k, lines: 1), NameMatching.word(text, p).lowercased() == "the",
            let n = NameMatching.nextWord(text, after: k), NameMatching.word(text, n) == "road"
        else { return false }
        return n + 1 >= text.tokens.count || text.tokens[n + 1].kind == .other && text.scalars[text.tokens[n + 1].start] != "-"
            || text.tokens[n + 1].kind == .newline
    }

    /// Whether a colon or a full stop, then a number (perhaps after `+`), follows token `k`.
    private func labelsNumber(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens
        var j = k + 1
        guard j < t.count, t[j].kind == .other, ":.".unicodeScalars.contains(text.scalars[t[j].start]) else { return false }
        j += 1
        while j < t.count, t[j].kind == .space || t[j].kind == .other && text.scalars[t[j].start] == "+" { j += 1 }
        return j < t.count && t[j].kind == .number
    }

    /// A part that is also an ordinary word (`Grace`, `Precious`) or a particle-like short
    /// word counts only when written with a capital, or run into an address or handle.
    private func acceptable(_ text: ScanText, _ first: Int, _ last: Int, _ key: String) -> Bool {
        let t = text.tokens
        // `NOK` (next of kin) for a register `Nok`: a part of three letters or fewer, alone and
        // in capitals, is an abbreviation.
        // (`née RAI`, `Aliases: SAV`: after a word that gives a name, it is the name.)
        // (`MR C H TAT`: after initials, it is the name; `GUEST KIM S J`, a log's surname
        // before initials, too; development set 43.)
        // (`Welfare referral – RAI family`: before `family` or `household`, it is the family's
        // name; development set 109.)
        // (`GW-0412<tab>PUN<tab>MARAC action 5`: a pasted spreadsheet's cell of its own, the
        // client's column; development set 111.)
        // (`KNOWN AS "DAI"`, `"GAZ" tattoo`: in double quotes, what someone is called;
        // development sets 44, 84 and 111.)
        if first == last, t[last].end - t[last].start <= 3,
            text.scalars[t[last].start..<t[last].end].allSatisfy({ $0.isScanUppercase }), !afterNameWord(text, first),
            !afterInitial(text, first), !beforeInitials(text, last), !wholeTabCell(text, first),
            !NameMatching.inDoubleQuotes(text, first, last), !reversedBeforeName(text, last),
            !(NameMatching.nextWord(text, after: last).map { ["family", "household"].contains(NameMatching.word(text, $0)) }
                ?? false)
        {
            return false
        }
        // (`Tel: 0151 496 0458` for a register `Tel`, a Terry's nickname: a phone's label before
        // its number; development set 108.)
        if first == last, ["tel", "mob", "ph", "fax"].contains(key), labelsNumber(text, last) { return false }
        // `My mum was funny.` for a register `Dang My Duyen`: a word of grammar alone at a
        // sentence's start is that word.
        if first == last, Self.grammarWords.contains(key), NameMatching.startsSentence(text, first) { return false }
        // (`spoke Nepali and Gurung` for a register `Gurung`: a people's language that is also
        // their surname, listed with another language; development set 99.)
        if first == last, Self.languageSurnames.contains(key), languageBeside(text, first) { return false }
        // (`St Piran's church hall` for a register `Piran`: a saint, and the church or the place
        // named after him; development set 76.)
        if first == last, let p = NameMatching.previousWord(text, before: first),
            ["St", "Saint", "Ste", "Sankt", "San", "Santa", "São"].contains(NameMatching.word(text, p))
        {
            return false
        }
        // (`sessions in Mere, Warminster and Amesbury` for a register `Mere`: a town's name, where
        // the text says a place is meant; development set 111.)
        // (Only after `in` or `near`: `registered to Lee`, `a visit from Mere Drummond` are people;
        // development sets 31 and 78.)
        if first == last, UKPlaces.names.contains(key), let p = NameMatching.previousWord(text, before: first),
            ["in", "near"].contains(NameMatching.word(text, p)), PlaceContext.saysPlace(text, first)
        {
            return false
        }
        // (`Buses to Buxton run every two hours` for a register `Buxton`: a route's end; development
        // set 130.)
        if first == last, UKPlaces.names.contains(key), let p = NameMatching.previousWord(text, before: first),
            ["to", "from"].contains(NameMatching.word(text, p)), let q = NameMatching.previousWord(text, before: p),
            Self.routeWords.contains(NameMatching.word(text, q).lowercased()), !Self.whoAfter(text, first)
        {
            return false
        }
        // (`He is from Melksham, worked as` for a register `Melksham`: where someone comes from,
        // after a pronoun and `is`/`was`, or `originally`; development set 132. Not `The text was
        // from Melksham`, `she was from Melksham Lee's family`, `is from Preston, who said`.)
        if first == last, UKPlaces.names.contains(key), let p = NameMatching.previousWord(text, before: first),
            NameMatching.word(text, p) == "from", let q = NameMatching.previousWord(text, before: p),
            NameMatching.word(text, q) == "originally"
                || ["is", "was", "are", "were"].contains(NameMatching.word(text, q))
                    && NameMatching.previousWord(text, before: q).map({
                        ["he", "she", "they"].contains(NameMatching.word(text, $0).lowercased())
                    }) == true,
            !(first + 2 < text.tokens.count && text.tokens[first + 1].kind == .space
                && StructuredScan.capitalised(text, text.tokens[first + 2])),
            !Self.whoAfter(text, first)
        {
            return false
        }
        // (`Tenterden, Ashford, Deal and Hythe are our market towns` for register surnames
        // `Tenterden`, `Deal` and `Hythe`: a list of towns that names one no register has;
        // `the Tenterden road`, the road to the town; development set 124.)
        if first == last, UKPlaces.names.contains(key) && roadOfTown(text, first) || inListOfTowns(text, first) {
            return false
        }
        // (`travelled to Inverness and Nairn`, `partners from Shannon, Limerick and Dublin` for a
        // register `Nairn`, `Shannon`: a list after `to`, `from`, `in` or `near` whose other items are
        // all places and no one's given names; development set 131.)
        if first == last, PlaceContext.listAfterPreposition(text, first, isRegisterPart: { parts[$0] != nil }) {
            return false
        }
        // (`"Dai" (elder brother)` for a register `Dai`: a word of another language in quotes,
        // glossed in brackets after it as an elder relative; development set 111.)
        if first == last, NameMatching.glossedAsKin(text, first) { return false }
        // (`in HMP Preston` for a register `Preston`: a prison, named after its town;
        // development set 107.)
        if first == last, let p = NameMatching.previousWord(text, before: first), p + 2 == first,
            ["HMP", "HMYOI", "HMPYOI"].contains(NameMatching.word(text, p))
        {
            return false
        }
        // (`Diolch i Gaffi Conti am y gacen` for a register `Conti`: a café named after the family;
        // `the Noor Mosque` for a register `Noor`: a place of worship; development set 82.)
        if first == last, let p = NameMatching.previousWord(text, before: first),
            (4...10).contains(t[p].end - t[p].start), text.scalars[t[p].start].isScanUppercase,
            NameContextWords.businessBefore.contains(NameMatching.fold(NameMatching.word(text, p)))
        {
            return false
        }
        if first == last, let n = NameMatching.nextWord(text, after: last), n == last + 2,
            StructuredScan.capitalised(text, text.tokens[n]),
            StructuredScan.index(text, token: n, in: Self.placesOfWorship) != nil
        {
            return false
        }
        // (`told me I was` for a register `Mei`: a lower-case word and the pronoun `I` spell no
        // part; development set 48.)
        if first != last, t[last].end - t[last].start == 1, !text.scalars[t[first].start].isScanUppercase {
            return false
        }
        // The name itself, not a particle before it, carries the capital (`van der Berg`).
        if text.scalars[t[last].start].isScanUppercase { return true }
        // (`姚愛心`, `ዊንታ`, `زرلښت`: a script without capitals is no English word.)
        if case let c = text.scalars[t[last].start], c.value >= 0x80, !c.properties.isCased { return true }
        let before = t[first].start > 0 ? text.scalars[t[first].start - 1] : " "
        let after = t[last].end < text.scalars.count ? text.scalars[t[last].end] : " "
        // (A full stop runs into an address only with a letter after it: `grieve.` ends a sentence.)
        let next = t[last].end + 1 < text.scalars.count ? text.scalars[t[last].end + 1] : " "
        let runsOn = "@_".unicodeScalars.contains(after) || (after == "." && next.isScanLetter)
        if "@._/".unicodeScalars.contains(before) || runsOn || after.isASCIIDigit { return true }
        // (`the marina's warden`: without its possessive, development set 34.)
        let word = NameMatching.stripPossessive(NameMatching.word(text, last)).base
        let capitalised = word.prefix(1).uppercased() + word.dropFirst()
        // `grieve` for a register surname `Grieve`: in lower case an English word is that word;
        // a given name that is none stays a name (`funmi-prom.jpg`; development set 35: `dami-prom.jpg`).
        let kind = FirstNames.kind(of: capitalised)
        // (`Nuestro niño está`: a lower-case word with letters English lacks is another
        // language's word, not a register `Nino` folded; development set 49.)
        if word.unicodeScalars.contains(where: { $0.value >= 0x80 }) { return false }
        return kind != .wordLike && kind != .month && key.count >= 4 && !NameAfterRole.englishWords.contains(word)
    }

    static let placesOfWorship: WordList = [
        "mosque", "masjid", "church", "chapel", "temple", "gurdwara", "mandir", "synagogue", "cathedral",
    ]

    /// Whether a single capital letter, an initial (`C H`, `C.`), stands right before token `k`.
    private func afterInitial(_ text: ScanText, _ k: Int) -> Bool {
        var j = k - 1
        if j >= 0, text.tokens[j].kind == .space { j -= 1 }
        if j >= 0, text.tokens[j].kind == .other, text.scalars[text.tokens[j].start] == "." { j -= 1 }
        guard j >= 0, text.tokens[j].kind == .word, text.tokens[j].end - text.tokens[j].start == 1 else { return false }
        return text.scalars[text.tokens[j].start].isScanUppercase
    }

    /// Whether initials follow token `k` as a log writes them after a surname (`KIM S J`,
    /// `RAI D.`): one space, a capital letter alone, then another such initial, a full stop,
    /// a comma, a column's gap or the line's end (not `NOK I think`).
    /// `PUN, JANUKA`, `"PUN, J"`: a record's surname first, then a comma and a register part
    /// or an initial in capitals (development set 119). Not an initial before a name: `NOK, J
    /// Smith` gives the next of kin.
    private func reversedBeforeName(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens, s = text.scalars
        guard k + 3 < t.count, t[k + 1].kind == .other, s[t[k + 1].start] == ",", t[k + 2].kind == .space,
            t[k + 2].end - t[k + 2].start == 1, t[k + 3].kind == .word,
            s[t[k + 3].start..<t[k + 3].end].allSatisfy({ $0.isScanUppercase })
        else { return false }
        let next = NameMatching.word(text, k + 3)
        guard next.unicodeScalars.count == 1 else { return parts[Self.compact(next)] != nil }
        return
            !(k + 5 < t.count && t[k + 4].kind == .space && t[k + 5].kind == .word
            && NameMatching.isCapitalised(NameMatching.word(text, k + 5)))
    }

    private func beforeInitials(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens, s = text.scalars
        var j = k + 1
        while j + 1 < t.count, t[j].kind == .space, t[j].end - t[j].start == 1, t[j + 1].kind == .word,
            t[j + 1].end - t[j + 1].start == 1, s[t[j + 1].start].isScanUppercase
        {
            let after = j + 2
            if after == t.count || t[after].kind == .newline { return true }
            // (`PUN D K<tab>Client + son`: a pasted spreadsheet's next column; development set 111.)
            if t[after].kind == .space, t[after].end - t[after].start >= 2 || text.isTabBreak(after) { return true }
            // (`NOK A. Smith`: an initial before a name is that name's.)
            if t[after].kind == .other, s[t[after].start] == ".", after + 2 < t.count, t[after + 1].kind == .space,
                t[after + 2].kind == .word, s[t[after + 2].start].isScanUppercase
            {
                return false
            }
            if t[after].kind == .other, ".,|)".unicodeScalars.contains(s[t[after].start]) { return true }
            j = after
        }
        return false
    }

    /// Whether the word before token `k` (across spaces, `:`, `(` and quotes) gives a name.
    private func afterNameWord(_ text: ScanText, _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0,
            text.tokens[j].kind == .space
                || (text.tokens[j].kind == .other
                    && ":(\"\u{201C}'\u{2018}.".unicodeScalars.contains(text.scalars[text.tokens[j].start]))
        {
            j -= 1
        }
        guard j >= 0, text.tokens[j].kind == .word else { return false }
        // (`a GP referral for Mr PUN`: a title, straight before the name; development set 111.)
        if j + 2 == k, text.tokens[j + 1].kind == .space, TitledNameRule.isTitle(NameMatching.word(text, j)) { return true }
        return Self.nameWords.contains(NameMatching.fold(NameMatching.word(text, j)))
    }

    // (`Forenames ........ JOE`: a form's field with dot leaders; development set 49.)
    static let nameWords: Set<String> = [
        "nee", "née", "aka", "alias", "aliases", "formerly", "surname", "called", "forename", "forenames", "name",
    ]

    /// The next word if only `-`, `'` or one space (no line break) lies between, or none at
    /// all (`Kelly-Ann`, `O'Rourke` written `O Rourke`, `van der Berg`).
    private func joinedWord(_ text: ScanText, after i: Int) -> Int? {
        let t = text.tokens
        var j = i + 1
        guard j < t.count else { return nil }
        if t[j].kind == .other, "-'\u{2019}".unicodeScalars.contains(text.scalars[t[j].start]) {
            j += 1
        } else if t[j].kind == .space, t[j].end - t[j].start == 1 {
            j += 1
        } else {
            return nil
        }
        return j < t.count && t[j].kind == .word ? j : nil
    }

    /// A capital initial just before word `i` (`K. Mottram`, `K Mottram`); not across a tab, a
    /// pasted spreadsheet's next column (`TF-14`, tab, `A`, tab, `YUSUPOVA`: bed A; development set 43).
    private func initialBefore(_ text: ScanText, _ i: Int) -> Int? {
        let t = text.tokens
        var j = i - 1
        // (`17  B    DIMITROV IVAYLO`: a room's letter in the column before a register's name
        // is no initial; development set 91.)
        guard j >= 0, t[j].kind == .space, !text.isTabBreak(j), t[j].end - t[j].start <= 2 else { return nil }
        j -= 1
        if j >= 0, t[j].kind == .other, text.scalars[t[j].start] == "." { j -= 1 }
        guard j >= 0, t[j].kind == .word, t[j].end - t[j].start == 1, text.scalars[t[j].start].isScanUppercase else { return nil }
        // Not the end of a sentence such as "… plan B. Mottram …" is rare enough to accept.
        return j
    }

    /// What continues a part match: after a space or `, `, another part of the same entry
    /// (`Mottram, Karen`), a capital initial (`Mottram, K.`), or a capitalised middle name
    /// followed by a part of the same entry (`Karen Louise Mottram`).
    private func continuation(_ text: ScanText, after last: Int, entry: Int, keys: inout [String]) -> Int? {
        let t = text.tokens
        var j = last + 1
        if j < t.count, t[j].kind == .other, text.scalars[t[j].start] == "," { j += 1 }
        guard j < t.count, t[j].kind == .space, t[j].end - t[j].start == 1, j + 1 < t.count, t[j + 1].kind == .word else {
            return nil
        }
        let w = j + 1
        // Another part, not the same one again (`Smith-Jones, SmithJones` is two mentions).
        func fresh(_ key: String) -> Bool { !keys.contains { $0.contains(key) || key.contains($0) } }
        if let p = partMatch(text, at: w), p.number == entry, fresh(p.key) { keys.append(p.key); return p.last }
        if t[w].end - t[w].start == 1, text.scalars[t[w].start].isScanUppercase, t[j - 1].kind == .other { return w }
        // A middle name: only without a comma, and only if the entry follows it.
        guard t[j - 1].kind == .word, NameMatching.isCapitalised(NameMatching.word(text, w)),
            let after = NameMatching.nextWord(text, after: w), text.tokens[w + 1].kind == .space,
            let p = partMatch(text, at: after), p.number == entry, fresh(p.key)
        else { return nil }
        keys.append(p.key)
        return p.last
    }

    /// The entry matched starting at word token `i`, and the index of its last token.
    private func match(_ text: ScanText, at i: Int) -> (number: Int, last: Int)? {
        let raw = NameMatching.fold(NameMatching.word(text, i))
        let forms = lastWordForms(text, i, raw)
        if let candidates = byFirstWord[raw] ?? forms.lazy.compactMap({ byFirstWord[$0] }).first {
            for entry in candidates {
                if let last = follow(entry, text, from: i, first: raw, forms: forms) { return (entry.number, last) }
            }
        }
        for form in forms {
            let key = form.contains("'") ? form.replacingOccurrences(of: "'", with: "") : form
            if let n = byJoined[key] { return (n, i) }
        }
        return nil
    }

    /// The forms a word may take as the last word of an entry: as written, without a
    /// possessive `'s`, and without the `s` of a plural possessive (`Smiths'`).
    private func lastWordForms(_ text: ScanText, _ i: Int, _ folded: String) -> [String] {
        var forms = [folded]
        let (base, possessive) = NameMatching.stripPossessive(folded)
        if possessive { forms.append(base) }
        if folded.hasSuffix("s"), folded.count > 1, i + 1 < text.tokens.count, text.tokens[i + 1].kind == .other,
            "'\u{2019}".unicodeScalars.contains(text.scalars[text.tokens[i + 1].start])
        {
            forms.append(String(folded.dropLast()))
        }
        return forms
    }

    private func follow(_ entry: Entry, _ text: ScanText, from i: Int, first: String, forms: [String]) -> Int? {
        // A one-word entry is held to what a part is: `grieve` is the word, `Grieve` the name.
        // (`Jun 2025 | 23 of 31 homes |` for a register line `Jun`: a month in a date, as for a
        // part; development set 107.)
        if entry.words.count == 1 {
            return forms.contains(entry.words[0]) && acceptable(text, i, i, entry.words[0]) && !namesOrganisation(text, i, i)
                ? i : nil
        }
        guard entry.words[0] == first else { return nil }
        var at = i
        for (k, word) in entry.words.enumerated().dropFirst() {
            guard let next = nextWordAcrossSeparator(text, after: at) else { return nil }
            let folded = NameMatching.fold(NameMatching.word(text, next))
            let ok = k == entry.words.count - 1 ? lastWordForms(text, next, folded).contains(word) : folded == word
            guard ok else { return nil }
            at = next
        }
        return at
    }

    /// The next word after token `i` if only a separator lies between: an optional `-`, `.`,
    /// `_` or `'`, then optional spaces with at most one line break; at least one of them.
    private func nextWordAcrossSeparator(_ text: ScanText, after i: Int) -> Int? {
        var j = i + 1
        let tokens = text.tokens
        var sawAny = false
        if j < tokens.count, tokens[j].kind == .other,
            "-._'\u{2019}".unicodeScalars.contains(text.scalars[tokens[j].start])
        {
            j += 1
            sawAny = true
        }
        var newlines = 0
        while j < tokens.count, tokens[j].kind == .space || tokens[j].kind == .newline {
            if tokens[j].kind == .newline { newlines += 1 }
            if newlines > 1 { return nil }
            j += 1
            sawAny = true
        }
        guard sawAny, j < tokens.count, tokens[j].kind == .word else { return nil }
        return j
    }
}

extension Array where Element: Equatable {
    /// Whether the array's last elements are `suffix`.
    fileprivate func ends(with suffix: [Element]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
