import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class SiteScanTests: XCTestCase {
    let context = AnonymisationContext(
        pseudonyms: ["Adult R", "Jo"], publicNames: ["Miriam Castellane"],
        register: NamesRegister(text: "Jane Doe\nHargreaves\n"))

    private func scan(_ html: String, markup: Bool = true, waivers: Set<SiteScan.Waiver> = []) -> [Diagnostic] {
        SiteScan.scanFile(
            html, display: "output/x/index.html", markup: markup, rules: NameRules.all,
            context: context, waivers: waivers)
    }

    private func places(_ d: [Diagnostic]) -> [String] { d.map { "\($0.location.line):\($0.location.column) \($0.rule)" } }

    func testTextPositionsAreThoseOfTheHTMLFile() {
        let html = "<html>\n<body>\n  <p>Adult R told <em>Jane</em> Doe &amp; Sarah.</p>\n</body></html>\n"
        XCTAssertEqual(places(scan(html)), ["3:23 names-register", "3:43 undeclared-name"])
    }

    func testEntitiesAreDecoded() {
        XCTAssertEqual(places(scan("<p>J&#97;ne&nbsp;Doe and Sarah&#39;s</p>")), ["1:4 names-register", "1:26 undeclared-name"])
        XCTAssertEqual(places(scan("<p>&#x4A;ane Doe</p>")), ["1:4 names-register"])
    }

    /// The third bench corpus: a share link's subject is percent-encoded, so an accented
    /// pseudonym read `Ana` and a topic's `Faith` was a name; a name hidden by escapes is found.
    func testLinksArePercentDecodedAndTheirQueryValuesReadApart() {
        let declared = AnonymisationContext(pseudonyms: ["Anaïs"], publicNames: [], register: NamesRegister(text: "Jane Doe\n"))
        func scan(_ html: String) -> [String] {
            places(
                SiteScan.scanFile(
                    html, display: "output/x/index.html", markup: true, rules: NameRules.all, context: declared,
                    waivers: []))
        }
        XCTAssertEqual(scan(#"<a href="mailto:?subject=DHR%20Ana%C3%AFs&amp;body=https%3A%2F%2Fx.example%2F">x</a>"#), [])
        XCTAssertEqual(scan(#"<a href="mailto:?subject=Faith%20communities">x</a>"#), [])
        XCTAssertEqual(scan(#"<a href="https://x.example/?q=J%61ne%20Doe">x</a>"#), ["1:31 names-register"])
    }

    func testAttributesAndMetaTagsAreScanned() {
        let html = """
            <meta name="description" content="About Hargreaves">
            <img src="/img/jane-doe.jpg" alt="Photo of Sarah" class="Hargreaves">
            <a href="https://x.example/janedoe" title="Dr Morgan" aria-label="Jane Doe">x</a>
            """
        XCTAssertEqual(
            places(scan(html)),
            [
                "1:41 names-register", "2:16 names-register", "2:44 undeclared-name",
                "3:28 names-register", "3:44 titled-name", "3:67 names-register",
            ])
    }

    func testScriptStyleAndBlockBoundaries() {
        let html = "<script>var a = 'Jane Doe';</script><style>.Hargreaves{}</style><ul><li>Jane</li><li>Doe</li></ul>"
        // Script and style are skipped; the list items are two words, each a part of the
        // register entry on its own (issue 12), not the whole entry.
        let found = scan(html)
        XCTAssertEqual(found.map(\.rule), ["names-register", "names-register"])
        XCTAssertTrue(found.allSatisfy { $0.message.contains("one part of it") })
    }

    func testCommentsAndCDATAAreText() {
        XCTAssertEqual(
            places(scan("<!-- by Hargreaves -->\n<x><![CDATA[Jane Doe]]></x>")),
            ["1:9 names-register", "2:13 names-register"])
    }

    func testWaiversFromTheContentApply() {
        XCTAssertEqual(scan("<p>Adult R told Sarah.</p>", waivers: [SiteScan.Waiver(rule: "undeclared-name", text: "Sarah")]), [])
    }

    func testHostileMarkupNeverTraps() {
        for html in [
            "<", "<a", "<a href=", "<a href=\"x", "&", "&#;", "&#x110000;", "&#99999999999;", "<!--", "<![CDATA[",
            "<script>", "<a =x>", "</", String(repeating: "<div>", count: 100_000),
        ] {
            _ = scan(html)
        }
    }

    func testScansEveryPageFeedAndSitemapOfAFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("names-sitescan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("reviews/a"), withIntermediateDirectories: true)
        try Data("<p>Adult R</p>".utf8).write(to: dir.appendingPathComponent("index.html"))
        try Data("<p>\nJane Doe</p>".utf8).write(to: dir.appendingPathComponent("reviews/a/index.html"))
        try Data("<feed><title>Hargreaves</title></feed>".utf8).write(to: dir.appendingPathComponent("feed.xml"))
        // A stylesheet is text that reaches the site too (issue 11, case 11): it is scanned.
        try Data("body { content: 'Hargreaves' }".utf8).write(to: dir.appendingPathComponent("site.css"))
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: dir.appendingPathComponent("logo.png"))
        let found = SiteScan.scan(directory: dir, displayPrefix: "output/", rules: NameRules.all, context: context)
        XCTAssertEqual(
            found.map(\.location.description),
            ["output/feed.xml:1:14", "output/reviews/a/index.html:2:1", "output/site.css:1:18"])
        XCTAssertEqual(SiteScan.files(in: dir), ["feed.xml", "index.html", "reviews/a/index.html", "site.css"])
    }

    /// The clean-text cache (only attribute values are kept, issue 16) changes the time a
    /// scan takes, never what it finds: pages sharing links and labels, some clean and some
    /// not, scanned with one cache and each without.
    func testTheCleanTextCacheChangesNoFinding() {
        let pages = (0..<30).map { i in
            "<html><head><title>Page \(i)</title><link rel=\"stylesheet\" href=\"../assets/site.css\"></head>\n<body>\n"
                + "<nav><a href=\"../\" title=\"Home page\">Home</a> <a href=\"../reviews/\">Reviews</a></nav>\n"
                + "<h1>Review \(i)</h1>\n<p>\(i % 3 == 0 ? "Adult R met Jane Doe and Sarah." : "Adult R met the panel.")</p>\n"
                + "<img src=\"chart.svg\" alt=\"\(i % 4 == 0 ? "Sarah at home" : "A chart")\">\n"
                + "<a href=\"mailto:?subject=Review%20\(i)\">Share</a>\n</body></html>\n"
        }
        let clean = CleanTexts()
        for (i, page) in (pages + pages).enumerated() {
            let cached = SiteScan.scanFile(
                page, display: "output/\(i)/index.html", markup: true, rules: NameRules.all, context: context,
                waivers: [], clean: clean)
            let alone = SiteScan.scanFile(
                page, display: "output/\(i)/index.html", markup: true, rules: NameRules.all, context: context,
                waivers: [])
            XCTAssertEqual(cached, alone, page)
        }
        XCTAssertFalse(places(scan(pages[0])).isEmpty)
        XCTAssertTrue(clean.contains("A chart"), "an attribute value found clean is kept")
    }

    /// Markup with no `<` or `&` (reviews.json, the search index) is scanned as plain text: the
    /// same as `HTMLText`'s reading, one piece with each scalar where it is.
    func testMarkupWithoutTagsOrEntitiesReadsAsPlainText() {
        let alphabet: [String] = ["a", "Jane", " ", "\n", "é", "\u{301}", ">", ";", "#", "\"", "1", "-", "\u{1F600}", "\r\n"]
        var random = TemplateSeededGenerator(seed: 7)
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 0...40, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
            let pieces = HTMLText(ScalarArray.of(text)).pieces
            XCTAssertEqual(pieces.count, 1, text.debugDescription)
            XCTAssertEqual(pieces.first?.text, text, text.debugDescription)
            XCTAssertEqual(pieces.first?.offsets, (0..<Int32(text.unicodeScalars.count)).map { $0 }, text.debugDescription)
        }
        let json = "{\n  \"a\": \"Jane Doe\",\n  \"b\": \"Anaïs told Hargreaves\"\n}\n"
        XCTAssertEqual(places(scan(json)), ["2:9 names-register", "3:20 names-register", "3:9 undeclared-name"])
        XCTAssertEqual(scan(json), scan(json, markup: false))
        // With an entity or a tag it is still read as markup.
        XCTAssertEqual(places(scan("{\"a\": \"J&#97;ne Doe\"}")), ["1:8 names-register"])
        // Read as plain text, the entity is still the letter it names (the normal form decodes
        // entities since development set 32), so the whole name is found, not its surname alone.
        XCTAssertEqual(places(scan("{\"a\": \"J&#97;ne Doe\"}", markup: false)), ["1:8 names-register"])
    }

}
