import ReviewSiteCore

/// One command-line option, written once. The parser, the validation, every `--help` text
/// and the documentation test all read this table; nothing else lists options.
struct OptionSpec: Sendable, Equatable {
    /// "--content".
    var name: String
    /// What the value is called in help ("DIR"); nil for a flag that takes no value.
    var argument: String?
    /// The default, as help shows it ("content"); empty when there is none worth saying.
    var defaultText: String
    /// One or more lines of help, without the option name.
    var help: String
    /// A value to show in "needs a value, for example …".
    var example: String
    /// The only values accepted, if the option is a choice (checked when parsing).
    var values: [String]? = nil

    var isFlag: Bool { argument == nil }

    /// "[--content DIR]", "[--format text|json]", "[--drafts]".
    var synopsis: String {
        guard let argument else { return "[\(name)]" }
        return "[\(name) \(values?.joined(separator: "|") ?? argument)]"
    }
}

/// One command: its name, its arguments (not options), one-line summary, longer description
/// and the options it takes. Adding a command is one entry in `CommandTable.commands`, one
/// case in `Command` and one line in `CommandLineTool.dispatch`.
struct CommandSpec: Sendable {
    var command: ParsedArguments.Command
    /// How its arguments are written in the synopsis ("[DIR]", "dhr|briefing|page SLUG").
    var arguments: String = ""
    /// How many arguments it takes.
    var minArguments = 0
    var maxArguments = 0
    var summary: String
    var description: String
    var options: [OptionSpec] = []

    var name: String { command.rawValue }

    func option(_ name: String) -> OptionSpec? { options.first { $0.name == name } }

    /// "reviewsite build [--content DIR] …", on one line.
    var synopsis: String {
        (["reviewsite", name] + (arguments.isEmpty ? [] : [arguments]) + options.map(\.synopsis)).joined(separator: " ")
    }
}

enum CommandTable {
    // MARK: Options shared by several commands

    static let content = OptionSpec(
        name: "--content", argument: "DIR", defaultText: "content",
        help: "the site's content folder, holding site.yml", example: "site/content")
    static let theme = OptionSpec(
        name: "--theme", argument: "DIR",
        defaultText: "themes/default if that folder exists, else the theme built into reviewsite",
        help: "the theme folder (templates and assets/)", example: "themes/mine")
    static let output = OptionSpec(
        name: "--output", argument: "DIR", defaultText: "output",
        help: "where the site is written; the previous site stays untouched unless the whole build succeeds",
        example: "output")
    static let names = OptionSpec(
        name: "--names", argument: "FILE", defaultText: "the REVIEWSITE_NAMES environment variable",
        help: "the private names register: real names, one per line, kept outside the repository; "
            + "a name is never printed", example: "~/private/names.txt")
    static let requireNames = OptionSpec(
        name: "--require-names", argument: nil, defaultText: "",
        help: "make a missing names register an error (use it in CI)", example: "")
    static let date = OptionSpec(
        name: "--date", argument: "YYYY-MM-DD", defaultText: "SOURCE_DATE_EPOCH if set, else today",
        help: "the day to work for: decides embargoes and review dates", example: "2024-05-15")
    static let jobs = OptionSpec(
        name: "--jobs", argument: "N", defaultText: "one per processor core",
        help: "how many files to work on at once, 1 to 256", example: "2")
    static let lintFormat = OptionSpec(
        name: "--format", argument: "FORMAT", defaultText: "text",
        help: "how findings are printed: text, json, sarif (SARIF 2.1.0) or github (workflow annotations)",
        example: "json", values: ["text", "json", "sarif", "github"])
    static let site = OptionSpec(
        name: "--site", argument: "DIR", defaultText: "",
        help: "also scan an already built site (such as output) for names and identifiers",
        example: "output")
    static let statusFormat = OptionSpec(
        name: "--format", argument: "FORMAT", defaultText: "text",
        help: "text (to paste into an email), json or csv (for dashboards)",
        example: "json", values: ["text", "json", "csv"])
    static let port = OptionSpec(
        name: "--port", argument: "N", defaultText: "8000",
        help: "the port to serve on, on 127.0.0.1 only", example: "8080")
    static let requirePDFText = OptionSpec(
        name: "--require-pdf-text", argument: nil, defaultText: "",
        help: "make it an error, not a warning, when the text of PDF files cannot be "
            + "checked because pdftotext (Debian package poppler-utils) is not installed",
        example: "")
    static let rulesFormat = OptionSpec(
        name: "--format", argument: "FORMAT", defaultText: "text",
        help: "text, or json for tools", example: "json", values: ["text", "json"])
    static let drafts = OptionSpec(
        name: "--drafts", argument: nil, defaultText: "",
        help: "also show drafts and embargoed pages, with a \"Not published\" banner", example: "")

