import Foundation
import ReviewSiteCore

/// File paths in findings are relative to the current folder in every format (an absolute
/// `--content` inside it is written relative), and in SARIF and GitHub annotations relative
/// to the repository's root, which is what code scanning and pull requests match against.
enum DisplayPaths {
    /// `path` relative to `folder` when it is inside it; otherwise unchanged.
    static func relative(_ path: String, to folder: String) -> String {
        guard path.hasPrefix("/") else { return path }
        let base = URL(fileURLWithPath: folder).standardizedFileURL.path
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        if full == base { return "." }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : path
    }

    /// The nearest folder at or above `folder` that holds a `.git`, if any.
    static func repositoryRoot(from folder: String) -> String? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(".git").path) { return url.path }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Findings with their files relative to the repository root (for SARIF and GitHub):
    /// run from `site/` in a repository, `content/a.md` becomes `site/content/a.md`.
    static func fromRepositoryRoot(_ diagnostics: [Diagnostic], currentFolder: String) -> [Diagnostic] {
        guard let root = repositoryRoot(from: currentFolder) else { return diagnostics }
        let here = relative(URL(fileURLWithPath: currentFolder).standardizedFileURL.path, to: root)
        guard here != "." && !here.hasPrefix("/") else { return diagnostics }
        return diagnostics.map { d in
            guard !d.location.file.hasPrefix("/") && !d.location.file.hasPrefix("../") else { return d }
            var moved = d
            moved.location.file = here + "/" + d.location.file
            return moved
        }
    }
}
