import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Stage 3, assemble: decides where each page lives and which pages are published, and
/// checks what needs the whole site at once (duplicate addresses, links between pages).
/// Work here is linear in the number of files: dictionaries, never pairwise comparisons.
struct AssembleStage {
    var config: SiteConfig
    var buildDate: SiteDate
    /// `serve --drafts`: drafts and embargoed pages are placed too (withdrawn ones never).
    var preview = false

    /// Paths the generator writes itself; content may not take them.
    static let reserved: Set<String> = [
        "assets", "accessibility", "404", "feed.xml", "sitemap.xml", "topics", "search",
        "search-index.json", "reviews.json",
    ]

    func run(_ loaded: [LoadedPage], files: [PageFile] = []) -> (SiteModel, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var owner: [SitePath: String] = [:]
        var published: [PublishedPage] = []
        // Each placed page by its place in `loaded`: copies of 76,000 loaded pages were
        // megabytes at the peak of a build of 10,000 reviews (issue 16).
        var placed: [(Int, SitePath)] = []
        // Where pages whose front matter could not be read might live: a link to one is not
        // reported, because that page's own error is the root cause (one error, not many).
        var unreadable = Set<SitePath>()
        for (index, page) in loaded.enumerated() {
            guard let kind = page.meta.kind else {
                var parts = page.relativePath.dropLast(3).split(separator: "/").map(String.init)
                let stem = parts.removeLast()
                let own = stem == "index" ? parts.joined(separator: "/") : (parts + [stem]).joined(separator: "/")
                unreadable.formUnion([SitePath(own), SitePath("reviews/" + stem), SitePath("briefings/" + stem)])
                continue
            }
            guard let (path, role) = place(page, kind, &diagnostics) else { continue }
            if let first = owner[path] {
                diagnostics.append(
                    Diagnostic(
                        .error, RuleID.duplicateSlug, at: SourceLocation(file: page.displayPath, line: 1, column: 1),
                        "this page and \(first) would both be published at \(path); rename one of the files"))
                continue
            }
            owner[path] = page.displayPath
            placed.append((index, path))
            diagnostics += checkTopics(page)
            if isPublished(page.meta), let outline = page.outline {
                published.append(
                    PublishedPage(
                        role: role, kind: kind, path: path, relativePath: page.relativePath,
                        sourcePath: page.displayPath,
                        meta: page.$meta, outline: outline))
            }
        }
        let publishedPaths = Set(published.map(\.path)).union(GeneratedPage.all.map(\.path))
        let anyPaths = publishedPaths.union(owner.keys)
        // Each published page's outline, asked for a link's fragment (`hasHeading(id:)`).
        let outlines = Dictionary(published.map { ($0.path, $0.outline) }, uniquingKeysWith: { a, _ in a })
        // Why each placed page that is not published is held back, for broken-link messages.
        let heldBack = Dictionary(
            placed.filter { !isPublished(loaded[$0.0].meta) }.map { ($0.1, loaded[$0.0]) },
            uniquingKeysWith: { a, _ in a })
        let unpublished = Set(owner.keys).subtracting(publishedPaths)
        var usage = FileUsage(files: files, pages: placed.lazy.map { loaded[$0.0] }, isPublished: isPublished)
        for (index, _) in placed {
            let page = loaded[index]
            diagnostics += checkLinks(
                page, targets: isPublished(page.meta) ? publishedPaths : anyPaths,
                outlines: outlines, usage: &usage, heldBack: heldBack, unreadable: unreadable)
            diagnostics += usage.attachments(of: page)
            if isPublished(page.meta) { diagnostics += checkImages(page, unpublished: unpublished) }
        }
        diagnostics += usage.unused(display: { self.fileLocation($0, loaded) })
        published.sort { $0.path < $1.path }
        let model = SiteModel(
            config: config, buildDate: buildDate, pages: published,
            sections: Dictionary(
                uniqueKeysWithValues: PageKind.sections.map { kind in
                    (
                        kind,
                        published.filter { $0.kind == kind && $0.role == .content }.newestFirst(by: { $0.meta.published?.value })
                    )
                }),
            files: usage.published, checkedFiles: usage.usedFiles)
        var previewModel = model
        previewModel.preview = preview
        return (previewModel, diagnostics)
    }

