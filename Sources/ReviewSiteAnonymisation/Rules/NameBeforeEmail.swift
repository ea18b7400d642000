import ReviewSiteCore

/// A name with its own email address after it, as a contacts table or a letter's signature
/// gives them: `| Tsega Woldemichael, tsega.w@habeshacolne.example |` (development set 46).
/// One to three capitalised words straight before the address (a comma, `<`, `(`, a colon or a
/// dash between), none a title or a place or agency's word, one of them also a part of the
/// address's own name (`tsega`): so a team's or a service's mailbox after its name is none.
/// Declared words and register names are the caller's to leave out.
enum NameBeforeEmail {
    /// Token ranges (first and last word) of each such name in `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for a in tokens.indices.dropFirst() where tokens[a].kind == .other && text.scalars[tokens[a].start] == "@" {
            // The address's own name: words and digits joined by `.`, `_` or `-`.
            var k = a - 1
            var parts: [String] = []
            while k >= 0, tokens[k].kind == .word || tokens[k].kind == .number || isJoiner(text, k) {
                if tokens[k].kind == .word { parts.append(NameMatching.fold(NameMatching.word(text, k))) }
                k -= 1
            }
            guard !parts.isEmpty else { continue }
            // What parts the name from its address: spaces and one mark.
            var marks = 0
            while k >= 0, tokens[k].kind == .space || isMark(text, k) {
                if tokens[k].kind == .other { marks += 1 }
                k -= 1
            }
            guard marks <= 1 else { continue }
            let words = NameBeforeHandle.nameWords(text, endingAt: k, most: 3)
            func spelt(_ w: Int) -> Bool {
                let name = NameMatching.fold(NameMatching.word(text, w))
                return name.count >= 3 && parts.contains { $0 == name || $0.count > name.count && $0.hasPrefix(name) }
            }
            // The name starts at its first word the address spells or gives the initial of:
            // `teacher Hafiz Tanveer Arshad, tanveer.arshad@…` is `Tanveer Arshad`.
            func initialled(_ w: Int) -> Bool {
                let name = NameMatching.fold(NameMatching.word(text, w))
                return parts.contains { $0.count == 1 && name.hasPrefix($0) }
            }
            guard let last = words.last, words.contains(where: spelt),
                let first = words.first(where: { spelt($0) || initialled($0) })
            else { continue }
            // (`Ysbyty Gwenllian <falls.gwenllian@…>`: a building named after someone, and its
            // clinic's mailbox; development set 73.)
            if let p = NameMatching.previousWord(text, before: first),
                NameContextWords.welshBuildings.contains(NameMatching.fold(NameMatching.word(text, p)))
            {
                continue
            }
            // (`Concierge Team – Barnfield <concierge.barnfield@…>`: a team's display name, an
            // agency's word before its place; development set 106.)
            if agencyBefore(text, first) { continue }
            // (`Bursary <bursary@…>`: a service's mailbox under its own name; development set 110.)
            if EmailRule.isRoleMailbox(parts.reversed().joined(separator: ".")) { continue }
            out.append((first, last))
        }
        return out
    }

    /// Whether an agency's word (`Team`) comes before token `k`, past a dash.
    private static func agencyBefore(_ text: ScanText, _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, text.tokens[j].kind == .space || isMark(text, j) { j -= 1 }
        return j >= 0 && text.tokens[j].kind == .word
            && NameContextWords.placeOrAgency.contains(NameMatching.fold(NameMatching.word(text, j)))
    }

    private static func isJoiner(_ text: ScanText, _ k: Int) -> Bool {
        text.tokens[k].kind == .other && ".-_".unicodeScalars.contains(text.scalars[text.tokens[k].start])
            && text.tokens[k].end - text.tokens[k].start == 1
    }

    private static func isMark(_ text: ScanText, _ k: Int) -> Bool {
        text.tokens[k].kind == .other && text.tokens[k].end - text.tokens[k].start == 1
            && ",<(:\u{2013}\u{2014}-".unicodeScalars.contains(text.scalars[text.tokens[k].start])
    }
}
