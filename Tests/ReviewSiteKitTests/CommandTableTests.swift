import Foundation
import XCTest

@testable import ReviewSiteCore
@testable import ReviewSiteKit

/// The options table is the only list of options: parsing, help and the documentation all
/// follow it. These tests fail when the README or docs/command-line.md fall behind it.
final class CommandTableTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func read(_ path: String) throws -> String {
        try String(contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
    }

    func testEveryCommandIsInTheTableOnce() {
        XCTAssertEqual(CommandTable.commands.map(\.command), ParsedArguments.Command.allCases)
        for spec in CommandTable.commands {
            XCTAssertEqual(Set(spec.options.map(\.name)).count, spec.options.count, "\(spec.name) lists an option twice")
            XCTAssertFalse(spec.summary.isEmpty, spec.name)
        }
    }

    func testTheDocsListEveryCommandAndOption() throws {
        let readme = try read("README.md"), reference = try read("docs/command-line.md")
        for spec in CommandTable.commands {
            XCTAssertTrue(readme.contains(spec.synopsis), "README.md lacks the synopsis line:\n\(spec.synopsis)")
            XCTAssertTrue(reference.contains(spec.synopsis), "docs/command-line.md lacks the synopsis line:\n\(spec.synopsis)")
            // The command's own section documents each of its options in a table row.
            let heading = "## `reviewsite \(spec.name)"
            guard let start = reference.range(of: heading) else {
                XCTFail("docs/command-line.md has no section '\(heading)…'")
                continue
            }
            let rest = reference[start.upperBound...]
            let section = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
            for option in spec.options {
                XCTAssertTrue(
                    section.contains("| `\(option.name)"),
                    "docs/command-line.md, section \(spec.name), has no table row for \(option.name)")
            }
        }
    }

    /// Every `reviewsite COMMAND …` written in a code block of `text`, as arguments.
    static func commandLines(in text: String, codeOnly: Bool) -> [[String]] {
        var found: [[String]] = []
        var inCode = false
        let commands = Set(ParsedArguments.Command.allCases.map(\.rawValue))
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inCode.toggle(); continue }
            guard inCode || !codeOnly, let start = line.range(of: "reviewsite ") else { continue }
            var rest = String(line[start.upperBound...])
            for stop in [" >", " |", " &&", ";"] {
                if let r = rest.range(of: stop) { rest = String(rest[..<r.lowerBound]) }
            }
            let words = rest.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
            guard let first = words.first, commands.contains(first) else { continue }
            found.append(words)
        }
        return found
    }

    func testCIRecipesUseRealOptions() throws {
        let ci = try read("docs/ci.md")
        XCTAssertTrue(ci.contains(SiteStarter.workflow), "docs/ci.md must show exactly the workflow 'reviewsite init' writes")
        var lines = Self.commandLines(in: ci, codeOnly: true)
        lines += Self.commandLines(in: try read(".pre-commit-hooks.yaml"), codeOnly: false)
        lines += Self.commandLines(in: SiteStarter.workflow, codeOnly: false)
        XCTAssertGreaterThanOrEqual(lines.count, 8)
        for words in lines {
            XCTAssertNoThrow(try ParsedArguments.parse(words), words.joined(separator: " "))
        }
        XCTAssertTrue(
            lines.contains { $0.contains("--require-names") && $0.contains("--format") == false && $0.first == "build" })
        XCTAssertTrue(lines.contains { $0.first == "lint" && $0.contains("github") })
    }

    func testTheManPageListsEveryCommandAndOption() throws {
        let man = try read("docs/reviewsite.1")
        for spec in CommandTable.commands {
            XCTAssertTrue(man.contains(".B reviewsite \(spec.name)"), "docs/reviewsite.1 lacks \(spec.name)")
            for option in spec.options {
                XCTAssertTrue(
                    man.contains(option.name.replacingOccurrences(of: "-", with: "\\-")),
                    "docs/reviewsite.1 lacks \(option.name)")
            }
        }
    }

    func testHelpComesFromTheTable() {
        for spec in CommandTable.commands where spec.command != .help {
            let help = HelpText.command(spec.command)
            XCTAssertTrue(help.contains(spec.synopsis), spec.name)
            for option in spec.options { XCTAssertTrue(help.contains(option.name), "\(spec.name) \(option.name)") }
            XCTAssertTrue(HelpText.general.contains(spec.summary), spec.name)
        }
    }

    func testParsesFlagsArgumentsAndChoices() throws {
        let p = try ParsedArguments.parse(["serve", "--drafts", "--port=8080"])
        XCTAssertEqual(p.flags, ["--drafts"])
        XCTAssertEqual(p.options, ["--port": "8080"])
        let n = try ParsedArguments.parse(["new", "dhr", "dhr-jo-2022", "--content", "site"])
        XCTAssertEqual(n.arguments, ["dhr", "dhr-jo-2022"])
        let l = try ParsedArguments.parse(["lint", "content/a.md", "content/b.md"])
        XCTAssertEqual(l.arguments, ["content/a.md", "content/b.md"])
        for bad in [
            ["status", "--format", "sarif"], ["serve", "--drafts=yes"], ["new", "dhr"], ["init", "a", "b"],
            ["build", "--outptu", "x"], ["--content", "x", "build"],
        ] {
            XCTAssertThrowsError(try ParsedArguments.parse(bad), "\(bad)") { error in
                XCTAssertEqual((error as? ToolFailure)?.isUsageError, true, "\(bad)")
            }
        }
        XCTAssertThrowsError(try ParsedArguments.parse(["build", "--outptu", "x"])) { error in
            XCTAssertTrue((error as? ToolFailure)?.message.contains("did you mean '--output'?") == true)
        }
    }
}