    /// `status: published` and past any embargo on the build date.
    func isPublished(_ meta: PageMeta) -> Bool {
        if preview { return meta.status == .published || meta.status == .draft }
        guard meta.status == .published else { return false }
        if let from = meta.publishFrom?.value, buildDate < from { return false }
        return true
    }

    /// Where a file is published: reviews under /reviews/, briefings under /briefings/,
    /// pages at their own path; `index.md` is its folder's page.
    private func place(_ page: LoadedPage, _ kind: PageKind, _ diagnostics: inout [Diagnostic]) -> (SitePath, PublishedPage.Role)?
    {
        var parts = page.relativePath.dropLast(3).split(separator: "/", omittingEmptySubsequences: false)
        let here = SourceLocation(file: page.displayPath, line: 1, column: 1)
        for part in parts where !Slug.isValid(part) {
            diagnostics.append(
                Diagnostic(
                    .error, RuleID.fileName, at: here,
                    "'\(part)' cannot be used in a web address; rename it to '\(Slug.suggest(part))' "
                        + "(lower-case letters, digits and hyphens only)"))
            return nil
        }
        let stem = parts.removeLast()
        let folder = parts.joined(separator: "/")
        switch kind {
        case .dhr, .briefing:
            let section = kind.section ?? ""
            if stem == "index" {
                diagnostics.append(
                    Diagnostic(
                        .error, RuleID.fileName, at: here,
                        "a \(kind.singular) cannot be called index.md, which is the "
                            + "\(section) page's own introduction; give the file the review's name"))
                return nil
            }
            return (SitePath(section + "/" + stem), .content)
        case .page:
            if stem == "index" {
                if folder.isEmpty { return (SitePath(""), .home) }
                if let sectionKind = PageKind(section: folder) { return (SitePath(folder), .sectionIntro(sectionKind)) }
                return (SitePath(folder), .content)
            }
            let full = folder.isEmpty ? String(stem) : folder + "/" + stem
            if let top = full.split(separator: "/").first, AssembleStage.reserved.contains(String(top)) {
                diagnostics.append(
                    Diagnostic(
                        .error, RuleID.reservedPath, at: here,
                        "/\(top)/ is made by ReviewSite itself; rename this file"))
                return nil
            }
            return (SitePath(full), .content)
        }
    }

    /// With a `topics:` list in site.yml, each topic must be one of it, spelt the same.
    private func checkTopics(_ page: LoadedPage) -> [Diagnostic] {
        guard let known = config.topics else { return [] }
        var out: [Diagnostic] = []
        for topic in page.meta.topics where !known.contains(topic.value) {
            let at = SourceLocation(file: page.displayPath, line: topic.line, column: topic.column)
            if let same = known.first(where: { Slug.suggest(Substring($0)) == Slug.suggest(Substring(topic.value)) }) {
                out.append(
                    Diagnostic(
                        .error, RuleID.topic, at: at,
                        "write this topic as site.yml's topics list does, '\(same)', so its pages are listed together"))
            } else {
                out.append(
                    Diagnostic(
                        .error, RuleID.topic, at: at,
                        "this topic is not in site.yml's topics list\(Suggestion.hint(for: topic.value, in: known)); "
                            + "use a listed topic, or add it to the list"))
            }
        }
        return out
    }

