import Foundation
import XCTest

/// Issue 11's property: a register name, or an identifier, planted in any place a user can
/// write, in any spelling that hides it from a plain search, makes build and lint fail, and
/// is in no file written and no byte printed, in any format. A few dozen small sites,
/// chosen by a fixed rotation so every place meets several spellings and the run stays fast.
final class LeakProofPropertyTests: XCTestCase {
    typealias L = LeakProofTests

    /// Where a text can be written. `plant` puts `text` in a fresh site.
    struct Place: Sendable {
        var name: String
        /// Markdown-only spellings (entities, emphasis) make sense here.
        var markdown: Bool
        var plant: @Sendable (TemporaryFolder, String) throws -> Void
    }

    static let front =
        "---\ntype: dhr\ntitle: DHR Adult Q\nsummary: A review.\nstatus: published\npublished: 2026-01-10\n"
        + "reviewed: 2026-01-10\nhome_office_qa: 2025-12-01\npseudonyms:\n  - name: Adult Q\n    role: the victim\n"
        + "topics:\n  - stalking\n---\n"

    static func page(
        _ tmp: TemporaryFolder, front: String = front, body: String = "## Summary\n\nText.\n",
        file: String = "content/reviews/dhr-adult-q.md"
    ) throws {
        try tmp.write(file, front + body)
    }

    static func site(_ tmp: TemporaryFolder, extra: String = "") throws {
        try tmp.write(
            "content/site.yml",
            "title: Test partnership\nbase_url: https://example.org/\n" + extra
                + "accessibility:\n  prepared: 2026-09-01\n  contact_email: web.team@example.org\n  known_issues: []\n")
    }

    static let places: [Place] = [
        Place(name: "body", markdown: true) { t, s in
            try site(t); try page(t, body: "## Summary\n\nWe spoke to \(s) then.\n")
        },
        Place(name: "heading", markdown: true) { t, s in
            try site(t); try page(t, body: "## About \(s)\n\nText.\n")
        },
        Place(name: "table cell", markdown: true) { t, s in
            try site(t)
            try page(t, body: "## Summary\n\n```table\ncaption: People\n| Who | Role |\n| --- | --- |\n| \(s) | Friend |\n```\n")
        },
        Place(name: "alt text", markdown: true) { t, s in
            try site(t); try page(t, body: "## Summary\n\n![Photo of \(s)](p.png)\n")
        },
        Place(name: "link text", markdown: true) { t, s in
            try site(t); try page(t, body: "## Summary\n\nSee [\(s)](https://example.com/) now.\n")
        },
        Place(name: "link URL", markdown: false) { t, s in
            let encoded = s.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? s
            try site(t); try page(t, body: "## Summary\n\nSee [the statement](https://example.com/\(encoded)) now.\n")
        },
        Place(name: "blockquote", markdown: true) { t, s in
            let parts = s.split(separator: " ", maxSplits: 1).map(String.init)
            let wrapped = parts.count == 2 ? parts[0] + "\n> " + parts[1] : s
            try site(t); try page(t, body: "## Summary\n\n> We spoke to \(wrapped) then.\n")
        },
        Place(name: "title", markdown: false) { t, s in
            try site(t); try page(t, front: front.replacingOccurrences(of: "title: DHR Adult Q", with: "title: \"DHR \(s)\""))
        },
        Place(name: "summary", markdown: false) { t, s in
            try site(t);
            try page(t, front: front.replacingOccurrences(of: "summary: A review.", with: "summary: \"About \(s).\""))
        },
        Place(name: "topic", markdown: false) { t, s in
            try site(t); try page(t, front: front.replacingOccurrences(of: "  - stalking", with: "  - \"\(s)\""))
        },
        Place(name: "pseudonym role", markdown: false) { t, s in
            try site(t); try page(t, front: front.replacingOccurrences(of: "role: the victim", with: "role: \"friend of \(s)\""))
        },
        Place(name: "site.yml", markdown: false) { t, s in
            try site(t, extra: "organisation: \"\(s) Partnership\"\n"); try page(t)
        },
        Place(name: "helpline", markdown: false) { t, s in
            try site(t, extra: "helplines:\n  - name: \"\(s) line\"\n"); try page(t)
        },
        Place(name: "file name", markdown: false) { t, s in
            let slug = s.lowercased().replacingOccurrences(of: " ", with: "-")
            try site(t); try page(t, file: "content/reviews/\(slug).md")
        },
        Place(name: "theme template", markdown: false) { t, s in
            try site(t); try page(t)
            try copyTree(
                BinaryRunner.repository.appendingPathComponent("themes/default"), to: t.url.appendingPathComponent("theme"))
            let file = t.url.appendingPathComponent("theme/partials/bottom.html")
            let text = try String(contentsOf: file, encoding: .utf8)
            try Data((text + "\n<p>Thanks to \(s)</p>\n").utf8).write(to: file)
        },
        Place(name: "theme script", markdown: false) { t, s in
            try site(t); try page(t)
            try copyTree(
                BinaryRunner.repository.appendingPathComponent("themes/default"), to: t.url.appendingPathComponent("theme"))
            try t.write("theme/assets/extra.js", "// \(s)\n")
        },
    ]

