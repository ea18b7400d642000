import Foundation
import ReviewSiteCore
import ReviewSiteNames

/// Word-level helpers shared by the name rules: folding for comparison, capitalisation,
/// sentence starts and masking.
package enum NameMatching {
    /// Lower-cased, accents removed, apostrophes straightened, Turkish İ/ı and German ß
    /// folded: how names are compared (the shared `NormalForm.fold`).
    package static func fold<S: StringProtocol>(_ word: S) -> String {
        NormalForm.fold(word)
    }

    /// A folded Welsh word without the article run on to it (`meddygfa'r` → `meddygfa`).
    package static func withoutWelshArticle(_ folded: String) -> String {
        folded.hasSuffix("'r") || folded.hasSuffix("\u{2019}r") ? String(folded.dropLast(2)) : folded
    }

    /// The word without a possessive `'s` (`Smith's` → `Smith`), and whether it had one.
    package static func stripPossessive(_ word: String) -> (base: String, possessive: Bool) {
        for suffix in ["'s", "\u{2019}s", "'S", "\u{2019}S"] where word.hasSuffix(suffix) && word.count > 2 {
            return (String(word.dropLast(2)), true)
        }
        return (word, false)
    }

    /// How records write a name with marks without them: `Zürcher` as `Zurcher` and, as German
    /// does, `Zuercher`. Empty for a name in plain letters.
    package static func spellingsWithoutMarks(_ name: String) -> [String] {
        guard name.unicodeScalars.contains(where: { !$0.isASCII }) else { return [] }
        let german = name.replacingOccurrences(of: "ü", with: "ue").replacingOccurrences(of: "ö", with: "oe")
            .replacingOccurrences(of: "ä", with: "ae").replacingOccurrences(of: "Ü", with: "Ue")
            .replacingOccurrences(of: "Ö", with: "Oe").replacingOccurrences(of: "Ä", with: "Ae")
            .replacingOccurrences(of: "ß", with: "ss")
        let plain = name.folding(options: .diacriticInsensitive, locale: nil)
        return Array(Set([plain, german].filter { $0 != name }))
    }

    /// `Don't`, `Didn’t`: a verb with `not` run into it, never a name.
    package static func isNegativeContraction(_ word: String) -> Bool {
        let lower = word.lowercased()
        return lower.count > 3 && (lower.hasSuffix("n't") || lower.hasSuffix("n\u{2019}t"))
    }

    /// Starts with an upper-case letter and is not written all in capitals (MARAC, IDVA).
    package static func isCapitalised(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.isScanUppercase else { return false }
        return word.unicodeScalars.dropFirst().contains { $0.isScanLowercase }
    }

    /// Letters in the plural (`CSPs`, `GPs`, `IDVAs`): two capitals or more, then an `s`.
    package static func isLettersPlural(_ word: String) -> Bool {
        let s = Array(word.unicodeScalars)
        return s.count >= 3 && s.last == "s" && s.dropLast().allSatisfy(\.isScanUppercase)
    }

    /// Written all in capitals (`OKONJO`, `O'NEILL`, `HOLLINRAKE-SMITH`).
    package static func allCapitals(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0.isScanUppercase || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }
    }

    /// `Sarah` → `S*****`: the first letter and a fixed number of stars, so not even the
    /// length of the name is shown.
    package static func mask(_ word: String) -> String {
        guard let first = word.first else { return "*****" }
        return "\(first)*****"
    }

    /// Every word of the declared pseudonyms and public names, folded: such words never
    /// start a finding (`Adult R`, `Jo`, `Miriam Castellane` and `Castellane` alone).
    package static func declaredWords(_ names: [String]) -> Set<String> {
        var out = Set<String>()
        for name in names {
            let scalars = ScalarArray.of(name)
            for t in ScanTokenizer.tokens(scalars) where t.kind == .word {
                out.insert(fold(stripPossessive(ScalarArray.string(scalars[t.start..<t.end])).base))
            }
        }
        return out
    }

    /// The words of `names`, folded and without a possessive, in two sets: those joined to
    /// another by a hyphen (`llewellyn` and `hart` of `Llewellyn-Hart`) and those standing alone.
    package static func hyphenJoinedWords(_ names: [String]) -> (joined: Set<String>, alone: Set<String>) {
        var joined = Set<String>(), alone = Set<String>()
        for name in names {
            let scalars = ScalarArray.of(name)
            let tokens = ScanTokenizer.tokens(scalars)
            let hyphen = { (j: Int) in
                j >= 0 && j < tokens.count && tokens[j].kind == .other && scalars[tokens[j].start] == "-"
            }
            for (i, t) in tokens.enumerated() where t.kind == .word {
                let word = fold(stripPossessive(ScalarArray.string(scalars[t.start..<t.end])).base)
                if hyphen(i - 1) || hyphen(i + 1) { joined.insert(word) } else { alone.insert(word) }
            }
        }
        return (joined, alone)
    }

    /// Each of `words` (folded) as `names` write it, with up to two words before it, folded
    /// and joined by spaces (`safer shirley`, `welland and nene`).
    package static func leads(_ names: [String], of words: Set<String>) -> Set<String> {
        var out = Set<String>()
        guard !words.isEmpty else { return out }
        for name in names {
            let folded = foldedWords(name)
            for (i, w) in folded.enumerated() where i > 0 && words.contains(w) {
                out.insert(folded[max(0, i - 2)...i].joined(separator: " "))
            }
        }
        return out
    }

    /// Each of `words` in `names` with the word after it, folded and joined by a space.
    package static func heads(_ names: [String], of words: Set<String>) -> Set<String> {
        var out = Set<String>()
        guard !words.isEmpty else { return out }
        for name in names {
            let folded = foldedWords(name)
            for (i, w) in folded.enumerated().dropLast() where words.contains(w) { out.insert(w + " " + folded[i + 1]) }
        }
        return out
    }

    /// The words of a name, each folded without its possessive (`leads` and `heads`).
    private static func foldedWords(_ name: String) -> [String] {
        let scalars = ScalarArray.of(name)
        return ScanTokenizer.tokens(scalars).filter { $0.kind == .word }.map {
            fold(stripPossessive(ScalarArray.string(scalars[$0.start..<$0.end])).base)
        }
    }

    /// The word at `i` and up to two words before it on its line, folded and joined by
    /// spaces, as `leads` makes them.

    package static func lead(_ text: ScanText, _ i: Int) -> [String] {
        var words = [fold(stripPossessive(word(text, i)).base)]
        var k = i
        var out: [String] = []
        for _ in 0..<2 {
            guard let p = previousWord(text, before: k) else { break }
            words.insert(fold(word(text, p)), at: 0)
            out.append(words.joined(separator: " "))
            k = p
        }
        return out
    }

    /// Index of the next word token after `i`, if only spaces and at most one line break lie
    /// between (a blank line or punctuation ends a name).
    package static func nextWord(_ text: ScanText, after i: Int) -> Int? {
        var j = i + 1, newlines = 0, sawSpace = false
        while j < text.tokens.count {
            switch text.tokens[j].kind {
            case .space: sawSpace = true
            case .newline:
                newlines += 1
                sawSpace = true
                if newlines > 1 { return nil }
            case .word: return sawSpace ? j : nil
            default: return nil
            }
            j += 1
        }
        return nil
    }

    /// The token after token `i` and the spaces after it, when it is a word starting with a
    /// lower-case letter (`Beth yw`, `Da hit`).
    package static func lowercaseWordAfter(_ text: ScanText, _ i: Int) -> Int? {
        let k = i + 2
        guard k < text.tokens.count, text.tokens[i + 1].kind == .space, text.tokens[k].kind == .word,
            text.scalars[text.tokens[k].start].isScanLowercase
        else { return nil }
        return k
    }

    /// The first token of the hyphened word ending at word token `k` (`Gil` of `Gil-dong`,
    /// `Marks` of `Marks-and-Spencer`): `k` itself when no hyphen joins it to the word before.
    package static func hyphenedStart(_ text: ScanText, endingAt k: Int) -> Int {
        var first = k
        while first >= 2, StructuredScan.isChar(text, text.tokens[first - 1].start, "-"), text.tokens[first - 2].kind == .word {
            first -= 2
        }
        return first
    }

    /// Index of the previous word token before `i` across spaces only (same line).
    package static func previousWord(_ text: ScanText, before i: Int) -> Int? {
        var j = i - 1
        while j >= 0 {
            switch text.tokens[j].kind {
            case .space: j -= 1
            case .word: return j
            case .other where text.scalars[text.tokens[j].start] == ".": j -= 1  // `Dr. Smith`, `St. Mary`
            default: return nil
            }
        }
        return nil
    }

    /// The word before token `i` across spaces and at most `lines` line breaks, and nothing
    /// else (not a sentence's full stop, unlike `previousWord`).
    package static func wordBefore(_ text: ScanText, _ i: Int, lines: Int = 0) -> Int? {
        var j = i - 1, breaks = 0
        while j >= 0 {
            switch text.tokens[j].kind {
            case .space: break
            case .newline where breaks < lines: breaks += 1
            case .word: return j
            default: return nil
            }
            j -= 1
        }
        return nil
    }

    /// Whether the word at token `i` starts a sentence, a line, a list item, a table cell or
    /// a numbered paragraph, where any word is capitalised.
    package static func startsSentence(_ text: ScanText, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 {
            let t = text.tokens[j]
            switch t.kind {
            case .space: j -= 1
            case .newline, .number: return true
            case .word: return false
            case .other:
                let c = text.scalars[t.start]
                if "\"'\u{201C}\u{2018}([*_~".unicodeScalars.contains(c) { j -= 1; continue }
                // `(She was at home.) Will discuss`: a bracket or quote closed after a full stop.
                if ")]\u{201D}\u{2019}".unicodeScalars.contains(c) {
                    return j >= 1 && text.tokens[j - 1].kind == .other
                        && ".!?".unicodeScalars.contains(text.scalars[text.tokens[j - 1].start])
                }
                return ".!?:;#>|-\u{2022}\u{2013}\u{2014}".unicodeScalars.contains(c)
            }
        }
        return true
    }

    /// Whether the line holding scalar `offset` is a Markdown heading (title case is normal
    /// there, so capitals say little). `lines` remembers the last line found.
    package static func inHeading(_ text: ScanText, _ offset: Int, _ lines: inout LineStarts) -> Bool {
        var k = lines.start(of: offset, in: text.scalars)
        while k < text.scalars.count, text.scalars[k] == " " { k += 1 }
        return k < text.scalars.count && text.scalars[k] == "#"
    }

    /// Whether a double quote opens right before token `first` and the matching one closes
    /// right after token `last` (`"GWEN"`, `“Mr D. Haycock”`).
    package static func inDoubleQuotes(_ text: ScanText, _ first: Int, _ last: Int) -> Bool {
        let t = text.tokens
        guard first >= 1, last + 1 < t.count, t[first - 1].kind == .other, t[last + 1].kind == .other else { return false }
        let (open, close) = (text.scalars[t[first - 1].start], text.scalars[t[last + 1].start])
        return open == "\"" && close == "\"" || open == "\u{201C}" && close == "\u{201D}"
    }

    /// Whether word `k` stands in quotes with a gloss in brackets after it that says which
    /// relative the word means (`"Dai" (elder brother)`); not `"Chaya" (husband)`, what the
    /// husband called her (development set 43).
    package static func glossedAsKin(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens
        let quotes = "\"'\u{201C}\u{201D}\u{2018}\u{2019}".unicodeScalars
        guard k >= 1, k + 4 < t.count, t[k - 1].kind == .other, quotes.contains(text.scalars[t[k - 1].start]),
            t[k + 1].kind == .other, quotes.contains(text.scalars[t[k + 1].start]), t[k + 2].kind == .space,
            t[k + 3].kind == .other, text.scalars[t[k + 3].start] == "(", t[k + 4].kind == .word
        else { return false }
        return ["elder", "older", "younger", "eldest", "youngest"].contains(NameMatching.word(text, k + 4).lowercased())
    }

    package static func word(_ text: ScanText, _ i: Int) -> String {
        let t = text.tokens[i]
        return text.slice(t.start..<t.end)
    }

    /// Whether token `i` is an initial (one capital letter, with or without a full stop after
    /// it): the token it ends at (its full stop, if any) and whether it has one.
    package static func initial(_ text: ScanText, _ i: Int) -> (end: Int, dotted: Bool)? {
        let tokens = text.tokens
        guard tokens[i].kind == .word, tokens[i].end - tokens[i].start == 1, text.scalars[tokens[i].start].isScanUppercase
        else { return nil }
        let dotted = i + 1 < tokens.count && tokens[i + 1].kind == .other && text.scalars[tokens[i + 1].start] == "."
        return (dotted ? i + 1 : i, dotted)
    }
}

