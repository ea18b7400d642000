import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// DHR-style prose with every structured rule's finding marked inline (1️⃣ before each), and
/// the traps that must stay quiet around them.
final class StructuredMarkedSampleTests: XCTestCase {
    static let sample = """
        ## Chronology

        3.1 In March 2023 Adult R, aged 34, told the IDVA that she had moved. The MARAC met at 10:30 on 4 April.
        3.2 Paragraph 13.2 of the Domestic Abuse Act 2021 guidance, and section 9, apply; costs were £1,250.00 (12% of 10,000).
        3.3 Adult R was born on 1️⃣15 May 1989 at home, at 2️⃣12 Acacia Avenue, 3️⃣BS7 8AA.
        3.4 Her NHS number 4️⃣943 476 5919 was on the referral; 485 777 3456 fails the check.
        3.5 Jo texted from 5️⃣07700 900123 and wrote to 6️⃣jo.bloggs@example.co.uk; she used 7️⃣@jo_bloggs99.
        3.6 Avonmere Police stopped 8️⃣BD51 SMR. The helpline is 0808 2000 247 and safer.avonmere@avonmere.example.
        3.7 On 9️⃣3 June 2020 Avonmere Road Surgery saw Adult R; her NI number was 🔟AB 12 34 56 C.
        """

    func testFindingsAreExactlyAtTheMarkers() {
        let (text, marks) = StructuredTest.marked(Self.sample)
        XCTAssertEqual(marks.count, 10)
        let scan = ScanText(text, line: 1, column: 1)
        let found = StructuredRules.all.flatMap { $0.scan(scan, StructuredTest.context()) }
        XCTAssertEqual(
            found.map(\.range.lowerBound).sorted(), marks, found.map { "\($0.rule) \($0.matched)" }.joined(separator: ", "))
        XCTAssertEqual(
            Set(found.map(\.rule)),
            Set(StructuredRules.all.map(\.id)).union([RuleID.eventDate]).subtracting([RuleID.quasiIdentifier]))
        StructuredTest.assertMasked(found)
    }

    func testRuleIdsAreUnique() {
        XCTAssertEqual(Set(StructuredRules.all.map(\.id)).count, 10)
    }

    func testHostileInputNeverCrashes() {
        let inputs = [
            "", "@", "@@@@", "+", "+44", "+44 (", "(0", String(repeating: "9", count: 200_000),
            String(repeating: "0 ", count: 50_000),
            String(repeating: "AB12 ", count: 20_000), String(repeating: "@a", count: 50_000),
            String(repeating: "x at y dot ", count: 20_000),
            "🙂\u{0301}\u{FE0F}15 May 2020\u{200B}", String(repeating: "1/", count: 50_000), "D.O.B", "Flat", "12", "12 ",
            "born 31",
        ]
        for input in inputs {
            let scan = ScanText(input, line: 1, column: 1)
            for rule in StructuredRules.all { _ = rule.scan(scan, StructuredTest.context()) }
        }
    }

    /// A 15,000-word review scans in well under a second even in a debug build (a few
    /// milliseconds in release).
    func testLongReviewScansInLinearTime() {
        let (paragraph, _) = StructuredTest.marked(Self.sample)
        let words = paragraph.split(separator: " ").count
        let text = String(repeating: paragraph + "\n\n", count: 15_000 / words + 1)
        let scan = ScanText(text, line: 1, column: 1)
        let start = Date()
        var total = 0
        for rule in StructuredRules.all {
            let t0 = Date()
            total += rule.scan(scan, StructuredTest.context()).count
            print("  \(rule.id): \(Int(Date().timeIntervalSince(t0) * 1000)) ms")
        }
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertGreaterThan(total, 0)
        XCTAssertLessThan(elapsed, 1.0, "took \(elapsed) s")
        print("structured rules: \(text.split(separator: " ").count) words in \(Int(elapsed * 1000)) ms")
    }
}
