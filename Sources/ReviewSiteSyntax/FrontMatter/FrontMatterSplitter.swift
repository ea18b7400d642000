import ReviewSiteCore

/// A content file cut into its front matter (the YAML between the two `---` lines) and
/// its Markdown body, with the file line each part starts on.
package struct FrontMatterSplit: Sendable, Equatable {
    package var yaml: String
    package var yamlFirstLine: Int
    package var body: String
    package var bodyFirstLine: Int
}

package enum FrontMatterSplitter {
    /// `text` has no BOM and only `\n` line breaks (the caller removes them). The file must
    /// start with a line `---`; the front matter ends at the next line `---` or `...`.
    package static func split(_ text: String) throws(YAMLError) -> FrontMatterSplit {
        var lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first, allowDots: false) else {
            throw YAMLError(
                line: 1, column: 1,
                message: "this file has no front matter; start it with a line '---', "
                    + "then fields such as 'title:', then another '---'")
        }
        var rest = lines.count > 1 ? lines[1] : Substring("")
        lines = []
        var yamlLines = 0
        // Walk line by line without copying: `rest` is always the unread part.
        while true {
            let end = rest.firstIndex(of: "\n")
            let line = rest[rest.startIndex..<(end ?? rest.endIndex)]
            if isFence(line, allowDots: true) {
                let yamlEnd = line.startIndex
                let yamlStart = text.index(after: first.endIndex)
                let body = end.map { String(rest[rest.index(after: $0)...]) } ?? ""
                // Drop the line break that ends the last YAML line; it belongs to the fence.
                var yaml = text[yamlStart..<yamlEnd]
                if yaml.hasSuffix("\n") { yaml = yaml.dropLast() }
                return FrontMatterSplit(yaml: String(yaml), yamlFirstLine: 2, body: body, bodyFirstLine: yamlLines + 3)
            }
            guard let end else { break }
            rest = rest[rest.index(after: end)...]
            yamlLines += 1
        }
        throw YAMLError(
            line: 1, column: 1,
            message: "front matter starting on line 1 is never closed; "
                + "add a line '---' after the last field")
    }

    /// `---` (or `...` when closing), optionally followed by spaces.
    private static func isFence(_ line: Substring, allowDots: Bool) -> Bool {
        var core = line
        while core.last == " " || core.last == "\t" { core = core.dropLast() }
        return core == "---" || (allowDots && core == "...")
    }
}
