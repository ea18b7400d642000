import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// `sitemap.xml`: every published page with its last change date. Drafts, withdrawn and
/// embargoed pages are not in the model, so they cannot appear here.
enum Sitemap {
    static func render(_ model: SiteModel) -> String {
        // Each page's date is the one it is stamped with ("Last updated"), so a search engine
        // re-reads it when that moves; a listing's comes from the same `SiteModel.stamps`.
        var listingDate: [PageKind: SiteDate] = [:]
        for kind in PageKind.sections { listingDate[kind] = model.stamps(of: kind).updated }
        var entries: [(String, SiteDate?)] = model.pages.map { page in
            if case .sectionIntro(let kind) = page.role { return (page.path.folder, listingDate[kind]) }
            return (page.path.folder, page.lastUpdated)
        }
        let listed = Set(model.pages.map(\.path))
        for generated in GeneratedPage.all where !listed.contains(generated.path) {
            let date: SiteDate?
            switch generated {
            case .listing(let kind): date = listingDate[kind]
            case .home, .topics, .search: date = model.newestStamps.updated
            case .accessibility:
                date =
                    model.config.accessibility["last_reviewed"].flatMap(\.date)
                    ?? model.config.accessibility["prepared"].flatMap(\.date)
            }
            entries.append((generated.path.folder, date))
        }
        // A listing's later pages, whether its first is generated or the section's own index.md.
        for kind in PageKind.sections {
            let pages = laterPages(of: GeneratedPage.listing(kind).path, items: model.listed(kind).count, model)
            entries += pages.map { ($0, listingDate[kind]) }
        }
        for topic in model.topics {
            let date = SiteModel.stamps(of: topic.pages, intro: nil).updated
            entries.append((topic.path.folder, date))
            entries += laterPages(of: topic.path, items: topic.pages.count, model).map { ($0, date) }
        }
        entries.sort { $0.0 < $1.0 }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (folder, date) in entries {
            out += "  <url><loc>\(Escape.xml(model.config.baseURL + folder))</loc>"
            if let date { out += "<lastmod>\(date.iso)</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }

    /// The folders of a listing's pages after its first (`reviews/page/2/`…).
    private static func laterPages(of base: SitePath, items: Int, _ model: SiteModel) -> [String] {
        ListingPage.pages(items: items, size: model.config.listingPageSize).dropFirst().map { $0.path(under: base).folder }
    }
}

extension AccessibilityFact {
    var date: SiteDate? {
        if case .date(let d) = self { return d }
        return nil
    }
}
