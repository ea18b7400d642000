import Foundation
import TestFixtures
import XCTest

/// Images and documents beside pages, and `attachments:`, through the binary: what is
/// published, what is refused, and the leak checks of metadata and PDF text.
final class PageFilesTests: XCTestCase {
    static let secret = "Hargreaves"

    private func site(attachments: String = "", body: String = "") throws -> TemporaryFolder {
        let tmp = try TemporaryFolder()
        try tmp.write(
            "content/site.yml",
            """
            title: Test partnership
            base_url: https://example.org/
            contact_email: safer@example.org
            accessibility:
              contact_email: web.team@example.org
              prepared: 2026-09-01
              known_issues: []

            """)
        try tmp.write(
            "content/reviews/dhr-alex-2023.md",
            """
            ---
            type: dhr
            title: "DHR: Alex (2023)"
            summary: "The review into the death of Alex."
            status: published
            published: 2025-01-10
            reviewed: 2026-06-01
            home_office_qa: 2024-12-01
            pseudonyms:
              - name: Alex
                role: the victim
            \(attachments)---
            ## Summary

            \(body)

            """)
        return tmp
    }

    private func put(_ tmp: TemporaryFolder, _ relative: String, _ bytes: [UInt8]) throws {
        let url = tmp.url.appendingPathComponent("content/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    private func build(_ tmp: TemporaryFolder, _ extra: [String] = [], environment: [String: String] = [:]) throws
        -> BinaryRunner.Result
    {
        try BinaryRunner.run(
            ["build", "--date", "2026-11-27", "--theme", BinaryRunner.theme] + extra, in: tmp.url,
            environment: environment)
    }

    static let attachmentList = """
        attachments:
          - file: dhr-alex-2023/overview-report.pdf
            title: Overview report
            kind: overview report
          - file: dhr-alex-2023/executive-summary.docx
            title: Executive summary
            kind: executive summary

        """

    func testAttachmentsAndImagesArePublishedAndListed() throws {
        let tmp = try site(
            attachments: Self.attachmentList,
            body: "![A chart of contacts with agencies by month](dhr-alex-2023/chart.jpg)")
        try put(
            tmp, "reviews/dhr-alex-2023/overview-report.pdf",
            FileFixtures.pdf(info: ["Producer": "LibreOffice"], pages: ["The review.", "Recommendations."]))
        try put(
            tmp, "reviews/dhr-alex-2023/executive-summary.docx",
            FileFixtures.docx(creator: "Avonmere Community Safety Partnership", lastModifiedBy: ""))
        try put(tmp, "reviews/dhr-alex-2023/chart.jpg", FileFixtures.jpeg(ascii: [0x010F: "Canon"]))
        try put(tmp, "reviews/dhr-alex-2023/old-draft.pdf", FileFixtures.pdf())
        let r = try build(tmp)
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        XCTAssertTrue(r.stderr.contains("content/reviews/dhr-alex-2023/old-draft.pdf:1:1: warning[unused-file]"), r.stderr)
        let out = tmp.url.appendingPathComponent("output/reviews/dhr-alex-2023")
        for name in ["overview-report.pdf", "executive-summary.docx", "chart.jpg"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), name)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("old-draft.pdf").path))
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<img src=\"../../reviews/dhr-alex-2023/chart.jpg\""), html)
        XCTAssertTrue(html.contains("<a href=\"../../reviews/dhr-alex-2023/overview-report.pdf\">Overview report</a>"), html)
        XCTAssertTrue(html.contains("Overview report</span>, PDF, "), html)
        XCTAssertTrue(html.contains(", 2 pages</p>"), html)
        XCTAssertTrue(html.contains("Executive summary</span>, Word document, "), html)
        XCTAssertTrue(html.contains("This file may not be suitable for users of assistive technology."))
        XCTAssertTrue(html.contains("mailto:web.team@example.org"), "the accessibility contact is the one to ask")
    }

    func testRegisterNamesInAttachmentsAreErrorsAndNeverPrinted() throws {
        let tmp = try site(
            attachments: Self.attachmentList,
            body: "![A photo of the street](dhr-alex-2023/photo.jpg)")
        try put(
            tmp, "reviews/dhr-alex-2023/overview-report.pdf",
            FileFixtures.pdf(
                info: [
                    "Author": Self.secret, "Title": "About \(Self.secret)", "Subject": Self.secret,
                    "Keywords": Self.secret, "Creator": Self.secret, "Producer": Self.secret,
                ],
                xmpCreator: Self.secret, pages: ["Intro.", "\(Self.secret) was seen."]))
        try put(
            tmp, "reviews/dhr-alex-2023/executive-summary.docx",
            FileFixtures.docx(creator: Self.secret, lastModifiedBy: Self.secret))
        try put(
            tmp, "reviews/dhr-alex-2023/photo.jpg",
            FileFixtures.jpeg(ascii: [0x013B: Self.secret], gps: true))
        let names = try tmp.write("names.txt", "\(Self.secret)\n")
        let r = try build(tmp, ["--names", names.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertFalse(r.stdout.contains(Self.secret) || r.stderr.contains(Self.secret), "a finding printed the name")
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("output").path))
        let pdf = "content/reviews/dhr-alex-2023/overview-report.pdf:1:1: error[names-register]: "
        for field in ["PDF Author", "PDF Title", "PDF Subject", "PDF Keywords", "PDF Creator", "PDF Producer", "XMP creator"] {
            XCTAssertTrue(r.stderr.contains(pdf + "in its \(field):"), field + "\n" + r.stderr)
        }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") {
            XCTAssertTrue(r.stderr.contains(pdf + "on page 2:"), r.stderr)
        }
        let docx = "content/reviews/dhr-alex-2023/executive-summary.docx:1:1: error[names-register]: "
        XCTAssertTrue(r.stderr.contains(docx + "in its document author (creator):"), r.stderr)
        XCTAssertTrue(r.stderr.contains(docx + "in its document 'last modified by':"), r.stderr)
        let jpg = "content/reviews/dhr-alex-2023/photo.jpg:1:1: error["
        XCTAssertTrue(r.stderr.contains(jpg + "names-register]: in its EXIF Artist:"), r.stderr)
        XCTAssertTrue(r.stderr.contains(jpg + "file-metadata]: this image records the GPS position"), r.stderr)
    }

    func testMissingPDFToTextIsSaidOnceAndCanBeRequired() throws {
        let tmp = try site(
            attachments: """
                attachments:
                  - file: dhr-alex-2023/overview-report.pdf
                    title: Overview report
                    kind: overview report
                  - file: dhr-alex-2023/executive-summary.pdf
                    title: Executive summary
                    kind: executive summary

                """)
        try put(tmp, "reviews/dhr-alex-2023/overview-report.pdf", FileFixtures.pdf())
        try put(tmp, "reviews/dhr-alex-2023/executive-summary.pdf", FileFixtures.pdf())
        let env = ["REVIEWSITE_PDFTOTEXT": "/nonexistent/pdftotext"]
        let lint = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url, environment: env)
        XCTAssertEqual(lint.status, 0, lint.stdout)
        XCTAssertEqual(
            lint.stdout.components(separatedBy: "warning[file-check]: the text of PDF files was not checked").count, 2,
            lint.stdout)
        let strict = try BinaryRunner.run(["lint", "--date", "2026-11-27", "--require-pdf-text"], in: tmp.url, environment: env)
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.stdout.contains("error[file-check]: the text of PDF files was not checked"), strict.stdout)
    }

    func testEncryptedPDFAndOversizedFileAreClearErrors() throws {
        let tmp = try site(
            attachments: """
                attachments:
                  - file: dhr-alex-2023/overview-report.pdf
                    title: Overview report
                    kind: overview report
                  - file: dhr-alex-2023/big.pdf
                    title: Everything
                    kind: action plan

                """)
        try put(tmp, "reviews/dhr-alex-2023/overview-report.pdf", FileFixtures.pdf(encrypted: true))
        let big = tmp.url.appendingPathComponent("content/reviews/dhr-alex-2023/big.pdf")
        XCTAssertTrue(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 51 * 1_024 * 1_024)  // sparse: no disk used
        try handle.close()
        let r = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(
            r.stdout.contains(
                "overview-report.pdf:1:1: error[file-check]: this file could not be checked for names "
                    + "and identifiers: it is encrypted"), r.stdout)
        XCTAssertTrue(r.stdout.contains("big.pdf:1:1: error[page-file]: this file is 51 MB, over the 50 MB limit"), r.stdout)
    }

    /// The sample review's PDFs and chart are published and checked, PDF text included.
    func testSampleSiteAttachmentsAreCheckedClean() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"), "poppler-utils is not installed")
        let r = try BinaryRunner.run(["lint", "--date", "2026-11-27", "--require-pdf-text"], in: BinaryRunner.repository)
        XCTAssertEqual(r.status, 0, r.stdout)
        XCTAssertTrue(r.stdout.contains("0 errors and 0 warnings"), r.stdout)
        let manifest = try String(
            contentsOf: BinaryRunner.repository.appendingPathComponent(
                "Tests/EndToEndTests/Golden/sample-site/.reviewsite-manifest"), encoding: .utf8)
        for file in ["overview-report.pdf", "executive-summary.pdf", "contacts-chart.png"] {
            XCTAssertTrue(manifest.contains("reviews/dhr-jo-2022/" + file), file)
        }
    }

    /// A link to a file of the theme's assets is not a broken link; one the theme lacks is.
    func testLinksToThemeAssetsAreCheckedAgainstTheTheme() throws {
        let tmp = try site(body: "The [site stylesheet](/assets/site.css) is the theme's.")
        let r = try build(tmp)
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        let html = try String(
            contentsOf: tmp.url.appendingPathComponent("output/reviews/dhr-alex-2023/index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<a href=\"../../assets/site.css\">site stylesheet</a>"), html)
        let missing = try site(body: "The [logo](/assets/missing-logo.svg) is not there.")
        let m = try build(missing)
        XCTAssertEqual(m.status, 1)
        XCTAssertTrue(
            m.stderr.contains("content/reviews/dhr-alex-2023.md:15:5: error[broken-link]: this links to a theme file"), m.stderr)
    }

    /// lint checks a draft's files as it checks its text; they are not published.
    func testADraftsFilesAreCheckedButNotPublished() throws {
        let tmp = try site()
        try tmp.write(
            "content/reviews/dhr-kim-2024.md",
            """
            ---
            type: dhr
            title: "DHR: Kim (2024)"
            summary: "A draft."
            status: draft
            pseudonyms:
              - name: Kim
                role: the victim
            attachments:
              - file: dhr-kim-2024/overview-report.pdf
                title: Overview report
                kind: overview report
            ---
            ## Summary

            Text.

            """)
        try put(tmp, "reviews/dhr-kim-2024/overview-report.pdf", FileFixtures.pdf(info: ["Author": Self.secret]))
        let names = try tmp.write("names.txt", "\(Self.secret)\n")
        let lint = try BinaryRunner.run(["lint", "--date", "2026-11-27", "--names", names.path], in: tmp.url)
        XCTAssertEqual(lint.status, 1)
        XCTAssertTrue(
            lint.stdout.contains("dhr-kim-2024/overview-report.pdf:1:1: error[names-register]: in its PDF Author:"), lint.stdout)
        try put(tmp, "reviews/dhr-kim-2024/overview-report.pdf", FileFixtures.pdf(info: ["Author": "Avonmere CSP"]))
        let r = try build(tmp, ["--names", names.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("output/reviews/dhr-kim-2024").path))
    }
}
