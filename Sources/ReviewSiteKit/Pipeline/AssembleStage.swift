import ReviewSiteCore
import ReviewSiteSyntax
import ReviewSiteAnonymisation
import Foundation
/// Stage 3, assemble: decides where each page lives and which pages are published, and
/// checks what needs the whole site at once (duplicate addresses, links between pages).
/// Work here is linear in the number of files: dictionaries, never pairwise comparisons.
struct AssembleStage {
    var config: SiteConfig
    var buildDate: SiteDate

    /// Paths the generator writes itself; content may not take them.
    static let reserved: Set<String> = ["assets", "accessibility", "404", "feed.xml", "sitemap.xml"]

    func run(_ loaded: [LoadedPage]) -> (SiteModel, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var owner: [SitePath: String] = [:]
        var published: [PublishedPage] = []
        var placed: [(LoadedPage, SitePath)] = []
        for page in loaded {
            guard let kind = page.meta.kind else { continue }
            guard let (path, role) = place(page, kind, &diagnostics) else { continue }
            if let first = owner[path] {
                diagnostics.append(Diagnostic(.error, RuleID.duplicateSlug, at: SourceLocation(file: page.displayPath, line: 1, column: 1),
                    "this page and \(first) would both be published at \(path); rename one of the files"))
                continue
            }
            owner[path] = page.displayPath
            placed.append((page, path))
            if isPublished(page.meta), let outline = page.outline {
                published.append(PublishedPage(role: role, kind: kind, path: path, relativePath: page.relativePath,
                                               sourcePath: page.displayPath,
                                               meta: page.meta, outline: outline))
            }
        }
        let publishedPaths = Set(published.map(\.path)).union(GeneratedPage.allCases.map(\.path))
        let anyPaths = publishedPaths.union(owner.keys)
        let headingIDs = Dictionary(published.map { ($0.path, Set($0.outline.headings.map(\.id))) },
                                    uniquingKeysWith: { a, _ in a })
        let unpublished = Set(owner.keys).subtracting(publishedPaths)
        for (page, _) in placed {
            diagnostics += checkLinks(page, targets: isPublished(page.meta) ? publishedPaths : anyPaths,
                                      headingIDs: headingIDs)
            if isPublished(page.meta) { diagnostics += checkImages(page, unpublished: unpublished) }
        }
        published.sort { $0.path < $1.path }
        let newestFirst: (PublishedPage, PublishedPage) -> Bool = {
            let a = $0.meta.published?.value, b = $1.meta.published?.value
            return a != b ? (a ?? SiteDate(unixTime: 0)) > (b ?? SiteDate(unixTime: 0)) : $0.path < $1.path
        }
        let model = SiteModel(
            config: config, buildDate: buildDate, pages: published,
            reviews: published.filter { $0.kind == .dhr && $0.role == .content }.sorted(by: newestFirst),
            briefings: published.filter { $0.kind == .briefing && $0.role == .content }.sorted(by: newestFirst))
        return (model, diagnostics)
    }

    /// `status: published` and past any embargo on the build date.
    func isPublished(_ meta: PageMeta) -> Bool {
        guard meta.status == .published else { return false }
        if let from = meta.publishFrom?.value, buildDate < from { return false }
        return true
    }

