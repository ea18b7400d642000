import Foundation
import XCTest

/// The accessibility statement is generated truthfully from site.yml (issue 13): the wording
/// follows from `known_issues`, the scope names `base_url`, and dates after `--date` warn.
final class AccessibilityStatementTests: XCTestCase {
    private func statement(_ accessibility: String, date: String = "2026-11-27") throws -> (page: String, lint: String) {
        let tmp = try TemporaryFolder()
        try tmp.write("content/site.yml", "title: Test CSP\nbase_url: https://csp.example/\n" + accessibility)
        let lint = try BinaryRunner.run(["lint", "--date", date], in: tmp.url)
        let build = try BinaryRunner.run(["build", "--date", date, "--theme", BinaryRunner.theme], in: tmp.url)
        XCTAssertEqual(build.status, 0, build.stderr)
        let page = try String(contentsOf: tmp.url.appendingPathComponent("output/accessibility/index.html"), encoding: .utf8)
        return (page, lint.stdout)
    }

    func testNoKnownIssuesIsFullyCompliant() throws {
        let (page, lint) = try statement(
            """
            accessibility:
              prepared: 2026-09-01
              contact_email: web@csp.example
              known_issues: []

            """)
        XCTAssertTrue(lint.contains("0 errors and 0 warnings"), lint)
        XCTAssertTrue(page.contains("applies to the Test CSP website at https://csp.example/."), page)
        XCTAssertTrue(page.contains("This website is fully compliant with"))
        XCTAssertTrue(page.contains("We do not know of any part of this website that is not accessible."))
        XCTAssertFalse(page.contains("partially compliant"))
        XCTAssertFalse(page.contains("Non-accessible content"))
    }

    func testKnownIssuesArePartiallyCompliantAndListedWithTheirCriterion() throws {
        let (page, lint) = try statement(
            """
            accessibility:
              prepared: 2026-09-01
              contact_phone: 01632 960000
              known_issues:
                - issue: The map of services has no text alternative.
                  criterion: 1.1.1 Non-text Content
                - issue: Some older PDF reports are not tagged.
                  criterion: 1.3.1 Info and Relationships

            """)
        XCTAssertTrue(lint.contains("0 errors and 0 warnings"), lint)
        XCTAssertTrue(page.contains("This website is partially compliant with"), page)
        XCTAssertFalse(page.contains("fully compliant"))
        XCTAssertFalse(page.contains("We do not know of any part"))
        XCTAssertTrue(page.contains("<h3 id=\"non-accessible-content\">Non-accessible content</h3>"))
        XCTAssertTrue(
            page.contains(
                "<li>The map of services has no text alternative. This fails WCAG 2.2 success criterion 1.1.1 Non-text Content.</li>"
            ))
        XCTAssertTrue(
            page.contains(
                "<li>Some older PDF reports are not tagged. This fails WCAG 2.2 success criterion 1.3.1 Info and Relationships.</li>"
            ))
        XCTAssertTrue(page.contains("<li>call 01632 960000</li>"))
    }

    func testDatesAfterTheBuildDateWarn() throws {
        let (page, lint) = try statement(
            """
            accessibility:
              prepared: 2026-09-01
              last_tested: 2026-12-15
              contact_email: web@csp.example
              known_issues: []

            """)
        XCTAssertTrue(
            lint.contains(
                "content/site.yml:5:16: warning[site-config]: 'last_tested' is 15 December 2026, "
                    + "after the build date (27 November 2026)"), lint)
        XCTAssertTrue(page.contains("fully compliant"))
    }

    func testTheBlockIsRequired() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("content/site.yml", "title: Test CSP\nbase_url: https://csp.example/\n")
        let lint = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(lint.status, 1)
        XCTAssertTrue(
            lint.stdout.hasPrefix("content/site.yml:3:1: error[missing-field]: site.yml has no 'accessibility' block"),
            lint.stdout)
        XCTAssertTrue(lint.stdout.contains("'known_issues: []'"), lint.stdout)
    }
}
