import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Stage 5, write: renders each output file and writes it into the staging folder straight
/// away, on all cores, so rendered pages never pile up in memory.
struct WriteStage: Sendable {
    let staging: StagingFolder
    let render: RenderStage
    /// The leak check of what is written (issue 4), and how the output folder is shown.
    let scan: SitePipeline.BuiltSiteScan
    let outputDisplay: String
    /// Theme texts already found clean in this build (shared by the workers).
    let clean = CleanTexts()

    enum Outcome: Sendable {
        case written(String, [Diagnostic])
        case templateError(TemplateError)
        case failed(ToolFailure)
    }

    /// The files written; template errors are added to `diagnostics`; a write failure throws.
    func run(jobs: Int, diagnostics: inout [Diagnostic]) throws(ToolFailure) -> [String] {
        // The site-wide files (feed, sitemap, search index, reviews.json) each hold the whole
        // site: one at a time, beside the pages and the pages of listings.
        let outcomes = parallelMap(render.jobs, jobs: jobs, oneAtATime: \.isSiteWide) { job -> Outcome in
            let file: RenderStage.Rendered
            do throws(RenderStage.Failure) {
                file = try render.render(job)
            } catch {
                switch error {
                case .template(let e): return .templateError(e)
                case .sourceChanged(let file):
                    return .failed(
                        ToolFailure(
                            "\(file) changed while the site was being built, so its new text has "
                                + "not been checked; nothing was written: build again"))
                }
            }
            let path = file.path
            // A site-wide file's text and scan are megabytes at 10,000 reviews: once it is
            // written and scanned, its memory goes back to the system before the next one.
            defer { if job.isSiteWide { Platform.releaseFreedMemory() } }
            do throws(ToolFailure) {
                let target = try write(consume file)
                return .written(path, try leaks(path, target))
            } catch {
                return .failed(error)
            }
        }
        var files: [String] = []
        var seen = Set<Diagnostic>()
        for outcome in outcomes {
            switch outcome {
            case .written(let path, let found):
                files.append(path)
                diagnostics += found
            case .templateError(let e):
                // The same template mistake shows on every page; report it once.
                let d = SitePipeline.templateDiagnostic(e)
                if seen.insert(d).inserted { diagnostics.append(d) }
            case .failed(let failure): throw failure
            }
        }
        return files
    }

    /// What the leak check of a written file scans.
    private enum LeakScan {
        /// The page without its body; the written text itself is let go before this is
        /// scanned (a topic page is megabytes at 10,000 reviews, issue 16).
        case themeText(String)
        case whole(String)
    }

    private func write(_ file: consuming RenderStage.Rendered) throws(ToolFailure) -> LeakScan {
        switch file.written {
        case .text(let text, let themeText):
            try staging.write(file.path, text)
            return themeText.map(LeakScan.themeText) ?? .whole(text)
        case .pieces(let pieces, let themeText):
            try staging.write(file.path, pieces: pieces)
            return .themeText(themeText)
        }
    }

    /// Anything in the written file that identifies a person. Only the theme's part of a page
    /// is scanned (its body was checked in the source); if that finds something, the whole
    /// file is read back from the staging folder and scanned again so the positions are those
    /// of the written file.
    private func leaks(_ path: String, _ target: LeakScan) throws(ToolFailure) -> [Diagnostic] {
        let display = outputDisplay + "/" + path
        let waivers = scan.waiversByFile[path] ?? []
        // In parts: a listing, the feed or the search index at 10,000 reviews is tens of MB.
        func scanText(_ text: String) -> [Diagnostic] {
            SiteScan.scanFileInParts(
                text, display: display, markup: true, rules: scan.rules, context: scan.context,
                waivers: waivers, clean: clean)
        }
        let themeText: String
        switch target {
        case .whole(let text): return scanText(text)
        case .themeText(let text): themeText = text
        }
        let found = scanText(themeText)
        // Positions in the written file: scan it whole, without skipping (a skipped clean
        // piece cannot hold a finding, but this rare path should be plain).
        guard !found.isEmpty else { return [] }
        return SiteScan.scanFile(
            try staging.read(path), display: display, markup: true, rules: scan.rules,
            context: scan.context, waivers: waivers)
    }
}
