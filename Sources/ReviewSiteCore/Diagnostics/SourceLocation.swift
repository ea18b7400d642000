/// A place in a source file. Lines and columns are 1-based and count from the
/// first line of the file, front matter included (docs/diagnostics.md).
/// Columns count Unicode scalars (characters as a reader sees them), not bytes.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    /// A folder as the user wrote it, for the start of file names in messages: `content/`
    /// becomes `content` (but `/` stays `/`).
    package static func folder(_ path: String) -> String {
        path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
