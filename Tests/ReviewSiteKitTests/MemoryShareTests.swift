import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// The twenty-second session's memory changes (issue 16) answer exactly as the values they
/// replace: the pseudonym words a file may use as a few shared sets instead of one union,
/// front matter scalars copied into buffers of their own size, and a published page's front
/// matter shared with its loaded page instead of copied.
final class MemoryShareTests: XCTestCase {
    private let words = [
        "", "comfort", "kwame", "adult", "a", "zdeněk", "zdene\u{30c}k", "zoë", "zoe\u{308}", "日本", "🙂", "o'neill",
        "ama serwaa",
    ]

    func testWordSetsAnswerAsTheirUnion() {
        let sets: [Set<String>] = [["comfort", "kwame", "adult", "a"], ["zdeněk", "adult"], [], ["日本", "🙂"], [""]]
        let union = sets.reduce(into: Set<String>()) { $0.formUnion($1) }
        let split = WordSets(sets)
        XCTAssertEqual(split.union, union)
        // Canonically equivalent spellings (`zdene\u{30c}k`) are found as a Set finds them.
        for word in words { XCTAssertEqual(split.contains(word), union.contains(word), word) }
        XCTAssertFalse(WordSets().contains(""))
        XCTAssertEqual(WordSets().union, [])
        XCTAssertFalse(WordSets([[]]).contains("a"))
    }

    func testExactScalarIsTheBuiltText() {
        let texts = [
            "", "a", "DHR Agnieszka (2016): IMR: Brackwater Housing Association", String(repeating: "long text ", count: 60),
            "zoë and zoe\u{308}", "e\u{301}\u{301}", "日本語のテキスト", "🙂👍🏽", "line\nbreak", "fifteen bytes!!", "sixteen bytes!!!",
        ]
        for text in texts {
            // Built a scalar at a time, as the scanner builds a scalar's text.
            var view = String.UnicodeScalarView()
            for scalar in text.unicodeScalars { view.append(scalar) }
            let exact = YAMLSource.exact(view)
            XCTAssertEqual(exact, text)
            XCTAssertEqual(Array(exact.utf8), Array(text.utf8))
            XCTAssertEqual(exact.count, text.count)
        }
    }

    func testQuotedAndPlainScalarsReadAsBefore() throws {
        let yaml = """
            title: "Zoe\\u0308 and \\"Jo\\""
            summary: 'It''s a long
              summary, folded

              once'
            plain: a plain text
              over two lines
            empty: ""
            """
        let root = try YAMLSubsetParser.parse(yaml, firstLine: 1)
        guard case .mapping(let entries) = root.kind else { return XCTFail("not a mapping") }
        var values: [String: String] = [:]
        for e in entries { if case .scalar(let text, _) = e.value.kind { values[e.key] = text } }
        XCTAssertEqual(values["title"], "Zoe\u{308} and \"Jo\"")
        XCTAssertEqual(values["summary"], "It's a long summary, folded\nonce")
        XCTAssertEqual(values["plain"], "a plain text over two lines")
        XCTAssertEqual(values["empty"], "")
    }

    func testPublishedPageSharesItsLoadedFrontMatter() {
        var loaded = LoadedPage(relativePath: "reviews/dhr-jo-2022.md", displayPath: "content/reviews/dhr-jo-2022.md")
        loaded.meta.title = Located("DHR Jo (2022)", line: 2, column: 8)
        loaded.meta.kind = .dhr
        let page = PublishedPage(
            role: .content, kind: .dhr, path: SitePath("reviews/dhr-jo-2022"), relativePath: loaded.relativePath,
            sourcePath: loaded.displayPath, meta: loaded.$meta, outline: PageOutline(headings: [], links: [], textHash: 0))
        XCTAssertEqual(page.meta, loaded.meta)
        XCTAssertEqual(page.title, "DHR Jo (2022)")
        // A change to the loaded page after the page is made is its own (copied on write).
        loaded.meta.title = Located("changed", line: 2, column: 8)
        XCTAssertEqual(page.title, "DHR Jo (2022)")
    }
}
