import Synchronization
import XCTest

@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// The two changes that keep a 10,000-review build under 400 MB (issue 16): outlines packed
/// into one buffer read back exactly as given, and the site-wide files written one at a
/// time with the same result as a plain map.
final class MemoryBoundTests: XCTestCase {
    private func headings(_ r: inout SystemRandomNumberGenerator, _ n: Int) -> [MarkdownHeading] {
        let words = ["", "Chronology", "2019", "Événements", "Ångström’s report", "a-b", "日本", "🙂 emoji", "x"]
        return (0..<n).map { k in
            MarkdownHeading(
                level: Int.random(in: 1...6, using: &r), text: words.randomElement(using: &r)! + String(k),
                id: k % 5 == 0 ? "" : words.randomElement(using: &r)!.lowercased() + "-\(k)",
                line: Int.random(in: 1...1_000_000, using: &r), column: Int.random(in: 1...400, using: &r))
        }
    }

    private func links(_ r: inout SystemRandomNumberGenerator, _ n: Int) -> [MarkdownLink] {
        let targets = ["", "#top", "/reviews/case-00042/#3-chronology", "../other.md", "https://example.org/ä?q=%20", "é"]
        return (0..<n).map { k in
            MarkdownLink(
                destination: targets.randomElement(using: &r)! + (k % 3 == 0 ? "" : String(k)), text: "",
                line: Int.random(in: 1...1_000_000, using: &r), column: Int.random(in: 1...400, using: &r))
        }
    }

    func testAPackedOutlineReadsBackWhatWasPacked() {
        var r = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let h = headings(&r, Int.random(in: 0...60, using: &r))
            let l = links(&r, Int.random(in: 0...90, using: &r))
            let images = [ImageSource(destination: "chart.png", line: 3, column: 4)]
            let outline = PageOutline(headings: h, links: l, images: images, textHash: 42)
            XCTAssertEqual(outline.headings, h)
            XCTAssertEqual(outline.links, l)
            XCTAssertEqual(outline.images.map(\.destination), ["chart.png"])
            XCTAssertEqual(outline.textHash, 42)
        }
    }

    func testOneAtATimeGivesTheMapsResultAndNeverOverlaps() {
        for jobs in [1, 2, 3, 8] {
            for count in [0, 1, 2, 7, 200] {
                let items = Array(0..<count)
                let large: @Sendable (Int) -> Bool = { $0 % 7 == 3 || $0 == count - 1 }
                let running = Atomic<Int>(0)
                let worst = Atomic<Int>(0)
                let out = parallelMap(items, jobs: jobs, oneAtATime: large) { i -> String in
                    if large(i) {
                        let now = running.wrappingAdd(1, ordering: .sequentiallyConsistent).newValue
                        _ = worst.max(now, ordering: .sequentiallyConsistent)
                        usleep(200)
                        running.wrappingSubtract(1, ordering: .sequentiallyConsistent)
                    }
                    return "item \(i)"
                }
                XCTAssertEqual(out, items.map { "item \($0)" }, "jobs \(jobs), count \(count)")
                XCTAssertLessThanOrEqual(worst.load(ordering: .sequentiallyConsistent), 1, "jobs \(jobs), count \(count)")
            }
        }
    }
}
