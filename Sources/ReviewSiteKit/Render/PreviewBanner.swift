import ReviewSiteCore

/// The "Not published" banner on drafts and embargoed pages in `serve --drafts`. Only a
/// preview ever has it: a real build never renders those pages at all.
enum PreviewBanner {
    /// Why the page would not be on the site on `date`, or nil when it would be.
    static func reason(_ meta: PageMeta, on date: SiteDate) -> String? {
        if meta.status == .draft { return "Not published: draft" }
        if let from = meta.publishFrom?.value, date < from { return "Not published: embargoed until \(from.govuk)" }
        return nil
    }

    static func html(_ reason: String) -> String {
        "<div class=\"reviewsite-preview-banner\" role=\"note\" style=\"background:#d4351c;color:#fff;"
            + "font:bold 1.1rem/1.4 sans-serif;padding:0.6em 1em;text-align:center\">"
            + Escape.xml(reason) + " (this preview only)</div>"
    }

    /// Puts the banner just inside <body>, or at the start when there is none.
    static func insert(_ reason: String, into page: String) -> String {
        guard let open = page.range(of: "<body"), let close = page[open.upperBound...].firstIndex(of: ">") else {
            return html(reason) + page
        }
        var out = page
        out.insert(contentsOf: html(reason), at: out.index(after: close))
        return out
    }
}
