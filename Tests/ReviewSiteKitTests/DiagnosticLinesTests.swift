import XCTest

@testable import ReviewSiteCore

/// The cache's line form of findings gives back exactly what was written (issue 16).
final class DiagnosticLinesTests: XCTestCase {
    func testRoundTripKeepsEveryField() {
        let findings = [
            Diagnostic(
                .error, "nhs-number", at: SourceLocation(file: "content/reviews/adult-r.md", line: 12, column: 5),
                "NHS number 485 *** ****; replace it or remove it"),
            Diagnostic(
                .warning, "date-of-birth", at: SourceLocation(file: "content/a\tb.md", line: 3, column: 1),
                "full date (** March 2019);\nsecond line \\ with a backslash\tand a tab\r"),
            Diagnostic(.warning, "review-due", at: SourceLocation(file: "content/é ö.md", line: 0, column: -1), ""),
        ]
        var bytes: [UInt8] = []
        for d in findings { DiagnosticLines.append(d, to: &bytes) }
        let lines = bytes.split(separator: 0x0A)
        XCTAssertEqual(lines.count, findings.count, "one line per finding, whatever the message holds")
        XCTAssertEqual(lines.map { DiagnosticLines.parse($0) }, findings)
    }

    func testNotAFindingIsNil() {
        XCTAssertNil(DiagnosticLines.parse(ArraySlice("error\tx\tfile\t1".utf8)))
        XCTAssertNil(DiagnosticLines.parse(ArraySlice("fatal\tx\tfile\t1\t2\tm".utf8)))
        XCTAssertNil(DiagnosticLines.parse(ArraySlice("error\tx\tfile\tone\t2\tm".utf8)))
    }
}
