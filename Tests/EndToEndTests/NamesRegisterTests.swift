import Foundation
import XCTest

/// The names register through the real binary: a register name in content is reported by
/// entry number in every output format, never printed, and stops the build with nothing written.
final class NamesRegisterTests: XCTestCase {
    /// Register names used by these tests; none may appear in any output.
    static let secrets = ["petra", "quennell"]

    private func makeSite(_ tmp: TemporaryFolder, plant: Bool = true) throws {
        try tmp.copySampleSite()
        try tmp.write("private/names.txt", "# kept outside the repository\nPetra Quennell\nQuennell\n")
        guard plant else { return }
        let review = tmp.url.appendingPathComponent("content/reviews/dhr-jo-2022.md")
        let text = try String(contentsOf: review, encoding: .utf8)
        try Data((text + "\nPetra Quennell's neighbour and the QUENNELL family were spoken to.\n").utf8).write(to: review)
    }

    private func assertNoSecret(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for secret in Self.secrets {
            XCTAssertFalse(text.lowercased().contains(secret), "\(what) prints a register name", file: file, line: line)
        }
    }

    func testLintReportsEntryNumbersInEveryFormatAndNeverTheName() throws {
        let tmp = try TemporaryFolder()
        try makeSite(tmp)
        for format in ["text", "json", "sarif", "github"] {
            let r = try BinaryRunner.run(
                ["lint", "--date", "2026-11-27", "--names", "private/names.txt", "--format", format],
                in: tmp.url)
            XCTAssertEqual(r.status, 1, format)
            XCTAssertTrue(r.stdout.contains("matches entry 2 of the names register"), "\(format): \(r.stdout)")
            XCTAssertTrue(r.stdout.contains("matches entry 3 of the names register"), "\(format): \(r.stdout)")
            XCTAssertTrue(r.stdout.contains("names-register"), format)
            assertNoSecret(r.stdout + r.stderr, format)
        }
        let text = try BinaryRunner.run(["lint", "--date", "2026-11-27", "--names", "private/names.txt"], in: tmp.url)
        XCTAssertTrue(text.stdout.contains("content/reviews/dhr-jo-2022.md:"), text.stdout)
    }

    func testTheEnvironmentVariableWorksLikeTheOption() throws {
        let tmp = try TemporaryFolder()
        try makeSite(tmp)
        let r = try BinaryRunner.run(
            ["lint", "--date", "2026-11-27"], in: tmp.url,
            environment: ["REVIEWSITE_NAMES": tmp.url.appendingPathComponent("private/names.txt").path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("error[names-register]"), r.stdout)
        assertNoSecret(r.stdout + r.stderr, "lint with REVIEWSITE_NAMES")
    }

    func testARegisterNameInContentFailsTheBuildAndIsWrittenNowhere() throws {
        let tmp = try TemporaryFolder()
        try makeSite(tmp)
        let r = try BinaryRunner.run(["build", "--date", "2026-11-27", "--names", "private/names.txt"], in: tmp.url)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("matches entry 2 of the names register"), r.stderr)
        assertNoSecret(r.stdout + r.stderr, "build")
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("output").path))
        for (path, data) in try snapshot(tmp.url) where !path.hasPrefix("content/") && !path.hasPrefix("private/") {
            assertNoSecret(String(decoding: data, as: UTF8.self), path)
        }
    }

    func testTheSampleSiteIsCleanWithARegister() throws {
        let tmp = try TemporaryFolder()
        try makeSite(tmp, plant: false)
        let r = try BinaryRunner.run(["build", "--date", "2026-11-27", "--names", "private/names.txt"], in: tmp.url)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("0 errors and 0 warnings"), r.stdout)
    }
}
