import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class DateOfBirthRuleTests: XCTestCase {
    let rule = DateOfBirthRule()

    private func severities(_ text: String, kind: PageKind? = .dhr, field: String? = nil) -> [Severity] {
        StructuredTest.scan(rule, text, kind: kind, field: field).map(\.severity)
    }

    func testEveryFormNearAKeywordIsAnError() {
        let texts = [
            "Adult R was born on 15 May 1980.", "DOB: 15/05/1980", "D.O.B. 15.05.1980", "date of birth 1980-05-15",
            "She died on 15th May 2020.", "He was deceased by May 15, 2020.", "The funeral, on 3 Sept 2020, was small.",
            "Adult R, aged 34, was seen on 2 March 2020.", "born 15/05/80", "Her death on 1st of June 2020 was reviewed.",
        ]
        for text in texts {
            XCTAssertEqual(severities(text), [.error], text)
        }
        // Also in a page, and in front matter.
        XCTAssertEqual(severities("born 15 May 1980", kind: .page), [.error])
        XCTAssertEqual(severities("born 15 May 1980", field: "summary"), [.error])
    }

    func testOtherFullDatesInAReviewBodyAreWarnings() {
        XCTAssertEqual(severities("On 15 May 2020 the GP saw Adult R."), [.warning])
        XCTAssertEqual(severities("Seen 15/05/2020.", kind: .briefing), [.warning])
        // Not in an ordinary page, not in a title.
        XCTAssertEqual(severities("On 15 May 2020 the board met.", kind: .page), [])
        XCTAssertEqual(severities("On 15 May 2020 the GP saw Adult R.", field: "title"), [])
    }

    func testWindowEndsAtTheSentence() {
        XCTAssertEqual(severities("Adult R was born in Avonmere. On 15 May 2020 the GP saw her."), [.warning])
        XCTAssertEqual(
            severities(
                "She died in hospital after a long and difficult illness that nobody in the family or the practice had noticed at first, long before 15 May 2020."
            ), [.warning])
    }

    func testQuietCases() {
        // "born in May 1980" is a warning since issue 12 (testMonthAndYearOfBirthIsAWarning).
        for text in [
            "Adult R died in March 2023.", "at 10:30 on the day she died", "3.4 May 2021: the GP",
            "paragraph 13.2", "section 9 of the Domestic Abuse Act 2021", "Care Act 2014", "1 in 4 women", "£1,250.00",
            "may 15, 2020", "31 February 2020", "15/13/2020", "2020-13-01", "1.15/05/2020", "13.2.20", "May 15 people",
            "died 15 May", "the MARAC on 2023", "",
        ] {
            XCTAssertEqual(severities(text), [], text)
        }
    }

    func testMessagesAreMasked() {
        let found = StructuredTest.scan(rule, "born on 15 May 1980. Seen on 15/05/2020.")
        StructuredTest.assertMasked(found)
        XCTAssertEqual(
            found.map { String($0.message.split(separator: ";")[0]) },
            ["full date near 'born' (** May ****)", "full date (**/**/2020)"])
    }

    func testWaiversAndPositions() {
        StructuredTest.assertCheckBehaviour(rule, identifier: "15 May 1980", prefix: "She was born on ")
    }

    // MARK: Issue 12

    func testDayMonthTwoDigitYearWithDotsNearAKeyword() {
        let f = StructuredTest.scan(rule, "Her DOB was 03.07.85 according to the GP.", kind: .dhr)
        XCTAssertEqual(f.map(\.matched), ["03.07.85"])
        XCTAssertEqual(f.first?.severity, .error)
        // Without a keyword it is a section number, not a date.
        XCTAssertEqual(StructuredTest.matches(rule, "See paragraph 3.4.21 and 1.2.12 of the plan.", kind: .page), [])
    }

    func testMonthAndYearOfBirthIsAWarning() {
        let f = StructuredTest.scan(rule, "Adult R was born in March 1984 in Leeds.", kind: .dhr)
        XCTAssertEqual(f.map(\.matched), ["March 1984"])
        XCTAssertEqual(f.first?.severity, .warning)
        XCTAssertTrue(f.first?.message.contains("month and year of birth") == true, f.first?.message ?? "")
        XCTAssertEqual(StructuredTest.matches(rule, "The referral was made in March 1984.", kind: .dhr), [])
    }
}
