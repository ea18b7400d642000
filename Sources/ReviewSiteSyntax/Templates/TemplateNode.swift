import ReviewSiteCore

/// The parsed form of a template: text, outputs and blocks, built once at load.
package enum TemplateNode: Sendable {
    case text(String)
    case output(TemplateExpression, line: Int, column: Int)
    case conditional(TemplateConditional)
    case loop(TemplateLoop)
    case include(String, line: Int, column: Int)
}

/// `{% if %}` with its `elif`s: the first true condition's body is rendered, else `otherwise`.
package struct TemplateConditional: Sendable {
    package var conditions: [TemplateExpression]
    package var bodies: [[TemplateNode]]
    package var otherwise: [TemplateNode]
}

/// `{% for variable in source %}body{% else %}empty{% end %}`.
package struct TemplateLoop: Sendable {
    package var variable: String
    package var source: TemplateExpression
    package var body: [TemplateNode]
    package var empty: [TemplateNode]
    package var line: Int
    package var column: Int
}

/// One parsed template file.
package struct ParsedTemplate: Sendable {
    package var name: String
    package var displayName: String
    package var nodes: [TemplateNode]
    /// Every `{% include %}` with its position, checked against the set at load.
    package var includes: [(name: String, line: Int, column: Int)]
}
