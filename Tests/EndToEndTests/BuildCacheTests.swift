import Foundation
import XCTest

/// A build with nothing changed reuses the last output; any change to the content, the theme,
/// the date or the output itself gives a full build, byte-identical to a clean one.
final class BuildCacheTests: XCTestCase {
    private func site() throws -> TemporaryFolder {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        return tmp
    }

    private func build(_ tmp: TemporaryFolder, output: String = "output", date: String = "2026-11-27") throws
        -> BinaryRunner.Result
    {
        try BinaryRunner.run(["build", "--output", output, "--date", date], in: tmp.url)
    }

    /// The output of a clean build of the same folder, for comparison.
    private func cleanBuild(_ tmp: TemporaryFolder, date: String = "2026-11-27") throws -> [String: Data] {
        let clean = "clean-\(UUID().uuidString)"
        XCTAssertEqual(try build(tmp, output: clean, date: date).status, 0)
        defer { try? FileManager.default.removeItem(at: tmp.url.appendingPathComponent(clean)) }
        return try snapshot(tmp.url.appendingPathComponent(clean))
    }

    func testNothingChangedReusesTheOutput() throws {
        let tmp = try site()
        let first = try build(tmp)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.hasPrefix("Built "))
        let before = try snapshot(tmp.url.appendingPathComponent("output"))
        let again = try build(tmp)
        XCTAssertEqual(again.status, 0)
        XCTAssertTrue(again.stdout.hasPrefix("Nothing changed since the last build"), again.stdout)
        XCTAssertEqual(try snapshot(tmp.url.appendingPathComponent("output")), before)
        let cache = try String(contentsOf: tmp.url.appendingPathComponent(".reviewsite/build-cache"), encoding: .utf8)
        XCTAssertFalse(cache.contains("Avonmere"), "the cache holds fingerprints, not content")
    }

    func testAChangedPageRebuildsExactlyAsACleanBuild() throws {
        let tmp = try site()
        XCTAssertEqual(try build(tmp).status, 0)
        let page = tmp.url.appendingPathComponent("content/contact.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        try Data((text + "\nA new closing sentence for the contact page.\n").utf8).write(to: page)
        let again = try build(tmp)
        XCTAssertTrue(again.stdout.hasPrefix("Built "), again.stdout)
        let html = try String(contentsOf: tmp.url.appendingPathComponent("output/contact/index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("A new closing sentence"))
        XCTAssertEqual(try snapshot(tmp.url.appendingPathComponent("output")), try cleanBuild(tmp))
    }

    /// A content folder given as a symbolic link must be fingerprinted through the link: a
    /// walk that does not follow it saw no files, so an edit gave "Nothing changed".
    func testAnEditUnderALinkedContentFolderRebuilds() throws {
        let tmp = try site()
        let fm = FileManager.default
        try fm.moveItem(at: tmp.url.appendingPathComponent("content"), to: tmp.url.appendingPathComponent("real-content"))
        try fm.createSymbolicLink(atPath: tmp.url.appendingPathComponent("content").path, withDestinationPath: "real-content")
        let first = try build(tmp)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.hasPrefix("Built "), first.stdout)
        let page = tmp.url.appendingPathComponent("real-content/contact.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        try Data((text + "\nA new closing sentence for the contact page.\n").utf8).write(to: page)
        let again = try build(tmp)
        XCTAssertTrue(again.stdout.hasPrefix("Built "), again.stdout)
        let html = try String(contentsOf: tmp.url.appendingPathComponent("output/contact/index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("A new closing sentence"))
        let unchanged = try build(tmp)
        XCTAssertTrue(unchanged.stdout.hasPrefix("Nothing changed"), unchanged.stdout)
    }

    func testAChangedThemeRebuilds() throws {
        let tmp = try site()
        XCTAssertEqual(try build(tmp).status, 0)
        let css = tmp.url.appendingPathComponent("themes/default/assets/site.css")
        try Data((try String(contentsOf: css, encoding: .utf8) + "\n/* changed */\n").utf8).write(to: css)
        let again = try build(tmp)
        XCTAssertTrue(again.stdout.hasPrefix("Built "), again.stdout)
        XCTAssertEqual(try snapshot(tmp.url.appendingPathComponent("output")), try cleanBuild(tmp))
    }

    func testAnotherDateRebuilds() throws {
        let tmp = try site()
        XCTAssertEqual(try build(tmp).status, 0)
        let later = try build(tmp, date: "2099-01-01")
        XCTAssertTrue(later.stdout.hasPrefix("Built "), later.stdout)
        XCTAssertTrue(
            FileManager.default.fileExists(
                atPath: tmp.url.appendingPathComponent("output/reviews/dhr-morgan-2026/index.html").path))
    }

    func testAnOutputFileChangedByHandIsRebuilt() throws {
        let tmp = try site()
        XCTAssertEqual(try build(tmp).status, 0)
        let index = tmp.url.appendingPathComponent("output/index.html")
        try Data("tampered".utf8).write(to: index)
        let again = try build(tmp)
        XCTAssertTrue(again.stdout.hasPrefix("Built "), again.stdout)
        XCTAssertEqual(try snapshot(tmp.url.appendingPathComponent("output")), try cleanBuild(tmp))
    }

    func testWarningsAreRepeatedWhenNothingChanged() throws {
        let tmp = try site()
        // 2028: the sample pages are then due a review (a warning, not an error).
        let first = try build(tmp, date: "2028-06-01")
        XCTAssertEqual(first.status, 0)
        XCTAssertTrue(first.stderr.contains("warning[review-due]"))
        let again = try build(tmp, date: "2028-06-01")
        XCTAssertTrue(again.stdout.hasPrefix("Nothing changed"), again.stdout)
        XCTAssertEqual(again.stderr, first.stderr)
    }
}

/// Checks of unchanged files are reused between builds; anything a check depends on
/// (the file, site.yml, the register, the date) makes it check again.
final class CheckCacheTests: XCTestCase {
    private func site() throws -> TemporaryFolder {
        let tmp = try TemporaryFolder()
        try tmp.copySampleSite()
        return tmp
    }

    private func build(_ tmp: TemporaryFolder, _ extra: [String] = []) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["build", "--date", "2026-11-27"] + extra, in: tmp.url)
    }

    func testFixingAnErrorFileByFileGivesTheSameSiteAsACleanBuild() throws {
        let tmp = try site()
        XCTAssertEqual(try build(tmp).status, 0)
        let page = tmp.url.appendingPathComponent("content/contact.md")
        let original = try String(contentsOf: page, encoding: .utf8)
        try Data((original + "\nCall 07700 900123 for help.\n").utf8).write(to: page)
        let broken = try build(tmp)
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.stderr.contains("content/contact.md:"), broken.stderr)
        XCTAssertTrue(broken.stderr.contains("error[phone]"), broken.stderr)
        try Data((original + "\nCall the helpline for help.\n").utf8).write(to: page)
        let fixed = try build(tmp)
        XCTAssertEqual(fixed.status, 0, fixed.stderr)
        let clean = try BinaryRunner.run(["build", "--date", "2026-11-27", "--output", "clean"], in: tmp.url)
        XCTAssertEqual(clean.status, 0)
        XCTAssertEqual(
            try snapshot(tmp.url.appendingPathComponent("output")), try snapshot(tmp.url.appendingPathComponent("clean")))
    }

    func testAChangeToSiteSettingsChecksEveryFileAgain() throws {
        let tmp = try site()
        // A name not yet allowed: an error in a page whose file does not change below.
        let page = tmp.url.appendingPathComponent("content/contact.md")
        let original = try String(contentsOf: page, encoding: .utf8)
        try Data((original + "\nOur new coordinator, Dr Okonkwo, answers questions.\n").utf8).write(to: page)
        let first = try build(tmp)
        XCTAssertEqual(first.status, 1)
        XCTAssertTrue(first.stderr.contains("error[titled-name]"), first.stderr)
        let siteYML = tmp.url.appendingPathComponent("content/site.yml")
        let settings = try String(contentsOf: siteYML, encoding: .utf8)
        try Data(settings.replacingOccurrences(of: "public_names:\n", with: "public_names:\n  - Okonkwo\n").utf8).write(
            to: siteYML)
        let second = try build(tmp)
        XCTAssertEqual(second.status, 0, "allowing the name in site.yml must re-check the page: \(second.stderr)")
    }

    func testTheNamesRegisterIsPartOfTheCheck() throws {
        let tmp = try site()
        XCTAssertEqual(try build(tmp).status, 0)
        let register = try tmp.write("register.txt", "Castellane\n")
        let withRegister = try build(tmp, ["--names", register.path])
        XCTAssertEqual(withRegister.status, 1, "a register entry used in content fails even if no file changed")
        XCTAssertFalse(withRegister.stderr.contains("Castellane"))
        let cache = try String(contentsOf: tmp.url.appendingPathComponent(".reviewsite/checks"), encoding: .utf8)
        XCTAssertFalse(cache.contains("Castellane\\n"), "the register's contents are not stored")
    }

    func testTheChecksCacheHoldsNoFileNamesOrText() throws {
        let tmp = try site()
        XCTAssertEqual(try build(tmp).status, 0)
        let cache = try String(contentsOf: tmp.url.appendingPathComponent(".reviewsite/checks"), encoding: .utf8)
        XCTAssertFalse(cache.contains("dhr-jo-2022"), "file names are kept as hashes")
        XCTAssertFalse(cache.contains("Avonmere"), "no text of the site")
        XCTAssertFalse(cache.contains("content/"), "no paths")
    }
}
