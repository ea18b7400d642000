import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// What `build` and `lint` are asked to do (the command line's options, resolved).
public struct PipelineOptions: Sendable {
    public var contentDirectory = "content"
    public var themeDirectory = "themes/default"
    /// Use the theme built into the program instead of `themeDirectory` (no `--theme` was
    /// given and there is no themes/default folder).
    public var builtInTheme = false
    public var outputDirectory = "output"
    public var date: SiteDate
    /// Worker threads; the output is the same whatever the number.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// The private names register (`--names` or REVIEWSITE_NAMES), if any.
    public var namesFile: String?
    /// `--require-names`: no register is an error, not a notice.
    public var requireNames = false
    /// `lint --site DIR`: an already built site to scan for leaks as well.
    public var siteDirectory: String?
    /// `--require-pdf-text`: a PDF whose text cannot be checked (no `pdftotext`) is an error.
    public var requirePDFText = false
    /// `serve --drafts`: drafts and embargoed pages are built too, each with a banner. Only
    /// the preview server sets this, and it builds into a temporary folder, never output/.
    public var previewDrafts = false

    public init(date: SiteDate) { self.date = date }
}

/// What a run found and did.
public struct PipelineReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// How many content files were checked (pages and site.yml).
    public var filesChecked: Int
    /// Files written to the output folder, when a build succeeded.
    public var filesWritten: Int?
    /// The output was already up to date: nothing changed since the last build.
    public var upToDate = false
    /// Pages a build on this date leaves out (drafts, embargoed, withdrawn).
    public var heldBack = HeldBack()

    public struct HeldBack: Sendable, Equatable {
        public var drafts = 0
        /// The kind of each embargoed page, so the summary can say "1 embargoed review".
        public var embargoed: [PageKind] = []
        public var withdrawn = 0

        /// "2 drafts and 1 embargoed review not published", or nil when nothing is held back.
        public var sentence: String? {
            func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
            var parts: [String] = []
            if drafts > 0 { parts.append(count(drafts, "draft")) }
            if !embargoed.isEmpty {
                let kinds = Set(embargoed)
                let noun = kinds == [.dhr] ? "review" : kinds == [.briefing] ? "briefing" : "page"
                parts.append(count(embargoed.count, "embargoed " + noun))
            }
            if withdrawn > 0 { parts.append(count(withdrawn, "withdrawn page")) }
            guard let last = parts.last else { return nil }
            let list = parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " and " + last
            return list + " not published"
        }
    }
    /// No names register was given (and none was required): the command says so once.
    public var noRegister = false

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}

/// The whole pipeline in one place: read → load → assemble → render → write.
/// `build` runs every check `lint` runs and writes nothing when any error is found.
public enum SitePipeline {
    /// Said once by lint and build when no names register is given.
    public static let noRegisterNotice = "no names register given: real names are checked only by pattern"

    /// The names register of `--names` or REVIEWSITE_NAMES: an unreadable, non-UTF-8 or
    /// empty register is an error, never a silent skip; none at all is an error only with
    /// `--require-names`.
    static func loadRegister(_ options: PipelineOptions) throws(ToolFailure) -> NamesRegister? {
        guard let path = options.namesFile else {
            if options.requireNames {
                throw ToolFailure(
                    "no names register given, and --require-names asks for one; pass --names FILE "
                        + "or set REVIEWSITE_NAMES to the register's path")
            }
            return nil
        }
        return try NamesRegister.load(path: path)
    }

