import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Stage 4, render: turns each published page into HTML through the theme's templates,
/// plus the generated pages, the sitemap and the feed. Each output file is independent.
struct RenderStage: Sendable {
    let model: SiteModel
    let templates: TemplateSet
    /// Reads each page's file again: bodies are parsed when they are rendered, not kept.
    let source: ReadStage

    /// Why a file could not be rendered.
    enum Failure: Error {
        case template(TemplateError)
        /// The file changed after it was checked; publishing it would skip the checks.
        case sourceChanged(String)
    }

    /// One file of the output folder to produce.
    enum Job: Sendable {
        case content(PublishedPage)
        /// One page of a section's listing (page 1 at the section's own address), with the
        /// whole listing's stamps, worked out once for all its pages.
        /// (`indirect`, as `topic`: the few pages of listings would otherwise make every job,
        /// one per content page, as large as theirs.)
        indirect case listing(PageKind, intro: PublishedPage?, page: ListingPage, stamps: ListingStamps)
        case generatedHome
        case accessibility
        case notFound
        case sitemap
        case feed
        case topicIndex
        indirect case topic(Topic, page: ListingPage, stamps: ListingStamps)
        case search
        case searchIndex
        case reviewsJSON

        /// Every job but a content page's and a page of a listing's: its file draws on every
        /// page of the site, so such jobs run one at a time (a listing's page holds at most
        /// `listing_page_size` entries, and its stamps come worked out).
        var isSiteWide: Bool {
            switch self {
            case .content, .listing, .topic: return false
            default: return true
            }
        }
    }

    var jobs: [Job] {
        var jobs: [Job] = []
        var hasHome = false
        for page in model.pages {
            switch page.role {
            case .sectionIntro: break
            case .home: hasHome = true; jobs.append(.content(page))
            case .content: jobs.append(.content(page))
            }
        }
        if !hasHome { jobs.append(.generatedHome) }
        let size = model.config.listingPageSize
        for kind in PageKind.sections {
            let intro = model.intro(of: kind)
            let stamps = model.stamps(of: kind)
            jobs += ListingPage.pages(items: model.listed(kind).count, size: size).map {
                .listing(kind, intro: intro, page: $0, stamps: stamps)
            }
        }
        jobs += [.accessibility, .notFound, .sitemap, .feed, .topicIndex, .search, .searchIndex, .reviewsJSON]
        for topic in model.topics {
            let stamps = SiteModel.stamps(of: topic.pages, intro: nil)
            jobs += ListingPage.pages(items: topic.pages.count, size: size).map {
                .topic(topic, page: $0, stamps: stamps)
            }
        }
        return jobs
    }

    /// One rendered output file.
    struct Rendered: Sendable {
        var path: String
        var written: Written

        /// Each comes with what the build's own leak check scans: the page with its Markdown
        /// body left out (`themeText`, what the theme and site.yml add), as the body was
        /// checked in its source file already; no theme text means all of the written text.
        enum Written: Sendable {
            case text(String, themeText: String?)
            /// Written a piece at a time, never held whole: `reviews.json`, the search index
            /// and the feed (129, 55 and 51 MB at 10,000 reviews, issue 16).
            case pieces(Pieces, themeText: String)
        }

        typealias Pieces = @Sendable (_ piece: ([UInt8]) -> Void) -> Void

        init(path: String, text: String, themeText: String? = nil) {
            self.path = path
            written = .text(text, themeText: themeText)
        }

        init(path: String, themeText: String, pieces: @escaping Pieces) {
            self.path = path
            written = .pieces(pieces, themeText: themeText)
        }
    }

    func render(_ job: Job) throws(Failure) -> Rendered {
        switch job {
        case .content(let page):
            var rendered = try renderContent(page)
            if model.preview, let reason = PreviewBanner.reason(page.meta, on: model.buildDate),
                case .text(let text, let themeText) = rendered.written
            {
                rendered.written = .text(PreviewBanner.insert(reason, into: text), themeText: themeText)
            }
            return rendered
        case .listing(let kind, let intro, let page, let stamps):
            return try renderListing(kind, intro: intro, page: page, stamps: stamps)
        case .generatedHome: return try renderGeneratedHome()
        case .accessibility:
            do throws(TemplateError) {
                return Rendered(
                    path: SitePath("accessibility").file, text: try AccessibilityStatement(model: model).render(templates))
            } catch {
                throw .template(error)
            }
        case .notFound: return Rendered(path: "404.html", text: try renderNotFound())
        case .sitemap: return Rendered(path: "sitemap.xml", text: Sitemap.render(model))
        case .feed:
            return Rendered(
                path: "feed.xml", themeText: AtomFeed.render(model, blank: true),
                pieces: { [model] in AtomFeed.render(model, piece: $0) })
        case .topicIndex: return Rendered(path: GeneratedPage.topics.path.file, text: try renderTopicIndex())
        case .topic(let topic, let page, let stamps): return try renderTopic(topic, page: page, stamps: stamps)
        case .search: return Rendered(path: GeneratedPage.search.path.file, text: try renderSearch())
        case .searchIndex:
            return Rendered(
                path: "search-index.json", themeText: OpenData.searchIndex(model, blank: true),
                pieces: { [model] in OpenData.searchIndex(model, piece: $0) })
        case .reviewsJSON:
            return Rendered(
                path: "reviews.json", themeText: OpenData.reviews(model, blank: true),
                pieces: { [model] in OpenData.reviews(model, piece: $0) })
        }
    }

