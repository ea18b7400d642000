import XCTest

@testable import ReviewSiteAnonymisation

/// The shared per-text work (issue 16) gives what each rule worked out for itself before:
/// a token's key answers as its letters do, and the rules that now look only near runs of
/// digits find what looking at every offset finds.
final class SharedScanTests: XCTestCase {
    /// Deterministic texts rich in what the rules look for: short words in any case, digits,
    /// spaces, the letters of NI prefixes, postcodes, BFPO and GIR.
    private func samples() -> [String] {
        let pieces = [
            "AB", "ab", "GIR", "BFPO", "0AA", "12", "34", "56", "C", "c", "SW1A", "1AA", "bs7", "8aa", "M1", "1AE",
            " ", " ", ".", ",", "\n", "St", "estate", "Estate", "at", "AT", "for", "was", "Is", "sept", "Sept",
            "March", "15", "th", "3rd", "Road", "lane", "ysgol", "Ysgol", "é", "Ab", "x9", "9", "1234", "_",
        ]
        var state: UInt64 = 7
        var out = ["", "AB 12 34 56 C", "SW1A 1AA", "GIR 0AA", "BFPO 1234", "ab123456c", "M1 1AE and AB123456C"]
        for _ in 0..<3000 {
            var s = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1
            for _ in 0..<(Int(state >> 59) + 1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1
                s += pieces[Int(state >> 33) % pieces.count]
                if state >> 63 == 1 { s += " " }
            }
            out.append(s)
        }
        return out
    }

    func testTokenKeysAnswerAsTheLettersDo() {
        let lists: [WordList] = [
            ["at", "for", "with"], ["estate", "road", "lane", "september", "registration"], ["st", "nd", "rd", "th"],
        ]
        let words = ["at", "for", "estate", "sept", "st", "is", "ysgol"]
        for s in samples() {
            let text = ScanText(s, line: 1, column: 1)
            XCTAssertEqual(text.wordKeys.count, text.tokens.count)
            for (k, t) in text.tokens.enumerated() {
                for list in lists {
                    XCTAssertEqual(
                        StructuredScan.index(text, token: k, in: list), StructuredScan.index(text, t.start..<t.end, in: list),
                        s.debugDescription)
                }
                for w in words {
                    XCTAssertEqual(
                        StructuredScan.equals(text, token: k, WordList.key(of: w)),
                        StructuredScan.equals(text, t.start..<t.end, w), "\(s.debugDescription) \(w)")
                }
            }
        }
    }

