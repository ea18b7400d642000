import ReviewSiteCore

/// A problem in front matter or site.yml, with the file position it refers to and a
/// plain-English message that says how to fix it.
package struct YAMLError: Error, Sendable, Equatable {
    package var line: Int
    package var column: Int
    package var message: String
    /// True when the text is (probably) valid YAML but uses a feature outside the subset
    /// we accept (anchors, tags, flow collections with content, block scalars, ...).
    package var isUnsupportedFeature: Bool

    package init(line: Int, column: Int, message: String, isUnsupportedFeature: Bool = false) {
        self.line = line
        self.column = column
        self.message = message
        self.isUnsupportedFeature = isUnsupportedFeature
    }

    /// Every unsupported-feature message starts with this, so users and tests can tell
    /// "not allowed here" apart from "broken".
    package static let unsupportedPrefix = "unsupported YAML feature: "

    package static func unsupported(line: Int, column: Int, _ what: String) -> YAMLError {
        YAMLError(line: line, column: column, message: unsupportedPrefix + what, isUnsupportedFeature: true)
    }
}
