import Foundation
import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// Replays every input the fuzzing campaigns kept (Fixtures/fuzz-corpus, grown by
/// scripts/fuzz/run.sh) through the same code the fuzz targets call, so a crash found
/// once stays fixed.
final class FuzzCorpusReplayTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz-corpus")

    private func replay(_ target: String, _ body: (String) -> Void) throws {
        let folder = Self.corpus.appendingPathComponent(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertGreaterThan(names.count, 10, "the \(target) corpus is missing")
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            body(String(decoding: data, as: UTF8.self))
        }
    }

    func testFrontMatterCorpus() throws { try replay("frontmatter", FuzzTargets.frontMatter) }
    func testTemplateCorpus() throws { try replay("template", FuzzTargets.template) }
    func testMarkdownCorpus() throws { try replay("markdown", FuzzTargets.markdown) }
}
