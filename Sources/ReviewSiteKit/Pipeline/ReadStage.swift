import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Stage 1, read: finds every `.md` file under the content folder and `site.yml`, and reads
/// each as normalised text. Listing and reading are separate so that each worker reads its
/// own file and the texts are never all in memory at once. Symbolic links are never followed (a link could point at
/// private files outside the content folder); they are reported instead.
struct ReadStage: Sendable {
    var contentDirectory: URL
    /// How the content folder is written in diagnostics (`content`).
    var displayRoot: String

    struct Result: Sendable {
        var siteFile: SourceFile?
        /// Paths inside the content folder of every page, sorted.
        var pages: [String]
        /// Every other file (images, documents), sorted; each checked for kind, name and size.
        var files: [PageFile] = []
        var diagnostics: [Diagnostic]
    }

    func run() -> Result {
        /// Paths inside the content folder of every page, sorted.
        var pages: [String] = []
        var diagnostics: [Diagnostic] = []
        var siteFile: SourceFile?
        var files: [PageFile] = []
        let fm = FileManager.default
        var pending: [String] = [""]
        while let dir = pending.popLast() {
            let url = dir.isEmpty ? contentDirectory : contentDirectory.appendingPathComponent(dir)
            guard let names = try? fm.contentsOfDirectory(atPath: url.path) else {
                diagnostics.append(
                    Diagnostic(
                        .error, RuleID.unreadable, at: location(dir),
                        "this folder cannot be read; check its permissions"))
                continue
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let relative = dir.isEmpty ? name : dir + "/" + name
                let path = contentDirectory.appendingPathComponent(relative).path
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFLNK:
                    diagnostics.append(
                        Diagnostic(
                            .error, RuleID.symlink, at: location(relative),
                            "this is a symbolic link, which ReviewSite does not follow; copy the file into the content folder instead"
                        ))
                case S_IFDIR:
                    pending.append(relative)
                case S_IFREG:
                    if relative == "site.yml" {
                        siteFile = read(relative, &diagnostics)
                    } else if name.hasSuffix(".md") {
                        pages.append(relative)
                    } else {
                        var file = PageFile(relative: relative, size: Int(info.st_size))
                        if let problem = file.problem() {
                            file.rejected = true
                            diagnostics.append(Diagnostic(.error, RuleID.pageFile, at: location(relative), problem))
                        }
                        files.append(file)
                    }
                default:
                    continue
                }
            }
        }
        pages.sort()
        files.sort { $0.relative < $1.relative }
        return Result(siteFile: siteFile, pages: pages, files: files, diagnostics: diagnostics)
    }

    func location(_ relative: String, line: Int = 1, column: Int = 1) -> SourceLocation {
        SourceLocation(file: relative.isEmpty ? displayRoot : displayRoot + "/" + relative, line: line, column: column)
    }

    func read(_ relative: String, _ diagnostics: inout [Diagnostic]) -> SourceFile {
        var file = SourceFile(relativePath: relative, displayPath: location(relative).file, text: nil)
        guard let data = FileManager.default.contents(atPath: contentDirectory.appendingPathComponent(relative).path) else {
            diagnostics.append(
                Diagnostic(
                    .error, RuleID.unreadable, at: location(relative),
                    "this file cannot be read; check its permissions"))
            return file
        }
        switch TextDecoding.decode([UInt8](data)) {
        case .success(let text):
            file.text = text
        case .failure(.binary(let line, let column)):
            diagnostics.append(
                Diagnostic(
                    .error, RuleID.encoding, at: location(relative, line: line, column: column),
                    "this file is not text (it contains binary data); save it as plain UTF-8 Markdown"))
        case .failure(.invalidUTF8(let line, let column)):
            diagnostics.append(
                Diagnostic(
                    .error, RuleID.encoding, at: location(relative, line: line, column: column),
                    "this file is not valid UTF-8 text; save it again with UTF-8 encoding"))
        }
        return file
    }
}
