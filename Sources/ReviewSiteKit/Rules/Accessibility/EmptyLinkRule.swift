import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// `empty-link`: a link with no text is announced as just "link" (WCAG 2.4.4, 4.1.2).
enum EmptyLinkRule {
    static func check(_ links: [MarkdownLink], file: String) -> [Diagnostic] {
        links.compactMap { link in
            guard link.text.allSatisfy({ $0.isWhitespace }) else { return nil }
            return Diagnostic(
                .error, RuleID.emptyLink, at: SourceLocation(file: file, line: link.line, column: link.column),
                "link has no text, so screen readers announce only \"link\"; write what it leads to "
                    + "between the square brackets, like [Annual report 2025](/annual-report/)")
        }
    }
}
