import Foundation
import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class TemplateErrorTests: XCTestCase {
    private let page: [String: TemplateValue] = [
        "page": .object(["title": .string("T"), "summary": .null, "toc": .list([])]),
        "site": .object(["title": .string("S")]),
        "nav": .list([]),
    ]

    private func assertError(
        _ source: String, partials: [String: String] = [:], file: String = "theme/t.html",
        _ line: Int, _ column: Int, _ message: String, sourceLine: UInt = #line
    ) {
        assertError(source, [:], partials: partials, file: file, line, column, message, sourceLine: sourceLine)
    }

    private func assertError(
        _ source: String, _ context: [String: TemplateValue], partials: [String: String] = [:],
        file: String = "theme/t.html", _ line: Int, _ column: Int, _ message: String,
        sourceLine: UInt = #line
    ) {
        guard let e = TemplateTestSupport.error(source, context, partials: partials) else {
            XCTFail("expected an error for \(source)", line: sourceLine)
            return
        }
        XCTAssertEqual(e, TemplateError(file: file, line: line, column: column, message: message), line: sourceLine)
    }

    func testUnknownVariableSuggestsACloseName() {
        assertError("<h1>\n  {{ pag.title }}", page, 2, 6, "unknown variable 'pag.title'; did you mean 'page.title'?")
        assertError("{{ page.titel }}", page, 1, 4, "unknown variable 'page.titel'; did you mean 'page.title'?")
    }

    func testUnknownVariableListsTheNamesAvailable() {
        assertError("{{ zebra }}", page, 1, 4, "unknown variable 'zebra'; the names available here are nav, page, site")
        assertError("{{ site.xyz }}", page, 1, 4, "unknown variable 'site.xyz'; 'site' has title")
        assertError(
            "{% for x in nav %}{% end %}{% for i in nav %}{% end %}{{ x }}", page, 1, 58,
            "unknown variable 'x'; the names available here are nav, page, site")
    }

    func testUnknownLoopSourceIsAnError() {
        assertError("{% for x in pages %}{% end %}", page, 1, 13, "unknown variable 'pages'; did you mean 'page'?")
    }

    func testLoopOverSomethingThatIsNotAList() {
        assertError(
            "{% for x in site.title %}{% end %}", page, 1, 13,
            "'site.title' is text, not a list; {% for %} can only loop over a list")
    }

    func testOutputOfNothingListOrGroupExplainsTheFix() {
        assertError(
            "x {{ page.summary }}", page, 1, 6,
            "'page.summary' has no value here; wrap it in {% if page.summary %}…{% end %}")
        assertError("{{ nav }}", page, 1, 4, "'nav' is a list; loop over it with {% for item in nav %}")
        assertError(
            "{{ site }}", page, 1, 4, "'site' is a group of values, not text; show one of its fields such as {{ site.title }}")
        assertError(
            "{{ page.summary.text }}", page, 1, 4,
            "'page.summary' has no value here; wrap it in {% if page.summary %}…{% end %}")
        assertError(
            "{{ site.title.text }}", page, 1, 4,
            "'site.title' is text, so it has no field 'text'; use {{ site.title }} instead")
    }

    func testUnclosedTags() {
        assertError("a\n  {{ page.title </p>\n", 2, 3, "'{{' is never closed; add '}}' to end the tag")
        assertError("{% if x %}a{% end", 1, 12, "'{%' is never closed; add '%}' to end the tag")
        assertError("{{ a {{ b }}", 1, 1, "'{{' is never closed; add '}}' to end the tag")
        assertError("a {# note", 1, 3, "this comment is never closed; add '#}' to end it")
        assertError("{{ \"abc }}", 1, 4, "the text in quotes starting here is never closed; add a closing \" on the same line")
    }

    func testUnknownTags() {
        assertError("{% fro x in y %}", 1, 4, "unknown tag 'fro'; did you mean 'for'?")
        assertError("{% if x %}{% endif %}", 1, 14, "unknown tag 'endif'; did you mean 'end'? Every block closes with {% end %}")
        assertError("{% elsif x %}", 1, 4, "unknown tag 'elsif'; did you mean 'elif'?")
        assertError("{% block x %}", 1, 4, "unknown tag 'block'; the tags are if, elif, else, for, include and end")
        assertError("{%  %}", 1, 1, "empty tag; write a tag name such as {% if page.summary %} or {% end %}")
        assertError("{{ }}", 1, 1, "nothing to show inside {{ }}; put a value in it, such as {{ page.title }}")
    }

    func testBlockStructureErrors() {
        assertError("a\n{% end %}", 2, 4, "{% end %} has no {% if %} or {% for %} to close; remove it")
        assertError(
            "line 1\nline 2\nline 3\n  {% if x %}\n  y\n", 4, 3, "{% if %} opened on line 4 is never closed; add {% end %}")
        assertError("{% for x in y %}{% if x %}\n{% end %}", 1, 1, "{% for %} opened on line 1 is never closed; add {% end %}")
        assertError("{% else %}", 1, 4, "{% else %} is not inside an {% if %} or {% for %}; add the opening tag or remove it")
        assertError("{% elif x %}", 1, 4, "{% elif %} is not inside an {% if %}; add an {% if %} before it or remove it")
        assertError(
            "{% if a %}\n{% else %}\n{% elif b %}{% end %}", 3, 4,
            "{% elif %} comes after the {% else %} on line 2; move it before the {% else %}")
        assertError(
            "{% if a %}{% else %}{% else %}{% end %}", 1, 24,
            "this {% if %} already has an {% else %} on line 1; remove one of them")
        assertError(
            "{% for x in y %}{% elif b %}{% end %}", 1, 20,
            "{% elif %} cannot be used inside {% for %}; use {% else %} for an empty list, or put an {% if %} inside the loop")
        assertError("{% if a %}{% end if %}", 1, 18, "{% end %} takes nothing after it; remove 'if'")
    }

    func testBadExpressions() {
        assertError("{{ a == }}", 1, 9, "a value is missing after '=='; add a name, text in quotes or a number")
        assertError(
            "{% if a b %}{% end %}", 1, 9,
            "unexpected 'b' after the condition; remove it, or join the parts with 'and', 'or' or '=='")
        assertError("{% if a = b %}{% end %}", 1, 9, "'=' on its own is not allowed here; use '==' to compare two values")
        assertError("{% if (a %}{% end %}", 1, 10, "the bracket opened at column 7 is never closed; add ')'")
        assertError("{% if a == b == c %}{% end %}", 1, 14, "compare two values at a time; join comparisons with 'and' or 'or'")
        assertError("{% if and %}{% end %}", 1, 7, "'and' needs a value before it; add a name, text in quotes or a number")
        assertError("{{ page. }}", 1, 8, "a field name is missing after '.'; write it like page.title")
        assertError(
            "{{ a + b }}", 1, 6,
            "unexpected character '+' in the tag; use names like page.title, text in quotes, numbers, ==, !=, and, or, not and brackets"
        )
        assertError("{% if %}{% end %}", 1, 7, "a value is missing after 'if'; add a name, text in quotes or a number")
        assertError(
            "{% for in y %}{% end %}", 1, 8, "a name for each item is missing after 'for'; write it as {% for item in list %}")
        assertError("{% for x y %}{% end %}", 1, 10, "'in' is missing after 'for x'; write it as {% for item in list %}")
        assertError(
            "{% for loop in y %}{% end %}", 1, 8, "'loop' is kept for loop details such as loop.index; choose another name")
        assertError("{{ x %}", 1, 1, "'{{' is never closed; add '}}' to end the tag")
        assertError("{{ 99999999999999999999999 }}", 1, 4, "the number 99999999999999999999… is too large; use a smaller number")
    }

    func testIncludeErrors() {
        assertError(
            "a\n {% include \"partials/tops.html\" %}", partials: ["partials/top.html": "x"], 2, 5,
            "the template 'partials/tops.html' does not exist; did you mean 'partials/top.html'?")
        assertError(
            "{% include \"nowhere/else.html\" %}", 1, 4,
            "the template 'nowhere/else.html' does not exist; create theme/nowhere/else.html or fix the name")
        assertError(
            "{% include partial %}", 1, 12,
            "the template to include is missing; write it in quotes, like {% include \"partials/top.html\" %}")
    }

    func testIncludeCycleIsAnErrorNotAHang() {
        let partials = ["a.html": "{% include \"b.html\" %}", "b.html": "x\n{% include \"a.html\" %}"]
        assertError(
            "{% include \"a.html\" %}", partials: partials, file: "theme/b.html", 2, 1,
            "templates include each other more than 32 deep (a.html → b.html → a.html); remove the include that leads back to 'a.html'"
        )
    }

    func testRenderingAMissingTemplate() throws {
        let set = try TemplateTestSupport.set(["page.html": "x"], prefix: "themes/default")
        XCTAssertThrowsError(try set.render("accessibility.html", [:])) { error in
            XCTAssertEqual(
                error as? TemplateError,
                TemplateError(
                    file: "themes/default/accessibility.html", line: 1, column: 1,
                    message: "the theme has no template 'accessibility.html'; create themes/default/accessibility.html"))
        }
    }

    func testColumnsCountCharactersNotBytes() {
        assertError("é—ü {{ zz }}", page, 1, 8, "unknown variable 'zz'; the names available here are nav, page, site")
    }
}