/// The start of the line holding an offset, remembered from the last offset asked: offsets
/// are mostly asked in text order, so each line is walked back once, not once for every
/// offset on it (the text readers get runs a whole table into one line: walking back to its
/// start for every date and every name was two fifths of lint on corpus F; issue 16).
/// One for each text.
package struct LineStarts {
    private var last: (offset: Int, start: Int)?

    package init() {}

    package mutating func start(of offset: Int, in scalars: [Unicode.Scalar]) -> Int {
        var i = min(offset, scalars.count)
        let floor = last.map { $0.offset <= i ? $0.offset : 0 } ?? 0
        while i > floor, scalars[i - 1] != "\n" { i -= 1 }
        // (At the last offset with no line break between: the last offset's line.)
        let start = i == floor && floor > 0 && scalars[i - 1] != "\n" ? last?.start ?? i : i
        last = (min(offset, scalars.count), start)
        return start
    }
}

extension NameMatching {
    /// Days of the week in two letters, as a rota's heading writes them (`Mo Tu We`); the
    /// longer short forms are `NameContextWords.weekdayAbbreviations`.
    static let weekdayTwoLetters: Set<String> = ["mo", "tu", "we", "th", "fr", "sa", "su"]

    private static func weekdayShort(_ word: String) -> Bool {
        let lower = word.lowercased()
        return weekdayTwoLetters.contains(lower) || NameContextWords.weekdayAbbreviations.contains(lower)
    }

    /// Whether word token `k` is a day written short beside another, capitalised, across a tab
    /// or a column's gap (`Su⇥Mo⇥Tu⇥We`, a rota's heading; development set 112). Not `Su sat`
    /// or `On Sat Fr Doyle`: prose.
    static func inWeekdayRow(_ text: ScanText, _ k: Int) -> Bool {
        guard weekdayShort(word(text, k)) else { return false }
        return [previousWord(text, before: k), nextWord(text, after: k)].contains { n in
            guard let n, abs(n - k) == 2, isCapitalised(word(text, n)) || allCapitals(word(text, n)),
                weekdayShort(word(text, n))
            else { return false }
            let gap = min(n, k) + 1
            return text.isTabBreak(gap) || text.isColumnGap(gap)
        }
    }
}