    /// Markdown body as HTML, with links between pages made relative to `here`. The file is
    /// read and parsed again here, so no parsed document is kept between stages.
    func body(_ page: PublishedPage) throws(Failure) -> String {
        var ignored: [Diagnostic] = []
        let file = source.read(page.relativePath, &ignored)
        guard let text = file.text, TextHash.ofContent(text) == page.outline.textHash,
            let split = try? FrontMatterSplitter.split(text)
        else {
            throw .sourceChanged(page.sourcePath)
        }
        let markdown = MarkdownParser.parse(split.body, file: file.displayPath, firstLine: split.bodyFirstLine)
        let here = page.path
        return HTMLRenderer.render(markdown.document) { destination in
            switch LinkTarget.resolve(destination, from: page.relativePath, in: model.allPaths, files: model.filePaths) {
            case .page(let target, let fragment): return here.link(to: target, fragment: fragment)
            case .contentFile(let relative):
                let fragment = destination.firstIndex(of: "#").map { String(destination[$0...]) } ?? ""
                return here.toRoot + relative + fragment
            case .file(let name): return here.toRoot + name
            case .external, .missing: return destination
            }
        }
    }

    /// Fills a theme template; its mistakes are reported with the template's file and line.
    private func fill(_ name: String, _ values: [String: TemplateValue]) throws(Failure) -> String {
        do throws(TemplateError) {
            return try templates.render(name, values)
        } catch {
            throw .template(error)
        }
    }

    private func crumbs(for path: SitePath) -> [(String, SitePath)] {
        var out: [(String, SitePath)] = [("Home", SitePath(""))]
        let parts = path.folder.split(separator: "/")
        guard parts.count > 1 else { return path.folder.isEmpty ? [] : out }
        if let kind = PageKind(section: String(parts[0])) {
            out.append((kind.listingTitle(in: model.config), SitePath(String(parts[0]))))
        } else {
            var folder = ""
            // Only folders that are pages themselves; a bare folder has nothing to link to.
            for part in parts.dropLast() {
                folder += part + "/"
                let p = SitePath(folder)
                if let title = model.titles[p] { out.append((title, p)) }
            }
        }
        return out
    }

    private func renderContent(_ page: PublishedPage) throws(Failure) -> Rendered {
        let ctx = PageContext(model: model, here: page.path)
        let layout = page.role == .home ? "home.html" : page.kind.layout
        var values = ctx.base(
            title: page.title, description: page.meta.summary?.value,
            updated: page.lastUpdated, reviewed: page.meta.reviewed?.value,
            crumbs: crumbs(for: page.path), kind: page.role == .home ? "home" : page.kind.rawValue)
        if page.role == .home { newest(&values, ctx, CheckedTexts(blank: false)) }
        values["page"] = pageValue(page, ctx, body: try body(page))
        let text = try fill(layout, values)
        values["page"] = pageValue(page, ctx, body: "", forScan: true)
        if page.role == .home { newest(&values, ctx, CheckedTexts(blank: true)) }
        return Rendered(path: page.path.file, text: text, themeText: try fill(layout, values))
    }

    /// `forScan`: the page without its content, for the leak check (themeText).
    private func pageValue(_ page: PublishedPage, _ ctx: PageContext, body html: String, forScan: Bool = false) -> TemplateValue {
        let m = page.meta
        return .object([
            "title": .string(page.title),
            "summary": m.summary.map { .string($0.value) } ?? .null,
            "body": .html(html),
            "toc": .list(
                page.outline.headings.filter { $0.level == 2 }.map {
                    .object(["text": .string($0.text), "id": .string($0.id)])
                }),
            "published": PageContext.date(m.published?.value),
            "home_office_qa": PageContext.date(m.homeOfficeQA?.value),
            "topics": .list(m.topics.map { .string($0.value) }),
            "topic_links": .list(
                m.topics.compactMap { t in
                    model.topic(named: t.value).map { .object(["name": .string(t.value), "href": .string(ctx.href($0.path))]) }
                }),
            "json_ld": page.kind == .dhr && page.role == .content
                ? .html(OpenData.jsonLD(page, model, blank: forScan)) : .null,
            "pseudonyms": .list(
                m.pseudonyms.map {
                    .object(["name": .string($0.name.value), "role": .string($0.role.value)])
                }),
            "attachments": .list(attachments(page, ctx)),
            "accessible_format_email": accessibleFormatEmail.map(TemplateValue.string) ?? .null,
        ])
    }

