import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class PostcodeRuleTests: XCTestCase {
    let rule = PostcodeRule()

    func testEveryShape() {
        let text = "M1 1AE, B33 8TH, CR2 6XH, DN55 1PT, W1A 0AX, EC1A 1BB, SW1A1AA, GIR 0AA, BFPO 801, bs7 8aa."
        XCTAssertEqual(
            StructuredTest.matches(rule, text),
            ["M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "SW1A1AA", "GIR 0AA", "BFPO 801", "bs7 8aa"])
    }

    func testQuietCases() {
        // Outward codes alone, invalid letters, run-together small letters, mixed case, other codes.
        for text in [
            "BS7", "the BS7 area", "Q1 1AA", "AI1 1AA", "M1 1CA", "M1 1AI", "sw1a1aa", "Bs7 8aa", "MARAC 2021",
            "section 9", "13.2", "10:30", "A4 paper", "M25 motorway", "BFPO", "BFPO 12345", "Adult R", "CO2 emissions", "",
        ] {
            XCTAssertEqual(StructuredTest.matches(rule, text), [], text)
        }
    }

    func testMessageIsMasked() {
        let found = StructuredTest.scan(rule, "at EC1A 1BB")
        StructuredTest.assertMasked(found)
        XCTAssertEqual(found.first?.message, "postcode EC** ***; remove it, or name the town or area instead")
    }

    func testWaiversAndPositions() {
        StructuredTest.assertCheckBehaviour(rule, identifier: "BS7 8AA")
    }

    /// Development set 15 (held-out set 13, spent): a doubled space, as Word's justified text
    /// leaves, is still a postcode's one gap.
    func testADoubledSpace() {
        XCTAssertEqual(StructuredTest.matches(rule, "Flat 3, 17 Orchard Rise, Kelsfield TN41  5GY."), ["TN41  5GY"])
        XCTAssertEqual(StructuredTest.matches(rule, "the BS7    8AA shape"), [])
    }

    /// Development set 17: the Home Office's own postcode, on its letters.
    func testAGovernmentDepartmentsPostcode() {
        XCTAssertEqual(StructuredTest.matches(rule, "2 Marsham Street\nLondon\nSW1P 4DF"), [])
        XCTAssertEqual(StructuredTest.matches(rule, "She lived at SW1P 4DG."), ["SW1P 4DG"])
    }

    /// Development set 31 (held-out set 29, spent): a postcode abroad after its country's
    /// letters; not a year after a team's letters, nor a longer number.
    func testACountryPrefixedPostcode() {
        XCTAssertEqual(StructuredTest.matches(rule, "\u{201C}Vilniaus g. 118\u{2013}7, LT-76285\u{201D}"), ["LT-76285"])
        XCTAssertEqual(StructuredTest.matches(rule, "R\u{12B}gas iela 14, LV-4201 Valmiera"), ["LV-4201"])
        XCTAssertEqual(StructuredTest.matches(rule, "The IT-2024 project and form PL-1234567."), [])
    }

    /// Development set 32 (held-out set 30, spent): a US ZIP code after its town and state.
    func testAUSZIPCode() {
        XCTAssertEqual(StructuredTest.matches(rule, "ADDRESS: 4410 Westheimer Rd Apt 217, Houston TX 77027"), ["77027"])
        XCTAssertEqual(StructuredTest.matches(rule, "Her parents live in Austin, TX 78701-1234."), ["78701-1234"])
        XCTAssertEqual(StructuredTest.matches(rule, "REFER IN 12345 and OR 20000 people; TX 77027 alone."), [])
    }

    /// Development set 36 (held-out set 34, spent): run-together small letters after a town
    /// and its comma end an address; in prose they stay quiet.
    func testRunTogetherSmallLettersEndingAnAddress() {
        XCTAssertEqual(StructuredTest.matches(rule, "> **Address:** 22 Ashted Grove, Sparkfield, b114rz"), ["b114rz"])
        XCTAssertEqual(StructuredTest.matches(rule, "The b114rz code and a1a1aa in a chemical's name."), [])
    }

    /// The Information Commissioner's postcode, in every Freedom of Information reply.
    func testTheInformationCommissionersPostcodeIsPublic() {
        XCTAssertEqual(StructuredTest.matches(rule, "Wycliffe House, Water Lane, Wilmslow SK9 5AF."), [])
        XCTAssertEqual(StructuredTest.matches(rule, "She lived in Wilmslow SK9 5AG."), ["SK9 5AG"])
    }

    /// Development set 42: `ID` and a number after a word is an identifier, not Idaho's ZIP code.
    func testAnIDIsNoIdahoZIPCode() {
        XCTAssertEqual(StructuredTest.scan(rule, "Interpreter: Language Line tel, Arabic, ID 40818, 23:07").count, 0)
        XCTAssertEqual(StructuredTest.scan(rule, "She moved to Houston TX 77027 in 2019.").count, 1)
    }
}

extension PostcodeRuleTests {
    /// Development set 68: a postcode in small letters, run together, right after the word
    /// postcode; the same letters in prose are no postcode.
    func testAPostcodeInSmallLettersAfterTheWordPostcode() {
        XCTAssertEqual(StructuredTest.matches(rule, "a patient's NHS number and home postcode (pe219ab), and"), ["pe219ab"])
        XCTAssertEqual(StructuredTest.matches(rule, "Postcode: ln118td"), ["ln118td"])
        XCTAssertEqual(StructuredTest.matches(rule, "the sample was labelled pe219ab in the lab"), [])
    }
}

extension PostcodeRuleTests {
    /// Development set 73: a country's letters and a hyphen before a number that is not as
    /// long as that country's postcodes (Croatia's have five digits): a record's reference.
    func testACountryPrefixedNumberOfTheWrongLengthIsAReference() {
        XCTAssertEqual(StructuredTest.matches(rule, "Ref   : HR-0417"), [])
        XCTAssertEqual(
            StructuredTest.matches(rule, "Ilica 12, HR-10000 Zagreb; Dunajská 4, SK-81108 Bratislava"), ["HR-10000", "SK-81108"])
    }
}

extension PostcodeRuleTests {
    /// Development sets 35 to 38: a postcode split over two lines of an address block, in a
    /// quote or across a table cell's `<br>`, is one postcode to a reader; not in small letters.
    func testAPostcodeSplitOverTwoLines() {
        // (Shown on one line, as a reader sees it.)
        XCTAssertEqual(StructuredTest.matches(rule, "               CH46\n               2RT\n"), ["CH46 2RT"])
        XCTAssertEqual(StructuredTest.matches(rule, "Exeter EX1\n2QT"), ["EX1 2QT"])
        XCTAssertEqual(StructuredTest.matches(rule, "> Rhosfawr, Ynys Gwynant LL71\n> 9TD"), ["LL71 9TD"])
        XCTAssertEqual(StructuredTest.matches(rule, "| 22 Ashted Grove<br>Tamebridge B11<br>4RZ |"), ["B11 4RZ"])
        XCTAssertEqual(StructuredTest.matches(rule, "| 4 Elm Road<br>Bromley BR1<BR/>3AB |"), ["BR1 3AB"])
        XCTAssertFalse(StructuredTest.scan(rule, "Exeter EX1\n2QT").contains { $0.message.contains("\n") })
        XCTAssertEqual(StructuredTest.matches(rule, "see rm 2\n4ab then"), [])
    }
}
