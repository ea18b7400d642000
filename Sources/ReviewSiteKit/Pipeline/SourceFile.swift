import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// One file found under the content folder, read and normalised, not yet parsed.
public struct SourceFile: Sendable {
    /// Path inside the content folder with `/` separators, e.g. `reviews/dhr-jo-2022.md`.
    public var relativePath: String
    /// Path as the user sees it in diagnostics, e.g. `content/reviews/dhr-jo-2022.md`.
    public var displayPath: String
    /// The text with any UTF-8 BOM removed and CRLF/CR line endings turned into LF;
    /// nil when the file could not be read as text (see the read diagnostics).
    public var text: String?
}