    func testHashSetAnswersAsASet() {
        var state: UInt64 = 3
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return state
        }
        for size in [0, 1, 7, 100, 5000] {
            var members = Set((0..<size).map { _ in next() >> (next() % 60) })
            if size == 7 { members.insert(0) }
            let fast = HashSet64(members)
            for m in members { XCTAssertTrue(fast.contains(m)) }
            for _ in 0..<20_000 {
                let q = next() >> (next() % 60)
                XCTAssertEqual(fast.contains(q), members.contains(q))
            }
            XCTAssertEqual(fast.contains(0), members.contains(0))
        }
    }

    /// Every offset in turn, skipping past each finding, as the rules used to scan.
    private func everyOffset(_ text: ScanText, _ find: (ScanText, Int) -> AnonymisationFinding?) -> [AnonymisationFinding] {
        var out: [AnonymisationFinding] = []
        var i = 0
        while i < text.scalars.count {
            if let found = find(text, i) {
                out.append(found)
                i = found.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    func testDigitRunScansFindWhatEveryOffsetFinds() {
        let context = AnonymisationContext()
        let ni = NINumberRule(), postcode = PostcodeRule()
        var found = 0
        for s in samples() {
            let text = ScanText(s, line: 1, column: 1)
            let niFindings = ni.scan(text, context)
            XCTAssertEqual(niFindings, everyOffset(text) { ni.find($0, at: $1) }, s.debugDescription)
            let postcodes = postcode.scan(text, context)
            XCTAssertEqual(postcodes, everyOffset(text) { postcode.find($0, at: $1) }, s.debugDescription)
            found += niFindings.count + postcodes.count
        }
        XCTAssertGreaterThan(found, 100, "the samples hold numbers of both kinds")
    }

    /// The engine works out the register's matches once a text and hands them to every rule
    /// (issue 16): what each rule reports is what it reports matching for itself.
    func testSharedRegisterMatchesGiveEachRulesOwnFindings() {
        let register = NamesRegister(text: "Karen Mottram\nAisha al-Hassan\nRhodri ap Gwilym")
        let context = AnonymisationContext(pseudonyms: ["Adult R"], register: register)
        let rules: [any AnonymisationRule] = NameRules.all + StructuredRules.all
        for sample in [
            "Karen Mottram met Mr Gwilym and Sarah Jones; Mottram's sister, K. Mottram, rang 07700 900123.",
            "Aisha al-Hassan, born 3 May 1980, and Dr Patel saw Rhodri at 4 Mill Lane, Leeds LS1 4AB.",
            "No names at all here.",
        ] {
            let text = ScanText(sample, line: 1, column: 1)
            let shared = text.sharingRegisterMatches(register)
            XCTAssertEqual(shared.registerMatches, register.matcher.matches(in: text), sample)
            XCTAssertEqual(rules.findings(in: text, context), rules.flatMap { $0.scan(text, context) }, sample)
        }
        // Without a register there is nothing to share.
        XCTAssertNil(ScanText("Karen Mottram", line: 1, column: 1).sharingRegisterMatches(nil).registerMatches)
    }

    /// The one look-back the phone and NHS rules share stops where each asks: a word count, a
    /// line or a blank line, a sentence's stop, and a veto word met first.
    func testListWordBeforeStopsWhereItsLookBackSays() {
        func before(_ s: String, _ look: StructuredScan.LookBack, veto: WordList? = nil) -> Bool {
            let text = ScanText(s, line: 1, column: 1)
            let last = text.tokens.lastIndex { $0.kind == .number }!
            return StructuredScan.listWordBefore(text, token: last, look, in: ["phone", "nhs"], unless: veto)
        }
        let line = StructuredScan.LookBack(words: 4, boundary: .line, stops: ".;")
        XCTAssertTrue(before("her Phone was 0455", line))
        XCTAssertFalse(before("phone one two three four 0455", line), "five words back")
        XCTAssertFalse(before("phone\n0455", line), "another line")
        XCTAssertFalse(before("phone. Then 0455", line), "another sentence")
        let paragraph = StructuredScan.LookBack(words: 4, boundary: .paragraph)
        XCTAssertTrue(before("phone\n0455", paragraph))
        XCTAssertFalse(before("phone\n\n0455", paragraph), "another paragraph")
        XCTAssertFalse(before("phone her 0455", paragraph, veto: ["her"]))
        XCTAssertTrue(before("her phone 0455", paragraph, veto: ["her"]), "the list's word is met first")
    }
}

extension SharedScanTests {
    /// A titled name is one finding, not also an undeclared name inside it: a reader saw
    /// `Sqn Ldr Andrew Pryor` and `Dr J. K. Rowe` reported twice (thirtieth session's note).
    /// With titled-name off the undeclared name is still reported.
    func testATitledNameIsOneFinding() {
        let context = AnonymisationContext(pseudonyms: ["Andrew Kerslake"])
        let text = ScanText("The liaison officer, Sqn Ldr Andrew Pryor, attended. Dr J. K. Rowe saw her.", line: 1, column: 1)
        let found = NameRules.all.findings(in: text, context)
        XCTAssertEqual(found.map(\.rule), [.titledName, .titledName])
        let withoutTitled: [any AnonymisationRule] = NameRules.all.filter { $0.id != .titledName }
        XCTAssertEqual(Set(withoutTitled.findings(in: text, context).map(\.rule)), [.undeclaredName])
    }
}

extension SharedScanTests {
    /// Development set 64: a declared given name before an undeclared double-barrelled surname,
    /// after a rank: one finding, the titled name's, though the undeclared name's runs on past
    /// its end (`DCI Marcus Oyelowo-Hart` when only `Marcus Delahaye` may be named).
    func testATitledNameIsOneFindingWhenTheUndeclaredNameRunsOn() {
        let context = AnonymisationContext(pseudonyms: ["Adult R"], publicNames: ["Marcus Delahaye"])
        let text = ScanText("| DCI Marcus Oyelowo-Hart | Wessex Coast Police |", line: 1, column: 1)
        XCTAssertEqual(NameRules.all.findings(in: text, context).map(\.rule), [.titledName])
    }
}

extension SharedScanTests {
    /// Development set 126: a training page's table gives the values guidance writes for
    /// nobody (`12 Any Street`, `Any Academy`, `AB12 CDE`, `@anyname`); real ones beside
    /// them still report.
    func testExampleValuesAreNobodys() {
        let rules: [any AnonymisationRule] = NameRules.all + StructuredRules.all
        let text = ScanText(
            """
            | Address | "12 Any Street" | Identifies the household |
            | School | "Year 9 at Any Academy" | Identifies the child |
            | Employer | "the chef at the Any Hotel" | One chef |
            | Social media | "@anyname" | Searchable |
            | Vehicle | "AB12 CDE" | Searchable |
            | Real | 12 Mill Lane, "Year 9 at Fellgate Academy", @dunlin_kay, PF66 RWO | |
            """, line: 1, column: 1)
        XCTAssertEqual(
            rules.findings(in: text, AnonymisationContext()).map(\.matched).sorted(),
            ["12 Mill Lane", "@dunlin_kay", "Fellgate Academy", "PF66 RWO"])
        // (An outside review: a real street after a building called `Any Court`.)
        XCTAssertTrue(
            rules.findings(in: ScanText("Flat 3, Any Court, 14 Harbour Row", line: 1, column: 1), AnonymisationContext())
                .contains { $0.rule == .quasiIdentifier })
    }
}
