import Foundation
import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// Shared helpers for the template tests.
enum TemplateTestSupport {
    static func set(_ sources: [String: String], prefix: String = "theme") throws(TemplateError) -> TemplateSet {
        try TemplateSet(sources: sources, displayPrefix: prefix)
    }

    static func render(
        _ source: String, _ context: [String: TemplateValue] = [:],
        partials: [String: String] = [:]
    ) throws(TemplateError) -> String {
        var sources = partials
        sources["t.html"] = source
        return try set(sources).render("t.html", context)
    }

    /// The error loading or rendering produced, or nil when it succeeded.
    static func error(
        _ source: String, _ context: [String: TemplateValue] = [:],
        partials: [String: String] = [:]
    ) -> TemplateError? {
        do {
            _ = try render(source, context, partials: partials)
            return nil
        } catch {
            return error
        }
    }
}

final class TemplateOutputTests: XCTestCase {
    private func render(_ s: String, _ c: [String: TemplateValue] = [:]) throws -> String {
        try TemplateTestSupport.render(s, c)
    }

    func testTextIsEscapedAndHTMLIsNot() throws {
        let ctx: [String: TemplateValue] = [
            "s": .string(#"<a href="x">Tom & Jerry's</a>"#),
            "h": .html("<p>Safe &amp; sound</p>"),
        ]
        XCTAssertEqual(
            try render("{{ s }}|{{ h }}", ctx),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;|<p>Safe &amp; sound</p>")
    }

    func testNumbersBooleansAndLiterals() throws {
        let ctx: [String: TemplateValue] = ["n": .int(-42), "t": .bool(true), "f": .bool(false)]
        XCTAssertEqual(
            try render(#"{{ n }} {{ t }} {{ f }} {{ "a<b" }} {{ 'x' }} {{ 7 }}"#, ctx),
            "-42 true false a&lt;b x 7")
    }

    func testDottedPathsAndUnicodeTextPassThrough() throws {
        let ctx: [String: TemplateValue] = ["page": .object(["published": .object(["text": .string("15 May 2020 – café")])])]
        XCTAssertEqual(try render("<p>{{ page.published.text }}</p>", ctx), "<p>15 May 2020 – café</p>")
    }

    func testTextWithoutTagsIsUnchanged() throws {
        let source = "<p>Braces { alone } and %} and }} are text</p>\n"
        XCTAssertEqual(try render(source), source)
    }

    func testLiteralBracesAndTagsOverSeveralLines() throws {
        XCTAssertEqual(try render(#"{{ "{{" }} and {{ '%}' }}"#), "{{ and %}")
        XCTAssertEqual(try render("{% if\n  a\n  and b %}yes{% end %}", ["a": .int(1), "b": .int(2)]), "yes")
    }

    func testCommentsAreDropped() throws {
        XCTAssertEqual(try render("a{# a note {{ not a tag }} #}b"), "ab")
    }
}

final class TemplateBlockTests: XCTestCase {
    private func render(_ s: String, _ c: [String: TemplateValue] = [:], partials: [String: String] = [:]) throws -> String {
        try TemplateTestSupport.render(s, c, partials: partials)
    }

    func testIfElifElseChoosesTheFirstTrueBranch() throws {
        let source = #"{% if kind == "home" %}H{% elif kind == "dhr" %}D{% elif kind %}other{% else %}none{% end %}"#
        XCTAssertEqual(try render(source, ["kind": .string("home")]), "H")
        XCTAssertEqual(try render(source, ["kind": .string("dhr")]), "D")
        XCTAssertEqual(try render(source, ["kind": .string("page")]), "other")
        XCTAssertEqual(try render(source, ["kind": .string("")]), "none")
        XCTAssertEqual(try render(source, [:]), "none", "a missing name in a condition is false")
    }

    func testMissingFieldsInConditionsAreFalse() throws {
        let ctx: [String: TemplateValue] = ["page": .object(["title": .string("T")]), "s": .string("x")]
        XCTAssertEqual(try render("{% if page.summary %}S{% else %}no{% end %}", ctx), "no")
        XCTAssertEqual(try render("{% if nothing.at.all %}S{% else %}no{% end %}", ctx), "no")
        XCTAssertEqual(try render("{% if s.field %}S{% else %}no{% end %}", ctx), "no")
        XCTAssertEqual(try render("{% if not page.summary %}yes{% end %}", ctx), "yes")
    }

    func testTruthiness() throws {
        let table: [(TemplateValue, Bool)] = [
            (.null, false), (.bool(false), false), (.bool(true), true),
            (.string(""), false), (.string("0"), true), (.string(" "), true),
            (.html(""), false), (.html("<br>"), true),
            (.int(0), false), (.int(1), true), (.int(-1), true),
            (.list([]), false), (.list([.null]), true),
            (.object([:]), false), (.object(["a": .null]), true),
        ]
        for (value, expected) in table {
            XCTAssertEqual(try render("{% if v %}T{% else %}F{% end %}", ["v": value]), expected ? "T" : "F", "\(value)")
        }
    }

    func testOperators() throws {
        let ctx: [String: TemplateValue] = [
            "a": .bool(true), "b": .bool(false), "n": .int(3),
            "s": .string("x"), "h": .html("x"),
        ]
        let cases: [(String, String)] = [
            ("a and b", "F"), ("a or b", "T"), ("not b", "T"), ("not a or b", "F"),
            ("not (a and b)", "T"), ("(a or b) and not b", "T"), ("a and b or a", "T"),
            ("n == 3", "T"), ("n != 3", "F"), ("n == \"3\"", "F"), ("s == 'x'", "T"),
            ("s == h", "T"), ("s != \"y\"", "T"), ("missing == \"x\"", "F"), ("missing != \"x\"", "T"),
            ("true", "T"), ("false", "F"), ("b == false", "T"),
        ]
        for (condition, expected) in cases {
            XCTAssertEqual(try render("{% if \(condition) %}T{% else %}F{% end %}", ctx), expected, condition)
        }
        XCTAssertEqual(try render("{{ n == 3 }}", ctx), "true")
    }

    func testForLoopWithLoopVariables() throws {
        let ctx: [String: TemplateValue] = ["xs": .list([.string("a"), .string("b"), .string("c")])]
        let source =
            "{% for x in xs %}{{ loop.index }}/{{ loop.length }}:{{ x }}"
            + "{% if loop.first %}F{% end %}{% if loop.last %}L{% end %} {% end %}"
        XCTAssertEqual(try render(source, ctx), "1/3:aF 2/3:b 3/3:cL ")
    }

    func testForElseRendersForEmptyOrMissingLists() throws {
        let source = "{% for x in xs %}{{ x }}{% else %}(empty){% end %}"
        XCTAssertEqual(try render(source, ["xs": .list([])]), "(empty)")
        XCTAssertEqual(try render(source, ["xs": .null]), "(empty)")
        XCTAssertEqual(try render(source, ["xs": .list([.int(1)])]), "1")
    }

    func testLoopVariableShadowsAndNestedLoopsHaveTheirOwnLoop() throws {
        let ctx: [String: TemplateValue] = [
            "item": .string("outer"),
            "groups": .list([
                .object(["name": .string("A"), "items": .list([.string("a1"), .string("a2")])]),
                .object(["name": .string("B"), "items": .list([])]),
            ]),
        ]
        let source =
            "{% for g in groups %}[{{ g.name }}{{ loop.index }}:"
            + "{% for item in g.items %}{{ item }}@{{ loop.index }}{% else %}none{% end %}"
            + "{{ loop.index }}]{% end %}{{ item }}"
        XCTAssertEqual(try render(source, ctx), "[A1:a1@1a2@21][B2:none2]outer")
    }

    func testIncludeSeesTheCurrentScopeIncludingLoopVariables() throws {
        let partials = ["partials/li.html": "<li>{{ item.title }} of {{ site }} #{{ loop.index }}</li>"]
        let ctx: [String: TemplateValue] = [
            "site": .string("CSP"),
            "items": .list([
                .object(["title": .string("One")]),
                .object(["title": .string("Two")]),
            ]),
        ]
        let source = #"{% for item in items %}{% include "partials/li.html" %}{% end %}"#
        XCTAssertEqual(try render(source, ctx, partials: partials), "<li>One of CSP #1</li><li>Two of CSP #2</li>")
    }

    func testRecursiveIncludeThatEndsIsAllowed() throws {
        // A tree walk: the loop rebinds `node`, so the recursion stops at the leaves.
        let partials = ["tree.html": #"({{ node.name }}{% for node in node.children %}{% include "tree.html" %}{% end %})"#]
        let leaf: TemplateValue = .object(["name": .string("leaf"), "children": .list([])])
        let ctx: [String: TemplateValue] = ["node": .object(["name": .string("root"), "children": .list([leaf, leaf])])]
        XCTAssertEqual(try render(#"{% include "tree.html" %}"#, ctx, partials: partials), "(root(leaf)(leaf))")
    }
}

final class TemplateWhitespaceTests: XCTestCase {
    private func render(_ s: String, _ c: [String: TemplateValue] = [:]) throws -> String {
        try TemplateTestSupport.render(s, c)
    }

    func testDashTrimsWhitespaceAndNewlinesOnItsSide() throws {
        let ctx: [String: TemplateValue] = ["x": .string("X")]
        XCTAssertEqual(try render("a  \n {{- x }} \n b", ctx), "aX \n b")
        XCTAssertEqual(try render("a  \n {{ x -}} \n b", ctx), "a  \n Xb")
        XCTAssertEqual(try render("a \n{{- x -}}\n b", ctx), "aXb")
        XCTAssertEqual(try render("a \n {%- if x -%} \n b \n {%- end -%} \n c", ctx), "abc")
        XCTAssertEqual(try render("a \n {#- note -#} \n b", ctx), "ab")
        XCTAssertEqual(try render("a \n {# note #} \n b", ctx), "a \n  \n b")
    }

    func testThemeStyleListHasNoBlankLines() throws {
        let source = "<ul>\n  {%- for item in nav %}\n    <li>{{ item }}</li>\n  {%- end %}\n  </ul>\n"
        let ctx: [String: TemplateValue] = ["nav": .list([.string("Home"), .string("Reviews")])]
        XCTAssertEqual(try render(source, ctx), "<ul>\n    <li>Home</li>\n    <li>Reviews</li>\n  </ul>\n")
        XCTAssertEqual(try render(source, ["nav": .list([])]), "<ul>\n  </ul>\n")
    }

    func testThemeStyleStampsJoinOnOneLine() throws {
        let source = "<p>\n    {%- if u %}U{% end %}\n    {%- if u and r %} | {% end %}\n    {%- if r %}R{% end %}\n  </p>"
        XCTAssertEqual(try render(source, ["u": .bool(true), "r": .bool(true)]), "<p>U | R\n  </p>")
        XCTAssertEqual(try render(source, ["r": .bool(true)]), "<p>R\n  </p>")
    }
}
