import Foundation
import ReviewSiteSyntax

/// What the assemble and render stages need of a page's body, without the body itself.
///
/// Every page's outline is kept from load to the end of a build, so it is packed: the
/// heading texts, heading ids and link addresses of a page share one byte buffer, and
/// their levels, lines and columns one array of 32-bit numbers, instead of one array entry
/// and up to two heap strings each (B's 44 headings and 69 links a review were about half of
/// a 10,000-review build's memory, issue 16). `headings` and `links` unpack them when asked:
/// the same values as were packed.
struct PageOutline: Sendable, Codable {
    /// Heading texts and ids (two strings a heading), then link addresses (one a link).
    private var strings: PackedStrings
    /// Level, line and column of each heading, then line and column of each link.
    private var numbers: [Int32]
    private var headingCount: Int
    /// Image sources, where they are written (checked against unpublished pages' addresses).
    var images: [ImageSource] = []
    /// Hash of the file's text when it was checked: rendering reads the file again and
    /// refuses to publish it if it changed in between (it would not have been checked).
    /// Stable across runs, so checked pages can be cached (CheckCache).
    var textHash: UInt64

    /// `links` keep their address and position only: their text is not kept (it was checked
    /// at load), and reads back as "".
    init(headings: [MarkdownHeading], links: [MarkdownLink], images: [ImageSource] = [], textHash: UInt64) {
        var strings = PackedStrings()
        strings.reserve(
            bytes: headings.reduce(0) { $0 + $1.text.utf8.count + $1.id.utf8.count }
                + links.reduce(0) { $0 + $1.destination.utf8.count },
            count: headings.count * 2 + links.count)
        var numbers: [Int32] = []
        numbers.reserveCapacity(headings.count * 3 + links.count * 2)
        for h in headings {
            strings.append(h.text)
            strings.append(h.id)
            numbers += [Int32(h.level), Int32(h.line), Int32(h.column)]
        }
        for link in links {
            strings.append(link.destination)
            numbers += [Int32(link.line), Int32(link.column)]
        }
        self.strings = strings
        self.numbers = numbers
        headingCount = headings.count
        self.images = images
        self.textHash = textHash
    }

    var headings: [MarkdownHeading] {
        (0..<headingCount).map { k in
            MarkdownHeading(
                level: Int(numbers[3 * k]), text: strings[2 * k], id: strings[2 * k + 1],
                line: Int(numbers[3 * k + 1]), column: Int(numbers[3 * k + 2]))
        }
    }

    /// Whether a heading's id is `id`, as `headings.contains { $0.id == id }` says, without
    /// unpacking: assembly asks it for every link with a fragment, and a set of every page's
    /// heading ids, held for the whole check, was tens of megabytes at 10,000 reviews (issue 16).
    func hasHeading(id: String) -> Bool {
        var bytes = id
        return bytes.withUTF8 { wanted in
            (0..<headingCount).contains { strings.equals(2 * $0 + 1, id, utf8: wanted) }
        }
    }

    var links: [MarkdownLink] {
        (0..<(strings.count - 2 * headingCount)).map { k in
            let n = 3 * headingCount + 2 * k
            return MarkdownLink(
                destination: strings[2 * headingCount + k], text: "", line: Int(numbers[n]), column: Int(numbers[n + 1]))
        }
    }
}

/// Strings kept end to end in one UTF-8 buffer, read back by position.
struct PackedStrings: Sendable, Codable {
    private var bytes: [UInt8] = []
    /// Where each string ends in `bytes`.
    private var ends: [Int32] = []

    var count: Int { ends.count }

    /// Room for `count` strings of `bytes` UTF-8 bytes in all, so the buffers are not
    /// grown (and left up to twice too large) one string at a time.
    mutating func reserve(bytes: Int, count: Int) {
        self.bytes.reserveCapacity(bytes)
        ends.reserveCapacity(count)
    }

    mutating func append(_ s: String) {
        bytes += s.utf8
        ends.append(Int32(bytes.count))
    }

    /// Whether string `k` equals `s` (whose UTF-8 bytes are `utf8`) as Swift's `==` says:
    /// the same bytes are equal, different ASCII bytes are not, and anything else (where
    /// canonical equivalence may make different bytes equal) is compared as strings.
    func equals(_ k: Int, _ s: String, utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = k == 0 ? 0 : Int(ends[k - 1])
        let end = Int(ends[k])
        let same = bytes.withUnsafeBufferPointer { all in
            end - start == utf8.count && (utf8.isEmpty || memcmp(all.baseAddress! + start, utf8.baseAddress!, utf8.count) == 0)
        }
        if same { return true }
        if utf8.allSatisfy({ $0 < 0x80 }) && bytes[start..<end].allSatisfy({ $0 < 0x80 }) { return false }
        return self[k] == s
    }

    subscript(_ k: Int) -> String {
        let start = k == 0 ? 0 : Int(ends[k - 1])
        return String(decoding: bytes[start..<Int(ends[k])], as: UTF8.self)
    }
}
