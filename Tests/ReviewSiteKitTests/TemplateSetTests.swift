import Foundation
import Synchronization
import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class TemplateSetTests: XCTestCase {
    private var temp: URL!

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("tmpl-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: temp)
    }

    private func write(_ relative: String, _ text: String) throws {
        let url = temp.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func testLoadsNestedTemplatesAndSkipsAssets() throws {
        try write("page.html", "\u{FEFF}{% include \"partials/top.html\" %}<h1>{{ title }}</h1>\r\n")
        try write("partials/top.html", "<header>{{ site }}</header>")
        try write("assets/broken.html", "{% if %}")
        try write("assets/site.css", "body {}")
        try write("notes.txt", "{% nonsense")
        let set = try TemplateSet.load(directory: temp, displayPrefix: "themes/mine")
        XCTAssertEqual(set.names, ["page.html", "partials/top.html"])
        XCTAssertEqual(
            try set.render("page.html", ["title": .string("A & B"), "site": .string("CSP")]),
            "<header>CSP</header><h1>A &amp; B</h1>\n")
    }

    func testSyntaxErrorInAPartialNamesItsFileAndLine() throws {
        try write("page.html", "{% include \"partials/x.html\" %}")
        try write("partials/x.html", "<p>\n<p>\n  {% if page.summary %}\n")
        do {
            _ = try TemplateSet.load(directory: temp, displayPrefix: "themes/mine")
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(
                error,
                TemplateError(
                    file: "themes/mine/partials/x.html", line: 3, column: 3,
                    message: "{% if %} opened on line 3 is never closed; add {% end %}"))
        }
    }

    func testRenderErrorInAPartialNamesThePartial() throws {
        try write("page.html", "a\n{% include \"partials/x.html\" %}")
        try write("partials/x.html", "\n\n   {{ titel }}")
        let set = try TemplateSet.load(directory: temp, displayPrefix: "themes/mine/")
        XCTAssertThrowsError(try set.render("page.html", ["title": .string("x")])) { error in
            XCTAssertEqual(
                error as? TemplateError,
                TemplateError(
                    file: "themes/mine/partials/x.html", line: 3, column: 7,
                    message: "unknown variable 'titel'; did you mean 'title'?"))
        }
    }

    func testMissingFolderAndInvalidText() throws {
        XCTAssertThrowsError(try TemplateSet.load(directory: temp.appendingPathComponent("nope"), displayPrefix: "nope")) {
            error in
            XCTAssertEqual(
                error as? TemplateError,
                TemplateError(
                    file: "nope", line: 1, column: 1,
                    message: "the theme folder does not exist; check the --theme option"))
        }
        try Data([0x61, 0x0A, 0x62, 0xFF]).write(to: temp.appendingPathComponent("bad.html"))
        XCTAssertThrowsError(try TemplateSet.load(directory: temp, displayPrefix: "t")) { error in
            XCTAssertEqual(
                error as? TemplateError,
                TemplateError(
                    file: "t/bad.html", line: 2, column: 2,
                    message: "this template is not valid UTF-8 text; save it as UTF-8"))
        }
    }

    func testRendersConcurrentlyWithIdenticalOutput() throws {
        let set = try TemplateTestSupport.set(["t.html": "{% for x in xs %}{{ loop.index }}{{ x }}{% end %}"])
        let ctx: [String: TemplateValue] = ["xs": .list((0..<200).map { .string("<\($0)>") })]
        let expected = try set.render("t.html", ctx)
        let results = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            let out = (try? set.render("t.html", ctx)) ?? "failed"
            results.withLock { $0.append(out) }
        }
        XCTAssertEqual(results.withLock { $0 }, Array(repeating: expected, count: 16))
    }
}