final class TemplateHostileInputTests: XCTestCase {
    func testDeepBlockNestingIsRefused() {
        let source = String(repeating: "{% if x %}", count: 100_000)
        let e = TemplateTestSupport.error(source)
        XCTAssertEqual(e?.line, 1)
        XCTAssertEqual(e?.column, 1004)
        XCTAssertEqual(e?.message, "blocks are nested more than 100 deep; close some with {% end %} or simplify the template")
    }

    func testDeepBracketsAndNotsAreRefused() {
        let brackets = TemplateTestSupport.error("{{ " + String(repeating: "(", count: 100_000) + "x }}")
        XCTAssertEqual(brackets?.message, "this expression is nested more than 50 deep; simplify it")
        let nots = TemplateTestSupport.error("{% if " + String(repeating: "not ", count: 100_000) + "x %}{% end %}")
        XCTAssertEqual(nots?.message, "this expression is nested more than 50 deep; simplify it")
    }

    func testLongChainsAndManyBlocksWork() throws {
        let chain = "{% if " + Array(repeating: "x", count: 50_000).joined(separator: " and ") + " %}yes{% end %}"
        XCTAssertEqual(try TemplateTestSupport.render(chain, ["x": .bool(true)]), "yes")
        let nested = String(repeating: "{% if x %}", count: 100) + "deep" + String(repeating: "{% end %}", count: 100)
        XCTAssertEqual(try TemplateTestSupport.render(nested, ["x": .bool(true)]), "deep")
        let siblings = String(repeating: "{% for i in xs %}{{ i }}{% end %}", count: 10_000)
        XCTAssertEqual(try TemplateTestSupport.render(siblings, ["xs": .list([.int(1)])]).count, 10_000)
    }

    func testGarbageNeverCrashes() {
        let pieces = [
            "{{", "}}", "{%", "%}", "{#", "#}", "-", "\"", "'", "if", "for", "end", "else", "elif",
            "include", " ", "\n", "x", ".", "==", "(", ")", "not", "and", "é", "9",
        ]
        var generator = TemplateSeededGenerator(seed: 20_240_515)
        for _ in 0..<2000 {
            var source = ""
            for _ in 0..<Int.random(in: 1...30, using: &generator) { source += pieces.randomElement(using: &generator) ?? "" }
            _ = TemplateTestSupport.error(source, ["x": .list([.int(1)])], partials: [:])
        }
    }

    func testManyCommentsBetweenTextStayFast() throws {
        let source = String(repeating: "ab{# c #}", count: 100_000)
        XCTAssertEqual(try TemplateTestSupport.render(source).count, 200_000)
    }
}

/// A small deterministic generator so the garbage test is the same on every run.
struct TemplateSeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 33)
    }
}
