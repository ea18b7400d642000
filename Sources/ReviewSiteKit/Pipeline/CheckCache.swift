import ReviewSiteCore
import ReviewSiteSyntax
import ReviewSiteAnonymisation
import Foundation

/// The results of checking each content file, kept between builds beside the output folder,
/// so a build after a small change checks only the files that changed. A file's entry is used
/// only while its size, modification time and inode are those it was checked with, and the
/// whole cache only while everything else a check depends on is unchanged: the tool binary,
/// the build date, the content folder's name, site.yml and the names register file (by its
/// metadata, never its contents). It holds what `lint` would report, which never contains a
/// register name or a full identifier, and the pages' outlines (titles, headings, links).
struct CheckCache: Sendable {
    struct Entry: Codable, Sendable {
        var relative: String
        var metadata: String
        var page: LoadedPage
    }

    let file: URL
    let key: String
    private let entries: [String: Entry]

    init(for output: OutputFolder, options: PipelineOptions) {
        file = output.url.deletingLastPathComponent()
            .appendingPathComponent(".\(output.url.lastPathComponent).reviewsite-checks")
        let content = URL(fileURLWithPath: options.contentDirectory)
        key = (BuildCache.runInputs(options)
               + ["site.yml " + BuildCache.metadata(path: content.appendingPathComponent("site.yml").path, follow: false)])
            .joined(separator: " | ")
        entries = CheckCache.read(file, key: key)
    }

    /// One JSON line for the key, then one line per file, so neither reading nor writing
    /// holds a second copy of the whole cache in memory.
    private static func read(_ file: URL, key: String) -> [String: Entry] {
        guard let data = FileManager.default.contents(atPath: file.path) else { return [:] }
        let lines = data.split(separator: UInt8(ascii: "\n"))
        let decoder = JSONDecoder()
        guard let first = lines.first, (try? decoder.decode(String.self, from: Data(first))) == key else { return [:] }
        var out: [String: Entry] = [:]
        for line in lines.dropFirst() {
            guard let entry = try? decoder.decode(Entry.self, from: Data(line)) else { return [:] }
            out[entry.relative] = entry
        }
        return out
    }

    /// The metadata a file is recognised by.
    static func metadata(_ relative: String, in content: URL) -> String {
        BuildCache.metadata(path: content.appendingPathComponent(relative).path, follow: false)
    }

    /// The page as it was checked, if the file has not changed since.
    func lookup(_ relative: String, metadata: String) -> LoadedPage? {
        guard let entry = entries[relative], entry.metadata == metadata, metadata != "missing" else { return nil }
        return entry.page
    }

    /// Replaces the cache with this build's results. Failing to write it only costs time.
    func store(_ checked: [(relative: String, metadata: String, page: LoadedPage)]) {
        let encoder = JSONEncoder()
        guard var out = try? encoder.encode(key) else { return }
        out.append(UInt8(ascii: "\n"))
        for c in checked where c.metadata != "missing" {
            guard let line = try? encoder.encode(Entry(relative: c.relative, metadata: c.metadata, page: c.page)) else { return }
            out.append(line)
            out.append(UInt8(ascii: "\n"))
        }
        try? out.write(to: file, options: .atomic)
    }
}
