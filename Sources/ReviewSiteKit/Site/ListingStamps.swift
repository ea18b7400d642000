/// A listing's "Last updated" and "Last reviewed" dates: worked out here once, for the page
/// itself and for its date in the sitemap, so the two cannot disagree.
typealias ListingStamps = (updated: SiteDate?, reviewed: SiteDate?)

extension SiteModel {
    /// A list of pages: last updated when its newest item or its introduction (the section's
    /// `index.md`) was, whichever is later; last reviewed when the introduction was, else
    /// when the newest item was.
    static func stamps(of items: [PublishedPage], intro: PublishedPage?) -> ListingStamps {
        let updated = (items.compactMap(\.lastUpdated) + [intro?.lastUpdated].compactMap { $0 }).max()
        let reviewed = intro?.meta.reviewed?.value ?? items.compactMap { $0.meta.reviewed?.value }.max()
        return (updated, reviewed)
    }

    /// A section's listing (`reviews/`), with its introduction if it has one.
    func stamps(of kind: PageKind) -> ListingStamps {
        Self.stamps(of: listed(kind), intro: intro(of: kind))
    }

    /// The home, topics and search pages the tool makes: every review and briefing.
    var newestStamps: ListingStamps {
        Self.stamps(of: PageKind.sections.flatMap(listed), intro: nil)
    }

    /// The section's own `index.md`, if it has one.
    func intro(of kind: PageKind) -> PublishedPage? {
        pages.first { $0.role == .sectionIntro(kind) }
    }
}
