import Foundation
import XCTest

/// The command line's contract: help, version, exit codes 0 / 1 / 64 and the four formats.
final class CommandLineTests: XCTestCase {
    let repo = BinaryRunner.repository

    func testHelpAndVersion() throws {
        let help = try BinaryRunner.run(["--help"], in: repo)
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("  build "))
        for command in ["build", "lint", "status", "serve", "init", "new", "theme", "help"] {
            let viaHelp = try BinaryRunner.run(["help", command], in: repo)
            let viaFlag = try BinaryRunner.run([command, "--help"], in: repo)
            XCTAssertEqual(viaHelp.status, 0, command)
            XCTAssertEqual(viaHelp.stdout, viaFlag.stdout, command)
            XCTAssertTrue(viaHelp.stdout.contains("reviewsite \(command)"), command)
        }
        XCTAssertTrue(help.stdout.contains("Exit codes: 0"))
        let buildHelp = try BinaryRunner.run(["build", "--help"], in: repo)
        XCTAssertEqual(buildHelp.status, 0)
        XCTAssertTrue(buildHelp.stdout.contains("--output DIR"))
        let version = try BinaryRunner.run(["--version"], in: repo)
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("reviewsite "))
    }

    func testUsageErrorsExitWith64AndSayWhatToDo() throws {
        let cases: [([String], String)] = [
            ([], "no command given"),
            (["biuld"], "unknown command 'biuld' (did you mean 'build'?)"),
            (["build", "--outptu", "x"], "'build' has no option --outptu (did you mean '--output'?)"),
            (["lint", "--date", "2020-02-30"], "--date must be a real date"),
            (["lint", "--format", "xml"], "--format must be text, json, sarif or github"),
            (["build", "--output"], "--output needs a value"),
            (["help", "biuld"], "there is no command 'biuld' (did you mean 'build'?)"),
            (["status", "--format", "sarif"], "--format must be text, json or csv, not 'sarif'"),
            (["serve", "--port"], "--port needs a value"),
            (["new", "dhr"], "'new' needs dhr|briefing|page SLUG"),
        ]
        for (args, message) in cases {
            let r = try BinaryRunner.run(args, in: repo)
            XCTAssertEqual(r.status, 64, "\(args)")
            XCTAssertTrue(r.stderr.contains(message), "\(args): \(r.stderr)")
            XCTAssertEqual(r.stdout, "", "\(args)")
        }
    }

    func testMissingContentFolderIsAClearFailure() throws {
        let tmp = try TemporaryFolder()
        let r = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("content folder 'content' not found"), r.stderr)
    }

    func testLintOfTheSampleSiteIsClean() throws {
        let r = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: repo)
        XCTAssertEqual(r.status, 0, r.stdout)
        XCTAssertTrue(r.stdout.contains("0 errors and 0 warnings in "), r.stdout)
    }

    func testSourceDateEpochSetsTheDate() throws {
        let tmp = try TemporaryFolder()
        try tmp.write(
            "content/site.yml",
            "title: T\nbase_url: https://example.org/\naccessibility:\n  prepared: 2020-01-01\n  known_issues: []\n  contact_email: web@example.org\n"
        )
        try tmp.write(
            "content/soon.md",
            "---\ntype: page\ntitle: Soon\nstatus: published\npublished: 2030-01-01\nreviewed: 2030-01-01\npublish_from: 2030-01-01\n---\nSoon.\n"
        )
        // SOURCE_DATE_EPOCH 2020-01-01, then 2030-01-01.
        let before = try BinaryRunner.run(
            ["build", "--theme", BinaryRunner.theme], in: tmp.url, environment: ["SOURCE_DATE_EPOCH": "1577836800"])
        XCTAssertEqual(before.status, 0, before.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("output/soon/index.html").path))
        let after = try BinaryRunner.run(
            ["build", "--theme", BinaryRunner.theme], in: tmp.url, environment: ["SOURCE_DATE_EPOCH": "1893456000"])
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("output/soon/index.html").path))
    }

    // One broken site, reported in each of the four formats exactly as docs/diagnostics.md shows.
    private func brokenSite() throws -> TemporaryFolder {
        let tmp = try TemporaryFolder()
        try tmp.write(
            "content/site.yml",
            "title: T\nbase_url: https://example.org/\naccessibility:\n  prepared: 2020-01-01\n  known_issues: []\n  contact_email: web@example.org\n"
        )
        try tmp.write(
            "content/reviews/dhr-a.md",
            """
            ---
            type: dhr
            title: "DHR: A"
            summary: A review.
            status: published
            published: 2024-05-15
            reviewed: 2024-05-15
            pseudonyms:
              - name: A
                role: the victim
            ---
            ## Summary

            Text.

            """)
        return tmp
    }

    func testTextFormat() throws {
        let tmp = try brokenSite()
        let r = try BinaryRunner.run(["lint", "--date", "2024-06-01"], in: tmp.url)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(
            r.stdout,
            """
            content/reviews/dhr-a.md:5:1: error[home-office-qa]: this review is marked published but has no 'home_office_qa' date; a DHR may only be published after the Home Office panel has cleared it: add 'home_office_qa: YYYY-MM-DD' or set 'status: draft'
            1 error and 0 warnings in 2 files.

            """)
    }

    func testJSONFormat() throws {
        let tmp = try brokenSite()
        let r = try BinaryRunner.run(["lint", "--format", "json", "--date", "2024-06-01"], in: tmp.url)
        XCTAssertEqual(r.status, 1)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(json?["version"] as? Int, 1)
        let d = (json?["diagnostics"] as? [[String: Any]])?.first
        XCTAssertEqual(d?["file"] as? String, "content/reviews/dhr-a.md")
        XCTAssertEqual(d?["line"] as? Int, 5)
        XCTAssertEqual(d?["column"] as? Int, 1)
        XCTAssertEqual(d?["severity"] as? String, "error")
        XCTAssertEqual(d?["rule"] as? String, "home-office-qa")
        let summary = json?["summary"] as? [String: Int]
        XCTAssertEqual(summary, ["files": 2, "errors": 1, "warnings": 0])
    }

    func testSARIFFormat() throws {
        let tmp = try brokenSite()
        let r = try BinaryRunner.run(["lint", "--format", "sarif", "--date", "2024-06-01"], in: tmp.url)
        XCTAssertEqual(r.status, 1)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(json?["version"] as? String, "2.1.0")
        let runs = json?["runs"] as? [[String: Any]]
        XCTAssertEqual(runs?.count, 1)
        let result = (runs?.first?["results"] as? [[String: Any]])?.first
        XCTAssertEqual(result?["ruleId"] as? String, "home-office-qa")
        XCTAssertEqual(result?["level"] as? String, "error")
        let location = (result?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        XCTAssertEqual((location?["artifactLocation"] as? [String: Any])?["uri"] as? String, "content/reviews/dhr-a.md")
        let region = location?["region"] as? [String: Any]
        XCTAssertEqual(region?["startLine"] as? Int, 5)
        XCTAssertEqual(region?["startColumn"] as? Int, 1)
    }

    func testGitHubFormat() throws {
        let tmp = try brokenSite()
        let r = try BinaryRunner.run(["lint", "--format", "github", "--date", "2024-06-01"], in: tmp.url)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(
            r.stdout.hasPrefix(
                "::error file=content/reviews/dhr-a.md,line=5,col=1,title=home-office-qa::this review is marked published"),
            r.stdout)
    }
}
