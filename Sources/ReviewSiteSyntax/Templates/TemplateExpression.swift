import ReviewSiteCore

/// A parsed expression. `and`/`or` hold flat lists, so long chains stay shallow; brackets
/// and `not` are limited in depth by the parser, so evaluating never recurses deeply.
package indirect enum TemplateExpression: Sendable {
    case literal(TemplateValue)
    /// `page.title`: the names, the text as written, and where it starts.
    case path([String], text: String, line: Int, column: Int)
    case not(TemplateExpression)
    case and([TemplateExpression])
    case or([TemplateExpression])
    case equal(TemplateExpression, TemplateExpression, negated: Bool)

    /// The text as written, for messages, when the expression is a plain name.
    package var pathText: String? {
        if case .path(_, let text, _, _) = self { return text }
        return nil
    }
}

/// Recursive-descent parser over one tag's tokens: or < and < not < ==/!= < value.
package struct TemplateExpressionParser {
    /// Deeper nesting of brackets or `not` than this is refused, so hostile input cannot
    /// exhaust the stack while parsing, evaluating or freeing the tree.
    package static let maxDepth = 50

    private let tokens: [TemplateToken]
    private let file: String
    private let endLine: Int
    private let endColumn: Int
    package private(set) var index: Int
    private var depth = 0

    package init(tokens: [TemplateToken], from index: Int, file: String, endLine: Int, endColumn: Int) {
        self.tokens = tokens
        self.index = index
        self.file = file
        self.endLine = endLine
        self.endColumn = endColumn
    }

    package var atEnd: Bool { index >= tokens.count }
    package var current: TemplateToken? { index < tokens.count ? tokens[index] : nil }

    package func error(at token: TemplateToken?, _ message: String) -> TemplateError {
        TemplateError(file: file, line: token?.line ?? endLine, column: token?.column ?? endColumn, message: message)
    }

    private func isName(_ word: String) -> Bool {
        if case .name(word)? = current?.kind { return true }
        return false
    }

    private func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(symbol)? = current?.kind { return true }
        return false
    }

    package static let keywords: Set<String> = ["and", "or", "not", "true", "false", "in"]

    /// Parses one whole expression starting at the current token.
    package mutating func parse() throws(TemplateError) -> TemplateExpression {
        try parseOr()
    }

    private mutating func parseOr() throws(TemplateError) -> TemplateExpression {
        var terms = [try parseAnd()]
        while isName("or") {
            index += 1
            terms.append(try parseAnd())
        }
        return terms.count == 1 ? terms[0] : .or(terms)
    }

    private mutating func parseAnd() throws(TemplateError) -> TemplateExpression {
        var terms = [try parseNot()]
        while isName("and") {
            index += 1
            terms.append(try parseNot())
        }
        return terms.count == 1 ? terms[0] : .and(terms)
    }

    private mutating func parseNot() throws(TemplateError) -> TemplateExpression {
        guard isName("not") else { return try parseComparison() }
        let token = current
        index += 1
        try enter(token)
        defer { depth -= 1 }
        return .not(try parseNot())
    }

    private mutating func enter(_ token: TemplateToken?) throws(TemplateError) {
        depth += 1
        if depth > TemplateExpressionParser.maxDepth {
            throw error(at: token, "this expression is nested more than \(TemplateExpressionParser.maxDepth) deep; simplify it")
        }
    }

    private mutating func parseComparison() throws(TemplateError) -> TemplateExpression {
        let left = try parseValue()
        guard isSymbol("==") || isSymbol("!=") else { return left }
        let negated = isSymbol("!=")
        index += 1
        let right = try parseValue()
        if isSymbol("==") || isSymbol("!=") {
            throw error(at: current, "compare two values at a time; join comparisons with 'and' or 'or'")
        }
        return .equal(left, right, negated: negated)
    }

    private mutating func parseValue() throws(TemplateError) -> TemplateExpression {
        guard let token = current else {
            let after = index > 0 ? " after '\(tokens[index - 1].display)'" : ""
            throw error(at: nil, "a value is missing\(after); add a name, text in quotes or a number")
        }
        switch token.kind {
        case .text(let t):
            index += 1
            return .literal(.string(t))
        case .number(let n):
            index += 1
            return .literal(.int(n))
        case .symbol("("):
            index += 1
            try enter(token)
            defer { depth -= 1 }
            let inner = try parseOr()
            guard isSymbol(")") else {
                throw error(at: current, "the bracket opened at column \(token.column) is never closed; add ')'")
            }
            index += 1
            return inner
        case .name("true"):
            index += 1
            return .literal(.bool(true))
        case .name("false"):
            index += 1
            return .literal(.bool(false))
        case .name(let n) where TemplateExpressionParser.keywords.contains(n):
            throw error(at: token, "'\(n)' needs a value before it; add a name, text in quotes or a number")
        case .name(let first):
            index += 1
            var names = [first]
            while isSymbol(".") {
                let dot = current
                index += 1
                guard case .name(let field)? = current?.kind else {
                    throw error(at: current ?? dot, "a field name is missing after '.'; write it like page.title")
                }
                names.append(field)
                index += 1
            }
            return .path(names, text: names.joined(separator: "."), line: token.line, column: token.column)
        case .symbol(let s):
            throw error(at: token, "'\(s)' is not allowed here; a value was expected, such as page.title")
        }
    }
}
