import Foundation
import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// Runs the parser over the vendored yaml-test-suite (see Fixtures/yaml-test-suite/README.md):
/// subset cases must give in.json's value, error cases must fail with a position, and every
/// other case must either give in.json's value or say "unsupported YAML feature".
final class YAMLTestSuiteTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/yaml-test-suite")

    struct Outcome {
        var subsetPassed = 0, errorPassed = 0, outsideEqual = 0, outsideUnsupported = 0
        var failures: [String] = []
    }

    func testEveryCaseFollowsTheRules() throws {
        let outcome = try Self.runAll()
        for failure in outcome.failures { XCTFail(failure) }
        print(
            "yaml-test-suite: \(outcome.subsetPassed) subset passed, \(outcome.errorPassed) error cases rejected, "
                + "\(outcome.outsideEqual) other cases equal, \(outcome.outsideUnsupported) other cases unsupported, "
                + "\(outcome.failures.count) failures")
    }

    func testSummaryCounts() throws {
        let outcome = try Self.runAll()
        XCTAssertEqual(outcome.subsetPassed, 69, "every case in subset.txt parses to in.json")
        XCTAssertEqual(outcome.errorPassed, 94, "every invalid case is rejected")
        XCTAssertEqual(
            outcome.subsetPassed + outcome.errorPassed + outcome.outsideEqual + outcome.outsideUnsupported,
            402, "every input is accounted for")
        XCTAssertEqual(outcome.failures, [])
    }

    static func runAll() throws -> Outcome {
        let subset = Set(
            try String(contentsOf: root.appendingPathComponent("subset.txt"), encoding: .utf8)
                .split(separator: "\n").map(String.init))
        XCTAssertEqual(subset.count, 69)
        var outcome = Outcome()
        for id in caseIDs() {
            let dir = root.appendingPathComponent(id)
            var yaml = String(decoding: try Data(contentsOf: dir.appendingPathComponent("in.yaml")), as: UTF8.self)
            if yaml.hasPrefix("\u{FEFF}") { yaml.removeFirst() }  // the caller strips the BOM
            let jsonURL = dir.appendingPathComponent("in.json")
            var expected: [SuiteJSON]?
            if let data = try? Data(contentsOf: jsonURL) {
                expected = SuiteJSON.parseStream(String(decoding: data, as: UTF8.self))
                if expected == nil { outcome.failures.append("\(id): in.json could not be read") }
            }
            let isError = FileManager.default.fileExists(atPath: dir.appendingPathComponent("error").path)

            let started = Date()
            let result: Result<YAMLNode, YAMLError>
            do { result = .success(try YAMLSubsetParser.parse(yaml, firstLine: 1)) } catch { result = .failure(error) }
            if Date().timeIntervalSince(started) > 2 { outcome.failures.append("\(id): took too long") }

            let equal: Bool
            if case .success(let node) = result, let expected {
                // An empty stream (comments only) has no JSON document; the parser's answer for it is {}.
                equal =
                    expected.count == 1
                    ? SuiteJSON(core: node) == expected[0]
                    : expected.isEmpty && node == YAMLNode(kind: .mapping([]), line: 1, column: 1)
            } else {
                equal = false
            }
            if subset.contains(id) {
                switch result {
                case .success where equal: outcome.subsetPassed += 1
                case .success(let node):
                    outcome.failures.append("\(id) (subset): got \(SuiteJSON(core: node)), expected \(expected ?? [])")
                case .failure(let e): outcome.failures.append("\(id) (subset): error \(e.line):\(e.column) \(e.message)")
                }
            } else if isError {
                switch result {
                case .success(let node): outcome.failures.append("\(id) (error case): parsed as \(SuiteJSON(core: node))")
                case .failure(let e):
                    if e.line >= 1 && e.column >= 1 && !e.message.isEmpty {
                        outcome.errorPassed += 1
                    } else {
                        outcome.failures.append("\(id) (error case): bad position \(e.line):\(e.column)")
                    }
                }
            } else {
                switch result {
                case .success where equal: outcome.outsideEqual += 1
                case .success(let node):
                    outcome.failures.append(
                        "\(id) (other): got \(SuiteJSON(core: node)), expected \(expected.map { "\($0)" } ?? "no in.json")")
                case .failure(let e) where e.isUnsupportedFeature && e.message.hasPrefix(YAMLError.unsupportedPrefix):
                    outcome.outsideUnsupported += 1
                case .failure(let e):
                    outcome.failures.append("\(id) (other): not unsupported but error \(e.line):\(e.column) \(e.message)")
                }
            }
        }
        return outcome
    }

    /// Every folder holding an in.yaml, as "229Q" or "2G84/01".
    static func caseIDs() -> [String] {
        var ids: [String] = []
        let fm = FileManager.default
        let top = (try? fm.contentsOfDirectory(atPath: root.path)) ?? []
        for name in top.sorted() {
            let dir = root.appendingPathComponent(name)
            if fm.fileExists(atPath: dir.appendingPathComponent("in.yaml").path) { ids.append(name); continue }
            for sub in ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
            where fm.fileExists(atPath: dir.appendingPathComponent(sub).appendingPathComponent("in.yaml").path) {
                ids.append(name + "/" + sub)
            }
        }
        return ids
    }

    func testCaseDiscoveryFindsEveryInput() {
        XCTAssertEqual(Self.caseIDs().count, 402)
    }

    func testCoreSchemaMapping() {
        func plain(_ s: String) -> SuiteJSON { SuiteJSON(core: YAMLNode(kind: .scalar(s, .plain), line: 1, column: 1)) }
        XCTAssertEqual(plain("0o14"), .number(12))
        XCTAssertEqual(plain("0x1F"), .number(31))
        XCTAssertEqual(plain("-.inf"), .number(-Double.infinity))
        XCTAssertEqual(plain("1e3"), .number(1000))
        XCTAssertEqual(plain("TRUE"), .bool(true))
        XCTAssertEqual(plain("~"), .null)
        XCTAssertEqual(plain("nULL"), .string("nULL"))
        XCTAssertEqual(plain("1_000"), .string("1_000"))
        XCTAssertEqual(SuiteJSON(core: YAMLNode(kind: .scalar("12", .singleQuoted), line: 1, column: 1)), .string("12"))
        XCTAssertEqual(
            SuiteJSON.parseStream("{\"a\": [1, -2.5e1, \"\\u263A\\ud83d\\ude00\", null, true]} {}"),
            [.object(["a": .array([.number(1), .number(-25), .string("☺😀"), .null, .bool(true)])]), .object([:])])
    }
}

