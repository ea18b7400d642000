import XCTest

@testable import ReviewSiteAnonymisation

/// `ScalarArray`'s one-pass UTF-8 paths give what the scalar view gives, on text of every
/// width (ASCII, two-, three- and four-byte scalars), mixed at random.
final class ScalarArrayTests: XCTestCase {
    private func samples() -> [[Unicode.Scalar]] {
        let ranges: [ClosedRange<UInt32>] = [
            0...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF, 0x2018...0x201D, 0xA0...0xFF,
            0x300...0x36F,
        ]
        var state: UInt64 = 16
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return state >> 33
        }
        var out: [[Unicode.Scalar]] = [
            [], ["\u{7F}"], ["\u{80}"], ["\u{7FF}"], ["\u{800}"], ["\u{FFFF}"], ["\u{10000}"], ["\u{10FFFF}"],
        ]
        for _ in 0..<3_000 {
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<Int(next() % 40) {
                let range = ranges[Int(next() % UInt64(ranges.count))]
                let v = range.lowerBound + UInt32(next() % UInt64(range.upperBound - range.lowerBound + 1))
                scalars.append(Unicode.Scalar(v)!)
            }
            out.append(scalars)
        }
        return out
    }

    func testEncodedMatchesTheScalarView() {
        for scalars in samples() {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let expected = String(view)
            XCTAssertEqual(Array(ScalarArray.encoded(scalars).utf8), Array(expected.utf8))
            XCTAssertEqual(Array(ScalarArray.string(scalars).utf8), Array(expected.utf8))
            XCTAssertEqual(Array(ScalarArray.string(scalars[...]).utf8), Array(expected.utf8))
        }
    }

    func testDecodedMatchesTheScalarView() {
        for scalars in samples() {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let text = String(view)
            XCTAssertEqual(ScalarArray.decoded(text), Array(text.unicodeScalars))
            XCTAssertEqual(ScalarArray.of(text), Array(text.unicodeScalars))
        }
        // Bridged and small strings too.
        for text in ["", "a", "é", "Zoë’s “notes”\u{A0}– 🙂", String(repeating: "ñ", count: 100)] {
            XCTAssertEqual(ScalarArray.of(text), Array(text.unicodeScalars))
        }
    }
}
