import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class SitePathTests: XCTestCase {
    func testSlugsAreLowerCaseASCIIWithHyphens() {
        for good in ["dhr-jo-2022", "adult-r", "a", "2024"] { XCTAssertTrue(Slug.isValid(good[...]), good) }
        for bad in ["DHR-Jo", "adult r", "-x", "x-", "", "café", "../etc", "a_b", "a.b", String(repeating: "a", count: 101)] {
            XCTAssertFalse(Slug.isValid(bad[...]), bad)
        }
    }

    func testSuggestsAUsableSlug() {
        XCTAssertEqual(Slug.suggest("Adult R (final)"), "adult-r-final")
        XCTAssertEqual(Slug.suggest("DHR Jo 2022"), "dhr-jo-2022")
        XCTAssertEqual(Slug.suggest("Café Ré"), "cafe-re")
        XCTAssertEqual(Slug.suggest("!!!"), "page")
    }

    func testRelativeLinksBetweenPages() {
        let home = SitePath(""), review = SitePath("reviews/dhr-jo-2022"), briefing = SitePath("briefings/adult-r/")
        XCTAssertEqual(review.folder, "reviews/dhr-jo-2022/")
        XCTAssertEqual(review.file, "reviews/dhr-jo-2022/index.html")
        XCTAssertEqual(home.link(to: review), "reviews/dhr-jo-2022/index.html")
        XCTAssertEqual(review.link(to: briefing), "../../briefings/adult-r/index.html")
        XCTAssertEqual(review.link(to: home, fragment: "top"), "../../index.html#top")
        XCTAssertEqual(SitePath("contact").toRoot, "../")
    }

    func testLinkTargetsResolveSitePathsAndMarkdownFiles() {
        let pages: Set<SitePath> = [
            SitePath(""), SitePath("reviews/"), SitePath("reviews/dhr-jo-2022/"),
            SitePath("briefings/adult-r/"), SitePath("about/sub-groups/"),
        ]
        func resolve(_ d: String, from: String = "reviews/dhr-sam-2024.md") -> LinkTarget {
            LinkTarget.resolve(d, from: from, in: pages)
        }
        XCTAssertEqual(resolve("/briefings/adult-r/"), .page(SitePath("briefings/adult-r/"), fragment: nil))
        XCTAssertEqual(resolve("/briefings/adult-r"), .page(SitePath("briefings/adult-r/"), fragment: nil))
        XCTAssertEqual(
            resolve("/reviews/dhr-jo-2022/#action-plan"), .page(SitePath("reviews/dhr-jo-2022/"), fragment: "action-plan"))
        XCTAssertEqual(resolve("dhr-jo-2022.md"), .page(SitePath("reviews/dhr-jo-2022/"), fragment: nil))
        XCTAssertEqual(resolve("../briefings/adult-r.md"), .page(SitePath("briefings/adult-r/"), fragment: nil))
        XCTAssertEqual(resolve("/"), .page(SitePath(""), fragment: nil))
        XCTAssertEqual(resolve("/feed.xml"), .file("feed.xml"))
        XCTAssertEqual(resolve("https://www.gov.uk/"), .external)
        XCTAssertEqual(resolve("mailto:someone@example.org"), .external)
        XCTAssertEqual(resolve("#findings"), .external)
        XCTAssertEqual(resolve("/reviews/dhr-nobody/"), .missing("/reviews/dhr-nobody/"))
        XCTAssertEqual(resolve("../../../etc/passwd.md"), .missing("../../../etc/passwd.md"))
    }
}
