import Foundation
import XCTest

/// Issue 11, "Leak-proof": each of the thirteen ways a real name or identifier got published
/// with `build` exiting 0, through the real binary. Every case must fail safely: lint and
/// build exit non-zero, nothing is written, and nothing secret is printed.
final class LeakProofTests: XCTestCase {
    static let date = "2026-11-27"
    static let secret = "pengelly"

    /// A one-page site in a scratch folder: content/site.yml, content/about.md with `body`,
    /// and the register at private/names.txt when given (raw bytes, so line endings are exact).
    static func site(
        body: String, front: String = "", siteYML extra: String = "",
        register: Data? = nil
    ) throws -> TemporaryFolder {
        let tmp = try TemporaryFolder()
        try tmp.write(
            "content/site.yml",
            "title: Test partnership\nbase_url: https://example.org/\n" + extra
                + "accessibility:\n  prepared: 2026-09-01\n  contact_email: web.team@example.org\n  known_issues: []\n")
        try tmp.write(
            "content/about.md",
            "---\ntype: page\ntitle: About\nstatus: published\npublished: 2026-01-10\n"
                + "reviewed: 2026-01-10\n" + front + "---\n" + body)
        if let register {
            let file = tmp.url.appendingPathComponent("private/names.txt")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try register.write(to: file)
        }
        return tmp
    }

