import ReviewSiteCore

/// `Left to right: Mele Fifita, Salote (Aholelei), Mereoni Tuidraki, Sushila Gurung and Mrs
/// Losana Kaufusi.`: a photograph's caption names the people in it, so each item of the list
/// after `Left to right:` or `Pictured:` that is two or three capitalised words is a name,
/// whether or not a list knows it (development set 57). A title's item is the titled-name
/// rule's; declared words and register names are the caller's to leave out.
enum NameListInCaption {
    /// Token ranges (first and last word) of each such name in `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for k in tokens.indices where tokens[k].kind == .other && text.scalars[tokens[k].start] == ":" {
            guard introducesCaption(text, colon: k) else { continue }
            var item: [Int] = []
            var j = k + 1
            func close() {
                if (2...3).contains(item.count), !TitledNameRule.isTitle(NameMatching.word(text, item[0])),
                    item.allSatisfy({ NameMatching.isCapitalised(NameMatching.word(text, $0)) }),
                    !item.contains(where: {
                        NameContextWords.placeOrAgency.contains(NameMatching.fold(NameMatching.word(text, $0)))
                    })
                {
                    out.append((item[0], item[item.count - 1]))
                }
                item = []
            }
            // Up to the sentence's end; items end at a comma, `and`, or a bracket.
            scan: while j < tokens.count {
                let t = tokens[j]
                switch t.kind {
                case .word:
                    if NameMatching.word(text, j) == "and" { close() } else { item.append(j) }
                case .other:
                    let c = text.scalars[t.start]
                    if ".;!?".unicodeScalars.contains(c) { break scan }
                    if c == "," || c == "(" || c == ")" { close() }
                case .number: break scan
                default: break
                }
                j += 1
            }
            close()
        }
        return out
    }

    /// Whether the colon at `colon` ends `Left to right`, `From left` or `Pictured`.
    private static func introducesCaption(_ text: ScanText, colon: Int) -> Bool {
        guard let last = NameMatching.previousWord(text, before: colon), last + 1 == colon else { return false }
        let word = NameMatching.word(text, last).lowercased()
        if word == "pictured" { return true }
        guard word == "right" || word == "left" else { return false }
        guard let p = NameMatching.previousWord(text, before: last) else { return false }
        let before = NameMatching.word(text, p).lowercased()
        if before == "from" { return true }
        guard before == "to", let q = NameMatching.previousWord(text, before: p) else { return false }
        return ["left", "right"].contains(NameMatching.word(text, q).lowercased())
    }
}
