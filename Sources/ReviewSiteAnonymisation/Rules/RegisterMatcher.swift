import ReviewSiteCore
import ReviewSiteNames
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
package struct RegisterMatcher: Sendable {
    package struct Entry: Sendable {
        package var number: Int
        package var words: [String]
    }

    /// Entries by their first folded word, longest first so the longest entry wins.
    private var byFirstWord: [String: [Entry]] = [:]
    /// Multi-word entries by their words run together.
    private var byJoined: [String: Int] = [:]

    package init(entries: [(number: Int, name: String)]) {
        for (number, name) in entries {
            let scalars = Array(name.unicodeScalars)
            let words = ScanTokenizer.tokens(scalars).filter { $0.kind == .word }.map { t -> String in
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[t.start..<t.end])
                return NameMatching.fold(String(s))
            }
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(Entry(number: number, words: words))
            if words.count > 1 {
                let joined = words.joined().replacingOccurrences(of: "'", with: "")
                if byJoined[joined] == nil { byJoined[joined] = number }
            }
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.words.count > $1.words.count } }
    }

    package var isEmpty: Bool { byFirstWord.isEmpty }

    /// Every match in the text: the entry number and the scalar range it covers, in order,
    /// never overlapping.
    package func matches(in text: ScanText) -> [(number: Int, range: Range<Int>, tokens: Range<Int>)] {
        guard !isEmpty else { return [] }
        var out: [(Int, Range<Int>, Range<Int>)] = []
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word else { i += 1; continue }
            if let m = match(text, at: i) {
                out.append((m.number, tokens[i].start..<tokens[m.last].end, i..<(m.last + 1)))
                i = m.last + 1
            } else {
                i += 1
            }
        }
        return out
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
        for form in forms { if let n = byJoined[form.replacingOccurrences(of: "'", with: "")] { return (n, i) } }
        return nil
    }

    /// The forms a word may take as the last word of an entry: as written, without a
    /// possessive `'s`, and without the `s` of a plural possessive (`Smiths'`).
    private func lastWordForms(_ text: ScanText, _ i: Int, _ folded: String) -> [String] {
        var forms = [folded]
        let (base, possessive) = NameMatching.stripPossessive(folded)
        if possessive { forms.append(base) }
        if folded.hasSuffix("s"), folded.count > 1, i + 1 < text.tokens.count, text.tokens[i + 1].kind == .other,
           "'\u{2019}".unicodeScalars.contains(text.scalars[text.tokens[i + 1].start]) {
            forms.append(String(folded.dropLast()))
        }
        return forms
    }

    private func follow(_ entry: Entry, _ text: ScanText, from i: Int, first: String, forms: [String]) -> Int? {
        if entry.words.count == 1 { return forms.contains(entry.words[0]) ? i : nil }
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
           "-._'\u{2019}".unicodeScalars.contains(text.scalars[tokens[j].start]) {
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