    // MARK: Commands

    static let commands: [CommandSpec] = [
        CommandSpec(
            command: .build, summary: "check every file, then write the site into the output folder",
            description: """
                Nothing is written when any error is found, including in the built pages themselves,
                which are scanned for names and identifiers before they replace the previous site.
                """,
            options: [content, theme, output, names, requireNames, requirePDFText, date, jobs]),
        CommandSpec(
            command: .lint, arguments: "[FILE...]", maxArguments: Int.max,
            summary: "check every file (or just the FILEs given) and report problems; writes nothing",
            description: """
                With FILEs, only those content files are reported on; links to other pages are still
                checked against the whole site.
                """,
            options: [content, names, requireNames, requirePDFText, lintFormat, site, date, jobs]),
        CommandSpec(
            command: .status, summary: "list what needs doing: reviews due, QA, drafts, embargoes",
            description: """
                Pages past their review date or due in the next 30 days, reviews published without
                Home Office quality assurance, drafts and how long they have been drafts, embargoes
                lifting in the next 60 days and withdrawn pages. Always exits 0.
                """,
            options: [content, date, statusFormat]),
        CommandSpec(
            command: .serve, summary: "preview the site on this computer, rebuilding when a file changes",
            description: """
                Builds into a temporary folder (never output/) and serves it on http://127.0.0.1:PORT/.
                The page reloads itself after each rebuild. Stop with Ctrl-C.
                """,
            options: [content, theme, port, drafts, names, date]),
        CommandSpec(
            command: .initialise, arguments: "[DIR]", maxArguments: 1,
            summary: "start a new site in DIR (default: this folder), which must be empty",
            description: """
                Writes content/site.yml with every setting explained, a home page, reviews/ and
                briefings/ introductions, a .gitignore and a GitHub Actions workflow.
                """),
        CommandSpec(
            command: .new, arguments: "dhr|briefing|page SLUG", minArguments: 2, maxArguments: 2,
            summary: "start a new review, briefing or page as a draft",
            description: """
                SLUG is the file name without .md: lower-case letters, digits and hyphens
                (dhr-jo-2022). A review gets the headings of an overview report in the Home Office
                statutory guidance; a briefing those of a learning briefing.
                """,
            options: [content]),
        CommandSpec(
            command: .theme, arguments: "export DIR", minArguments: 2, maxArguments: 2,
            summary: "write a copy of the built-in theme into DIR, to customise",
            description: """
                DIR must not exist or be empty. Build with --theme DIR to use the copy.
                """),
        CommandSpec(
            command: .rules, summary: "list every rule: its id, severity, what it finds and how to fix it",
            description: """
                Each finding names its rule id; this explains them. An anonymisation finding (except
                names-register) can be waived in the file's front matter with an allow entry; a
                rule's severity can be changed for the whole site with 'rules:' in site.yml.
                """,
            options: [rulesFormat]),
        CommandSpec(
            command: .help, arguments: "[COMMAND]", maxArguments: 1,
            summary: "show the help of reviewsite or of one command",
            description: ""),
    ]

    static func spec(_ command: ParsedArguments.Command) -> CommandSpec {
        commands.first { $0.command == command } ?? CommandSpec(command: command, summary: "", description: "")
    }
}
