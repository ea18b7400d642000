import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// What a link in content points at, once resolved against the site's pages.
enum LinkTarget: Equatable {
    /// Another page of this site (or a generated one), with an optional `#fragment`.
    case page(SitePath, fragment: String?)
    /// A file the site generates that is not a page (`/feed.xml`).
    case file(String)
    /// An outside address or a same-page `#anchor`: left as written.
    case external
    /// An image or document in the content folder (its path there, which is also its path
    /// in the output).
    case contentFile(String)
    /// A site path or `.md` file that matches no page.
    case missing(String)

    /// Resolves `destination` written in the file at `sourcePath` (e.g. `reviews/jo.md`).
    /// Site-root paths (`/briefings/adult-r/`) and relative `.md` paths both work.
    /// `files` are the content folder's images and documents that may be linked to.
    /// An absolute address on the site's own `base_url` (`https://example.org/reviews/x/`,
    /// any case, http or https, or `//example.org/…`) is resolved like the site path it
    /// names, so a link to a draft's address is a broken link either way (issue 11, case 12).
    static func resolve(
        _ destination: String, from sourcePath: String, in pages: Set<SitePath>,
        files: Set<String> = [], base: String? = nil
    ) -> LinkTarget {
        if let base, let local = sitePath(destination, base: base) {
            return resolve(local, from: sourcePath, in: pages, files: files)
        }
        if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("//") { return .external }
        if let colon = ASCIIText.firstIndex(of: ":", in: destination),
            !ASCIIText.contains("/", in: destination[..<colon]), !ASCIIText.contains("#", in: destination[..<colon])
        {
            return .external  // has a scheme: https:, mailto:, tel:
        }
        var path = destination
        var fragment: String?
        if let hash = ASCIIText.firstIndex(of: "#", in: path) {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = ASCIIText.firstIndex(of: "?", in: path) { path = String(path[..<query]) }
        var parts: [Substring]
        if path.hasPrefix("/") {
            parts = ASCIIText.split(path, separator: "/")
        } else {
            parts = ASCIIText.split(sourcePath, separator: "/").dropLast()
            for part in ASCIIText.split(path, separator: "/") {
                if part == "." { continue }
                if part == ".." {
                    if parts.isEmpty { return .missing(destination) }
                    parts.removeLast()
                } else {
                    parts.append(part)
                }
            }
        }
        if !files.isEmpty, case let joined = parts.joined(separator: "/"), files.contains(joined) {
            return .contentFile(joined)
        }
        // A file of the theme (`/assets/logo.svg`): checked against the theme when the site is built.
        if path.hasPrefix("/"), parts.count > 1, parts[0] == "assets" {
            return .file(parts.joined(separator: "/"))
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

    /// Whether a destination names a file (`chart.png`) rather than a page: its last part has
    /// an extension other than .md or .html.
    static func looksLikeFile(_ destination: String) -> Bool {
        let path = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard let last = path.split(separator: "/").last, let dot = last.lastIndex(of: "."),
            dot != last.startIndex
        else { return false }
        let ext = last[last.index(after: dot)...].lowercased()
        return !ext.isEmpty && !["md", "html", "htm", "xml"].contains(ext)
    }

    /// `/reviews/x/` for an address under `base` (scheme and host compared without case),
    /// or nil for any other address.
    static func sitePath(_ destination: String, base: String) -> String? {
        func split(_ s: String) -> (host: String, path: String)? {
            var rest = Substring(s)
            let lower = s.lowercased()
            if lower.hasPrefix("https://") {
                rest = rest.dropFirst(8)
            } else if lower.hasPrefix("http://") {
                rest = rest.dropFirst(7)
            } else if lower.hasPrefix("//") {
                rest = rest.dropFirst(2)
            } else {
                return nil
            }
            let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
            var host = rest[..<slash].lowercased()
            if host.hasSuffix(".") { host.removeLast() }
            if host.hasSuffix(":443") || host.hasSuffix(":80") { host = String(host[..<host.lastIndex(of: ":")!]) }
            let path = String(rest[slash...])
            return (host, path.hasPrefix("/") ? path : "/" + path)
        }
        guard let d = split(destination), let b = split(base), !b.host.isEmpty, d.host == b.host else { return nil }
        let basePath = b.path.hasSuffix("/") ? b.path : b.path + "/"
        let path = d.path.removingPercentEncoding ?? d.path
        if path == String(basePath.dropLast()) || path == basePath { return "/" }
        guard path.hasPrefix(basePath) else { return nil }
        return "/" + path.dropFirst(basePath.count)
    }
}
