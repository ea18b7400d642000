import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class FrontMatterSplitterTests: XCTestCase {
    private func splitError(_ text: String) -> YAMLError? {
        do {
            let split = try FrontMatterSplitter.split(text)
            XCTFail("expected an error, got \(split)")
            return nil
        } catch {
            return error
        }
    }

    func testNormalSplitKeepsLineNumbers() throws {
        let split = try FrontMatterSplitter.split("---\ntype: page\ntitle: About\n---\n# About\n\nText.\n")
        XCTAssertEqual(
            split,
            FrontMatterSplit(
                yaml: "type: page\ntitle: About", yamlFirstLine: 2,
                body: "# About\n\nText.\n", bodyFirstLine: 5))
        // Positions from the parser are file lines.
        let root = try YAMLSubsetParser.parse(split.yaml, firstLine: split.yamlFirstLine)
        guard case .mapping(let entries) = root.kind else { return XCTFail("not a mapping") }
        XCTAssertEqual(entries.map(\.keyLine), [2, 3])
    }

    func testFencesMayHaveTrailingSpacesAndCloseWithDots() throws {
        let split = try FrontMatterSplitter.split("---  \ntitle: A\n--- \nBody")
        XCTAssertEqual(split, FrontMatterSplit(yaml: "title: A", yamlFirstLine: 2, body: "Body", bodyFirstLine: 4))
        let dots = try FrontMatterSplitter.split("---\ntitle: A\n...\nBody")
        XCTAssertEqual(dots.body, "Body")
    }

    func testEmptyBodyAndEmptyFrontMatter() throws {
        XCTAssertEqual(
            try FrontMatterSplitter.split("---\ntitle: A\n---"),
            FrontMatterSplit(yaml: "title: A", yamlFirstLine: 2, body: "", bodyFirstLine: 4))
        XCTAssertEqual(
            try FrontMatterSplitter.split("---\n---\n"),
            FrontMatterSplit(yaml: "", yamlFirstLine: 2, body: "", bodyFirstLine: 3))
    }

    func testNoFrontMatter() {
        let message =
            "this file has no front matter; start it with a line '---', then fields such as 'title:', "
            + "then another '---'"
        for text in ["", "# Title\n", "--- \u{0}", "----\ntitle: A\n---\n", " ---\n---\n"] {
            XCTAssertEqual(
                splitError(text), YAMLError(line: 1, column: 1, message: message, isUnsupportedFeature: false),
                "input \(text.debugDescription)")
        }
    }

    func testUnclosedFrontMatter() {
        let message = "front matter starting on line 1 is never closed; add a line '---' after the last field"
        for text in ["---", "---\n", "---\ntitle: A\n", "---\ntitle: A\n----\nbody\n -- -\n"] {
            XCTAssertEqual(
                splitError(text), YAMLError(line: 1, column: 1, message: message, isUnsupportedFeature: false),
                "input \(text.debugDescription)")
        }
    }
}
