import ReviewSiteCore

/// A problem in a template, found when the theme is loaded (syntax, missing include) or
/// when a page is rendered (unknown variable, a list where text was expected).
/// `file` is the display path ("themes/default/partials/top.html"); line and column are
/// 1-based and count Unicode scalars, like every other diagnostic.
package struct TemplateError: Error, Sendable, Equatable {
    package var file: String
    package var line: Int
    package var column: Int
    package var message: String

    package init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
}
