import Foundation
import XCTest

/// Everyday use through the binary: the built-in theme, init, new, status (issue 14).
final class EverydayTests: XCTestCase {
    let date = ["--date", "2026-11-27"]

    func testBuildWithoutAThemeFolderUsesTheBuiltInThemeByteForByte() throws {
        let plain = try TemporaryFolder(), themed = try TemporaryFolder()
        for folder in [plain, themed] {
            try copyTree(BinaryRunner.repository.appendingPathComponent("content"), to: folder.url.appendingPathComponent("content"))
        }
        let a = try BinaryRunner.run(["build"] + date, in: plain.url)
        XCTAssertEqual(a.status, 0, a.stderr)
        let b = try BinaryRunner.run(["build", "--theme", BinaryRunner.theme] + date, in: themed.url)
        XCTAssertEqual(b.status, 0, b.stderr)
        let builtIn = try snapshot(plain.url.appendingPathComponent("output"))
        XCTAssertFalse(builtIn.isEmpty)
        XCTAssertEqual(builtIn, try snapshot(themed.url.appendingPathComponent("output")))
        // A --theme folder that does not exist is still an error, not a quiet fallback.
        let missing = try BinaryRunner.run(["build", "--theme", "nowhere"] + date, in: plain.url)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("the theme folder does not exist"), missing.stderr)
    }

    func testThemeExportWritesTheDefaultThemeAndRefusesAFullFolder() throws {
        let tmp = try TemporaryFolder()
        let r = try BinaryRunner.run(["theme", "export", "mine"], in: tmp.url)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try snapshot(tmp.url.appendingPathComponent("mine")),
                       try snapshot(BinaryRunner.repository.appendingPathComponent("themes/default")))
        let again = try BinaryRunner.run(["theme", "export", "mine"], in: tmp.url)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("is not empty"), again.stderr)
        let bad = try BinaryRunner.run(["theme", "import", "x"], in: tmp.url)
        XCTAssertEqual(bad.status, 64)
    }
}