    public static func lint(_ options: PipelineOptions) throws(ToolFailure) -> PipelineReport {
        let register = try loadRegister(options)
        var (report, _, scan) = try check(options, register: register)
        guard let site = options.siteDirectory else { return report }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site, isDirectory: &isDir), isDir.boolValue else {
            throw ToolFailure(
                "built site folder '\(site)' not found; run 'reviewsite build' first or pass --site "
                    + "with the folder the site was built into", usage: false)
        }
        let url = URL(fileURLWithPath: site)
        let byFile = scan.waiversByFile
        report.diagnostics += scan.echo.apply(
            SiteScan.scan(
                directory: url, displayPrefix: site, rules: scan.rules,
                context: scan.context, waivers: { byFile[$0] ?? [] },
                jobs: options.jobs))
        report.filesChecked += SiteScan.files(in: url).count
        report.diagnostics.sort()
        return report
    }

    public static func build(_ options: PipelineOptions) throws(ToolFailure) -> PipelineReport {
        let content = URL(fileURLWithPath: options.contentDirectory)
        let theme = URL(fileURLWithPath: options.themeDirectory)
        let output = try OutputFolder(path: options.outputDirectory, contentDirectory: content, themeDirectory: theme)
        // Nothing changed since the last build: its output is already what this build would write.
        let register = try loadRegister(options)
        let cache = BuildCache(options: options)
        let inputs = BuildCache.inputs(options, register: register)
        if let hit = cache.lookup(inputs: inputs, output: output.url) {
            return PipelineReport(
                diagnostics: hit.diagnostics, filesChecked: hit.checked, filesWritten: hit.files,
                upToDate: true, noRegister: register == nil)
        }
        // Read only when something changed: decoding every file's findings was 8% of a
        // no-change rebuild of corpus B (issue 16).
        let checks = CheckCache(options: options, register: register)
        var (report, model, scan) = try check(options, register: register, checks: checks)
        // Taken out of the optional, so `model` below is its one holder and can be let go early.
        guard report.errorCount == 0, let model = model.take() else { return report }
        Platform.releaseFreedMemory()
        let templates: TemplateSet
        do {
            templates =
                options.builtInTheme
                ? try TemplateSet(sources: DefaultTheme.templates, displayPrefix: DefaultTheme.displayPrefix)
                : try TemplateSet.load(directory: theme, displayPrefix: options.themeDirectory)
        } catch {
            report.diagnostics = scan.echo.apply(report.diagnostics + [templateDiagnostic(error)])
            return report
        }
        // The theme's own text (templates, stylesheets, scripts, icons) is checked like content:
        // a name in a template comment or a branch never shown is still in the theme.
        // (assets/ is checked as copied, below.)
        let themeTexts = SiteScan.files(in: theme).filter { !$0.hasPrefix("assets/") }
        report.diagnostics += scan.echo.apply(
            SiteScan.scan(
                themeTexts, in: theme, displayPrefix: options.themeDirectory,
                rules: scan.rules, context: scan.context, jobs: options.jobs))
        guard report.errorCount == 0 else {
            report.diagnostics.sort()
            return report
        }
        let lock = try OutputLock(for: output)
        defer { withExtendedLifetime(lock) {} }
        let staging = try StagingFolder(for: output)
        do {
            let outputDisplay = SourceLocation.folder(options.outputDirectory)
            var found: [Diagnostic] = []
            var files: [String]
            do {
                // Each page is checked for leaks through the theme or site.yml as it is written.
                let writer = WriteStage(
                    staging: staging,
                    render: RenderStage(model: model, templates: templates, source: reader(options)),
                    scan: scan, outputDisplay: outputDisplay)
                files = try writer.run(jobs: options.jobs, diagnostics: &found)
            }
            Platform.releaseFreedMemory()
            report.diagnostics += scan.echo.apply(found)
            guard report.errorCount == 0 else {
                staging.discard()
                report.diagnostics.sort()
                return report
            }
            var assets =
                options.builtInTheme
                ? try ThemeAssets.copyBuiltIn(to: staging)
                : try ThemeAssets.copy(from: theme, to: staging, display: options.themeDirectory)
            report.diagnostics += themeFileLinks(model, assets: Set(assets), jobs: options.jobs)
            // Images and documents the pages use; text kinds (SVG, CSV) are scanned with the theme's.
            assets += try ThemeAssets.copy(model.files.map(\.relative), from: content, to: staging)
            files += assets
            // Done with the model: what the rest of the build makes (the scans of static files and
            // assets, the caches) reuses the room of its 73,000 pages at 10,000 reviews instead of
            // taking more (issue 16). (The writer, in its own scope above, held it too.)
            _ = consume model
            Platform.releaseFreedMemory()
            // The site's own static/ folder (CNAME, robots.txt, a favicon), copied as is.
            let statics = try StaticFiles.copy(
                contentDirectory: options.contentDirectory, to: staging,
                generated: Set(files), diagnostics: &report.diagnostics)
            files += statics
            // Theme, page and static files that are text a reader sees (an .svg, a .json, a
            // stylesheet, robots.txt) are checked too; no page's waivers apply to them. Static
            // files are shown where they are edited (static/…).
            report.diagnostics += scan.echo.apply(
                SiteScan.scan(
                    statics, in: staging.url,
                    displayPrefix: StaticFiles.folder(for: options.contentDirectory).display,
                    rules: scan.rules, context: scan.context, jobs: options.jobs))
            report.diagnostics += scan.echo.apply(
                SiteScan.scan(
                    assets, in: staging.url, displayPrefix: outputDisplay,
                    rules: scan.rules, context: scan.context,
                    jobs: options.jobs))
            guard report.errorCount == 0 else {
                staging.discard()
                report.diagnostics.sort()
                return report
            }
            cache.clear()
            try staging.commit(files: files)
            report.filesWritten = files.count
            report.diagnostics.sort()
            // Before the caches are written: the copies and scans above are let go.
            Platform.releaseFreedMemory()
            cache.store(
                inputs: inputs, output: output.url, files: files.count, checked: report.filesChecked,
                diagnostics: report.diagnostics)
            checks.store(scan.records)
        } catch {
            staging.discard()
            throw error
        }
        report.diagnostics.sort()
        return report
    }

    /// Read, load and assemble: every check, nothing written.
    /// What the scan of a built site needs: the rules, the site's names and contacts with
    /// every page's pseudonyms (a built page shows its own), and for each built file the
    /// waivers of the page it was made from (issue 11, case 7: a waiver applies to the file it
    /// is written in; a listing, the feed and the sitemap show text of the pages they list,
    /// so they take those pages' waivers; theme files take none).
    struct BuiltSiteScan: Sendable {
        var rules: [any AnonymisationRule]
        var context: AnonymisationContext
        /// Output path (`reviews/dhr-jo-2022/index.html`) → waivers.
        var waiversByFile: [String: Set<SiteScan.Waiver>]
        /// Masks content text in every other diagnostic (issue 11, case 5).
        var echo: EchoGuard
        /// What CheckCache keeps of this run, stored only after a successful build.
        var records: [CheckCache.Entry] = []
    }

    /// Reads the content folder; diagnostics show it as the user wrote it (`content`).
    static func reader(_ options: PipelineOptions) -> ReadStage {
        ReadStage(
            contentDirectory: URL(fileURLWithPath: options.contentDirectory),
            displayRoot: SourceLocation.folder(options.contentDirectory))
    }

    /// A review split into several files (`ReviewFiles`) checks each file again with the dates
    /// of birth and death its other files give. Only the few files this changes are checked
    /// again; their result is not cached, since it depends on other files.
    /// In place: a copy of 76,000 loaded pages was megabytes at the build's peak (issue 16).
    private static func recheckWithReview(_ loaded: inout [LoadedPage], _ loader: LoadStage, jobs: Int) {
        let dates = ReviewFiles.lifeDatesElsewhere(loaded, loader, jobs: jobs)
        let again = dates.keys.sorted()
        if !again.isEmpty {
            let paths = again.map { loaded[$0].relativePath }
            let redone = parallelMap(Array(zip(again, paths)), jobs: jobs) { item in
                let (page, relativePath) = item
                var widened = loader
                widened.anonymisation.site.lifeDatesElsewhere = dates[page] ?? []
                widened.checks = nil
                widened.keepsFileDates = false
                return widened.load(relativePath)
            }
            for (n, page) in again.enumerated() {
                loaded[page] = redone[n]
                loaded[page].checkRecord = nil
            }
        }
        dropFileDates(&loaded)
    }

    /// The review pass is done with them (memory grows with the site otherwise).
    private static func dropFileDates(_ loaded: inout [LoadedPage]) {
        for i in loaded.indices where loaded[i].fileDates != nil { loaded[i].fileDates = nil }
    }

    static func check(_ options: PipelineOptions, register: NamesRegister?, checks: CheckCache? = nil) throws(ToolFailure)
        -> (report: PipelineReport, model: SiteModel?, scan: BuiltSiteScan)
    {
        let contentURL = URL(fileURLWithPath: options.contentDirectory)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentURL.path, isDirectory: &isDir), isDir.boolValue else {
            throw ToolFailure(
                "content folder '\(options.contentDirectory)' not found; run reviewsite in the site's "
                    + "folder or pass --content with the folder that holds site.yml", usage: false)
        }
        let reader = reader(options)
        let listing = reader.run()
        var diagnostics = listing.diagnostics
        let config = loadConfig(listing.siteFile, reader: reader, buildDate: options.date, &diagnostics)
        if register == nil, let config, config.requireNames, let site = listing.siteFile {
            diagnostics.append(
                Diagnostic(
                    .error, RuleID.siteConfig,
                    at: SourceLocation(
                        file: site.displayPath, line: max(1, config.requireNamesLine),
                        column: max(1, config.requireNamesColumn)),
                    "\(noRegisterNotice), but site.yml says 'require_names: true'; pass --names FILE or set "
                        + "REVIEWSITE_NAMES to the names register's path"))
        }
        let policy = config?.rules ?? RulePolicy()
        var siteWide = AnonymisationContext(
            publicNames: config?.publicNames ?? [], allowedContacts: config?.allowedContacts ?? [], register: register)
        siteWide.siteNames = config?.siteNames ?? []
        siteWide.siteAreaNames = config?.areaNames ?? []
        let anonymisation = AnonymisationCheck(rules: policy.wrap(AnonymisationRules.all), site: siteWide)
        // Every file's front matter first, so each file is checked once with the pseudonyms of
        // the others it may use (`SharedPseudonyms`). The files are read again to load them:
        // keeping every text from this pass would hold the whole site in memory.
        let frontMatters = parallelMap(listing.pages, jobs: options.jobs) {
            LoadStage.frontMatter($0, reader: reader).map { SharedPseudonyms.Cast($0.meta) }
        }
        // Files unchanged since the last build reuse their anonymisation check (build only;
        // lint checks all).
        let loader = LoadStage(
            reader: reader, buildDate: options.date,
            reviewIntervalMonths: config?.reviewIntervalMonths ?? 12, anonymisation: anonymisation,
            checks: checks, keepsFileDates: true,
            othersPseudonyms: Dictionary(
                uniqueKeysWithValues: SharedPseudonyms.given(frontMatters, paths: listing.pages).map {
                    (listing.pages[$0.key], $0.value)
                }))
        Platform.releaseFreedMemory()
        var loaded = parallelMap(listing.pages, jobs: options.jobs) { relative in loader.load(relative) }
        Platform.releaseFreedMemory()
        recheckWithReview(&loaded, loader, jobs: options.jobs)
        // Each page's findings move to the one list (nothing reads a loaded page's after this).
        for i in loaded.indices {
            diagnostics += loaded[i].diagnostics
            loaded[i].diagnostics = []
        }
        Platform.releaseFreedMemory()
        var siteContext = anonymisation.site
        // A set built name by name: the flattened list was a million strings at 10,000 reviews.
        var pseudonyms = Set<String>()
        for page in loaded { for p in page.meta.pseudonyms { pseudonyms.insert(p.name.value) } }
        siteContext.pseudonyms = pseudonyms.sorted()
        // site.yml reaches every page: it is checked as written, like content. A site.yml that
        // could not be read has its own errors and publishes nothing; its contacts are unknown.
        if config != nil, let site = listing.siteFile, let raw = site.text {
            // Line by line: every value of this YAML subset is on one line, and one key's text
            // must not lend context to the next (a "… Death Review" label above a date).
            // Whole-line comments (explanations, examples commented out) reach no page.
            for (n, line) in raw.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.drop(while: { $0 == " " }).hasPrefix("#") && !line.allSatisfy({ $0 == " " }) {
                let text = ScanText(String(line), line: n + 1, column: 1)
                for f in anonymisation.rules.findings(in: text, anonymisation.site) {
                    let at = text.location(f.range.lowerBound)
                    diagnostics.append(
                        Diagnostic(
                            f.severity, f.rule,
                            at: SourceLocation(file: site.displayPath, line: at.line, column: at.column), f.message))
                }
            }
        }
        // A file name becomes a web address: a name or identifier in it is an error, and the
        // name is masked wherever the path is printed (EchoGuard). Not its extension: `.md` is
        // the tool's, and a register whose name holds `Md.` (Mohammed, in Bangladeshi records)
        // must not make every page's name an error (held-out set 35).
        for relative in listing.pages {
            let text = ScanText(Self.withoutExtension(relative), line: 1, column: 1)
            var seen = Set<String>()
            for f in anonymisation.rules.findings(in: text, siteContext)
            where f.severity == .error && seen.insert(f.rule.rawValue).inserted {
                diagnostics.append(
                    Diagnostic(
                        .error, f.rule, at: reader.location(relative),
                        "the file name holds what the '\(f.rule)' check does not allow (\(f.message)); rename the file, "
                            + "because its name becomes the page's web address"))
            }
        }
        var model: SiteModel?
        if let config {
            let (assembled, found) = AssembleStage(config: config, buildDate: options.date, preview: options.previewDrafts).run(
                loaded, files: listing.files)
            diagnostics += found
            model = assembled
            Platform.releaseFreedMemory()
        }
        // Attachments and page files: their metadata and text go through every rule. No page's
        // waivers apply to them (a waiver is local to the Markdown file it is written in).
        if let files = model?.checkedFiles, !files.isEmpty {
            let fileCheck = FileCheck(
                rules: anonymisation.rules, context: siteContext, waivers: [],
                contentDirectory: reader.contentDirectory, displayRoot: reader.displayRoot,
                pdftotext: FileCheck.findPDFToText())
            let results = parallelMap(files, jobs: options.jobs) { fileCheck.check($0) }
            for (file, result) in zip(files, results) {
                diagnostics += result.diagnostics
                model?.pageCounts[file.relative] = result.pageCount
            }
            // Said once, not once a PDF.
            if let first = zip(files, results).first(where: { $0.1.textUnchecked })?.0 {
                diagnostics.append(
                    Diagnostic(
                        options.requirePDFText ? .error : .warning, RuleID.fileCheck,
                        at: reader.location(first.relative),
                        "the text of PDF files was not checked for names and identifiers, because pdftotext is not "
                            + "installed (Debian package poppler-utils); their metadata was checked"
                            + (options.requirePDFText ? "" : "; --require-pdf-text makes this an error")))
            }
        }
        // The site's rules: policy (issue 12), over every check's findings.
        diagnostics = policy.apply(diagnostics)
        let echo = EchoGuard(rules: anonymisation.rules, context: siteContext)
        diagnostics = echo.apply(diagnostics)
        diagnostics.sort()
        var report = PipelineReport(
            diagnostics: diagnostics, filesChecked: listing.pages.count + 1,
            noRegister: register == nil && config?.requireNames != true)
        for page in loaded {
            switch page.meta.status {
            case .draft?: report.heldBack.drafts += 1
            case .withdrawn?: report.heldBack.withdrawn += 1
            case .published?:
                if let from = page.meta.publishFrom?.value, options.date < from {
                    report.heldBack.embargoed.append(page.meta.kind ?? .page)
                }
            case nil: break
            }
        }
        return (
            report, model,
            BuiltSiteScan(
                rules: anonymisation.rules, context: siteContext,
                waiversByFile: waiversByFile(loaded, model), echo: echo,
                records: loaded.compactMap(\.checkRecord))
        )
    }

    /// Each built file's waivers: its own page's; a listing's, the home page's, the feed's and
    /// the sitemap's are those of the pages they show. The register is never waived.
    static func waiversByFile(_ loaded: [LoadedPage], _ model: SiteModel?) -> [String: Set<SiteScan.Waiver>] {
        guard let model else { return [:] }
        // Only files with waivers have an entry (a missing one reads as none): one empty set
        // for each of 73,000 pages was megabytes held to the end of a build (issue 16).
        var bySource: [String: Set<SiteScan.Waiver>] = [:]
        for page in loaded where !page.meta.allow.isEmpty {
            let waivers = Set(
                page.meta.allow
                    .filter {
                        !$0.reason.trimmingCharacters(in: .whitespaces).isEmpty && $0.rule != RuleID.namesRegister.rawValue
                    }
                    .map { SiteScan.Waiver(rule: $0.rule, text: NormalForm.string($0.text)) })
            if !waivers.isEmpty { bySource[page.relativePath] = waivers }
        }
        var out: [String: Set<SiteScan.Waiver>] = [:]
        for page in model.pages {
            if let waivers = bySource[page.relativePath] { out[page.path.file, default: []].formUnion(waivers) }
        }
        let reviews = model.reviews.reduce(into: Set<SiteScan.Waiver>()) { $0.formUnion(bySource[$1.relativePath] ?? []) }
        let briefings = model.briefings.reduce(into: Set<SiteScan.Waiver>()) { $0.formUnion(bySource[$1.relativePath] ?? []) }
        out[SitePath("reviews").file, default: []].formUnion(reviews)
        out[SitePath("briefings").file, default: []].formUnion(briefings)
        out[SitePath("").file, default: []].formUnion(reviews.union(briefings))
        out["feed.xml"] = reviews.union(briefings)
        out["sitemap.xml"] = reviews.union(briefings)
        return out
    }

    static func loadConfig(
        _ file: SourceFile?, reader: ReadStage, buildDate: SiteDate,
        _ diagnostics: inout [Diagnostic]
    ) -> SiteConfig? {
        guard let file else {
            diagnostics.append(
                Diagnostic(
                    .error, RuleID.siteConfig, at: reader.location("site.yml"),
                    "site.yml is missing; create it with at least 'title: …', 'base_url: https://…' and an "
                        + "'accessibility:' block (see the README, \"site.yml\")"))
            return nil
        }
        guard let text = file.text else { return nil }
        do {
            // Many YAML files start with a '---' line; accept it (blanked, so lines still match).
            let yaml = text.hasPrefix("---\n") || text == "---" ? String(text.dropFirst(3)) : text
            let root = try YAMLSubsetParser.parse(yaml, firstLine: 1)
            let (config, found) = SiteConfigDecoder.decode(root, file: file.displayPath, buildDate: buildDate)
            diagnostics += found
            return config
        } catch {
            diagnostics.append(
                Diagnostic(
                    .error, RuleID.frontMatter,
                    at: SourceLocation(file: file.displayPath, line: error.line, column: error.column), error.message))
            return nil
        }
    }

    /// Links to the theme's files (`/assets/logo.svg`) that the theme does not have. Each
    /// page's links are resolved on all cores (it was the largest serial part of a build).
    static func themeFileLinks(_ model: SiteModel, assets: Set<String>, jobs: Int) -> [Diagnostic] {
        parallelMap(model.pages, jobs: jobs) { page in
            var out: [Diagnostic] = []
            for link in page.outline.links {
                guard
                    case .file(let name) = LinkTarget.resolve(
                        link.destination, from: page.relativePath, in: model.allPaths,
                        files: model.filePaths),
                    name.hasPrefix("assets/"), !assets.contains(name)
                else { continue }
                out.append(
                    Diagnostic(
                        .error, RuleID.brokenLink,
                        at: SourceLocation(file: page.sourcePath, line: link.line, column: link.column),
                        "this links to a theme file that the theme's assets folder does not have; check the address"))
            }
            return out
        }.flatMap { $0 }
    }

    static func templateDiagnostic(_ error: TemplateError) -> Diagnostic {
        Diagnostic(
            .error, RuleID.template, at: SourceLocation(file: error.file, line: error.line, column: error.column),
            error.message)
    }

    /// `reviews/dhr-2024.md` → `reviews/dhr-2024`: a page file's name as its author chose it.
    static func withoutExtension(_ relative: String) -> String {
        let name = relative.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return relative }
        return String(relative[..<dot])
    }
}
