import Foundation
import XCTest

/// Like Zola's test_sites_invalid: every folder in InvalidSites/ is a small broken site with
/// `expected.txt`, the exact text `reviewsite lint` must print for it. Adding a case needs no
/// code: make the folder, run lint, check the message reads well, and save it.
final class InvalidSitesTests: XCTestCase {
    static let folder = BinaryRunner.repository.appendingPathComponent("Tests/EndToEndTests/InvalidSites")
    static let noRegisterNote =
        "reviewsite: note: no names register given: real names are checked only by pattern; "
        + "give one with --names FILE or REVIEWSITE_NAMES (--require-names makes this an error)\n"

    func testEveryInvalidSiteGivesItsExactDiagnostics() throws {
        let cases = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        XCTAssertGreaterThanOrEqual(cases.count, 15)
        for name in cases {
            let site = Self.folder.appendingPathComponent(name)
            let expected = try String(contentsOf: site.appendingPathComponent("expected.txt"), encoding: .utf8)
            let lint = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: site)
            XCTAssertEqual(lint.status, 1, "\(name) must fail lint")
            XCTAssertEqual(lint.stdout, expected, "\(name): lint output differs from expected.txt")
            // The only thing on standard error: the note that no names register was given
            // (an error instead where site.yml says require_names: true).
            let siteYML = (try? String(contentsOf: site.appendingPathComponent("content/site.yml"), encoding: .utf8)) ?? ""
            XCTAssertEqual(lint.stderr, siteYML.contains("require_names: true") ? "" : Self.noRegisterNote, name)
            // build must refuse the same site with the same findings, and write nothing.
            let tmp = try TemporaryFolder()
            let output = tmp.url.appendingPathComponent("out")
            let theme = BinaryRunner.repository.appendingPathComponent("themes/default").path
            let build = try BinaryRunner.run(
                ["build", "--date", "2026-11-27", "--theme", theme, "--output", output.path], in: site)
            XCTAssertEqual(build.status, 1, "\(name) must fail build")
            XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "\(name): build wrote output")
            let firstLine = expected.split(separator: "\n").first.map(String.init) ?? ""
            XCTAssertTrue(build.stderr.contains(firstLine), "\(name): build does not report \(firstLine)")
        }
    }
}
