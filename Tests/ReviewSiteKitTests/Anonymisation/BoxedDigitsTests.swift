import XCTest

@testable import ReviewSiteAnonymisation

/// A paper form's digits, one to a box, pasted as text: `0 3 0 6 1 9 9 0`. The engine reads
/// such a run as one number for the number rules, found where the run starts (development set
/// 72, a GP registration form).
final class BoxedDigitsTests: XCTestCase {
    private func read(_ s: String) -> String? {
        ScanText(s, line: 1, column: 1).readingBoxedDigits().map { $0.text.text }
    }

    func testDigitsOneToABoxAreReadAsOneNumber() {
        XCTAssertEqual(read("Date of birth .... 0 3 0 6 1 9 9 0        Male"), "Date of birth .... 03061990               Male")
        XCTAssertEqual(
            read("MOBILE 0 7 7 0 0 – 9 0 0 – 6 6 3 |"), "MOBILE 07700 900 663" + String(repeating: " ", count: 13) + "|")
        // Fewer than six digits, or digits of their own words, are left alone.
        XCTAssertNil(read("Scores 1 2 3 4 5 and rooms 10 11 12 13 14 15."))
    }

    func testTheNumberRulesFindWhatTheBoxesHid() {
        let form =
            "Date of birth .... 0 3 0 6 1 9 9 0        Male ☐  Female ☑\n| Contact | HUSBAND MOBILE 0 7 7 0 0 – 9 0 0 – 6 6 3 |"
        let text = ScanText(form, line: 1, column: 1)
        let context = AnonymisationContext(pseudonyms: ["Adult A"], strictDatesOfBirth: true)
        let found = StructuredRules.all.findings(in: text, context).sorted { $0.range.lowerBound < $1.range.lowerBound }
        XCTAssertEqual(found.map(\.rule), [.dateOfBirth, .phone])
        XCTAssertEqual(text.location(found[0].range.lowerBound).column, 20)
        XCTAssertTrue(found.allSatisfy { $0.message.contains("one to a box") })
        XCTAssertFalse(found.contains { $0.message.contains("1990") || $0.message.contains("663") })
    }
}
