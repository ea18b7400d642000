import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Where a page lives in the output, as a folder path relative to the site root with a
/// trailing slash (`reviews/dhr-jo-2022/`), or "" for the home page.
public struct SitePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let folder: String

    public init(_ folder: String) {
        self.folder = folder.isEmpty || folder.hasSuffix("/") ? folder : folder + "/"
    }

    /// The file written for this page (`reviews/dhr-jo-2022/index.html`).
    public var file: String { folder + "index.html" }

    /// How many folders deep the page is, for relative links back to the root.
    public var depth: Int { ASCIIText.split(folder, separator: "/").count }

    /// The prefix that leads from this page back to the site root: "", "../", "../../".
    public var toRoot: String { String(repeating: "../", count: depth) }

    /// A relative link from this page to `target`'s index.html, so the folder works from
    /// file:// and from any sub-path (docs/output.md).
    public func link(to target: SitePath, fragment: String? = nil) -> String {
        toRoot + target.file + (fragment.map { "#" + $0 } ?? "")
    }

    public var description: String { "/" + folder }

    public static func < (a: SitePath, b: SitePath) -> Bool { a.folder < b.folder }
}
