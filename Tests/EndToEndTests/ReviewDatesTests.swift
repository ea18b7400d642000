import Foundation
import XCTest

/// Issue 12: a date of death one file of a review gives ("Nadia died on 3 February 2024")
/// identifies her just as well where another file of the same review, or another part of
/// the same file, gives the date alone. Unrelated reviews do not lend each other dates.
final class ReviewDatesTests: XCTestCase {
    private func review(_ title: String, cast: [String], summary: String = "A review.", body: String) -> String {
        """
        ---
        type: dhr
        title: "\(title)"
        summary: "\(summary)"
        status: published
        published: 2026-01-19
        reviewed: 2026-04-07
        home_office_qa: 2025-11-27
        pseudonyms:
        \(cast.map { "  - name: \($0)\n    role: someone in the review" }.joined(separator: "\n"))
        ---
        ## What happened

        \(body)

        """
    }

    private func dates(_ result: BinaryRunner.Result, in file: String) -> [String] {
        (result.stdout + result.stderr).split(separator: "\n")
            .filter { $0.contains(file) && $0.contains("error[date-of-birth]") }.map(String.init)
    }

    func testTheFilesOfOneReviewShareTheirDatesOfDeath() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        try tmp.write(
            "content/reviews/dhr-nadia-overview.md",
            review("DHR Nadia: overview", cast: ["Nadia", "Yasir"], body: "Nadia died on 3 February 2024 at her home."))
        try tmp.write(
            "content/reviews/dhr-nadia-police-report.md",
            review(
                "DHR Nadia: police report", cast: ["Nadia", "Yasir", "Child 1"],
                body: """
                    Officers attended on 3 February 2024 at 21:31.

                    The partnership was notified of the death on 5 February 2024.
                    """))
        // Another review that also calls someone Nadia, in a file that does not name her.
        try tmp.write(
            "content/reviews/dhr-case-2023.md",
            review("DHR: another case", cast: ["Nadia", "Yasir"], body: "Officers attended on 3 February 2024."))
        for command in ["lint", "build"] {
            let run = try BinaryRunner.run([command, "--date", "2026-11-27"], in: tmp.url)
            let police = dates(run, in: "dhr-nadia-police-report.md")
            XCTAssertEqual(police.count, 1, run.stdout + run.stderr)
            XCTAssertTrue(police.first?.contains("dhr-nadia-police-report.md:19:") == true, police.joined())
            XCTAssertTrue(police.first?.contains("another file of its review") == true, police.joined())
            // Masked: the day and year never reach the terminal.
            XCTAssertFalse(police.joined().contains("2024"), police.joined())
            XCTAssertEqual(dates(run, in: "dhr-case-2023.md"), [], run.stdout)
        }
        // Without the overview, nothing says the date is a death's.
        try FileManager.default.removeItem(at: tmp.url.appendingPathComponent("content/reviews/dhr-nadia-overview.md"))
        let alone = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(dates(alone, in: "dhr-nadia-police-report.md"), [], alone.stdout)
    }

    /// A date of death read from a scanned letter's digits (`O3/O2/2024`, O for 0) is shared
    /// with the review's other files as a plainly written one is.
    func testADateOfDeathReadFromAScannedPageIsShared() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        try tmp.write(
            "content/reviews/dhr-nadia-overview.md",
            review("DHR Nadia: overview", cast: ["Nadia", "Yasir"], body: "Scanned letter: Date of death: O3/O2/2024."))
        try tmp.write(
            "content/reviews/dhr-nadia-police-report.md",
            review("DHR Nadia: police report", cast: ["Nadia", "Yasir"], body: "Officers attended on 3 February 2024."))
        let run = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        let police = dates(run, in: "dhr-nadia-police-report.md")
        XCTAssertEqual(police.count, 1, run.stdout + run.stderr)
        XCTAssertTrue(police.first?.contains("another file of its review") == true, police.joined())
    }

    /// With the check cache kept, a file whose check was cached still tells the other files of
    /// its review its date of death (issue 16: the cache says whether a file gives one, never
    /// the date, and the file is read again for it), as a build without the cache does.
    func testACachedFileStillLendsItsDateOfDeath() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        let waiver = "allow:\n  - rule: date-of-birth\n    text: 3 February 2024\n    reason: agreed with the family\n"
        let overview = review(
            "DHR Nadia: overview", cast: ["Nadia", "Yasir"], body: "Nadia died on 3 February 2024 at her home.")
        try tmp.write(
            "content/reviews/dhr-nadia-overview.md",
            overview.replacingOccurrences(of: "pseudonyms:", with: waiver + "pseudonyms:"))
        let police = review(
            "DHR Nadia: police report", cast: ["Nadia", "Yasir"], body: "Officers attended on 3 February 2024 at 21:31.")
        try tmp.write(
            "content/reviews/dhr-nadia-police-report.md",
            police.replacingOccurrences(of: "pseudonyms:", with: waiver + "pseudonyms:"))
        let first = try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(first.status, 0, first.stdout + first.stderr)
        // The police report loses its waiver: only it is checked again, the overview's check is cached.
        try tmp.write("content/reviews/dhr-nadia-police-report.md", police)
        let cached = try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(dates(cached, in: "dhr-nadia-police-report.md").count, 1, cached.stdout + cached.stderr)
        try FileManager.default.removeItem(at: tmp.url.appendingPathComponent(".reviewsite"))
        let clean = try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(cached.status, clean.status)
        XCTAssertEqual(cached.stdout, clean.stdout)
        XCTAssertEqual(cached.stderr, clean.stderr)
    }

    func testADateTheSummaryGivesAsADeathIsFoundInTheBody() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        try tmp.write(
            "content/reviews/dhr-adult-j.md",
            review(
                "DHR Adult J", cast: ["Adult J", "Adult K"],
                summary: "The review into the death of Adult J, killed by his partner on 28 September 2024.",
                body: "At 01:12 on 28 September 2024 Adult K called 999."))
        let lint = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        let found = dates(lint, in: "dhr-adult-j.md")
        XCTAssertEqual(found.count, 2, lint.stdout)
        XCTAssertTrue(found.contains { $0.contains("dhr-adult-j.md:17:") }, found.joined(separator: "\n"))
    }

    /// Development set 36 (held-out set 34, spent): files named by the review's number, not by
    /// the person (`dhr-2024-02-press-release.md`), are one review when they also share the
    /// cast; another number with the same cast is another review.
    func testFilesNamedByTheReviewsNumberShareTheirDatesOfDeath() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        try tmp.write(
            "content/reviews/dhr-2024-02-press-release.md",
            review("DHR 2024/02: press release", cast: ["Mrs P", "Mr P"], body: "Mrs P died on 11 January 2024."))
        try tmp.write(
            "content/reviews/dhr-2024-02-carers-assessment.md",
            review(
                "DHR 2024/02: carer's assessment", cast: ["Mrs P", "Mr P"], body: "Mr P did not use a gun on 11 January 2024."))
        try tmp.write(
            "content/reviews/dhr-2024-03-overview.md",
            review("DHR 2024/03: overview", cast: ["Mrs P", "Mr P"], body: "Officers attended on 11 January 2024."))
        let run = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(dates(run, in: "dhr-2024-02-carers-assessment.md").count, 1, run.stdout + run.stderr)
        XCTAssertEqual(dates(run, in: "dhr-2024-03-overview.md"), [], run.stdout)
    }

    /// An appendix published as a page, giving a date alone.
    private func appendix(launched date: String) -> String {
        """
        ---
        type: page
        title: "Appendix B: lifeboat record"
        status: published
        published: 2026-01-19
        reviewed: 2026-04-07
        ---
        Date of launch : Mon \(date)

        """
    }

    /// Development set 42: every file in a review's own folder is the review's, whatever its
    /// kind or cast (an appendix published as a page gives the date of death alone); a folder
    /// whose `index.md` is no review lends nothing.
    func testTheFilesInAReviewsFolderShareTheirDatesOfDeath() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        try tmp.write(
            "content/reviews/2025-01-saltom/index.md",
            review("DARDR 2025/01", cast: ["Margaret", "John"], body: "Margaret died on 3 February 2025."))
        let appendix = self.appendix(launched: "03/02/2025")
        try tmp.write("content/reviews/2025-01-saltom/lifeboat-log.md", appendix)
        try tmp.write("content/about/launches/lifeboat-log.md", appendix)
        let run = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        let log = dates(run, in: "2025-01-saltom/lifeboat-log.md")
        XCTAssertEqual(log.count, 1, run.stdout + run.stderr)
        XCTAssertTrue(log.first?.contains("another file of its review") == true, log.joined())
        XCTAssertEqual(dates(run, in: "about/launches/lifeboat-log.md"), [], run.stdout)
    }

    /// Twenty-first session, an outside read: a review named as the file-name check asks
    /// (`dhr-margaret-2025.md`, not `index.md`) shares its dates with the files of its folder
    /// too; a folder holding two reviews shares nothing by folder.
    func testTheFilesInTheFolderOfAReviewWithItsOwnNameShareItsDatesOfDeath() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        try tmp.write(
            "content/reviews/2025-01-saltom/dhr-margaret-2025.md",
            review("DARDR 2025/01", cast: ["Margaret", "John"], body: "Margaret died on 3 February 2025."))
        let appendix = self.appendix(launched: "03/02/2025")
        try tmp.write("content/reviews/2025-01-saltom/lifeboat-log.md", appendix)
        try tmp.write(
            "content/reviews/two/dhr-anna-2024.md",
            review("DHR 2024/01", cast: ["Anna", "Karl"], body: "Anna died on 4 March 2024."))
        try tmp.write(
            "content/reviews/two/dhr-beth-2024.md",
            review("DHR 2024/02", cast: ["Beth", "Lee"], body: "Beth was seen on 5 March 2024."))
        try tmp.write("content/reviews/two/log.md", self.appendix(launched: "04/03/2024"))
        let run = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        let log = dates(run, in: "2025-01-saltom/lifeboat-log.md")
        XCTAssertEqual(log.count, 1, run.stdout + run.stderr)
        XCTAssertTrue(log.first?.contains("another file of its review") == true, log.joined())
        XCTAssertEqual(dates(run, in: "reviews/two/log.md"), [], run.stdout)
    }

    /// Development set 106: a folder whose files are all reviews declaring the same victim and
    /// perpetrator (an overview and its appendices, each with `type: dhr`) is one review's; a
    /// folder of two reviews with different casts still shares nothing.
    func testAFolderOfReviewsWithOneCastSharesItsDatesOfDeath() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        try tmp.write(
            "content/reviews/2023-01-raddon-mill/dhr-2023-01-salote.md",
            review("DHR 2023/01", cast: ["Salote", "Adult J"], body: "Salote died on 14 March 2022."))
        try tmp.write(
            "content/reviews/2023-01-raddon-mill/police-incident-logs.md",
            review("DHR 2023/01: police logs", cast: ["Salote", "Adult J", "Child 1"], body: "The log opened on 14 March 2022."))
        try tmp.write(
            "content/reviews/two/dhr-anna-2024.md",
            review("DHR 2024/01", cast: ["Anna", "Karl"], body: "Anna died on 4 March 2024."))
        try tmp.write(
            "content/reviews/two/logs.md", review("DHR 2024/02", cast: ["Beth", "Lee"], body: "The log opened on 4 March 2024."))
        // (Two reviews in one year's folder whose first pseudonym is a role and a letter may be
        // unrelated: they share nothing.)
        try tmp.write(
            "content/reviews/2024/dhr-a.md", review("DHR 2024/03", cast: ["Adult A", "Adult B"], body: "A died on 9 May 2024."))
        try tmp.write(
            "content/reviews/2024/dhr-b.md",
            review("DHR 2024/04", cast: ["Adult A", "Adult B"], body: "The log opened on 9 May 2024."))
        let run = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        let log = dates(run, in: "raddon-mill/police-incident-logs.md")
        XCTAssertEqual(log.count, 1, run.stdout + run.stderr)
        XCTAssertTrue(log.first?.contains("another file of its review") == true, log.joined())
        XCTAssertEqual(dates(run, in: "reviews/two/logs.md"), [], run.stdout)
        XCTAssertEqual(dates(run, in: "reviews/2024/dhr-b.md"), [], run.stdout)
    }
}

