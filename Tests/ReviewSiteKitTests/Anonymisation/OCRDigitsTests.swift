import XCTest

@testable import ReviewSiteAnonymisation

/// A scanned page's text recognition writes `l` or `I` for 1 and `O` for 0: the engine reads
/// such runs as digits for the number rules, at the text's own positions (development set 40).
final class OCRDigitsTests: XCTestCase {
    private func read(_ s: String) -> String? {
        ScanText(s, line: 1, column: 1).readingOCRDigits().map { $0.text.text }
    }

    func testRunsOfDigitsAndLookalikesAreReadAsDigits() {
        XCTAssertEqual(read("DOB: l4/ll/l962"), "DOB: 14/11/1962")
        XCTAssertEqual(read("Tel Ol14 496 O3l7."), "Tel 0114 496 0317.")
        // Words keep their letters, and a text without such runs is not read again.
        XCTAssertEqual(read("Holloway, hello1 and O'Neill, I am 42 and ll/ok."), nil)
        XCTAssertEqual(read("The O2 shop"), "The 02 shop")
    }

    func testTheNumberRulesFindWhatTheScanHid() {
        let letter = "Patient: Mrs A. DOB l4/ll/l962. She died at home on O8/O5/2O23. Mobile O77OO 9OO l23."
        let text = ScanText(letter, line: 3, column: 1)
        let context = AnonymisationContext(pseudonyms: ["Adult A"])
        let found = StructuredRules.all.findings(in: text, context).sorted { $0.range.lowerBound < $1.range.lowerBound }
        XCTAssertEqual(found.map(\.matched), ["l4/ll/l962", "O8/O5/2O23", "O77OO 9OO l23"])
        XCTAssertEqual(found.map(\.rule), [.dateOfBirth, .dateOfBirth, .phone])
        XCTAssertTrue(found.allSatisfy { $0.message.contains("scanned page") })
        XCTAssertEqual(text.location(found[0].range.lowerBound).column, 21)
        // The same numbers written right are found once, by the plain reading.
        let plain = ScanText("DOB 14/11/1962. Mobile 07700 900 123.", line: 1, column: 1)
        XCTAssertEqual(Set(StructuredRules.all.findings(in: plain, context).map(\.matched)), ["14/11/1962", "07700 900 123"])
    }

    /// The plain reading of `l4/11/1962` is `4/11/1962`, the wrong date: the scanned reading
    /// replaces it. A Roman month between two plain numbers is no misread `ll` (`23.II.1958`),
    /// even when the text reads some other number so (`O2`).
    func testTheScannedReadingReplacesAWrongPlainDateAndLeavesRomanMonths() {
        let context = AnonymisationContext(pseudonyms: ["Adult A"])
        let found = StructuredRules.all.findings(in: ScanText("DOB l4/11/1962 was given.", line: 1, column: 1), context)
        XCTAssertEqual(found.map(\.matched), ["l4/11/1962"])
        XCTAssertEqual(read("She was born 23.II.1958 and worked for O2."), "She was born 23.II.1958 and worked for 02.")
        let roman = StructuredRules.all.findings(
            in: ScanText("She was born 23.II.1958 and worked for O2.", line: 1, column: 1), context)
        XCTAssertEqual(roman.filter { $0.rule == .dateOfBirth }.map(\.matched), ["23.II.1958"])
    }
}
