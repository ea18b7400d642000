import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// The anonymisation findings of each content file, kept between builds in `.reviewsite/`
/// (beside the content folder), so a build after a small change runs the anonymisation
/// rules only on the files that changed. A file's entry is used only while the file's
/// CONTENT hash is the one it was checked with, and the whole cache only while everything
/// else a check depends on is unchanged: the tool binary, the build date, the content
/// folder's name, site.yml's content and the names register's content.
///
/// It holds no text of the site: the file's path and content as hashes, and the findings,
/// which are masked by the rules themselves (never a register name or a full identifier).
/// It is written only after a successful build (issue 11, case 6).
struct CheckCache: Sendable {
    static let header = "reviewsite-checks 5"

    struct Entry: Codable, Sendable {
        /// Hash of the file's path in the content folder.
        var path: String
        /// Size and hash of the file's content, and the hash of the other files' pseudonyms
        /// it was checked with (`SharedPseudonyms`), if any.
        var content: String
        var diagnostics: [Diagnostic]
        /// For a file that may belong to a review split into files (`ReviewFiles.mayBelong`):
        /// whether it gives a date of birth or death. Only yes or no, never the date; when no
        /// file of a review gives one, its files need not be read again for their dates.
        var givesLifeDates: Bool? = nil
    }

    let file: URL
    let key: String
    private let entries: [String: Entry]

    init(options: PipelineOptions, register: NamesRegister?) {
        file = BuildCache.folder(options).appendingPathComponent("checks")
        let content = URL(fileURLWithPath: options.contentDirectory)
        key = BuildCache.fingerprint(
            BuildCache.runInputs(options, register: register)
                + ["site.yml " + BuildCache.contentFingerprint(content.appendingPathComponent("site.yml").path)])
        entries = CheckCache.read(file, key: key)
    }

    static func pathKey(_ relative: String) -> String { String(TextHash.of(relative), radix: 16) }

    /// The key of a file's content, from its text and hash (`TextHash.ofContent(text)`), with
    /// the key of the other files' pseudonyms it is checked with (`SharedPseudonyms.Names`),
    /// since its findings depend on them.
    static func contentKey(_ text: String, hash: UInt64, others: String?) -> String {
        let key = "\(text.utf8.count) " + String(hash, radix: 16)
        return others.map { key + " " + $0 } ?? key
    }

    /// One line for the key, then one JSON line per file.
    private static func read(_ file: URL, key: String) -> [String: Entry] {
        guard let data = FileManager.default.contents(atPath: file.path) else { return [:] }
        let lines = data.split(separator: UInt8(ascii: "\n"))
        guard lines.count >= 1, String(decoding: lines[0], as: UTF8.self) == "\(header) \(key)" else { return [:] }
        let decoder = JSONDecoder()
        var out: [String: Entry] = [:]
        for line in lines.dropFirst() {
            guard let entry = try? decoder.decode(Entry.self, from: Data(line)) else { return [:] }
            out[entry.path] = entry
        }
        return out
    }

    /// The file's whole entry, if it was checked last time with this content key.
    func entry(_ relative: String, content: String) -> Entry? {
        guard let entry = entries[Self.pathKey(relative)], entry.content == content else { return nil }
        return entry
    }

    /// Replaces the cache with this build's results, after a successful build only. Failing
    /// to write it only costs time.
    /// Written a line at a time (`CacheFile`): as one `Data`, the findings of 73,000 files
    /// were tens of megabytes at the end of a build (issue 16). A record that cannot be
    /// encoded leaves the old cache as it was.
    func store(_ records: [Entry]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        CacheFile.write(to: file) { out in
            out.write("\(Self.header) \(key)\n")
            for r in records {
                guard let line = try? encoder.encode(r) else { throw CacheFile.Stop() }
                out.write(line)
                out.write(bytes: CollectionOfOne(UInt8(ascii: "\n")))
            }
        }
    }
}
