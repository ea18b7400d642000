import XCTest

@testable import ReviewSiteAnonymisation

/// `HTMLText.append` adds each run up to the next `&` at once (issue 16); the text and the
/// file offsets must be those of the scalar-by-scalar loop it replaced, for any input.
final class HTMLTextAppendTests: XCTestCase {
    /// The loop as it was: one scalar (or one decoded entity) at a time.
    private func reference(_ s: [Unicode.Scalar], _ to: inout HTMLText.Piece, _ from: Int, _ end: Int, decode: Bool) {
        var k = from
        while k < end {
            if decode, s[k] == "&", let (value, length) = HTMLText.entity(s, k, end) {
                for v in value.unicodeScalars { to.text.unicodeScalars.append(v); to.offsets.append(Int32(k)) }
                k += length
            } else {
                to.text.unicodeScalars.append(s[k])
                to.offsets.append(Int32(k))
                k += 1
            }
        }
    }

    func testRunsAppendWhatTheScalarLoopAppended() {
        let parts = [
            "a", "Jo", " ", "\n", "&", "&amp;", "&#39;", "&#x2019;", "&bogus;", "&nbsp;", "&#;", "&amp", ";", "é", "日本",
            "🙂", "e\u{301}", "\u{200B}", "<", ">", "&&", "&#xZZ;", "&shy;",
        ]
        var r = SystemRandomNumberGenerator()
        for _ in 0..<4_000 {
            let text = (0..<Int.random(in: 0...30, using: &r)).map { _ in parts.randomElement(using: &r)! }.joined()
            let s = Array(text.unicodeScalars)
            let from = Int.random(in: 0...s.count, using: &r)
            let end = Int.random(in: from...s.count, using: &r)
            let decode = Bool.random(using: &r)
            let start =
                Bool.random(using: &r)
                ? HTMLText.Piece(text: "x\n\n", offsets: [0, 1, 1]) : HTMLText.Piece(text: "", offsets: [])
            var fast = start, slow = start
            HTMLText.append(s, &fast, from, end, decode: decode)
            reference(s, &slow, from, end, decode: decode)
            XCTAssertEqual(
                Array(fast.text.unicodeScalars), Array(slow.text.unicodeScalars), "\(text.debugDescription) \(from)..<\(end)")
            XCTAssertEqual(fast.offsets, slow.offsets, "\(text.debugDescription) \(from)..<\(end)")
        }
    }

    /// Whole pages: the pieces of HTMLText are those the scalar loop gave.
    func testPagesGiveTheSamePieces() {
        let page = """
            <html><head><title>Review &amp; learning</title><meta name="description" content="Jo&#39;s review"></head>
            <body><nav><a href="/reviews/" title="All reviews">Reviews</a></nav><!-- note --><p>Adult&nbsp;A &bogus; é 日本 🙂</p>
            <script>var x = "&amp;";</script><ul><li>Jane</li><li>Doe &#x2019;s</li></ul><![CDATA[raw & text]]></body></html>
            """
        let pieces = HTMLText(Array(page.unicodeScalars)).pieces
        XCTAssertEqual(pieces.first?.text.contains("Adult A &bogus; é 日本 🙂"), true)
        for piece in pieces {
            XCTAssertEqual(piece.offsets.count, piece.text.unicodeScalars.count)
            for (scalar, offset) in zip(piece.text.unicodeScalars, piece.offsets) where scalar != "\n" && scalar.value < 0x80 {
                let at = Array(page.unicodeScalars)[Int(offset)]
                XCTAssertTrue(at == scalar || at == "&", "\(scalar) at \(offset) is \(at)")
            }
        }
    }
}

/// `ScanText.gather` reads ASCII pieces as bytes (issue 16): the scalars and file places
/// must be those of the scalar loop, for pieces of any text.
final class ScanTextGatherTests: XCTestCase {
    func testGatherGivesTheScalarLoopsScalarsAndPlaces() {
        let parts = ["Jo", " ", "\n", "Smith", "é", "日本", "🙂", "e\u{301}", "\u{200B}", "\r\n", "42", "-", "’"]
        var r = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let pieces: [(text: String, line: Int, column: Int)] = (0..<Int.random(in: 0...6, using: &r)).map { _ in
                let text = (0..<Int.random(in: 0...8, using: &r)).map { _ in parts.randomElement(using: &r)! }.joined()
                return (text, Int.random(in: 1...5_000, using: &r), Int.random(in: 1...200, using: &r))
            }
            var scalars: [Unicode.Scalar] = []
            var places: [(line: Int32, column: Int32)] = []
            for piece in pieces {
                var l = Int32(piece.line), c = Int32(piece.column)
                for s in piece.text.unicodeScalars {
                    scalars.append(s)
                    places.append((l, c))
                    if s == "\n" { l += 1; c = 1 } else { c += 1 }
                }
            }
            let gathered = ScanText.gather(pieces)
            XCTAssertEqual(gathered.scalars, scalars)
            XCTAssertEqual(gathered.places.map(\.line), places.map(\.line))
            XCTAssertEqual(gathered.places.map(\.column), places.map(\.column))
        }
    }
}
