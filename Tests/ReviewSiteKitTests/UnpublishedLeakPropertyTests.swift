import Foundation
import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// Property-style: many random sites mixing published, draft, withdrawn and embargoed pages
/// (embargoes on both sides of --date), each page with a unique marker. No marker of an
/// unpublished page may be in any output file; every published page's marker must be.
final class UnpublishedLeakPropertyTests: XCTestCase {
    static let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../themes/default").standardizedFileURL.path

    /// A small deterministic generator (SplitMix64), so a failure can be replayed by seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    func testNoUnpublishedMarkerReachesAnyOutputFile() throws {
        let buildDate = try XCTUnwrap(SiteDate(iso: "2026-06-15"))
        for seed in UInt64(1)...25 {
            var rng = SplitMix(state: seed)
            let root = FileManager.default.temporaryDirectory.appendingPathComponent(
                "reviewsite-leak-\(seed)-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: root) }
            let content = root.appendingPathComponent("content")
            try FileManager.default.createDirectory(
                at: content.appendingPathComponent("reviews"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(
                at: content.appendingPathComponent("briefings"), withIntermediateDirectories: true)
            try Data(
                "title: Leak test\nbase_url: https://example.org/\naccessibility:\n  prepared: 2020-01-01\n  known_issues: []\n  contact_email: web@example.org\n"
                    .utf8
            ).write(to: content.appendingPathComponent("site.yml"))

            var shouldAppear: [String] = [], mustNotAppear: [String] = []
            for i in 0..<Int.random(in: 3...12, using: &rng) {
                let kind = ["dhr", "briefing", "page"].randomElement(using: &rng)!
                let state = ["published", "draft", "withdrawn", "embargo-past", "embargo-future"].randomElement(using: &rng)!
                let marker = "MARKER-\(seed)-\(i)-\(String(UInt32.random(in: 0...UInt32.max, using: &rng), radix: 16))"
                let status = state.hasPrefix("embargo") ? "published" : state
                var fm = "type: \(kind)\ntitle: \"Page \(i) \(marker)\"\nsummary: \"Summary \(marker)\"\nstatus: \(status)\n"
                fm += "published: 2026-01-10\nreviewed: 2026-01-10\n"
                if kind == "dhr" { fm += "home_office_qa: 2025-12-01\n" }
                if kind != "page" { fm += "pseudonyms:\n  - name: Adult Q\n    role: \"the person \(marker)\"\n" }
                fm += "topics:\n  - \"topic \(marker)\"\n"
                if state == "embargo-past" { fm += "publish_from: 2026-06-15\n" }
                if state == "embargo-future" { fm += "publish_from: 2026-06-16\n" }
                let body = "## Section \(marker)\n\nBody text \(marker).\n"
                let folder = kind == "dhr" ? "reviews/" : kind == "briefing" ? "briefings/" : ""
                try Data("---\n\(fm)---\n\(body)".utf8).write(to: content.appendingPathComponent("\(folder)page-\(i).md"))
                if state == "published" || state == "embargo-past" {
                    shouldAppear.append(marker)
                } else {
                    mustNotAppear.append(marker)
                }
            }

            var options = PipelineOptions(date: buildDate)
            options.contentDirectory = content.path
            options.themeDirectory = Self.theme
            options.outputDirectory = root.appendingPathComponent("output").path
            options.jobs = Int.random(in: 1...4, using: &rng)
            let report = try SitePipeline.build(options)
            XCTAssertEqual(report.errorCount, 0, "seed \(seed): \(report.diagnostics)")

            var all = ""
            let output = root.appendingPathComponent("output")
            for case let url as URL in FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil)! {
                if let data = FileManager.default.contents(atPath: url.path) { all += String(decoding: data, as: UTF8.self) }
            }
            for marker in mustNotAppear { XCTAssertFalse(all.contains(marker), "seed \(seed): unpublished \(marker) leaked") }
            for marker in shouldAppear { XCTAssertTrue(all.contains(marker), "seed \(seed): published \(marker) missing") }
        }
    }
}
