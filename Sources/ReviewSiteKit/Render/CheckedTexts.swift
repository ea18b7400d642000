/// The texts a built file shows from a content file that the source check has read already
/// (`AnonymisationCheck.forEachText`): the page's title, summary, topics, pseudonym roles,
/// attachment titles and (from its body) headings; and the pseudonyms' names, which every
/// file of the built-site scan declares. The one place that says what a site-wide file's
/// leak-check text leaves out.
///
/// With `blank`, each text is empty and each list of them is left out whole (a review's
/// blank pseudonyms were most of the scanned `reviews.json`): the build's leak check scans that version of a
/// listing, topic page, the feed, the search index and `reviews.json` (as it scans a page
/// without its body, `RenderStage.Rendered.Written`'s `themeText`), so it sees what the theme and
/// site.yml add and each item's skeleton (its address, which comes from a file name and is
/// checked only for errors there, and its dates). Rescanning thousands of checked titles and
/// summaries as one text cost gigabytes at 10,000 reviews (issue 16), and found again only
/// what their own files' checks had found.
struct CheckedTexts {
    var blank: Bool

    private func text(_ s: String) -> String { blank ? "" : s }

    func title(_ page: PublishedPage) -> String { text(page.title) }
    func summary(_ page: PublishedPage) -> String? { page.meta.summary.map { text($0.value) } }
    func topics(_ page: PublishedPage) -> [String] { blank ? [] : page.meta.topics.map(\.value) }
    func pseudonyms(_ page: PublishedPage) -> [(name: String, role: String)] {
        blank ? [] : page.meta.pseudonyms.map { ($0.name.value, $0.role.value) }
    }
    /// Headings of the body down to `level`.
    func headings(_ page: PublishedPage, upTo level: Int) -> [String] {
        blank ? [] : page.outline.headings.filter { $0.level <= level }.map(\.text)
    }
    func title(_ attachment: Attachment) -> String { text(attachment.title.value) }
}
