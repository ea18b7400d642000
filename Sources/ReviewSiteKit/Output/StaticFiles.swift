import Foundation
import ReviewSiteCore

/// A `static/` folder beside the content folder (the site's root: CNAME, robots.txt, a
/// favicon, verification files) is copied into the output as is. Like theme assets, its text
/// files are scanned for names and identifiers; symbolic links are refused (never followed),
/// hidden files are skipped, and a file may not replace one the site generates.
enum StaticFiles {
    /// `static` next to the content folder: `content` → `static`, `site/content` → `site/static`.
    static func folder(for contentDirectory: String) -> (url: URL, display: String) {
        let content = URL(fileURLWithPath: contentDirectory).standardizedFileURL
        let url = content.deletingLastPathComponent().appendingPathComponent("static")
        let parent = (SourceLocation.folder(contentDirectory) as NSString).deletingLastPathComponent
        return (url, parent.isEmpty ? "static" : parent + "/static")
    }

    /// Copies every file; problems are diagnostics (errors stop the build as usual).
    static func copy(
        contentDirectory: String, to staging: StagingFolder, generated: Set<String>,
        diagnostics: inout [Diagnostic]
    ) throws(ToolFailure) -> [String] {
        let (root, display) = folder(for: contentDirectory)
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else { return [] }
        var copied: [String] = []
        for relative in BuildCache.tree(root) {
            let parts = relative.split(separator: "/")
            if parts.contains(where: { $0.hasPrefix(".") }) { continue }
            let source = root.appendingPathComponent(relative)
            let at = SourceLocation(file: display + "/" + relative, line: 1, column: 1)
            guard let type = (try? fm.attributesOfItem(atPath: source.path))?[.type] as? FileAttributeType else { continue }
            if type == .typeSymbolicLink {
                diagnostics.append(
                    Diagnostic(
                        .error, RuleID.symlink, at: at,
                        "this is a symbolic link, which ReviewSite does not follow; copy the file into static/ instead"))
                continue
            }
            guard type == .typeRegular else { continue }
            if generated.contains(relative) {
                diagnostics.append(
                    Diagnostic(
                        .error, RuleID.reservedPath, at: at,
                        "this would replace \(relative), which the site makes itself; remove or rename the file"))
                continue
            }
            do {
                let dest = staging.url.appendingPathComponent(relative)
                try fm.createDirectory(at: dest.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fm.copyItem(at: source, to: dest)
            } catch {
                throw ToolFailure(
                    "cannot copy \(display)/\(relative) (\(StagingFolder.reason(error))); "
                        + "check the disk has space; the previous site is unchanged")
            }
            copied.append(relative)
        }
        return copied.sorted()
    }
}