    /// An image whose address (a site path, or an address on `base_url`) lies inside the
    /// address of a page that is not published would publish that page's address (issue 11,
    /// case 12). The address itself is not printed.
    private func checkImages(_ page: LoadedPage, unpublished: Set<SitePath>) -> [Diagnostic] {
        guard !unpublished.isEmpty, let images = page.outline?.images else { return [] }
        var out: [Diagnostic] = []
        for image in images {
            let local =
                LinkTarget.sitePath(image.destination, base: config.baseURL)
                ?? (image.destination.hasPrefix("/") && !image.destination.hasPrefix("//") ? image.destination : nil)
            guard var path = local else { continue }
            path = String(path.drop { $0 == "/" })
            if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
            let decoded = path.removingPercentEncoding ?? path
            guard unpublished.contains(where: { !$0.folder.isEmpty && decoded.hasPrefix($0.folder) }) else { continue }
            out.append(
                Diagnostic(
                    .error, RuleID.brokenLink,
                    at: SourceLocation(
                        file: page.displayPath, line: image.line,
                        column: image.column),
                    "this image's address is inside the address of a page that is not published (a draft, withdrawn or "
                        + "embargoed page), so it would reveal that page; put the image in the theme's assets or beside a "
                        + "published page instead"))
        }
        return out
    }

    /// Where a content file is shown in diagnostics: `content/reviews/chart.png`.
    private func fileLocation(_ relative: String, _ loaded: [LoadedPage]) -> SourceLocation {
        // Pages know how the content folder is written; a site with no pages is `content`.
        let root = loaded.first.map { String($0.displayPath.dropLast($0.relativePath.utf8.count + 1)) } ?? "content"
        return SourceLocation(file: root + "/" + relative, line: 1, column: 1)
    }

    private func checkLinks(
        _ page: LoadedPage, targets: Set<SitePath>, outlines: [SitePath: PageOutline],
        usage: inout FileUsage, heldBack: [SitePath: LoadedPage] = [:],
        unreadable: Set<SitePath> = []
    ) -> [Diagnostic] {
        guard let links = page.outline?.links else { return [] }
        var out: [Diagnostic] = []
        let ownIDs = Set(page.outline?.headings.map(\.id) ?? [])
        for link in links {
            let at = SourceLocation(file: page.displayPath, line: link.line, column: link.column)
            if link.destination.hasPrefix("#") {
                let id = String(link.destination.dropFirst())
                if !id.isEmpty && !ownIDs.contains(id) {
                    out.append(
                        Diagnostic(
                            .error, RuleID.brokenLink, at: at,
                            "link to #\(id), but this page has no heading with that id; check the heading's spelling"))
                }
                continue
            }
            switch LinkTarget.resolve(
                link.destination, from: page.relativePath, in: targets, files: usage.all,
                base: config.baseURL)
            {
            case .contentFile(let relative):
                if let problem = usage.use(relative, by: page) {
                    out.append(Diagnostic(.error, RuleID.brokenLink, at: at, problem))
                }
            case .missing where LinkTarget.looksLikeFile(link.destination):
                out.append(
                    Diagnostic(
                        .error, RuleID.brokenLink, at: at,
                        "this links to a file that is not in the content folder; check the file name, and put the file "
                            + "beside this page's Markdown file or in a folder named after it"))
            case .missing:
                if case .page(let target, _) = LinkTarget.resolve(
                    link.destination, from: page.relativePath,
                    in: Set(heldBack.keys)),
                    let other = heldBack[target]
                {
                    // A status that could not be read is reported in that file; not again here.
                    if other.meta.status != nil {
                        out.append(Diagnostic(.error, RuleID.brokenLink, at: at, heldBackLink(other)))
                    }
                    continue
                }
                if case .page = LinkTarget.resolve(link.destination, from: page.relativePath, in: unreadable) { continue }
                // The address itself is not repeated: it could hold a name (diagnostics must not leak).
                out.append(
                    Diagnostic(
                        .error, RuleID.brokenLink, at: at,
                        "this link points at no published page of this site; check the address "
                            + "(site paths look like /reviews/dhr-jo-2022/, or link to the .md file)"))
            case .page(let target, let fragment?):
                if let outline = outlines[target], !outline.hasHeading(id: fragment) {
                    out.append(
                        Diagnostic(
                            .error, RuleID.brokenLink, at: at,
                            "link to \(target)#\(fragment), but that page has no heading with that id; check the heading"))
                }
            default:
                break
            }
        }
        return out
    }

