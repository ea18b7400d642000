import ReviewSiteCore
import ReviewSiteSyntax
import ReviewSiteAnonymisation
/// A page that will be published, with everything the templates need.
struct PublishedPage: Sendable {
    enum Role: Sendable, Equatable {
        case home
        /// The introduction of the reviews or briefings listing (`reviews/index.md`).
        case sectionIntro(PageKind)
        case content
    }

    var role: Role
    var kind: PageKind
    var path: SitePath
    /// Path inside the content folder (`reviews/dhr-jo-2022.md`), for resolving relative links.
    var relativePath: String
    var sourcePath: String
    var meta: PageMeta
    var outline: PageOutline

    var title: String { meta.title?.value ?? "" }
    /// The date a reader sees as "Last updated": `updated`, else first publication.
    var lastUpdated: SiteDate? { meta.updated?.value ?? meta.published?.value }
}

/// Everything that will be published, decided once, before anything is rendered.
struct SiteModel: Sendable {
    var config: SiteConfig
    var buildDate: SiteDate
    /// Every published content page, sorted by path.
    var pages: [PublishedPage]
    /// Published DHRs, newest first (then by title, so the order never depends on the file system).
    var reviews: [PublishedPage]
    /// Published learning briefings, newest first.
    var briefings: [PublishedPage]
    /// A preview with drafts (`serve --drafts`): unpublished pages carry a banner.
    var preview = false

    /// Every path that a link may point at: content pages and the generated ones.
    let allPaths: Set<SitePath>
    /// Page titles by path, for breadcrumbs.
    let titles: [SitePath: String]
    /// Top-level ordinary pages (`/contact/`), for the navigation, in path order.
    let topPages: [(title: String, path: SitePath)]

    init(config: SiteConfig, buildDate: SiteDate, pages: [PublishedPage], reviews: [PublishedPage], briefings: [PublishedPage]) {
        self.config = config
        self.buildDate = buildDate
        self.pages = pages
        self.reviews = reviews
        self.briefings = briefings
        allPaths = Set(pages.map(\.path)).union(GeneratedPage.allCases.map(\.path))
        titles = Dictionary(pages.map { ($0.path, $0.title) }, uniquingKeysWith: { a, _ in a })
        topPages = pages.filter { $0.role == .content && $0.kind == .page && $0.path.depth == 1 }
            .map { ($0.title, $0.path) }
    }

}

/// Pages the generator writes itself.
enum GeneratedPage: CaseIterable {
    case home, reviews, briefings, accessibility

    var path: SitePath {
        switch self {
        case .home: SitePath("")
        case .reviews: SitePath("reviews")
        case .briefings: SitePath("briefings")
        case .accessibility: SitePath("accessibility")
        }
    }
}
