/// Where a large built file may be cut into parts for the leak check
/// (`SiteScan.scanFileInParts`): only before a line that starts (after spaces) with a block
/// tag (`<li>`, `<entry>`, `</ul>`), outside any tag, comment, CDATA section, script or
/// style, where `HTMLText` puts a paragraph break, so no part's text runs on into the next.
/// JSON is not cut here: nothing breaks its text between entries, and the date-of-birth rule
/// reads a keyword in one entry for a date in the next (`overlappingLineParts` cuts it with
/// an overlap instead).
///
/// It reads UTF-8 bytes the way `HTMLText.init` reads scalars (every byte it decides on is
/// ASCII); where a non-ASCII scalar could change its reading (after a `<`, in a tag's name,
/// at the end of a script), it stops cutting.
package enum TextParts {
    /// Byte offsets, each at least `partSize` after the one before.
    package static func cuts(_ source: String, partSize: Int) -> [Int] {
        var source = source
        return source.withUTF8 { bytes in
            var reader = Reader(s: bytes, partSize: partSize)
            return reader.cuts()
        }
    }

    /// Calls `body` with each part of `source` cut at `cuts` (each at a line start, so every
    /// part is whole UTF-8), one at a time, until it returns false.
    package static func forEachPart(_ source: String, at cuts: [Int], _ body: (String) -> Bool) {
        forEachPart(source, in: ranges(cuts, end: source.utf8.count), body)
    }

    /// The byte ranges between `cuts`, from 0 to `end`.
    package static func ranges(_ cuts: [Int], end: Int) -> [Range<Int>] {
        zip([0] + cuts, cuts + [end]).map { $0..<$1 }
    }

    /// Calls `body` with the text of each byte range of `source` (each starting and ending at a
    /// line start or the end), one at a time, until it returns false.
    package static func forEachPart(_ source: String, in ranges: [Range<Int>], _ body: (String) -> Bool) {
        var source = source
        source.withUTF8 { bytes in
            for r in ranges where !body(String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)) {
                return
            }
        }
    }

    /// Parts of plain text (JSON: the search index, reviews.json), whose text nothing breaks
    /// between entries: cut at line starts at least `partSize` bytes apart, each part but the
    /// first starting `overlap` bytes (or a little more, at a line start) before its cut, so a
    /// rule reading words before a date or a name (fifteen at most) reads them in the part the
    /// date is in. (A raw line break in JSON is always between values, never in a string.)
    package static func overlappingLineParts(_ source: String, partSize: Int, overlap: Int) -> [Range<Int>] {
        var source = source
        return source.withUTF8 { bytes -> [Range<Int>] in
            var cuts: [Int] = []
            var last = 0
            for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") && i + 1 < bytes.count && i + 1 - last >= partSize {
                cuts.append(i + 1)
                last = i + 1
            }
            // The line start at or before `offset` (0 when none).
            func lineStart(atOrBefore offset: Int) -> Int {
                var i = max(0, offset)
                while i > 0, bytes[i - 1] != UInt8(ascii: "\n") { i -= 1 }
                return i
            }
            guard !cuts.isEmpty else { return [] }
            return ranges(cuts, end: bytes.count).map { r in
                (r.lowerBound == 0 ? 0 : lineStart(atOrBefore: r.lowerBound - overlap))..<r.upperBound
            }
        }
    }

    private struct Reader {
        let s: UnsafeBufferPointer<UInt8>
        let partSize: Int
        var out: [Int] = []
        /// Where the text read since the last markup starts.
        var textFrom = 0

        init(s: UnsafeBufferPointer<UInt8>, partSize: Int) {
            self.s = s
            self.partSize = partSize
        }

        /// The main loop of `HTMLText.init`: text up to a `<`, then the markup there.
        mutating func cuts() -> [Int] {
            var i = 0
            while i < s.count {
                guard s[i] == UInt8(ascii: "<") else {
                    while i < s.count, s[i] != UInt8(ascii: "<") { i += 1 }
                    continue
                }
                guard let next = markup(at: i) else { return out }
                i = next
                textFrom = i
            }
            return out
        }

        /// A comment, CDATA, declaration or tag at `<` (`HTMLText.Reader.markup`); nil where
        /// the reading may differ from `HTMLText`'s.
        mutating func markup(at i: Int) -> Int? {
            if starts(i, "<!--") { return min(s.count, (find(i + 4, "-->") ?? s.count) + 3) }
            if starts(i, "<![CDATA[") { return min(s.count, (find(i + 9, "]]>") ?? s.count) + 3) }
            guard i + 1 < s.count else { return i + 1 }
            let c = s[i + 1]
            if c == UInt8(ascii: "!") || c == UInt8(ascii: "?") { return (find(i, ">") ?? s.count - 1) + 1 }
            if c >= 0x80 { return nil }
            if c == UInt8(ascii: "/") || isLetter(c) { return tag(at: i) }
            return i + 1
        }

        /// `HTMLText.Reader.tag`: a tag and its attributes (and a script's or style's text).
        mutating func tag(at i: Int) -> Int? {
            let closing = s[i + 1] == UInt8(ascii: "/")
            var j = closing ? i + 2 : i + 1
            let nameStart = j
            while j < s.count, !isSpace(s[j]), s[j] != UInt8(ascii: ">"), s[j] != UInt8(ascii: "/") {
                if s[j] >= 0x80 { return nil }
                j += 1
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: s[nameStart..<j]), as: UTF8.self).lowercased()
            if !HTMLText.inlineTags.contains(name) { blockTag(at: i) }
            j = attributes(from: j)
            var end = min(s.count, j + 1)
            if !closing, name == "script" || name == "style" {
                let close = Array(("</" + name).utf8)
                while end < s.count, !(s[end] == UInt8(ascii: "<") && startsIgnoringASCIICase(end, close)) {
                    // A non-ASCII scalar could match a letter of `</script` lower-cased.
                    if s[end] >= 0x80 { return nil }
                    end += 1
                }
            }
            return end
        }

        /// `HTMLText.Reader.readAttributes`, keeping nothing: where the tag ends.
        func attributes(from start: Int) -> Int {
            var j = start
            while j < s.count, s[j] != UInt8(ascii: ">") {
                if isSpace(s[j]) || s[j] == UInt8(ascii: "/") {
                    j += 1
                    continue
                }
                let an = j
                while j < s.count, !isSpace(s[j]), s[j] != UInt8(ascii: "="), s[j] != UInt8(ascii: ">"),
                    s[j] != UInt8(ascii: "/")
                {
                    j += 1
                }
                while j < s.count, isSpace(s[j]) { j += 1 }
                guard j < s.count, s[j] == UInt8(ascii: "=") else {
                    if an == j { j += 1 }
                    continue
                }
                j += 1
                while j < s.count, isSpace(s[j]) { j += 1 }
                if j < s.count, s[j] == UInt8(ascii: "\"") || s[j] == UInt8(ascii: "'") {
                    let q = s[j]
                    var ve = j + 1
                    while ve < s.count, s[ve] != q { ve += 1 }
                    j = min(s.count, ve + 1)
                } else {
                    while j < s.count, !isSpace(s[j]), s[j] != UInt8(ascii: ">") { j += 1 }
                }
            }
            return j
        }

        /// A block tag at `i`, reached as markup (not inside another tag): a cut before its
        /// line, if only spaces stand before it there and the line break is text read here.
        mutating func blockTag(at i: Int) {
            var k = i
            while k > 0, s[k - 1] == UInt8(ascii: " ") || s[k - 1] == UInt8(ascii: "\t") { k -= 1 }
            guard k > 0, s[k - 1] == UInt8(ascii: "\n"), k - 1 >= textFrom else { return }
            add(k)
        }

        mutating func add(_ cut: Int) {
            if cut - (out.last ?? 0) >= partSize, cut < s.count { out.append(cut) }
        }

        func isSpace(_ c: UInt8) -> Bool {
            c == UInt8(ascii: " ") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r")
                || c == 0x0C
        }

        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") }

        func starts(_ i: Int, _ prefix: StaticString) -> Bool {
            let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            guard i + p.count <= s.count else { return false }
            for (k, b) in p.enumerated() where s[i + k] != b { return false }
            return true
        }

        func startsIgnoringASCIICase(_ i: Int, _ prefix: [UInt8]) -> Bool {
            guard i + prefix.count <= s.count else { return false }
            for (k, b) in prefix.enumerated() {
                let c = s[i + k]
                if c != b, !(isLetter(c) && c | 0x20 == b) { return false }
            }
            return true
        }

        func find(_ from: Int, _ needle: StaticString) -> Int? {
            var k = from
            while k < s.count {
                if starts(k, needle) { return k }
                k += 1
            }
            return nil
        }
    }
}
