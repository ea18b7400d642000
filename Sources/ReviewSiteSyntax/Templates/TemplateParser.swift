import ReviewSiteCore

/// Builds a template's node tree from the lexer's pieces. Blocks are tracked on an explicit
/// stack (no recursion), and nesting is limited so the tree stays shallow enough to render
/// and free safely.
package struct TemplateParser {
    package static let maxNesting = 100
    package static let tagNames = ["if", "elif", "else", "for", "include", "end"]

    private struct OpenBlock {
        package enum Kind { case conditional, loop }
        package var kind: Kind
        package var line: Int
        package var column: Int
        package var conditions: [TemplateExpression] = []
        package var bodies: [[TemplateNode]] = []
        package var current: [TemplateNode] = []
        package var inElse = false
        package var elseLine = 0
        package var variable = ""
        package var source: TemplateExpression = .literal(.null)

        package var tagName: String { kind == .conditional ? "if" : "for" }
    }

    private let file: String
    private var root: [TemplateNode] = []
    private var stack: [OpenBlock] = []
    private var includes: [(name: String, line: Int, column: Int)] = []

    package static func parse(_ source: String, name: String, displayName: String) throws(TemplateError) -> ParsedTemplate {
        var parser = TemplateParser(file: displayName)
        for piece in try TemplateLexer.split(source, file: displayName) {
            switch piece {
            case .text(let t): parser.append(.text(t))
            case .tag(let tag): try parser.handle(tag)
            }
        }
        if let open = parser.stack.last {
            throw TemplateError(
                file: displayName, line: open.line, column: open.column,
                message: "{% \(open.tagName) %} opened on line \(open.line) is never closed; add {% end %}")
        }
        return ParsedTemplate(name: name, displayName: displayName, nodes: parser.root, includes: parser.includes)
    }

    private init(file: String) { self.file = file }

    private func error(_ line: Int, _ column: Int, _ message: String) -> TemplateError {
        TemplateError(file: file, line: line, column: column, message: message)
    }

    private mutating func append(_ node: TemplateNode) {
        if stack.isEmpty {
            TemplateParser.append(node, to: &root)
        } else {
            TemplateParser.append(node, to: &stack[stack.count - 1].current)
        }
    }

    /// Adjacent text (around a comment) is joined so rendering appends once.
    private static func append(_ node: TemplateNode, to nodes: inout [TemplateNode]) {
        if case .text(let more) = node, case .text(var before)? = nodes.last {
            // Remove first so `before` is the only reference and grows in place (no quadratic copying).
            nodes.removeLast()
            before += more
            nodes.append(.text(before))
        } else {
            nodes.append(node)
        }
    }

    private func expressionParser(_ tag: TemplateTag, from index: Int) -> TemplateExpressionParser {
        TemplateExpressionParser(tokens: tag.tokens, from: index, file: file, endLine: tag.endLine, endColumn: tag.endColumn)
    }

    /// Parses the rest of the tag as one expression and insists nothing follows it.
    private func wholeExpression(_ tag: TemplateTag, from index: Int, what: String) throws(TemplateError) -> TemplateExpression {
        var p = expressionParser(tag, from: index)
        let expression = try p.parse()
        if let extra = p.current {
            throw p.error(
                at: extra, "unexpected '\(extra.display)' after \(what); remove it, or join the parts with 'and', 'or' or '=='")
        }
        return expression
    }

    private mutating func handle(_ tag: TemplateTag) throws(TemplateError) {
        if tag.kind == .output {
            guard !tag.tokens.isEmpty else {
                throw error(tag.line, tag.column, "nothing to show inside {{ }}; put a value in it, such as {{ page.title }}")
            }
            append(
                .output(
                    try wholeExpression(tag, from: 0, what: "the value"), line: tag.tokens[0].line, column: tag.tokens[0].column))
            return
        }
        guard let first = tag.tokens.first else {
            throw error(tag.line, tag.column, "empty tag; write a tag name such as {% if page.summary %} or {% end %}")
        }
        guard case .name(let name) = first.kind else {
            throw error(
                first.line, first.column,
                "a tag must start with a name such as if, for, include or end; '\(first.display)' is not one")
        }
        switch name {
        case "if": try openIf(tag, first)
        case "elif": try addElif(tag, first)
        case "else": try addElse(tag, first)
        case "for": try openFor(tag, first)
        case "include": try addInclude(tag, first)
        case "end": try closeBlock(tag, first)
        default: try unknownTag(name, first)
        }
    }

    private mutating func openIf(_ tag: TemplateTag, _ first: TemplateToken) throws(TemplateError) {
        guard stack.count < TemplateParser.maxNesting else { throw tooDeep(first) }
        var block = OpenBlock(kind: .conditional, line: tag.line, column: tag.column)
        block.conditions = [try wholeExpression(tag, from: 1, what: "the condition")]
        stack.append(block)
    }

    private mutating func addElif(_ tag: TemplateTag, _ first: TemplateToken) throws(TemplateError) {
        guard var block = stack.last, block.kind == .conditional else {
            throw error(
                first.line, first.column,
                stack.isEmpty
                    ? "{% elif %} is not inside an {% if %}; add an {% if %} before it or remove it"
                    : "{% elif %} cannot be used inside {% for %}; use {% else %} for an empty list, or put an {% if %} inside the loop"
            )
        }
        if block.inElse {
            throw error(
                first.line, first.column,
                "{% elif %} comes after the {% else %} on line \(block.elseLine); move it before the {% else %}")
        }
        let condition = try wholeExpression(tag, from: 1, what: "the condition")
        block.bodies.append(block.current)
        block.current = []
        block.conditions.append(condition)
        stack[stack.count - 1] = block
    }

    private mutating func addElse(_ tag: TemplateTag, _ first: TemplateToken) throws(TemplateError) {
        guard var block = stack.last else {
            throw error(
                first.line, first.column, "{% else %} is not inside an {% if %} or {% for %}; add the opening tag or remove it")
        }
        if block.inElse {
            throw error(
                first.line, first.column,
                "this {% \(block.tagName) %} already has an {% else %} on line \(block.elseLine); remove one of them")
        }
        try expectNothingAfter(tag, "else")
        block.bodies.append(block.current)
        block.current = []
        block.inElse = true
        block.elseLine = first.line
        stack[stack.count - 1] = block
    }

    private mutating func openFor(_ tag: TemplateTag, _ first: TemplateToken) throws(TemplateError) {
        guard stack.count < TemplateParser.maxNesting else { throw tooDeep(first) }
        var block = OpenBlock(kind: .loop, line: tag.line, column: tag.column)
        let usage = "write it as {% for item in list %}"
        guard tag.tokens.count > 1, case .name(let variable) = tag.tokens[1].kind,
            !TemplateExpressionParser.keywords.contains(variable)
        else {
            throw error(
                (tag.tokens.count > 1 ? tag.tokens[1] : first).line,
                (tag.tokens.count > 1 ? tag.tokens[1] : first).column,
                "a name for each item is missing after 'for'; \(usage)")
        }
        if variable == "loop" {
            throw error(
                tag.tokens[1].line, tag.tokens[1].column,
                "'loop' is kept for loop details such as loop.index; choose another name")
        }
        guard tag.tokens.count > 2, case .name("in") = tag.tokens[2].kind else {
            let at = tag.tokens.count > 2 ? tag.tokens[2] : nil
            throw error(at?.line ?? tag.endLine, at?.column ?? tag.endColumn, "'in' is missing after 'for \(variable)'; \(usage)")
        }
        block.variable = variable
        block.source = try wholeExpression(tag, from: 3, what: "the list")
        stack.append(block)
    }

    private mutating func addInclude(_ tag: TemplateTag, _ first: TemplateToken) throws(TemplateError) {
        guard tag.tokens.count > 1, case .text(let target) = tag.tokens[1].kind else {
            let at = tag.tokens.count > 1 ? tag.tokens[1] : nil
            throw error(
                at?.line ?? tag.endLine, at?.column ?? tag.endColumn,
                "the template to include is missing; write it in quotes, like {% include \"partials/top.html\" %}")
        }
        if tag.tokens.count > 2 {
            let extra = tag.tokens[2]
            throw error(extra.line, extra.column, "unexpected '\(extra.display)' after the template name; remove it")
        }
        includes.append((target, first.line, first.column))
        append(.include(target, line: tag.line, column: tag.column))
    }

    private mutating func closeBlock(_ tag: TemplateTag, _ first: TemplateToken) throws(TemplateError) {
        guard var block = stack.popLast() else {
            throw error(first.line, first.column, "{% end %} has no {% if %} or {% for %} to close; remove it")
        }
        try expectNothingAfter(tag, "end")
        if block.inElse {
            // `current` is the else part; bodies already holds every branch.
        } else {
            block.bodies.append(block.current)
            block.current = []
        }
        let node: TemplateNode
        switch block.kind {
        case .conditional:
            node = .conditional(TemplateConditional(conditions: block.conditions, bodies: block.bodies, otherwise: block.current))
        case .loop:
            node = .loop(
                TemplateLoop(
                    variable: block.variable, source: block.source, body: block.bodies.first ?? [],
                    empty: block.current, line: block.line, column: block.column))
        }
        append(node)
    }

    private func unknownTag(_ name: String, _ first: TemplateToken) throws(TemplateError) {
        var message = "unknown tag '\(name)'"
        if name.hasPrefix("end") {
            message += "; did you mean 'end'? Every block closes with {% end %}"
        } else if name == "elsif" || name == "elseif" || name == "else_if" {
            message += "; did you mean 'elif'?"
        } else if let guess = TemplateSuggestion.closest(to: name, among: TemplateParser.tagNames) {
            message += "; did you mean '\(guess)'?"
        } else {
            message += "; the tags are if, elif, else, for, include and end"
        }
        throw error(first.line, first.column, message)
    }

    private func expectNothingAfter(_ tag: TemplateTag, _ name: String) throws(TemplateError) {
        guard tag.tokens.count > 1 else { return }
        let extra = tag.tokens[1]
        throw error(extra.line, extra.column, "{% \(name) %} takes nothing after it; remove '\(extra.display)'")
    }

    private func tooDeep(_ token: TemplateToken) -> TemplateError {
        error(
            token.line, token.column,
            "blocks are nested more than \(TemplateParser.maxNesting) deep; close some with {% end %} or simplify the template")
    }
}