    /// Where a file is published: reviews under /reviews/, briefings under /briefings/,
    /// pages at their own path; `index.md` is its folder's page.
    private func place(_ page: LoadedPage, _ kind: PageKind, _ diagnostics: inout [Diagnostic]) -> (SitePath, PublishedPage.Role)? {
        var parts = page.relativePath.dropLast(3).split(separator: "/", omittingEmptySubsequences: false)
        let here = SourceLocation(file: page.displayPath, line: 1, column: 1)
        for part in parts where !Slug.isValid(part) {
            diagnostics.append(Diagnostic(.error, RuleID.fileName, at: here,
                "'\(part)' cannot be used in a web address; rename it to '\(Slug.suggest(part))' "
                + "(lower-case letters, digits and hyphens only)"))
            return nil
        }
        let stem = parts.removeLast()
        let folder = parts.joined(separator: "/")
        switch kind {
        case .dhr, .briefing:
            let section = kind == .dhr ? "reviews" : "briefings"
            if stem == "index" {
                diagnostics.append(Diagnostic(.error, RuleID.fileName, at: here,
                    "a \(kind == .dhr ? "review" : "briefing") cannot be called index.md, which is the "
                    + "\(section) page's own introduction; give the file the review's name"))
                return nil
            }
            return (SitePath(section + "/" + stem), .content)
        case .page:
            if stem == "index" {
                if folder.isEmpty { return (SitePath(""), .home) }
                if folder == "reviews" { return (SitePath(folder), .sectionIntro(.dhr)) }
                if folder == "briefings" { return (SitePath(folder), .sectionIntro(.briefing)) }
                return (SitePath(folder), .content)
            }
            let full = folder.isEmpty ? String(stem) : folder + "/" + stem
            if let top = full.split(separator: "/").first, AssembleStage.reserved.contains(String(top)) {
                diagnostics.append(Diagnostic(.error, RuleID.reservedPath, at: here,
                    "/\(top)/ is made by ReviewSite itself; rename this file"))
                return nil
            }
            return (SitePath(full), .content)
        }
    }

    /// An image whose address (a site path, or an address on `base_url`) lies inside the
    /// address of a page that is not published would publish that page's address (issue 11,
    /// case 12). The address itself is not printed.
    private func checkImages(_ page: LoadedPage, unpublished: Set<SitePath>) -> [Diagnostic] {
        guard !unpublished.isEmpty, let images = page.outline?.images else { return [] }
        var out: [Diagnostic] = []
        for image in images {
            let local = LinkTarget.sitePath(image.destination, base: config.baseURL)
                ?? (image.destination.hasPrefix("/") && !image.destination.hasPrefix("//") ? image.destination : nil)
            guard var path = local else { continue }
            path = String(path.drop { $0 == "/" })
            if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
            let decoded = path.removingPercentEncoding ?? path
            guard unpublished.contains(where: { !$0.folder.isEmpty && decoded.hasPrefix($0.folder) }) else { continue }
            out.append(Diagnostic(.error, RuleID.brokenLink, at: SourceLocation(file: page.displayPath, line: image.line,
                                                                               column: image.column),
                "this image's address is inside the address of a page that is not published (a draft, withdrawn or "
                + "embargoed page), so it would reveal that page; put the image in the theme's assets or beside a "
                + "published page instead"))
        }
        return out
    }

    private func checkLinks(_ page: LoadedPage, targets: Set<SitePath>, headingIDs: [SitePath: Set<String>]) -> [Diagnostic] {
        guard let links = page.outline?.links else { return [] }
        var out: [Diagnostic] = []
        let ownIDs = Set(page.outline?.headings.map(\.id) ?? [])
        for link in links {
            let at = SourceLocation(file: page.displayPath, line: link.line, column: link.column)
            if link.destination.hasPrefix("#") {
                let id = String(link.destination.dropFirst())
                if !id.isEmpty && !ownIDs.contains(id) {
                    out.append(Diagnostic(.error, RuleID.brokenLink, at: at,
                        "link to #\(id), but this page has no heading with that id; check the heading's spelling"))
                }
                continue
            }
            switch LinkTarget.resolve(link.destination, from: page.relativePath, in: targets, base: config.baseURL) {
            case .missing:
                // The address itself is not repeated: it could hold a name (diagnostics must not leak).
                out.append(Diagnostic(.error, RuleID.brokenLink, at: at,
                    "this link points at no published page of this site; check the address "
                    + "(site paths look like /reviews/dhr-jo-2022/, or link to the .md file)"))
            case .page(let target, let fragment?):
                if let ids = headingIDs[target], !ids.contains(fragment) {
                    out.append(Diagnostic(.error, RuleID.brokenLink, at: at,
                        "link to \(target)#\(fragment), but that page has no heading with that id; check the heading"))
                }
            default:
                break
            }
        }
        return out
    }
}
