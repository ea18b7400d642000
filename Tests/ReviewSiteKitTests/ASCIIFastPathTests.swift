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
    /// Every `<`, `>` and `&` replaced, scalar by scalar: what `OpenData.safe` must give.
    static func escapedScalars(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    static let awkwardScalars: [Unicode.Scalar] = [
        "<", ">", "&", "a", " ", "\"", "\n", "\r", "\u{0}", "\u{338}", "\u{301}", "\u{226E}", "\u{226F}", "é",
        "\u{20D2}", "\u{200D}", "\u{FE0F}", "😀", "\u{1F3FB}", "\u{D55C}", "\u{1100}", "\u{1161}", "\u{600}",
        "\u{1F1EC}", "\u{0E33}", "\u{0903}", "\u{2019}", "\u{A0}",
    ]

    /// Random text of up to 15 scalars from `pool`, from the generator `state`.
    static func randomText(_ pool: [Unicode.Scalar], _ state: inout UInt64) -> String {
        var s = String.UnicodeScalarView()
        state = state &* 6_364_136_223_846_793_005 &+ 1
        for _ in 0..<Int(state >> 60) {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            s.append(pool[Int(state >> 33) % pool.count])
        }
        return String(s)
    }

    /// `OpenData.safe` on any text, not only ASCII: every `<`, `>` and `&` is escaped, even
    /// next to a combining mark, a joiner, a prepended mark or an emoji (where Foundation's
    /// replacing, which matches whole characters, left it alone), and nothing else changes.
    func testSafeJSONEscapesEveryMarkupScalarOnAnyText() {
        var state: UInt64 = 7
        for _ in 0..<20_000 {
            let text = Self.randomText(Self.awkwardScalars, &state)
            let safe = OpenData.safe(text)
            XCTAssertEqual(Array(safe.utf8), Array(Self.escapedScalars(text).utf8), text.debugDescription)
            XCTAssertFalse(safe.unicodeScalars.contains { $0 == "<" || $0 == ">" || $0 == "&" }, text.debugDescription)
        }
        // A `<` that a combining long solidus overlays is still escaped.
        XCTAssertEqual(OpenData.safe("a<\u{338}b"), "a\\u003c\u{338}b")
    }

    /// `reviews.json` and the search index are written in pieces, each escaped on its own
    /// (`OpenData.safePieces`), and read back whole (`OpenData.whole`) for the leak check:
    /// both give `safe` of the whole text, however the text is cut.
    func testSafeTextInPiecesMatchesSafeOfTheWhole() {
        var state: UInt64 = 16
        for _ in 0..<5_000 {
            var pieces: [[UInt8]] = []
            state = state &* 6_364_136_223_846_793_005 &+ 1
            for _ in 0..<Int(state >> 61) + 1 {
                // Each piece ends as JSON's do, on ASCII (`}` then `,` and a line break).
                pieces.append(Array(Self.randomText(Self.awkwardScalars, &state).utf8) + Array("},\n".utf8))
            }
            let expected = Array(OpenData.safe(String(decoding: pieces.flatMap { $0 }, as: UTF8.self)).utf8)
            var written: [UInt8] = []
            let write: ([UInt8]) -> Void = { written += $0 }
            OpenData.safePieces(write) { piece in pieces.forEach(piece) }
            XCTAssertEqual(written, expected)
            let whole = OpenData.whole { piece in OpenData.safePieces(piece) { pieces.forEach($0) } }
            XCTAssertEqual(Array(whole.utf8), expected)
        }
    }
}
