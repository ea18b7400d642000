import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Content accessibility rules run on each page's parsed Markdown (issue 5): image-alt,
/// heading-order, link-text, empty-link and table-header. Each rule is in its own file.
///
/// All of them are errors: each one is a WCAG 2.2 AA failure that a public sector site may
/// not publish (PSBAR 2018), and each is quick for the author to fix in the Markdown.
enum ContentAccessibility {
    static func check(_ markdown: ParsedMarkdown, file: String) -> [Diagnostic] {
        ImageAltRule.check(markdown.document, file: file)
            + HeadingOrderRule.check(markdown.headings, file: file)
            + EmptyLinkRule.check(markdown.links, file: file)
            + LinkTextRule.check(markdown.links, file: file)
            + TableHeaderRule.check(markdown.document, file: file)
    }

    /// Trimmed, lower-cased, single-spaced text, for comparing link texts and headers.
    static func normalised(_ text: String) -> String {
        guard ASCIIText.isASCII(text) else {
            return text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        // ASCII by bytes: tab to carriage return and space are the ASCII characters that
        // `isWhitespace` accepts (Character splitting was 1.5% of a build of corpus B).
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var gap = false
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                gap = !out.isEmpty
                continue
            }
            if gap { out.append(0x20) }
            gap = false
            out.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Long texts shortened for messages.
    static func shorten(_ text: String, to limit: Int = 40) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}
