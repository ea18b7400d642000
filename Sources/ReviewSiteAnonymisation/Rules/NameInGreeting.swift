import ReviewSiteCore

/// A name no list knows in an email's or a letter's greeting or sign-off: `Hi Wojtek,`,
/// `Dear Wojtek,`, and `Cheers` (or `Kind regards,`) then `Wojtek` alone on the next line (development set 46: a
/// Polish short form). The word is capitalised, two letters or more, and no English word,
/// given name (the main rule's), place, agency, title, month or language (`Dear Colleague,`,
/// `Hi All,`, `Thanks` then `Housing`). Declared words and register names are the caller's to
/// leave out.
enum NameInGreeting {
    /// Token index of each such name in `text`.
    static func find(_ text: ScanText) -> [Int] {
        let tokens = text.tokens
        var out: [Int] = []
        // Only a line's first word can open a greeting or a closing: those, found from the
        // line breaks, not every word (issue 16).
        var starts: [Int] = []
        var atStart = true
        for k in tokens.indices {
            switch tokens[k].kind {
            case .newline: atStart = true
            case .space: break
            case .word:
                if atStart { starts.append(k) }
                atStart = false
            default:
                if !(atStart && ">*_".unicodeScalars.contains(text.scalars[tokens[k].start])) { atStart = false }
            }
        }
        for k in starts where StructuredScan.index(text, token: k, in: greetings) != nil {
            // `Hi Wojtek,`: a greeting, one space, the name, then a comma, `!` or the line's end.
            guard k + 2 < tokens.count, tokens[k + 1].kind == .space, tokens[k + 1].end - tokens[k + 1].start == 1,
                tokens[k + 2].kind == .word, endsGreeting(text, after: k + 2), unknownName(text, k + 2)
            else { continue }
            out.append(k + 2)
        }
        // `Cheers` or `Kind regards,` then `Wojtek`: a closing of up to three words alone on its
        // line, ending in a closing word, the name alone on the next (a blank line may come between).
        for k in starts {
            var j = k
            var words = 0, last = k
            while j < tokens.count, tokens[j].kind != .newline {
                if tokens[j].kind == .word {
                    words += 1
                    last = j
                } else if tokens[j].kind == .other, !isComma(text, j) {
                    words = 4
                }
                j += 1
            }
            guard words <= 3, StructuredScan.index(text, token: last, in: closings) != nil, j < tokens.count else { continue }
            var newlines = 0
            // (`> Yours,` `>` `> Abdulhaq Bhayat`: a quoted email's `>` opens each line; set 92.)
            while j < tokens.count, tokens[j].kind == .newline || tokens[j].kind == .space || isQuoteMark(text, j) {
                if tokens[j].kind == .newline { newlines += 1 }
                j += 1
            }
            guard newlines <= 2, j < tokens.count, tokens[j].kind == .word, unknownName(text, j) else { continue }
            var e = j + 1
            while e < tokens.count, tokens[e].kind == .space { e += 1 }
            // (`Abdulhaq Bhayat`: a surname after it, no list's either, on the same line.)
            if e == j + 2, tokens[j + 1].end - tokens[j + 1].start == 1, tokens[e].kind == .word, unknownName(text, e) {
                var f = e + 1
                while f < tokens.count, tokens[f].kind == .space { f += 1 }
                if f == tokens.count || tokens[f].kind == .newline {
                    out.append(j)
                    out.append(e)
                    continue
                }
            }
            guard e == tokens.count || tokens[e].kind == .newline else { continue }
            out.append(j)
        }
        return out
    }

    static let greetings: WordList = ["hi", "hello", "dear", "hiya", "hey"]
    /// The last words of an email's closing, on a line of their own.
    static let closings: WordList = [
        "cheers", "thanks", "regards", "best", "wishes", "love", "thankyou", "ta", "yours", "sincerely", "faithfully",
    ]

    /// A quoted email's `>` at a line's start.
    private static func isQuoteMark(_ text: ScanText, _ k: Int) -> Bool {
        text.tokens[k].kind == .other && text.scalars[text.tokens[k].start] == ">"
            && (k == 0 || text.tokens[k - 1].kind == .newline || text.tokens[k - 1].kind == .space)
    }

    private static func isComma(_ text: ScanText, _ k: Int) -> Bool {
        let c = text.scalars[text.tokens[k].start]
        return c == "," || c == "!" || c == "."
    }

    /// Whether a comma, `!` or the line's end comes right after token `k`.
    private static func endsGreeting(_ text: ScanText, after k: Int) -> Bool {
        let j = k + 1
        guard j < text.tokens.count else { return true }
        if text.tokens[j].kind == .newline { return true }
        return text.tokens[j].kind == .other
            && (text.scalars[text.tokens[j].start] == "," || text.scalars[text.tokens[j].start] == "!")
    }

    /// `NameAloneAfterRole.nameWord`, in small letters (not a shout), no listed given name (the
    /// main rule's), role, team's mailbox word or kin word (`Dear Akka`).
    private static func unknownName(_ text: ScanText, _ n: Int) -> Bool {
        let word = NameMatching.word(text, n)
        return !word.allSatisfy(\.isUppercase) && FirstNames.kind(of: word) == nil
            && NameAloneAfterRole.nameWord(text, n) && !NameAfterRole.isRole(text, n)
            && !EmailRule.roleMailboxes.contains(word.lowercased())
            && !NicknameAfterCalled.notNicknames.contains(NameMatching.fold(word))
    }
}
