import Foundation
import XCTest

/// Listings and topic pages split into pages of `listing_page_size` (issue 16), through the binary.
final class ListingPagesTests: XCTestCase {
    private func review(_ n: Int) -> String {
        """
        ---
        type: dhr
        title: "DHR: Adult \(n) (2024)"
        summary: "What agencies learnt from review \(n)."
        status: published
        published: 2025-\(String(format: "%02d", n % 12 + 1))-\(String(format: "%02d", n % 28 + 1))
        reviewed: 2026-06-01
        home_office_qa: 2024-01-01
        pseudonyms:
          - name: Alex
            role: the victim
        topics:
          - coercive control
        ---
        ## What happened

        Text.

        """
    }

    /// A site of `reviews` reviews on one topic and a reviews introduction.
    private func site(reviews: Int, pageSize: Int?) throws -> TemporaryFolder {
        let tmp = try TemporaryFolder()
        try tmp.write(
            "content/site.yml",
            "title: Test partnership\nbase_url: https://example.org/csp/\n"
                + (pageSize.map { "listing_page_size: \($0)\n" } ?? "")
                + "accessibility:\n  prepared: 2026-09-01\n  contact_email: web.team@example.org\n  known_issues: []\n")
        try tmp.write(
            "content/reviews/index.md",
            "---\ntype: page\ntitle: Our reviews\nstatus: published\npublished: 2025-01-01\nreviewed: 2026-06-01\n---\n"
                + "We publish every review the Home Office has cleared.\n")
        for n in 1...reviews { try tmp.write("content/reviews/dhr-adult-\(n)-2024.md", review(n)) }
        return tmp
    }

    private func read(_ tmp: TemporaryFolder, _ path: String) throws -> String {
        try String(contentsOf: tmp.url.appendingPathComponent("output/" + path), encoding: .utf8)
    }

