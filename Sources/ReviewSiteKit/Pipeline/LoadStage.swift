import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Stage 2, load: one file at a time, independently of every other (so files spread over
/// all cores): split the front matter, decode and check it, parse the Markdown.
struct LoadStage: Sendable {
    var reader: ReadStage
    var buildDate: SiteDate
    var reviewIntervalMonths: Int
    var anonymisation: AnonymisationCheck

    /// Anonymisation findings of unchanged files from the last successful build, if any.
    var checks: CheckCache?
    /// Whether a file that may belong to a review split into files keeps its full dates
    /// (`LoadedPage.fileDates`), taken from its own check, for `ReviewFiles`.
    var keepsFileDates = false
    /// Relative path → the pseudonyms of other files this file may use (`SharedPseudonyms`).
    var othersPseudonyms: [String: SharedPseudonyms.Names] = [:]
    /// The pseudonym and topic lists of the files loaded so far, for `SharedLists.share`.
    let shared = SharedLists()

    func load(_ relativePath: String) -> LoadedPage {
        var diagnostics: [Diagnostic] = []
        let file = reader.read(relativePath, &diagnostics)
        var page = LoadedPage(relativePath: relativePath, displayPath: file.displayPath)
        guard let text = file.text else {
            page.diagnostics = diagnostics
            return page
        }
        let split: FrontMatterSplit
        do {
            split = try FrontMatterSplitter.split(text)
        } catch {
            page.diagnostics = diagnostics + [frontMatterDiagnostic(error, file.displayPath)]
            return page
        }
        do {
            let root = try YAMLSubsetParser.parse(split.yaml, firstLine: split.yamlFirstLine)
            let (meta, found) = FrontMatterDecoder.decode(root, file: file.displayPath)
            page.meta = meta
            diagnostics += found
            let context = MetadataContext(
                file: file.displayPath, buildDate: buildDate,
                reviewIntervalMonths: reviewIntervalMonths)
            diagnostics += MetadataRules.check(meta, context)
            // Only the metadata rules read where each key is and which were reported: not kept.
            page.meta.fieldLines = [:]
            page.meta.reportedFields = []
            shared.share(&page.meta)
        } catch {
            diagnostics.append(frontMatterDiagnostic(error, file.displayPath))
        }
        let markdown = MarkdownParser.parse(split.body, file: file.displayPath, firstLine: split.bodyFirstLine)
        diagnostics += markdown.diagnostics
        diagnostics += ContentAccessibility.check(markdown, file: file.displayPath)
        // Hashed once: the check cache's key and the outline's hash are the same hash.
        let textHash = TextHash.ofContent(text)
        let found: [Diagnostic]
        let keepsDates = keepsFileDates && ReviewFiles.mayBelong(page)
        var anonymisation = anonymisation
        let others = othersPseudonyms[relativePath]
        if let others { anonymisation.site.reviewPseudonymWords = others.words }
        let contentKey = CheckCache.contentKey(text, hash: textHash, others: others?.key)
        if let cached = checks?.entry(relativePath, content: contentKey) {
            // Kept without the file name (it is the file's own); put it back.
            found = cached.diagnostics.map { d in
                var d = d
                d.location.file = file.displayPath
                return d
            }
            if keepsDates { page.givesLifeDates = cached.givesLifeDates }
        } else {
            let checked = anonymisation.check(
                page.meta, body: split.body, bodyFirstLine: split.bodyFirstLine,
                file: file.displayPath, document: markdown.document, fullDates: keepsDates)
            found = checked.diagnostics
            page.fileDates = checked.fullDates
            page.givesLifeDates = checked.fullDates.map { !$0.life.isEmpty }
        }
        diagnostics += found
        // The cache keeps no file name: a name in one would be text of the site.
        page.checkRecord = CheckCache.Entry(
            path: CheckCache.pathKey(relativePath), content: contentKey,
            diagnostics: found.map { d in
                var d = d
                d.location.file = ""
                return d
            }, givesLifeDates: page.givesLifeDates)
        // Keep only what later stages need: the document itself is parsed again when the
        // page is rendered, so memory does not grow with the size of the site.
        page.outline = PageOutline(
            headings: markdown.headings,
            // Images are checked like links: a missing picture is as broken as a missing page.
            // Only the address and position are kept: the link text was checked here, and
            // keeping it cost tens of MB at 10,000 link-heavy reviews (issue 16).
            links: (markdown.links.map {
                MarkdownLink(destination: $0.destination, text: "", line: $0.line, column: $0.column)
            }
                + markdown.images.map {
                    MarkdownLink(destination: $0.source, text: "", line: $0.line, column: $0.column)
                }).sorted { ($0.line, $0.column) < ($1.line, $1.column) },
            images: markdown.images.map { ImageSource(destination: $0.source, line: $0.line, column: $0.column) },
            textHash: textHash)
        page.diagnostics = diagnostics
        return page
    }

    /// The full dates the file gives as a date of birth or death, and its other full dates
    /// (`AnonymisationCheck.fullDates`); nil if it cannot be read or split.
    func fullDates(_ relativePath: String) -> FileDates? {
        guard case (let file, let split, let meta)? = Self.frontMatter(relativePath, reader: reader) else { return nil }
        let markdown = MarkdownParser.parse(split.body, file: file.displayPath, firstLine: split.bodyFirstLine)
        return anonymisation.fullDates(
            meta, body: split.body, bodyFirstLine: split.bodyFirstLine, document: markdown.document)
    }

    /// The file's front matter, read again without reporting anything (`load` reports it):
    /// nil if the file cannot be read or split, empty metadata if its YAML cannot be read.
    static func frontMatter(_ relativePath: String, reader: ReadStage)
        -> (file: SourceFile, split: FrontMatterSplit, meta: PageMeta)?
    {
        var ignored: [Diagnostic] = []
        let file = reader.read(relativePath, &ignored)
        guard let text = file.text, let split = try? FrontMatterSplitter.split(text) else { return nil }
        var meta = PageMeta()
        if let root = try? YAMLSubsetParser.parse(split.yaml, firstLine: split.yamlFirstLine) {
            meta = FrontMatterDecoder.decode(root, file: file.displayPath).0
        }
        return (file, split, meta)
    }

    private func frontMatterDiagnostic(_ error: YAMLError, _ file: String) -> Diagnostic {
        Diagnostic(
            .error, RuleID.frontMatter, at: SourceLocation(file: file, line: error.line, column: error.column),
            error.message)
    }
}

/// A content file after loading: its metadata, its parsed body and what was found wrong.
struct LoadedPage: Sendable, Codable {
    var relativePath: String
    var displayPath: String
    @Boxed var meta = PageMeta()
    /// Headings and links of the body; nil when the file could not be parsed at all.
    @Boxed var outline: PageOutline?
    var diagnostics: [Diagnostic] = []
    /// The anonymisation findings as CheckCache keeps them (hashes and masked findings only).
    var checkRecord: CheckCache.Entry?
    /// For `ReviewFiles`, when `LoadStage.keepsFileDates`: the file's full dates, if its
    /// check ran; whether it gives a date of birth or death, if its check ran or was cached.
    /// Dropped once the files of each review have told each other their dates.
    var fileDates: FileDates?
    var givesLifeDates: Bool?

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Where an image's source is written.
struct ImageSource: Sendable, Codable {
    var destination: String
    var line: Int
    var column: Int
}
