import ReviewSiteCore

/// A chat export's sender: `[12/05/2023 12:31]  Ubs 💛:  u coming…`, as WhatsApp writes a
/// thread (development set 82). After a timestamp in square brackets, one or two capitalised
/// words, then a colon (an emoji between is the contact's too). Not an English word (`You:`,
/// `Me:`) nor a title; declared words and register names are the caller's to leave out. An
/// Android phone writes `14/07/2022, 22:13 - Kasiunia 💕:` instead: a date, a time, a dash.
enum NameInChatExport {
    /// Token ranges (first and last word) of each sender in `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        // (After a dash, a sender counts only when it sends twice: `14/07/2022, 10:30 – Hestia:`
        // once is a chronology's agency.)
        var afterDash: [(first: Int, last: Int)] = []
        for k in tokens.indices where tokens[k].kind == .other {
            let dash: Bool
            switch text.scalars[tokens[k].start] {
            case "]":
                guard timestampBefore(text, k) else { continue }
                dash = false
            case "-", "\u{2013}":
                guard datedTimeBefore(text, k) else { continue }
                dash = true
            default: continue
            }
            var j = k + 1
            while j < tokens.count, tokens[j].kind == .space { j += 1 }
            guard j < tokens.count, tokens[j].kind == .word, NameMatching.isCapitalised(NameMatching.word(text, j)) else {
                continue
            }
            var last = j
            // (`Caro peluquera:`, `Yesi arepas:`: a contact saved as a name and a word in lower
            // case for who they are; the name alone is the sender's; development set 114.)
            var described = false
            if j + 2 < tokens.count, tokens[j + 1].kind == .space, tokens[j + 2].kind == .word {
                if NameMatching.isCapitalised(NameMatching.word(text, j + 2)) {
                    last = j + 2
                } else if text.scalars[tokens[j + 2].start].isScanLowercase, colonAfter(text, j + 2) {
                    described = true
                }
            }
            // (`Api:`, `Didi Bimu:`: what a sister's contact is saved as, a kin word; with a name
            // after it, the name alone is the sender's; development sets 97 and 102.)
            if kinWords.contains(NameMatching.word(text, j).lowercased()) {
                guard last > j else { continue }
                j = last
            }
            guard described || colonAfter(text, last),
                [j, last].allSatisfy({
                    let w = NameMatching.word(text, $0)
                    return w.count >= 2 && !NameAfterRole.englishWords.contains(w.lowercased()) && !TitledNameRule.isTitle(w)
                })
            else { continue }
            if dash { afterDash.append((j, last)) } else { out.append((j, last)) }
        }
        let sends = Dictionary(grouping: afterDash, by: { NameMatching.word(text, $0.first) })
        return out + afterDash.filter { (sends[NameMatching.word(text, $0.first)]?.count ?? 0) >= 2 } + titles(text)
    }

    /// `WhatsApp Chat with Simonka ❤️`: the title WhatsApp gives an exported chat, the contact's
    /// name as saved after it, one or two capitalised words to the line's end (development set
    /// 107).
    private static func titles(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        // (Compared scalar by scalar: a string made for every word was a cost on every text.)
        let whatsApp = Array("WhatsApp".unicodeScalars)
        for k in tokens.indices
        where tokens[k].kind == .word && tokens[k].end - tokens[k].start == 8
            && text.scalars[tokens[k].start..<tokens[k].end].elementsEqual(whatsApp)
        {
            guard k + 6 < tokens.count, NameMatching.word(text, k + 2).lowercased() == "chat",
                NameMatching.word(text, k + 4) == "with", tokens[k + 6].kind == .word
            else { continue }
            var last = k + 6
            if last + 2 < tokens.count, tokens[last + 1].kind == .space, tokens[last + 2].kind == .word,
                NameMatching.isCapitalised(NameMatching.word(text, last + 2))
            {
                last += 2
            }
            // The line ends after the name, perhaps after an emoji or two.
            var e = last + 1
            while e < tokens.count,
                tokens[e].kind == .space || tokens[e].kind == .other && text.scalars[tokens[e].start].value >= 0x2000
            {
                e += 1
            }
            guard e == tokens.count || tokens[e].kind == .newline,
                [k + 6, last].allSatisfy({
                    let w = NameMatching.word(text, $0)
                    return w.count >= 2 && NameMatching.isCapitalised(w) && !NameAfterRole.englishWords.contains(w.lowercased())
                        && !TitledNameRule.isTitle(w)
                })
            else { continue }
            out.append((k + 6, last))
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

    /// Whether a date, a comma and a time (perhaps `am` or `pm`) come before the dash at `k`, from
    /// the line's start (past bold's asterisks): `14/07/2022, 22:13 – ` (development set 100).
    private static func datedTimeBefore(_ text: ScanText, _ k: Int) -> Bool {
        var j = k - 1, numbers = 0, colon = false, comma = false
        while j >= 0, j >= k - 16 {
            let t = text.tokens[j]
            switch t.kind {
            case .number: numbers += 1
            case .other:
                switch text.scalars[t.start] {
                case ":": colon = true
                case ",": comma = true
                // (`- 14/07/2022, 22:13 - Kasiunia:` as a list's item, `> ` as a quotation's line.)
                case "/", ".", "*", "-", ">": break
                default: return false
                }
            case .word:
                guard ["am", "pm"].contains(NameMatching.word(text, j).lowercased()) else { return false }
            case .newline: return numbers >= 5 && colon && comma
            case .space: break
            }
            j -= 1
        }
        return j < 0 && numbers >= 5 && colon && comma
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
