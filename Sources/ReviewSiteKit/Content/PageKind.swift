/// What a content file is (`type:` in front matter). Everything that differs between kinds is
/// declared here, once: adding a kind (a Safeguarding Adults Review, say) is a new case, and
/// the compiler points at every `switch` below that needs an answer for it.
public enum PageKind: String, Sendable, Hashable, CaseIterable, Codable {
    case dhr, briefing, page

    /// The folder a kind's pages are always published under, whatever folder the file sits
    /// in (`reviews/dhr-jo-2022/`), with a listing page of its own; nil for pages, which keep
    /// their own folder.
    var section: String? {
        switch self {
        case .dhr: "reviews"
        case .briefing: "briefings"
        case .page: nil
        }
    }

    /// The listing's title, its navigation and breadcrumb label (the listing's own
    /// `index.md` may give another title). Reviews take site.yml's `review_label`.
    func listingTitle(in config: SiteConfig) -> String {
        switch self {
        case .dhr: config.reviewLabelPlural
        case .briefing: "Learning briefings"
        case .page: "Pages"
        }
    }

    /// The heading of this kind's group on a topic page.
    var groupHeading: String {
        switch self {
        case .dhr: "Reviews"
        case .briefing: "Learning briefings"
        case .page: "Pages"
        }
    }

    /// One of them, in a sentence ("a review cannot be called index.md").
    var singular: String {
        switch self {
        case .dhr: "review"
        case .briefing: "briefing"
        case .page: "page"
        }
    }

    /// The theme template a page of this kind is rendered with.
    var layout: String {
        switch self {
        case .dhr: "dhr.html"
        case .briefing: "briefing.html"
        case .page: "page.html"
        }
    }

    /// Reviews and briefings are about people: they need a summary for listings and their
    /// declared pseudonyms, and a full date in them is queried as a possible date of birth.
    var isAboutPeople: Bool { self != .page }

    /// No review is published before the Home Office quality-assurance panel has cleared it.
    var needsHomeOfficeQA: Bool { self == .dhr }

    /// The kinds with a section and a listing page, in navigation order.
    static var sections: [PageKind] { allCases.filter { $0.section != nil } }

    /// The kind whose section is `folder` (`reviews` → .dhr).
    init?(section folder: String) {
        guard let kind = PageKind.sections.first(where: { $0.section == folder }) else { return nil }
        self = kind
    }
}
