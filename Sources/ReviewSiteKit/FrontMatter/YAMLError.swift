/// A problem in front matter or site.yml, with the file position it refers to and a
/// plain-English message that says how to fix it.
struct YAMLError: Error, Sendable, Equatable {
    var line: Int
    var column: Int
    var message: String
    /// True when the text is (probably) valid YAML but uses a feature outside the subset
    /// we accept (anchors, tags, flow collections with content, block scalars, ...).
    var isUnsupportedFeature: Bool

    init(line: Int, column: Int, message: String, isUnsupportedFeature: Bool = false) {
        self.line = line
        self.column = column
        self.message = message
        self.isUnsupportedFeature = isUnsupportedFeature
    }

    /// Every unsupported-feature message starts with this, so users and tests can tell
    /// "not allowed here" apart from "broken".
    static let unsupportedPrefix = "unsupported YAML feature: "

    static func unsupported(line: Int, column: Int, _ what: String) -> YAMLError {
        YAMLError(line: line, column: column, message: unsupportedPrefix + what, isUnsupportedFeature: true)
    }
}
