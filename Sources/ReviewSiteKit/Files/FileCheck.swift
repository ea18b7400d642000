import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore

/// Checks each image and document a published page uses for what would identify someone:
/// every metadata field through every anonymisation rule, a person's name in an author
/// field, a GPS position in an image, the text of a DOCX or ODT, the text of a PDF (through
/// Debian's `pdftotext`, page by page) and SVG and CSV files as text. Messages say where
/// (which field, which page), never what was found.
struct FileCheck: Sendable {
    var rules: [any AnonymisationRule]
    var context: AnonymisationContext
    var waivers: Set<SiteScan.Waiver>
    var contentDirectory: URL
    /// How the content folder is written in diagnostics (`content`).
    var displayRoot: String
    /// The `pdftotext` program, or nil when it is not installed.
    var pdftotext: String?
    /// How long `pdftotext` may take over one file.
    var timeout: TimeInterval = 60

    struct Result: Sendable {
        var diagnostics: [Diagnostic] = []
        var pageCount: Int?
        /// A PDF whose text was not checked because `pdftotext` is not installed.
        var textUnchecked = false
    }

    /// Where `pdftotext` is: REVIEWSITE_PDFTOTEXT if set (tests set it to a missing path),
    /// else the first on PATH.
    static func findPDFToText(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let path = environment["REVIEWSITE_PDFTOTEXT"] {
            return FileManager.default.isExecutableFile(atPath: path) ? path : nil
        }
        for dir in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = String(dir) + "/pdftotext"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    func check(_ file: PageFile) -> Result {
        var result = Result()
        let at = SourceLocation(file: displayRoot + "/" + file.relative, line: 1, column: 1)
        func report(_ severity: Severity, _ rule: RuleID, _ message: String) {
            result.diagnostics.append(Diagnostic(severity, rule, at: at, message))
        }
        guard let kind = file.kind else { return result }
        let path = contentDirectory.appendingPathComponent(file.relative).path
        guard let data = FileManager.default.contents(atPath: path) else {
            report(.error, RuleID.unreadable, "this file cannot be read; check its permissions")
            return result
        }
        if kind == .svg || kind == .csv {
            result.diagnostics += SiteScan.scanFile(
                String(decoding: data, as: UTF8.self), display: at.file,
                markup: kind == .svg, rules: rules, context: context, waivers: waivers)
            return result
        }
        let meta = FileMetadata.inspect([UInt8](data), kind: kind)
        if let reason = meta.unreadable {
            report(.error, RuleID.fileCheck, "this file could not be checked for names and identifiers: \(reason)")
            return result
        }
        result.pageCount = meta.pageCount
        if meta.hasGPSPosition {
            report(
                .error, RuleID.fileMetadata,
                "this image records the GPS position where it was taken, which can "
                    + "show where someone lives; remove it (for example 'exiftool -gps:all= FILE') or export the "
                    + "image again without location")
        }
        for field in meta.fields {
            var found = scan(field.value, field: "metadata")
            // In an author field, a name that is not in the register is the author's own:
            // one warning saying how to clear the field, not a finding about the text.
            let guessedNames = field.isAuthor ? found.filter { FileCheck.guessedNameRules.contains($0.rule) } : []
            if !guessedNames.isEmpty { found.removeAll { FileCheck.guessedNameRules.contains($0.rule) } }
            for f in found { report(f.severity, f.rule, "in its \(field.label): \(f.message)") }
            if field.isAuthor, found.isEmpty, !guessedNames.isEmpty || FileCheck.looksLikePersonName(field.value, context) {
                report(
                    .warning, RuleID.fileMetadata,
                    "its \(field.label) holds a person's name; clear it before "
                        + "publishing (in Word: File > Info > Check for Issues > Inspect Document; in Acrobat: File > "
                        + "Properties; or 'exiftool -all= FILE')")
            }
        }
        if let text = meta.text {
            for chunk in BodyChunks.split(text, firstLine: 1) {
                let scanText = ScanText(chunk.text, line: chunk.line, column: 1)
                for f in scan(scanText) {
                    report(f.severity, f.rule, "in its text, line \(scanText.location(f.range.lowerBound).line): \(f.message)")
                }
            }
        }
        if kind == .pdf {
            guard let pdftotext else {
                result.textUnchecked = true
                return result
            }
            switch FileCheck.run(pdftotext, ["-q", "-enc", "UTF-8", path, "-"], timeout: timeout) {
            case .success(let out):
                let pages = String(decoding: out, as: UTF8.self).split(separator: "\u{0C}", omittingEmptySubsequences: false)
                for (n, page) in pages.enumerated() where !page.isEmpty {
                    for f in scan(String(page), field: nil) {
                        report(f.severity, f.rule, "on page \(n + 1): \(f.message)")
                    }
                }
            case .failure(let reason):
                report(
                    .error, RuleID.fileCheck,
                    "this file's text could not be checked for names and identifiers: "
                        + "\(reason); export the PDF from the original again")
            }
        }
        return result
    }

    /// The name rules that guess from capitals and given names (not the register).
    static let guessedNameRules: Set<RuleID> = [.undeclaredName, .titledName]

    private func scan(_ value: String, field: String?) -> [AnonymisationFinding] {
        scan(ScanText(value, line: 1, column: 1, field: field))
    }

    private func scan(_ text: ScanText) -> [AnonymisationFinding] {
        rules.findings(in: text, context).filter {
            !waivers.contains(SiteScan.Waiver(rule: $0.rule.rawValue, text: $0.matched))
        }
    }

    /// Two to four capitalised words, the first a given name or an initial (`Jane Smith`,
    /// `J. Smith`), that are not a name the site may publish.
    static func looksLikePersonName(_ value: String, _ context: AnonymisationContext) -> Bool {
        let words = value.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard (1...4).contains(words.count) else { return false }
        if context.publicNames.contains(where: { NameMatching.fold($0) == NameMatching.fold(value) }) { return false }
        guard words.allSatisfy({ NameMatching.isCapitalised($0) }) else { return false }
        let first = words[0].trimmingCharacters(in: CharacterSet(charactersIn: "."))
        if words.count >= 2, first.count == 1 { return true }
        return FirstNames.kind(of: first) == .plain || FirstNames.kind(of: first) == .wordLike
    }

    /// Runs a helper with a time limit; its output (capped at 64 MB) or why it failed.
    static func run(_ tool: String, _ arguments: [String], timeout: TimeInterval) -> Swift.Result<[UInt8], RunFailureReason> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return .failure(RunFailureReason("pdftotext could not be started")) }
        let collected = Collected()
        let reader = Thread {
            let handle = pipe.fileHandleForReading
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                collected.append(chunk)
            }
            collected.finish()
        }
        reader.start()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline || collected.tooLarge {
                process.terminate()
                process.waitUntilExit()
                return .failure(
                    RunFailureReason(
                        collected.tooLarge
                            ? "its text is too large"
                            : "pdftotext took longer than \(Int(timeout)) seconds"))
            }
            usleep(10_000)
        }
        collected.wait()
        guard process.terminationStatus == 0 else {
            return .failure(RunFailureReason("pdftotext could not read it (the file is damaged or encrypted)"))
        }
        return .success(collected.bytes)
    }

    struct RunFailureReason: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    /// Output gathered from a helper on another thread.
    final class Collected: @unchecked Sendable {
        private let lock = NSCondition()
        private var data: [UInt8] = []
        private var done = false
        static let limit = 64 << 20

        func append(_ chunk: Data) { lock.lock(); if data.count <= Self.limit { data += chunk }; lock.unlock() }
        func finish() { lock.lock(); done = true; lock.broadcast(); lock.unlock() }
        func wait() { lock.lock(); while !done { lock.wait() }; lock.unlock() }
        var tooLarge: Bool { lock.lock(); defer { lock.unlock() }; return data.count > Self.limit }
        var bytes: [UInt8] { lock.lock(); defer { lock.unlock() }; return data }
    }
}
