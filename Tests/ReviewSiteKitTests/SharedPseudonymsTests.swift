import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit

/// Which other files' pseudonyms each file is checked with, worked out from front matter
/// before any file is checked (issue 16: files were checked a second time once the others'
/// names were known).
final class SharedPseudonymsTests: XCTestCase {
    private func meta(_ kind: PageKind, _ names: String...) -> SharedPseudonyms.Cast {
        var meta = PageMeta()
        meta.kind = kind
        meta.pseudonyms = names.map {
            Pseudonym(name: Located($0, line: 1, column: 1), role: Located("a person", line: 1, column: 1))
        }
        return SharedPseudonyms.Cast(meta)
    }

    func testPagesAndBriefingsUseEveryReviewsNamesAndBriefingsDistinctiveOnes() {
        let metas: [SharedPseudonyms.Cast?] = [
            meta(.dhr, "Leanne", "Adult B"), meta(.dhr, "Comfort"), meta(.briefing, "Laila", "Child 1"),
            meta(.page), nil,
        ]
        let given = SharedPseudonyms.given(metas)
        for page in [2, 3] {
            XCTAssertEqual(given[page]?.words, ["leanne", "adult", "b", "comfort", "laila"], "file \(page)")
        }
        // One list for them all, folded once.
        XCTAssertEqual(given[2]?.key, given[3]?.key)
        // Reviews that share no distinctive pseudonym lend each other nothing; an unreadable
        // file gets nothing.
        XCTAssertNil(given[0])
        XCTAssertNil(given[1])
        XCTAssertNil(given[4])
    }

    func testFilesOfOneReviewShareTheirCastButNotGenericLabels() {
        let metas: [SharedPseudonyms.Cast?] = [
            meta(.dhr, "Comfort", "Kwame"), meta(.dhr, "Comfort", "Adult A"), meta(.dhr, "Adult A", "Jo"),
        ]
        let given = SharedPseudonyms.given(metas)
        // (Each file's own names come too: it declares them anyway.)
        XCTAssertEqual(given[0]?.words, ["comfort", "kwame", "adult", "a"])
        XCTAssertEqual(given[1]?.words, ["comfort", "kwame", "adult", "a"])
        // `Adult A` names a different person in every review.
        XCTAssertNil(given[2])
    }

    /// The names are part of the check cache's key: a kept result is used only with the same names.
    func testTheNamesChangeTheCheckCachesKey() {
        let text = "Leanne told her GP."
        let hash = TextHash.ofContent(text)
        let plain = CheckCache.contentKey(text, hash: hash, others: nil)
        let withLeanne = CheckCache.contentKey(text, hash: hash, others: SharedPseudonyms.Names(["Leanne"]).key)
        let withJo = CheckCache.contentKey(text, hash: hash, others: SharedPseudonyms.Names(["Jo"]).key)
        XCTAssertEqual(Set([plain, withLeanne, withJo]).count, 3)
    }
}
