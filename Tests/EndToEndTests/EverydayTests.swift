import Foundation
import XCTest

/// Everyday use through the binary: the built-in theme, init, new, status (issue 14).
final class EverydayTests: XCTestCase {
    let date = ["--date", "2026-11-27"]

    func testBuildWithoutAThemeFolderUsesTheBuiltInThemeByteForByte() throws {
        let plain = try TemporaryFolder(), themed = try TemporaryFolder()
        for folder in [plain, themed] {
            try copyTree(
                BinaryRunner.repository.appendingPathComponent("content"), to: folder.url.appendingPathComponent("content"))
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
        XCTAssertEqual(
            try snapshot(tmp.url.appendingPathComponent("mine")),
            try snapshot(BinaryRunner.repository.appendingPathComponent("themes/default")))
        let again = try BinaryRunner.run(["theme", "export", "mine"], in: tmp.url)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("is not empty"), again.stderr)
        let bad = try BinaryRunner.run(["theme", "import", "x"], in: tmp.url)
        XCTAssertEqual(bad.status, 64)
    }

    func testInitWritesASiteThatBuildsAndLintsClean() throws {
        let tmp = try TemporaryFolder()
        // The site's dates are "today": the same day as the lint and build below.
        let r = try BinaryRunner.run(["init", "site"], in: tmp.url, environment: ["SOURCE_DATE_EPOCH": "1795780800"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let site = tmp.url.appendingPathComponent("site")
        let files = try snapshot(site)
        for path in [
            "content/site.yml", "content/index.md", "content/reviews/index.md", "content/briefings/index.md",
            ".gitignore", ".github/workflows/site.yml",
        ] {
            XCTAssertNotNil(files[path], path)
        }
        let yml = String(decoding: files["content/site.yml"] ?? Data(), as: UTF8.self)
        for key in [
            "title:", "base_url:", "language:", "organisation:", "contact_email:", "exit_url:",
            "review_interval_months:", "public_names:", "helplines:", "accessibility:", "prepared:",
            "last_reviewed:", "last_tested:", "tested_by:", "known_issues:", "contact_phone:",
            "response_days:",
        ] {
            XCTAssertTrue(yml.contains(key), "site.yml lacks \(key)")
        }
        XCTAssertTrue(String(decoding: files[".gitignore"] ?? Data(), as: UTF8.self).contains("output/"))
        for (kind, slug) in [("dhr", "dhr-adult-a-2026"), ("briefing", "adult-a"), ("page", "about/contact-us")] {
            let n = try BinaryRunner.run(["new", kind, slug], in: site)
            XCTAssertEqual(n.status, 0, n.stderr)
        }
        let lint = try BinaryRunner.run(["lint"] + date, in: site)
        XCTAssertEqual(lint.status, 0, lint.stdout)
        XCTAssertTrue(lint.stdout.contains("0 errors and 0 warnings"), lint.stdout)
        let build = try BinaryRunner.run(["build"] + date, in: site)
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("output/index.html").path))
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: site.appendingPathComponent("output/reviews/dhr-adult-a-2026").path),
            "a new review is a draft")
        // A folder that is not empty is refused, and nothing in it changes.
        let again = try BinaryRunner.run(["init"], in: site)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("is not empty"), again.stderr)
        // A folder with only a new repository's .git is empty enough.
        try FileManager.default.createDirectory(
            at: tmp.url.appendingPathComponent("repo/.git"), withIntermediateDirectories: true)
        let inRepo = try BinaryRunner.run(["init", "repo"], in: tmp.url)
        XCTAssertEqual(inRepo.status, 0, inRepo.stderr)
    }

    func testNewWritesADraftWithTheExpectedHeadingsAndRefusesBadInput() throws {
        let tmp = try TemporaryFolder()
        try tmp.write(
            "content/site.yml",
            "title: T\nbase_url: https://example.org/\n"
                + "accessibility:\n  prepared: 2026-09-01\n  contact_email: web.team@example.org\n  known_issues: []\n")
        let r = try BinaryRunner.run(["new", "dhr", "dhr-adult-b-2025"], in: tmp.url)
        XCTAssertEqual(r.status, 0, r.stderr)
        let text = try String(contentsOf: tmp.url.appendingPathComponent("content/reviews/dhr-adult-b-2025.md"), encoding: .utf8)
        XCTAssertTrue(text.contains("status: draft"))
        for heading in [
            "Executive summary", "Terms of reference", "Involvement of family", "Chronology", "Analysis",
            "Conclusions", "Lessons to be learnt", "Recommendations", "Action plan",
        ] {
            XCTAssertTrue(text.contains("## \(heading)"), heading)
        }
        let briefing = try BinaryRunner.run(["new", "briefing", "adult-b", "--content", "content"], in: tmp.url)
        XCTAssertEqual(briefing.status, 0, briefing.stderr)
        let cases: [([String], Int32, String)] = [
            (["new", "dhr", "dhr-adult-b-2025"], 1, "already exists"),
            (["new", "report", "x"], 64, "unknown page kind 'report'"),
            (["new", "dhr", "DHR-Adult-B"], 64, "lower-case letters, digits and hyphens"),
            (["new", "dhr", "reviews/x"], 64, "cannot contain '/'"),
            (["new", "page", "x", "--content", "nowhere"], 1, "content folder 'nowhere' not found"),
            (["new", "page", "reviews/x"], 64, "'reviews' is reserved"),
            (["new", "page", "x.md"], 64, "give the name without .md"),
            (["build", "--require-names"], 1, "no names register given, and --require-names asks for one"),
        ]
        for (args, status, message) in cases {
            let bad = try BinaryRunner.run(args, in: tmp.url)
            XCTAssertEqual(bad.status, status, "\(args)")
            XCTAssertTrue(bad.stderr.contains(message), "\(args): \(bad.stderr)")
        }
    }

    func testStatusListsWhatNeedsDoingInThreeFormats() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("content/site.yml", "title: T\nbase_url: https://example.org/\nreview_interval_months: 12\n")
        func page(_ path: String, _ fields: String) throws {
            try tmp.write("content/" + path, "---\ntitle: \(path)\nsummary: S.\npseudonyms: []\n\(fields)---\nText.\n")
        }
        try page("overdue.md", "type: page\nstatus: published\npublished: 2024-01-01\nreviewed: 2025-01-01\n")
        try page("soon.md", "type: page\nstatus: published\npublished: 2025-12-01\nreviewed: 2025-12-10\n")
        try page("reviews/dhr-a.md", "type: dhr\nstatus: published\npublished: 2026-01-01\nreviewed: 2026-06-01\n")
        try page("reviews/dhr-b.md", "type: dhr\nstatus: draft\nupdated: 2026-11-01\n")
        try page(
            "lifting.md", "type: page\nstatus: published\npublished: 2026-11-01\nreviewed: 2026-11-01\npublish_from: 2027-01-05\n"
        )
        try page("old.md", "type: page\nstatus: withdrawn\n")
        try tmp.write("content/broken.md", "---\ntitle: [\n---\n")
        let text = try BinaryRunner.run(["status", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(text.status, 0, text.stderr)
        for expected in [
            "Site status on 27 November 2026", "Overdue for review: 1",
            "(content/overdue.md): last reviewed 1 January 2025; due 1 January 2026 (330 days overdue)",
            "Due for review in the next 30 days: 1", "due 10 December 2026 (in 13 days)",
            "without Home Office quality assurance: 1", "content/reviews/dhr-a.md",
            "Drafts: 1", "last dated 1 November 2026 (26 days ago)",
            "Embargoes lifting in the next 60 days: 1", "the site must be rebuilt on 5 January 2027",
            "Withdrawn pages: 1", "content/broken.md",
            "A build on 27 November 2026 leaves out 1 draft, 1 embargoed page and 1 withdrawn page.",
        ] {
            XCTAssertTrue(text.stdout.contains(expected), "missing \(expected) in:\n\(text.stdout)")
        }
        let json = try BinaryRunner.run(["status", "--date", "2026-11-27", "--format", "json"], in: tmp.url)
        XCTAssertEqual(json.status, 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        XCTAssertEqual((object?["overdue_review"] as? [[String: Any]])?.first?["days"] as? Int, 330)
        XCTAssertEqual((object?["embargo_lifting"] as? [[String: Any]])?.first?["date"] as? String, "2027-01-05")
        let csv = try BinaryRunner.run(["status", "--date", "2026-11-27", "--format", "csv"], in: tmp.url)
        XCTAssertEqual(csv.status, 0)
        XCTAssertTrue(csv.stdout.hasPrefix("category,file,title,date,days,note\n"))
        XCTAssertTrue(csv.stdout.contains("embargo_lifting,\"content/lifting.md\",\"lifting.md\",2027-01-05,39,"), csv.stdout)
        let missing = try BinaryRunner.run(["status"], in: tmp.url.appendingPathComponent("content"))
        XCTAssertEqual(missing.status, 1)
        let usage = try BinaryRunner.run(["status", "--date", "soon"], in: tmp.url)
        XCTAssertEqual(usage.status, 64)
    }

    func testLintFilesLinksToHeldBackPagesAndTheHeldBackSummary() throws {
        let tmp = try TemporaryFolder()
        try copyTree(BinaryRunner.repository.appendingPathComponent("content"), to: tmp.url.appendingPathComponent("content"))
        let contact = tmp.url.appendingPathComponent("content/contact.md")
        try
            (String(contentsOf: contact, encoding: .utf8)
            + "\n[A draft](reviews/dhr-river-2025.md) and [embargoed](/reviews/dhr-morgan-2026/).\n")
            .write(to: contact, atomically: true, encoding: .utf8)
        let subGroups = tmp.url.appendingPathComponent("content/about/sub-groups.md")
        try (String(contentsOf: subGroups, encoding: .utf8) + "\n[Nowhere](nowhere.md)\n").write(
            to: subGroups, atomically: true, encoding: .utf8)

        let all = try BinaryRunner.run(["lint"] + date, in: tmp.url)
        XCTAssertEqual(all.status, 1)
        XCTAssertTrue(all.stdout.contains("content/about/sub-groups.md"), all.stdout)
        XCTAssertTrue(all.stdout.contains("which is a draft and not published"), all.stdout)
        XCTAssertTrue(all.stdout.contains("which is embargoed until 1 January 2099"), all.stdout)

        let one = try BinaryRunner.run(["lint", "content/contact.md"] + date, in: tmp.url)
        XCTAssertEqual(one.status, 1)
        XCTAssertFalse(one.stdout.contains("sub-groups"), one.stdout)
        XCTAssertTrue(one.stdout.contains("2 errors and 0 warnings in 1 file."), one.stdout)
        let clean = try BinaryRunner.run(["lint", "content/index.md", "./content/reviews/dhr-jo-2022.md"] + date, in: tmp.url)
        XCTAssertEqual(clean.status, 0, clean.stdout)
        XCTAssertTrue(clean.stdout.contains("in 2 files."), clean.stdout)
        let outside = try BinaryRunner.run(["lint", "README.md"] + date, in: tmp.url)
        XCTAssertEqual(outside.status, 1)
        XCTAssertTrue(outside.stderr.contains("is not a file in the content folder"), outside.stderr)

        try copyTree(
            BinaryRunner.repository.appendingPathComponent("content/contact.md"),
            to: tmp.url.appendingPathComponent("restore.md"))
        try FileManager.default.removeItem(at: contact)
        try FileManager.default.moveItem(at: tmp.url.appendingPathComponent("restore.md"), to: contact)
        try FileManager.default.removeItem(at: subGroups)
        try copyTree(BinaryRunner.repository.appendingPathComponent("content/about/sub-groups.md"), to: subGroups)
        let build = try BinaryRunner.run(["build"] + date, in: tmp.url)
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertTrue(build.stdout.contains("\n1 draft and 1 embargoed review not published.\n"), build.stdout)
    }

    func testStaticFolderIsCopiedAsIsAndChecked() throws {
        let tmp = try TemporaryFolder()
        try tmp.write(
            "content/site.yml",
            "title: T\nbase_url: https://example.org/\n"
                + "accessibility:\n  prepared: 2026-09-01\n  contact_email: web.team@example.org\n  known_issues: []\n")
        try tmp.write("static/CNAME", "www.example.org\n")
        try tmp.write("static/robots.txt", "User-agent: *\nAllow: /\n")
        try tmp.write("static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
        try tmp.write("static/.secret", "not published\n")
        let ok = try BinaryRunner.run(["build"] + date, in: tmp.url)
        XCTAssertEqual(ok.status, 0, ok.stderr)
        let out = try snapshot(tmp.url.appendingPathComponent("output"))
        XCTAssertEqual(out["CNAME"], Data("www.example.org\n".utf8))
        XCTAssertNotNil(out["robots.txt"])
        XCTAssertNotNil(out["img/logo.svg"])
        XCTAssertNil(out[".secret"])

        // A change to static/ is a change: the next build is not "up to date".
        try tmp.write("static/robots.txt", "User-agent: *\nDisallow: /\n")
        let again = try BinaryRunner.run(["build"] + date, in: tmp.url)
        XCTAssertTrue(again.stdout.hasPrefix("Built "), again.stdout)

        try tmp.write("static/humans.txt", "Written by jo.bloggs@gmail.com\n")
        try tmp.write("static/index.html", "<p>mine</p>\n")
        try FileManager.default.createSymbolicLink(
            atPath: tmp.url.appendingPathComponent("static/passwd").path,
            withDestinationPath: "/etc/passwd")
        let bad = try BinaryRunner.run(["build"] + date, in: tmp.url)
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("static/humans.txt:1:"), bad.stderr)
        XCTAssertTrue(bad.stderr.contains("static/index.html:1:1: error[reserved-path]"), bad.stderr)
        XCTAssertTrue(bad.stderr.contains("static/passwd:1:1: error[symlink]"), bad.stderr)
        XCTAssertFalse(bad.stderr.contains("jo.bloggs"), "a finding never repeats the identifier")
        XCTAssertEqual(
            try snapshot(tmp.url.appendingPathComponent("output"))["robots.txt"],
            Data("User-agent: *\nDisallow: /\n".utf8), "the previous site is unchanged")
    }

    func testAFrontMatterFailureIsOneErrorNotManyBrokenLinks() throws {
        let tmp = try TemporaryFolder()
        try copyTree(BinaryRunner.repository.appendingPathComponent("content"), to: tmp.url.appendingPathComponent("content"))
        let contact = tmp.url.appendingPathComponent("content/contact.md")
        let text = try String(contentsOf: contact, encoding: .utf8)
        try text.replacingOccurrences(of: "\ntitle:", with: "\ntitle: [broken\nx:").write(
            to: contact, atomically: true, encoding: .utf8)
        let r = try BinaryRunner.run(["lint"] + date, in: tmp.url)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("content/contact.md:"), r.stdout)
        XCTAssertFalse(r.stdout.contains("broken-link"), "links to the broken page are follow-on errors:\n\(r.stdout)")
        XCTAssertTrue(r.stdout.contains("1 error and 0 warnings"), r.stdout)
    }

    func testPathsAreRelativeToTheFolderAndSARIFToTheRepositoryRoot() throws {
        let tmp = try TemporaryFolder()
        try FileManager.default.createDirectory(at: tmp.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try tmp.write("site/content/site.yml", "title: T\nbase_url: https://example.org/\n")
        try tmp.write(
            "site/content/a.md",
            "---\ntype: page\ntitle: A\nstatus: published\npublished: 2026-01-01\nreviewed: 2026-06-01\n---\n[x](nowhere.md)\n")
        let site = tmp.url.appendingPathComponent("site")
        let absolute = site.appendingPathComponent("content").path
        let text = try BinaryRunner.run(["lint", "--content", absolute] + date, in: site)
        XCTAssertTrue(text.stdout.hasPrefix("content/a.md:8:1: error[broken-link]"), text.stdout)
        let sarif = try BinaryRunner.run(["lint", "--format", "sarif"] + date, in: site)
        let json = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
        let result = ((json?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first
        let location = (result?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        let artifact = location?["artifactLocation"] as? [String: Any]
        XCTAssertEqual(artifact?["uri"] as? String, "site/content/a.md")
        XCTAssertEqual(artifact?["uriBaseId"] as? String, "%SRCROOT%")
        let github = try BinaryRunner.run(["lint", "--format", "github"] + date, in: site)
        XCTAssertTrue(github.stdout.hasPrefix("::error file=site/content/a.md,line=8"), github.stdout)
    }
}
