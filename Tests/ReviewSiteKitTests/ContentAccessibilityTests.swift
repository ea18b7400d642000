import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// The content accessibility rules of issue 5, on small Markdown bodies.
final class ContentAccessibilityTests: XCTestCase {
    /// "line:column rule" for each finding, in order; the body starts on line 1.
    private func findings(_ markdown: String) -> [String] {
        let parsed = MarkdownParser.parse(markdown, file: "t.md", firstLine: 1)
        return ContentAccessibility.check(parsed, file: "t.md").sorted().map {
            "\($0.location.line):\($0.location.column) \($0.rule)"
        }
    }

    private func messages(_ markdown: String) -> [String] {
        let parsed = MarkdownParser.parse(markdown, file: "t.md", firstLine: 1)
        return ContentAccessibility.check(parsed, file: "t.md").sorted().map(\.message)
    }

    func testAGoodPageHasNoFindings() {
        let body = """
            ## Who we are

            ### Our board

            Read [the Adult R briefing](/briefings/adult-r/) or email [safer@example.org](mailto:safer@example.org).

            ![Chart of referrals to the MARAC by year](chart.png)

            ## What we do

            ```table
            caption: Action plan
            row-headers: yes
            | Recommendation | Action |
            | --- | --- |
            | 1 | Train staff |
            ```
            """
        XCTAssertEqual(findings(body), [])
    }

    func testEveryFindingIsAnError() {
        let parsed = MarkdownParser.parse("# Title\n\n[here](/x/)\n\n![](a.png)\n\n[](/x/)\n", file: "t.md", firstLine: 1)
        let found = ContentAccessibility.check(parsed, file: "t.md")
        XCTAssertEqual(found.count, 4)
        XCTAssertTrue(found.allSatisfy { $0.severity == .error && $0.location.file == "t.md" })
    }

    // MARK: image-alt

    func testImageWithoutDescriptionIsReportedUnlessMarkedDecorative() {
        XCTAssertEqual(
            findings("![](chart.png)\n\n![ ](chart.png)\n\n![](line.png \"decorative\")\n"),
            ["1:1 image-alt", "3:1 image-alt"])
        XCTAssertTrue(messages("![](chart.png)")[0].contains("describe what it shows"))
    }

    func testFileNameAsDescriptionIsReported() {
        XCTAssertEqual(findings("![chart.PNG](x/chart.png)"), ["1:1 image-alt"])
        XCTAssertEqual(findings("![referrals-2025](img/referrals-2025.svg)"), ["1:1 image-alt"])
        XCTAssertEqual(findings("![IMG_2041](a.jpg) ![DSC 0042](b.jpg)"), ["1:1 image-alt", "1:20 image-alt"])
        XCTAssertTrue(messages("![a.jpg](a.jpg)")[0].contains("file name ('a.jpg')"))
    }

    func testRealDescriptionsPass() {
        XCTAssertEqual(findings("![Photo of the partnership board, 2025](board.jpg) ![Image 2 of the report cover](c.png)"), [])
    }

    // MARK: heading-order

    func testLevelOneHeadingInTheBodyIsReported() {
        XCTAssertEqual(findings("# About\n\n## Who we are\n"), ["1:1 heading-order"])
        XCTAssertTrue(messages("# About")[0].contains("start it with '##'"))
    }

    func testBodyMustStartAtLevelTwo() {
        XCTAssertEqual(findings("### Details\n"), ["1:1 heading-order"])
        XCTAssertTrue(messages("### Details")[0].contains("the first heading must be level 2"))
    }

    func testSkippedLevelIsReportedButGoingBackUpIsFine() {
        XCTAssertEqual(findings("## A\n\n#### B\n\n## C\n\n### D\n\n#### E\n\n## F\n"), ["3:1 heading-order"])
        XCTAssertTrue(messages("## A\n\n#### B")[0].contains("start it with '###'"))
    }

    // MARK: link-text

    func testVagueLinkTextIsReported() {
        let body = "[Click here](/a/), [here](/a/). [Read more…](/a/) [more](/a/) [this link](/a/) [HERE!](/a/)\n"
        XCTAssertEqual(findings(body).count, 6)
        XCTAssertTrue(findings(body).allSatisfy { $0.hasSuffix("link-text") })
        XCTAssertTrue(messages("[Click here](/a/)")[0].contains("'Click here' does not say where the link goes"))
    }

    func testBareAddressAsLinkTextIsReportedButEmailIsFine() {
        XCTAssertEqual(findings("<https://www.gov.uk/>"), ["1:1 link-text"])
        XCTAssertEqual(findings("[www.gov.uk](https://www.gov.uk/) [/reviews/](/reviews/)"), ["1:1 link-text", "1:35 link-text"])
        XCTAssertEqual(findings("[safer@example.org](mailto:safer@example.org) <safer@example.org>"), [])
    }

    func testWordsContainingVaguePhrasesPass() {
        XCTAssertEqual(findings("[Read more about coercive control](/a/) [Where to get help here in Avonmere](/b/)"), [])
    }

    // MARK: empty-link

    func testLinkWithoutTextIsReportedOnceAsEmptyLink() {
        XCTAssertEqual(findings("See [](/a/) and [  ](/b/)."), ["1:5 empty-link", "1:17 empty-link"])
    }

    func testImageLinkWithDescriptionIsNotEmpty() {
        XCTAssertEqual(findings("[![Home Office logo](logo.png)](https://www.gov.uk/)"), [])
        // …but an image link whose image has no description is both an empty link and an image without alt.
        XCTAssertEqual(findings("[![](logo.png)](https://www.gov.uk/)"), ["1:1 empty-link", "1:2 image-alt"])
    }

    // MARK: table-header

    private func table(_ header: String, rows: [String], rowHeaders: Bool = false) -> String {
        let columns = header.filter { $0 == "|" }.count - 1
        return "```table\ncaption: Plan\n" + (rowHeaders ? "row-headers: yes\n" : "") + header + "\n|"
            + String(repeating: " --- |", count: columns) + "\n" + rows.joined(separator: "\n") + "\n```\n"
    }

    func testEmptyColumnHeaderIsReported() {
        let found = findings(table("| Action |  |", rows: ["| a | b |"]))
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].hasSuffix("table-header"))
        XCTAssertTrue(messages(table("| Action |  |", rows: ["| a | b |"]))[0].contains("column 2 of the header row is empty"))
    }

    func testDuplicateColumnHeadersAreReportedIgnoringCase() {
        let body = table("| Action | Lead | action |", rows: ["| a | b | c |"])
        XCTAssertEqual(
            messages(body),
            [
                "columns 1 and 3 have the same header 'action'; give each column a different header so screen reader users can tell them apart"
            ])
    }

    func testEmptyRowHeaderIsReportedOnlyWithRowHeaders() {
        let rows = ["| 1 | Train staff |", "|  | Audit |"]
        XCTAssertEqual(findings(table("| Recommendation | Action |", rows: rows, rowHeaders: true)), ["7:4 table-header"])
        XCTAssertEqual(findings(table("| Recommendation | Action |", rows: rows)), [])
    }

    func testHeaderMadeOfCodeOrLinkCountsAsText() {
        XCTAssertEqual(findings(table("| `id` | [Lead agency](/a/) |", rows: ["| a | b |"])), [])
    }
}
