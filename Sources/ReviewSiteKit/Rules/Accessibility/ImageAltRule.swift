import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// `image-alt`: every image needs a description (WCAG 1.1.1). Markdown cannot tell a missing
/// alt text from an empty one, so an image that is only decoration says so with its title:
/// `![](divider.png "decorative")`. A file name is not a description.
enum ImageAltRule {
    static let decorativeTitle = "decorative"

    /// Reads the document's image nodes rather than `ParsedMarkdown.images`, which has no titles.
    static func check(_ document: MarkdownDocument, file: String) -> [Diagnostic] {
        document.nodes.compactMap { node in
            guard case .image(let source, let title, let rawAlt, _) = node.kind else { return nil }
            let at = SourceLocation(file: file, line: node.line, column: node.column)
            let alt = rawAlt.trimmingCharacters(in: .whitespacesAndNewlines)
            if alt.isEmpty {
                if title.trimmingCharacters(in: .whitespaces).lowercased() == decorativeTitle { return nil }
                return Diagnostic(
                    .error, RuleID.imageAlt, at: at,
                    "image has no description (alt text); describe what it shows between the square brackets, "
                        + "like ![Chart of referrals by year](chart.png), or mark an image that is only decoration "
                        + "with the title \"decorative\": ![](divider.png \"decorative\")")
            }
            if looksLikeFileName(alt, source: source) {
                return Diagnostic(
                    .error, RuleID.imageAlt, at: at,
                    "image description is a file name ('\(ContentAccessibility.shorten(alt))'); "
                        + "write what the image shows between the square brackets instead")
            }
            return nil
        }
    }

    static let extensions = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "bmp", "tif", "tiff", "heic"]
    static let cameraPrefixes = ["img", "dsc", "dscn", "dscf", "image", "photo", "pic", "screenshot", "scan"]

    /// "chart.png", the image's own file name with or without its extension, or a camera
    /// name such as "IMG_1234".
    static func looksLikeFileName(_ alt: String, source: String) -> Bool {
        let lower = alt.lowercased()
        if let dot = lower.lastIndex(of: "."), extensions.contains(String(lower[lower.index(after: dot)...])) {
            return true
        }
        let name = source.split(separator: "/").last.map { String($0).lowercased() } ?? ""
        let stem = name.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
        if !name.isEmpty && (lower == name || (!stem.isEmpty && lower == stem)) { return true }
        let letters = lower.prefix { $0.isLetter }
        let rest = lower.dropFirst(letters.count).drop { $0 == "_" || $0 == "-" || $0 == " " }
        return cameraPrefixes.contains(String(letters)) && !rest.isEmpty && rest.allSatisfy { $0.isNumber }
    }
}
