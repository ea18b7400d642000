import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// The one normal form every rule sees (issue 11, case 2), its offset map back to the source,
/// and the names register's reading of line endings and entry forms (case 1).
final class NormalFormTests: XCTestCase {
    func testInvisibleCharactersGoAndSpacesDashesApostrophesAreUnified() {
        XCTAssertEqual(NormalForm.string("Tam\u{00AD}sin\u{00A0}Pen\u{200B}gel\u{2060}ly\u{FEFF}"), "Tamsin Pengelly")
        XCTAssertEqual(
            NormalForm.string("O\u{2019}Neill \u{2013} Smith\u{2011}Jones O\u{02BC}Brien"), "O'Neill - Smith-Jones O'Brien")
        XCTAssertEqual(NormalForm.string("Pe\u{0301}ngelly"), "P\u{00E9}ngelly")
        XCTAssertEqual(NormalForm.string("plain ASCII"), "plain ASCII")
    }

    func testFoldingHandlesTurkishAndGermanLetters() {
        XCTAssertEqual(NormalForm.fold("İLKER"), NormalForm.fold("ilker"))
        XCTAssertEqual(NormalForm.fold("YILMAZ"), NormalForm.fold("Yılmaz"))
        XCTAssertEqual(NormalForm.fold("Strauß"), NormalForm.fold("STRAUSS"))
        // Development set 61: letters with a stroke, which no decomposition takes apart.
        XCTAssertEqual(NormalForm.fold("Østergaard"), NormalForm.fold("OSTERGAARD"))
        XCTAssertEqual(NormalForm.fold("Łukasz"), "lukasz")
        XCTAssertEqual(NormalForm.fold("Đorđević"), "dordevic")
        XCTAssertEqual(NormalForm.fold("Ægir Þórsson"), "aegir thorsson")
        XCTAssertEqual(WordHash.lowercased("Yılmaz"), WordHash.lowercased("YILMAZ"))
        XCTAssertEqual(WordHash.lowercased("Strauß"), WordHash.lowercased("strauss"))
    }

    func testPositionsMapBackToTheTextAsWritten() {
        // "Pen<soft hyphen>gelly" starts at column 8 of line 2 as written.
        let text = ScanText("Hello.\nTamsin Pen\u{00AD}gelly and B\u{00A0}C.", line: 10, column: 1)
        XCTAssertEqual(text.text, "Hello.\nTamsin Pengelly and B C.")
        let offset = Array(text.text.unicodeScalars).firstIndex(of: "a", after: 17)!
        XCTAssertEqual(text.location(offset).line, 11)
        // "and" is one scalar later than it looks in the normal form (the soft hyphen).
        let and = text.text.unicodeScalars.distance(
            from: text.text.unicodeScalars.startIndex,
            to: text.text.range(of: "and")!.lowerBound.samePosition(in: text.text.unicodeScalars)!)
        XCTAssertEqual(text.location(and).column, 18)
    }

    func testTheRegisterReadsAnyLineEndingBOMCommentsAndLastFirst() {
        for raw in [
            "# c\nAda Lovell\nPengelly, Tamsin\n", "# c\r\nAda Lovell\r\nPengelly, Tamsin\r\n",
            "# c\rAda Lovell\rPengelly, Tamsin\r", "\u{FEFF}# c\nAda Lovell\n  Pengelly ,  Tamsin  \n",
        ] {
            let register = NamesRegister(text: raw)
            XCTAssertEqual(register.entries.map(\.number), [2, 3], raw.debugDescription)
            XCTAssertEqual(register.entries.map(\.name), ["Ada Lovell", "Tamsin Pengelly"], raw.debugDescription)
        }
        XCTAssertNotEqual(NamesRegister(text: "Ada\n").contentHash, NamesRegister(text: "Adb\n").contentHash)
    }

    /// Development set 32 (held-out set 30, spent): entities written out in a code span or a
    /// pasted HTML extract, which readers see as written and read as the characters they name.
    func testEntitiesWrittenOutAreTheCharactersTheyName() {
        XCTAssertEqual(NormalForm.string("58&nbsp;Northgate Terrace"), "58 Northgate Terrace")
        XCTAssertEqual(NormalForm.string("07700&#160;900&#xA0;318, parents&#39; home"), "07700 900 318, parents' home")
        XCTAssertEqual(NormalForm.string("Jo&shy;anne &amp; A&E, Q&A; R&D"), "Joanne & A&E, Q&A; R&D")
        // A finding still points at the text as written: `Northgate` starts at column 13.
        let text = ScanText("58&nbsp;Northgate Terrace", line: 4, column: 8)
        let offset = text.text.distance(from: text.text.startIndex, to: text.text.range(of: "Northgate")!.lowerBound)
        XCTAssertEqual(text.location(offset).column, 16)
    }

    /// Development set 41: digits of other scripts are ASCII digits, one scalar for one.
    func testDigitsOfOtherScriptsBecomeASCIIDigits() {
        XCTAssertEqual(NormalForm.string("०७७०० ٠١٢ ۳۴ ７"), "07700 012 34 7")
        XCTAssertEqual(NormalForm.string("½ ² Ⅷ"), "½ ² Ⅷ")
    }

}

private extension Array where Element == Unicode.Scalar {
    func firstIndex(of s: Unicode.Scalar, after i: Int) -> Int? {
        self[(i + 1)...].firstIndex(of: s)
    }

}
