import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// `heading-order`: the layout shows the page title as the only level 1 heading, so the body
/// starts at level 2 (`##`) and never skips a level going down (WCAG 1.3.1, 2.4.6): screen
/// reader users move around a page by its headings.
enum HeadingOrderRule {
    static func check(_ headings: [MarkdownHeading], file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var previous = 1  // the page title
        for heading in headings {
            let at = SourceLocation(file: file, line: heading.line, column: heading.column)
            let name = "'\(ContentAccessibility.shorten(heading.text))'"
            if heading.level == 1 {
                out.append(
                    Diagnostic(
                        .error, RuleID.headingOrder, at: at,
                        "heading \(name) is level 1, but the page title is the only level 1 heading; "
                            + "start it with '##' instead of '#' (and put the page's title in 'title:')"))
            } else if heading.level > previous + 1 {
                let want = String(repeating: "#", count: previous + 1)
                let what =
                    previous == 1
                    ? "the first heading must be level 2"
                    : "it comes after a level \(previous) heading, so it skips a level"
                out.append(
                    Diagnostic(
                        .error, RuleID.headingOrder, at: at,
                        "heading \(name) is level \(heading.level), but \(what); start it with '\(want)' "
                            + "or add the missing level above it"))
            }
            previous = heading.level
        }
        return out
    }
}
