import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class PipeTableTests: XCTestCase {
    func parse(_ body: String, firstLine: Int = 1) -> ParsedMarkdown {
        MarkdownParser.parse(body, file: "content/reviews/adult-r.md", firstLine: firstLine)
    }

    func html(_ body: String) -> String {
        HTMLRenderer.render(parse(body).document) { $0 }
    }

    /// "line:col: message" for each table diagnostic.
    private func tableErrors(_ body: String, firstLine: Int = 1) -> [String] {
        parse(body, firstLine: firstLine).diagnostics.filter { $0.rule == RuleID.table.rawValue }.map {
            "\($0.location.line):\($0.location.column): \($0.message)"
        }
    }

    private let actionPlan = """
        Intro.

        ```table
        caption: Action plan
        row-headers: yes
        | Recommendation | Action | Lead agency | Target date |
        | --- | --- | :-: | --: |
        | 1 | Train staff on [coercive control](/briefings/adult-r/) | Avonmere Council | March 2024 |
        ```
        """

    func testAccessibleTableRendering() {
        XCTAssertEqual(
            html(actionPlan),
            """
            <p>Intro.</p>
            <div class="table-wrap" role="region" aria-labelledby="table-1" tabindex="0">
            <table>
            <caption id="table-1">Action plan</caption>
            <thead>
            <tr><th scope="col">Recommendation</th><th scope="col">Action</th><th scope="col" class="align-center">Lead agency</th><th scope="col" class="align-right">Target date</th></tr>
            </thead>
            <tbody>
            <tr><th scope="row">1</th><td>Train staff on <a href="/briefings/adult-r/">coercive control</a></td><td class="align-center">Avonmere Council</td><td class="align-right">March 2024</td></tr>
            </tbody>
            </table>
            </div>

            """)
    }

    func testLinksInCellsAreCollectedWithPositions() {
        let parsed = parse(actionPlan, firstLine: 8)
        XCTAssertTrue(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        XCTAssertEqual(
            parsed.links, [MarkdownLink(destination: "/briefings/adult-r/", text: "coercive control", line: 15, column: 22)])
    }

    func testWithoutRowHeadersEveryBodyCellIsTD() {
        let out = html("```table\ncaption: Calls\n| Year | Calls |\n|:--|--|\n| 2019 | 12 |\n| 2020 | 30 |\n```\n")
        XCTAssertTrue(
            out.contains("<tbody>\n<tr><td>2019</td><td>12</td></tr>\n<tr><td>2020</td><td>30</td></tr>\n</tbody>\n"), out)
    }

    func testTablesAreNumberedAndNeverShareAHeadingID() {
        let body =
            "## Table 1\n\n```table\ncaption: A\n| x |\n| - |\n| 1 |\n```\n\n```table\ncaption: B\n| y |\n| - |\n| 2 |\n```\n"
        let out = html(body)
        XCTAssertTrue(out.contains("<h2 id=\"table-1\">Table 1</h2>"))
        XCTAssertTrue(out.contains("aria-labelledby=\"table-1-2\""))
        XCTAssertTrue(out.contains("<caption id=\"table-1-2\">A</caption>"))
        XCTAssertTrue(out.contains("<caption id=\"table-2\">B</caption>"))
    }

    func testEscapedPipesAndInlineMarkdownInCells() {
        let out = html(
            "```table\ncaption: Options *and* [codes](/codes/)\n| Choice | Code |\n| --- | --- |\n| yes \\| no | `a\\|b` **bold** |\n```\n"
        )
        XCTAssertTrue(out.contains("<caption id=\"table-1\">Options <em>and</em> <a href=\"/codes/\">codes</a></caption>"), out)
        XCTAssertTrue(out.contains("<tr><td>yes | no</td><td><code>a|b</code> <strong>bold</strong></td></tr>"), out)
    }

    func testCellThatLooksLikeABlockStaysText() {
        let out = html(
            "```table\ncaption: C\n| # Not a heading | - not a list |\n| --- | --- |\n| > no quote | 1. no list |\n```\n")
        XCTAssertTrue(out.contains("<th scope=\"col\"># Not a heading</th><th scope=\"col\">- not a list</th>"), out)
        XCTAssertTrue(out.contains("<td>&gt; no quote</td><td>1. no list</td>"), out)
    }

    // MARK: Errors, each with its exact place

    func testMissingCaption() {
        XCTAssertEqual(
            tableErrors("Text\n\n```table\n| a |\n| - |\n| 1 |\n```\n", firstLine: 6),
            [
                "8:1: table has no caption; add a line 'caption: …' saying what the table shows, straight after ```table"
            ])
    }

    func testMissingDelimiterRow() {
        XCTAssertEqual(
            tableErrors("```table\ncaption: X\n| a | b |\n| 1 | 2 |\n```\n"),
            [
                "4:1: table has no delimiter row under the header; add a line like '| --- | --- |' straight after the header row, with one '---' for each column"
            ])
        // Header alone: the problem is reported on the header line.
        XCTAssertEqual(tableErrors("```table\ncaption: X\n  | a | b |\n```\n").first?.prefix(5), "3:3: ")
    }

    func testRowWithWrongNumberOfCellsInsideABlockQuote() {
        let body = "> ```table\n> caption: X\n> | a | b | c | d |\n> | - | - | - | - |\n> | 1 | 2 | 3 |\n> ```\n"
        XCTAssertEqual(
            tableErrors(body, firstLine: 3),
            [
                "7:3: row has 3 cells but the header has 4; add or remove '|' separators"
            ])
    }

    func testUnknownOptionSuggestsTheRightOne() {
        XCTAssertEqual(
            tableErrors("```table\ncaption: X\n  row-header: yes\n| a |\n| - |\n| 1 |\n```\n"),
            [
                "3:3: unknown table option 'row-header' (did you mean 'row-headers'?); the options are 'caption' and 'row-headers'"
            ])
        XCTAssertEqual(
            tableErrors("```table\ncaption: X\nrow-headers: maybe\n| a |\n| - |\n| 1 |\n```\n"),
            [
                "3:14: row-headers must be 'yes' or 'no'; write 'row-headers: yes' to make each row's first cell its heading"
            ])
    }

    func testEmptyTable() {
        XCTAssertEqual(
            tableErrors("Intro\n\n```table\ncaption: Nothing yet\n```\n"),
            [
                "3:1: table is empty; add a header row, a delimiter row like '| --- | --- |' and at least one row"
            ])
        XCTAssertEqual(
            tableErrors("```table\ncaption: X\n| a |\n| - |\n```\n"),
            [
                "1:1: table is empty: it has a header but no rows; add rows under the delimiter row or remove the table"
            ])
        XCTAssertEqual(html("```table\n```\n"), "")
    }

    func testRawHTMLAndUnsafeLinksInCellsAreReportedAtTheirColumn() {
        let body = "```table\ncaption: Ça\n| Née | Link |\n| --- | --- |\n| é <b>x</b> | [go](javascript:alert(1)) |\n```\n"
        let parsed = parse(body, firstLine: 2)
        let found = parsed.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.rule)" }
        XCTAssertEqual(found, ["6:5 raw-html", "6:9 raw-html", "6:16 unsafe-link"])
        XCTAssertEqual(parsed.links.map { "\($0.line):\($0.column)" }, ["6:16"])
        let out = HTMLRenderer.render(parsed.document) { $0 }
        XCTAssertTrue(out.contains("<tr><td>é x</td><td>go</td></tr>"), out)
    }

    func testPipeTableSplitting() {
        let table = PipeTable.parse("caption: C\n|a|b\\|c| d |\n|:-:|--:|---|\n| 1 | 2 | 3 |\n")
        XCTAssertEqual(table.header?.cells.map(\.text), ["a", "b\\|c", "d"])
        XCTAssertEqual(table.header?.cells.map(\.offset), [1, 3, 9])
        XCTAssertEqual(table.alignments, [.center, .right, .none])
        XCTAssertEqual(table.rows.count, 1)
        XCTAssertTrue(table.problems.isEmpty)
    }
}
