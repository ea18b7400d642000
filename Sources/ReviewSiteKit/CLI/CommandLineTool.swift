import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

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

        /// Whether findings on each stream may be coloured (a terminal, and no NO_COLOR).
        public var colourOut = false
        public var colourErr = false
        /// Standard error is a terminal: a progress line may be shown (and rubbed out).
        public var terminalErr = false

        public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
            self.out = out
            self.err = err
        }

        /// Standard output and standard error, with colour only on a terminal and never with NO_COLOR.
        public static func standard(environment: [String: String]) -> Console {
            var console = Console(
                out: { FileHandle.standardOutput.write(Data($0.utf8)) },
                err: { FileHandle.standardError.write(Data($0.utf8)) })
            console.colourOut = colourAllowed(terminal: Platform.isTerminal(1), environment: environment)
            console.colourErr = colourAllowed(terminal: Platform.isTerminal(2), environment: environment)
            console.terminalErr = Platform.isTerminal(2) && environment["TERM"] != "dumb"
            return console
        }

        /// https://no-color.org: a NO_COLOR that is set and not empty turns colour off.
        static func colourAllowed(terminal: Bool, environment: [String: String]) -> Bool {
            terminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }

        /// Findings in text, with "error" in red and "warning" in yellow when allowed.
        static func paint(_ text: String, _ allowed: Bool) -> String {
            guard allowed else { return text }
            return text.replacingOccurrences(of: ": error[", with: ": \u{1B}[1;31merror\u{1B}[0m[")
                .replacingOccurrences(of: ": warning[", with: ": \u{1B}[1;33mwarning\u{1B}[0m[")
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
                console.err(
                    "reviewsite: error: no command given; start with 'reviewsite init' or 'reviewsite build'\n\n"
                        + HelpText.general)
                return ExitCode.usage
            }
            if parsed.help {
                console.out(command == .help ? HelpText.general : HelpText.command(command))
                return ExitCode.success
            }
            return try dispatch(command, parsed, environment: environment, console: console)
        } catch {
            console.err("reviewsite: error: \(PrintSafe.escape(error.message))\n")
            return error.isUsageError ? ExitCode.usage : ExitCode.failure
        }
    }

    /// One line per command in `CommandTable`.
    static func dispatch(
        _ command: ParsedArguments.Command, _ parsed: ParsedArguments, environment: [String: String],
        console: Console
    ) throws(ToolFailure) -> Int32 {
        switch command {
        case .build: return try build(try pipelineOptions(parsed, environment: environment), console: console)
        case .lint:
            return try lint(
                try pipelineOptions(parsed, environment: environment), format: try format(parsed),
                files: parsed.arguments, console: console)
        case .help: return try help(parsed.arguments.first, console: console)
        case .rules:
            console.out(RulesCommand.render(RulesCommand.Format(rawValue: parsed.options["--format"] ?? "text") ?? .text))
            return ExitCode.success
        case .theme:
            guard parsed.arguments.first == "export" else {
                throw ToolFailure("'theme' has one subcommand, export: 'reviewsite theme export DIR'", usage: true)
            }
            try DefaultTheme.export(to: parsed.arguments[1])
            console.out(
                "Wrote the default theme into \(parsed.arguments[1])/. Build with --theme \(parsed.arguments[1]) to use it.\n")
            return ExitCode.success
        case .initialise:
            let folder = parsed.arguments.first ?? "."
            let written = try SiteStarter.write(into: folder, today: try buildDate(nil, environment: environment))
            let place = folder == "." ? "this folder" : folder + "/"
            console.out(
                "Started a new site in \(place): \(written.joined(separator: ", ")).\n"
                    + "Next: edit content/site.yml, then run 'reviewsite serve' to preview or 'reviewsite build'.\n"
                    + "Add a review with 'reviewsite new dhr dhr-NAME-YEAR'.\n")
            return ExitCode.success
        case .new:
            let content = parsed.options["--content"] ?? "content"
            let relative = try PageStarter.create(kind: parsed.arguments[0], slug: parsed.arguments[1], content: content)
            console.out(
                "Wrote \(SourceLocation.folder(content))/\(relative) (status: draft). "
                    + "Preview it with 'reviewsite serve --drafts'.\n")
            return ExitCode.success
        case .status:
            let status = try SiteStatus.make(
                contentDirectory: parsed.options["--content"] ?? "content",
                date: try buildDate(parsed.options["--date"], environment: environment))
            switch parsed.options["--format"] ?? "text" {
            case "json": console.out(status.json)
            case "csv": console.out(status.csv)
            default: console.out(status.text)
            }
            return ExitCode.success
        case .serve:
            var options = try pipelineOptions(parsed, environment: environment)
            options.previewDrafts = parsed.flags.contains("--drafts")
            var port = 8000
            if let raw = parsed.options["--port"] {
                guard let n = Int(raw), (0...65535).contains(n) else {
                    throw ToolFailure(
                        "--port must be a whole number from 1 to 65535 (0 picks a free port), not '\(raw)'",
                        usage: true)
                }
                port = n
            }
            return try PreviewServer(options: options, console: console).run(port: port)
        }
    }

    /// `reviewsite help [COMMAND]`.
    static func help(_ name: String?, console: Console) throws(ToolFailure) -> Int32 {
        guard let name else {
            console.out(HelpText.general)
            return ExitCode.success
        }
        guard let command = ParsedArguments.Command(rawValue: name) else {
            let names = ParsedArguments.Command.allCases.map(\.rawValue)
            throw ToolFailure(
                "there is no command '\(name)'\(Suggestion.hint(for: name, in: names)); "
                    + "run 'reviewsite help' for the list of commands", usage: true)
        }
        console.out(command == .help ? HelpText.general : HelpText.command(command))
        return ExitCode.success
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
        if let v = parsed.options["--theme"] {
            options.themeDirectory = v
        } else {
            var isDir: ObjCBool = false
            options.builtInTheme =
                !FileManager.default.fileExists(atPath: options.themeDirectory, isDirectory: &isDir)
                || !isDir.boolValue
        }
        if let v = parsed.options["--output"] { options.outputDirectory = v }
        if let v = parsed.options["--site"] { options.siteDirectory = v }
        // An empty value is a mistake (often an unset CI secret), never "no register": it must
        // not silently turn the register off, nor override REVIEWSITE_NAMES.
        if let v = parsed.options["--names"] {
            guard !v.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ToolFailure(
                    "--names was given an empty file name (is a CI secret unset?); give the path of "
                        + "the names register, such as --names ~/private/names.txt", usage: true)
            }
            options.namesFile = v
        } else if let v = environment["REVIEWSITE_NAMES"] {
            guard !v.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ToolFailure(
                    "REVIEWSITE_NAMES is set but empty (is a CI secret unset?); set it to the path of "
                        + "the names register, or unset it", usage: true)
            }
            options.namesFile = v
        }
        options.requireNames = parsed.flags.contains("--require-names")
        options.requirePDFText = parsed.flags.contains("--require-pdf-text")
        if let v = parsed.options["--jobs"] {
            guard let n = Int(v), (1...256).contains(n) else {
                throw ToolFailure("--jobs must be a whole number from 1 to 256", usage: true)
            }
            options.jobs = n
        }
        // Paths in findings are relative to the current folder, whatever was typed.
        let cwd = FileManager.default.currentDirectoryPath
        options.contentDirectory = DisplayPaths.relative(options.contentDirectory, to: cwd)
        options.themeDirectory = DisplayPaths.relative(options.themeDirectory, to: cwd)
        options.outputDirectory = DisplayPaths.relative(options.outputDirectory, to: cwd)
        options.siteDirectory = options.siteDirectory.map { DisplayPaths.relative($0, to: cwd) }
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
        let progress = ProgressLine.start(console)
        let report: PipelineReport
        do {
            report = try SitePipeline.build(options)
        } catch {
            progress?.stop()
            throw error
        }
        progress?.stop()
        // What the stages let go goes back to the system before the findings are printed.
        Platform.releaseFreedMemory()
        noticeNoRegister(report, console: console)
        printFindings(report, console: console)
        let summary = TextReport.summary(report.diagnostics, files: report.filesChecked)
        if let written = report.filesWritten, report.upToDate {
            console.out(
                "Nothing changed since the last build: the \(written) files in \(options.outputDirectory)/ are up to date (\(summary)).\n"
            )
            return ExitCode.success
        }
        if let written = report.filesWritten {
            console.out("Built \(written) files into \(options.outputDirectory)/ (\(summary)).\n")
            if let held = report.heldBack.sentence { console.out(held.prefix(1).uppercased() + held.dropFirst() + ".\n") }
            return ExitCode.success
        }
        console.err(
            "Build failed: \(summary). Nothing was written; \(options.outputDirectory)/ is unchanged. "
                + "Fix the errors above and build again.\n")
        return ExitCode.failure
    }

    /// Said once, on standard error (so json, sarif and github output stay machine-readable).
    static func noticeNoRegister(_ report: PipelineReport, console: Console) {
        if report.noRegister {
            console.err(
                "reviewsite: note: \(SitePipeline.noRegisterNotice); give one with --names FILE or "
                    + "REVIEWSITE_NAMES (--require-names makes this an error)\n")
        }
    }

    /// `build`'s findings on standard error, as one text, written a thousand lines at a time:
    /// rendered at once, the 69,000 findings of 10,000 reviews of corpus C were 22 MB, held
    /// three times (lines, text, bytes) at the end of the build (issue 16). The same bytes.
    static func printFindings(_ report: PipelineReport, console: Console, linesAtOnce: Int = 1_000) {
        let all = report.diagnostics
        for start in stride(from: 0, to: all.count, by: linesAtOnce) {
            let piece = Array(all[start..<min(start + linesAtOnce, all.count)])
            console.err(Console.paint(TextReport.render(piece, files: report.filesChecked), console.colourErr))
        }
    }

    static func lint(
        _ options: PipelineOptions, format: DiagnosticFormat, files: [String] = [],
        console: Console
    ) throws(ToolFailure) -> Int32 {
        var report = try SitePipeline.lint(options)
        noticeNoRegister(report, console: console)
        if !files.isEmpty {
            // The whole site was read (so links resolve); only the named files are reported.
            let shown = try displayPaths(files, content: options.contentDirectory)
            report.diagnostics = report.diagnostics.filter { shown.contains($0.location.file) }
            report.filesChecked = shown.count
        }
        let cwd = FileManager.default.currentDirectoryPath
        let shown =
            format == .sarif || format == .github
            ? DisplayPaths.fromRepositoryRoot(report.diagnostics, currentFolder: cwd) : report.diagnostics
        let rendered = format.render(shown, files: report.filesChecked, toolVersion: version)
        console.out(format == .text ? Console.paint(rendered, console.colourOut) : rendered)
        if format == .text { console.out(TextReport.summary(report.diagnostics, files: report.filesChecked) + ".\n") }
        return report.errorCount > 0 ? ExitCode.failure : ExitCode.success
    }

    /// `lint FILE...`: each file as diagnostics show it ("content/reviews/x.md"). A file
    /// that is not in the content folder is an error: it would silently be checked by nothing.
    static func displayPaths(_ files: [String], content: String) throws(ToolFailure) -> Set<String> {
        let root = URL(fileURLWithPath: content).standardizedFileURL.resolvingSymlinksInPath().path
        var shown = Set<String>()
        for file in files {
            let path = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
            guard path.hasPrefix(root + "/"), FileManager.default.fileExists(atPath: path) else {
                throw ToolFailure(
                    "'\(file)' is not a file in the content folder '\(content)'; name files inside it, "
                        + "such as \(SourceLocation.folder(content))/reviews/dhr-jo-2022.md, or pass --content")
            }
            shown.insert(SourceLocation.folder(content) + "/" + String(path.dropFirst(root.count + 1)))
        }
        return shown
    }
}
