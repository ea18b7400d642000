import ReviewSiteCore

/// A name with the pronouns its owner goes by after it, as an email's signature gives them:
/// `Firouzeh Rahimi (she/her)` (development set 88). One to three capitalised words straight
/// before the brackets, none a title, a place's or an agency's word or an English word that is
/// no given name (`IDVA (she/her)`, `Housing Team (they/them)` are none); two words at least,
/// so a given name alone stays the main rule's. Declared words and register names are the
/// caller's to leave out.
enum NameBeforePronouns {
    static let pronouns: Set<String> = ["she", "her", "hers", "he", "him", "his", "they", "them", "theirs", "ze", "zir"]

    /// Token ranges (first and last word) of each such name in `text`.
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for b in tokens.indices.dropFirst(2) where tokens[b].kind == .other && text.scalars[tokens[b].start] == "(" {
            guard tokens[b - 1].kind == .space, tokens[b - 1].end - tokens[b - 1].start == 1, pronounsAfter(text, b)
            else { continue }
            let words = NameBeforeHandle.nameWords(text, endingAt: b - 2, most: 3)
            guard words.count >= 2, let first = words.first, let last = words.last else { continue }
            out.append((first, last))
        }
        return out
    }

    /// Whether `(she/her)`, `(they/them)` or `(he/they)` follows the bracket at token `b`.
    private static func pronounsAfter(_ text: ScanText, _ b: Int) -> Bool {
        let tokens = text.tokens
        guard b + 4 < tokens.count, tokens[b + 1].kind == .word, tokens[b + 2].kind == .other,
            text.scalars[tokens[b + 2].start] == "/", tokens[b + 2].end - tokens[b + 2].start == 1,
            tokens[b + 3].kind == .word
        else { return false }
        var k = b + 3
        // (`(she/her/hers)`: a third pronoun.)
        if k + 2 < tokens.count, tokens[k + 1].kind == .other, text.scalars[tokens[k + 1].start] == "/",
            tokens[k + 2].kind == .word
        {
            k += 2
        }
        guard k + 1 < tokens.count, tokens[k + 1].kind == .other, text.scalars[tokens[k + 1].start] == ")" else {
            return false
        }
        return stride(from: b + 1, through: k, by: 2).allSatisfy {
            pronouns.contains(NameMatching.word(text, $0).lowercased())
        }
    }
}
