import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit

/// The leak check of a large built file in parts (`SiteScan.scanFileInParts`, `TextParts`)
/// must report exactly what the scan of the whole file reports.
final class SiteScanPartsTests: XCTestCase {
    /// Byte offset where line `n` (1-based) of `text` starts.
    private func lineStart(_ text: String, _ n: Int) -> Int {
        var line = 1, offset = 0
        for byte in text.utf8 {
            if line == n { return offset }
            offset += 1
            if byte == UInt8(ascii: "\n") { line += 1 }
        }
        return offset
    }

    func testCutsOnlyBeforeBlockTagsReadAsMarkup() {
        let html = """
            <ul>
              <li>a</li>
            <!--
              <li>in a comment</li>
            -->
            <script>
              <li>in a script</li>
            </script>
            <p title="x
              <li>in an attribute">y</p>
              <em>inline</em>
            </ul>

            """
        XCTAssertEqual(TextParts.cuts(html, partSize: 1), [2, 6, 9, 12].map { lineStart(html, $0) })
        // At least `partSize` bytes apart.
        XCTAssertEqual(TextParts.cuts(html, partSize: 20), [6, 9, 12].map { lineStart(html, $0) })
        XCTAssertEqual(TextParts.cuts(html, partSize: 1000), [])
    }

    /// Nothing breaks JSON's text between entries (a date in one and `born` in the next are read
    /// together): it is not cut where markup is (`overlappingLineParts` cuts it).
    func testJSONIsNotCut() {
        let json = "{\n  \"pages\": [\n    {\n      \"url\": \"a/\"\n    },\n    {\n      \"url\": \"b/\"\n    }\n  ]\n}\n"
        XCTAssertEqual(TextParts.cuts(json, partSize: 1), [])
    }

    /// JSON's parts overlap: each but the first starts at a line start `overlap` bytes or
    /// more before its cut; put together without the overlaps they are the text.
    func testJSONPartsOverlapAtLineStarts() {
        let json = "{\n  \"pages\": [\n    {\n      \"url\": \"a/\"\n    },\n    {\n      \"url\": \"b/\"\n    }\n  ]\n}\n"
        let parts = TextParts.overlappingLineParts(json, partSize: 20, overlap: 10)
        XCTAssertGreaterThan(parts.count, 1)
        let bytes = Array(json.utf8)
        for (previous, part) in zip(parts, parts.dropFirst()) {
            XCTAssertTrue(part.lowerBound == 0 || bytes[part.lowerBound - 1] == UInt8(ascii: "\n"))
            XCTAssertLessThanOrEqual(part.lowerBound, previous.upperBound - 10)
        }
        XCTAssertEqual(parts.last?.upperBound, bytes.count)
        XCTAssertEqual(TextParts.overlappingLineParts(json, partSize: 1000, overlap: 10), [])
    }

    /// Random JSON listings (one value a line, as the built site writes them), cut at every
    /// line: the same diagnostics as the whole file, clean or not, with a keyword in one entry
    /// and a date in the next read together as the whole file reads them.
    func testJSONPartsFindWhatTheWholeFileFinds() {
        let context = AnonymisationContext(
            pseudonyms: ["Adult R"], publicNames: [], register: NamesRegister(text: "Jane Doe\nHargreaves\n"))
        let phrases = [
            "the review", "was published", "in 2023", "by the partnership", "updated", "2024-03-05",
            "5 March 2024", "Adult R", "born on", "died on", "date of birth", "3 March 1990", "12/04/1988",
            "Jane", "Doe", "Mr", "Smith", "Hargreaves", "EX4 4QJ", "07700 900123", "Sarah said", ",", ".",
        ]
        var random = TemplateSeededGenerator(seed: 29)
        var clean = 0, found = 0
        for _ in 0..<300 {
            let entries = (0..<Int.random(in: 2...12, using: &random)).map { _ in
                (0..<Int.random(in: 1...4, using: &random)).map { _ in
                    Int.random(in: 0..<4, using: &random) == 0
                        ? phrases.randomElement(using: &random)! : phrases[Int.random(in: 0..<5, using: &random)]
                }.joined(separator: " ")
            }
            let text =
                "{\n  \"pages\": [\n"
                + entries.map { "    {\n      \"title\": \"\($0)\",\n      \"url\": \"x/\"\n    }" }.joined(separator: ",\n")
                + "\n  ]\n}\n"
            let whole = SiteScan.scanFile(
                text, display: "output/x.json", markup: true, rules: AnonymisationRules.all, context: context, waivers: [])
            // Parts of one line, with room for the fifteen words a rule reads before a date.
            let parts = SiteScan.scanFileInParts(
                text, display: "output/x.json", markup: true, rules: AnonymisationRules.all, context: context,
                waivers: [], partSize: 1, overlap: 400)
            XCTAssertEqual(parts, whole, text)
            if whole.isEmpty { clean += 1 } else { found += 1 }
        }
        XCTAssertGreaterThan(clean, 50)
        XCTAssertGreaterThan(found, 50)
    }

