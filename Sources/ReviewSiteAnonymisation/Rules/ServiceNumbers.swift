/// A member of the armed forces' service number, as orders, logs and letters print it: eight
/// digits near a rank (`25231177 LCpl MATHESON E S`, `former 21170394 Cpl`) or after a
/// `Service No` or `Army No` label (`SERVICE NO 25198432 CPL NAQELEVUKI T`; development set
/// 111). The number is on the soldier's identity card and every record of their service.
enum ServiceNumbers {
    /// Ranks as the forces abbreviate them, folded to lower case (other ranks and officers).
    /// (`WO2` and `2Lt` reach the scan as a word and a number: `wo` and `lt`.)
    static let ranks: WordList = [
        "pte", "lcpl", "cpl", "sgt", "ssgt", "csgt", "wo", "lt", "capt", "maj", "gnr", "spr", "sig", "tpr", "rfn", "fus",
        "gdsm", "cfn", "dvr", "bdr", "lbdr", "mne", "kgn", "lsgt", "sac", "sacw", "lac",
    ]
    private static let labelWords: WordList = ["service", "army", "svc", "personal"]
    private static let numberWords: WordList = ["no", "number", "num"]

    /// Token index of each service number in `text` (first and last are the same number).
    static func find(_ text: ScanText) -> [(first: Int, last: Int)] {
        let tokens = text.tokens
        var out: [(first: Int, last: Int)] = []
        for k in tokens.indices where tokens[k].kind == .number && tokens[k].end - tokens[k].start == 8 {
            // (Not part of a longer number, a date or a reference: `12-25231177`, `25231177/2`.)
            if k > 0, tokens[k - 1].kind == .other, "-/.:#".unicodeScalars.contains(text.scalars[tokens[k - 1].start]) {
                continue
            }
            // (A full stop may end the sentence: `Service No: 30164782.`)
            if k + 1 < tokens.count, tokens[k + 1].kind != .space, tokens[k + 1].kind != .newline,
                !",;)".unicodeScalars.contains(text.scalars[tokens[k + 1].start]),
                !(text.scalars[tokens[k + 1].start] == "." && !StructuredScan.digit(text, tokens[k + 1].end))
            {
                continue
            }
            // (`20230412 CPL meeting`: a date written as eight digits, year first or last.)
            if DateOfBirthRule.eightDigitDate(text, tokens[k], years: 1900...2099) { continue }
            if rankNear(text, k) || labelBefore(text, k) { out.append((k, k)) }
        }
        return out
    }

    /// Whether a rank stands within five words of number `k`, on its line (`25231177 LCpl
    /// MATHESON`, `LCPL 25201776 WAQANIVALU S.`, `Cpl, 25198432, 27 Tpt Regt`, `L/CPL PRICE R G
    /// 30164559`).
    private static func rankNear(_ text: ScanText, _ k: Int) -> Bool {
        for step in [-1, 1] {
            var j = k + step, words = 0
            while j >= 0, j < text.tokens.count, words < 5, text.tokens[j].kind != .newline,
                !(text.tokens[j].kind == .other && ".;!?".unicodeScalars.contains(text.scalars[text.tokens[j].start]))
            {
                if text.tokens[j].kind == .word {
                    if StructuredScan.index(text, token: j, in: ranks) != nil { return true }
                    words += 1
                }
                j += step
            }
        }
        return false
    }

    /// Whether `Service No`, `Army number` or the like (perhaps with a colon) stands right
    /// before number `k`.
    private static func labelBefore(_ text: ScanText, _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0,
            text.tokens[j].kind == .space
                || text.tokens[j].kind == .other && ":.".unicodeScalars.contains(text.scalars[text.tokens[j].start])
        {
            j -= 1
        }
        guard j >= 0, text.tokens[j].kind == .word, StructuredScan.index(text, token: j, in: numberWords) != nil,
            let p = NameMatching.previousWord(text, before: j)
        else { return false }
        return StructuredScan.index(text, token: p, in: labelWords) != nil
    }
}
