import Foundation
import ReviewSiteCore
import ReviewSiteNames

/// The private names register: real names, one per line, kept outside the repository
/// (`--names FILE` or REVIEWSITE_NAMES). Entries are never printed: diagnostics say
/// "matches entry 3 of the names register".
///
/// The file may have LF, CRLF or CR line endings and a byte order mark; blank lines and
/// lines starting with `#` are skipped. An entry is written "First Last", "First Middle
/// Last" or "Last, First" (read as "First Last"). Entries are in the normal form
/// (`NormalForm`) like the text they are matched against.
///
/// Entry numbers are LINE numbers: entry 3 is the name on line 3 of the file, counting
/// comment and blank lines, so the number leads straight to the line to look at whatever
/// the line endings.
package struct NamesRegister: Sendable {
    /// Entries in file order, each with its line number.
    package let entries: [(number: Int, name: String)]
    /// Built once per run from the entries, so every file is matched by dictionary look-ups.
    package let matcher: RegisterMatcher
    /// A hash of the register's text, so caches notice any change to it (issue 11, case 8).
    /// Only ever stored mixed into a fingerprint of everything a build read.
    package let contentHash: UInt64

    package init(text: String) {
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = body.dropFirst() }
        var out: [(Int, String)] = []
        for (index, raw) in Self.lines(body).enumerated() {
            var name = NormalForm.string(String(raw)).trimmingCharacters(in: .whitespaces)
            if name.isEmpty || name.hasPrefix("#") { continue }
            name = Self.firstLastOrder(name)
            if name.isEmpty { continue }
            out.append((index + 1, name))
        }
        entries = out
        matcher = RegisterMatcher(entries: out)
        contentHash = TextHash.of(text)
    }

    /// The entries found in a text: those the engine worked out for it once
    /// (`ScanText.sharingRegisterMatches`), else matched now.
    package func matches(in text: ScanText) -> [RegisterMatch] {
        text.registerMatches ?? matcher.matches(in: text)
    }

    /// Lines split at LF, CRLF or CR.
    static func lines(_ text: Substring) -> [Substring] {
        var out: [Substring] = []
        var start = text.startIndex
        var i = text.startIndex
        let scalars = text.unicodeScalars
        while i < text.endIndex {
            let c = scalars[i]
            if c == "\n" || c == "\r" {
                out.append(text[start..<i])
                var next = scalars.index(after: i)
                if c == "\r", next < text.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                i = next
            } else {
                i = scalars.index(after: i)
            }
        }
        out.append(text[start...])
        return out
    }

    /// "Last, First Middle" → "First Middle Last"; other entries as written.
    static func firstLastOrder(_ name: String) -> String {
        let parts = name.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            return name.replacingOccurrences(of: ",", with: " ").trimmingCharacters(in: .whitespaces)
        }
        return parts[1] + " " + parts[0]
    }

    package static func load(path: String) throws(ToolFailure) -> NamesRegister {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
            let data = FileManager.default.contents(atPath: path)
        else {
            throw ToolFailure(
                "cannot read the names register '\(path)'; check the path given with --names or "
                    + "REVIEWSITE_NAMES and that the file can be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ToolFailure(
                "the names register '\(path)' is not UTF-8 text; save it as plain UTF-8 "
                    + "(in most editors: Save As, encoding UTF-8), one name per line")
        }
        let register = NamesRegister(text: text)
        guard !register.entries.isEmpty else {
            throw ToolFailure(
                "the names register '\(path)' has no names in it (only blank lines or # comments); "
                    + "add the real names, one per line, or check --names points at the right file")
        }
        return register
    }
}
