import TestFixtures
import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// Page files, attachments, topics and the review label, one piece at a time.
final class PageFileTests: XCTestCase {
    func testLinksResolveToContentFiles() {
        let files: Set<String> = ["reviews/chart.png", "reviews/dhr-jo/report.pdf"]
        let pages: Set<SitePath> = [SitePath("reviews/dhr-jo")]
        XCTAssertEqual(
            LinkTarget.resolve("chart.png", from: "reviews/dhr-jo.md", in: pages, files: files),
            .contentFile("reviews/chart.png"))
        XCTAssertEqual(
            LinkTarget.resolve("dhr-jo/report.pdf#page=2", from: "reviews/dhr-jo.md", in: pages, files: files),
            .contentFile("reviews/dhr-jo/report.pdf"))
        XCTAssertEqual(
            LinkTarget.resolve("/reviews/chart.png", from: "about.md", in: pages, files: files),
            .contentFile("reviews/chart.png"))
        XCTAssertEqual(
            LinkTarget.resolve("../reviews/chart.png", from: "about/us.md", in: pages, files: files),
            .contentFile("reviews/chart.png"))
        XCTAssertEqual(LinkTarget.resolve("gone.png", from: "reviews/dhr-jo.md", in: pages, files: files), .missing("gone.png"))
        XCTAssertEqual(LinkTarget.resolve("/assets/site.css", from: "about.md", in: pages), .file("assets/site.css"))
        XCTAssertTrue(LinkTarget.looksLikeFile("dhr-jo/report.pdf#page=2"))
        XCTAssertFalse(LinkTarget.looksLikeFile("../briefings/adult-r.md"))
        XCTAssertFalse(LinkTarget.looksLikeFile("/reviews/dhr-jo/"))
    }

    func testFileKindsNamesAndSizes() {
        XCTAssertNil(PageFile(relative: "reviews/dhr-jo/overview-report.pdf", size: 1_000).problem())
        XCTAssertNil(PageFile(relative: "reviews/photo.JPEG", size: 10).problem().flatMap { $0.contains("kind") ? $0 : nil })
        XCTAssertEqual(PageFile(relative: "a/b.jpeg", size: 1).kind, .jpg)
        XCTAssertTrue(
            PageFile(relative: "reviews/notes.txt", size: 1).problem()?.contains("PNG, JPEG, SVG, WebP, PDF, ODT, DOCX, CSV")
                == true)
        XCTAssertTrue(PageFile(relative: "reviews/Final Report.pdf", size: 1).problem()?.contains("'final-report.pdf'") == true)
        XCTAssertTrue(PageFile(relative: "My Files/a.pdf", size: 1).problem()?.contains("'my-files'") == true)
        XCTAssertTrue(PageFile(relative: "assets/logo.png", size: 1).problem()?.contains("/assets/") == true)
        XCTAssertTrue(PageFile(relative: "a.pdf", size: 50 * 1_048_576 + 1).problem()?.contains("over the 50 MB limit") == true)
        XCTAssertNil(PageFile(relative: "a.pdf", size: 50 * 1_048_576).problem())
    }

    private func decode(_ yaml: String) throws -> (PageMeta, [Diagnostic]) {
        FrontMatterDecoder.decode(try YAMLSubsetParser.parse(yaml, firstLine: 2), file: "content/reviews/dhr-jo.md")
    }

    func testAttachmentsDecode() throws {
        let (meta, found) = try decode(
            """
            attachments:
              - file: dhr-jo/report.pdf
                title: Overview report
                kind: Overview Report
              - file: dhr-jo/letter.pdf
                title: Letter
                kind: qa leter
              - file: dhr-jo/plan.pdf
                kind: action plan

            """)
        XCTAssertEqual(meta.attachments.map(\.kind), [.overviewReport])
        XCTAssertEqual(meta.attachments.first?.file.value, "dhr-jo/report.pdf")
        XCTAssertEqual(found.map(\.rule), [RuleID.attachment.rawValue, RuleID.missingField.rawValue])
        XCTAssertTrue(found[0].message.contains("(did you mean 'QA letter'?)"), found[0].message)
        XCTAssertTrue(found[1].message.contains("this attachment has no title"))
    }

    func testAttachmentTitlesAreCheckedForNames() throws {
        let (meta, _) = try decode(
            """
            attachments:
              - file: dhr-jo/report.pdf
                title: Report for Hargreaves family
                kind: overview report

            """)
        let check = AnonymisationCheck(site: AnonymisationContext(register: NamesRegister(text: "Hargreaves\n")))
        let found = check.check(meta, body: "", bodyFirstLine: 10, file: "content/reviews/dhr-jo.md")
        XCTAssertEqual(found.map(\.rule), ["names-register"])
        XCTAssertEqual(found.first?.location.line, 4)
    }

    func testReviewLabel() {
        var c = SiteConfig(title: "T", baseURL: "https://example.org/")
        XCTAssertEqual(c.reviewLabelPlural, "Domestic homicide reviews")
        XCTAssertFalse(c.usesNewReviewLabel)
        c.reviewLabel = "Domestic Abuse Related Death Review"
        XCTAssertEqual(c.reviewLabelPlural, "Domestic abuse related death reviews")
        XCTAssertTrue(c.usesNewReviewLabel)
    }

    func testODTPropertiesAndTextAreRead() {
        let odt = FileFixtures.zip([
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            (
                "meta.xml",
                "<office:document-meta><office:meta><meta:initial-creator>Jane Doe</meta:initial-creator><dc:creator>J Doe</dc:creator></office:meta></office:document-meta>"
            ),
            (
                "content.xml",
                "<office:document-content><office:body><text:p>First &amp; second</text:p><text:p>Third</text:p></office:body></office:document-content>"
            ),
        ])
        let meta = FileMetadata.inspect(odt, kind: .odt)
        XCTAssertNil(meta.unreadable)
        XCTAssertEqual(meta.fields.map(\.label), ["document author (creator)", "document initial creator"])
        XCTAssertEqual(meta.fields.map(\.value), ["J Doe", "Jane Doe"])
        XCTAssertEqual(meta.text, "First & second\nThird\n")
    }

    func testWebPExifIsRead() {
        // The TIFF inside the fixture JPEG's APP1 segment, wrapped in a WebP EXIF chunk.
        let jpeg = FileFixtures.jpeg(ascii: [0x013B: "Jane Doe"], gps: true)
        let length = Int(jpeg[4]) << 8 | Int(jpeg[5])
        let tiff = Array(jpeg[12..<(4 + length)])
        var chunk = Array("EXIF".utf8) + [UInt8(tiff.count & 0xFF), UInt8(tiff.count >> 8 & 0xFF), 0, 0] + tiff
        if tiff.count % 2 == 1 { chunk.append(0) }
        let size = 4 + chunk.count
        let webp = Array("RIFF".utf8) + [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), 0, 0] + Array("WEBP".utf8) + chunk
        let meta = FileMetadata.inspect(webp, kind: .webp)
        XCTAssertNil(meta.unreadable)
        XCTAssertTrue(meta.hasGPSPosition)
        XCTAssertEqual(meta.fields.first?.label, "EXIF Artist")
        XCTAssertEqual(meta.fields.first?.isAuthor, true)
    }
}
