import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class ArgumentTests: XCTestCase {
    func testParsesCommandsAndOptions() throws {
        let p = try ParsedArguments.parse(["build", "--content", "site", "--output=out", "--date", "2024-05-15"])
        XCTAssertEqual(p.command, .build)
        XCTAssertEqual(p.options, ["--content": "site", "--output": "out", "--date": "2024-05-15"])
    }

    func testRejectsWhatACommandDoesNotTake() {
        XCTAssertThrowsError(try ParsedArguments.parse(["lint", "--output", "x"])) { error in
            let failure = error as? ToolFailure
            XCTAssertEqual(failure?.isUsageError, true)
            XCTAssertTrue(failure?.message.contains("'lint' has no option --output") == true)
        }
        XCTAssertThrowsError(try ParsedArguments.parse(["build", "--date", "2024-01-01", "--date", "2024-01-02"]))
        XCTAssertThrowsError(try ParsedArguments.parse(["build", "stray"]))
    }

    func testDateComesFromOptionThenSourceDateEpoch() throws {
        XCTAssertEqual(try CommandLineTool.buildDate("2024-05-15", environment: ["SOURCE_DATE_EPOCH": "0"]).iso, "2024-05-15")
        XCTAssertEqual(try CommandLineTool.buildDate(nil, environment: ["SOURCE_DATE_EPOCH": "1589500800"]).iso, "2020-05-15")
        XCTAssertThrowsError(try CommandLineTool.buildDate(nil, environment: ["SOURCE_DATE_EPOCH": "soon"]))
        XCTAssertThrowsError(try CommandLineTool.buildDate("2024-02-30", environment: [:]))
    }
}

final class SuggestionTests: XCTestCase {
    func testSuggestsTheClosestKnownWord() {
        XCTAssertEqual(Suggestion.closest(to: "biuld", in: ["build", "lint"]), "build", "a swapped pair is one typo")
        XCTAssertEqual(Suggestion.closest(to: "titel", in: FrontMatterDecoder.fields), "title")
        XCTAssertEqual(Suggestion.closest(to: "home_office_qa_date", in: FrontMatterDecoder.fields), nil)
        XCTAssertEqual(Suggestion.closest(to: "x", in: ["type", "title"]), nil)
        XCTAssertEqual(Suggestion.hint(for: "sumary", in: FrontMatterDecoder.fields), " (did you mean 'summary'?)")
    }
}
