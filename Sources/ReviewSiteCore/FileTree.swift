import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every entry under a folder, as FileManager's `enumerator(atPath:)` lists them on Linux
/// (it walks with `fts`: physical, not crossing file systems, each folder's entries in
/// directory order, a folder before what it holds; a root that is not a folder, or is a
/// symbolic link, gives nothing), but without Foundation's per-entry URL and
/// `replacingOccurrences` work, which was a fifth of a no-change rebuild (issue 16).
package enum FileTree {
    /// Paths relative to `root`, in walk order.
    package static func entries(under root: String) -> [String] {
        var out: [String] = []
        walk(under: root) {
            out.append($0)
            return true
        }
        return out
    }

    /// Calls `visit` with each path relative to `root`, in walk order, until it returns false
    /// (a folder is read only when the walk reaches it, as with the enumerator).
    package static func walk(under root: String, _ visit: (String) -> Bool) {
        var info = stat()
        guard lstat(root, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
        _ = walk(root, prefix: "", device: info.st_dev, visit)
    }

    /// False when `visit` asked to stop.
    private static func walk(_ folder: String, prefix: String, device: dev_t, _ visit: (String) -> Bool) -> Bool {
        // The whole folder is read before going into any subfolder, as fts does.
        guard let dir = opendir(folder) else { return true }
        var children: [(name: String, type: UInt8)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { children.append((name, entry.pointee.d_type)) }
        }
        closedir(dir)
        for child in children {
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + child.name
            guard Int(child.type) == DT_DIR || Int(child.type) == DT_UNKNOWN else {
                if !visit(prefix + child.name) { return false }
                continue
            }
            // Only possible folders are looked at; an entry gone since it was listed is skipped.
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if !visit(prefix + child.name) { return false }
            if info.st_mode & S_IFMT == S_IFDIR && info.st_dev == device,
                !walk(path, prefix: prefix + child.name + "/", device: device, visit)
            {
                return false
            }
        }
        return true
    }
}
