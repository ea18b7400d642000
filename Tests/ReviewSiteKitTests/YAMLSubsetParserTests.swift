import Foundation
import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class YAMLSubsetParserTests: XCTestCase {
    // MARK: helpers

    private func parse(_ text: String, firstLine: Int = 2) throws -> YAMLNode {
        try YAMLSubsetParser.parse(text, firstLine: firstLine)
    }

    private func parseError(
        _ text: String, firstLine: Int = 1, file: StaticString = #filePath,
        line: UInt = #line
    ) -> YAMLError? {
        do {
            let node = try YAMLSubsetParser.parse(text, firstLine: firstLine)
            XCTFail("expected an error, got \(String(describing: node).prefix(200))", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    private func entries(_ node: YAMLNode, file: StaticString = #filePath, line: UInt = #line) -> [YAMLEntry] {
        guard case .mapping(let e) = node.kind else {
            XCTFail("not a mapping: \(node)", file: file, line: line)
            return []
        }
        return e
    }

    private func items(_ node: YAMLNode, file: StaticString = #filePath, line: UInt = #line) -> [YAMLNode] {
        guard case .sequence(let i) = node.kind else {
            XCTFail("not a sequence: \(node)", file: file, line: line)
            return []
        }
        return i
    }

    private func scalar(_ node: YAMLNode?) -> String? {
        guard let node, case .scalar(let s, _) = node.kind else { return nil }
        return s
    }

    private func value(_ node: YAMLNode, _ key: String) -> YAMLNode? {
        entries(node).first { $0.key == key }?.value
    }

    // MARK: front matter shapes

    func testTypicalFrontMatterWithPositions() throws {
        let yaml = """
            type: dhr
            title: "Adult R: a review"
            status: published
            published: 2020-05-15
            summary: 'It''s about lessons
              learned.'
            """
        let root = try parse(yaml, firstLine: 2)
        XCTAssertEqual([root.line, root.column], [2, 1])
        let e = entries(root)
        XCTAssertEqual(e.map(\.key), ["type", "title", "status", "published", "summary"])
        XCTAssertEqual(e.map(\.keyLine), [2, 3, 4, 5, 6])
        XCTAssertEqual(e[1].value, YAMLNode(kind: .scalar("Adult R: a review", .doubleQuoted), line: 3, column: 8))
        XCTAssertEqual(e[2].value, YAMLNode(kind: .scalar("published", .plain), line: 4, column: 9))
        XCTAssertEqual(scalar(e[3].value), "2020-05-15")
        XCTAssertEqual(e[4].value, YAMLNode(kind: .scalar("It's about lessons learned.", .singleQuoted), line: 6, column: 10))
    }

    func testPseudonymsTopicsAndAllowLists() throws {
        let yaml = """
            pseudonyms:
              - name: Adult R
                role: the person who died
              - name: "Jo"
                role: sister
            topics:
            - coercive control
            - 'stalking'   # a comment
            allow:
              - rule: nhs-number
                text: "0808 2000 247"
                reason: national helpline, not an NHS number
            """
        let root = try parse(yaml, firstLine: 2)
        let pseudonyms = items(try XCTUnwrap(value(root, "pseudonyms")))
        XCTAssertEqual(pseudonyms.count, 2)
        XCTAssertEqual(pseudonyms.map { scalar(value($0, "name")) }, ["Adult R", "Jo"])
        XCTAssertEqual(scalar(value(pseudonyms[0], "role")), "the person who died")
        XCTAssertEqual([pseudonyms[1].line, pseudonyms[1].column], [5, 5])
        let second = entries(pseudonyms[1])
        XCTAssertEqual([second[1].keyLine, second[1].keyColumn], [6, 5])
        XCTAssertEqual([second[0].value.line, second[0].value.column], [5, 11])

        let topics = items(try XCTUnwrap(value(root, "topics")))
        XCTAssertEqual(
            topics,
            [
                YAMLNode(kind: .scalar("coercive control", .plain), line: 8, column: 3),
                YAMLNode(kind: .scalar("stalking", .singleQuoted), line: 9, column: 3),
            ])

        let allow = items(try XCTUnwrap(value(root, "allow")))
        XCTAssertEqual(allow.count, 1)
        XCTAssertEqual(entries(allow[0]).map(\.key), ["rule", "text", "reason"])
        XCTAssertEqual(scalar(value(allow[0], "text")), "0808 2000 247")
        XCTAssertEqual(scalar(value(allow[0], "reason")), "national helpline, not an NHS number")
    }

    func testEmptyValuesAndEmptyCollections() throws {
        let root = try parse("updated:\ntopics: []\nextra: {}\nlast:   # nothing\n", firstLine: 2)
        let e = entries(root)
        XCTAssertEqual(e[0].value, YAMLNode(kind: .scalar("", .plain), line: 2, column: 9))
        XCTAssertEqual(e[1].value, YAMLNode(kind: .sequence([]), line: 3, column: 9))
        XCTAssertEqual(e[2].value, YAMLNode(kind: .mapping([]), line: 4, column: 8))
        XCTAssertEqual(e[3].value, YAMLNode(kind: .scalar("", .plain), line: 5, column: 6))
    }

    func testEmptyAndCommentOnlyTextIsAnEmptyMapping() throws {
        XCTAssertEqual(try parse("", firstLine: 2), YAMLNode(kind: .mapping([]), line: 2, column: 1))
        XCTAssertEqual(try parse("# just a note\n\n   \n", firstLine: 5), YAMLNode(kind: .mapping([]), line: 5, column: 1))
    }

    func testScalarsStayStrings() throws {
        let root = try parse("a: 12\nb: true\nc: ~\nd: '12'\n")
        XCTAssertEqual(
            entries(root).map(\.value.kind),
            [
                .scalar("12", .plain), .scalar("true", .plain),
                .scalar("~", .plain), .scalar("12", .singleQuoted),
            ])
    }

    func testFoldingAndEscapes() throws {
        let root = try parse(
            """
            plain: first
              second

              third
            dq: "tab\\there \\x41\\u263A\\U0001F600 \\
              joined"
            keyed "quote": 'it''s # not a comment'
            """)
        XCTAssertEqual(scalar(value(root, "plain")), "first second\nthird")
        XCTAssertEqual(scalar(value(root, "dq")), "tab\there A☺😀 joined")
        XCTAssertEqual(scalar(value(root, "keyed \"quote\"")), "it's # not a comment")
    }

    func testQuotedKeysAndTabsAsSeparation() throws {
        let root = try parse("\"a key\": 1\n'b': 2\nc:\t3\t# tab before comment\n")
        XCTAssertEqual(entries(root).map(\.key), ["a key", "b", "c"])
        XCTAssertEqual(entries(root).map(\.keyColumn), [1, 1, 1])
        XCTAssertEqual(scalar(value(root, "c")), "3")
    }

    func testSequenceAtKeyIndentAndNestedSequences() throws {
        let root = try parse("list:\n- a\n- - b\n  - c\nnext: x\n", firstLine: 1)
        let list = items(try XCTUnwrap(value(root, "list")))
        XCTAssertEqual(scalar(list[0]), "a")
        XCTAssertEqual(items(list[1]).map { scalar($0) }, ["b", "c"])
        XCTAssertEqual([list[1].line, list[1].column], [3, 3])
        XCTAssertEqual(scalar(value(root, "next")), "x")
    }

    func testUnicodeColumnsCountScalars() throws {
        let root = try parse("tïtle: café ☺\nnext: \"😀\"\n", firstLine: 1)
        let e = entries(root)
        XCTAssertEqual(e[0].value.column, 8)
        XCTAssertEqual(e[1].value.column, 7)
        let error = parseError("tïtle: ok\n😀é: \"open\n", firstLine: 1)
        XCTAssertEqual(error.map { [$0.line, $0.column] }, [2, 5])
    }

    // MARK: errors

    private func assertError(
        _ text: String, firstLine: Int = 1, _ line: Int, _ column: Int, _ message: String,
        unsupported: Bool = false, file: StaticString = #filePath, at: UInt = #line
    ) {
        guard let error = parseError(text, firstLine: firstLine, file: file, line: at) else { return }
        XCTAssertEqual(
            error, YAMLError(line: line, column: column, message: message, isUnsupportedFeature: unsupported),
            file: file, line: at)
    }

    func testTabIndentation() {
        assertError("a: 1\n\tb: 2\n", firstLine: 2, 3, 1, "tab character in indentation; indent with spaces instead")
        assertError("a:\n  - x\n \t- y\n", 3, 2, "tab character in indentation; indent with spaces instead")
        assertError("-\t- y\n", 1, 2, "tab character in indentation; indent with spaces instead")
        assertError("- a\n- \tb: c\n", 2, 3, "tab character in indentation; indent with spaces instead")
    }

    func testDuplicateKey() {
        assertError(
            "type: dhr\n\ntitle: A\ntitle: B\n", firstLine: 2, 5, 1,
            "duplicate key 'title' (first on line 4); remove one of them")
    }

    func testBadIndentation() {
        assertError(
            "a: 1\n  b: 2\n", 2, 3,
            "this line continues the text above it but contains ': '; if it is a new field, "
                + "line it up with the field above it, otherwise put the whole text in quotes")
        assertError(
            "a:\n  b: 1\n   c: 2\n", 3, 4,
            "this line continues the text above it but contains ': '; if it is a new "
                + "field, line it up with the field above it, otherwise put the whole text in quotes")
        assertError(
            "a:\n    b: 1\n  c: 2\n", 3, 3,
            "bad indentation: this line is indented by 2 spaces, but the field or "
                + "list item it belongs to is indented by 0 spaces; line it up with the lines above, or put a text value in quotes"
        )
        assertError(
            "- a\n - b: c\n", 2, 2,
            "this line continues the text above it but contains ': '; if it is a new field, "
                + "line it up with the field above it, otherwise put the whole text in quotes")
        assertError(
            "  a: 1\nb: 2\n", 2, 1,
            "this line does not fit the structure above it; "
                + "check its indentation (fields of the same level must line up)")
    }

    func testUnclosedQuote() {
        assertError(
            "a: 1\nb: \"never closed\nc: 3\n", firstLine: 2, 3, 4,
            "unclosed quote: the text starting with \" here is not closed before line 4; add a closing \" at "
                + "the end of the text (if the text really goes on, indent its next lines more than the field name)")
        assertError(
            "a: 1\nb: \"never\n\n  closed\n", firstLine: 2, 3, 4,
            "unclosed quote: the text starting with \" here never ends; add a closing \" at the end of the text")
        assertError(
            "b: 'x''", 1, 4,
            "unclosed quote: the text starting with ' here never ends; add a closing ' at the end of the text")
    }

    func testInvalidEscape() {
        assertError(
            "a: \"C:\\path\"\n", 1, 7,
            "invalid escape '\\p' in double-quoted text; write '\\\\' for a backslash, "
                + "or use single quotes, where a backslash has no special meaning")
        assertError(
            "a: \"\\u12\"\n", 1, 5,
            "escape '\\u' needs exactly 4 hexadecimal digits (0-9, A-F); correct the "
                + "code or write the character itself")
        assertError(
            "a: \"\\UFFFFFFFF\"\n", 1, 5,
            "escape gives U+FFFFFFFF, which is not a valid character; correct the "
                + "code or write the character itself")
    }

    func testMissingSpaceAfterColon() {
        assertError(
            "title: A\nstatus:draft\n", firstLine: 2, 3, 7,
            "missing space after the colon in 'status:'; write a space after the colon, as in 'title: My page'")
        assertError(
            "status:draft\ntitle: A\n", firstLine: 2, 2, 7,
            "missing space after the colon in 'status:'; write a space after the colon, as in 'title: My page'")
    }

    func testMappingValueInsideValue() {
        assertError(
            "title: Review: Adult R\n", 1, 14,
            "a second ': ' on the same line as a field; put the value in "
                + "quotes if it contains ': ', or move the inner field to its own line")
        assertError(
            "topics: - a\n", 1, 9,
            "a list cannot start on the same line as its field; put each '- item' on "
                + "its own line below the field, indented")
    }

    func testOtherInvalidText() {
        assertError("a: \"x\" y\n", 1, 8, "unexpected text after the closing quote; remove it, or put the whole value in quotes")
        assertError(
            "a: 1\njust words\n", 2, 1,
            "expected a field here, written as 'name: value'; add the colon after the "
                + "field name, or indent this text under the value it belongs to")
        assertError("a: @home\n", 1, 4, "a value cannot start with '@'; put the value in quotes")
        assertError(
            "a: 1\n- b\n", 2, 1,
            "a list item where a field was expected; put the list under its field "
                + "('name:' on the line above), or remove the '- '")
        assertError(
            "a: b\u{7}\n", 1, 5,
            "invisible control character U+0007 is not allowed; delete it "
                + "(retype the text around it if you cannot see it)")
    }

    func testUnsupportedFeatures() {
        let cases: [(String, Int, Int, String)] = [
            ("a: &x 1\n", 1, 4, "anchors (&name) are not allowed; write the value out in full"),
            ("a: 1\nb: *x\n", 2, 4, "aliases (*name) are not allowed; write the value out in full"),
            ("a: !!str 1\n", 1, 4, "tags (!name or !!type) are not allowed; remove the tag and keep the value"),
            ("%YAML 1.2\n---\na: 1\n", 1, 1, "directives such as '%YAML' are not allowed; remove this line"),
            (
                "a: 1\n---\nb: 2\n", 2, 1,
                "a '---' or '...' line inside the fields (several YAML documents) is not "
                    + "allowed; remove this line"
            ),
            (
                "a: 1\n...\n", 2, 1,
                "a '---' or '...' line inside the fields (several YAML documents) is not "
                    + "allowed; remove this line"
            ),
            (
                "topics: [a, b]\n", 1, 9,
                "flow collections with content ('[a, b]' or '{a: 1}') are not allowed; "
                    + "write one '- item' per line instead"
            ),
            (
                "a: {b: 1}\n", 1, 4,
                "flow collections with content ('[a, b]' or '{a: 1}') are not allowed; "
                    + "write one 'name: value' per line instead"
            ),
            ("a: |\n  text\n", 1, 4, "block scalars ('|' or '>') are not allowed; write the text on one line, or in quotes"),
            ("a: >-\n  text\n", 1, 4, "block scalars ('|' or '>') are not allowed; write the text on one line, or in quotes"),
            (
                "? a\n: b\n", 1, 1,
                "complex keys ('? ' or a line starting with ': ') are not allowed; "
                    + "write each field as 'name: value'"
            ),
            ("a: 1\n&x b: 2\n", 2, 1, "anchors (&name) are not allowed; write the value out in full"),
        ]
        for (text, line, column, what) in cases {
            assertError(text, firstLine: 1, line, column, YAMLError.unsupportedPrefix + what, unsupported: true)
        }
    }

    // MARK: hostile input

    func testDepthLimit() throws {
        var ok = ""
        for level in 0..<64 { ok += String(repeating: " ", count: level) + "k:\n" }
        XCTAssertNoThrow(try parse(ok))
        let tooDeep = ok + String(repeating: " ", count: 64) + "k: v\n"
        assertError(tooDeep, 65, 65, "nesting deeper than 64 levels; simplify the structure of these fields")
        assertError(
            String(repeating: "- ", count: 65) + "x", 1, 129,
            "nesting deeper than 64 levels; simplify the structure of these fields")
        XCTAssertNoThrow(try parse(String(repeating: "- ", count: 64) + "x"))
    }

    func testDeepNestingFinishesQuickly() {
        let started = Date()
        let dashes = String(repeating: "- ", count: 100_000) + "x"
        XCTAssertNotNil(parseError(dashes))
        var lines = ""
        for level in 0..<2_000 { lines += String(repeating: " ", count: level) + "- \n" }
        XCTAssertNotNil(parseError(lines))
        let brackets = "a: " + String(repeating: "[", count: 100_000)
        XCTAssertEqual(parseError(brackets)?.isUnsupportedFeature, true)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    }

    func testTenMegabyteLineFinishesQuickly() throws {
        let big = String(repeating: "abcdefghi ", count: 1_000_000)
        let started = Date()
        let root = try parse("title: " + big + "\n")
        XCTAssertEqual(scalar(value(root, "title"))?.count, big.count - 1)
        XCTAssertNotNil(parseError("title: \"" + big))
        XCTAssertNotNil(parseError(String(repeating: "a: ", count: 3_000_000)))
        XCTAssertNotNil(parseError("a: \"" + String(repeating: "\\", count: 10_000_000)))
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
    }
}
