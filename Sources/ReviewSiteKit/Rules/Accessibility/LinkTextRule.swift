import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// `link-text`: link text must make sense on its own (WCAG 2.4.4). Screen reader users often
/// list a page's links out of context, where "click here" or a web address says nothing.
enum LinkTextRule {
    /// Texts that say nothing about where a link goes (compared lower-cased, without
    /// trailing punctuation).
    static let vague: Set<String> = [
        "click here", "click", "here", "click this link", "this link", "link", "read more", "read more here",
        "more", "more here", "learn more", "find out more", "more info", "more information", "this page", "go",
    ]

    static func check(_ links: [MarkdownLink], file: String) -> [Diagnostic] {
        links.compactMap { link in
            let text = ContentAccessibility.normalised(link.text)
            guard !text.isEmpty else { return nil }  // empty-link reports it
            let at = SourceLocation(file: file, line: link.line, column: link.column)
            let bare = trimmingPunctuation(text)
            if vague.contains(bare) {
                return Diagnostic(
                    .error, RuleID.linkText, at: at,
                    "link text '\(ContentAccessibility.shorten(link.text.trimmingCharacters(in: .whitespacesAndNewlines)))' does not say where the link goes; "
                        + "use words that make sense on their own, like [Read the Adult R briefing](/briefings/adult-r/)")
            }
            if isAddress(text, destination: link.destination) {
                return Diagnostic(
                    .error, RuleID.linkText, at: at,
                    "link text is a web address ('\(ContentAccessibility.shorten(link.text))'), which screen readers "
                        + "spell out; write the name of the page instead, like [National Domestic Abuse Helpline](https://…)")
            }
            return nil
        }
    }

    /// Punctuation that ends a link text ("here.", "more »"), not part of what it says.
    static let punctuation = CharacterSet(charactersIn: ".,:;!?…>»→ ")

    /// The text without `punctuation` at either end; ASCII text byte by byte (Foundation's
    /// trimming was 2% of a build of corpus B, which has 69 links a page).
    static func trimmingPunctuation(_ text: String) -> String {
        guard ASCIIText.isASCII(text) else { return text.trimmingCharacters(in: punctuation) }
        let isPunctuation = { (b: UInt8) in ".,:;!?> ".utf8.contains(b) }
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { !isPunctuation($0) }),
            let last = bytes.lastIndex(where: { !isPunctuation($0) })
        else { return "" }
        return String(text[first...last])
    }

    /// "https://…", "www.…" or the destination itself. Email addresses are fine as link text.
    static func isAddress(_ text: String, destination: String) -> Bool {
        if text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.") { return true }
        let target = destination.lowercased()
        return !target.hasPrefix("mailto:") && !target.hasPrefix("tel:") && text == target
    }
}
