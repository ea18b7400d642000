import Foundation
import XCTest

/// Issue 16: the build's leak check scans a listing, a topic page, the home page and the feed
/// with each listed page's title, summary and topics left out (`CheckedTexts`), as it scans
/// the JSON files: those texts were checked in their own source files. What the theme and
/// site.yml add is still scanned there.
final class SiteWideScanTests: XCTestCase {
    /// The site-wide files that list the review.
    private let siteWide = ["reviews/index.html", "feed.xml", "index.html", "topics/coercive-control/index.html"]

    private func site(title: String, summary: String) throws -> TemporaryFolder {
        let tmp = try TemporaryFolder()
        try tmp.write(
            "content/site.yml",
            "title: \(title)\nbase_url: https://example.org/\n"
                + "accessibility:\n  prepared: 2026-09-01\n  contact_email: web.team@example.org\n  known_issues: []\n")
        try tmp.write(
            "content/reviews/dhr-alex-2023.md",
            """
            ---
            type: dhr
            title: "DHR: Alex (2023)"
            summary: "\(summary)"
            status: published
            published: 2025-01-10
            reviewed: 2026-06-01
            home_office_qa: 2023-01-01
            pseudonyms:
              - name: Alex
                role: the victim
            topics:
              - coercive control
            ---
            ## What happened

            Text.

            """)
        return tmp
    }

    func testASummaryCheckedInItsSourceIsNotReportedAgainInTheSiteWideFiles() throws {
        let tmp = try site(title: "Test partnership", summary: "Alex lived at The Old Rectory with her partner.")
        let b = try LeakProofTests.build(tmp)
        XCTAssertEqual(b.status, 0, b.stderr)
        let out = b.stdout + b.stderr
        XCTAssertTrue(out.contains("content/reviews/dhr-alex-2023.md:4:25: warning[address]: house name"), out)
        for file in siteWide {
            XCTAssertFalse(out.contains("output/\(file):"), "\(file) repeats the summary's finding:\n\(out)")
        }
    }

    func testSiteYmlTextIsStillScannedInTheSiteWideFiles() throws {
        let tmp = try site(title: "The Old Rectory partnership", summary: "Alex lived with her partner.")
        let b = try LeakProofTests.build(tmp)
        XCTAssertEqual(b.status, 0, b.stderr)
        let out = b.stdout + b.stderr
        XCTAssertTrue(out.contains("content/site.yml:1:8: warning[address]: house name"), out)
        for file in siteWide + ["reviews.json"] {
            XCTAssertTrue(out.contains("output/\(file):"), "\(file): site.yml's title was not scanned:\n\(out)")
        }
    }
}
