import XCTest

@testable import ReviewSiteCore

/// `JSONValue.render` writes into one byte buffer (issue 16); it gives byte for byte what
/// the nested string concatenation it replaced gave (kept here as the reference).
final class JSONWriterTests: XCTestCase {
    private func reference(_ value: JSONValue, indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch value {
        case .string(let s): return referenceQuote(s)
        case .int(let n): return String(n)
        case .bool(let b): return b ? "true" : "false"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + reference($0, indent: indent + 1) }.joined(separator: ",\n") + "\n\(close)]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n"
                + pairs.map { pad + referenceQuote($0.0) + ": " + reference($0.1, indent: indent + 1) }
                .joined(separator: ",\n") + "\n\(close)}"
        }
    }

    private func referenceQuote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || PrintSafe.needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    func testRenderMatchesTheConcatenatingWriter() {
        let pool: [Unicode.Scalar] = [
            "a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "é",
            "\u{2019}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{2066}", "\u{200E}", "\u{061C}", "\u{301}", "😀", "<", "&", "/",
        ]
        var state: UInt64 = 3
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return Int(state >> 33) % n
        }
        func string() -> String {
            var view = String.UnicodeScalarView()
            for _ in 0..<next(12) { view.append(pool[next(pool.count)]) }
            return String(view)
        }
        func value(_ depth: Int) -> JSONValue {
            switch depth > 3 ? next(3) : next(5) {
            case 0: return .string(string())
            case 1: return .int(next(2_000_001) - 1_000_000)
            case 2: return .bool(next(2) == 0)
            case 3: return .array((0..<next(4)).map { _ in value(depth + 1) })
            default: return .object((0..<next(4)).map { _ in (string(), value(depth + 1)) })
            }
        }
        for _ in 0..<2_000 {
            let v = value(0)
            XCTAssertEqual(Array(v.render().utf8), Array(reference(v).utf8))
            XCTAssertEqual(Array(v.render(indent: 2).utf8), Array(reference(v, indent: 2).utf8))
            let s = string()
            XCTAssertEqual(Array(JSONValue.quote(s).utf8), Array(referenceQuote(s).utf8), s.debugDescription)
            // An object whose long last array is written one element at a time (reviews.json).
            let pairs = (0..<next(3)).map { _ in (string(), value(1)) }
            let key = string()
            let elements = (0..<next(4)).map { _ in value(2) }
            XCTAssertEqual(
                JSONValue.renderObject(pairs, then: key, count: elements.count) { elements[$0] },
                Array(JSONValue.object(pairs + [(key, .array(elements))]).render().utf8))
        }
    }
}
