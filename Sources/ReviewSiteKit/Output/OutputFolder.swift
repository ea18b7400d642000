import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// The folder `build` writes to, checked before anything is written: never `/`, the home
/// folder, the content or theme folder or anything inside or around them, and never a
/// folder holding files ReviewSite did not create (it would delete them on the next build).
struct OutputFolder: Sendable {
    static let manifestName = ".reviewsite-manifest"
    let url: URL
    /// The path as the user wrote it, for messages.
    let display: String

    init(path: String, contentDirectory: URL, themeDirectory: URL) throws(ToolFailure) {
        display = path
        let target = OutputFolder.absolute(path)
        url = target
        let t = target.path
        let home = OutputFolder.absolute(FileManager.default.homeDirectoryForCurrentUser.path).path
        if t == "/" || t == home {
            throw ToolFailure(
                "refusing to write the site into \(path) (\(t == "/" ? "the root folder" : "your home folder")); "
                    + "use --output with a folder of its own, such as output")
        }
        for (name, other) in [("content", contentDirectory), ("theme", themeDirectory)] {
            let o = OutputFolder.absolute(other.path).path
            if OutputFolder.isSameOrInside(t, o) || OutputFolder.isSameOrInside(o, t) {
                throw ToolFailure(
                    "refusing to write the site into \(path): it is or holds the \(name) folder, "
                        + "whose files would be replaced; use --output with a separate folder, such as output")
            }
        }
        try checkOnlyOurFiles()
    }

    /// Resolves `.`/`..` and symbolic links of the existing part, so `out/../content` is caught.
    static func absolute(_ path: String) -> URL {
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL.resolvingSymlinksInPath()
    }

    static func isSameOrInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// An existing output folder must be empty or hold only what an earlier build wrote.
    private func checkOnlyOurFiles() throws(ToolFailure) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDir) else { return }
        guard isDir.boolValue else {
            throw ToolFailure("\(display) is a file, not a folder; use --output with a folder name")
        }
        let ours = Set(OutputFolder.readManifest(url))
        // Every folder that holds one of our files, so the walk below stays linear.
        var ourFolders = Set<Substring>()
        for file in ours {
            var path = Substring(file)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                if !ourFolders.insert(path).inserted { break }
            }
        }
        var foreign: String?
        let root = url.path
        FileTree.walk(under: root) { relative in
            if relative == OutputFolder.manifestName || ours.contains(relative) { return true }
            // A folder of ours (following a link, as FileManager.fileExists does).
            if ourFolders.contains(Substring(relative)),
                let s = Platform.status(of: root + "/" + relative, followLinks: true), s.mode & S_IFMT == S_IFDIR
            {
                return true
            }
            foreign = relative
            return false
        }
        if let foreign {
            throw ToolFailure(
                "\(display) holds files ReviewSite did not create (such as \(foreign)), "
                    + "which a build would remove; move them elsewhere or use --output with an empty folder")
        }
    }

    static func readManifest(_ folder: URL) -> [String] {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(manifestName).path),
            let text = String(data: data, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").dropFirst().map(String.init)
    }
}
