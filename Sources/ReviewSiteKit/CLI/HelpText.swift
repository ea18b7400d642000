import Foundation
import ReviewSiteCore

/// What `--help` and `reviewsite help [COMMAND]` print, generated from `CommandTable`.
enum HelpText {
    static var general: String {
        let width = CommandTable.commands.map(\.name.count).max() ?? 0
        var text = """
            reviewsite: builds an accessible, anonymised website of Domestic Homicide Reviews,
            learning briefings and pages from Markdown files.

            Usage:
              reviewsite COMMAND [OPTIONS]
              reviewsite --help | --version

            Commands:

            """
        for spec in CommandTable.commands {
            text += "  " + spec.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + spec.summary + "\n"
        }
        text += """

            Start with 'reviewsite init' in an empty folder. Run 'reviewsite help COMMAND' (or
            'reviewsite COMMAND --help') for a command's options.
            Exit codes: 0 success (warnings allowed), 1 errors found or the build failed, 64 usage error.

            """
        return text
    }

    static func command(_ command: ParsedArguments.Command) -> String {
        let spec = CommandTable.spec(command)
        var text = "reviewsite \(spec.name): \(spec.summary).\n\nUsage: \(spec.synopsis)\n"
        if !spec.description.isEmpty { text += "\n" + spec.description + "\n" }
        if !spec.options.isEmpty {
            text += "\nOptions:\n"
            let labels = spec.options.map { $0.name + ($0.argument.map { " " + $0 } ?? "") }
            let width = min(labels.map(\.count).max() ?? 0, 22)
            for (option, label) in zip(spec.options, labels) {
                var help = option.help
                if !option.defaultText.isEmpty { help += " (default: \(option.defaultText))" }
                let lines = wrap(help, width: 92 - width)
                let head =
                    label.count > width
                    ? label + "\n" + String(repeating: " ", count: width + 4)
                    : label.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                text += "  " + head + lines.joined(separator: "\n" + String(repeating: " ", count: width + 4)) + "\n"
            }
        }
        return text + "\n"
    }

    /// Splits `text` into lines of at most `width` characters, at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
