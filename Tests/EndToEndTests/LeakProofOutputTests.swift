import Foundation
import XCTest

/// Issue 11, cases 5, 6, 7 and 10–13: nothing echoes, caches hold no text, waivers are local,
/// site.yml addresses, theme symlinks and the site's own absolute addresses.
final class LeakProofOutputTests: XCTestCase {
    typealias L = LeakProofTests

    // MARK: - Case 5: no message echoes content text that fails the rules

    func testCase5MessagesNeverEchoARegisterName() throws {
        let tmp = try L.site(
            body: "# Tamsin Pengelly\n\n#### Tamsin Pengelly again\n\n![Tamsin_Pengelly.jpg](photo.jpg)\n\n"
                + "```table\ncaption: Who\n| Tamsin Pengelly | Tamsin Pengelly |\n| --- | --- |\n| a | b |\n```\n",
            front: "tamsin_pengelly: yes\nsummary:\n  - Tamsin Pengelly\n"
                + "allow:\n  - rule: tamsin-pengelly\n    text: something\n    reason: because\n",
            register: Data("Tamsin Pengelly\n".utf8))
        try tmp.write(
            "content/reviews/tamsin-pengelly.md", "---\ntype: page\ntitle: Tamsin Pengelly\nstatus: Tamsin Pengelly\n---\nText.\n"
        )
        for format in ["text", "json", "sarif", "github"] {
            let l = try L.lint(tmp, L.names, format: format)
            XCTAssertEqual(l.status, 1, format)
            // A waiver naming no rule is an unknown-rule error (issue 10); its text is not repeated either.
            for rule in ["heading-order", "image-alt", "unknown-field", "field-type", "table-header", "unknown-rule"] {
                XCTAssertTrue(l.stdout.contains(rule), "\(format): \(rule) must still be reported\n\(l.stdout)")
            }
            XCTAssertFalse((l.stdout + l.stderr).lowercased().contains("pengelly"), "\(format) echoes the name:\n\(l.stdout)")
            XCTAssertFalse((l.stdout + l.stderr).lowercased().contains("tamsin"), "\(format) echoes the name:\n\(l.stdout)")
        }
        let b = try L.build(tmp, L.names)
        XCTAssertEqual(b.status, 1)
        XCTAssertFalse((b.stdout + b.stderr).lowercased().contains("pengelly"), b.stderr)
    }

    func testCase5AFileNameHoldingARegisterNameIsAnErrorAndIsNotPrinted() throws {
        let tmp = try L.site(body: "Text.\n", register: Data("Tamsin Pengelly\n".utf8))
        try tmp.write(
            "content/reviews/tamsin-pengelly.md",
            "---\ntype: page\ntitle: A page\nstatus: published\npublished: 2026-01-10\nreviewed: 2026-01-10\n---\nText.\n")
        for format in ["text", "json", "sarif", "github"] {
            let l = try L.lint(tmp, L.names, format: format)
            XCTAssertEqual(l.status, 1, "\(format): \(l.stdout)")
            XCTAssertTrue(l.stdout.contains("names-register"), l.stdout)
            XCTAssertFalse((l.stdout + l.stderr).lowercased().contains("pengelly"), "\(format):\n\(l.stdout)")
        }
        let b = try L.build(tmp, L.names)
        XCTAssertEqual(b.status, 1, b.stdout)
        XCTAssertFalse((b.stdout + b.stderr).lowercased().contains("pengelly"), b.stderr)
    }

    /// Held-out set 35: a register name written with `Md.` (Mohammed, as Bangladeshi records
    /// write it) made every page's name an error through its `.md`, and masked every path in
    /// the report. The extension is the tool's, not the author's: only the name is checked.
    func testCase5AFileExtensionIsNoPartOfARegisterName() throws {
        let tmp = try L.site(body: "Text.\n", register: Data("Md. Rafiqul Islam\n".utf8))
        try tmp.write(
            "content/reviews/review.md",
            "---\ntype: page\ntitle: A page\nstatus: published\npublished: 2026-01-10\nreviewed: 2026-01-10\n---\n"
                + "# A\n\n#### B\n")
        let l = try L.lint(tmp, L.names)
        XCTAssertFalse(l.stdout.contains("file name holds"), l.stdout)
        XCTAssertTrue(l.stdout.contains("content/reviews/review.md:"), "paths are printed as they are:\n\(l.stdout)")
        XCTAssertTrue(l.stdout.contains("heading-order"), l.stdout)
    }

    // MARK: - Case 13: control characters are escaped in every format

