import Foundation
import XCTest

@testable import ReviewSiteCore
@testable import ReviewSiteKit

/// The byte-wise paths for ASCII text (issue 16) give what the Character and Foundation
/// calls they stand in for give, on every kind of ASCII text.
final class ASCIIFastPathTests: XCTestCase {
    /// Deterministic ASCII strings rich in the characters the fast paths look for.
    private func samples() -> [String] {
        let alphabet = Array("aZ .,:;!?>#/<&\t\r\n\u{0B}\u{0C}\u{1F}x-_'\"")
        var state: UInt64 = 42
        var out = ["", " ", "\r\n", "Click here.", "  Read  MORE » ", "https://example.org/a#b?c"]
        for _ in 0..<2000 {
            var s = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1
                s.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            out.append(s)
        }
        return out
    }

    func testSearchesMatchCharacterSearches() {
        for s in samples() + ["é:#?", "a\u{301}:b", ":\u{301}x#"] {
            for c in [":", "#", "?", "/"] as [Unicode.Scalar] {
                XCTAssertEqual(ASCIIText.firstIndex(of: c, in: s), s.firstIndex(of: Character(c)), s.debugDescription)
                XCTAssertEqual(ASCIIText.contains(c, in: s.dropFirst()), s.dropFirst().contains(Character(c)))
            }
        }
    }

    func testSplitMatchesTheCharacterSplit() {
        let paths = ["/reviews/case-00042/#3-a", "//x//y/", "../a.md", "a/\u{301}b/c", "é/ü//", "/\r\n/x", "////"]
        for s in samples() + paths {
            for c in ["/", "#"] as [Unicode.Scalar] {
                let fast = ASCIIText.split(s, separator: c)
                let slow = s.split(separator: Character(c))
                XCTAssertEqual(fast, slow, s.debugDescription)
                XCTAssertEqual(fast.map { $0.startIndex }, slow.map { $0.startIndex }, s.debugDescription)
            }
        }
    }

    func testLinkTextNormalisingAndTrimmingMatchFoundation() {
        for s in samples() {
            XCTAssertEqual(
                ContentAccessibility.normalised(s),
                s.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " "), s.debugDescription)
            XCTAssertEqual(
                LinkTextRule.trimmingPunctuation(s), s.trimmingCharacters(in: LinkTextRule.punctuation), s.debugDescription)
        }
    }

    func testSafeJSONMatchesReplacing() {
        for s in samples() + ["{\"t\": \"a <b> & c\"}"] {
            XCTAssertEqual(
                OpenData.safe(s),
                s.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
                    .replacingOccurrences(of: "&", with: "\\u0026"))
        }
    }
}

extension ASCIIFastPathTests {
    func testByteSearchMatchesContains() {
        for s in samples() + ["date of birth", "born", "d.o.b", "birt", "bbirth"] {
            for word in ["birth", "born", "dob", "ab"] {
                XCTAssertEqual(ASCIIText.bytes(Array(s.utf8), contain: word), s.contains(word), "\(s.debugDescription) \(word)")
            }
        }
    }
}

extension ASCIIFastPathTests {
    /// `OpenData.safe` on any text, not only ASCII: combining marks, joiners, prepended marks
    /// and emoji next to `<`, `>` and `&` (where Foundation leaves the character alone), and
    /// accented text around them (where the byte path must give the same).
    func testSafeJSONMatchesReplacingOnAnyText() {
        let pool: [Unicode.Scalar] = [
            "<", ">", "&", "a", " ", "\"", "\n", "\r", "\u{0}", "\u{338}", "\u{301}", "\u{226E}", "\u{226F}", "é",
            "\u{20D2}", "\u{200D}", "\u{FE0F}", "😀", "\u{1F3FB}", "\u{D55C}", "\u{1100}", "\u{1161}", "\u{600}",
            "\u{1F1EC}", "\u{0E33}", "\u{0903}", "\u{2019}", "\u{A0}",
        ]
        var state: UInt64 = 7
        var fast = 0
        for _ in 0..<20_000 {
            var s = String.UnicodeScalarView()
            state = state &* 6_364_136_223_846_793_005 &+ 1
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1
                s.append(pool[Int(state >> 33) % pool.count])
            }
            let text = String(s)
            let expected = text.replacingOccurrences(of: "<", with: "\\u003c")
                .replacingOccurrences(of: ">", with: "\\u003e").replacingOccurrences(of: "&", with: "\\u0026")
            XCTAssertEqual(Array(OpenData.safe(text).utf8), Array(expected.utf8), text.debugDescription)
            if let bytes = OpenData.safeBytes(text) {
                fast += 1
                XCTAssertEqual(Array(bytes.utf8), Array(expected.utf8), text.debugDescription)
            }
        }
        XCTAssertGreaterThan(fast, 5_000)
    }
}

extension ASCIIFastPathTests {
    /// `OpenData.safeText`, which sizes the text in one pass and writes it in a second, gives
    /// `safe` of the whole text, whether the pieces are plain (straight into the string) or
    /// one has an escape with a non-ASCII neighbour (then the whole text as `safe` does).
    func testSafeTextInPiecesMatchesSafeOfTheWhole() {
        let pool: [Unicode.Scalar] = ["<", ">", "&", "a", " ", "\"", "\n", "é", "\u{338}", "\u{600}", "😀", "\u{2019}"]
        var state: UInt64 = 16
        var plain = 0, fallback = 0
        for _ in 0..<5_000 {
            var pieces: [[UInt8]] = []
            state = state &* 6_364_136_223_846_793_005 &+ 1
            for _ in 0..<Int(state >> 61) + 1 {
                var s = String.UnicodeScalarView()
                state = state &* 6_364_136_223_846_793_005 &+ 1
                for _ in 0..<Int(state >> 60) {
                    state = state &* 6_364_136_223_846_793_005 &+ 1
                    s.append(pool[Int(state >> 33) % pool.count])
                }
                // Each piece ends as JSON's do, on ASCII (`}` then `,` and a line break).
                pieces.append(Array(String(s).utf8) + Array("},\n".utf8))
            }
            let whole = pieces.flatMap { $0 }
            let text = OpenData.safeText { piece in pieces.forEach(piece) }
            XCTAssertEqual(Array(text.utf8), Array(OpenData.safe(utf8: whole).utf8))
            if OpenData.markupEscapes(whole) == nil { fallback += 1 } else { plain += 1 }
        }
        // Both ways, many times.
        XCTAssertGreaterThan(plain, 200)
        XCTAssertGreaterThan(fallback, 500)
    }
}
