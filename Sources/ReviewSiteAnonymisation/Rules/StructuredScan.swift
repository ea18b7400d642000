import ReviewSiteCore
import ReviewSiteNames

/// Small, allocation-free helpers shared by the structured-identifier rules. Everything is
/// bounds-checked: an offset outside the text is simply "not a letter", "not a digit".
package enum StructuredScan {
    package static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    package static func isUpper(_ s: Unicode.Scalar) -> Bool { s.value >= 65 && s.value <= 90 }
    package static func isLower(_ s: Unicode.Scalar) -> Bool { s.value >= 97 && s.value <= 122 }
    package static func isLetter(_ s: Unicode.Scalar) -> Bool { isUpper(s) || isLower(s) }
    /// ASCII upper-case of a letter (other scalars unchanged), as a code point.
    package static func upper(_ s: Unicode.Scalar) -> UInt32 { isLower(s) ? s.value - 32 : s.value }
    package static func lower(_ s: Unicode.Scalar) -> UInt32 { isUpper(s) ? s.value + 32 : s.value }

    package static func at(_ t: ScanText, _ i: Int) -> Unicode.Scalar? {
        i >= 0 && i < t.scalars.count ? t.scalars[i] : nil
    }
    package static func digit(_ t: ScanText, _ i: Int) -> Bool { at(t, i).map(isDigit) ?? false }
    package static func letter(_ t: ScanText, _ i: Int) -> Bool { at(t, i).map(isLetter) ?? false }
    /// Any letter (any script) or ASCII digit: what a word or number is made of.
    package static func wordChar(_ t: ScanText, _ i: Int) -> Bool {
        guard let s = at(t, i) else { return false }
        return isDigit(s) || s.isScanLetter
    }
    package static func isChar(_ t: ScanText, _ i: Int, _ c: Unicode.Scalar) -> Bool { at(t, i) == c }

    /// Value of the ASCII digits in `range` (nil if not all digits or too long to matter).
    /// A company's own letterhead or signature line: `Promenade Lettings Ltd | 41 High Street,
    /// Porth Morfa | Tel 01632 960 470` (development set 93). Whether a word that ends a
    /// company's name (`Ltd`, `Limited`, `LLP`, `plc`), capitalised, stands earlier on token `k`'s
    /// line, with a `|` between or within six tokens (not `was limited to 16 weeks, … 42
    /// Station Road`: development set 4).
    package static func companyBefore(_ text: ScanText, _ k: Int) -> Bool {
        var j = k - 1, bar = false
        while j >= 0, text.tokens[j].kind != .newline {
            let t = text.tokens[j]
            if t.kind == .other, text.scalars[t.start] == "|" { bar = true }
            if t.kind == .word, index(text, token: j, in: companyEndings) != nil,
                isUpper(text.scalars[t.start]) || equals(text, t.start..<t.end, "plc")
            {
                return bar || k - j <= 6
            }
            j -= 1
        }
        return false
    }

    static let companyEndings: WordList = ["ltd", "limited", "llp", "plc"]

    /// Whether a colon (spaces, `*` or `_` of emphasis between) comes right before scalar `start`.
    package static func colonBefore(_ text: ScanText, _ start: Int) -> Bool {
        var i = start - 1
        while i >= 0, text.scalars[i] == " " || text.scalars[i] == "*" || text.scalars[i] == "_" { i -= 1 }
        return i >= 0 && text.scalars[i] == ":"
    }

    package static func number(_ t: ScanText, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 9, range.lowerBound >= 0, range.upperBound <= t.scalars.count else { return nil }
        var v = 0
        for i in range {
            let s = t.scalars[i]
            guard isDigit(s) else { return nil }
            v = v * 10 + Int(s.value - 48)
        }
        return v
    }

    /// Whether the scalars in `range` spell `word`, ignoring ASCII case. `word` is lower-case.
    package static func equals(_ t: ScanText, _ range: Range<Int>, _ word: String) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= t.scalars.count else { return false }
        // An ASCII word by its bytes, which are its scalars (the scalar view was 5% of lint
        // on corpus B); a word never has more scalars than bytes.
        let bytes = word.utf8
        guard range.count <= bytes.count else { return false }
        var i = range.lowerBound
        for b in bytes {
            if b >= 0x80 { return equalsScalars(t, range, word) }
            guard i < range.upperBound, lower(t.scalars[i]) == UInt32(b) else { return false }
            i += 1
        }
        return i == range.upperBound
    }

    /// `equals` for any word, scalar by scalar.
    private static func equalsScalars(_ t: ScanText, _ range: Range<Int>, _ word: String) -> Bool {
        var i = range.lowerBound
        for w in word.unicodeScalars {
            guard i < range.upperBound, lower(t.scalars[i]) == w.value else { return false }
            i += 1
        }
        return i == range.upperBound
    }

    /// Index of the first of `words` that the range spells, ignoring case: one hash look-up
    /// for a short ASCII word (the usual case), the letter-by-letter loop below otherwise.
    package static func index(_ t: ScanText, _ range: Range<Int>, in words: WordList) -> Int? {
        guard range.lowerBound >= 0, range.upperBound <= t.scalars.count, !range.isEmpty else { return nil }
        if range.count <= WordList.packedLength, let key = WordList.key(t.scalars, range) {
            return words.lookup(key)
        }
        let first = lower(t.scalars[range.lowerBound])
        for (i, word, length, firstScalar) in words.others {
            // (By its scalars: `março` is five scalars and six UTF-8 bytes.)
            if length == range.count, firstScalar == first, equals(t, range, word) { return i }
        }
        return nil
    }

    /// What `find` reports at the offsets from `from` before each run of digits (a number
    /// token) to `to` before its end, in order, going on after each finding: for identifiers
    /// that hold digits, so the rest of the text is never looked at (issue 16).
    package static func nearDigits(
        _ text: ScanText, from: Int, to: Int, _ find: (Int) -> AnonymisationFinding?
    ) -> [AnonymisationFinding] {
        var out: [AnonymisationFinding] = []
        var next = 0
        for run in text.tokens where run.kind == .number {
            var i = max(next, run.start - from)
            while i < run.end - to {
                if let found = find(i) {
                    out.append(found)
                    i = found.range.upperBound
                } else {
                    i += 1
                }
            }
            next = max(next, i)
        }
        return out
    }

    /// `index(_:_:in:)` of token `k`, by the key its text made once: the same answer, as the
    /// key is the one `index` would make of the token's range.
    package static func index(_ t: ScanText, token k: Int, in words: WordList) -> Int? {
        let key = t.wordKeys[k]
        if key != 0 { return words.lookup(key) }
        return index(t, t.tokens[k].start..<t.tokens[k].end, in: words)
    }

    /// How far `listWordBefore` looks back: at most `words` words, not past the start of the
    /// line (with `.paragraph`, past a blank line) nor past a token starting with one of `stops`.
    package struct LookBack: Sendable {
        package enum Boundary: Sendable { case line, paragraph }
        package let words: Int
        package let boundary: Boundary
        package let stops: String
        package init(words: Int, boundary: Boundary, stops: String = "") {
            self.words = words
            self.boundary = boundary
            self.stops = stops
        }
    }

    /// Whether a word of `list` is among the words before token `i` that `look` allows; a word
    /// of `veto` met first answers no (`her mobile, the council's landline …`).
    package static func listWordBefore(
        _ t: ScanText, token i: Int, _ look: LookBack, in list: WordList, unless veto: WordList? = nil
    ) -> Bool {
        var k = i, words = 0
        while k > 0, words < look.words {
            k -= 1
            let token = t.tokens[k]
            if token.kind == .newline, look.boundary == .line || (k > 0 && t.tokens[k - 1].kind == .newline) { return false }
            if token.kind == .other, look.stops.unicodeScalars.contains(t.scalars[token.start]) { return false }
            guard token.kind == .word else { continue }
            words += 1
            if let veto, index(t, token: k, in: veto) != nil { return false }
            if index(t, token: k, in: list) != nil { return true }
        }
        return false
    }

    /// Whether token `k` spells the word whose key is `key` (`WordList.key(of:)`), ignoring
    /// ASCII case: `equals` for a short lower-case ASCII word, as one comparison.
    package static func equals(_ t: ScanText, token k: Int, _ key: UInt64) -> Bool { t.wordKeys[k] == key }

    /// Index of the first of `words` (lower-case) that the range spells, ignoring case.
    /// The lists are short, lower-case ASCII words, so compare lengths and first letters through the UTF-8
    /// view (constant time for native strings) before any letter-by-letter comparison.
    package static func index(_ t: ScanText, _ range: Range<Int>, in words: [String]) -> Int? {
        guard range.lowerBound >= 0, range.upperBound <= t.scalars.count, !range.isEmpty else { return nil }
        let first = lower(t.scalars[range.lowerBound])
        for (i, word) in words.enumerated() {
            let u = word.utf8
            if u.count == range.count, let f = u.first, UInt32(f) == first, equals(t, range, word) { return i }
        }
        return nil
    }

    /// Whether the token starts with an upper-case letter (a proper noun in running text).
    package static func capitalised(_ t: ScanText, _ token: ScanToken) -> Bool {
        guard let s = at(t, token.start) else { return false }
        return s.isScanUppercase
    }

    /// Index of the token that contains scalar `offset` (tokens cover the text without gaps).
    package static func tokenIndex(_ t: ScanText, at offset: Int) -> Int? {
        var lo = 0, hi = t.tokens.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let tok = t.tokens[mid]
            if offset < tok.start { hi = mid - 1 } else if offset >= tok.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    /// The ASCII digits of a string: how phone numbers are compared.
    package static func digits(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter(isDigit)))
    }
}

