import ReviewSiteCore
import ReviewSiteSyntax
import ReviewSiteAnonymisation
/// The command line as the user typed it, checked against what each command accepts.
struct ParsedArguments: Equatable {
    enum Command: String { case build, lint }

    var command: Command?
    var options: [String: String] = [:]
    var help = false
    var version = false

    /// Options each command takes (all take a value, except the `flags`).
    static let accepted: [Command: [String]] = [
        .build: ["--content", "--theme", "--output", "--names", "--require-names", "--date", "--jobs"],
        .lint: ["--content", "--names", "--require-names", "--format", "--site", "--date", "--jobs"],
    ]

    /// Options that take no value: present means "yes".
    static let flags: Set<String> = ["--require-names"]

    static func parse(_ args: [String]) throws(ToolFailure) -> ParsedArguments {
        var result = ParsedArguments()
        var i = 0
        while i < args.count {
            let arg = args[i]
            i += 1
            if arg == "--help" || arg == "-h" { result.help = true; continue }
            if arg == "--version" { result.version = true; continue }
            guard let command = result.command else {
                guard let c = Command(rawValue: arg) else {
                    let hint = Suggestion.hint(for: arg, in: ["build", "lint"])
                    throw ToolFailure("unknown command '\(arg)'\(hint); use 'reviewsite build' or 'reviewsite lint'", usage: true)
                }
                result.command = c
                continue
            }
            guard arg.hasPrefix("--") else {
                throw ToolFailure("unexpected argument '\(arg)'; options start with --, see 'reviewsite \(command.rawValue) --help'",
                                  usage: true)
            }
            var name = arg, value: String?
            if let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                value = String(arg[arg.index(after: eq)...])
            }
            let known = accepted[command] ?? []
            guard known.contains(name) else {
                throw ToolFailure("'\(command.rawValue)' has no option \(name)\(Suggestion.hint(for: name, in: known)); "
                                  + "see 'reviewsite \(command.rawValue) --help'", usage: true)
            }
            if flags.contains(name) {
                guard value == nil else {
                    throw ToolFailure("\(name) takes no value; write just \(name)", usage: true)
                }
                value = "yes"
            } else if value == nil {
                guard i < args.count, !args[i].hasPrefix("--") else {
                    throw ToolFailure("\(name) needs a value, for example \(name) \(example(name))", usage: true)
                }
                value = args[i]
                i += 1
            }
            guard result.options[name] == nil else {
                throw ToolFailure("\(name) is given twice; give it once", usage: true)
            }
            result.options[name] = value
        }
        return result
    }

    static func example(_ option: String) -> String {
        switch option {
        case "--date": return "2024-05-15"
        case "--format": return "json"
        case "--names": return "~/private/names.txt"
        case "--jobs": return "2"
        default: return option.dropFirst(2) == "site" ? "output" : String(option.dropFirst(2))
        }
    }
}
