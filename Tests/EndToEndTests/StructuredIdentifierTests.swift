import Foundation
import XCTest

/// `reviewsite lint` reports every structured-identifier rule, in every format, without ever
/// printing the identifier it found.
final class StructuredIdentifierTests: XCTestCase {
    static let identifiers: [(rule: String, text: String)] = [
        ("nhs-number", "943 476 5919"), ("ni-number", "AB 12 34 56 C"), ("postcode", "EC1A 1BB"),
        ("phone", "07700 900123"), ("email", "jo.bloggs@example.co.uk"), ("vehicle-registration", "BD51 SMR"),
        ("date-of-birth", "15 May 1980"), ("address", "12 Acacia Avenue"), ("social-handle", "@jo_bloggs99"),
    ]

    private func makeSite(_ tmp: TemporaryFolder, allow: String = "") throws {
        try tmp.write(
            "content/site.yml",
            """
            title: Test CSP
            base_url: https://csp.example/
            contact_email: team@csp.example
            helplines:
              - name: National Domestic Abuse Helpline
                phone: 0808 2000 247
            accessibility:
              prepared: 2020-01-01
              known_issues: []

            """)
        let body = """
            Adult R was born on 15 May 1980 and lived at 12 Acacia Avenue, EC1A 1BB.
            Her NHS number was 943 476 5919 and her NI number AB 12 34 56 C.
            Her mobile was 07700 900123; email jo.bloggs@example.co.uk; she posted as @jo_bloggs99.
            The car was BD51 SMR. Call the helpline on 0808 2000 247 or email team@csp.example.

            """
        try tmp.write(
            "content/reviews/dhr-adult-r.md",
            """
            ---
            type: dhr
            title: "DHR: Adult R"
            summary: "What we learnt."
            status: draft
            pseudonyms:
              - name: Adult R
                role: the victim
            \(allow)---
            \(body)
            """)
    }

    func testLintReportsEveryRuleWithoutPrintingTheIdentifiers() throws {
        let tmp = try TemporaryFolder()
        try makeSite(tmp)
        for format in ["json", "text", "sarif", "github"] {
            let result = try BinaryRunner.run(["lint", "--format", format, "--date", "2026-11-27"], in: tmp.url)
            XCTAssertEqual(result.status, 1, result.stderr)
            let output = result.stdout + result.stderr
            for (rule, text) in Self.identifiers {
                XCTAssertTrue(output.contains(rule), "\(format): no \(rule) in \(output)")
                XCTAssertFalse(output.contains(text), "\(format) output leaks '\(text)'")
                XCTAssertFalse(output.contains(text.replacingOccurrences(of: " ", with: "")), "\(format) output leaks '\(text)'")
            }
        }
        let json = try BinaryRunner.run(["lint", "--format", "json", "--date", "2026-11-27"], in: tmp.url)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let diagnostics = decoded?["diagnostics"] as? [[String: Any]] ?? []
        let byRule = Dictionary(grouping: diagnostics) { $0["rule"] as? String ?? "" }
        // One finding each: the helpline number and the contact email stay quiet.
        for (rule, _) in Self.identifiers {
            XCTAssertEqual(byRule[rule]?.count, 1, "\(rule): \(byRule[rule] ?? [])")
        }
        // Positions count from the first line of the file, front matter included.
        let nhs = byRule["nhs-number"]?.first
        XCTAssertEqual(nhs?["line"] as? Int, 11)
        XCTAssertEqual(nhs?["column"] as? Int, 20)
        XCTAssertEqual(byRule["social-handle"]?.first?["severity"] as? String, "warning")
    }

    func testWaiversSilenceExactlyTheirText() throws {
        let tmp = try TemporaryFolder()
        let allow = Self.identifiers.map { "  - rule: \($0.rule)\n    text: \"\($0.text)\"\n    reason: test waiver\n" }.joined()
        try makeSite(tmp, allow: "allow:\n" + allow + "  - rule: phone\n    text: \"0117 496 0000\"\n    reason: not there\n")
        let result = try BinaryRunner.run(["lint", "--format", "json", "--date", "2026-11-27"], in: tmp.url)
        let decoded = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let rules = (decoded?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        XCTAssertEqual(rules, ["stale-waiver"], result.stdout)
    }
}
