import ReviewSiteCore
import ReviewSiteNames
import Foundation

/// The private names register: real names, one per line, kept outside the repository
/// (`--names FILE` or REVIEWSITE_NAMES). Entries are never printed: diagnostics say
/// "matches entry 3 of the names register".
package struct NamesRegister: Sendable {
    /// Entries in file order (entry numbers are 1-based line numbers of non-blank lines).
    package let entries: [(number: Int, name: String)]
    /// Built once per run from the entries, so every file is matched by dictionary look-ups.
    package let matcher: RegisterMatcher

    package init(text: String) {
        var out: [(Int, String)] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if name.isEmpty || name.hasPrefix("#") { continue }
            out.append((index + 1, name))
        }
        entries = out
        matcher = RegisterMatcher(entries: out)
    }

    package static func load(path: String) throws(ToolFailure) -> NamesRegister {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ToolFailure("cannot read the names register '\(path)'; check the --names option or REVIEWSITE_NAMES")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ToolFailure("the names register '\(path)' is not UTF-8 text; save it as plain UTF-8, one name per line")
        }
        return NamesRegister(text: text)
    }
}
