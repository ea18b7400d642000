/// A problem in a template, found when the theme is loaded (syntax, missing include) or
/// when a page is rendered (unknown variable, a list where text was expected).
/// `file` is the display path ("themes/default/partials/top.html"); line and column are
/// 1-based and count Unicode scalars, like every other diagnostic.
struct TemplateError: Error, Sendable, Equatable {
    var file: String
    var line: Int
    var column: Int
    var message: String
}
