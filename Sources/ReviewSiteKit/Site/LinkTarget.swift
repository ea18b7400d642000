import ReviewSiteCore
import ReviewSiteSyntax
import ReviewSiteAnonymisation
/// What a link in content points at, once resolved against the site's pages.
enum LinkTarget: Equatable {
    /// Another page of this site (or a generated one), with an optional `#fragment`.
    case page(SitePath, fragment: String?)
    /// A file the site generates that is not a page (`/feed.xml`).
    case file(String)
    /// An outside address or a same-page `#anchor`: left as written.
    case external
    /// A site path or `.md` file that matches no page.
    case missing(String)

    /// Resolves `destination` written in the file at `sourcePath` (e.g. `reviews/jo.md`).
    /// Site-root paths (`/briefings/adult-r/`) and relative `.md` paths both work.
    static func resolve(_ destination: String, from sourcePath: String, in pages: Set<SitePath>) -> LinkTarget {
        if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("//") { return .external }
        if let colon = destination.firstIndex(of: ":"),
           !destination[..<colon].contains("/"), !destination[..<colon].contains("#") {
            return .external  // has a scheme: https:, mailto:, tel:
        }
        var path = destination
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        var parts: [Substring]
        if path.hasPrefix("/") {
            parts = path.split(separator: "/")
        } else {
            parts = sourcePath.split(separator: "/").dropLast()
            for part in path.split(separator: "/") {
                if part == "." { continue }
                if part == ".." {
                    if parts.isEmpty { return .missing(destination) }
                    parts.removeLast()
                } else {
                    parts.append(part)
                }
            }
        }
        if let last = parts.last, last == "index.html" { parts.removeLast() }
        if let last = parts.last, ["feed.xml", "sitemap.xml", "404.html"].contains(last), parts.count == 1 {
            return .file(String(last))
        }
        if let last = parts.last, last.hasSuffix(".md") {
            let stem = last.dropLast(3)
            parts.removeLast()
            if stem != "index" { parts.append(stem) }
            // A review or briefing is published under its section whatever folder it sits in.
            for candidate in [parts.joined(separator: "/"), "reviews/" + stem, "briefings/" + stem] {
                let p = SitePath(candidate)
                if pages.contains(p) { return .page(p, fragment: fragment) }
            }
            return .missing(destination)
        }
        let target = SitePath(parts.joined(separator: "/"))
        return pages.contains(target) ? .page(target, fragment: fragment) : .missing(destination)
    }
}