    func testCase13ControlCharactersAndNewlinesAreEscaped() throws {
        let tmp = try L.site(
            body: "Text.\n",
            front: "topics: \"a\\n::warning file=x.md,line=1::pwned\\r\\u001b[31m\"\nstatu\\u0007s: x\n")
        try tmp.write("content/b.md", "---\ntype: page\ntitle: B\nstatus: \"draft\\n::error::injected\"\n---\nText.\n")
        for format in ["text", "github"] {
            let l = try L.lint(tmp, format: format)
            XCTAssertEqual(l.status, 1, l.stdout)
            for line in l.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
                if format == "github" {
                    XCTAssertTrue(
                        line.isEmpty || line.hasPrefix("::error file=") || line.hasPrefix("::warning file="),
                        "github: a line that is not one of our commands: \(line)")
                    XCTAssertEqual(
                        line.components(separatedBy: "::").count, line.isEmpty ? 1 : 3,
                        "github: '::' injected: \(line)")
                } else {
                    XCTAssertFalse(line.hasPrefix("::"), "text: a workflow command was injected: \(line)")
                }
            }
            XCTAssertFalse(l.stdout.contains("\u{1B}"), "\(format): raw escape character printed")
            XCTAssertFalse(l.stdout.contains("\r"), "\(format): raw carriage return printed")
            XCTAssertFalse(l.stdout.contains("\u{07}"), "\(format): raw bell printed")
        }
    }

    // MARK: - Case 6: caches hold no text and never sit beside the output

    func testCase6CachesLiveInTheSiteRootHoldNoTextAndAreNotWrittenOnFailure() throws {
        let tmp = try L.site(body: "Text.\n")
        try tmp.write(
            "content/draft.md",
            "---\ntype: page\ntitle: Zebedee embargoed title\nsummary: Quixotic summary\n"
                + "status: draft\n---\nText.\n")
        let webroot = tmp.url.appendingPathComponent("webroot")
        try FileManager.default.createDirectory(at: webroot, withIntermediateDirectories: true)
        let b = try L.build(tmp, ["--output", "webroot/csp"])
        XCTAssertEqual(b.status, 0, b.stderr)
        let beside = try FileManager.default.contentsOfDirectory(atPath: webroot.path).filter { $0 != "csp" }
        XCTAssertTrue(beside.allSatisfy { $0.hasSuffix(".reviewsite-lock") }, "beside the output: \(beside)")
        XCTAssertTrue(FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent(".reviewsite").path))
        for (path, data) in try snapshot(tmp.url) where !path.hasPrefix("content/") {
            let text = String(decoding: data, as: UTF8.self)
            XCTAssertFalse(text.contains("Zebedee") || text.contains("Quixotic"), "\(path) holds draft text")
        }
        // A failed build writes no cache.
        let failed = try L.site(body: "Call 07700 900123 now.\n")
        let f = try L.build(failed)
        XCTAssertEqual(f.status, 1)
        let written = try FileManager.default.contentsOfDirectory(atPath: failed.url.path).filter { $0.hasPrefix(".") }
        XCTAssertTrue(written.allSatisfy { $0.hasSuffix(".reviewsite-lock") }, "a failed build wrote \(written)")
    }

    // MARK: - Case 7: a waiver applies to its own file only, in the built-site scan too

    func testCase7AWaiverInOneFileDoesNotSilenceAnotherInTheBuiltSiteScan() throws {
        let tmp = try L.site(
            body: "We met at BS1 4DJ.\n",
            front: "allow:\n  - rule: postcode\n    text: BS1 4DJ\n    reason: the partnership's office\n")
        try tmp.write(
            "content/b.md",
            "---\ntype: page\ntitle: B\nstatus: published\npublished: 2026-01-10\n"
                + "reviewed: 2026-01-10\n---\nText of B.\n")
        let b = try L.build(tmp)
        XCTAssertEqual(b.status, 0, b.stderr)
        // A leak into page B's built file (through a template, say) must be found.
        let page = tmp.url.appendingPathComponent("output/b/index.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        try Data(html.replacingOccurrences(of: "Text of B.", with: "Text of B at BS1 4DJ.").utf8).write(to: page)
        let l = try L.lint(tmp, ["--site", "output"])
        XCTAssertEqual(l.status, 1, l.stdout)
        XCTAssertTrue(l.stdout.contains("output/b/index.html:"), l.stdout)
        XCTAssertFalse(l.stdout.contains("output/about/index.html:"), "the waiver still holds in its own page: \(l.stdout)")
    }

    // MARK: - Case 10: addresses from site.yml

    func testCase10SiteAddressesMustBeWebAddresses() throws {
        let bad: [(String, String)] = [
            ("helpline url", "helplines:\n  - name: Help\n    url: javascript:alert(1)\n"),
            ("helpline data url", "helplines:\n  - name: Help\n    url: \"data:text/html,hi\"\n"),
            ("exit_url", "exit_url: \"vbscript:x\"\n"),
        ]
        for (what, yml) in bad {
            let tmp = try L.site(body: "Text.\n", siteYML: yml)
            let l = try L.lint(tmp)
            XCTAssertEqual(l.status, 1, "\(what): \(l.stdout)")
            XCTAssertTrue(l.stdout.contains("content/site.yml:"), "\(what): \(l.stdout)")
            XCTAssertTrue(l.stdout.contains("error[site-config]"), "\(what): \(l.stdout)")
            let b = try L.build(tmp)
            XCTAssertEqual(b.status, 1, what)
        }
        let good = try L.site(body: "Text.\n", siteYML: "helplines:\n  - name: Help\n    url: tel:08082000247\n")
        XCTAssertEqual(try L.lint(good).status, 0)
    }

    // MARK: - Case 11: theme symlinks and theme text

    func testCase11AThemeAssetThatIsASymlinkIsRefused() throws {
        let tmp = try L.site(body: "Text.\n")
        try copyTree(
            BinaryRunner.repository.appendingPathComponent("themes/default"), to: tmp.url.appendingPathComponent("theme"))
        try FileManager.default.createSymbolicLink(
            atPath: tmp.url.appendingPathComponent("theme/assets/x.txt").path,
            withDestinationPath: "/etc/passwd")
        let b = try BinaryRunner.run(["build", "--date", L.date, "--theme", "theme"], in: tmp.url)
        XCTAssertEqual(b.status, 1, b.stdout + b.stderr)
        XCTAssertTrue(b.stderr.contains("symbolic link"), b.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("output").path))
    }

    func testCase11ThemeTextIsScanned() throws {
        let tmp = try L.site(body: "Text.\n", register: Data("Tamsin Pengelly\n".utf8))
        try copyTree(
            BinaryRunner.repository.appendingPathComponent("themes/default"), to: tmp.url.appendingPathComponent("theme"))
        try tmp.write("theme/assets/extra.js", "// written for Tamsin Pengelly\nconsole.log(1)\n")
        let b = try BinaryRunner.run(["build", "--date", L.date, "--theme", "theme"] + L.names, in: tmp.url)
        XCTAssertEqual(b.status, 1, b.stdout + b.stderr)
        XCTAssertTrue(b.stderr.contains("names-register"), b.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("output").path))
    }

    // MARK: - Case 12: absolute links to the site's own address

    func testCase12AnAbsoluteLinkToADraftIsABrokenLink() throws {
        for link in ["/secret-draft/", "https://example.org/secret-draft/", "HTTPS://EXAMPLE.ORG/secret-draft/"] {
            let tmp = try L.site(body: "See [the draft](\(link)).\n")
            try tmp.write("content/secret-draft.md", "---\ntype: page\ntitle: Draft\nstatus: draft\n---\nText.\n")
            let l = try L.lint(tmp)
            XCTAssertEqual(l.status, 1, "\(link): \(l.stdout)")
            XCTAssertTrue(l.stdout.contains("error[broken-link]"), "\(link): \(l.stdout)")
            let b = try L.build(tmp)
            XCTAssertEqual(b.status, 1, link)
        }
    }

    func testCase12AnImageFromADraftsAddressIsAnError() throws {
        for source in ["/secret-draft/photo.png", "https://example.org/secret-draft/photo.png"] {
            let tmp = try L.site(body: "![A chart of referrals](\(source))\n")
            try tmp.write("content/secret-draft.md", "---\ntype: page\ntitle: Draft\nstatus: draft\n---\nText.\n")
            let l = try L.lint(tmp)
            XCTAssertEqual(l.status, 1, "\(source): \(l.stdout)")
            XCTAssertTrue(l.stdout.contains("error[broken-link]"), "\(source): \(l.stdout)")
            XCTAssertFalse(l.stdout.contains("secret-draft/"), "\(source): the address is printed: \(l.stdout)")
            XCTAssertEqual(try L.build(tmp).status, 1, source)
        }
        let fine = try L.site(body: "![A chart of referrals](https://example.org/assets/chart.png)\n")
        XCTAssertEqual(try L.lint(fine).status, 0)
    }

    func testCase2AndCase3LintSiteDecodesInvisibleAndSpaceEntities() throws {
        let tmp = try L.site(body: "Text.\n", register: Data("Tamsin Pengelly\n".utf8))
        for spelling in [
            "Tam&ZeroWidthSpace;sin Pengelly", "Tamsin&NonBreakingSpace;Pengelly", "Tamsin&thinsp;Pengelly",
            "Tamsin Pen&shy;gelly", "Tamsin&#8203; Pengelly", "T&#x61;msin&nbsp;Pengelly",
        ] {
            try tmp.write("built/index.html", "<!doctype html>\n<html><body><p>\(spelling)</p></body></html>\n")
            let l = try L.lint(tmp, L.names + ["--site", "built"])
            XCTAssertEqual(l.status, 1, "\(spelling): \(l.stdout)")
            XCTAssertTrue(l.stdout.contains("built/index.html:2:16: error[names-register]"), "\(spelling): \(l.stdout)")
        }
    }
}
