import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Copies the theme's `assets/` folder (CSS, a little JS, icons) into the output as is.
/// A symbolic link is refused, never copied or followed (issue 11, case 11): it could
/// publish any file of the machine (`assets/x.txt -> /etc/passwd`).
enum ThemeAssets {
    static func copy(from theme: URL, to staging: StagingFolder, display: String) throws(ToolFailure) -> [String] {
        let assets = theme.appendingPathComponent("assets")
        let fm = FileManager.default
        var info = stat()
        if lstat(assets.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            throw ToolFailure(
                "\(display)/assets is a symbolic link, which ReviewSite does not follow; "
                    + "make it a real folder holding the theme's files. Nothing was written")
        }
        guard let walker = fm.enumerator(atPath: assets.path) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            let source = assets.appendingPathComponent(relative)
            if lstat(source.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
                throw ToolFailure(
                    "the theme file \(PrintSafe.escape(display))/assets/\(PrintSafe.escape(relative)) is a "
                        + "symbolic link, which ReviewSite does not follow or copy; replace it with the file "
                        + "itself. Nothing was written")
            }
            guard fm.fileExists(atPath: source.path, isDirectory: &isDir), !isDir.boolValue,
                !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { continue }
            let target = "assets/" + relative
            do {
                let dest = staging.url.appendingPathComponent(target)
                try fm.createDirectory(at: dest.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fm.copyItem(at: source, to: dest)
            } catch {
                throw ToolFailure(
                    "cannot copy the theme file \(relative) (\(StagingFolder.reason(error))); "
                        + "check the disk has space; the previous site is unchanged")
            }
            files.append(target)
        }
        return files.sorted()
    }

    /// Copies page files (`reviews/chart.png`) from the content folder to the same paths.
    static func copy(_ relatives: [String], from content: URL, to staging: StagingFolder) throws(ToolFailure) -> [String] {
        let fm = FileManager.default
        for relative in relatives {
            do {
                let dest = staging.url.appendingPathComponent(relative)
                try fm.createDirectory(at: dest.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fm.copyItem(at: content.appendingPathComponent(relative), to: dest)
            } catch {
                throw ToolFailure(
                    "cannot copy \(relative) from the content folder (\(StagingFolder.reason(error))); "
                        + "check the disk has space; the previous site is unchanged")
            }
        }
        return relatives
    }

    /// The built-in theme's assets (see DefaultTheme).
    static func copyBuiltIn(to staging: StagingFolder) throws(ToolFailure) -> [String] {
        for (path, data) in DefaultTheme.assets {
            do {
                let dest = staging.url.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: dest.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: dest)
            } catch {
                throw ToolFailure(
                    "cannot write the theme file \(path) (\(StagingFolder.reason(error))); "
                        + "check the disk has space; the previous site is unchanged")
            }
        }
        return DefaultTheme.assets.map(\.path).sorted()
    }
}
