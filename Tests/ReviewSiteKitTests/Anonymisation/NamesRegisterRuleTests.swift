import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class NamesRegisterRuleTests: XCTestCase {
    /// Line 1 is a comment and line 3 blank, so "Jane Doe" is entry 2, "Smith" entry 4,
    /// "José Núñez" entry 5.
    let register = NamesRegister(text: "# private\nJane Doe\n\nSmith\nJosé Núñez\n")

    private func find(_ text: String) -> [AnonymisationFinding] {
        NamesRegisterRule().scan(ScanText(text, line: 1, column: 1), AnonymisationContext(register: register))
    }

    private func matched(_ text: String) -> [String] { find(text).map(\.matched) }

    func testWholeNameInAnyCaseReportsTheEntryNumberOnly() {
        let found = find("On the day, JANE DOE and jane doe were both seen.")
        XCTAssertEqual(found.map(\.matched), ["JANE DOE", "jane doe"])
        XCTAssertEqual(found.first?.message, "matches entry 2 of the names register; replace it with the pseudonym")
        XCTAssertEqual(found.first?.severity, .error)
        XCTAssertEqual(found.first?.range, 12..<20)
    }

    func testMultiWordEntryAcrossOneLineBreakButNotAParagraph() {
        XCTAssertEqual(matched("spoke to Jane\nDoe that day"), ["Jane\nDoe"])
        // Across a paragraph each part is still found on its own, as a part (issue 12).
        XCTAssertEqual(find("spoke to Jane\n\nDoe that day").map(\.matched), ["Jane", "Doe"])
        XCTAssertTrue(find("Jane went home. Doe is a deer.").allSatisfy { $0.message.contains("one part of it") })
    }

    func testEmailsUrlsAndHandles() {
        XCTAssertEqual(matched("write to jane.doe@example.com"), ["jane.doe"])
        XCTAssertEqual(matched("follow @jane_doe today"), ["jane_doe"])
        XCTAssertEqual(matched("see https://social.example/janedoe now"), ["janedoe"])
        XCTAssertEqual(matched("JaneDoe85@example.com"), ["JaneDoe"])
        XCTAssertEqual(matched("smith@example.com and /smith/"), ["smith", "smith"])
    }

    func testPossessivesAndHyphenatedForms() {
        XCTAssertEqual(matched("Smith's car and the Smiths' house"), ["Smith's", "Smiths"])
        XCTAssertEqual(matched("Ms Smith-Jones and Jones-Smith"), ["Smith", "Smith"])
        XCTAssertEqual(matched("Jane Doe's mother"), ["Jane Doe's"])
    }

    func testOnlyWholeWords() {
        XCTAssertEqual(matched("Smithfield market, a blacksmith, smithy, Janet Doering"), [])
    }

    func testAccentsAreIgnored() {
        XCTAssertEqual(matched("Jose Nunez was there"), ["Jose Nunez"])
    }

    func testNoRegisterNoFindings() {
        XCTAssertEqual(NamesRegisterRule().scan(ScanText("Jane Doe", line: 1, column: 1), AnonymisationContext()), [])
    }

    func testMessageNeverContainsTheName() {
        for f in find("Jane Doe, jane.doe@x.org, Smith's, José Núñez") {
            for leak in ["jane", "doe", "smith", "jos", "n\u{FA}\u{F1}ez", "nunez"] {
                XCTAssertFalse(f.message.lowercased().contains(leak), f.message)
            }
        }
    }
}

extension NamesRegisterRuleTests {
    /// Development set 76: a register name after `St` is a saint, or the church or the place
    /// named after one.
    func testARegisterNameAfterSaintIsTheSaint() {
        let context = AnonymisationContext(register: NamesRegister(text: "Piran Trevail\n"))
        func matched(_ text: String) -> [String] {
            NamesRegisterRule().scan(ScanText(text, line: 1, column: 1), context).map(\.matched)
        }
        XCTAssertEqual(matched("Sessions were held in St Piran's church hall and at St. Piran."), [])
        XCTAssertEqual(matched("Piran said he would come."), ["Piran"])
    }
}

extension NamesRegisterRuleTests {
    /// Development set 82: a register surname after a café's word names the family's café, and
    /// a register given name before a place of worship's word names the mosque.
    func testACafeAndAMosqueNamedLikeRegisterNames() {
        let context = AnonymisationContext(register: NamesRegister(text: "Lucia Conti\nNoor Hassan\n"))
        func matched(_ text: String) -> [String] {
            NamesRegisterRule().scan(ScanText(text, line: 1, column: 1), context).map(\.matched)
        }
        XCTAssertEqual(matched("Diolch i Gaffi Conti am y gacen. Thanks to Caffè Conti for the cake."), [])
        XCTAssertEqual(matched("They married in 2014 at the Noor Mosque on Dock Street."), [])
        XCTAssertEqual(matched("Conti rang the hub, and Noor answered."), ["Conti", "Noor"])
    }
}

extension NamesRegisterRuleTests {
    /// Development set 92: a register given name with Gujarati `-ben` (sister) or `-bhai`
    /// (brother) of respect run on is the name itself, reported as the register's, not as a
    /// misspelling; a word that only ends like one is not.
    func testAGivenNameWithBenOrBhaiRunOn() {
        let gujarati = NamesRegister(text: "Khatija Ismail Patel\nSuresh Mistry\n")
        func find(_ text: String) -> [AnonymisationFinding] {
            NamesRegisterRule().scan(ScanText(text, line: 1, column: 1), AnonymisationContext(register: gujarati))
        }
        let f = find("Is \"Khatijaben\" on the register? Sureshbhai said no.")
        XCTAssertEqual(f.map(\.matched), ["Khatijaben", "Sureshbhai"])
        XCTAssertEqual(f.map(\.rule), [.namesRegister, .namesRegister])
        XCTAssertTrue(f.first?.message.contains("-ben or -bhai") == true, f.first?.message ?? "")
        XCTAssertEqual(find("The Reuben Centre and Bhai Sahib were closed."), [])
    }
}

extension NamesRegisterRuleTests {
    /// Development set 91: a room's letter in the column before a register name in capitals is
    /// no initial of it; an initial one space before still is.
    func testAColumnsLetterBeforeARegisterName() {
        let bulgarian = NamesRegister(text: "Ivaylo Dimitrov\n")
        func find(_ text: String) -> [String] {
            NamesRegisterRule().scan(ScanText(text, line: 1, column: 1), AnonymisationContext(register: bulgarian)).map(\.matched)
        }
        XCTAssertEqual(find("17  B    DIMITROV IVAYLO             BGR  T2215"), ["DIMITROV IVAYLO"])
        XCTAssertEqual(find("Seen by I. Dimitrov today."), ["I. Dimitrov"])
    }
}

extension NamesRegisterRuleTests {
    /// Development set 99: a register surname that is also its people's language, listed with
    /// another language, is the language; alone it is still the name.
    func testAPeoplesLanguageThatIsAlsoARegisterSurname() {
        let context = AnonymisationContext(register: NamesRegister(text: "Sunita Gurung\n"))
        func matched(_ text: String) -> [String] {
            NamesRegisterRule().scan(ScanText(text, line: 1, column: 1), context).map(\.matched)
        }
        XCTAssertEqual(matched("She spoke Nepali and Gurung. Her mother speaks Gurung or Nepali."), [])
        XCTAssertEqual(matched("Gurung said no to the interpreter."), ["Gurung"])
    }
}
