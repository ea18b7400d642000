/// Stage 5, write: renders each output file and writes it into the staging folder straight
/// away, on all cores, so rendered pages never pile up in memory.
struct WriteStage: Sendable {
    let staging: StagingFolder
    let render: RenderStage

    enum Outcome: Sendable {
        case written(String)
        case templateError(TemplateError)
        case failed(ToolFailure)
    }

    /// The files written; template errors are added to `diagnostics`; a write failure throws.
    func run(jobs: Int, diagnostics: inout [Diagnostic]) throws(ToolFailure) -> [String] {
        let outcomes = parallelMap(render.jobs, jobs: jobs) { job -> Outcome in
            let path: String, text: String
            do throws(RenderStage.Failure) {
                (path, text) = try render.render(job)
            } catch {
                switch error {
                case .template(let e): return .templateError(e)
                case .sourceChanged(let file):
                    return .failed(ToolFailure("\(file) changed while the site was being built, so its new text has "
                                               + "not been checked; nothing was written: build again"))
                }
            }
            do throws(ToolFailure) {
                try staging.write(path, text)
            } catch {
                return .failed(error)
            }
            return .written(path)
        }
        var files: [String] = []
        var seen = Set<Diagnostic>()
        for outcome in outcomes {
            switch outcome {
            case .written(let path): files.append(path)
            case .templateError(let e):
                // The same template mistake shows on every page; report it once.
                let d = SitePipeline.templateDiagnostic(e)
                if seen.insert(d).inserted { diagnostics.append(d) }
            case .failed(let failure): throw failure
            }
        }
        return files
    }
}
