import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class SiteDateTests: XCTestCase {
    func testParsesOnlyRealCalendarDates() {
        XCTAssertNotNil(SiteDate(iso: "2020-05-15"))
        XCTAssertNotNil(SiteDate(iso: "2024-02-29"), "2024 is a leap year")
        XCTAssertNil(SiteDate(iso: "2023-02-29"))
        XCTAssertNil(SiteDate(iso: "2020-02-30"))
        XCTAssertNil(SiteDate(iso: "1900-02-29"), "1900 was not a leap year")
        XCTAssertNotNil(SiteDate(iso: "2000-02-29"), "2000 was")
        XCTAssertNil(SiteDate(iso: "2020-13-01"))
        XCTAssertNil(SiteDate(iso: "2020-04-31"))
        XCTAssertNil(SiteDate(iso: "2020-5-15"))
        XCTAssertNil(SiteDate(iso: "15/05/2020"))
        XCTAssertNil(SiteDate(iso: "2020-05-15 "))
        XCTAssertNil(SiteDate(iso: "+020-05-15"))
    }

    func testRendersGOVUKStyle() throws {
        let d = try XCTUnwrap(SiteDate(iso: "2020-05-05"))
        XCTAssertEqual(d.govuk, "5 May 2020")
        XCTAssertEqual(d.iso, "2020-05-05")
        XCTAssertEqual(try XCTUnwrap(SiteDate(iso: "2021-12-31")).govuk, "31 December 2021")
    }

    func testAddingMonthsClampsToTheMonthEnd() throws {
        let d = try XCTUnwrap(SiteDate(iso: "2024-01-31"))
        XCTAssertEqual(d.adding(months: 1).iso, "2024-02-29")
        XCTAssertEqual(d.adding(months: 12).iso, "2025-01-31")
        XCTAssertEqual(d.adding(months: 25).iso, "2026-02-28")
    }

    func testUnixTimeGivesTheUTCDay() {
        XCTAssertEqual(SiteDate(unixTime: 0).iso, "1970-01-01")
        XCTAssertEqual(SiteDate(unixTime: 1_589_500_800).iso, "2020-05-15")
        XCTAssertEqual(SiteDate(unixTime: 1_589_587_199).iso, "2020-05-15")
        XCTAssertEqual(SiteDate(unixTime: 951_782_400).iso, "2000-02-29")
    }

    func testOrdering() throws {
        let a = try XCTUnwrap(SiteDate(iso: "2020-05-15")), b = try XCTUnwrap(SiteDate(iso: "2020-06-01"))
        XCTAssertLessThan(a, b)
        XCTAssertFalse(b < a)
    }
}
