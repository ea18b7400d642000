import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// Each metadata rule on its own, from typed front matter.
final class MetadataRuleTests: XCTestCase {
    let context = MetadataContext(
        file: "content/reviews/dhr-jo.md", buildDate: SiteDate(year: 2026, month: 11, day: 27)!,
        reviewIntervalMonths: 12)

    private func date(_ iso: String, line: Int) -> Located<SiteDate> { Located(SiteDate(iso: iso)!, line: line, column: 12) }

    /// A complete published review; each test breaks one thing.
    private func publishedReview() -> PageMeta {
        var m = PageMeta()
        m.kind = .dhr
        m.title = Located("DHR: Jo", line: 3, column: 8)
        m.summary = Located("What we learnt.", line: 4, column: 10)
        m.status = .published
        m.published = date("2026-03-01", line: 6)
        m.reviewed = date("2026-03-01", line: 7)
        m.homeOfficeQA = date("2026-02-01", line: 8)
        m.pseudonyms = [Pseudonym(name: Located("Jo", line: 10, column: 13), role: Located("the victim", line: 11, column: 11))]
        m.fieldLines = [
            "type": 2, "title": 3, "summary": 4, "status": 5, "published": 6, "reviewed": 7,
            "home_office_qa": 8, "pseudonyms": 9,
        ]
        return m
    }

    func testACompleteReviewPassesEveryRule() {
        XCTAssertEqual(MetadataRules.check(publishedReview(), context), [])
    }

    func testRequiredFields() {
        var m = publishedReview()
        m.summary = nil
        m.fieldLines["summary"] = nil
        m.fieldLines["pseudonyms"] = nil
        let found = RequiredFields.check(m, context)
        XCTAssertEqual(found.map(\.rule), ["missing-field", "missing-field"])
        XCTAssertTrue(found[0].message.hasPrefix("front matter has no 'summary'"))
        XCTAssertTrue(found[1].message.hasPrefix("front matter has no 'pseudonyms'"))
        // A page needs neither, and a draft needs no dates.
        var page = PageMeta()
        page.kind = .page
        page.title = Located("About", line: 3, column: 8)
        page.status = .draft
        page.fieldLines = ["type": 2, "title": 3, "status": 4]
        XCTAssertEqual(RequiredFields.check(page, context), [])
        page.status = .published
        XCTAssertEqual(
            RequiredFields.check(page, context).map(\.message),
            [
                "front matter has no 'published'; add 'published: …' (the first publication date, YYYY-MM-DD)",
                "front matter has no 'reviewed'; add 'reviewed: …' (the date the content was last checked, YYYY-MM-DD)",
            ])
    }

    func testUpdatedAndReviewedCannotPrecedePublication() {
        var m = publishedReview()
        m.reviewed = date("2026-02-28", line: 7)
        m.updated = date("2025-01-01", line: 9)
        let found = DateOrder.check(m, context)
        XCTAssertEqual(found.map(\.location.line), [9, 7])
        XCTAssertEqual(
            found.first?.message,
            "'updated' (1 January 2025) is before 'published' (1 March 2026); correct one of the dates")
    }

    func testPublishedReviewNeedsHomeOfficeClearanceFirst() {
        var m = publishedReview()
        m.homeOfficeQA = nil
        m.fieldLines["home_office_qa"] = nil
        XCTAssertEqual(HomeOfficeQA.check(m, context).map(\.rule), ["home-office-qa"])
        XCTAssertEqual(HomeOfficeQA.check(m, context).first?.location.line, 5, "points at the status line")
        m.status = .draft
        XCTAssertEqual(HomeOfficeQA.check(m, context), [], "a draft may wait for the panel")
        m = publishedReview()
        m.homeOfficeQA = date("2026-04-01", line: 8)
        XCTAssertEqual(HomeOfficeQA.check(m, context).first?.location.line, 8)
        m.kind = .briefing
        XCTAssertEqual(HomeOfficeQA.check(m, context), [], "only reviews go to the Home Office panel")
    }

    func testReviewDueIsAWarningAfterTheInterval() {
        var m = publishedReview()
        m.reviewed = date("2025-11-27", line: 7)
        XCTAssertEqual(ReviewDue.check(m, context), [], "exactly twelve months is not yet overdue")
        m.reviewed = date("2025-11-26", line: 7)
        let found = ReviewDue.check(m, context)
        XCTAssertEqual(found.map(\.severity), [.warning])
        XCTAssertTrue(found[0].message.contains("a review was due by 26 November 2026"), found[0].message)
    }
}