    /// Spellings of the register name "Tamsin Pengelly".
    static let nameSpellings: [(String, String, Bool)] = [  // (what, text, markdown only)
        ("plain", "Tamsin Pengelly", false),
        ("no-break space", "Tamsin\u{00A0}Pengelly", false),
        ("soft hyphen", "Tamsin Pen\u{00AD}gelly", false),
        ("zero-width space", "Tamsin Pen\u{200B}gelly", false),
        ("capitals", "TAMSIN PENGELLY", false),
        ("entity", "Tamsin P&#101;ngelly", true),
        ("split emphasis", "**Tam**sin Pengelly", true),
    ]

    /// Identifiers, each with a part that must never be printed in full.
    static let identifiers: [(String, String, String)] = [  // (kind, text, secret part)
        ("postcode", "BS1\u{00A0}4DJ", "4dj"),
        ("NHS number", "NHS number 943\u{00A0}476\u{00A0}5919", "5919"),
        ("phone", "07700\u{200B}900123", "900123"),
        ("email", "jane.doe\u{00AD}@example.com", "jane.doe"),
    ]

    /// No byte printed or written (outside what the user wrote) holds the secret, however
    /// spelt: invisible characters removed and entities decoded before searching.
    func assertNowhere(
        _ secret: String, _ tmp: TemporaryFolder, printed: String, _ what: String,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        func plain(_ s: String) -> String {
            var t = s.replacingOccurrences(of: "&#101;", with: "e").lowercased()
            t.unicodeScalars.removeAll { [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF].contains($0.value) }
            return t.replacingOccurrences(of: "\u{00A0}", with: " ")
        }
        XCTAssertFalse(plain(printed).contains(secret), "\(what): printed\n\(printed)", file: file, line: line)
        for (path, data) in try snapshot(tmp.url)
        where !path.hasPrefix("content/") && !path.hasPrefix("private/") && !path.hasPrefix("theme/") {
            XCTAssertFalse(
                plain(String(decoding: data, as: UTF8.self)).contains(secret), "\(what): written to \(path)",
                file: file, line: line)
        }
    }

    func run(_ tmp: TemporaryFolder, _ extra: [String], format: String, _ what: String, secret: String) throws {
        let themed = FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("theme").path)
        let l = try L.lint(tmp, extra, format: format)
        let b = try BinaryRunner.run(
            ["build", "--date", L.date, "--theme", themed ? "theme" : BinaryRunner.theme] + extra,
            in: tmp.url)
        // lint has no theme: a leak only in the theme is build's to catch.
        if !themed { XCTAssertEqual(l.status, 1, "\(what): lint --format \(format) must fail\n\(l.stdout)") }
        XCTAssertEqual(b.status, 1, "\(what): build must fail\n\(b.stdout)\(b.stderr)")
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("output").path),
            "\(what): build wrote output")
        try assertNowhere(secret, tmp, printed: l.stdout + l.stderr + b.stdout + b.stderr, what)
    }

    func testARegisterNameInAnyPlaceAndSpellingNeverGetsOut() throws {
        let formats = ["text", "json", "sarif", "github"]
        var n = 0
        for (p, place) in Self.places.enumerated() {
            let spellings = Self.nameSpellings.filter { place.markdown || !$0.2 }
            // Two spellings per place, rotating, so every spelling meets many places.
            for k in 0..<2 {
                let (what, text, _) = spellings[(p * 2 + k) % spellings.count]
                let tmp = try TemporaryFolder()
                try place.plant(tmp, text)
                let crlf = (p + k) % 2 == 0
                try tmp.write(
                    "private/names.txt",
                    crlf
                        ? "# register\r\nAda Lovell\r\nTamsin Pengelly\r\n"
                        : "\u{FEFF}Pengelly, Tamsin\n")
                try run(tmp, L.names, format: formats[n % formats.count], "\(place.name) / \(what)", secret: "gelly")
                n += 1
            }
        }
        XCTAssertGreaterThanOrEqual(n, 30)
    }

    func testAnIdentifierInAnyPlaceNeverGetsOut() throws {
        let formats = ["text", "json", "sarif", "github"]
        let places = Self.places.filter { !["file name", "link URL"].contains($0.name) }
        var n = 0
        for (p, place) in places.enumerated() {
            let (kind, text, secret) = Self.identifiers[p % Self.identifiers.count]
            let tmp = try TemporaryFolder()
            try place.plant(tmp, text)
            try tmp.write("private/names.txt", "Ada Lovell\n")
            try run(tmp, L.names, format: formats[n % formats.count], "\(place.name) / \(kind)", secret: secret)
            n += 1
        }
        XCTAssertGreaterThanOrEqual(n, 12)
    }
}
