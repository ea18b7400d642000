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
            XCTAssertEqual(given[page]?.words.union, ["leanne", "adult", "b", "comfort", "laila"], "file \(page)")
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
        XCTAssertEqual(given[0]?.words.union, ["comfort", "kwame", "adult", "a"])
        XCTAssertEqual(given[1]?.words.union, ["comfort", "kwame", "adult", "a"])
        // `Adult A` names a different person in every review.
        XCTAssertNil(given[2])
    }

    /// A review sharing several distinctive pseudonyms keeps one set of words for each (each set
    /// shared by every review that declares that name), and they answer as the one union of
    /// every name did: the same words, the same key.
    func testSeveralSharedNamesAnswerAsTheirUnion() {
        let metas: [SharedPseudonyms.Cast?] = [
            meta(.dhr, "Comfort", "Kwame", "Adult A"), meta(.dhr, "Comfort", "Zdeněk"),
            meta(.dhr, "Kwame", "Ama Serwaa"), meta(.dhr, "Ama Serwaa", "Adult B"),
        ]
        let given = SharedPseudonyms.given(metas)
        // The union the first file's check used before: every name of the reviews it shares a name with.
        let names = ["Adult A", "Ama Serwaa", "Comfort", "Kwame", "Zdeněk"]
        let union = NameMatching.declaredWords(names)
        XCTAssertEqual(given[0]?.words.union, union)
        XCTAssertEqual(given[0]?.key, SharedPseudonyms.Names(names).key)
        for word in union { XCTAssertTrue(given[0]?.words.contains(word) == true, word) }
        for word in ["b", "adult b", "serwaa ama", "jo", ""] { XCTAssertFalse(given[0]?.words.contains(word) == true, word) }
        // The fourth shares only `Ama Serwaa`, with the third.
        XCTAssertEqual(given[3]?.words.union, NameMatching.declaredWords(["Adult B", "Ama Serwaa", "Kwame"]))
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

extension SharedPseudonymsTests {
    /// Development set 73: a page in a review's own folder (an appendix: practice emails, a
    /// warden's book) uses that review's names only, not a briefing's (`Carys`, a composite in
    /// a briefing, is a nurse who signs the review's emails); other pages still use all.
    func testAnAppendixInAReviewsFolderUsesThatReviewsNamesOnly() {
        let metas: [SharedPseudonyms.Cast?] = [
            meta(.dhr, "Ewa", "Mr T"), meta(.page), meta(.briefing, "Carys"), meta(.page), meta(.dhr, "Neli", "Adult N"),
        ]
        let paths = [
            "reviews/2023-01-llanfarchell/index.md", "reviews/2023-01-llanfarchell/practice-emails.md",
            "briefings/tied-to-the-job.md", "news.md", "reviews/2023-02-cwmdeulyn/index.md",
        ]
        let given = SharedPseudonyms.given(metas, paths: paths)
        XCTAssertEqual(given[1]?.words.union, ["ewa", "mr", "t"])
        XCTAssertEqual(given[3]?.words.union, ["ewa", "mr", "t", "neli", "adult", "n", "carys"])
    }
}
