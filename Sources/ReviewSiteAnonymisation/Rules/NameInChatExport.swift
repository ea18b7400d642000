import ReviewSiteCore

/// A chat export's sender: `[12/05/2023 12:31]  Ubs 💛:  u coming…`, as WhatsApp writes a
/// thread (development set 82). After a timestamp in square brackets, one or two capitalised
/// words, then a colon (an emoji between is the contact's too). Not an English word (`You:`,
/// `Me:`) nor a title; declared words and register names are the caller's to leave out.
enum NameInChatExport {
    /// Token ranges (first and last word) of each sender in `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for k in tokens.indices where tokens[k].kind == .other && text.scalars[tokens[k].start] == "]" {
            guard timestampBefore(text, k) else { continue }
            var j = k + 1
            while j < tokens.count, tokens[j].kind == .space { j += 1 }
            guard j < tokens.count, tokens[j].kind == .word, NameMatching.isCapitalised(NameMatching.word(text, j)) else {
                continue
            }
            var last = j
            if j + 2 < tokens.count, tokens[j + 1].kind == .space, tokens[j + 2].kind == .word,
                NameMatching.isCapitalised(NameMatching.word(text, j + 2))
            {
                last = j + 2
            }
            // (`Api:`, `Didi Bimu:`: what a sister's contact is saved as, a kin word; with a name
            // after it, the name alone is the sender's; development sets 97 and 102.)
            if kinWords.contains(NameMatching.word(text, j).lowercased()) {
                guard last > j else { continue }
                j = last
            }
            guard colonAfter(text, last),
                [j, last].allSatisfy({
                    let w = NameMatching.word(text, $0)
                    return w.count >= 2 && !NameAfterRole.englishWords.contains(w.lowercased()) && !TitledNameRule.isTitle(w)
                })
            else { continue }
            out.append((j, last))
        }
        return out
    }

    /// Kin words a phone's contacts are saved as: Urdu and Punjabi for an elder sister (`Api`,
    /// `Apa`, `Baji`), Nepali for an elder sister and brother (`Didi`, `Daju`) and a mother
    /// (`Aama`), Urdu and Bengali for Mum and Dad (`Ammi`, `Abbu`, `Ammu`), Somali for Mum and
    /// Dad (`Hooyo`, `Aabo`).
    static let kinWords: Set<String> = [
        "api", "apa", "appi", "baji", "didi", "daju", "aama", "ammi", "abbu", "ammu", "hooyo", "aabo", "bhabhi", "behen",
    ]

    /// Whether `[`, then a time's digits and colon, come in the twelve tokens before `]` at `k`.
    private static func timestampBefore(_ text: ScanText, _ k: Int) -> Bool {
        var j = k - 1, numbers = 0, colon = false
        while j >= 0, j >= k - 12 {
            let t = text.tokens[j]
            switch t.kind {
            case .number: numbers += 1
            case .other:
                let c = text.scalars[t.start]
                if c == "[" { return numbers >= 2 && colon }
                if c == ":" { colon = true }
            case .word, .newline: return false
            case .space: break
            }
            j -= 1
        }
        return false
    }

    /// Whether a colon follows the word at `k`, past spaces and an emoji or two.
    private static func colonAfter(_ text: ScanText, _ k: Int) -> Bool {
        var j = k + 1
        while j < text.tokens.count, j <= k + 6 {
            let t = text.tokens[j]
            if t.kind == .other {
                let c = text.scalars[t.start]
                if c == ":" { return true }
                guard c.value >= 0x80 else { return false }
            } else if t.kind != .space {
                return false
            }
            j += 1
        }
        return false
    }
}