/// A rule's list of lower-case words, prepared once so `StructuredScan.index` finds a word
/// with one hash look-up instead of comparing it with every word of the list (issue 16).
/// Behaves as the array it was written as (order, subscript, `contains`).
package struct WordList: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    /// ASCII words up to this many letters are packed into one integer with their length.
    static let packedLength = 7
    package let words: [String]
    /// Packed short ASCII words (never 0: the length is in the top byte) and the index of
    /// their first occurrence, in an open-addressing table (a multiply and a compare or two:
    /// Swift's Dictionary hashes with SipHash, which cost more than the loop it replaced).
    let slots: [UInt64]
    let slotIndex: [Int]
    let mask: Int
    /// Every other word with its index, its length in scalars and its first scalar, in order
    /// (they need the letter-by-letter test).
    let others: [(Int, String, Int, UInt32)]

    package init(_ words: [String]) {
        self.words = words
        var size = 8
        while size < words.count * 4 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        var slotIndex = [Int](repeating: -1, count: size)
        var others: [(Int, String, Int, UInt32)] = []
        for (i, word) in words.enumerated() {
            let scalars = Array(word.unicodeScalars)
            // Only words that the loop in StructuredScan.index could match by their scalars:
            // lower-case ASCII (an upper-case letter in a list never matches, as before).
            if scalars.count <= Self.packedLength, !scalars.isEmpty,
                scalars.allSatisfy({ $0.value < 0x80 && !StructuredScan.isUpper($0) }),
                let key = Self.key(scalars, 0..<scalars.count)
            {
                var at = Self.slot(key, size - 1)
                while slots[at] != 0 && slots[at] != key { at = (at + 1) & (size - 1) }
                if slots[at] == 0 { slots[at] = key; slotIndex[at] = i }  // the first occurrence wins
            } else {
                others.append((i, word, scalars.count, scalars.first?.value ?? 0))
            }
        }
        self.slots = slots
        self.slotIndex = slotIndex
        self.mask = size - 1
        self.others = others
    }

    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

    /// The index of the packed word `key`, if the list has it.
    @inline(__always)
    func lookup(_ key: UInt64) -> Int? {
        var at = Self.slot(key, mask)
        while true {
            let k = slots[at]
            if k == key { return slotIndex[at] }
            if k == 0 { return nil }
            at = (at + 1) & mask
        }
    }

    package init(arrayLiteral elements: String...) { self.init(elements) }

    /// The key of a lower-case ASCII word of up to `packedLength` letters (a rule's constant).
    package static func key(of word: String) -> UInt64 {
        let scalars = Array(word.unicodeScalars)
        precondition(
            scalars.count <= packedLength && scalars.allSatisfy { $0.value < 0x80 && !StructuredScan.isUpper($0) })
        return key(scalars, 0..<scalars.count) ?? 0
    }

    /// The range's scalars lower-cased (ASCII letters only, as StructuredScan.lower) and
    /// packed with their count; nil if any is not ASCII or there are too many.
    @inline(__always)
    static func key(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64? {
        guard range.count <= packedLength else { return nil }
        var key = UInt64(range.count) << 56
        var shift: UInt64 = 0
        for i in range {
            let v = scalars[i].value
            guard v < 0x80 else { return nil }
            key |= UInt64(StructuredScan.lower(scalars[i])) << shift
            shift += 8
        }
        return key
    }

    package var startIndex: Int { words.startIndex }
    package var endIndex: Int { words.endIndex }
    package subscript(i: Int) -> String { words[i] }
}