final class ColourTests: XCTestCase {
    typealias Console = CommandLineTool.Console

    func testColourOnlyOnATerminalAndNeverWithNoColor() {
        XCTAssertTrue(Console.colourAllowed(terminal: true, environment: [:]))
        XCTAssertFalse(Console.colourAllowed(terminal: false, environment: [:]))
        XCTAssertFalse(Console.colourAllowed(terminal: true, environment: ["NO_COLOR": "1"]))
        XCTAssertTrue(Console.colourAllowed(terminal: true, environment: ["NO_COLOR": ""]), "an empty NO_COLOR is unset")
        XCTAssertFalse(Console.colourAllowed(terminal: true, environment: ["TERM": "dumb"]))
        let line = "content/a.md:1:1: error[broken-link]: x\n"
        XCTAssertEqual(Console.paint(line, false), line)
        XCTAssertTrue(Console.paint(line, true).contains("\u{1B}[1;31merror\u{1B}[0m[broken-link]"))
    }
}

final class ProgressLineTests: XCTestCase {
    final class Captured: @unchecked Sendable {
        let lock = NSLock()
        var text = ""
        func add(_ s: String) { lock.lock(); text += s; lock.unlock() }
    }

    func testShownOnlyOnATerminalAfterTwoSecondsAndRubbedOut() {
        let captured = Captured()
        var console = CommandLineTool.Console(out: { _ in }, err: { captured.add($0) })
        XCTAssertNil(ProgressLine.start(console), "not a terminal: no progress line")
        console.terminalErr = true
        let quick = ProgressLine.start(console)
        quick?.stop()
        XCTAssertEqual(captured.text, "", "a quick build shows nothing")
        let slow = ProgressLine.start(console)
        Thread.sleep(forTimeInterval: 2.5)
        slow?.stop()
        XCTAssertTrue(captured.text.contains("Building the site… 2s"), captured.text)
        XCTAssertTrue(captured.text.hasSuffix("\r\u{1B}[K"), "the line is rubbed out at the end")
    }
}
