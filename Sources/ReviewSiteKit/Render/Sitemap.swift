import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// `sitemap.xml`: every published page with its last change date. Drafts, withdrawn and
/// embargoed pages are not in the model, so they cannot appear here.
enum Sitemap {
    static func render(_ model: SiteModel) -> String {
        var entries: [(String, SiteDate?)] = model.pages.map { ($0.path.folder, $0.lastUpdated) }
        let latest = model.pages.compactMap(\.lastUpdated).max()
        let listed = Set(model.pages.map(\.path))
        for generated in GeneratedPage.all where !listed.contains(generated.path) {
            let date: SiteDate?
            switch generated {
            case .listing(let kind): date = model.listed(kind).compactMap(\.lastUpdated).max()
            case .home, .topics, .search: date = latest
            case .accessibility:
                date =
                    model.config.accessibility["last_reviewed"].flatMap(\.date)
                    ?? model.config.accessibility["prepared"].flatMap(\.date)
            }
            entries.append((generated.path.folder, date))
        }
        // A listing's later pages, whether its first is generated or the section's own index.md.
        for kind in PageKind.sections {
            let items = model.listed(kind)
            let date = items.compactMap(\.lastUpdated).max()
            entries += laterPages(of: GeneratedPage.listing(kind).path, items: items.count, model).map { ($0, date) }
        }
        for topic in model.topics {
            let date = topic.pages.compactMap(\.lastUpdated).max()
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
