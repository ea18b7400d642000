import ReviewSiteCore
import ReviewSiteSyntax
import ReviewSiteAnonymisation
import Foundation

/// The `reviewsite` command: parses arguments, runs the pipeline, prints the findings and
/// returns the exit code. The executable is a thin wrapper around `run`, so tests can call
/// it directly. Exit codes are a contract: 0 success, 1 errors or a failed build, 64 usage.
public enum CommandLineTool {
    public static let version = ReviewSiteVersion.current

    public enum ExitCode {
        public static let success: Int32 = 0
        public static let failure: Int32 = 1
        public static let usage: Int32 = 64
    }

    /// Where the command writes: standard output and standard error.
    public struct Console: Sendable {
        public var out: @Sendable (String) -> Void
        public var err: @Sendable (String) -> Void

        public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
            self.out = out
            self.err = err
        }
    }

    public static func run(_ args: [String], environment: [String: String], console: Console) -> Int32 {
        do {
            let parsed = try ParsedArguments.parse(args)
            if parsed.version {
                console.out("reviewsite \(version)\n")
                return ExitCode.success
            }
            guard let command = parsed.command else {
                if parsed.help {
                    console.out(HelpText.general)
                    return ExitCode.success
                }
                console.err("reviewsite: error: no command given; use 'reviewsite build' or 'reviewsite lint'\n\n"
                            + HelpText.general)
                return ExitCode.usage
            }
            if parsed.help {
                console.out(command == .build ? HelpText.build : HelpText.lint)
                return ExitCode.success
            }
            let options = try pipelineOptions(parsed, environment: environment)
            switch command {
            case .build: return try build(options, console: console)
            case .lint: return try lint(options, format: try format(parsed), console: console)
            }
        } catch {
            console.err("reviewsite: error: \(PrintSafe.escape(error.message))\n")
            return error.isUsageError ? ExitCode.usage : ExitCode.failure
        }
    }

    static func format(_ parsed: ParsedArguments) throws(ToolFailure) -> DiagnosticFormat {
        guard let raw = parsed.options["--format"] else { return .text }
        guard let f = DiagnosticFormat(rawValue: raw) else {
            throw ToolFailure("--format must be text, json, sarif or github, not '\(raw)'", usage: true)
        }
        return f
    }

    static func pipelineOptions(_ parsed: ParsedArguments, environment: [String: String]) throws(ToolFailure) -> PipelineOptions {
        var options = PipelineOptions(date: try buildDate(parsed.options["--date"], environment: environment))
        if let v = parsed.options["--content"] { options.contentDirectory = v }
        if let v = parsed.options["--theme"] { options.themeDirectory = v }
        if let v = parsed.options["--output"] { options.outputDirectory = v }
        if let v = parsed.options["--site"] { options.siteDirectory = v }
        // An empty value is a mistake (often an unset CI secret), never "no register": it must
        // not silently turn the register off, nor override REVIEWSITE_NAMES.
        if let v = parsed.options["--names"] {
            guard !v.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ToolFailure("--names was given an empty file name (is a CI secret unset?); give the path of "
                                  + "the names register, such as --names ~/private/names.txt", usage: true)
            }
            options.namesFile = v
        } else if let v = environment["REVIEWSITE_NAMES"] {
            guard !v.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ToolFailure("REVIEWSITE_NAMES is set but empty (is a CI secret unset?); set it to the path of "
                                  + "the names register, or unset it", usage: true)
            }
            options.namesFile = v
        }
        options.requireNames = parsed.options["--require-names"] != nil
        if let v = parsed.options["--jobs"] {
            guard let n = Int(v), (1...256).contains(n) else {
                throw ToolFailure("--jobs must be a whole number from 1 to 256", usage: true)
            }
            options.jobs = n
        }
        return options
    }

    /// `--date`, else SOURCE_DATE_EPOCH (reproducible builds), else today's date.
    static func buildDate(_ option: String?, environment: [String: String]) throws(ToolFailure) -> SiteDate {
        if let option {
            guard let d = SiteDate(iso: option) else {
                throw ToolFailure("--date must be a real date written as YYYY-MM-DD, such as 2024-05-15", usage: true)
            }
            return d
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch) else {
                throw ToolFailure("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970", usage: true)
            }
            return SiteDate(unixTime: seconds)
        }
        let now = Date()
        let offset = TimeZone.current.secondsFromGMT(for: now)
        return SiteDate(unixTime: Int(now.timeIntervalSince1970) + offset)
    }

    static func build(_ options: PipelineOptions, console: Console) throws(ToolFailure) -> Int32 {
        let report = try SitePipeline.build(options)
        noticeNoRegister(report, console: console)
        if !report.diagnostics.isEmpty { console.err(TextReport.render(report.diagnostics, files: report.filesChecked)) }
        let summary = TextReport.summary(report.diagnostics, files: report.filesChecked)
        if let written = report.filesWritten, report.upToDate {
            console.out("Nothing changed since the last build: the \(written) files in \(options.outputDirectory)/ are up to date (\(summary)).\n")
            return ExitCode.success
        }
        if let written = report.filesWritten {
            console.out("Built \(written) files into \(options.outputDirectory)/ (\(summary)).\n")
            return ExitCode.success
        }
        console.err("Build failed: \(summary). Nothing was written; \(options.outputDirectory)/ is unchanged. "
                    + "Fix the errors above and build again.\n")
        return ExitCode.failure
    }

    /// Said once, on standard error (so json, sarif and github output stay machine-readable).
    static func noticeNoRegister(_ report: PipelineReport, console: Console) {
        if report.noRegister {
            console.err("reviewsite: note: \(SitePipeline.noRegisterNotice); give one with --names FILE or "
                        + "REVIEWSITE_NAMES (--require-names makes this an error)\n")
        }
    }

    static func lint(_ options: PipelineOptions, format: DiagnosticFormat, console: Console) throws(ToolFailure) -> Int32 {
        let report = try SitePipeline.lint(options)
        noticeNoRegister(report, console: console)
        console.out(format.render(report.diagnostics, files: report.filesChecked, toolVersion: version))
        if format == .text { console.out(TextReport.summary(report.diagnostics, files: report.filesChecked) + ".\n") }
        return report.errorCount > 0 ? ExitCode.failure : ExitCode.success
    }
}
