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
        entries += model.topics.map { ($0.path.folder, $0.pages.compactMap(\.lastUpdated).max()) }
        entries.sort { $0.0 < $1.0 }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (folder, date) in entries {
            out += "  <url><loc>\(Escape.xml(model.config.baseURL + folder))</loc>"
            if let date { out += "<lastmod>\(date.iso)</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }
}

extension AccessibilityFact {
    var date: SiteDate? {
        if case .date(let d) = self { return d }
        return nil
    }
}
