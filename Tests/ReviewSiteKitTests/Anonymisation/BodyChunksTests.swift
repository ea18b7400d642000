import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class BodyChunksTests: XCTestCase {
    func testCutsOnlyAtBlankLinesAndKeepsLineNumbers() {
        let body = (1...2000).map { "Paragraph \($0) has some words in it.\n\n" }.joined()
        let chunks = BodyChunks.split(body, firstLine: 9, size: 1000)
        XCTAssertGreaterThan(chunks.count, 10)
        XCTAssertEqual(chunks.map(\.text).joined(), body, "nothing lost or repeated")
        for chunk in chunks {
            XCTAssertTrue(chunk.text.hasPrefix("Paragraph "), "a chunk starts at a paragraph")
            let number = Int(chunk.text.dropFirst(10).prefix { $0.isNumber })!
            XCTAssertEqual(chunk.line, 9 + (number - 1) * 2, "chunk line numbers count from the file's first body line")
        }
    }

    func testFindingsKeepTheirFilePositionsAcrossChunks() {
        let filler = String(repeating: "The panel met and agreed its terms of reference.\n\n", count: 2000)
        let body = filler + "The NHS number 943 476 5919 was recorded.\n"
        let check = AnonymisationCheck(site: AnonymisationContext())
        let found = check.check(PageMeta(), body: body, bodyFirstLine: 12, file: "a.md").filter { $0.rule == "nhs-number" }
        XCTAssertEqual(found.map(\.location.line), [12 + 4000])
        XCTAssertEqual(found.map(\.location.column), [16])
    }
}

extension BodyChunksTests {
    /// Development set 57: what the page says of places reaches every text the rules read,
    /// the page's title and its other chunks too: `at Colby` under a title naming `Colby Moor`,
    /// `on Lewis` where another chunk speaks of islands.
    /// (Without the title, only `Colby` is reported.)
    func testWhatThePageSaysOfPlacesReachesEveryText() {
        let filler = String(repeating: "The panel met and agreed its terms of reference.\n\n", count: 800)
        let body =
            "The minister at Colby, who sat with the family, spoke to the panel.\n\n" + filler
            + "The family came from the islands.\n\n" + filler + "Her mother still lives on Lewis.\n"
        let check = AnonymisationCheck(site: AnonymisationContext())
        var meta = PageMeta()
        func names() -> [Int] {
            check.check(meta, body: body, bodyFirstLine: 1, file: "a.md").filter { $0.rule == "undeclared-name" }
                .map(\.location.line)
        }
        XCTAssertEqual(names(), [1])
        meta.title = Located("DHR 2022/01: a death at Colby Moor", line: 2, column: 8)
        XCTAssertEqual(names(), [])
    }
}

extension BodyChunksTests {
    /// The findings of `rule` on a page whose body is `body`, read as the source and as the
    /// text readers get (its Markdown parsed), with `register` as the names register.
    private func findings(_ rule: String, in body: String, register: String = "") -> [Diagnostic] {
        let check = AnonymisationCheck(
            site: AnonymisationContext(pseudonyms: [], publicNames: [], register: NamesRegister(text: register)))
        let document = MarkdownParser.parse(body, file: "a.md", firstLine: 1).document
        return check.check(StructuredTest.meta(), body: body, bodyFirstLine: 1, file: "a.md", document: document)
            .filter { $0.rule == rule }
    }

    /// Development set 117: a finding that runs over a wrapped line is reported once, not
    /// once for the source (its preview shows the line break) and again for the text readers
    /// get (where the break is a space).
    func testAFindingOverAWrappedLineIsReportedOnce() {
        let found = findings("quasi-identifier", in: "Ann | Operations Manager, Burslem Vale Depot\nPotteries Buses Ltd\n")
        XCTAssertEqual(found.map(\.location.column), [27], "\(found)")
    }

    /// Development set 22: a boat's name in emphasis is one finding, though the source reads
    /// it as a boat's and the text readers get (emphasis gone) as a named home.
    func testOneFindingWhereSourceAndReaderTextsSeeOneNameDifferently() {
        let found = findings("quasi-identifier", in: "| Field | Entry |\n|---|---|\n| Vessel | NB *Saudade*, 57 ft |\n")
        XCTAssertEqual(found.map(\.location.column), [16], "\(found)")
    }

    /// An outside review of the forty-third session's change: a name that emphasis splits in
    /// the source (`**Jo**anna`) is still reported as the name readers get, beside the part
    /// the source gives.
    func testANameSplitByEmphasisIsReportedForBothEntries() {
        let found = findings(
            "names-register", in: "Adult A met **Jo**anna at the hostel.\n", register: "Jo Marsh\nJoanna Price\n")
        XCTAssertEqual(Set(found.map { $0.message.contains("entry 2") }), [false, true], "\(found)")
    }
}
