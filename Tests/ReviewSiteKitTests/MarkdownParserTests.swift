import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class MarkdownParserTests: XCTestCase {
    private func parse(_ body: String, firstLine: Int = 1) -> ParsedMarkdown {
        MarkdownParser.parse(body, file: "content/reviews/adult-r.md", firstLine: firstLine)
    }

    private func html(_ parsed: ParsedMarkdown) -> String {
        HTMLRenderer.render(parsed.document) { $0 }
    }

    private func positions(_ diagnostics: [Diagnostic], rule: String) -> [String] {
        diagnostics.filter { $0.rule == rule }.map { "\($0.location.line):\($0.location.column)" }
    }

    // MARK: Headings

    func testHeadingsHaveStableUniqueIDsAndFileLines() {
        let body = "# Café & Crème\n\n## Actions\n\n## Actions\n\n## !!!\n\nStraße *2*\n---\n\n## Actions 2\n"
        let parsed = parse(body, firstLine: 5)
        XCTAssertEqual(parsed.headings.map(\.id), ["cafe-creme", "actions", "actions-2", "section", "strasse-2", "actions-2-2"])
        XCTAssertEqual(parsed.headings.map(\.text), ["Café & Crème", "Actions", "Actions", "!!!", "Straße 2", "Actions 2"])
        XCTAssertEqual(parsed.headings.map(\.level), [1, 2, 2, 2, 2, 2])
        XCTAssertEqual(parsed.headings.map(\.line), [5, 7, 9, 11, 13, 16])
        XCTAssertTrue(html(parsed).contains("<h2 id=\"actions-2\">Actions</h2>"))
        XCTAssertTrue(parsed.diagnostics.isEmpty)
    }

    func testHeadingSlugRules() {
        XCTAssertEqual(HeadingID.slug("  What went wrong?  "), "what-went-wrong")
        XCTAssertEqual(HeadingID.slug("Adult R — timeline (2019–2020)"), "adult-r-timeline-2019-2020")
        XCTAssertEqual(HeadingID.slug("Über naïve façade"), "uber-naive-facade")
        XCTAssertEqual(HeadingID.slug("日本 review"), "review")
        XCTAssertEqual(HeadingID.slug("日本"), "section")
        XCTAssertEqual(HeadingID.slug(""), "section")
    }

    func testHeadingTextIncludesLinkAndCodeText() {
        let parsed = parse("## See [the *plan*](/plan/) and `code`\n")
        XCTAssertEqual(parsed.headings.first?.text, "See the plan and code")
        XCTAssertEqual(parsed.headings.first?.id, "see-the-plan-and-code")
    }

    // MARK: Positions, links and images

    func testLinkAndImagePositionsCountScalarsAndFirstLine() {
        let body = "Intro.\n\nÜnïcödé text [the *Adult R* briefing](/briefings/adult-r/) and ![Chart of calls](/img/calls.png)\n"
        let parsed = parse(body, firstLine: 10)
        XCTAssertEqual(
            parsed.links, [MarkdownLink(destination: "/briefings/adult-r/", text: "the Adult R briefing", line: 12, column: 14)])
        // "Ünïcödé text " (13) + "[the *Adult R* briefing](/briefings/adult-r/)" (45) + " and " (5) → column 64.
        XCTAssertEqual(parsed.images, [MarkdownImage(source: "/img/calls.png", alt: "Chart of calls", line: 12, column: 64)])
    }

    func testLinksInContainersAndContinuationLines() {
        let body = "> Quote with [one](/a/)\n> and «[two](/b/)»\n\n- item\n  then [three](https://example.org)\n"
        let parsed = parse(body, firstLine: 3)
        XCTAssertEqual(parsed.links.map(\.destination), ["/a/", "/b/", "https://example.org"])
        XCTAssertEqual(parsed.links.map { "\($0.line):\($0.column)" }, ["3:14", "4:8", "7:8"])
    }

    func testAutolinkIsALinkNotHTML() {
        let parsed = parse("Call <https://www.nationaldahelpline.org.uk/> today\n")
        XCTAssertEqual(parsed.links.map(\.destination), ["https://www.nationaldahelpline.org.uk/"])
        XCTAssertEqual(parsed.links.first?.column, 6)
        XCTAssertTrue(parsed.diagnostics.isEmpty)
        XCTAssertEqual(
            html(parsed),
            "<p>Call <a href=\"https://www.nationaldahelpline.org.uk/\">https://www.nationaldahelpline.org.uk/</a> today</p>\n")
    }

    // MARK: Raw HTML

    func testRawHTMLBlockAndInlineAreErrorsAndNeverOutput() {
        let body = "Intro\n\n<div class=\"secret\">Real name</div>\n\nText <span>inside</span> end <!-- note -->\n"
        let parsed = parse(body, firstLine: 4)
        XCTAssertEqual(positions(parsed.diagnostics, rule: RuleID.rawHTML.rawValue), ["6:1", "8:6", "8:18", "8:30"])
        XCTAssertEqual(
            parsed.diagnostics.first?.message,
            "raw HTML is not allowed in content; write it in Markdown instead (for a table use a ```table block)")
        XCTAssertEqual(parsed.diagnostics.first?.severity, .error)
        XCTAssertEqual(parsed.diagnostics.first?.location.file, "content/reviews/adult-r.md")
        let out = html(parsed)
        XCTAssertEqual(out, "<p>Intro</p>\n<p>Text inside end </p>\n")
        XCTAssertFalse(out.contains("Real name"))
    }

    func testRawHTMLColumnAfterNonASCII() {
        let parsed = parse("Ça va <b>oui</b>\n", firstLine: 2)
        XCTAssertEqual(positions(parsed.diagnostics, rule: RuleID.rawHTML.rawValue), ["2:7", "2:13"])
    }

    // MARK: Unsafe links

    func testUnsafeDestinationsAreErrorsAndRenderAsText() {
        let body = """
            [a](javascript:alert(1)) [b](JavaScript:x) [c](jav&#x61;script:x) [d](<java\tscript:x>)
            [e](vbscript:x) [f](FILE:///etc/passwd) ![g](data:image/png;base64,AAAA) [ok](https://example.org/data:x)
            """
        let parsed = parse(body, firstLine: 20)
        XCTAssertEqual(
            positions(parsed.diagnostics, rule: RuleID.unsafeLink.rawValue),
            ["20:1", "20:26", "20:44", "20:67", "21:1", "21:17", "21:41"])
        XCTAssertTrue(parsed.diagnostics.allSatisfy { $0.severity == .error })
        XCTAssertTrue(parsed.diagnostics[0].message.hasPrefix("link to a 'javascript:' address is not allowed"))
        XCTAssertTrue(parsed.diagnostics[6].message.hasPrefix("image from a 'data:' address is not allowed"))
        let out = html(parsed)
        XCTAssertEqual(out, "<p>a b c d\ne f g <a href=\"https://example.org/data:x\">ok</a></p>\n")
        // Still listed, so every link check sees them.
        XCTAssertEqual(parsed.links.count, 7)
    }

    func testLinkSafety() {
        XCTAssertEqual(LinkSafety.unsafeScheme(" \u{1}javascript:x"), "javascript")
        XCTAssertEqual(LinkSafety.unsafeScheme("DATA:text/html,x"), "data")
        XCTAssertEqual(LinkSafety.unsafeScheme("j\na\rv\tascript:x"), "javascript")
        XCTAssertNil(LinkSafety.unsafeScheme("/data/file.csv"))
        XCTAssertNil(LinkSafety.unsafeScheme("javascript"))
        XCTAssertNil(LinkSafety.unsafeScheme("mailto:chair@avonmere.example"))
        XCTAssertNil(LinkSafety.unsafeScheme("../file:x"))
    }

    // MARK: Hostile input

    func testDeeplyNestedQuotesAndListsDoNotCrash() {
        let quotes = parse(String(repeating: "> ", count: 100_000) + "x")
        let quotesHTML = html(quotes)
        XCTAssertEqual(quotes.document.nodes.count, 100_003)
        XCTAssertTrue(quotesHTML.hasPrefix("<blockquote>\n<blockquote>\n"))
        XCTAssertTrue(quotesHTML.contains("<p>x</p>\n</blockquote>\n</blockquote>\n"))

        let lists = parse(String(repeating: "- ", count: 100_000) + "x")
        let listsHTML = html(lists)
        XCTAssertTrue(listsHTML.hasPrefix("<ul>\n<li>\n<ul>\n<li>"))
        XCTAssertTrue(listsHTML.hasSuffix("</li>\n</ul>\n"))
        XCTAssertTrue(listsHTML.contains("<li>x</li>"))
    }

    func testEmptyAndControlCharacterInput() {
        XCTAssertEqual(html(parse("")), "")
        let parsed = parse("a\u{0}b\r\n\r\n# Ti\u{0}tle\r")
        XCTAssertEqual(parsed.headings.first?.line, 3)
        XCTAssertEqual(parsed.headings.first?.text, "Ti\u{FFFD}tle")
    }

    /// cmark keeps inline positions on the line of a backslash line break (`From: …\`); a
    /// finding or a link on the next line must still point at that line (seventh session:
    /// a pasted email header in a block quote was reported one line up, at column 75).
    func testPositionsAfterABackslashLineBreak() {
        let body =
            "> **From:** Dee <d@x.example>\\\n> **To:** [Mel](/a/)\\\n> Sent [now](/b/)\n\nPara\\\nnext [c](/c/)  \nthen [d](/d/)\n"
        let parsed = parse(body, firstLine: 3)
        XCTAssertEqual(parsed.links.map { "\($0.line):\($0.column)" }, ["3:15", "4:11", "5:8", "8:6", "9:6"])
    }
}
