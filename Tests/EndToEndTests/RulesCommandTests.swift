import Foundation
import XCTest

/// `reviewsite rules` and the rule metadata in SARIF come from one registry; a user can look
/// up any id a message shows, and a misspelt id in a waiver says what was meant.
final class RulesCommandTests: XCTestCase {
    let repo = BinaryRunner.repository

    /// Every rule id, as `reviewsite rules --format json` lists them.
    private func registeredRules() throws -> [[String: Any]] {
        let r = try BinaryRunner.run(["rules", "--format", "json"], in: repo)
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        return json?["rules"] as? [[String: Any]] ?? []
    }

    func testRulesListsEveryRuleWithSeverityAndFix() throws {
        let rules = try registeredRules()
        let ids = rules.compactMap { $0["id"] as? String }
        XCTAssertGreaterThanOrEqual(ids.count, 40)
        XCTAssertEqual(Set(ids).count, ids.count, "rule ids are unique")
        for id in ["nhs-number", "names-register", "broken-link", "image-alt", "stale-waiver", "unknown-rule"] {
            XCTAssertTrue(ids.contains(id), id)
        }
        for rule in rules {
            let id = rule["id"] as? String ?? ""
            XCTAssertNotNil(id.range(of: "^[a-z]+(-[a-z]+)*$", options: .regularExpression), id)
            XCTAssertTrue(["error", "warning"].contains(rule["severity"] as? String), id)
            XCTAssertFalse((rule["summary"] as? String ?? "").isEmpty, id)
            XCTAssertFalse((rule["fix"] as? String ?? "").isEmpty, id)
        }
        XCTAssertEqual(rules.first { $0["id"] as? String == "names-register" }?["waivable"] as? Bool, false)
        XCTAssertEqual(rules.first { $0["id"] as? String == "phone" }?["waivable"] as? Bool, true)

        let text = try BinaryRunner.run(["rules"], in: repo)
        XCTAssertEqual(text.status, 0)
        for id in ids { XCTAssertTrue(text.stdout.contains("  \(id) "), id) }
        XCTAssertTrue(text.stdout.contains("Anonymisation:"))

        let bad = try BinaryRunner.run(["rules", "--format", "sarif"], in: repo)
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--format must be text or json"), bad.stderr)
    }

    func testReadmeDocumentsEveryRule() throws {
        let readme = try String(contentsOf: repo.appendingPathComponent("README.md"), encoding: .utf8)
        for id in try registeredRules().compactMap({ $0["id"] as? String }) {
            XCTAssertTrue(readme.contains("| `\(id)` |"), "README's rule tables have no row for '\(id)'")
        }
    }

    func testSarifDescribesEveryRule() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        let r = try BinaryRunner.run(["lint", "--format", "sarif", "--date", "2026-11-27"], in: tmp.url)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let run = (json?["runs"] as? [[String: Any]])?.first
        let driver = (run?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        let descriptors = driver?["rules"] as? [[String: Any]] ?? []
        XCTAssertEqual(descriptors.compactMap { $0["id"] as? String }, try registeredRules().compactMap { $0["id"] as? String })
        for d in descriptors {
            let id = d["id"] as? String ?? ""
            XCTAssertNotNil((d["shortDescription"] as? [String: Any])?["text"] as? String, id)
            XCTAssertNotNil((d["fullDescription"] as? [String: Any])?["text"] as? String, id)
            XCTAssertNotNil((d["help"] as? [String: Any])?["text"] as? String, id)
            let level = (d["defaultConfiguration"] as? [String: Any])?["level"] as? String
            XCTAssertTrue(["error", "warning"].contains(level), id)
        }
    }

    func testMisspeltOrUnwaivableRuleInAllowIsAnError() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        let page = tmp.url.appendingPathComponent("content/contact.md")
        var text = try String(contentsOf: page, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "\n---\n",
            with: """

                allow:
                  - rule: phnoe
                    text: "0117 496 0000"
                    reason: the council switchboard
                  - rule: names-register
                    text: something
                    reason: a test
                ---

                """, options: [], range: text.index(after: text.startIndex)..<text.endIndex)
        try Data(text.utf8).write(to: page)
        let r = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(r.status, 1, r.stdout)
        XCTAssertTrue(
            r.stdout.contains("error[unknown-rule]: this allow entry names no anonymisation rule (did you mean 'phone'?)"),
            r.stdout)
        XCTAssertTrue(r.stdout.contains("error[unknown-rule]: 'names-register' cannot be waived"), r.stdout)
        XCTAssertFalse(r.stdout.contains("phnoe"), "the misspelt value is not echoed")
    }
}
