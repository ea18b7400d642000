import ReviewSiteCore
import ReviewSiteSyntax
import ReviewSiteAnonymisation
import Foundation

/// Makes a build with nothing changed nearly free (issue 7). After a successful build it
/// records a fingerprint of everything the build read (the tool binary, the options, every
/// content and theme file, the names register) and of the output it wrote, by size,
/// modification time and inode, as `make` and git do: no file is read. When the next build
/// finds both fingerprints unchanged, the output is already what the build would write, so
/// nothing is rebuilt; any change at all means a full, clean build.
///
/// The cache is a hidden file beside the output folder, never inside it (it is not deployed).
/// It holds only hashes and the previous build's findings, which never contain a register
/// name or a full identifier; the register is fingerprinted by its file's metadata, not by
/// its contents, so not even a hash of the names is stored.
struct BuildCache: Sendable {
    static let header = "reviewsite-cache 1"
    let file: URL

    init(for output: OutputFolder) {
        file = output.url.deletingLastPathComponent().appendingPathComponent(".\(output.url.lastPathComponent).reviewsite-cache")
    }

    /// What checking any content file depends on besides the file itself: the tool binary,
    /// the date, the content folder's name and the names register file (by its metadata).
    /// Shared with CheckCache, so the two caches cannot disagree about it.
    static func runInputs(_ options: PipelineOptions) -> [String] {
        ["tool \(ReviewSiteVersion.current) \(metadata(path: Platform.executablePath, follow: true))",
         "date \(options.date.iso)", "content \(options.contentDirectory)",
         "names \(options.namesFile.map { "\($0) " + metadata(path: $0, follow: true) } ?? "-")",
         // Whether PDF text can be checked changes the findings about attachments.
         "pdftotext \(FileCheck.findPDFToText().map { $0 + " " + metadata(path: $0, follow: true) } ?? "-") "
            + "\(options.requirePDFText)"]
    }

    /// What a build read: the same fingerprint means the same output.
    static func inputs(_ options: PipelineOptions) -> String {
        var lines = runInputs(options) + ["theme \(options.builtInTheme ? "(built-in)" : options.themeDirectory)", "output \(options.outputDirectory)", "preview \(options.previewDrafts)"]
        let content = URL(fileURLWithPath: options.contentDirectory)
        lines.append("content-folder " + metadata(path: content.path, follow: true))
        for relative in tree(content) {
            lines.append("c \(relative) " + metadata(path: content.appendingPathComponent(relative).path, follow: false))
        }
        let statics = StaticFiles.folder(for: options.contentDirectory).url
        for relative in tree(statics) {
            lines.append("s \(relative) " + metadata(path: statics.appendingPathComponent(relative).path, follow: false))
        }
        let theme = URL(fileURLWithPath: options.themeDirectory)
        for relative in tree(theme) {
            lines.append("t \(relative) " + metadata(path: theme.appendingPathComponent(relative).path, follow: false))
        }
        return fingerprint(lines)
    }

    /// The output folder as it is on disk now.
    static func outputs(_ folder: URL) -> String {
        fingerprint(tree(folder).map { "o \($0) " + metadata(path: folder.appendingPathComponent($0).path, follow: false) })
    }

    /// The findings of the build that wrote the output, if inputs and output are unchanged.
    func lookup(inputs: String, output: URL) -> (files: Int, checked: Int, diagnostics: [Diagnostic])? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 4, lines[0] == Self.header, lines[1] == "inputs " + inputs,
              lines[2] == "outputs " + Self.outputs(output) else { return nil }
        let counts = lines[3].split(separator: " ")
        guard counts.count == 3, counts[0] == "files", let files = Int(counts[1]), let checked = Int(counts[2]) else { return nil }
        var diagnostics: [Diagnostic] = []
        for line in lines.dropFirst(4) where !line.isEmpty {
            let f = line.split(separator: "\t", maxSplits: 5, omittingEmptySubsequences: false)
            guard f.count == 6, let severity = Severity(rawValue: String(f[0])), let l = Int(f[3]), let c = Int(f[4]) else {
                return nil
            }
            diagnostics.append(Diagnostic(severity, String(f[1]), at: SourceLocation(file: String(f[2]), line: l, column: c),
                                          String(f[5])))
        }
        return (files, checked, diagnostics)
    }

    /// Records a successful build. Failing to write the cache only costs the next build time.
    func store(inputs: String, output: URL, files: Int, checked: Int, diagnostics: [Diagnostic]) {
        var text = "\(Self.header)\ninputs \(inputs)\noutputs \(Self.outputs(output))\nfiles \(files) \(checked)\n"
        for d in diagnostics where !d.message.contains("\n") && !d.location.file.contains("\t") {
            text += "\(d.severity.rawValue)\t\(d.rule)\t\(d.location.file)\t\(d.location.line)\t\(d.location.column)\t\(d.message)\n"
        }
        try? Data(text.utf8).write(to: file, options: .atomic)
    }

    /// Forgets the last build (before writing a new one, so a crash cannot leave a stale hit).
    func clear() {
        try? FileManager.default.removeItem(at: file)
    }

    /// Every entry under `folder`, sorted, without following symbolic links.
    static func tree(_ folder: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var out: [String] = []
        while let relative = walker.nextObject() as? String { out.append(relative) }
        return out.sorted()
    }

    /// Size, modification time (to the nanosecond), inode and type of a path.
    static func metadata(path: String, follow: Bool) -> String {
        guard let s = Platform.status(of: path, followLinks: follow) else { return "missing" }
        return "\(s.size) \(s.modifiedSeconds).\(s.modifiedNanoseconds) \(s.inode) \(s.mode)"
    }

    /// A stable hash of the lines (Swift's Hasher is seeded differently in every process).
    static func fingerprint(_ lines: [String]) -> String {
        String(TextHash.of(lines.joined(separator: "\n")), radix: 16) + "-\(lines.count)"
    }
}
