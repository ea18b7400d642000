import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// Helpers for the structured-identifier rule tests.
enum StructuredTest {
    static let helplines = [
        "0808 2000 247", "https://www.nationaldahelpline.org.uk/", "safer.avonmere@avonmere.example",
        "https://www.instagram.com/avonmerecsp",
    ]

    static func context(_ kind: PageKind? = .dhr, pseudonyms: [String] = ["Adult R", "Jo"]) -> AnonymisationContext {
        AnonymisationContext(
            pseudonyms: pseudonyms, allowedContacts: helplines, strictDatesOfBirth: kind == .dhr || kind == .briefing)
    }

    /// Runs one rule over body text.
    static func scan(_ rule: any AnonymisationRule, _ text: String, kind: PageKind? = .dhr, field: String? = nil)
        -> [AnonymisationFinding]
    {
        rule.scan(ScanText(text, line: 1, column: 1, field: field), context(kind))
    }

    /// The matched texts.
    static func matches(_ rule: any AnonymisationRule, _ text: String, kind: PageKind? = .dhr) -> [String] {
        scan(rule, text, kind: kind).map(\.matched)
    }

    /// Every finding's message leaves out the identifier it found, and names a fix.
    static func assertMasked(_ findings: [AnonymisationFinding], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(findings.isEmpty, "expected findings", file: file, line: line)
        for f in findings {
            XCTAssertFalse(f.message.contains(f.matched), "message leaks '\(f.matched)': \(f.message)", file: file, line: line)
            let compact = f.matched.filter { $0.isLetter || $0.isNumber }
            let messageCompact = f.message.filter { $0.isLetter || $0.isNumber }
            XCTAssertFalse(messageCompact.contains(compact), "message leaks '\(f.matched)': \(f.message)", file: file, line: line)
            XCTAssertTrue(f.message.contains("remove") || f.message.contains("use the month"), f.message, file: file, line: line)
        }
    }

    /// Sample text with 1️⃣ 2️⃣ … before each expected finding: strips the markers and returns
    /// the text and the scalar offsets they marked.
    static func marked(_ sample: String) -> (String, [Int]) {
        var out = String.UnicodeScalarView()
        var offsets: [Int] = []
        let scalars = Array(sample.unicodeScalars)
        var i = 0
        while i < scalars.count {
            // A keycap marker is digit, U+FE0F, U+20E3.
            if scalars[i] == "\u{1F51F}" {  // 🔟
                offsets.append(out.count)
                i += 1
                continue
            }
            if i + 2 < scalars.count, scalars[i + 1] == "\u{FE0F}", scalars[i + 2] == "\u{20E3}" {
                offsets.append(out.count)
                i += 3
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return (String(out), offsets)
    }

    /// A page meta for AnonymisationCheck tests.
    static func meta(allow: [WaiverEntry] = [], kind: PageKind = .dhr) -> PageMeta {
        var m = PageMeta()
        m.kind = kind
        m.title = Located("DHR: Adult R", line: 3, column: 8)
        m.pseudonyms = [
            Pseudonym(name: Located("Adult R", line: 6, column: 11), role: Located("the victim", line: 7, column: 11))
        ]
        m.allow = allow
        return m
    }

    static func check(_ body: String, allow: [WaiverEntry] = [], rules: [any AnonymisationRule], bodyFirstLine: Int = 10)
        -> [Diagnostic]
    {
        AnonymisationCheck(rules: rules, site: AnonymisationContext(allowedContacts: helplines))
            .check(meta(allow: allow), body: body, bodyFirstLine: bodyFirstLine, file: "content/reviews/adult-r.md")
    }

    static func waiver(_ rule: String, _ text: String, line: Int = 8) -> WaiverEntry {
        WaiverEntry(rule: rule, text: text, reason: "public service number", line: line, column: 5)
    }

    /// Waivers and positions through AnonymisationCheck for one rule and one identifier that
    /// appears on the second body line after `prefix`.
    static func assertCheckBehaviour(
        _ rule: any AnonymisationRule, identifier: String, prefix: String = "It was ",
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let body = "Intro line.\n\(prefix)\(identifier) in the notes.\n"
        let found = check(body, rules: [rule])
        XCTAssertEqual(found.count, 1, "\(found)", file: file, line: line)
        XCTAssertEqual(found.first?.rule, rule.id.rawValue, file: file, line: line)
        XCTAssertEqual(found.first?.location.line, 11, file: file, line: line)
        XCTAssertEqual(found.first?.location.column, prefix.unicodeScalars.count + 1, file: file, line: line)
        // A matching waiver silences it; one for other text is stale.
        XCTAssertEqual(check(body, allow: [waiver(rule.id.rawValue, identifier)], rules: [rule]), [], file: file, line: line)
        let stale = check(body, allow: [waiver(rule.id.rawValue, identifier + "9")], rules: [rule])
        XCTAssertEqual(
            stale.map(\.rule).sorted(), [RuleID.staleWaiver.rawValue, rule.id.rawValue].sorted(), file: file, line: line)
    }
}
