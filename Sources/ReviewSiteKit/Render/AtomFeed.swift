import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// `feed.xml`: an Atom feed of published reviews and briefings, newest first. Its dates
/// come from the content, never from the clock, so the same input gives the same bytes.
/// `blank`: with the entries' texts left out, for the leak check (`CheckedTexts`).
enum AtomFeed {
    static func render(_ model: SiteModel, blank: Bool = false) -> String {
        let checked = CheckedTexts(blank: blank)
        let c = model.config
        let items = PageKind.sections.flatMap(model.listed).newestFirst(by: \.lastUpdated)
        let newest = items.compactMap(\.lastUpdated).max() ?? model.pages.compactMap(\.lastUpdated).max()
        func stamp(_ d: SiteDate?) -> String { (d ?? SiteDate(unixTime: 0)).iso + "T00:00:00Z" }
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Escape.xml(c.language))">
              <title>\(Escape.xml(c.title))</title>
              <subtitle>\(Escape.xml(c.reviewLabelPlural)) and learning briefings</subtitle>
              <link href="\(Escape.xml(c.baseURL))"/>
              <link rel="self" href="\(Escape.xml(c.baseURL + "feed.xml"))"/>
              <id>\(Escape.xml(c.baseURL))</id>
              <updated>\(stamp(newest))</updated>
              <author><name>\(Escape.xml(c.organisation))</name></author>

            """
        for p in items {
            let url = c.baseURL + p.path.folder
            out += """
                  <entry>
                    <title>\(Escape.xml(checked.title(p)))</title>
                    <link href="\(Escape.xml(url))"/>
                    <id>\(Escape.xml(url))</id>
                    <published>\(stamp(p.meta.published?.value))</published>
                    <updated>\(stamp(p.lastUpdated))</updated>
                    <summary>\(Escape.xml(checked.summary(p) ?? ""))</summary>
                  </entry>

                """
        }
        return out + "</feed>\n"
    }
}
