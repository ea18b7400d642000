import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Builds the values a template sees for one page. All text goes in as `.string` (escaped
/// by the template engine); only rendered Markdown goes in as `.html`.
struct PageContext {
    let model: SiteModel
    /// The page being rendered; relative links are computed from here.
    let here: SitePath
    /// Site-root prefix for links; for 404.html, which is served at any address, it is the
    /// base URL's path instead of a relative one.
    let root: String

    init(model: SiteModel, here: SitePath, absoluteRoot: Bool = false) {
        self.model = model
        self.here = here
        self.root = absoluteRoot ? PageContext.basePath(model.config.baseURL) : here.toRoot
    }

    /// "/" or "/csp/" from "https://example.org/csp/".
    static func basePath(_ baseURL: String) -> String {
        guard let scheme = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        let path = String(rest[slash...])
        return path.hasSuffix("/") ? path : path + "/"
    }

    func href(_ target: SitePath) -> String { root + target.file }

    static func date(_ d: SiteDate?) -> TemplateValue {
        guard let d else { return .null }
        return .object(["iso": .string(d.iso), "text": .string(d.govuk)])
    }

    /// Everything every page needs: the site, navigation, breadcrumbs and the stamps.
    func base(
        title: String, description: String?, updated: SiteDate?, reviewed: SiteDate?,
        crumbs: [(String, SitePath)], kind: String
    ) -> [String: TemplateValue] {
        let c = model.config
        let nav: [(String, SitePath)] =
            [("Home", SitePath(""))]
            + PageKind.sections.map { ($0.listingTitle(in: c), GeneratedPage.listing($0).path) }
            + model.topPages.map { ($0.title, $0.path) }
        let section = here.folder.split(separator: "/").first.map(String.init) ?? ""
        return [
            "site": .object([
                "title": .string(c.title), "organisation": .string(c.organisation), "language": .string(c.language),
                "exit_url": .string(c.exitURL), "contact_email": c.contactEmail.map(TemplateValue.string) ?? .null,
                "base_url": .string(c.baseURL),
                "review_label": .string(c.reviewLabel),
                "review_label_plural": .string(c.reviewLabelPlural),
                "review_label_lower": .string(c.reviewLabelPlural.lowercased()),
                "review_label_renamed": .bool(c.usesNewReviewLabel),
                "helplines": .list(c.helplines.map(PageContext.helpline)),
            ]),
            "root": .string(root),
            "kind": .string(kind),
            "title": .string(title),
            // " (page 2 of 5)" on the later pages of a listing (ListingPage).
            "title_suffix": .string(""),
            "pagination": .null,
            "description": .string(description ?? c.title),
            "canonical": .string(c.baseURL + here.folder),
            "nav": .list(
                nav.map { name, path in
                    let current = path == here
                    let inSection = !current && !path.folder.isEmpty && section + "/" == path.folder
                    return .object([
                        "title": .string(name), "href": .string(href(path)),
                        "current": .bool(current), "in_section": .bool(inSection),
                    ])
                }),
            "breadcrumbs": .list(crumbs.map { .object(["title": .string($0.0), "href": .string(href($0.1))]) }),
            "updated": PageContext.date(updated),
            "reviewed": PageContext.date(reviewed),
            "feed_href": .string(root + "feed.xml"),
            "accessibility_href": .string(href(SitePath("accessibility"))),
            "share_email_href": .string(PageContext.shareByEmail(title: title, address: c.baseURL + here.folder)),
        ]
    }

    /// A plain mailto: link (no third-party share buttons or trackers).
    static func shareByEmail(title: String, address: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        func encode(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
        return "mailto:?subject=" + encode(title) + "&body=" + encode(address)
    }

    static func helpline(_ h: Helpline) -> TemplateValue {
        func opt(_ s: String?) -> TemplateValue { s.map(TemplateValue.string) ?? .null }
        let tel = h.phone.map { "tel:" + $0.filter { $0.isNumber || $0 == "+" } }
        return .object([
            "name": .string(h.name), "phone": opt(h.phone), "tel": opt(tel),
            "email": opt(h.email), "url": opt(h.url), "hours": opt(h.hours),
        ])
    }

    /// A listing entry for a review or briefing; `checked` blanks its texts for the leak check.
    func item(_ p: PublishedPage, _ checked: CheckedTexts = CheckedTexts(blank: false)) -> TemplateValue {
        .object([
            "title": .string(checked.title(p)),
            "href": .string(href(p.path)),
            "summary": .string(checked.summary(p) ?? ""),
            "year": .string(p.meta.published.map { String($0.value.year) } ?? ""),
            "published": PageContext.date(p.meta.published?.value),
            "topics": .list(checked.topics(p).map(TemplateValue.string)),
        ])
    }

    /// `item` for each page.
    func items(_ pages: some Sequence<PublishedPage>, _ checked: CheckedTexts = CheckedTexts(blank: false)) -> TemplateValue {
        .list(pages.map { item($0, checked) })
    }
}
