import Foundation
import XCTest

/// Hostile sizes and depths from issue 6, made at test time (they are too big to keep in the
/// repository): each must work, in bounded memory, or fail with a clear message; never crash.
final class HugeInputTests: XCTestCase {
    private let frontMatter = "---\ntype: page\ntitle: Big\nstatus: published\npublished: 2024-05-15\nreviewed: 2024-05-15\n---\n"

    private func site(_ body: String) throws -> TemporaryFolder {
        let tmp = try TemporaryFolder()
        try tmp.write(
            "content/site.yml",
            "title: T\nbase_url: https://example.org/\naccessibility:\n  prepared: 2020-01-01\n  known_issues: []\n  contact_email: web@example.org\n"
        )
        try tmp.write("content/big.md", frontMatter + body)
        return tmp
    }

    /// Largest resident set of any child process so far, in megabytes.
    private func childPeakMegabytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }

    func testATenMegabyteLineWorksInBoundedMemory() throws {
        let tmp = try site(String(repeating: "word ", count: 2_000_000) + "\n")
        let r = try BinaryRunner.run(["lint", "--date", "2024-06-01"], in: tmp.url)
        XCTAssertEqual(r.status, 0, r.stdout)
        XCTAssertLessThan(childPeakMegabytes(), 400)
    }

    /// A word processor's export of a whole archive: 50 MB of Markdown in one file.
    func testAFiftyMegabyteFileIsCheckedInBoundedMemory() throws {
        let paragraph = "## Section\n\n" + String(repeating: "Some words in a paragraph of the review. ", count: 40) + "\n\n"
        let body = String(repeating: paragraph, count: 30_500)
        XCTAssertGreaterThan(body.utf8.count, 50_000_000)
        let tmp = try site(body)
        let r = try BinaryRunner.run(["lint", "--date", "2024-06-01"], in: tmp.url)
        XCTAssertEqual(r.status, 0, String(r.stdout.prefix(500)))
        XCTAssertLessThan(childPeakMegabytes(), 400, "memory must not grow with the size of the file")
    }

    func testHundredThousandNestedQuotesAndListItemsBuild() throws {
        let quotes = String(repeating: "> ", count: 100_000) + "deep quote\n\n"
        let lists = (0..<100_000).map { String(repeating: " ", count: min($0, 3)) + "- item\n" }.joined()
        let nested = String(repeating: "- ", count: 100_000) + "deep item\n"
        let tmp = try site(quotes + lists + "\n" + nested)
        let r = try BinaryRunner.run(["build", "--date", "2024-06-01", "--theme", BinaryRunner.theme], in: tmp.url)
        XCTAssertEqual(r.status, 0, r.stderr)
        let html = try String(contentsOf: tmp.url.appendingPathComponent("output/big/index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("deep quote"))
        XCTAssertTrue(html.contains("deep item"))
    }

    func testATenMegabyteFrontMatterValueIsReadOrRefusedClearly() throws {
        let tmp = try TemporaryFolder()
        try tmp.write(
            "content/site.yml",
            "title: T\nbase_url: https://example.org/\naccessibility:\n  prepared: 2020-01-01\n  known_issues: []\n  contact_email: web@example.org\n"
        )
        try tmp.write(
            "content/big.md",
            "---\ntype: page\ntitle: \"" + String(repeating: "a", count: 10_000_000)
                + "\nstatus: draft\n---\nText.\n")
        let r = try BinaryRunner.run(["lint", "--date", "2024-06-01"], in: tmp.url)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.hasPrefix("content/big.md:3:8: error[front-matter]: "), String(r.stdout.prefix(300)))
        XCTAssertLessThan(r.stdout.utf8.count, 2_000, "the message must not echo the 10 MB value")
    }
}
