import Foundation
import XCTest

/// What word processors and editors produce must simply work; what they get wrong must be
/// reported clearly, never crash the tool.
final class ContentEdgeCaseTests: XCTestCase {
    private func site() throws -> TemporaryFolder {
        let tmp = try TemporaryFolder()
        try tmp.write(
            "content/site.yml",
            "title: T\nbase_url: https://example.org/csp/\naccessibility:\n  prepared: 2020-01-01\n  known_issues: []\n  contact_email: web@example.org\n"
        )
        return tmp
    }

    func testByteOrderMarkAndWindowsLineEndingsWork() throws {
        let tmp = try site()
        let page =
            "\u{FEFF}---\r\ntype: page\r\ntitle: About us\r\nstatus: published\r\npublished: 2024-05-15\r\nreviewed: 2024-05-15\r\n---\r\n## Who we are\r\n\r\nWe are a partnership.\r\n"
        try tmp.write("content/about.md", page)
        let r = try BinaryRunner.run(["build", "--date", "2024-06-01", "--theme", BinaryRunner.theme], in: tmp.url)
        XCTAssertEqual(r.status, 0, r.stderr)
        let html = try String(contentsOf: tmp.url.appendingPathComponent("output/about/index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<h1>About us</h1>"))
        XCTAssertTrue(html.contains("<h2 id=\"who-we-are\">Who we are</h2>"), html)
        XCTAssertFalse(html.contains("\r"))
        XCTAssertTrue(
            html.contains(
                "Last updated: <time datetime=\"2024-05-15\">15 May 2024</time> | Last reviewed: <time datetime=\"2024-05-15\">15 May 2024</time>"
            ))
    }

    func testSymlinksAreReportedNotFollowed() throws {
        let tmp = try site()
        try tmp.write(
            "secret/private.md",
            "---\ntype: page\ntitle: Private\nstatus: published\npublished: 2024-05-15\nreviewed: 2024-05-15\n---\nSECRET-TEXT\n")
        try FileManager.default.createSymbolicLink(
            atPath: tmp.url.appendingPathComponent("content/private.md").path,
            withDestinationPath: tmp.url.appendingPathComponent("secret/private.md").path)
        try FileManager.default.createSymbolicLink(
            atPath: tmp.url.appendingPathComponent("content/loop").path,
            withDestinationPath: tmp.url.appendingPathComponent("content").path)
        let r = try BinaryRunner.run(["lint", "--date", "2024-06-01"], in: tmp.url)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("content/private.md:1:1: error[symlink]"), r.stdout)
        XCTAssertTrue(r.stdout.contains("content/loop:1:1: error[symlink]"), r.stdout)
        XCTAssertFalse(r.stdout.contains("SECRET-TEXT"))
    }

    func testInjectionThroughFrontMatterIsEscaped() throws {
        let tmp = try site()
        try tmp.write(
            "content/about.md",
            """
            ---
            type: page
            title: "<script>alert(1)</script> & \\"quotes\\""
            summary: "<img src=x onerror=alert(1)>"
            status: published
            published: 2024-05-15
            reviewed: 2024-05-15
            ---
            Text with a [safe link](https://www.gov.uk/?a=1&b=2).

            """)
        let r = try BinaryRunner.run(["build", "--date", "2024-06-01", "--theme", BinaryRunner.theme], in: tmp.url)
        XCTAssertEqual(r.status, 0, r.stderr)
        for (path, data) in try snapshot(tmp.url.appendingPathComponent("output")) {
            let text = String(decoding: data, as: UTF8.self)
            XCTAssertFalse(text.contains("<script>alert"), path)
            XCTAssertFalse(text.contains("<img src=x"), path)
        }
        let html = try String(contentsOf: tmp.url.appendingPathComponent("output/about/index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"), html)
        XCTAssertTrue(html.contains("href=\"https://www.gov.uk/?a=1&amp;b=2\""))
    }

    func testNotFoundPageUsesTheBaseURLPath() throws {
        let tmp = try site()
        let r = try BinaryRunner.run(["build", "--date", "2024-06-01", "--theme", BinaryRunner.theme], in: tmp.url)
        XCTAssertEqual(r.status, 0, r.stderr)
        let html = try String(contentsOf: tmp.url.appendingPathComponent("output/404.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("href=\"/csp/assets/site.css\""), "404.html is served at any address")
        let home = try String(contentsOf: tmp.url.appendingPathComponent("output/index.html"), encoding: .utf8)
        XCTAssertTrue(home.contains("href=\"assets/site.css\""))
    }
}
