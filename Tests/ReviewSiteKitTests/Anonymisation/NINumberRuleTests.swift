import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class NINumberRuleTests: XCTestCase {
    let rule = NINumberRule()

    func testFormats() {
        XCTAssertEqual(StructuredTest.matches(rule, "NI number AB123456C."), ["AB123456C"])
        XCTAssertEqual(StructuredTest.matches(rule, "NI AB 12 34 56 C, recorded"), ["AB 12 34 56 C"])
        XCTAssertEqual(StructuredTest.matches(rule, "JM 123456 D"), ["JM 123456 D"])
        XCTAssertEqual(StructuredTest.matches(rule, "ab123456c"), ["ab123456c"])
    }

    func testInvalidPrefixesAndOtherShapesStayQuiet() {
        for text in [
            "QQ123456C", "DA123456A", "AD123456A", "AO123456A", "GB123456A", "BG123456A", "NK123456A", "TN123456A",
            "ZZ123456A", "AB123456E", "AB12345C", "AB1234567C", "AB123456CD", "XAB123456C", "on 12 34 56 a",
            "Ab123456c", "MARAC", "IDVA 2021", "",
        ] {
            XCTAssertEqual(StructuredTest.matches(rule, text), [], text)
        }
    }

    func testMessageIsMasked() {
        let found = StructuredTest.scan(rule, "AB 12 34 56 C")
        StructuredTest.assertMasked(found)
        XCTAssertEqual(found.first?.message.hasPrefix("National Insurance number AB ** ** ** *;"), true)
    }

    func testWaiversAndPositions() {
        StructuredTest.assertCheckBehaviour(rule, identifier: "AB123456C")
    }

    /// Development set 32 (held-out set 30, spent): the six digits in two threes.
    func testDigitsInThrees() {
        XCTAssertEqual(StructuredTest.matches(rule, "SUSPECT NI: WE 406 118 A   EMPLOYER"), ["WE 406 118 A"])
        XCTAssertEqual(StructuredTest.matches(rule, "Ref AB 40 6118 C and AB 4061 18 C."), [])
    }
}
