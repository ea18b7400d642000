import XCTest

@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// A table written straight into the page as `|` rows (as GitHub, Hugo and Word-to-Markdown
/// converters write one), outside a ```table block. Readers used to get its rows as one
/// paragraph of `|` signs. (The tests share `PipeTableTests`' helpers.)
extension PipeTableTests {
    /// "severity line:col: message" for each table diagnostic.
    private func tableDiagnostics(_ body: String, firstLine: Int = 1) -> [String] {
        parse(body, firstLine: firstLine).diagnostics.filter { $0.rule == RuleID.table.rawValue }.map {
            "\($0.severity.rawValue) \($0.location.line):\($0.location.column): \($0.message)"
        }
    }

    private var glossary: String {
        """
        ## Glossary

        | Term | Meaning |
        |---|:--|
        | IDVA | Independent *Domestic* Violence Adviser |
        | MARAC | Multi-Agency Risk Assessment Conference |
        """
    }

    func testABareTableIsATableNamedByTheHeadingAboveIt() {
        XCTAssertEqual(
            html(glossary),
            """
            <h2 id="glossary">Glossary</h2>
            <div class="table-wrap" role="region" aria-label="Glossary" tabindex="0">
            <table>
            <thead>
            <tr><th scope="col">Term</th><th scope="col">Meaning</th></tr>
            </thead>
            <tbody>
            <tr><td>IDVA</td><td>Independent <em>Domestic</em> Violence Adviser</td></tr>
            <tr><td>MARAC</td><td>Multi-Agency Risk Assessment Conference</td></tr>
            </tbody>
            </table>
            </div>

            """)
    }

    func testEachBareTableHasAName() {
        let out = html("| a | b |\n|---|---|\n| 1 | 2 |\n\n" + glossary + "\n\n| c |\n|---|\n| 3 |\n")
        XCTAssertTrue(out.contains(#"aria-label="Table 1""#), out)
        XCTAssertTrue(out.contains(#"aria-label="Glossary""#), out)
        // Two boxes with one name could not be told apart by a screen reader user.
        XCTAssertTrue(out.contains(#"aria-label="Glossary (table 2)""#), out)
    }

    func testTheMissingCaptionIsAWarningAtTheHeaderRowThatSaysHowToAddOne() {
        XCTAssertEqual(
            tableDiagnostics(glossary, firstLine: 10),
            [
                "warning 12:1: this table has no caption, so screen readers name it only by the heading above it; "
                    + "to give it one, put a line '```table' and then 'caption: …' (what the table shows) above its "
                    + "first row, and a line '```' below its last row"
            ])
        XCTAssertTrue(tableDiagnostics("| a |\n|---|\n| 1 |\n").first?.contains("call it just 'Table'") == true)
    }

    func testAFileOfBareTablesGetsOneWarningListingTheirLines() {
        let body = glossary + "\n\n| c |\n|---|\n| 3 |\n\n## Actions\n\n| d |\n|---|\n| 4 |\n"
        XCTAssertEqual(
            tableDiagnostics(body),
            [
                "warning 3:1: 3 tables on lines 3, 8, 14 have no caption, so screen readers name each only by the "
                    + "heading above it; to give one a caption, put a line '```table' and then 'caption: …' (what the "
                    + "table shows) above its first row, and a line '```' below its last row"
            ])
    }

    func testLinesAboveTheRowsStayAParagraph() {
        let out = html("Table 2: actions agreed\n| No. | Action |\n| --- | --: |\n| 1 | Train staff \\| all |\n")
        XCTAssertTrue(
            out.hasPrefix(
                "<p>Table 2: actions agreed</p>\n<div class=\"table-wrap\" role=\"region\" aria-label=\"Table 1\""), out)
        XCTAssertTrue(out.contains("<td>1</td><td class=\"align-right\">Train staff | all</td>"), out)
    }

    func testBareTablesInAListItemAndABlockQuote() {
        let out = html("- item\n\n  | x | y |\n  |---|---|\n  | 1 | 2 |\n\n> | a | b |\n> |---|---|\n> | c | d |\n")
        XCTAssertTrue(out.contains("<li>\n<p>item</p>\n<div class=\"table-wrap\""), out)
        XCTAssertTrue(out.contains("<blockquote>\n<div class=\"table-wrap\""), out)
        XCTAssertTrue(out.contains("<td>c</td><td>d</td>"), out)
        // Cells keep their place in the file: a finding in one points at the cell.
        let parsed = parse("> | a | [b](/x/) |\n> |---|---|\n> | c | [d](/y/) |\n", firstLine: 5)
        XCTAssertEqual(parsed.links.map { "\($0.line):\($0.column)" }, ["5:9", "7:9"])
    }

    func testPipesWithoutADelimiterRowStayAParagraph() {
        XCTAssertEqual(html("| not | a table |\n| just | pipes |\n"), "<p>| not | a table |\n| just | pipes |</p>\n")
        // (Rows must start with `|`, as in a ```table block.)
        XCTAssertFalse(html("Time | Event\n--- | ---\n| 1 | 2 |\n").contains("<table"))
        XCTAssertTrue(tableDiagnostics("| not | a table |\n| just | pipes |\n").isEmpty)
    }

    func testARowWithTheWrongNumberOfCellsIsAWarningNotAFailedBuild() {
        let found = tableDiagnostics("| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| 4 |\n")
        XCTAssertEqual(
            found.filter { !$0.contains("no caption") },
            [
                "warning 3:1: row has 3 cells but the header has 2; add or remove '|' separators",
                "warning 4:1: row has 1 cell but the header has 2; add or remove '|' separators",
            ])
    }
}