    static func lint(
        _ tmp: TemporaryFolder, _ extra: [String] = [], format: String = "text",
        environment: [String: String] = [:]
    ) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["lint", "--date", date, "--format", format] + extra, in: tmp.url, environment: environment)
    }

    static func build(
        _ tmp: TemporaryFolder, _ extra: [String] = [],
        environment: [String: String] = [:]
    ) throws -> BinaryRunner.Result {
        try BinaryRunner.run(
            ["build", "--date", date, "--theme", BinaryRunner.theme] + extra, in: tmp.url,
            environment: environment)
    }

    static let names = ["--names", "private/names.txt"]

    /// lint and build both fail, build writes no output, and `secret` is printed nowhere.
    func assertCaught(
        _ tmp: TemporaryFolder, _ extra: [String] = [], rule: String, secret: String = LeakProofTests.secret,
        _ what: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        for format in ["text", "json", "sarif", "github"] {
            let l = try Self.lint(tmp, extra, format: format)
            XCTAssertEqual(
                l.status, 1, "\(what): lint --format \(format) must fail\n\(l.stdout)\(l.stderr)", file: file, line: line)
            XCTAssertTrue(
                l.stdout.contains(rule), "\(what): lint --format \(format) must report \(rule)\n\(l.stdout)",
                file: file, line: line)
            XCTAssertFalse(
                (l.stdout + l.stderr).lowercased().contains(secret), "\(what): lint printed the secret",
                file: file, line: line)
        }
        let b = try Self.build(tmp, extra)
        XCTAssertEqual(b.status, 1, "\(what): build must fail\n\(b.stdout)\(b.stderr)", file: file, line: line)
        XCTAssertTrue(b.stderr.contains(rule), "\(what): build must report \(rule)\n\(b.stderr)", file: file, line: line)
        XCTAssertFalse(
            (b.stdout + b.stderr).lowercased().contains(secret), "\(what): build printed the secret",
            file: file, line: line)
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("output").path),
            "\(what): build wrote output", file: file, line: line)
        for (path, data) in try snapshot(tmp.url) where !path.hasPrefix("content/") && !path.hasPrefix("private/") {
            XCTAssertFalse(
                String(decoding: data, as: UTF8.self).lowercased().contains(secret),
                "\(what): \(path) holds the secret", file: file, line: line)
        }
    }

    // MARK: - Case 1: register line endings, BOM, comments, entry forms

    func testCase1RegisterWithAnyLineEndingOrEntryFormMatches() throws {
        let registers: [(String, String)] = [
            ("CRLF", "# names\r\nAda Lovell\r\nTamsin Pengelly\r\n"),
            ("CR", "# names\rAda Lovell\rTamsin Pengelly\r"),
            ("BOM", "\u{FEFF}Tamsin Pengelly\n"),
            ("comments and blanks", "\n# a comment\n\n  Tamsin Pengelly  \n\n"),
            ("Last, First", "Pengelly, Tamsin\n"),
            ("First Middle Last", "Tamsin Mary Pengelly\n"),
        ]
        for (what, register) in registers {
            let body =
                what == "First Middle Last" ? "Tamsin Mary Pengelly was seen.\n" : "The report says Tamsin Pengelly was seen.\n"
            let tmp = try Self.site(body: body, register: Data(register.utf8))
            try assertCaught(tmp, Self.names, rule: "names-register", what)
        }
    }

    func testCase1EntryNumbersAreLineNumbersWhateverTheLineEnding() throws {
        for ending in ["\n", "\r\n", "\r"] {
            let register = ["# names", "", "Ada Lovell", "Tamsin Pengelly", ""].joined(separator: ending)
            let tmp = try Self.site(body: "Tamsin Pengelly was seen.\n", register: Data(register.utf8))
            let l = try Self.lint(tmp, Self.names)
            XCTAssertTrue(l.stdout.contains("matches entry 4 of the names register"), l.stdout)
        }
    }

    // MARK: - Case 2: invisible characters and Unicode spaces

    func testCase2InvisibleCharactersAndUnicodeSpacesAreSeen() throws {
        let spellings: [(String, String)] = [
            ("no-break space", "Tamsin\u{00A0}Pengelly"),
            ("narrow no-break space", "Tamsin\u{202F}Pengelly"),
            ("soft hyphen", "Tamsin Pen\u{00AD}gelly"),
            ("zero-width space", "Tamsin Pen\u{200B}gelly"),
            ("zero-width joiner", "Tamsin Pen\u{200D}gelly"),
            ("word joiner", "Tamsin Pen\u{2060}gelly"),
            ("BOM inside", "Tamsin Pen\u{FEFF}gelly"),
            ("decomposed accent", "Tamsin Pe\u{0301}ngelly"),
        ]
        for (what, spelling) in spellings {
            let register = what == "decomposed accent" ? "Tamsin P\u{00E9}ngelly\n" : "Tamsin Pengelly\n"
            let tmp = try Self.site(body: "The report says \(spelling) was seen.\n", register: Data(register.utf8))
            try assertCaught(tmp, Self.names, rule: "names-register", secret: "gelly", what)
        }
    }

    func testCase2IdentifiersWithInvisibleCharactersAreSeen() throws {
        let cases: [(String, String, String)] = [
            ("postcode NBSP", "They lived at BS1\u{00A0}4DJ then.", "postcode"),
            ("postcode zero-width", "They lived at BS1\u{200B} 4DJ then.", "postcode"),
            ("NHS number NBSP", "NHS number 943\u{00A0}476\u{00A0}5919 was noted.", "nhs-number"),
            ("NHS number soft hyphen", "NHS number 943 476\u{00AD} 5919 was noted.", "nhs-number"),
            ("phone NBSP", "Call 07700\u{00A0}900123 now.", "phone"),
            ("date of birth en dash", "She was born on 15\u{2013}05\u{2013}1980.", "date-of-birth"),
        ]
        for (what, body, rule) in cases {
            let tmp = try Self.site(body: body + "\n")
            try assertCaught(tmp, rule: rule, secret: "\u{0}", what)
        }
    }

    // MARK: - Case 3: what readers get

    func testCase3RenderedTextIsChecked() throws {
        let bodies: [(String, String)] = [
            ("entity", "The report says Tamsin P&#101;ngelly was seen.\n"),
            ("split emphasis", "The report says **Tam**sin Pengelly was seen.\n"),
            ("blockquote wrap", "> The report says Tamsin\n> Pengelly was seen.\n"),
            ("list wrap", "- The report says Tamsin\n  Pengelly was seen.\n"),
            ("link text", "The report says Tamsin [Pengelly](https://example.org/) was seen.\n"),
            ("link URL", "See [the statement](https://example.org/Tamsin%20Pengelly) for more.\n"),
            ("alt text", "![Photo of Tamsin Pengelly](photo.png)\n"),
            ("heading", "## About Tamsin Pengelly\n\nText.\n"),
            ("table cell", "```table\ncaption: People\n| Who | Role |\n| --- | --- |\n| Tamsin Pengelly | Friend |\n```\n"),
        ]
        for (what, body) in bodies {
            let tmp = try Self.site(body: body, register: Data("Tamsin Pengelly\n".utf8))
            try assertCaught(tmp, Self.names, rule: "names-register", what)
        }
    }

    // Issue 12, eighth development corpus: a record pasted as an indented code block was
    // reported twice, once in place and once a line down and four columns left.
    func testCodeBlocksReportEachFindingOnceAtItsPlace() throws {
        let bodies: [(String, String, [String])] = [
            ("indented", "Intro.\n\n    Patient: Tamsin Pengelly\n    NHS no: 943 476 5919\n", ["10:14", "11:13"]),
            ("fenced", "Intro.\n\n```\nPatient: Tamsin Pengelly\n```\n", ["11:10"]),
            ("fenced in a quote", "> ```\n> Patient: Tamsin Pengelly\n> ```\n", ["9:12"]),
        ]
        for (what, body, expected) in bodies {
            let tmp = try Self.site(body: body, register: Data("Tamsin Pengelly\n".utf8))
            let r = try Self.lint(tmp, Self.names, format: "json")
            let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            let found = (json?["diagnostics"] as? [[String: Any]] ?? [])
                .filter { ["names-register", "nhs-number"].contains($0["rule"] as? String) }
                .map { "\($0["line"] ?? "?"):\($0["column"] ?? "?")" }
            XCTAssertEqual(found.sorted(), expected, "\(what)\n\(r.stdout)")
        }
    }

    func testCase3EncodedIdentifiersAreChecked() throws {
        let cases: [(String, String, String)] = [
            ("email entity", "Write to jane.doe&#64;example.com today.", "email"),
            ("postcode entity", "They lived at BS1&#32;4DJ then.", "postcode"),
        ]
        for (what, body, rule) in cases {
            let tmp = try Self.site(body: body + "\n")
            try assertCaught(tmp, rule: rule, secret: "\u{0}", what)
        }
    }

    // MARK: - Case 4: --names "" and no register

    func testCase4EmptyNamesOptionIsAUsageError() throws {
        let tmp = try Self.site(body: "Text.\n", register: Data("Tamsin Pengelly\n".utf8))
        let env = ["REVIEWSITE_NAMES": tmp.url.appendingPathComponent("private/names.txt").path]
        for command in ["lint", "build"] {
            let r = try BinaryRunner.run(
                [command, "--date", Self.date, "--theme", BinaryRunner.theme, "--names", ""]
                    .filter { command == "build" || ($0 != "--theme" && $0 != BinaryRunner.theme) },
                in: tmp.url, environment: env)
            XCTAssertEqual(r.status, 64, "\(command) --names \"\": \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("--names"), r.stderr)
        }
        let r = try BinaryRunner.run(["lint", "--date", Self.date], in: tmp.url, environment: ["REVIEWSITE_NAMES": ""])
        XCTAssertEqual(r.status, 64, "REVIEWSITE_NAMES set but empty: \(r.stderr)")
    }

    func testCase4EmptyOrBadRegisterIsAnError() throws {
        let registers: [(String, Data)] = [
            ("empty", Data()), ("only comments", Data("# none yet\n\n".utf8)), ("not UTF-8", Data([0x41, 0xFF, 0xFE, 0x0A])),
        ]
        for (what, data) in registers {
            let tmp = try Self.site(body: "Text.\n", register: data)
            let l = try Self.lint(tmp, Self.names)
            XCTAssertEqual(l.status, 1, "\(what): \(l.stdout)\(l.stderr)")
            let b = try Self.build(tmp, Self.names)
            XCTAssertEqual(b.status, 1, "\(what): \(b.stdout)\(b.stderr)")
        }
        let tmp = try Self.site(body: "Text.\n")
        let missing = try Self.lint(tmp, ["--names", "private/none.txt"])
        XCTAssertEqual(missing.status, 1, missing.stderr)
    }

    func testCase4NoRegisterIsSaidOnceAndCanBeRequired() throws {
        let tmp = try Self.site(body: "Text.\n")
        let notice = "no names register given: real names are checked only by pattern"
        let l = try Self.lint(tmp)
        XCTAssertEqual(l.status, 0, l.stdout + l.stderr)
        XCTAssertEqual(l.stderr.components(separatedBy: notice).count, 2, l.stderr)
        let b = try Self.build(tmp)
        XCTAssertEqual(b.status, 0, b.stdout + b.stderr)
        XCTAssertEqual((b.stdout + b.stderr).components(separatedBy: notice).count, 2, b.stderr)
        for command in ["lint", "build"] {
            var args = [command, "--date", Self.date, "--require-names"]
            if command == "build" { args += ["--theme", BinaryRunner.theme, "--output", "out2"] }
            let r = try BinaryRunner.run(args, in: tmp.url)
            XCTAssertEqual(r.status, 1, "\(command) --require-names: \(r.stdout)\(r.stderr)")
            XCTAssertTrue((r.stdout + r.stderr).contains("names register"), r.stderr)
        }
        let required = try Self.site(body: "Text.\n", siteYML: "require_names: true\n")
        let r = try Self.lint(required)
        XCTAssertEqual(r.status, 1, "require_names: true: \(r.stdout)\(r.stderr)")
    }

    // MARK: - Case 7: waivers

    func testCase7TheRegisterCannotBeWaived() throws {
        let tmp = try Self.site(
            body: "Tamsin Pengelly was seen.\n",
            front: "allow:\n  - rule: names-register\n    text: Tamsin Pengelly\n    reason: she agreed\n",
            register: Data("Tamsin Pengelly\n".utf8))
        let l = try Self.lint(tmp, Self.names)
        XCTAssertEqual(l.status, 1, l.stdout)
        XCTAssertTrue(l.stdout.contains("register"), l.stdout)
        XCTAssertTrue(l.stdout.contains("error[names-register]"), l.stdout)
        XCTAssertFalse(l.stdout.lowercased().contains(Self.secret), l.stdout)
    }

    // MARK: - Case 8: register changed in place

    func testCase8RegisterChangedWithSameSizeAndTimeIsNoticed() throws {
        // (`Jowan`: a given name no list knows, so the first build is clean; `Tamsin` is listed.)
        let tmp = try Self.site(body: "The report says Jowan Pengelly was seen.\n", register: Data("Ada Lovell\n".utf8))
        let file = tmp.url.appendingPathComponent("private/names.txt")
        let first = try Self.build(tmp, Self.names)
        XCTAssertEqual(first.status, 0, first.stderr)
        // Keep the exact modification time (to the nanosecond) and the inode: overwrite in place,
        // then restore the time from a copy, as a sync tool or a careful attacker would.
        let reference = tmp.url.appendingPathComponent("private/reference")
        try runTool("/bin/cp", ["-p", file.path, reference.path])
        let handle = try FileHandle(forWritingTo: file)
        try handle.write(contentsOf: Data("Pengelly\n#\n".utf8))  // 11 bytes, like "Ada Lovell\n"
        try handle.close()
        try runTool("/usr/bin/touch", ["-r", reference.path, file.path])
        let second = try Self.build(tmp, Self.names)
        XCTAssertEqual(second.status, 1, "a changed register must be noticed: \(second.stdout)\(second.stderr)")
        XCTAssertTrue(second.stderr.contains("names-register"), second.stderr)
    }

    // MARK: - Case 9: Turkish and German folding

    func testCase9TurkishAndGermanLettersFold() throws {
        let cases: [(String, String, String)] = [
            ("Turkish capitals", "İlker Yılmaz\n", "The report says İLKER YILMAZ was seen.\n"),
            ("Turkish lower", "İLKER YILMAZ\n", "The report says ilker yılmaz was seen.\n"),
            ("German sharp s", "Jana Strauß\n", "The report says JANA STRAUSS was seen.\n"),
            ("German ss", "Jana Strauss\n", "The report says Jana Strauß was seen.\n"),
        ]
        for (what, register, body) in cases {
            let tmp = try Self.site(body: body, register: Data(register.utf8))
            try assertCaught(tmp, Self.names, rule: "names-register", secret: what.hasPrefix("German") ? "strau" : "lmaz", what)
        }
    }

    func runTool(_ path: String, _ args: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "\(path) \(args)")
    }
}