extension ReviewDatesTests {
    /// Development set 121: a folder's overview and appendices each declare the person who died
    /// first, and the one who killed her second or third (`Tala, Friend R, Adult K`): one
    /// review, which shares its date of death. Two reviews whose first pseudonym is the same
    /// but which share no other still share nothing.
    func testAFolderOfReviewsWithOneVictimAndAnotherSharedPseudonym() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        try tmp.write(
            "content/reviews/2023-01-gannet-hill/dhr-2023-01-tala.md",
            review("DHR 2023/01", cast: ["Tala", "Adult K"], body: "Tala died on 17 March 2023."))
        try tmp.write(
            "content/reviews/2023-01-gannet-hill/messages.md",
            review(
                "DHR 2023/01: messages", cast: ["Tala", "Friend R", "Adult K"], body: "The last message came on 17 March 2023."))
        try tmp.write(
            "content/reviews/2024/dhr-sarah-a.md",
            review("DHR 2024/05", cast: ["Sarah", "Adult B"], body: "Sarah died on 9 May 2024."))
        try tmp.write(
            "content/reviews/2024/dhr-sarah-b.md",
            review("DHR 2024/06", cast: ["Sarah", "Adult C"], body: "The log opened on 9 May 2024."))
        let run = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        let log = dates(run, in: "gannet-hill/messages.md")
        XCTAssertEqual(log.count, 1, run.stdout + run.stderr)
        XCTAssertTrue(log.first?.contains("another file of its review") == true, log.joined())
        XCTAssertEqual(dates(run, in: "reviews/2024/dhr-sarah-b.md"), [], run.stdout)
    }
}

extension ReviewDatesTests {
    /// An outside review of the forty-second session's change: two reviews in one year's folder
    /// with the same first pseudonym and only a `Child 1` in common are not one review, so one
    /// does not lend the other its date of death, and a summary elsewhere that declares the
    /// first one's whole cast still shares it.
    func testAFolderOfReviewsSharingOnlyAChildAreTwoReviews() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        try tmp.write(
            "content/reviews/2024/dhr-sarah.md",
            review("DHR 2024/05", cast: ["Sarah", "Adult B", "Child 1"], body: "Sarah died on 9 May 2024."))
        try tmp.write(
            "content/reviews/2024/dhr-2024-06-other.md",
            review("DHR 2024/06", cast: ["Sarah", "Adult C", "Child 1"], body: "The log opened on 9 May 2024."))
        try tmp.write(
            "content/reviews/dhr-sarah-summary.md",
            review("DHR 2024/05: summary", cast: ["Sarah", "Adult B", "Child 1"], body: "Police attended on 9 May 2024."))
        let run = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(dates(run, in: "reviews/2024/dhr-2024-06-other.md"), [], run.stdout)
        XCTAssertEqual(dates(run, in: "reviews/dhr-sarah-summary.md").count, 1, run.stdout + run.stderr)
    }
}
