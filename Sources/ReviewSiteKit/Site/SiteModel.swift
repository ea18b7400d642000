import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// A page that will be published, with everything the templates need.
///
/// One object, shared by pointer: the model's pages, its sections, each of its topics and
/// each render job hold the same page. (As a struct, each copy was about 100 bytes and its
/// meta and outline were boxed again; a build of 10,000 reviews of corpus C holds 73,000 of
/// them several times over, issue 16.) Never changed once made.
final class PublishedPage: Sendable {
    enum Role: Sendable, Equatable {
        case home
        /// The introduction of the reviews or briefings listing (`reviews/index.md`).
        case sectionIntro(PageKind)
        case content
    }

    let role: Role
    let kind: PageKind
    let path: SitePath
    /// Path inside the content folder (`reviews/dhr-jo-2022.md`), for resolving relative links.
    let relativePath: String
    let sourcePath: String
    /// The loaded page's own box, shared: a copy made each of the 73,000 pages of a
    /// 10,000-review build hold its front matter twice until the loaded pages are let go.
    private let metaBox: Boxed<PageMeta>
    let outline: PageOutline

    init(
        role: Role, kind: PageKind, path: SitePath, relativePath: String, sourcePath: String, meta: Boxed<PageMeta>,
        outline: PageOutline
    ) {
        self.role = role
        self.kind = kind
        self.path = path
        self.relativePath = relativePath
        self.sourcePath = sourcePath
        metaBox = meta
        self.outline = outline
    }

    var meta: PageMeta { metaBox.wrappedValue }
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
    var reviews: [PublishedPage] { listed(.dhr) }
    /// Published learning briefings, newest first.
    var briefings: [PublishedPage] { listed(.briefing) }
    /// The published pages of each kind that has a section, newest first.
    var sections: [PageKind: [PublishedPage]]
    /// Images and documents that published pages use, copied into the output as they are.
    var files: [PageFile]
    /// Files any page uses, published or not: each is checked for leaks, as a draft's text is.
    var checkedFiles: [PageFile]
    /// Page counts of the PDFs among `files`, where they could be read.
    var pageCounts: [String: Int] = [:]

    func listed(_ kind: PageKind) -> [PublishedPage] { sections[kind] ?? [] }
    /// A preview with drafts (`serve --drafts`): unpublished pages carry a banner.
    var preview = false

    /// Every path that a link may point at: content pages and the generated ones.
    let allPaths: Set<SitePath>
    /// Page titles by path, for breadcrumbs.
    let titles: [SitePath: String]
    /// Top-level ordinary pages (`/contact/`), for the navigation, in path order.
    let topPages: [(title: String, path: SitePath)]
    /// Content paths of `files`, for resolving links.
    let filePaths: Set<String>
    /// Every topic of a published review or briefing, by name; each has its own page.
    let topics: [Topic]
    /// Topic page of each topic as written on a page (any spelling with the same slug).
    private let topicBySlug: [String: Topic]

    init(
        config: SiteConfig, buildDate: SiteDate, pages: [PublishedPage], sections: [PageKind: [PublishedPage]],
        files: [PageFile] = [], checkedFiles: [PageFile]? = nil
    ) {
        self.config = config
        self.buildDate = buildDate
        self.pages = pages
        self.sections = sections
        self.files = files
        self.checkedFiles = checkedFiles ?? files
        filePaths = Set(files.map(\.relative))
        var bySlug: [String: Topic] = [:]
        var order: [String] = []
        for page in PageKind.sections.flatMap({ sections[$0] ?? [] }) {
            for topic in page.meta.topics {
                let slug = Slug.suggest(Substring(topic.value))
                guard !slug.isEmpty else { continue }
                if bySlug[slug] == nil {
                    // The spelling in site.yml's list, else the first one met (newest review first).
                    let name = config.topics?.first { Slug.suggest(Substring($0)) == slug } ?? topic.value
                    bySlug[slug] = Topic(name: name, path: SitePath("topics/" + slug), pages: [])
                    order.append(slug)
                }
                if bySlug[slug]?.pages.last?.path != page.path { bySlug[slug]?.pages.append(page) }
            }
        }
        topicBySlug = bySlug
        topics = order.compactMap { bySlug[$0] }.sorted { $0.name.lowercased() < $1.name.lowercased() }
        allPaths = Set(pages.map(\.path)).union(GeneratedPage.all.map(\.path)).union(bySlug.values.map(\.path))
        titles = Dictionary(pages.map { ($0.path, $0.title) }, uniquingKeysWith: { a, _ in a })
        topPages = pages.filter { $0.role == .content && $0.kind == .page && $0.path.depth == 1 }
            .map { ($0.title, $0.path) }
    }

    /// The topic page for a topic as a page writes it.
    func topic(named name: String) -> Topic? { topicBySlug[Slug.suggest(Substring(name))] }
}

/// A topic with its own page listing its reviews and briefings (newest first, reviews first).
struct Topic: Sendable {
    var name: String
    var path: SitePath
    var pages: [PublishedPage]
}

/// Pages the generator writes itself.
enum GeneratedPage: Hashable {
    case home
    case listing(PageKind)
    case accessibility, topics, search

    static var all: [GeneratedPage] {
        [.home] + PageKind.sections.map(GeneratedPage.listing) + [.accessibility, .topics, .search]
    }

    var path: SitePath {
        switch self {
        case .home: SitePath("")
        case .listing(let kind): SitePath(kind.section ?? "")
        case .accessibility: SitePath("accessibility")
        case .topics: SitePath("topics")
        case .search: SitePath("search")
        }
    }
}

extension Array where Element == PublishedPage {
    /// Newest first by `date` (a page without one goes last), then by address, so every
    /// listing and the feed order pages the same way, whatever order the files were read in.
    func newestFirst(by date: (PublishedPage) -> SiteDate?) -> [PublishedPage] {
        sorted {
            let a = date($0), b = date($1)
            return a != b ? (a ?? SiteDate(unixTime: 0)) > (b ?? SiteDate(unixTime: 0)) : $0.path < $1.path
        }
    }
}
