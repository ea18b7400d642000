import Foundation
import XCTest

@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// The twenty-first session's memory changes (issue 16) answer exactly as the code they
/// replace: a heading id looked up in the packed outline as in a set of ids, the cache files
/// written a line at a time with the same bytes as the one string they were, and never left
/// half-written.
final class MemoryTrimTests: XCTestCase {
    private let ids = [
        "", "chronology", "2019", "événements", "e\u{301}ve\u{301}nements", "ångström", "a\u{30a}ngstro\u{308}m", "日本",
        "🙂", "x", "x-1", "X", "1-executive-summary",
    ]

    func testHasHeadingAnswersAsASetOfTheIds() {
        var r = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let headings = (0..<Int.random(in: 0...12, using: &r)).map { k in
                MarkdownHeading(
                    level: 2, text: "Heading \(k)", id: ids.randomElement(using: &r)!, line: k + 1, column: 1)
            }
            let links = [MarkdownLink(destination: "#top", text: "", line: 1, column: 1)]
            let outline = PageOutline(headings: headings, links: links, textHash: 1)
            let set = Set(headings.map(\.id))
            for id in ids + ["#top", "chronology-2", "e"] {
                XCTAssertEqual(outline.hasHeading(id: id), set.contains(id), "\(id) in \(headings.map(\.id))")
            }
        }
        // Canonically equivalent ids are equal for Swift's `==`, and so here.
        let outline = PageOutline(
            headings: [MarkdownHeading(level: 2, text: "É", id: "\u{e9}t\u{e9}", line: 1, column: 1)], links: [],
            textHash: 1)
        XCTAssertTrue(outline.hasHeading(id: "e\u{301}te\u{301}"))
        XCTAssertFalse(outline.hasHeading(id: "ete"))
    }

    func testFingerprintHashesTheJoinedLines() {
        var r = SystemRandomNumberGenerator()
        let parts = ["o reviews/a/index.html f 120 ab12", "", "é", "line\nwith break", "d", "🙂"]
        for n in 0..<200 {
            let lines = (0..<(n % 17)).map { _ in parts.randomElement(using: &r)! }
            XCTAssertEqual(
                BuildCache.fingerprint(lines),
                String(TextHash.of(lines.joined(separator: "\n")), radix: 16) + "-\(lines.count)")
        }
    }

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cachefile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testCacheFileWritesWhatOneStringWrote() throws {
        let dir = try folder()
        var r = SystemRandomNumberGenerator()
        for size in [0, 1, 100, (1 << 16) - 1, 1 << 16, (1 << 16) + 1, 300_000] {
            // Pieces of every size, across the buffer's edges, with non-ASCII text.
            var pieces: [String] = []
            var total = 0
            while total < size {
                let piece = String(
                    repeating: ["a", "é", "🙂", "\n", "\t"].randomElement(using: &r)!,
                    count: min(size - total, Int.random(in: 1...70_000, using: &r)))
                pieces.append(piece)
                total += piece.count
            }
            let file = dir.appendingPathComponent("nested/cache-\(size)")
            XCTAssertTrue(
                CacheFile.write(to: file) { out in
                    for (n, piece) in pieces.enumerated() {
                        if n % 2 == 0 { out.write(piece) } else { out.write(Data(piece.utf8)) }
                    }
                })
            XCTAssertEqual(try Data(contentsOf: file), Data(pieces.joined().utf8), "size \(size)")
        }
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("nested").path).sorted(),
            ["cache-0", "cache-1", "cache-100", "cache-300000", "cache-65535", "cache-65536", "cache-65537"],
            "no temporary file is left")
    }

    func testAStoppedCacheFileLeavesTheOldFileWhole() throws {
        let dir = try folder()
        let file = dir.appendingPathComponent("checks")
        XCTAssertTrue(CacheFile.write(to: file) { $0.write("old and complete\n") })
        // Stopped after more than a buffer's worth was already on disk: the file is as it was.
        let written = CacheFile.write(to: file) { out in
            out.write(String(repeating: "new line\n", count: 20_000))
            throw CacheFile.Stop()
        }
        XCTAssertFalse(written)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "old and complete\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["checks"])
        // No file before: still none.
        let fresh = dir.appendingPathComponent("build-cache")
        XCTAssertFalse(CacheFile.write(to: fresh) { _ in throw CacheFile.Stop() })
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh.path))
    }

    func testBuildCacheStoresTheSameBytesAsBefore() throws {
        let dir = try folder()
        let content = dir.appendingPathComponent("content")
        let output = dir.appendingPathComponent("output")
        for url in [content, output] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        try Data("<p>hi</p>".utf8).write(to: output.appendingPathComponent("index.html"))
        var options = PipelineOptions(date: SiteDate(year: 2026, month: 11, day: 27)!)
        options.contentDirectory = content.path
        let cache = BuildCache(options: options)
        let diagnostics = [
            Diagnostic(.warning, "event-date", at: SourceLocation(file: "content/a.md", line: 3, column: 4), "a date é"),
            Diagnostic(.error, "phone", at: SourceLocation(file: "content/b.md", line: 1, column: 1), "two\nlines"),
            Diagnostic(.warning, "review-due", at: SourceLocation(file: "content/c\t.md", line: 1, column: 1), "tab"),
        ]
        cache.store(inputs: "abc-3", output: output, files: 1, checked: 2, diagnostics: diagnostics)
        // What the one string held before (issue 16, twenty-first session).
        var text = "\(BuildCache.header)\ninputs abc-3\noutputs \(BuildCache.outputs(output))\nfiles 1 2\n"
        for d in diagnostics where !d.message.contains("\n") && !d.location.file.contains("\t") {
            text +=
                "\(d.severity.rawValue)\t\(d.rule)\t\(d.location.file)\t\(d.location.line)\t\(d.location.column)\t\(d.message)\n"
        }
        XCTAssertEqual(try Data(contentsOf: cache.file), Data(text.utf8))
        XCTAssertEqual(cache.lookup(inputs: "abc-3", output: output)?.diagnostics, Array(diagnostics.prefix(1)))
    }

    func testCheckCacheStoresTheSameBytesAsBefore() throws {
        let dir = try folder()
        let content = dir.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        var options = PipelineOptions(date: SiteDate(year: 2026, month: 11, day: 27)!)
        options.contentDirectory = content.path
        let checks = CheckCache(options: options, register: nil)
        let records = (0..<3_000).map { k in
            CheckCache.Entry(
                path: CheckCache.pathKey("reviews/r-\(k).md"), content: "\(k) ab\(k)",
                diagnostics: k % 3 == 0
                    ? [Diagnostic(.warning, "event-date", at: SourceLocation(file: "content/r.md", line: k, column: 1), "é \(k)")]
                    : [],
                givesLifeDates: k % 7 == 0 ? true : nil)
        }
        checks.store(records)
        // What the one `Data` held before.
        var old = Data("\(CheckCache.header) \(checks.key)\n".utf8)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for r in records {
            old.append(try encoder.encode(r))
            old.append(UInt8(ascii: "\n"))
        }
        XCTAssertEqual(try Data(contentsOf: checks.file), old)
        // And it reads back.
        let again = CheckCache(options: options, register: nil)
        XCTAssertEqual(again.entry("reviews/r-3.md", content: "3 ab3")?.diagnostics, records[3].diagnostics)
    }

    func testFindingsPrintedInPiecesAreTheWholeText() {
        final class Captured: @unchecked Sendable {
            let lock = NSLock()
            var text = ""
            func add(_ s: String) { lock.lock(); text += s; lock.unlock() }
        }
        let diagnostics = (0..<23).map { k in
            Diagnostic(
                k % 4 == 0 ? .error : .warning, k % 3 == 0 ? "event-date" : "phone",
                at: SourceLocation(file: "content/é-\(k).md", line: k + 1, column: 2),
                "message \(k): warning[ and : error[ inside\u{7}")
        }
        let report = PipelineReport(diagnostics: diagnostics, filesChecked: 9)
        for colour in [false, true] {
            let whole = CommandLineTool.Console.paint(TextReport.render(diagnostics, files: 9), colour)
            for size in [1, 2, 5, 22, 23, 1_000] {
                let captured = Captured()
                var console = CommandLineTool.Console(out: { _ in }, err: { captured.add($0) })
                console.colourErr = colour
                CommandLineTool.printFindings(report, console: console, linesAtOnce: size)
                XCTAssertEqual(captured.text, whole, "colour \(colour), \(size) lines at once")
            }
        }
    }

    func testParallelMapPutsEveryResultInPlace() {
        final class Box: Sendable {
            let n: Int
            init(_ n: Int) { self.n = n }
        }
        for jobs in [1, 2, 3, 8] {
            for count in [0, 1, 2, 7, 1_000] {
                let items = Array(0..<count)
                // Optional results stay (a nil is a result, not a gap), and objects are kept alive.
                XCTAssertEqual(
                    parallelMap(items, jobs: jobs) { $0 % 3 == 0 ? nil : $0 * 2 }, items.map { $0 % 3 == 0 ? nil : $0 * 2 })
                XCTAssertEqual(parallelMap(items, jobs: jobs) { Box($0) }.map(\.n), items)
                XCTAssertEqual(
                    parallelMap(items, jobs: jobs, oneAtATime: { $0 % 10 == 0 }) { String($0) }, items.map { String($0) })
            }
        }
    }

    func testOutputsFingerprintIsTheLinesFingerprint() throws {
        let dir = try folder()
        for (k, path) in ["index.html", "reviews/a/index.html", "reviews/é/index.html", "feed.xml", "empty/x"].enumerated() {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(String(repeating: "page \(k)\n", count: k * 100).utf8).write(to: url)
        }
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("link").path, withDestinationPath: "reviews")
        for jobs in [1, 2, 4] {
            XCTAssertEqual(
                BuildCache.outputs(dir, jobs: jobs), BuildCache.fingerprint(BuildCache.fingerprints("o", dir, jobs: jobs)))
        }
        let empty = try folder()
        XCTAssertEqual(BuildCache.outputs(empty), BuildCache.fingerprint(BuildCache.fingerprints("o", empty, jobs: 2)))
    }
}
