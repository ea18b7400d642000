import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Makes a build with nothing changed nearly free (issue 7). After a successful build it
/// records a fingerprint of everything the build read (the tool binary, the options, the
/// content of every content and theme file, the names register's content) and of the
/// output it wrote, by CONTENT hash: a file changed in place with the same size and
/// modification time is still noticed (issue 11, case 8). When the next build finds both
/// fingerprints unchanged, the output is already what the build would write, so nothing is
/// rebuilt; any change at all means a full, clean build.
///
/// What the build keeps lives in `.reviewsite/` in the site root (the folder that holds the
/// content folder), never beside or inside the output, which a web team may deploy. It holds
/// one combined hash of the inputs, one of the outputs, counts, and the findings the last
/// build printed (which are already masked: never a register name or a full identifier).
/// It is written only after a successful build.
struct BuildCache: Sendable {
    static let header = "reviewsite-cache 3"
    static let folderName = ".reviewsite"
    let file: URL

    init(options: PipelineOptions) {
        file = BuildCache.folder(options).appendingPathComponent("build-cache")
    }

    /// `.reviewsite/` beside the content folder.
    static func folder(_ options: PipelineOptions) -> URL {
        URL(fileURLWithPath: options.contentDirectory).standardizedFileURL.deletingLastPathComponent()
            .appendingPathComponent(folderName)
    }

    /// What checking any content file depends on besides the file itself: the tool binary,
    /// the date, the content folder's name and the names register's content. Shared with
    /// CheckCache, so the two caches cannot disagree about it.
    static func runInputs(_ options: PipelineOptions, register: NamesRegister?) -> [String] {
        [
            "tool \(ReviewSiteVersion.current) \(metadata(path: Platform.executablePath, follow: true))",
            "date \(options.date.iso)", "content \(options.contentDirectory)",
            "names \(register.map { String($0.contentHash, radix: 16) } ?? "-")",
            // Whether PDF text can be checked changes the findings about attachments.
            "pdftotext \(FileCheck.findPDFToText().map { $0 + " " + metadata(path: $0, follow: true) } ?? "-") "
                + "\(options.requirePDFText)",
        ]
    }

    /// What a build read: the same fingerprint means the same output.
    static func inputs(_ options: PipelineOptions, register: NamesRegister?) -> String {
        var lines =
            runInputs(options, register: register)
            + [
                "theme \(options.builtInTheme ? "(built-in)" : options.themeDirectory)",
                "output \(OutputFolder.absolute(options.outputDirectory).path)", "preview \(options.previewDrafts)",
            ]
        let content = URL(fileURLWithPath: options.contentDirectory)
        lines += fingerprints("c", content, jobs: options.jobs)
        let statics = StaticFiles.folder(for: options.contentDirectory).url
        lines += fingerprints("s", statics, jobs: options.jobs)
        let theme = URL(fileURLWithPath: options.themeDirectory)
        lines += fingerprints("t", theme, jobs: options.jobs)
        return fingerprint(lines)
    }

    /// The output folder as it is on disk now.
    /// `fingerprint(fingerprints("o", folder, jobs: jobs))`, without making the lines: at
    /// 10,000 reviews the output has 168,809 entries, and their lines were 20 MB at the very
    /// end of a build (issue 16). Each entry's own fingerprint is made on all cores; the
    /// lines are hashed as they would be written.
    static func outputs(_ folder: URL, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) -> String {
        let entries = tree(folder)
        let prints = parallelMap(entries, jobs: jobs) { contentFingerprint(folder.appendingPathComponent($0).path) }
        var hash = FNV1a()
        func add(_ text: String) { for byte in text.utf8 { hash.add(UInt64(byte)) } }
        for (n, entry) in entries.enumerated() {
            add(n > 0 ? "\no " : "o ")
            add(entry)
            add(" ")
            add(prints[n])
        }
        return String(hash.value, radix: 16) + "-\(entries.count)"
    }

    /// `KIND relative fingerprint` for every entry under `folder`, in the order of `tree`;
    /// the files are read and hashed on all cores (a no-change rebuild reads every input and
    /// output file).
    static func fingerprints(_ kind: String, _ folder: URL, jobs: Int) -> [String] {
        parallelMap(tree(folder), jobs: jobs) { "\(kind) \($0) " + contentFingerprint(folder.appendingPathComponent($0).path) }
    }

