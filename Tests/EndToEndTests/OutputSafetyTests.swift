import Foundation
import XCTest

/// The output folder is something a web team cares about: a failed build leaves it exactly
/// as it was, and the tool never deletes what it did not create.
final class OutputSafetyTests: XCTestCase {
    /// Points every Markdown link to `from` (and its #anchors) at `to` instead, so a page can
    /// be removed or withdrawn without leaving broken links behind.
    private func relink(_ tmp: TemporaryFolder, from: String, to: String) throws {
        let content = tmp.url.appendingPathComponent("content")
        for file in try snapshot(content).keys where file.hasSuffix(".md") {
            let url = content.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let pattern = #"\]\("# + NSRegularExpression.escapedPattern(for: from) + #"[^)]*\)"#
            try Data(text.replacingOccurrences(of: pattern, with: "](\(to))", options: .regularExpression).utf8).write(to: url)
        }
    }

    func testFailedBuildLeavesThePreviousOutputExactlyAsItWas() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        let first = try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(first.status, 0, first.stderr)
        let before = try snapshot(tmp.url.appendingPathComponent("output"))
        XCTAssertFalse(before.isEmpty)

        // Break one page: a published review without its Home Office QA date.
        let review = tmp.url.appendingPathComponent("content/reviews/dhr-jo-2022.md")
        let text = try String(contentsOf: review, encoding: .utf8)
        let broken = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("home_office_qa:") }.joined(separator: "\n")
        XCTAssertNotEqual(text, broken, "the sample review must have a home_office_qa line")
        try Data(broken.utf8).write(to: review)

        let second = try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.stderr.contains("content/reviews/dhr-jo-2022.md:"), second.stderr)
        XCTAssertTrue(second.stderr.contains("error[home-office-qa]"), second.stderr)
        XCTAssertTrue(second.stderr.contains("Nothing was written; output/ is unchanged."), second.stderr)
        XCTAssertEqual(try snapshot(tmp.url.appendingPathComponent("output")), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: tmp.url.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(
            leftovers.sorted(), [".output.reviewsite-lock", ".reviewsite"],
            "no staging folder may be left behind")
    }

    func testRebuildReplacesOnlyWhatTheToolCreated() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        XCTAssertEqual(try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url).status, 0)
        // A page removed from content disappears from the output on the next build.
        try FileManager.default.removeItem(at: tmp.url.appendingPathComponent("content/contact.md"))
        // (links to it must go too, or the build rightly fails with broken-link)
        try relink(tmp, from: "/contact/", to: "/accessibility/")
        let again = try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("output/contact/index.html").path))
    }

    func testRefusesAFolderHoldingFilesItDidNotCreate() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        try tmp.write("output/precious.txt", "keep me")
        let result = try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("precious.txt"), result.stderr)
        XCTAssertEqual(try String(contentsOf: tmp.url.appendingPathComponent("output/precious.txt"), encoding: .utf8), "keep me")
    }

    func testRefusesDangerousOutputFolders() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        let home = ProcessInfo.processInfo.environment["HOME"] ?? "/root"
        for output in ["/", home, "content", "content/site", "themes/default", "."] {
            let result = try BinaryRunner.run(["build", "--output", output, "--date", "2026-11-27"], in: tmp.url)
            XCTAssertEqual(result.status, 1, "--output \(output) must be refused")
            XCTAssertTrue(result.stderr.hasPrefix("reviewsite: error: "), "\(output): \(result.stderr)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("content/site").path))
    }

    func testASecondBuildAtTheSameTimeFailsClearlyAndChangesNothing() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        XCTAssertEqual(try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url).status, 0)
        let before = try snapshot(tmp.url.appendingPathComponent("output"))
        // Hold the lock as a running build would.
        let fd = open(tmp.url.appendingPathComponent(".output.reviewsite-lock").path, O_RDWR | O_CREAT, 0o644)
        XCTAssertGreaterThanOrEqual(fd, 0)
        XCTAssertEqual(flock(fd, LOCK_EX | LOCK_NB), 0)
        defer { close(fd) }
        let second = try BinaryRunner.run(["build", "--date", "2026-11-28"], in: tmp.url)
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.stderr.contains("another reviewsite build is writing to output right now"), second.stderr)
        XCTAssertEqual(try snapshot(tmp.url.appendingPathComponent("output")), before)
    }

    /// A review that was published and is then withdrawn disappears everywhere on the next build.
    func testWithdrawnReviewDisappearsFromEveryFile() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        XCTAssertEqual(try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url).status, 0)
        let output = tmp.url.appendingPathComponent("output")
        XCTAssertTrue(try snapshot(output).values.contains { String(decoding: $0, as: UTF8.self).contains("dhr-sam-2024") })
        // Withdraw it, and unlink it from the pages that point at it.
        let review = tmp.url.appendingPathComponent("content/reviews/dhr-sam-2024.md")
        let text = try String(contentsOf: review, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "status: published", with: "status: withdrawn").utf8).write(to: review)
        try relink(tmp, from: "/reviews/dhr-sam-2024/", to: "/reviews/")
        let again = try BinaryRunner.run(["build", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(again.status, 0, again.stderr)
        for (path, data) in try snapshot(output) {
            XCTAssertFalse(String(decoding: data, as: UTF8.self).contains("dhr-sam-2024"), "withdrawn review still in \(path)")
        }
    }

    /// A full disk while the new site is written: a clear error, the old site as it was, and
    /// no half-written folder left behind. Needs a small file system (tmpfs, mounted as root).
    func testAFullDiskLeavesTheOldOutputIntact() throws {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        let disk = tmp.url.appendingPathComponent("small-disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=400k", "tmpfs", disk.path]
        mount.standardError = FileHandle.nullDevice
        try mount.run()
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else { throw XCTSkip("cannot mount a small tmpfs here (needs root)") }
        defer {
            let umount = Process()
            umount.executableURL = URL(fileURLWithPath: "/bin/umount")
            umount.arguments = [disk.path]
            try? umount.run()
            umount.waitUntilExit()
        }
        let output = disk.appendingPathComponent("output").path
        let first = try BinaryRunner.run(["build", "--output", output, "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(first.status, 0, first.stderr)
        let before = try snapshot(URL(fileURLWithPath: output))

        // A page too big for what is left on the disk.
        let words = String(repeating: "The panel met again to agree the action plan. ", count: 8_000)
        try tmp.write(
            "content/minutes.md",
            "---\ntype: page\ntitle: Minutes\nstatus: published\npublished: 2026-01-10\nreviewed: 2026-01-10\n---\n" + words
                + "\n")
        let second = try BinaryRunner.run(["build", "--output", output, "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.stderr.contains("reviewsite: error: cannot write"), second.stderr)
        XCTAssertTrue(second.stderr.contains("the previous site is unchanged"), second.stderr)
        XCTAssertEqual(try snapshot(URL(fileURLWithPath: output)), before)
        let left = try FileManager.default.contentsOfDirectory(atPath: disk.path).filter { $0.contains("staging") }
        XCTAssertEqual(left, [], "the half-written site is removed")
    }
}
