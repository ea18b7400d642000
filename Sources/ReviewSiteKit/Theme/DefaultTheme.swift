import Foundation
import ReviewSiteCore

/// The default theme built into the program (generated into BuiltInTheme.swift by
/// scripts/embed-theme.py). A build uses it when there is no `--theme` and no
/// `themes/default` folder; `reviewsite theme export DIR` writes it out to customise.
enum DefaultTheme {
    /// How diagnostics name its files ("built-in theme/page.html").
    static let displayPrefix = "built-in theme"

    /// Every file of the theme, path → bytes, in path order.
    static let files: [(path: String, data: Data)] = BuiltInThemeData.files.map { entry in
        (entry.path, Data(base64Encoded: entry.base64, options: .ignoreUnknownCharacters) ?? Data())
    }

    /// The templates (every .html outside assets/), name → source.
    static var templates: [String: String] {
        var found: [String: String] = [:]
        for (path, data) in files where !path.hasPrefix("assets/") && path.hasSuffix(".html") {
            found[path] = String(decoding: data, as: UTF8.self)
        }
        return found
    }

    /// The files under assets/, with the path kept ("assets/site.css").
    static var assets: [(path: String, data: Data)] { files.filter { $0.path.hasPrefix("assets/") } }

    /// Writes the theme into `directory`, which must not exist or be empty.
    static func export(to directory: String) throws(ToolFailure) {
        try NewFolder.prepare(directory, purpose: "the theme")
        let root = URL(fileURLWithPath: directory)
        do {
            for (path, data) in files {
                let file = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file, options: .withoutOverwriting)
            }
        } catch {
            throw ToolFailure(
                "cannot write the theme into '\(directory)' (\(error.localizedDescription)); "
                    + "check the folder can be written")
        }
    }
}

/// A folder that `init` or `theme export` writes into: it must not exist, or be empty
/// (apart from the entries in `ignoring`, such as the `.git` of a new repository).
enum NewFolder {
    static func prepare(_ directory: String, purpose: String, ignoring: Set<String> = []) throws(ToolFailure) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isDir) {
            guard isDir.boolValue else {
                throw ToolFailure("'\(directory)' is a file, not a folder; give a new or empty folder for \(purpose)")
            }
            let entries = ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).filter { !ignoring.contains($0) }
            guard entries.isEmpty else {
                throw ToolFailure(
                    "the folder '\(directory)' is not empty (it has \(entries.count) "
                        + (entries.count == 1 ? "entry" : "entries")
                        + "); give a new or empty folder so nothing is overwritten")
            }
            return
        }
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ToolFailure("cannot create the folder '\(directory)' (\(error.localizedDescription))")
        }
    }
}
