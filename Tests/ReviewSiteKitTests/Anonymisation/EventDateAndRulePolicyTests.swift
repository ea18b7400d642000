import Foundation
import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// Issue 12: full dates in chronologies get their own rule (`event-date`) and one summary
/// warning per file; a site chooses each rule's severity under `rules:` in site.yml.
final class EventDateAndRulePolicyTests: XCTestCase {
    private func dhr(_ body: String, extra: String = "") -> String {
        """
        ---
        type: dhr
        title: "DHR: Adult R (2021)"
        summary: "The review into the death of Adult R."
        status: published
        published: 2026-01-10
        reviewed: 2026-01-20
        home_office_qa: 2025-12-10
        pseudonyms:
          - name: "Adult R"
            role: "the victim"
        \(extra)---
        \(body)
        """
    }

    private func lint(_ page: String, rules: String = "") throws -> [Diagnostic] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("reviews"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "title: Avonmere CSP\nbase_url: https://www.avonmere.example/\n\(rules)".write(
            to: dir.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        try page.write(to: dir.appendingPathComponent("reviews/dhr-adult-r.md"), atomically: true, encoding: .utf8)
        var options = PipelineOptions(date: SiteDate(year: 2026, month: 11, day: 27)!)
        options.contentDirectory = dir.path
        options.jobs = 1
        return try SitePipeline.lint(options).diagnostics
    }

    let chronology = """
        ## Chronology

        On 3 March 2021 the GP saw Adult R.

        On 15 April 2021 the police attended. On 2 May 2021 a MARAC was held.

        Adult R was born on 12 June 1980.
        """

    func testEventDatesAreOneSummaryWarningPerFile() throws {
        let found = try lint(dhr(chronology))
        let events = found.filter { $0.rule == "event-date" }
        XCTAssertEqual(events.count, 1, "\(found)")
        XCTAssertEqual(events.first?.severity, .warning)
        XCTAssertEqual(events.first?.location.line, 15)
        XCTAssertTrue(
            events.first?.message.hasPrefix("3 full dates on lines 15, 17; check none is a date of birth") == true,
            events.first?.message ?? "")
        // The date of birth keeps its own rule and error.
        XCTAssertEqual(found.filter { $0.rule == "date-of-birth" }.map(\.severity), [.error])
        XCTAssertFalse(events.first?.message.contains("2021") == true)
    }

    func testEventDateRuleIdOnTheFinding() {
        let f = DateOfBirthRule().scan(
            ScanText("On 3 March 2021 the GP saw her.", line: 1, column: 1),
            AnonymisationContext(strictDatesOfBirth: true))
        XCTAssertEqual(f.map(\.rule), [.eventDate])
    }

    func testSitePolicyChangesSeverityOrTurnsARuleOff() throws {
        let off = try lint(dhr(chronology), rules: "rules:\n  event-date: off\n  date-of-birth: warning\n")
        XCTAssertEqual(off.filter { $0.rule == "event-date" }, [])
        XCTAssertEqual(off.filter { $0.rule == "date-of-birth" }.map(\.severity), [.warning])
        let strict = try lint(dhr(chronology), rules: "rules:\n  event-date: error\n")
        XCTAssertEqual(strict.filter { $0.rule == "event-date" }.map(\.severity), [.error])
    }

    func testUnknownRuleIdsAndValuesAreErrors() throws {
        let found = try lint(dhr("Nothing here."), rules: "rules:\n  event-dates: off\n  phone: maybe\n")
        let config = found.filter { $0.rule == RuleID.siteConfig.rawValue || $0.rule == RuleID.fieldType.rawValue }
        XCTAssertTrue(
            config.contains {
                $0.message.contains("unknown rule 'event-dates'") && $0.message.contains("did you mean 'event-date'?")
            },
            "\(config)")
        XCTAssertTrue(config.contains { $0.message.contains("'phone' must be error, warning or off") }, "\(config)")
        XCTAssertTrue(config.allSatisfy { $0.severity == .error })
    }

    func testAPlainStringHelplineAllowsItsNumbersEmailsAndURLs() {
        var config = SiteConfig(title: "T", baseURL: "https://t.example/")
        config.helplines = [
            Helpline(
                name:
                    "Avonmere Outreach: 0117 496 0123, avonmere.helpdesk@avonmere.example or https://www.avonmere-outreach.example/help",
                isPlainText: true)
        ]
        let allowed = config.allowedContacts
        XCTAssertTrue(allowed.contains("0117 496 0123"), "\(allowed)")
        XCTAssertTrue(allowed.contains("avonmere.helpdesk@avonmere.example"), "\(allowed)")
        XCTAssertTrue(allowed.contains("https://www.avonmere-outreach.example/help"), "\(allowed)")
        let context = AnonymisationContext(allowedContacts: allowed)
        let text = ScanText("Call 0117 496 0123 or write to avonmere.helpdesk@avonmere.example.", line: 1, column: 1)
        XCTAssertEqual(PhoneRule().scan(text, context) + EmailRule().scan(text, context), [])
    }

    /// A number the phone rule is quiet on where it stands (a unit's, after its name and a
    /// colon) is still allowed everywhere else by a plain helpline entry that gives it
    /// (development set 74: the rule's own quiet had kept it out of the allowed numbers).
    func testAPlainStringHelplineAllowsANumberItsWordsMakeAServices() {
        var config = SiteConfig(title: "T", baseURL: "https://t.example/")
        config.helplines = [
            Helpline(name: "Forced Marriage Unit: 020 7008 0151", isPlainText: true),
            Helpline(name: "Council switchboard on 01632 960 000 (Monday to Friday)", isPlainText: true),
        ]
        let context = AnonymisationContext(allowedContacts: config.allowedContacts)
        let text = ScanText("Ring 020 7008 0151 or 01632 960 000; not 01632 960 001.", line: 1, column: 1)
        XCTAssertEqual(PhoneRule().scan(text, context).map(\.matched), ["01632 960 001"])
    }

    func testEveryDocumentedRuleIdIsKnown() throws {
        // Every rule id in the README's tables may be set under rules:.
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("README.md"), encoding: .utf8)
        var documented = Set<String>()
        let rules = readme.components(separatedBy: "\n## Rules")[1].components(separatedBy: "\n## Command line")[0]
        for line in rules.split(separator: "\n") where line.hasPrefix("| `") {
            let id = line.dropFirst(3).prefix { $0 != "`" }
            if id.allSatisfy({ $0.isLowercase || $0 == "-" }) { documented.insert(String(id)) }
        }
        XCTAssertTrue(documented.contains("event-date") && documented.contains("image-alt"), "\(documented)")
        XCTAssertEqual(documented.subtracting(RulePolicy.knownRuleIDs), [])
    }
}
