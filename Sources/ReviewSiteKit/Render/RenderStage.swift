import ReviewSiteCore
import ReviewSiteSyntax
import ReviewSiteAnonymisation
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
        case listing(PageKind, intro: PublishedPage?)
        case generatedHome
        case accessibility
        case notFound
        case sitemap
        case feed
    }

    var jobs: [Job] {
        var jobs: [Job] = []
        var intros: [PageKind: PublishedPage] = [:]
        var hasHome = false
        for page in model.pages {
            switch page.role {
            case .sectionIntro(let kind): intros[kind] = page
            case .home: hasHome = true; jobs.append(.content(page))
            case .content: jobs.append(.content(page))
            }
        }
        if !hasHome { jobs.append(.generatedHome) }
        jobs += [.listing(.dhr, intro: intros[.dhr]), .listing(.briefing, intro: intros[.briefing]),
                 .accessibility, .notFound, .sitemap, .feed]
        return jobs
    }

    /// One rendered output file.
    struct Rendered: Sendable {
        var path: String
        var text: String
        /// The same page with its Markdown body left out: what the theme and site.yml add. The
        /// body was checked in its source file already, so the build's own leak check scans
        /// this; nil means scan all of `text`.
        var themeText: String?
    }

    /// Renders one job: the output path and its text.
    func render(_ job: Job) throws(Failure) -> Rendered {
        switch job {
        case .content(let page):
            var rendered = try renderContent(page)
            if model.preview, let reason = PreviewBanner.reason(page.meta, on: model.buildDate) {
                rendered.text = PreviewBanner.insert(reason, into: rendered.text)
            }
            return rendered
        case .listing(let kind, let intro): return try renderListing(kind, intro: intro)
        case .generatedHome: return Rendered(path: SitePath("").file, text: try renderGeneratedHome())
        case .accessibility:
            do throws(TemplateError) {
                return Rendered(path: SitePath("accessibility").file, text: try AccessibilityStatement(model: model).render(templates))
            } catch {
                throw .template(error)
            }
        case .notFound: return Rendered(path: "404.html", text: try renderNotFound())
        case .sitemap: return Rendered(path: "sitemap.xml", text: Sitemap.render(model))
        case .feed: return Rendered(path: "feed.xml", text: AtomFeed.render(model))
        }
    }

    /// Markdown body as HTML, with links between pages made relative to `here`. The file is
    /// read and parsed again here, so no parsed document is kept between stages.
    func body(_ page: PublishedPage) throws(Failure) -> String {
        var ignored: [Diagnostic] = []
        let file = source.read(page.relativePath, &ignored)
        guard let text = file.text, TextHash.of(text) == page.outline.textHash,
              let split = try? FrontMatterSplitter.split(text) else {
            throw .sourceChanged(page.sourcePath)
        }
        let markdown = MarkdownParser.parse(split.body, file: file.displayPath, firstLine: split.bodyFirstLine)
        let here = page.path
        return HTMLRenderer.render(markdown.document) { destination in
            switch LinkTarget.resolve(destination, from: page.relativePath, in: model.allPaths) {
            case .page(let target, let fragment): return here.link(to: target, fragment: fragment)
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
        switch parts[0] {
        case "reviews": out.append(("Domestic homicide reviews", SitePath("reviews")))
        case "briefings": out.append(("Learning briefings", SitePath("briefings")))
        default:
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
        let layout: String
        switch (page.role, page.kind) {
        case (.home, _): layout = "home.html"
        case (_, .dhr): layout = "dhr.html"
        case (_, .briefing): layout = "briefing.html"
        default: layout = "page.html"
        }
        var values = ctx.base(title: page.title, description: page.meta.summary?.value,
                              updated: page.lastUpdated, reviewed: page.meta.reviewed?.value,
                              crumbs: crumbs(for: page.path), kind: page.role == .home ? "home" : page.kind.rawValue)
        if page.role == .home {
            values["reviews"] = .list(model.reviews.prefix(3).map(ctx.item))
            values["briefings"] = .list(model.briefings.prefix(3).map(ctx.item))
        }
        values["page"] = pageValue(page, ctx, body: try body(page))
        let text = try fill(layout, values)
        values["page"] = pageValue(page, ctx, body: "")
        return Rendered(path: page.path.file, text: text, themeText: try fill(layout, values))
    }

    private func pageValue(_ page: PublishedPage, _ ctx: PageContext, body html: String) -> TemplateValue {
        let m = page.meta
        return .object([
            "title": .string(page.title),
            "summary": m.summary.map { .string($0.value) } ?? .null,
            "body": .html(html),
            "toc": .list(page.outline.headings.filter { $0.level == 2 }.map {
                .object(["text": .string($0.text), "id": .string($0.id)])
            }),
            "published": PageContext.date(m.published?.value),
            "home_office_qa": PageContext.date(m.homeOfficeQA?.value),
            "topics": .list(m.topics.map { .string($0.value) }),
            "pseudonyms": .list(m.pseudonyms.map {
                .object(["name": .string($0.name.value), "role": .string($0.role.value)])
            }),
        ])
    }

    private func listingDates(_ items: [PublishedPage], intro: PublishedPage?) -> (SiteDate?, SiteDate?) {
        let updated = (items.compactMap(\.lastUpdated) + [intro?.lastUpdated].compactMap { $0 }).max()
        let reviewed = intro?.meta.reviewed?.value ?? items.compactMap { $0.meta.reviewed?.value }.max()
        return (updated, reviewed)
    }

    private func renderListing(_ kind: PageKind, intro: PublishedPage?) throws(Failure) -> Rendered {
        let path = SitePath(kind == .dhr ? "reviews" : "briefings")
        let items = kind == .dhr ? model.reviews : model.briefings
        let ctx = PageContext(model: model, here: path)
        let title = intro?.title ?? (kind == .dhr ? "Domestic homicide reviews" : "Learning briefings")
        let (updated, reviewed) = listingDates(items, intro: intro)
        var values = ctx.base(title: title, description: intro?.meta.summary?.value, updated: updated,
                              reviewed: reviewed, crumbs: [("Home", SitePath(""))], kind: "listing")
        values["items"] = .list(items.map(ctx.item))
        values["listing_kind"] = .string(kind.rawValue)
        guard let intro else {
            values["intro"] = .null
            return Rendered(path: path.file, text: try fill("list.html", values))
        }
        values["intro"] = .html(try body(intro))
        let text = try fill("list.html", values)
        values["intro"] = .html("")
        return Rendered(path: path.file, text: text, themeText: try fill("list.html", values))
    }

    private func renderGeneratedHome() throws(Failure) -> String {
        let ctx = PageContext(model: model, here: SitePath(""))
        let all = model.reviews + model.briefings
        let (updated, reviewed) = listingDates(all, intro: nil)
        var values = ctx.base(title: model.config.title, description: nil, updated: updated, reviewed: reviewed,
                              crumbs: [], kind: "home")
        values["page"] = .object(["title": .string(model.config.title), "summary": .null, "body": .html(""),
                                  "toc": .list([]), "published": .null, "home_office_qa": .null,
                                  "topics": .list([]), "pseudonyms": .list([])])
        values["reviews"] = .list(model.reviews.prefix(3).map(ctx.item))
        values["briefings"] = .list(model.briefings.prefix(3).map(ctx.item))
        return try fill("home.html", values)
    }

    private func renderNotFound() throws(Failure) -> String {
        let ctx = PageContext(model: model, here: SitePath(""), absoluteRoot: true)
        let home = model.pages.first { $0.role == .home }
        var values = ctx.base(title: "Page not found", description: nil, updated: home?.lastUpdated,
                              reviewed: home?.meta.reviewed?.value, crumbs: [], kind: "notfound")
        values["canonical"] = .string(model.config.baseURL + "404.html")
        return try fill("404.html", values)
    }
}
