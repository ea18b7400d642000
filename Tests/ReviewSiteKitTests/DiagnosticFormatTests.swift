import Foundation
import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class DiagnosticFormatTests: XCTestCase {
    let findings = [
        Diagnostic(
            .error, "nhs-number", at: SourceLocation(file: "content/reviews/adult-r.md", line: 12, column: 5),
            "NHS number; replace it or remove it"),
        Diagnostic(
            .warning, "review-due", at: SourceLocation(file: "content/a,b.md", line: 3, column: 1),
            "100% due:\nnow"),
    ]

    func testTextMatchesDesign() {
        XCTAssertEqual(
            TextReport.line(findings[0]),
            "content/reviews/adult-r.md:12:5: error[nhs-number]: NHS number; replace it or remove it")
        XCTAssertEqual(TextReport.summary(findings, files: 12), "1 error and 1 warning in 12 files")
        XCTAssertEqual(TextReport.summary([], files: 1), "0 errors and 0 warnings in 1 file")
    }

    func testJSONHasDesignShapeAndKeyOrder() throws {
        let text = DiagnosticFormat.json.render([findings[0]], files: 12, toolVersion: "0.1.0")
        let keys = [
            "\"version\"", "\"diagnostics\"", "\"file\"", "\"line\"", "\"column\"", "\"severity\"", "\"rule\"", "\"message\"",
            "\"summary\"",
        ]
        let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
        XCTAssertEqual(positions.count, keys.count)
        XCTAssertEqual(positions, positions.sorted(), "keys in the documented order (docs/diagnostics.md)")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["summary"] as? [String: Int], ["files": 12, "errors": 1, "warnings": 0])
    }

    func testJSONEscapesControlCharacters() throws {
        let text = DiagnosticFormat.json.render([findings[1]], files: 1, toolVersion: "0.1.0")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let d = try XCTUnwrap((object["diagnostics"] as? [[String: Any]])?.first)
        XCTAssertEqual(d["message"] as? String, "100% due:\nnow")
    }

    func testSARIFIsVersion210WithRulesAndLocations() throws {
        let text = DiagnosticFormat.sarif.render(findings, files: 2, toolVersion: "0.1.0")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["version"] as? String, "2.1.0")
        XCTAssertNotNil(object["$schema"])
        let run = try XCTUnwrap((object["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "reviewsite")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        // Every registered rule is described, not only those found (so code scanning can show
        // help for any rule); each result's ruleIndex points at its own rule.
        XCTAssertEqual(rules.compactMap { $0["id"] as? String }, RuleID.allCases.map(\.rawValue))
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.map { $0["level"] as? String }, ["error", "warning"])
        for result in results {
            let index = try XCTUnwrap(result["ruleIndex"] as? Int)
            XCTAssertEqual(rules[index]["id"] as? String, result["ruleId"] as? String)
        }
    }

    func testGitHubAnnotationsEscapeTheirSeparators() {
        let text = DiagnosticFormat.github.render(findings, files: 2, toolVersion: "0.1.0")
        XCTAssertEqual(
            text,
            """
            ::error file=content/reviews/adult-r.md,line=12,col=5,title=nhs-number::NHS number; replace it or remove it
            ::warning file=content/a%2Cb.md,line=3,col=1,title=review-due::100%25 due:%0Anow

            """)
    }
}
