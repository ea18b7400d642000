import ReviewSiteCore

/// The command line as the user typed it, checked against `CommandTable`: the command, its
/// options (by name, with their values), its flags and its other arguments.
struct ParsedArguments: Equatable {
    enum Command: String, CaseIterable, Sendable {
        case build, lint, status, serve
        case initialise = "init"
        case new, theme, rules, help
    }

    var command: Command?
    /// Options that take a value, by name ("--content": "site").
    var options: [String: String] = [:]
    /// Options that take no value ("--drafts").
    var flags: Set<String> = []
    /// The command's other arguments ("dhr", "dhr-jo-2022").
    var arguments: [String] = []
    var help = false
    var version = false

    static func parse(_ args: [String]) throws(ToolFailure) -> ParsedArguments {
        var result = ParsedArguments()
        var i = 0
        var onlyArguments = false
        while i < args.count {
            let arg = args[i]
            i += 1
            if !onlyArguments, arg == "--help" || arg == "-h" { result.help = true; continue }
            if !onlyArguments, arg == "--version" { result.version = true; continue }
            guard let command = result.command else {
                guard let c = Command(rawValue: arg) else {
                    let names = Command.allCases.map(\.rawValue)
                    if arg.hasPrefix("-") {
                        throw ToolFailure(
                            "unknown option \(arg) before the command; put options after it, "
                                + "for example 'reviewsite build --content site'", usage: true)
                    }
                    throw ToolFailure(
                        "unknown command '\(arg)'\(Suggestion.hint(for: arg, in: names)); "
                            + "run 'reviewsite help' for the list of commands", usage: true)
                }
                result.command = c
                continue
            }
            let spec = CommandTable.spec(command)
            if arg == "--" && !onlyArguments { onlyArguments = true; continue }
            guard onlyArguments || !arg.hasPrefix("-") || arg == "-" else {
                try result.option(arg, spec: spec, args: args, index: &i)
                continue
            }
            guard result.arguments.count < spec.maxArguments else {
                let takes =
                    spec.maxArguments == 0
                    ? "takes no arguments"
                    : "takes at most \(spec.maxArguments) "
                        + (spec.maxArguments == 1 ? "argument" : "arguments")
                throw ToolFailure(
                    "unexpected argument '\(arg)': '\(command.rawValue)' \(takes); "
                        + "see 'reviewsite \(command.rawValue) --help'", usage: true)
            }
            result.arguments.append(arg)
        }
        if let command = result.command, !result.help, !result.version {
            let spec = CommandTable.spec(command)
            if result.arguments.count < spec.minArguments {
                throw ToolFailure(
                    "'\(command.rawValue)' needs \(spec.arguments), for example 'reviewsite "
                        + "\(command.rawValue) \(example(spec))'; see 'reviewsite \(command.rawValue) --help'",
                    usage: true)
            }
        }
        return result
    }

    private mutating func option(_ arg: String, spec: CommandSpec, args: [String], index i: inout Int) throws(ToolFailure) {
        var name = arg, value: String?
        if let eq = arg.firstIndex(of: "=") {
            name = String(arg[..<eq])
            value = String(arg[arg.index(after: eq)...])
        }
        guard let option = spec.option(name) else {
            let known = spec.options.map(\.name)
            let list = known.isEmpty ? "it takes no options" : "it takes " + known.joined(separator: ", ")
            throw ToolFailure(
                "'\(spec.name)' has no option \(name)\(Suggestion.hint(for: name, in: known)); "
                    + "\(list); see 'reviewsite \(spec.name) --help'", usage: true)
        }
        guard options[name] == nil, !flags.contains(name) else {
            throw ToolFailure("\(name) is given twice; give it once", usage: true)
        }
        if option.isFlag {
            guard value == nil else { throw ToolFailure("\(name) takes no value; write just \(name)", usage: true) }
            flags.insert(name)
            return
        }
        if value == nil {
            guard i < args.count, !args[i].hasPrefix("--") else {
                throw ToolFailure("\(name) needs a value, for example \(name) \(option.example)", usage: true)
            }
            value = args[i]
            i += 1
        }
        if let values = option.values, let value, !values.contains(value) {
            let list = values.dropLast().joined(separator: ", ") + " or " + (values.last ?? "")
            throw ToolFailure("\(name) must be \(list), not '\(value)'", usage: true)
        }
        options[name] = value
    }

    private static func example(_ spec: CommandSpec) -> String {
        switch spec.command {
        case .new: return "dhr dhr-jo-2022"
        case .theme: return "export my-theme"
        default: return spec.arguments
        }
    }
}