/// The shipped theme must always load: this catches a syntax slip in themes/default.
final class DefaultThemeTests: XCTestCase {
    private var themeURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../themes/default").standardizedFileURL
    }

    func testDefaultThemeLoads() throws {
        let set = try TemplateSet.load(directory: themeURL, displayPrefix: "themes/default")
        for name in [
            "home.html", "list.html", "dhr.html", "briefing.html", "page.html", "404.html",
            "partials/top.html", "partials/bottom.html",
        ] {
            XCTAssertTrue(set.names.contains(name), name)
        }
    }

    /// Renders the page layouts with a context shaped like the one the render stage builds.
    func testDefaultThemeRendersAReviewPage() throws {
        let set = try TemplateSet.load(directory: themeURL, displayPrefix: "themes/default")
        let date: TemplateValue = .object(["iso": .string("2024-05-15"), "text": .string("15 May 2024")])
        var ctx: [String: TemplateValue] = [
            "site": .object([
                "title": .string("Safer Eastshire"), "organisation": .string("Safer Eastshire CSP"),
                "language": .string("en-GB"), "exit_url": .string("https://www.bbc.co.uk/weather"),
                "contact_email": .null, "base_url": .string("https://example.org/"),
                "review_label": .string("Domestic Homicide Review"),
                "review_label_plural": .string("Domestic homicide reviews"),
                "review_label_lower": .string("domestic homicide reviews"), "review_label_renamed": .bool(true),
                "helplines": .list([
                    .object([
                        "name": .string("National Domestic Abuse Helpline"),
                        "phone": .string("0808 2000 247"), "tel": .string("tel:08082000247"),
                        "email": .null, "url": .null, "hours": .string("24 hours"),
                    ])
                ]),
            ]),
            "root": .string("../../"), "kind": .string("dhr"), "title": .string("Adult R"), "title_suffix": .string(""),
            "description": .string("A review"), "canonical": .string("https://example.org/reviews/adult-r/"),
            "nav": .list([
                .object([
                    "title": .string("Home"), "href": .string("../../index.html"),
                    "current": .bool(false), "in_section": .bool(false),
                ]),
                .object([
                    "title": .string("Reviews"), "href": .string("../index.html"),
                    "current": .bool(false), "in_section": .bool(true),
                ]),
            ]),
            "breadcrumbs": .list([.object(["title": .string("Home"), "href": .string("../../index.html")])]),
            "updated": date, "reviewed": .null,
            "feed_href": .string("../../feed.xml"), "share_email_href": .string("mailto:?subject=Adult%20R"),
            "accessibility_href": .string("../../accessibility/index.html"),
        ]
        ctx["page"] = .object([
            "title": .string("Adult R"), "summary": .string("Coercive <control>"), "body": .html("<p>Body</p>"),
            "toc": .list([.object(["text": .string("Summary"), "id": .string("summary")])]),
            "published": date, "home_office_qa": date, "topics": .list([.string("coercive control")]),
            "pseudonyms": .list([.object(["name": .string("Adult R"), "role": .string("the victim")])]),
        ])
        let html = try set.render("dhr.html", ctx)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        XCTAssertTrue(html.contains("<title>Adult R - Safer Eastshire</title>"))
        XCTAssertTrue(html.contains("<p class=\"lead\">Coercive &lt;control&gt;</p>"))
        XCTAssertTrue(html.contains("<a href=\"../index.html\" aria-current=\"true\" class=\"in-section\">Reviews</a>"))
        XCTAssertTrue(html.contains("Last updated: <time datetime=\"2024-05-15\">15 May 2024</time>\n"))
        XCTAssertFalse(html.contains("Last reviewed"))
        XCTAssertFalse(html.contains("{%") || html.contains("{{"))

        // Every other layout renders with the same values plus its own.
        ctx["items"] = .list([
            .object([
                "title": .string("Adult R"), "href": .string("adult-r/index.html"),
                "summary": .string("S"), "published": date,
            ])
        ])
        ctx["reviews"] = ctx["items"]
        ctx["briefings"] = .list([])
        ctx["listing_kind"] = .string("dhr")
        ctx["intro"] = .null
        ctx["topics"] = .list([
            .object([
                "name": .string("coercive control"), "href": .string("../topics/coercive-control/index.html"),
                "count": .string("2"),
            ])
        ])
        ctx["groups"] = .list([.object(["id": .string("topic-reviews"), "heading": .string("Reviews"), "items": ctx["items"]!])])
        for key in ["topics_href", "reviews_href", "briefings_href", "index_href"] { ctx[key] = .string("../x/index.html") }
        for layout in [
            "home.html", "list.html", "briefing.html", "page.html", "404.html", "topics.html", "topic.html", "search.html",
        ] {
            let out = try set.render(layout, ctx)
            if layout == "list.html" {
                XCTAssertTrue(out.contains("Victims and Prisoners Act 2024"), "the renamed label is explained")
            }
            XCTAssertTrue(out.contains("</body>\n</html>"), layout)
            XCTAssertFalse(out.contains("{%") || out.contains("{{"), layout)
        }
    }
}
