/// The parsed form of a template: text, outputs and blocks, built once at load.
enum TemplateNode: Sendable {
    case text(String)
    case output(TemplateExpression, line: Int, column: Int)
    case conditional(TemplateConditional)
    case loop(TemplateLoop)
    case include(String, line: Int, column: Int)
}

/// `{% if %}` with its `elif`s: the first true condition's body is rendered, else `otherwise`.
struct TemplateConditional: Sendable {
    var conditions: [TemplateExpression]
    var bodies: [[TemplateNode]]
    var otherwise: [TemplateNode]
}

/// `{% for variable in source %}body{% else %}empty{% end %}`.
struct TemplateLoop: Sendable {
    var variable: String
    var source: TemplateExpression
    var body: [TemplateNode]
    var empty: [TemplateNode]
    var line: Int
    var column: Int
}

/// One parsed template file.
struct ParsedTemplate: Sendable {
    var name: String
    var displayName: String
    var nodes: [TemplateNode]
    /// Every `{% include %}` with its position, checked against the set at load.
    var includes: [(name: String, line: Int, column: Int)]
}
