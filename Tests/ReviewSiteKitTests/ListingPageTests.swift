import XCTest

@testable import ReviewSiteKit

final class ListingPageTests: XCTestCase {
    func testPagesSplitItemsWithoutLosingOrRepeatingAny() {
        for items in [0, 1, 19, 20, 21, 40, 41, 1000] {
            let pages = ListingPage.pages(items: items, size: 20)
            XCTAssertEqual(pages.count, max(1, (items + 19) / 20), "\(items)")
            XCTAssertEqual(pages.flatMap { Array($0.items) }, Array(0..<items), "\(items)")
        }
    }

    func testPageOneKeepsTheListingsAddressAndLaterPagesGoBelowIt() {
        let base = SitePath("reviews")
        XCTAssertEqual(ListingPage.path(1, under: base).file, "reviews/index.html")
        XCTAssertEqual(ListingPage.path(12, under: base).file, "reviews/page/12/index.html")
        XCTAssertEqual(ListingPage.path(2, under: SitePath("topics/stalking")).file, "topics/stalking/page/2/index.html")
    }

    func testTheNavigationShowsTheEndsAndTheNeighboursWithGapsMarked() {
        XCTAssertEqual(ListingPage(number: 1, count: 1).shownNumbers, [1])
        XCTAssertEqual(ListingPage(number: 1, count: 3).shownNumbers, [1, 2, 3])
        XCTAssertEqual(ListingPage(number: 5, count: 9).shownNumbers, [1, nil, 4, 5, 6, nil, 9])
        XCTAssertEqual(ListingPage(number: 3, count: 9).shownNumbers, [1, 2, 3, 4, nil, 9])
        XCTAssertEqual(ListingPage(number: 9, count: 9).shownNumbers, [1, nil, 8, 9])
        XCTAssertEqual(ListingPage(number: 2, count: 3).titleSuffix, " (page 2 of 3)")
        XCTAssertEqual(ListingPage(number: 1, count: 1).titleSuffix, "")
    }
}
