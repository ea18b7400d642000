import ReviewSiteSyntax

/// One page of a listing or topic page split into pages of `listing_page_size` (site.yml):
/// a listing of every review on one page grows with the site (issue 16). Page 1 keeps the
/// listing's own address; page n is `page/n/` below it, as Hugo and Zola write them.
struct ListingPage: Sendable, Hashable {
    /// 1-based.
    let number: Int
    let count: Int
    /// The positions of this page's items among all the listing's.
    var items: Range<Int> = 0..<0

    /// The pages `items` items make, `size` to a page: always at least one, so an empty
    /// listing still says nothing has been published yet.
    static func pages(items: Int, size: Int) -> [ListingPage] {
        let count = max(1, (items + size - 1) / size)
        return (1...count).map { n in
            let start = min(items, (n - 1) * size)
            return ListingPage(number: n, count: count, items: start..<min(items, start + size))
        }
    }

    /// Where page `number` of the listing at `base` is written.
    static func path(_ number: Int, under base: SitePath) -> SitePath {
        number == 1 ? base : SitePath(base.folder + "page/\(number)")
    }

    func path(under base: SitePath) -> SitePath { Self.path(number, under: base) }

    /// " (page 2 of 5)" for the window title, as GOV.UK titles the pages of a list; nothing
    /// for a listing that fits on one page.
    var titleSuffix: String { count > 1 ? " (page \(number) of \(count))" : "" }

    /// The page numbers the navigation shows: the first, the last, this one and its
    /// neighbours, with nil where numbers are left out (GOV.UK's pagination component).
    var shownNumbers: [Int?] {
        let wanted = Set([1, count, number - 1, number, number + 1].filter { (1...count).contains($0) })
        var out: [Int?] = []
        for n in wanted.sorted() {
            if let last = out.last ?? nil, n > last + 1 { out.append(nil) }
            out.append(n)
        }
        return out
    }

    /// The navigation's values for the theme (`pagination`), or null on a listing that fits
    /// on one page: previous and next links and the numbered pages, each linked from `ctx`.
    func navigation(under base: SitePath, _ ctx: PageContext) -> TemplateValue {
        guard count > 1 else { return .null }
        func link(_ n: Int) -> TemplateValue { .string(ctx.href(Self.path(n, under: base))) }
        return .object([
            "previous": number > 1 ? link(number - 1) : .null,
            "next": number < count ? link(number + 1) : .null,
            "number": .string(String(number)),
            "count": .string(String(count)),
            "pages": .list(
                shownNumbers.map { n in
                    guard let n else { return .object(["ellipsis": .bool(true)]) }
                    return .object(["number": .string(String(n)), "href": link(n), "current": .bool(n == number)])
                }),
        ])
    }
}
