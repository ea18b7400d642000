import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// A file's full dates taken with its check (`check(…, fullDates: true)`, issue 16) are
/// what the separate pass that read the file again (`fullDates`) gives, and the check's
/// findings are unchanged.
final class FileDatesTests: XCTestCase {
    private func page(kind: String, summary: String, body: String) -> String {
        """
        ---
        type: \(kind)
        title: "DHR Nadia"
        summary: "\(summary)"
        status: published
        published: 2026-01-19
        pseudonyms:
          - name: Nadia
            role: the woman who died
          - name: Yasir
            role: her husband
        ---
        \(body)
        """
    }

    func testDatesWithTheCheckMatchTheSeparatePass() throws {
        let bodies = [
            "Nadia died on 3 February 2024 at her home.\n\nOfficers attended on 3 February 2024 at 21:31.",
            "Officers attended on 5 March 2023.\n\nThe partnership was told on 6 March 2023.",
            "Nadia (born 14/07/1990) moved in 2019.\n\n| Date | Event |\n|---|---|\n| 2021-06-09 | Nadia *died* on 9 June 2021 |",
            "No dates here, only **March 2024**.",
            String(repeating: "The panel met on 1 April 2022 and again later.\n\n", count: 900) + "Yasir was born on 2 May 1985.",
        ]
        let summaries = ["A review.", "The review into the death of Nadia, killed on 28 September 2024."]
        let check = AnonymisationCheck(site: AnonymisationContext(publicNames: ["Jo Bloggs"]))
        var withDates = 0
        for kind in ["dhr", "briefing", "page"] {
            for summary in summaries {
                for body in bodies {
                    let split = try FrontMatterSplitter.split(page(kind: kind, summary: summary, body: body))
                    let root = try YAMLSubsetParser.parse(split.yaml, firstLine: split.yamlFirstLine)
                    let meta = FrontMatterDecoder.decode(root, file: "a.md").0
                    let document = MarkdownParser.parse(split.body, file: "a.md", firstLine: split.bodyFirstLine).document
                    let both = check.check(
                        meta, body: split.body, bodyFirstLine: split.bodyFirstLine, file: "a.md", document: document,
                        fullDates: true)
                    let alone = check.fullDates(meta, body: split.body, bodyFirstLine: split.bodyFirstLine, document: document)
                    XCTAssertEqual(both.fullDates, alone, body)
                    XCTAssertEqual(
                        both.diagnostics,
                        check.check(meta, body: split.body, bodyFirstLine: split.bodyFirstLine, file: "a.md", document: document))
                    XCTAssertNil(
                        check.check(
                            meta, body: split.body, bodyFirstLine: split.bodyFirstLine, file: "a.md", document: document,
                            fullDates: false
                        ).fullDates)
                    if !alone.life.isEmpty, !alone.other.isEmpty { withDates += 1 }
                }
            }
        }
        XCTAssertGreaterThan(withDates, 3, "some pages give both kinds of date")
    }
}