    private func exists(_ tmp: TemporaryFolder, _ path: String) -> Bool {
        FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("output/" + path).path)
    }

    private func titles(_ html: String) -> [String] {
        html.components(separatedBy: "<h3><a href=\"").dropFirst().compactMap { part in
            part.split(separator: ">", maxSplits: 1).last.map { String($0.prefix { $0 != "<" }) }
        }
    }

    func testEveryReviewIsListedOnceAcrossTheListingsPagesInOrder() throws {
        let tmp = try site(reviews: 45, pageSize: 20)
        let r = try BinaryRunner.run(["build", "--date", "2026-11-27", "--theme", BinaryRunner.theme], in: tmp.url)
        XCTAssertEqual(r.status, 0, r.stderr)
        let pages = try ["reviews/index.html", "reviews/page/2/index.html", "reviews/page/3/index.html"].map { try read(tmp, $0) }
        XCTAssertFalse(exists(tmp, "reviews/page/4/index.html"))
        XCTAssertFalse(exists(tmp, "reviews/page/1/index.html"), "page 1 is the listing's own address")
        XCTAssertEqual(pages.map { titles($0).count }, [20, 20, 5])
        let all = pages.flatMap(titles)
        XCTAssertEqual(Set(all).count, 45, "a review is missing or listed twice")
        // Newest first across the pages, as on one page.
        let oneLong = try site(reviews: 45, pageSize: 500)
        XCTAssertEqual(try BinaryRunner.run(["build", "--date", "2026-11-27"], in: oneLong.url).status, 0)
        XCTAssertEqual(all, titles(try read(oneLong, "reviews/index.html")))
        // The introduction is on the first page only; each page says which it is.
        XCTAssertTrue(pages[0].contains("We publish every review"))
        XCTAssertFalse(pages[1].contains("We publish every review"))
        XCTAssertTrue(pages[1].contains("<title>Our reviews (page 2 of 3) - Test partnership</title>"), pages[1])
        XCTAssertTrue(pages[0].contains("<title>Our reviews (page 1 of 3) - Test partnership</title>"), "as GOV.UK titles them")
        XCTAssertTrue(pages[1].contains("<p class=\"pagination-count\">Page 2 of 3</p>"))
    }

    func testPagesLinkToEachOtherAndAreInTheSitemap() throws {
        let tmp = try site(reviews: 45, pageSize: 20)
        XCTAssertEqual(try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url).status, 0)
        let first = try read(tmp, "reviews/index.html")
        let second = try read(tmp, "reviews/page/2/index.html")
        let last = try read(tmp, "reviews/page/3/index.html")
        XCTAssertTrue(first.contains("<a href=\"../reviews/page/2/index.html\" rel=\"next\">"), first)
        XCTAssertFalse(first.contains("rel=\"prev\""))
        XCTAssertTrue(second.contains("<a href=\"../../../reviews/index.html\" rel=\"prev\">"), second)
        XCTAssertTrue(second.contains("<a href=\"../../../reviews/page/3/index.html\" rel=\"next\">"))
        XCTAssertTrue(second.contains("<a href=\"../../../reviews/page/2/index.html\" aria-current=\"page\">"))
        XCTAssertFalse(last.contains("rel=\"next\""))
        // Later pages lead back to the first through the breadcrumbs; every link works.
        XCTAssertTrue(second.contains("<li><a href=\"../../../reviews/index.html\">Our reviews</a></li>"))
        let topic = try read(tmp, "topics/coercive-control/page/3/index.html")
        XCTAssertTrue(topic.contains("rel=\"prev\""))
        XCTAssertEqual(titles(topic).count, 5)
        let sitemap = try read(tmp, "sitemap.xml")
        for folder in [
            "reviews/page/2/", "reviews/page/3/", "topics/coercive-control/page/2/", "topics/coercive-control/page/3/",
        ] {
            XCTAssertTrue(sitemap.contains("<loc>https://example.org/csp/\(folder)</loc>"), folder)
        }
        XCTAssertFalse(sitemap.contains("page/4/"))
    }

    func testAListingThatFitsOnOnePageHasNoPageNavigation() throws {
        let tmp = try site(reviews: 20, pageSize: nil)
        XCTAssertEqual(try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url).status, 0)
        let listing = try read(tmp, "reviews/index.html")
        XCTAssertEqual(titles(listing).count, 20, "the default is 20 a page")
        XCTAssertFalse(listing.contains("class=\"pagination\""))
        XCTAssertFalse(exists(tmp, "reviews/page"))
    }

    /// A review taken down leaves no page of the listing behind that still lists it.
    func testAListingThatShrinksLeavesNoStalePage() throws {
        let tmp = try site(reviews: 45, pageSize: 20)
        XCTAssertEqual(try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url).status, 0)
        XCTAssertTrue(exists(tmp, "reviews/page/3/index.html"))
        for n in 1...6 {
            try FileManager.default.removeItem(at: tmp.url.appendingPathComponent("content/reviews/dhr-adult-\(n)-2024.md"))
        }
        let r = try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(exists(tmp, "reviews/page/3/index.html"), "a stale page still lists removed reviews")
        XCTAssertFalse(try read(tmp, "sitemap.xml").contains("reviews/page/3/"))
        let listed = try ["reviews/index.html", "reviews/page/2/index.html"].flatMap { titles(try read(tmp, $0)) }
        XCTAssertEqual(listed.count, 39)
        XCTAssertFalse(listed.contains("DHR: Adult 1 (2024)"))
    }

    /// A theme written before listings had pages would hide every review after the first page.
    func testAThemeWithoutPageNavigationIsAnErrorNotAQuietLoss() throws {
        let tmp = try site(reviews: 3, pageSize: 2)
        let theme = tmp.url.appendingPathComponent("mytheme")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: BinaryRunner.theme), to: theme)
        let list = theme.appendingPathComponent("list.html")
        let old = try String(contentsOf: list, encoding: .utf8)
        try old.replacingOccurrences(of: "{%- include \"partials/pagination.html\" %}", with: "")
            .write(to: list, atomically: true, encoding: .utf8)
        let r = try BinaryRunner.run(["build", "--date", "2026-11-27", "--theme", theme.path], in: tmp.url)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(
            r.stderr.contains(
                "mytheme/list.html:1:1: error[template]: /reviews/ has 2 pages of 2, but this template shows no link to page 2"),
            r.stderr)
        XCTAssertTrue(r.stderr.contains("listing_page_size"), r.stderr)
        XCTAssertFalse(exists(tmp, "reviews/index.html"), "a failed build wrote the site")
    }
}