    /// Why a link to a page of this site that is not published is broken, and what to do.
    private func heldBackLink(_ target: LoadedPage) -> String {
        let file = target.displayPath
        switch target.meta.status {
        case .withdrawn?:
            return "this link points at \(file), which is withdrawn and not on the site; remove the link"
        case .published?:
            let lifts = target.meta.publishFrom?.value.govuk ?? "a later date"
            return "this link points at \(file), which is embargoed until \(lifts); remove the link until then, "
                + "or give this page the same publish_from date"
        default:
            return "this link points at \(file), which is a draft and not published; publish it first or remove the link"
        }
    }
}

/// Which page uses which image or document, and so which files are published: a file is
/// published when a published page links to it or attaches it. A file in a folder named
/// after a page (`reviews/dhr-jo-2022/`) belongs to that page: while that page is not
/// published, no other page may link to it either.
struct FileUsage {
    let all: Set<String>
    private let byPath: [String: PageFile]
    /// Page file stem (`reviews/dhr-jo-2022`) → whether that page is published.
    private let owners: [String: Bool]
    private let isPublished: (PageMeta) -> Bool
    private var used: Set<String> = []
    private var publishedUse: Set<String> = []

    init(files: [PageFile], pages: some Sequence<LoadedPage>, isPublished: @escaping (PageMeta) -> Bool) {
        all = Set(files.map(\.relative))
        byPath = Dictionary(files.map { ($0.relative, $0) }, uniquingKeysWith: { a, _ in a })
        owners = Dictionary(
            pages.map { (String($0.relativePath.dropLast(3)), isPublished($0.meta)) },
            uniquingKeysWith: { a, b in a || b })
        self.isPublished = isPublished
    }

    /// Records that `page` uses the file; the problem, if the use is not allowed.
    mutating func use(_ relative: String, by page: LoadedPage) -> String? {
        used.insert(relative)
        guard isPublished(page.meta), byPath[relative]?.rejected == false else { return nil }
        let folder = relative.split(separator: "/").dropLast().joined(separator: "/")
        if owners[folder] == false && folder != String(page.relativePath.dropLast(3)) {
            return "this links to a file that belongs to a page that is not published (it is in that page's folder); "
                + "move the file beside this page, or publish the other page first"
        }
        publishedUse.insert(relative)
        return nil
    }

    /// Checks a page's `attachments:` and records their use.
    mutating func attachments(of page: LoadedPage) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for a in page.meta.attachments {
            let at = SourceLocation(file: page.displayPath, line: a.file.line, column: a.file.column)
            guard
                case .contentFile(let relative) = LinkTarget.resolve(
                    a.file.value, from: page.relativePath,
                    in: [], files: all)
            else {
                out.append(
                    Diagnostic(
                        .error, RuleID.attachment, at: at,
                        "this attachment's file is not in the content folder; check the file name (it is relative to "
                            + "this page's Markdown file), and put the file beside it or in a folder named after the page"))
                continue
            }
            if let problem = use(relative, by: page) {
                out.append(Diagnostic(.error, RuleID.attachment, at: at, problem))
            }
        }
        return out
    }

    /// Files no page uses: not published, and reported so they are not forgotten.
    func unused(display: (String) -> SourceLocation) -> [Diagnostic] {
        all.subtracting(used).filter { byPath[$0]?.rejected == false }.sorted().map {
            Diagnostic(
                .warning, RuleID.unusedFile, at: display($0),
                "no page links to or attaches this file, so it is not published; link to it or delete it")
        }
    }

    /// Files any page uses, published or not, sorted: all are checked (as drafts are).
    var usedFiles: [PageFile] { used.sorted().compactMap { byPath[$0] }.filter { !$0.rejected } }

    /// Files to copy into the output, sorted.
    var published: [PageFile] { publishedUse.sorted().compactMap { byPath[$0] } }
}