    /// Who to ask for a document in another format: the accessibility statement's contact,
    /// else the site's.
    private var accessibleFormatEmail: String? {
        if case .text(let email)? = model.config.accessibility["contact_email"] { return email }
        return model.config.contactEmail
    }

    /// A page's `attachments:`, as GOV.UK-style entries: title, link, kind, file type, size and
    /// (for a PDF) its number of pages.
    func attachments(_ page: PublishedPage, _ ctx: PageContext) -> [TemplateValue] {
        OpenData.attachments(page, model).map { a, file in
            let relative = file.relative
            let pages = model.pageCounts[relative].map { $0 == 1 ? "1 page" : "\($0) pages" }
            return .object([
                "title": .string(a.title.value),
                "href": .string(ctx.root + relative),
                "kind": .string(a.kind.rawValue.prefix(1).uppercased() + a.kind.rawValue.dropFirst()),
                "type": .string(file.kind?.label ?? file.fileExtension.uppercased()),
                "size": .string(PageFile.sizeText(file.size)),
                "pages": pages.map(TemplateValue.string) ?? .null,
            ])
        }
    }

    /// One page of a section's listing. Its dates are the whole listing's, so every page of
    /// it is stamped the same; the section's introduction is on the first page only.
    private func renderListing(
        _ kind: PageKind, intro: PublishedPage?, page: ListingPage, stamps: ListingStamps
    ) throws(Failure) -> Rendered {
        let listing = GeneratedPage.listing(kind).path
        let path = page.path(under: listing)
        let all = model.listed(kind)
        let items = all[page.items]
        let ctx = PageContext(model: model, here: path)
        let title = intro?.title ?? kind.listingTitle(in: model.config)
        var values = ctx.base(
            title: title, description: intro?.meta.summary?.value, updated: stamps.updated,
            reviewed: stamps.reviewed, crumbs: listingCrumbs(page, listing, title), kind: "listing")
        paginate(&values, page, under: listing, ctx)
        values["items"] = ctx.items(items)
        values["listing_kind"] = .string(kind.rawValue)
        values["intro"] = .null
        if let intro, page.number == 1 { values["intro"] = .html(try body(intro)) }
        let text = try fill("list.html", values)
        try checkNextLink(text, page, under: listing, ctx, template: "list.html")
        values["items"] = ctx.items(items, CheckedTexts(blank: true))
        if values["intro"] != .null { values["intro"] = .html("") }
        return Rendered(path: path.file, text: text, themeText: try fill("list.html", values))
    }

    /// Home, and from page 2 on, the listing's first page.
    private func listingCrumbs(_ page: ListingPage, _ listing: SitePath, _ title: String) -> [(String, SitePath)] {
        page.number == 1 ? [("Home", SitePath(""))] : [("Home", SitePath("")), (title, listing)]
    }

    /// The values a page of a listing adds: its navigation and its number in the window title.
    private func paginate(_ values: inout [String: TemplateValue], _ page: ListingPage, under base: SitePath, _ ctx: PageContext)
    {
        values["pagination"] = page.navigation(under: base, ctx)
        values["title_suffix"] = .string(page.titleSuffix)
    }

    /// A theme whose listing leaves out the page navigation (one written before listings had
    /// pages) would hide everything after the first page: that is an error, not a quiet loss.
    private func checkNextLink(
        _ text: String, _ page: ListingPage, under base: SitePath, _ ctx: PageContext, template: String
    ) throws(Failure) {
        guard page.number < page.count else { return }
        let next = page.number + 1
        guard !text.contains("href=\"\(ctx.href(ListingPage.path(next, under: base)))\"") else { return }
        throw .template(
            TemplateError(
                file: templates.displayName(of: template), line: 1, column: 1,
                message: "/\(base.folder) has \(page.count) pages of \(model.config.listingPageSize), but this template "
                    + "shows no link to page \(next), so readers could not reach what is listed after page "
                    + "\(page.number); add {% include \"partials/pagination.html\" %} as the default theme does "
                    + "('reviewsite theme export' writes it out), or raise listing_page_size in site.yml"))
    }

    /// A home page's three newest reviews and briefings (their texts blanked by `checked`).
    private func newest(_ values: inout [String: TemplateValue], _ ctx: PageContext, _ checked: CheckedTexts) {
        values["reviews"] = ctx.items(model.reviews.prefix(3), checked)
        values["briefings"] = ctx.items(model.briefings.prefix(3), checked)
    }

