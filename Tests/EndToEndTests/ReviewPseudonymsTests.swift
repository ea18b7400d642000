import Foundation
import XCTest

/// Issue 12: briefings and pages draw on the site's reviews, so a pseudonym a review declares
/// ("Sam", in the sample site's DHR Sam) is not an undeclared name in a briefing about it. A
/// review's cast stays its own, and the briefing's result is never reused once the review
/// that declared the name is gone.
final class ReviewPseudonymsTests: XCTestCase {
    private let briefing = """
        ---
        type: briefing
        title: "Learning from the review of Sam's death"
        summary: "What services can learn from the review of Sam's death."
        status: published
        published: 2026-02-02
        reviewed: 2026-02-02
        pseudonyms:
          - name: Adult R
            role: a woman in another case
        ---
        ## What happened

        Sam told a support worker that Alex checked his phone every night.
        """

    private func undeclared(_ result: BinaryRunner.Result, in file: String) -> [String] {
        (result.stdout + result.stderr).split(separator: "\n").filter { $0.contains(file) && $0.contains("undeclared-name") }.map(
            String.init)
    }

    func testABriefingMayUseTheReviewsPseudonyms() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        try tmp.write("content/briefings/learning-from-sam.md", briefing)
        let lint = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(undeclared(lint, in: "learning-from-sam.md"), [], lint.stdout)
        // Another review does not inherit Sam's cast.
        let other = try String(contentsOf: tmp.url.appendingPathComponent("content/reviews/dhr-river-2025.md"), encoding: .utf8)
        try tmp.write("content/reviews/dhr-river-2025.md", other + "\nA friend, Chris, gave evidence.\n")
        let again = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(undeclared(again, in: "dhr-river-2025.md").count, 1, again.stdout)
        XCTAssertEqual(undeclared(again, in: "learning-from-sam.md"), [], again.stdout)
    }

    func testTheBriefingIsCheckedAgainWhenTheReviewGoes() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        try tmp.write("content/briefings/learning-from-sam.md", briefing)
        let first = try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(first.status, 0, first.stdout + first.stderr)
        try FileManager.default.removeItem(at: tmp.url.appendingPathComponent("content/reviews/dhr-sam-2024.md"))
        let second = try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(second.status, 1, second.stdout)
        XCTAssertEqual(undeclared(second, in: "learning-from-sam.md").count, 4, second.stdout + second.stderr)
    }

    /// A review split into files (the overview, an agency's report) shares its cast: the
    /// files that declare the same distinctive pseudonym ("Sam") may use each other's.
    func testFilesOfOneReviewShareTheirCast() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        let review = try String(contentsOf: tmp.url.appendingPathComponent("content/reviews/dhr-sam-2024.md"), encoding: .utf8)
        let police = review.replacingOccurrences(
            of: "title: \"DHR: Sam (2024)\"", with: "title: \"DHR: Sam (2024), police report\""
        )
        .replacingOccurrences(of: "  - name: Chris\n    role: Sam's sister\n", with: "")
        XCTAssertNotEqual(police, review)
        try tmp.write("content/reviews/dhr-sam-2024-police.md", police + "\nChris rang the police twice.\n")
        let lint = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(undeclared(lint, in: "dhr-sam-2024-police.md"), [], lint.stdout)
        // Without the overview that declares Chris, the name is reported.
        try FileManager.default.removeItem(at: tmp.url.appendingPathComponent("content/reviews/dhr-sam-2024.md"))
        let alone = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertFalse(undeclared(alone, in: "dhr-sam-2024-police.md").isEmpty, alone.stdout)
    }

    /// Development sets 24 and 25: a briefing on a case with no published review (`Laila`)
    /// names its person on the news page too; a review does not take a briefing's cast.
    func testAPageMayUseABriefingsPseudonyms() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        let laila = briefing.replacingOccurrences(
            of: "  - name: Adult R\n    role: a woman in another case\n",
            with: "  - name: Laila\n    role: the woman whose death the briefing is about\n"
        )
        .replacingOccurrences(
            of: "Sam told a support worker that Alex checked his phone every night.",
            with: "Laila told a support worker that her husband checked her phone.")
        XCTAssertNotEqual(laila, briefing)
        try tmp.write("content/briefings/learning-from-laila.md", laila)
        try tmp.write(
            "content/news.md",
            "---\ntitle: News\nsummary: News from the partnership.\nstatus: published\npublished: 2026-02-02\nreviewed: 2026-02-02\n---\n"
                + "Our briefing on the death of Laila is published.\n")
        let other = try String(contentsOf: tmp.url.appendingPathComponent("content/reviews/dhr-river-2025.md"), encoding: .utf8)
        try tmp.write("content/reviews/dhr-river-2025.md", other + "\nHer friend Laila gave evidence.\n")
        let lint = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(undeclared(lint, in: "news.md"), [], lint.stdout)
        XCTAssertEqual(undeclared(lint, in: "dhr-river-2025.md").count, 1, lint.stdout)
    }
}
