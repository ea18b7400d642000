import Foundation
import XCTest

/// Builds the repository's sample site with the binary, as the README's first command does,
/// and checks what a reader and a web team would notice.
final class SampleSiteTests: XCTestCase {
    static let date = "2026-11-27"
    let repo = BinaryRunner.repository

    private func buildSample(into output: URL, jobs: Int? = nil) throws -> BinaryRunner.Result {
        var args = ["build", "--content", "content", "--theme", "themes/default", "--output", output.path, "--date", Self.date]
        if let jobs { args += ["--jobs", String(jobs)] }
        return try BinaryRunner.run(args, in: repo)
    }

    func testSampleSiteBuildsCleanly() throws {
        let tmp = try TemporaryFolder()
        let result = try buildSample(into: tmp.url.appendingPathComponent("output"))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stderr, InvalidSitesTests.noRegisterNote,
            "the sample site must build without any warning (only the note that no register was given)")
        XCTAssertTrue(result.stdout.hasPrefix("Built "), result.stdout)
        XCTAssertTrue(result.stdout.contains("0 errors and 0 warnings"), result.stdout)
    }

    func testSampleSiteHasEveryPageDesignPromises() throws {
        let tmp = try TemporaryFolder()
        let output = tmp.url.appendingPathComponent("output")
        XCTAssertEqual(try buildSample(into: output).status, 0)
        let files = try snapshot(output)
        for required in [
            "index.html", "reviews/index.html", "briefings/index.html", "briefings/adult-r/index.html",
            "accessibility/index.html", "404.html", "sitemap.xml", "feed.xml",
            "assets/site.css", "assets/site.js", "contact/index.html", "about/sub-groups/index.html",
        ] {
            XCTAssertNotNil(files[required], "missing \(required)")
        }
        let reviews = files.keys.filter { $0.hasPrefix("reviews/") && $0 != "reviews/index.html" }
        XCTAssertGreaterThanOrEqual(reviews.count, 3, "at least three published reviews")
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"), path)
            XCTAssertEqual(html.components(separatedBy: "<h1").count - 1, 1, "\(path) must have exactly one h1")
            XCTAssertTrue(html.contains("Last updated: <time datetime=\""), "\(path) has no Last updated stamp")
            XCTAssertTrue(html.contains("Last reviewed: <time datetime=\""), "\(path) has no Last reviewed stamp")
            XCTAssertTrue(html.contains("Exit this page"), "\(path) has no exit link")
            XCTAssertTrue(html.contains("lang=\"en-GB\""), path)
        }
    }

    func testListingShowsReviewsNewestFirst() throws {
        let tmp = try TemporaryFolder()
        let output = tmp.url.appendingPathComponent("output")
        XCTAssertEqual(try buildSample(into: output).status, 0)
        let html = try String(contentsOf: output.appendingPathComponent("reviews/index.html"), encoding: .utf8)
        let dates = html.components(separatedBy: "Published <time datetime=\"").dropFirst().map { String($0.prefix(10)) }
        XCTAssertGreaterThanOrEqual(dates.count, 3)
        XCTAssertEqual(dates, dates.sorted(by: >), "reviews must be listed newest first")
    }

    /// A search engine re-reads a page when its sitemap date moves, so the date must be the one
    /// the page itself shows as "Last updated" (a listing's is its newest item's, or its
    /// introduction's if later).
    func testSitemapDateOfEveryPageIsItsLastUpdatedStamp() throws {
        let tmp = try TemporaryFolder()
        let output = tmp.url.appendingPathComponent("output")
        XCTAssertEqual(try buildSample(into: output).status, 0)
        let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        let base = "https://www.avonmere-csp.example/"
        var checked = 0
        for entry in sitemap.components(separatedBy: "<url><loc>").dropFirst() {
            let folder = String(entry.prefix { $0 != "<" }.dropFirst(base.count))
            guard let lastmod = entry.components(separatedBy: "<lastmod>").dropFirst().first?.prefix(10) else {
                XCTFail("\(folder) has no date in the sitemap")
                continue
            }
            let html = try String(contentsOf: output.appendingPathComponent(folder + "index.html"), encoding: .utf8)
            let stamp = html.components(separatedBy: "Last updated: <time datetime=\"").dropFirst().first?.prefix(10)
            XCTAssertEqual(stamp, lastmod, "\(folder): the sitemap's date is not the page's Last updated stamp")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 10)
    }

    /// The draft's and the embargoed review's unique text must be in no output file at all.
    func testUnpublishedTextIsInNoOutputFile() throws {
        let tmp = try TemporaryFolder()
        let output = tmp.url.appendingPathComponent("output")
        XCTAssertEqual(try buildSample(into: output).status, 0)
        let sources = try snapshot(repo.appendingPathComponent("content"))
        for marker in ["DRAFT-MARKER-7f3a", "EMBARGO-MARKER-2c9e"] {
            XCTAssertTrue(
                sources.values.contains { String(decoding: $0, as: UTF8.self).contains(marker) },
                "the sample content must hold \(marker), or this test proves nothing")
        }
        for (path, data) in try snapshot(output) {
            let text = String(decoding: data, as: UTF8.self)
            XCTAssertFalse(text.contains("DRAFT-MARKER-7f3a"), "draft text leaked into \(path)")
            XCTAssertFalse(text.contains("EMBARGO-MARKER-2c9e"), "embargoed text leaked into \(path)")
            XCTAssertFalse(text.contains("dhr-river-2025"), "draft address leaked into \(path)")
            XCTAssertFalse(text.contains("dhr-morgan-2026"), "embargoed address leaked into \(path)")
        }
    }

    /// Once the embargo date passes, the embargoed review appears.
    func testEmbargoLiftsOnItsDate() throws {
        let tmp = try TemporaryFolder()
        let output = tmp.url.appendingPathComponent("output")
        let result = try BinaryRunner.run(["build", "--output", output.path, "--date", "2099-01-01"], in: repo)
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = try snapshot(output)
        XCTAssertNotNil(files["reviews/dhr-morgan-2026/index.html"])
        XCTAssertNil(files["reviews/dhr-river-2025/index.html"], "a draft is never published")
    }

    func testTwoBuildsAreByteIdenticalWhateverTheNumberOfThreads() throws {
        let tmp = try TemporaryFolder()
        let first = tmp.url.appendingPathComponent("one"), second = tmp.url.appendingPathComponent("two")
        XCTAssertEqual(try buildSample(into: first, jobs: 1).status, 0)
        XCTAssertEqual(try buildSample(into: second, jobs: 8).status, 0)
        let a = try snapshot(first), b = try snapshot(second)
        XCTAssertEqual(Set(a.keys), Set(b.keys))
        for (path, data) in a { XCTAssertEqual(data, b[path], "\(path) differs between two builds") }
    }

    /// Locale and time zone must not change a single byte (dates are plain calendar values).
    func testOutputDoesNotDependOnLocaleOrTimeZone() throws {
        let tmp = try TemporaryFolder()
        let first = tmp.url.appendingPathComponent("one"), second = tmp.url.appendingPathComponent("two")
        XCTAssertEqual(try buildSample(into: first).status, 0)
        let args = ["build", "--output", second.path, "--date", Self.date]
        let r = try BinaryRunner.run(
            args, in: repo, environment: ["TZ": "Pacific/Kiritimati", "LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try snapshot(first), try snapshot(second))
    }

    /// Every relative link and asset in every page points at a file in the output folder, so
    /// the folder works from file:// and from any sub-path.
    func testEveryInternalLinkResolvesInsideTheOutputFolder() throws {
        let tmp = try TemporaryFolder()
        let output = tmp.url.appendingPathComponent("output")
        XCTAssertEqual(try buildSample(into: output).status, 0)
        let files = try snapshot(output)
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            for attr in ["href=\"", "src=\""] {
                for piece in html.components(separatedBy: attr).dropFirst() {
                    let raw = String(piece.prefix { $0 != "\"" })
                    if raw.hasPrefix("http") || raw.hasPrefix("mailto:") || raw.hasPrefix("tel:") || raw.hasPrefix("#") {
                        continue
                    }
                    XCTAssertFalse(raw.hasPrefix("/"), "\(path) has a root-relative link \(raw)")
                    let target = raw.split(separator: "#", maxSplits: 1).first.map(String.init) ?? raw
                    let resolved = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: "/site/"))
                        .deletingLastPathComponent().appendingPathComponent(target).standardizedFileURL.path
                    XCTAssertTrue(resolved.hasPrefix("/site/"), "\(path): \(raw) leaves the site")
                    XCTAssertNotNil(files[String(resolved.dropFirst("/site/".count))], "\(path): \(raw) is broken")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 50)
    }

    /// The output matches the reviewed golden copy in Tests/EndToEndTests/Golden.
    /// After an intended change, regenerate it with REVIEWSITE_UPDATE_GOLDEN=1 and review the diff.
    func testOutputMatchesGoldenCopy() throws {
        let tmp = try TemporaryFolder()
        let output = tmp.url.appendingPathComponent("output")
        XCTAssertEqual(try buildSample(into: output).status, 0)
        let golden = repo.appendingPathComponent("Tests/EndToEndTests/Golden/sample-site")
        let built = try snapshot(output).filter { !$0.key.hasPrefix("assets/") }
        if ProcessInfo.processInfo.environment["REVIEWSITE_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: golden)
            for (path, data) in built {
                let url = golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
        }
        let expected = try snapshot(golden)
        XCTAssertEqual(Set(built.keys), Set(expected.keys), "the set of output files changed")
        for (path, data) in built where expected[path] != data {
            XCTFail("\(path) differs from Tests/EndToEndTests/Golden/sample-site/\(path)")
        }
    }
}