    /// A non-ASCII letter after `<` may start a tag (`HTMLText` asks Unicode): no cut after it.
    func testStopsCuttingWhereBytesMayReadOtherwise() {
        let html = "<p>a</p>\n<p>b</p>\n<é>\n<p>c</p>\n"
        XCTAssertEqual(TextParts.cuts(html, partSize: 1), [lineStart(html, 2)])
    }

    func testPartsPutBackTogetherAreTheText() {
        let html = "<ul>\n  <li>Anaïs</li>\n  <li>b</li>\n</ul>\n"
        var parts: [String] = []
        TextParts.forEachPart(html, at: TextParts.cuts(html, partSize: 1)) {
            parts.append($0)
            return true
        }
        XCTAssertEqual(parts.count, 4)
        XCTAssertEqual(parts.joined(), html)
    }

    /// Random listings, cut at every possible place: the same diagnostics as
    /// the whole file, both when the whole file is clean (the parts' answer stands) and when
    /// it is not (the whole file is scanned). Lines hold phrases that need their neighbours
    /// ("born on" then a date on the next line, a name split over two lines).
    func testPartsFindWhatTheWholeFileFinds() {
        let context = AnonymisationContext(
            pseudonyms: ["Adult R"], publicNames: [], register: NamesRegister(text: "Jane Doe\nHargreaves\n"))
        let phrases = [
            "the review", "was published", "in 2023", "by the partnership", "updated", "2024-03-05",
            "5 March 2024", "reviews/dhr-adult-r-2022/", "Adult R", "born on", "died on", "date of birth",
            "3 March 1990", "12/04/1988", "Jane", "Doe", "Mr", "Smith", "Hargreaves", "lived at",
            "the Pinfold Gardens estate", "Gorse Hill Road", "EX4 4QJ", "07700 900123", "jane@example.org",
            "farmed at Blaeberry Gill", "Blaeberry Gill", "Year 9 at", "Kestlewood Academy", "Sarah said", ",", ".",
        ]
        var random = TemplateSeededGenerator(seed: 16)
        var clean = 0, found = 0
        for round in 0..<400 {
            let lines = Int.random(in: 2...12, using: &random)
            var entries: [String] = []
            for _ in 0..<lines {
                // Mostly plain words, so that many whole files are clean.
                let words = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                    Int.random(in: 0..<4, using: &random) == 0
                        ? phrases.randomElement(using: &random)! : phrases[Int.random(in: 0..<6, using: &random)]
                }
                entries.append(words.joined(separator: " "))
            }
            let tag = ["li", "p", "entry", "url"][round % 4]
            let text =
                "<ul>\n" + entries.map { "  <\(tag)><a href=\"x/\">\($0)</a></\(tag)>" }.joined(separator: "\n") + "\n</ul>\n"
            func scan(_ partSize: Int?) -> [Diagnostic] {
                guard let partSize else {
                    return SiteScan.scanFile(
                        text, display: "output/x.html", markup: true, rules: AnonymisationRules.all, context: context,
                        waivers: [])
                }
                return SiteScan.scanFileInParts(
                    text, display: "output/x.html", markup: true, rules: AnonymisationRules.all, context: context,
                    waivers: [], partSize: partSize)
            }
            let whole = scan(nil)
            XCTAssertFalse(TextParts.cuts(text, partSize: 1).isEmpty, text)
            XCTAssertEqual(scan(1), whole, text)
            if whole.isEmpty { clean += 1 } else { found += 1 }
        }
        // Both ways were taken many times.
        XCTAssertGreaterThan(clean, 50)
        XCTAssertGreaterThan(found, 50)
    }
}