    /// The findings of the build that wrote the output, if inputs and output are unchanged.
    func lookup(inputs: String, output: URL) -> (files: Int, checked: Int, diagnostics: [Diagnostic])? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let lines = Self.lines([UInt8](data))
        func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
        guard lines.count >= 4, text(lines[0]) == Self.header, text(lines[1]) == "inputs " + inputs,
            text(lines[2]) == "outputs " + Self.outputs(output)
        else { return nil }
        let counts = text(lines[3]).split(separator: " ")
        guard counts.count == 3, counts[0] == "files", let files = Int(counts[1]), let checked = Int(counts[2]) else {
            return nil
        }
        var diagnostics: [Diagnostic] = []
        for line in lines.dropFirst(4) where !line.isEmpty {
            // A tab is always a Character of its own, so splitting the bytes splits as a String would.
            let f = line.split(separator: UInt8(ascii: "\t"), maxSplits: 5, omittingEmptySubsequences: false).map(text)
            guard f.count == 6, let severity = Severity(rawValue: f[0]), let l = Int(f[3]), let c = Int(f[4]) else {
                return nil
            }
            diagnostics.append(
                Diagnostic(severity, f[1], at: SourceLocation(file: f[2], line: l, column: c), f[5]))
        }
        return (files, checked, diagnostics)
    }

    /// The lines of the cache file, split where splitting its String at "\n" would split (a
    /// "\r\n" pair is one Character, so it stays inside a line), but over the bytes:
    /// the String split was a tenth of a no-change rebuild of corpus B (issue 16).
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == UInt8(ascii: "\n") && (i == 0 || bytes[i - 1] != UInt8(ascii: "\r")) {
            out.append(bytes[start..<i])
            start = i + 1
        }
        out.append(bytes[start...])
        return out
    }

    /// Records a successful build. Failing to write the cache only costs the next build time.
    /// Written a line at a time (`CacheFile`), not built as one string: a build of 10,000
    /// reviews of corpus C prints tens of thousands of findings (issue 16).
    func store(inputs: String, output: URL, files: Int, checked: Int, diagnostics: [Diagnostic]) {
        let outputs = Self.outputs(output)
        CacheFile.write(to: file) { out in
            out.write("\(Self.header)\ninputs \(inputs)\noutputs \(outputs)\nfiles \(files) \(checked)\n")
            for d in diagnostics where !d.message.contains("\n") && !d.location.file.contains("\t") {
                out.write(
                    "\(d.severity.rawValue)\t\(d.rule)\t\(d.location.file)\t\(d.location.line)\t\(d.location.column)\t\(d.message)\n"
                )
            }
        }
    }

    /// Forgets the last build (before writing a new one, so a crash cannot leave a stale hit).
    func clear() {
        try? FileManager.default.removeItem(at: file)
    }

    /// Every entry under `folder`, sorted, without following symbolic links inside it. The
    /// folder itself is resolved first: a walk does not enter a root that is a link, so a
    /// linked content folder had an empty fingerprint and an edit gave "Nothing changed".
    static func tree(_ folder: URL) -> [String] {
        FileTree.entries(under: realPath(folder.path)).sorted()
    }

    /// The path with every symbolic link resolved, or the path itself when it does not exist.
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What a path holds: a regular file's size and content hash, a folder, or a link's target
    /// (never followed).
    static func contentFingerprint(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { return "missing" }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            guard let (size, hash) = fileHash(path) else { return "unreadable" }
            return "f \(size) " + String(hash, radix: 16)
        case S_IFDIR:
            return "d"
        case S_IFLNK:
            return "l " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
        default:
            return "o \(info.st_mode)"
        }
    }

    /// A file's size and `TextHash.ofFile`, read a megabyte at a time: read whole, the
    /// fingerprint of `reviews.json` (129 MB at 10,000 reviews) was the peak of a build's
    /// memory (issue 16).
    static func fileHash(_ path: String, pieceSize: Int = 1 << 20) -> (Int, UInt64)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var hasher = TextHash.FileHasher()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: pieceSize, alignment: 8)
        defer { buffer.deallocate() }
        var size = 0
        while true {
            // Fill the buffer, so every piece but the last is a whole number of blocks.
            var filled = 0
            while filled < pieceSize {
                let n = read(fd, buffer.baseAddress! + filled, pieceSize - filled)
                if n < 0, errno == EINTR { continue }
                guard n >= 0 else { return nil }
                if n == 0 { break }
                filled += n
            }
            size += filled
            let piece = UnsafeRawBufferPointer(rebasing: buffer[0..<filled])
            guard filled == pieceSize else { return (size, hasher.finish(piece)) }
            hasher.update(piece)
        }
    }

    /// Size, modification time (to the nanosecond), inode and type of a path.
    static func metadata(path: String, follow: Bool) -> String {
        guard let s = Platform.status(of: path, followLinks: follow) else { return "missing" }
        return "\(s.size) \(s.modifiedSeconds).\(s.modifiedNanoseconds) \(s.inode) \(s.mode)"
    }

    /// A stable hash of the lines (Swift's Hasher is seeded differently in every process).
    /// `TextHash.of(lines.joined(separator: "\n"))`, hashed line by line without joining them
    /// (the output's lines are megabytes at 10,000 reviews, issue 16).
    static func fingerprint(_ lines: [String]) -> String {
        var hash = FNV1a()
        for (n, line) in lines.enumerated() {
            if n > 0 { hash.add(UInt64(UInt8(ascii: "\n"))) }
            for byte in line.utf8 { hash.add(UInt64(byte)) }
        }
        return String(hash.value, radix: 16) + "-\(lines.count)"
    }
}