    private func renderGeneratedHome() throws(Failure) -> Rendered {
        let ctx = PageContext(model: model, here: SitePath(""))
        let (updated, reviewed) = model.newestStamps
        var values = ctx.base(
            title: model.config.title, description: nil, updated: updated, reviewed: reviewed,
            crumbs: [], kind: "home")
        values["page"] = .object([
            "title": .string(model.config.title), "summary": .null, "body": .html(""),
            "toc": .list([]), "published": .null, "home_office_qa": .null,
            "topics": .list([]), "pseudonyms": .list([]),
        ])
        newest(&values, ctx, CheckedTexts(blank: false))
        let text = try fill("home.html", values)
        newest(&values, ctx, CheckedTexts(blank: true))
        return Rendered(path: SitePath("").file, text: text, themeText: try fill("home.html", values))
    }

    private func renderTopicIndex() throws(Failure) -> String {
        let path = GeneratedPage.topics.path
        let ctx = PageContext(model: model, here: path)
        let (updated, reviewed) = model.newestStamps
        var values = ctx.base(
            title: "Topics", description: "Reviews and learning briefings by topic",
            updated: updated, reviewed: reviewed, crumbs: [("Home", SitePath(""))], kind: "topics")
        values["topics"] = topicLinks(ctx)
        return try fill("topics.html", values)
    }

    /// The topic's name is not blanked: it may be site.yml's spelling, not a page's.
    private func renderTopic(_ topic: Topic, page: ListingPage, stamps: ListingStamps) throws(Failure) -> Rendered {
        let path = page.path(under: topic.path)
        let ctx = PageContext(model: model, here: path)
        let (updated, reviewed) = stamps
        let title = topic.name.prefix(1).uppercased() + topic.name.dropFirst()
        var values = ctx.base(
            title: title, description: "Reviews and learning briefings about \(topic.name)",
            updated: updated, reviewed: reviewed,
            crumbs: [("Home", SitePath("")), ("Topics", GeneratedPage.topics.path)]
                + (page.number == 1 ? [] : [(title, topic.path)]), kind: "topic")
        paginate(&values, page, under: topic.path, ctx)
        // A topic's pages are reviews, then briefings, as the page groups them (SiteModel): this
        // page shows its share of them.
        let shown = topic.pages[page.items]
        func groups(_ checked: CheckedTexts) -> TemplateValue {
            var groups: [TemplateValue] = []
            for kind in PageKind.sections {
                let items = shown.filter { $0.kind == kind }
                if items.isEmpty { continue }
                groups.append(
                    .object([
                        "id": .string("topic-" + (kind.section ?? kind.rawValue)), "heading": .string(kind.groupHeading),
                        "items": ctx.items(items, checked),
                    ]))
            }
            return .list(groups)
        }
        values["groups"] = groups(CheckedTexts(blank: false))
        values["topics_href"] = .string(ctx.href(GeneratedPage.topics.path))
        let text = try fill("topic.html", values)
        try checkNextLink(text, page, under: topic.path, ctx, template: "topic.html")
        values["groups"] = groups(CheckedTexts(blank: true))
        return Rendered(path: path.file, text: text, themeText: try fill("topic.html", values))
    }

    /// Every topic with its page and how many reviews and briefings it has.
    private func topicLinks(_ ctx: PageContext) -> TemplateValue {
        .list(
            model.topics.map {
                .object(["name": .string($0.name), "href": .string(ctx.href($0.path)), "count": .string(String($0.pages.count))])
            })
    }

    private func renderSearch() throws(Failure) -> String {
        let path = GeneratedPage.search.path
        let ctx = PageContext(model: model, here: path)
        let (updated, reviewed) = model.newestStamps
        var values = ctx.base(
            title: "Search", description: "Search the reviews, briefings and pages of this site",
            updated: updated, reviewed: reviewed, crumbs: [("Home", SitePath(""))], kind: "search")
        values["index_href"] = .string(ctx.root + "search-index.json")
        values["reviews_href"] = .string(ctx.href(GeneratedPage.listing(.dhr).path))
        values["briefings_href"] = .string(ctx.href(GeneratedPage.listing(.briefing).path))
        values["topics"] = topicLinks(ctx)
        values["topics_href"] = .string(ctx.href(GeneratedPage.topics.path))
        return try fill("search.html", values)
    }

    private func renderNotFound() throws(Failure) -> String {
        let ctx = PageContext(model: model, here: SitePath(""), absoluteRoot: true)
        let home = model.pages.first { $0.role == .home }
        var values = ctx.base(
            title: "Page not found", description: nil, updated: home?.lastUpdated,
            reviewed: home?.meta.reviewed?.value, crumbs: [], kind: "notfound")
        values["canonical"] = .string(model.config.baseURL + "404.html")
        return try fill("404.html", values)
    }
}
