import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// `feed.xml`: an Atom feed of published reviews and briefings, newest first. Its dates
/// come from the content, never from the clock, so the same input gives the same bytes.
/// `blank`: with the entries' texts left out, for the leak check (`CheckedTexts`).
enum AtomFeed {
    static func render(_ model: SiteModel, blank: Bool = false) -> String {
        OpenData.whole { render(model, blank: blank, piece: $0) }
    }

    /// The feed handed to `piece` an entry at a time, so it can be written without being held
    /// whole (51 MB at 10,000 reviews of benchmark corpus C, the build's largest text, issue 16).
    static func render(_ model: SiteModel, blank: Bool = false, piece: ([UInt8]) -> Void) {
        let checked = CheckedTexts(blank: blank)
        let c = model.config
        let items = PageKind.sections.flatMap(model.listed).newestFirst(by: \.lastUpdated)
        let newest = items.compactMap(\.lastUpdated).max() ?? model.pages.compactMap(\.lastUpdated).max()
        func stamp(_ d: SiteDate?) -> String { (d ?? SiteDate(unixTime: 0)).iso + "T00:00:00Z" }
        piece(
            Array(
                """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Escape.xml(c.language))">
                  <title>\(Escape.xml(c.title))</title>
                  <subtitle>\(Escape.xml(c.reviewLabelPlural)) and learning briefings</subtitle>
                  <link href="\(Escape.xml(c.baseURL))"/>
                  <link rel="self" href="\(Escape.xml(c.baseURL + "feed.xml"))"/>
                  <id>\(Escape.xml(c.baseURL))</id>
                  <updated>\(stamp(newest))</updated>
                  <author><name>\(Escape.xml(c.organisation))</name></author>

                """.utf8))
        for p in items {
            let url = c.baseURL + p.path.folder
            piece(
                Array(
                    """
                      <entry>
                        <title>\(Escape.xml(checked.title(p)))</title>
                        <link href="\(Escape.xml(url))"/>
                        <id>\(Escape.xml(url))</id>
                        <published>\(stamp(p.meta.published?.value))</published>
                        <updated>\(stamp(p.lastUpdated))</updated>
                        <summary>\(Escape.xml(checked.summary(p) ?? ""))</summary>
                      </entry>

                    """.utf8))
        }
        piece(Array("</feed>\n".utf8))
    }
}