/// A JSON value, also used to read YAML scalars under the YAML 1.2 core schema.
enum SuiteJSON: Equatable, CustomStringConvertible {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([SuiteJSON])
    case object([String: SuiteJSON])

    var description: String {
        switch self {
        case .string(let s): return "\"\(s)\""
        case .number(let n): return "\(n)"
        case .bool(let b): return "\(b)"
        case .null: return "null"
        case .array(let a): return "[" + a.map(\.description).joined(separator: ", ") + "]"
        case .object(let o): return "{" + o.keys.sorted().map { "\"\($0)\": \(o[$0]!)" }.joined(separator: ", ") + "}"
        }
    }

    /// What a YAML 1.2 core-schema loader would make of the node.
    init(core node: YAMLNode) {
        switch node.kind {
        case .sequence(let items): self = .array(items.map(SuiteJSON.init(core:)))
        case .mapping(let entries):
            var object: [String: SuiteJSON] = [:]
            for entry in entries { object[entry.key] = SuiteJSON(core: entry.value) }
            self = .object(object)
        case .scalar(let text, let style):
            self = style == .plain ? SuiteJSON.resolvePlain(text) : .string(text)
        }
    }

    static func resolvePlain(_ s: String) -> SuiteJSON {
        switch s {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .number(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .number(-.infinity)
        case ".nan", ".NaN", ".NAN": return .number(.nan)
        default: break
        }
        if s.range(of: #"^[-+]?[0-9]+$"#, options: .regularExpression) != nil, let d = Double(s) { return .number(d) }
        if s.hasPrefix("0o"), s.count > 2, let v = UInt64(s.dropFirst(2), radix: 8) { return .number(Double(v)) }
        if s.hasPrefix("0x"), s.count > 2, let v = UInt64(s.dropFirst(2), radix: 16) { return .number(Double(v)) }
        if s.range(of: #"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$"#, options: .regularExpression) != nil,
            let d = Double(s)
        {
            return .number(d)
        }
        return .string(s)
    }

    /// Parses zero or more JSON documents separated by whitespace; nil on malformed JSON.
    static func parseStream(_ text: String) -> [SuiteJSON]? {
        var p = SuiteJSONScanner(Array(text.unicodeScalars))
        var docs: [SuiteJSON] = []
        while true {
            p.skipSpace()
            if p.atEnd { return docs }
            guard let v = p.value() else { return nil }
            docs.append(v)
        }
    }
}

/// A small JSON reader for the test data (JSONSerialization cannot tell 1 from true on Linux).
struct SuiteJSONScanner {
    let s: [Unicode.Scalar]
    var i = 0
    init(_ s: [Unicode.Scalar]) { self.s = s }
    var atEnd: Bool { i >= s.count }
    var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }

    mutating func skipSpace() { while let c = peek, c == " " || c == "\n" || c == "\t" || c == "\r" { i += 1 } }

    mutating func literal(_ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        guard i + w.count <= s.count, Array(s[i..<(i + w.count)]) == w else { return false }
        i += w.count
        return true
    }

    mutating func value() -> SuiteJSON? {
        skipSpace()
        guard let c = peek else { return nil }
        switch c {
        case "{":
            i += 1
            var o: [String: SuiteJSON] = [:]
            skipSpace()
            if peek == "}" { i += 1; return .object(o) }
            while true {
                skipSpace()
                guard case .string(let k)? = value() else { return nil }
                skipSpace()
                guard peek == ":" else { return nil }
                i += 1
                guard let v = value() else { return nil }
                o[k] = v
                skipSpace()
                if peek == "," { i += 1; continue }
                if peek == "}" { i += 1; return .object(o) }
                return nil
            }
        case "[":
            i += 1
            var a: [SuiteJSON] = []
            skipSpace()
            if peek == "]" { i += 1; return .array(a) }
            while true {
                guard let v = value() else { return nil }
                a.append(v)
                skipSpace()
                if peek == "," { i += 1; continue }
                if peek == "]" { i += 1; return .array(a) }
                return nil
            }
        case "\"": return string()
        case "t": return literal("true") ? .bool(true) : nil
        case "f": return literal("false") ? .bool(false) : nil
        case "n": return literal("null") ? .null : nil
        default:
            var text = ""
            while let d = peek, "+-0123456789.eE".unicodeScalars.contains(d) { text.unicodeScalars.append(d); i += 1 }
            return Double(text).map { .number($0) }
        }
    }

    mutating func string() -> SuiteJSON? {
        i += 1
        var out = String.UnicodeScalarView()
        var pendingHigh: UInt32?
        while let c = peek {
            i += 1
            if c == "\"" { return .string(String(out)) }
            guard c == "\\" else { out.append(c); continue }
            guard let e = peek else { return nil }
            i += 1
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "/", "\\", "\"": out.append(e)
            case "u":
                guard i + 4 <= s.count, let v = UInt32(String(String.UnicodeScalarView(s[i..<(i + 4)])), radix: 16) else {
                    return nil
                }
                i += 4
                if (0xD800..<0xDC00).contains(v) { pendingHigh = v; continue }
                if (0xDC00..<0xE000).contains(v), let high = pendingHigh {
                    pendingHigh = nil
                    guard let u = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (v - 0xDC00)) else { return nil }
                    out.append(u)
                    continue
                }
                guard let u = Unicode.Scalar(v) else { return nil }
                out.append(u)
            default: return nil
            }
        }
        return nil
    }
}
