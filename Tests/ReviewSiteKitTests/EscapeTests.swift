import XCTest

@testable import ReviewSiteCore

/// `Escape.html` and `Escape.xml` work byte by byte (issue 16); they give what the
/// scalar-by-scalar escaping they replaced gave (kept here as the reference), on any text.
final class EscapeTests: XCTestCase {
    private func referenceHTML(_ s: String, _ apostrophe: Escape.Apostrophe) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            if scalar.isASCII, let e = Escape.entity(for: UInt8(scalar.value), apostrophe: apostrophe) {
                out += e
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private func referenceXML(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
            if scalar.isASCII, let e = Escape.entity(for: UInt8(scalar.value), apostrophe: .named) {
                out += e
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    func testByteEscapingMatchesTheScalarEscaping() {
        let pool: [Unicode.Scalar] = [
            "a", " ", "&", "<", ">", "\"", "'", "\n", "\t", "\r", "\u{0}", "\u{1F}", "\u{7F}", "é", "\u{2019}", "\u{201C}",
            "\u{A0}", "\u{301}", "\u{338}", "😀", "\u{FEFF}",
        ]
        var state: UInt64 = 11
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return Int(state >> 33) % n
        }
        for _ in 0..<5_000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<next(16) { view.append(pool[next(pool.count)]) }
            let s = String(view)
            for apostrophe in [Escape.Apostrophe.keep, .numeric, .named] {
                var out = "x"
                Escape.html(s, apostrophe: apostrophe, into: &out)
                XCTAssertEqual(Array(out.utf8), Array(("x" + referenceHTML(s, apostrophe)).utf8), s.debugDescription)
            }
            XCTAssertEqual(Array(Escape.xml(s).utf8), Array(referenceXML(s).utf8), s.debugDescription)
        }
    }
}
