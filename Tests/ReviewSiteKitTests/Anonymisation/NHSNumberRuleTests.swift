import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class NHSNumberRuleTests: XCTestCase {
    let rule = NHSNumberRule()

    func testEveryWrittenFormOfAValidNumber() {
        XCTAssertEqual(StructuredTest.matches(rule, "NHS number 485 777 3457 was recorded."), ["485 777 3457"])
        XCTAssertEqual(StructuredTest.matches(rule, "NHS no: 485-777-3457."), ["485-777-3457"])
        XCTAssertEqual(StructuredTest.matches(rule, "(4857773457)"), ["4857773457"])
        XCTAssertEqual(StructuredTest.matches(rule, "943 476 5919 and 401 023 2137"), ["943 476 5919", "401 023 2137"])
    }

    func testQuietCases() {
        // Fails the check digit, one repeated digit, mixed separators, part of a longer run.
        for text in [
            "485 777 3456", "4857773450", "0000000000", "4444444444", "485 777-3457", "12 485 777 3457",
            "48577734570", "1.4857773457", "4857773457.5", "4857773457abc", "section 9", "£1,250.00",
            "10:30", "13.2", "Domestic Abuse Act 2021", "",
        ] {
            XCTAssertEqual(StructuredTest.matches(rule, text), [], text)
        }
    }

    func testMessageIsMasked() {
        let found = StructuredTest.scan(rule, "NHS number 485 777 3457.")
        StructuredTest.assertMasked(found)
        XCTAssertEqual(
            found.first?.message, "NHS number 485 *** ****; remove it or replace it with a description such as 'their NHS number'"
        )
        XCTAssertEqual(found.first?.severity, .error)
    }

    func testCheckDigit() {
        XCTAssertTrue(NHSNumberRule.passesCheck([9, 4, 3, 4, 7, 6, 5, 9, 1, 9]))
        XCTAssertFalse(NHSNumberRule.passesCheck([9, 4, 3, 4, 7, 6, 5, 9, 1, 8]))
    }

    func testWaiversAndPositions() {
        StructuredTest.assertCheckBehaviour(rule, identifier: "485 777 3457")
    }

    func testHugeDigitRunsAreQuietAndQuick() {
        XCTAssertEqual(StructuredTest.matches(rule, "4857773457 and " + String(repeating: "9", count: 100_000)), ["4857773457"])
        XCTAssertEqual(StructuredTest.matches(rule, String(repeating: "485 ", count: 10_000)), [])
    }

    func testFourThreeThreeGrouping() {
        XCTAssertEqual(StructuredTest.matches(rule, "NHS 6178 466 862 on the letter."), ["6178 466 862"])
        XCTAssertEqual(StructuredTest.matches(rule, "Ref 6178 466 863 fails the check."), [])
    }

    /// Ten digits grouped otherwise (4-4-2) only after the word NHS (development set 37).
    func testOtherGroupingsAfterTheWordNHS() {
        XCTAssertEqual(
            StructuredTest.matches(rule, "an NHS number in the subject line of an email (7225 6139 60);"), ["7225 6139 60"])
        XCTAssertEqual(StructuredTest.matches(rule, "Invoice 7225 6139 60 was paid."), [])
    }
}

extension NHSNumberRuleTests {
    /// Development set 115: a form's `member 2` and `member 3` before each household member's
    /// number; the count is no group of a longer number. Spaced groups after a count still are.
    func testACountBeforeTheNumber() {
        XCTAssertEqual(
            StructuredTest.matches(rule, "| NHS numbers | member 2 6537489040; member 3 651-437-2694 |"),
            ["6537489040", "651-437-2694"])
        XCTAssertEqual(StructuredTest.matches(rule, "member 2 485 777 3457"), [])
        XCTAssertEqual(StructuredTest.matches(rule, "Account 2024 4857773457 closed."), [])
    }
}
