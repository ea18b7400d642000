import ReviewSiteCore

/// Evaluating expressions. In `{{ }}` and `for` sources (strict) an unknown name is an
/// error; in `if`/`elif` conditions (lenient) it is simply empty, so optional values work.
package extension TemplateExpression {
    func evaluate(_ scope: TemplateScope, strict: Bool, file: String) throws(TemplateError) -> TemplateValue {
        switch self {
        case .literal(let value):
            return value
        case .path(let names, let text, let line, let column):
            return try TemplateExpression.resolve(
                names, text: text, scope: scope, strict: strict,
                at: TemplateError(file: file, line: line, column: column, message: ""))
        case .not(let inner):
            return .bool(!(try inner.evaluate(scope, strict: strict, file: file).isTruthy))
        case .and(let terms):
            for term in terms where !(try term.evaluate(scope, strict: strict, file: file).isTruthy) { return .bool(false) }
            return .bool(true)
        case .or(let terms):
            for term in terms where try term.evaluate(scope, strict: strict, file: file).isTruthy { return .bool(true) }
            return .bool(false)
        case .equal(let left, let right, let negated):
            let a = try left.evaluate(scope, strict: strict, file: file)
            let b = try right.evaluate(scope, strict: strict, file: file)
            return .bool(a.templateEquals(b) != negated)
        }
    }

    private static func resolve(
        _ names: [String], text: String, scope: TemplateScope, strict: Bool,
        at location: TemplateError
    ) throws(TemplateError) -> TemplateValue {
        func fail(_ message: String) -> TemplateError {
            var e = location
            e.message = message
            return e
        }
        guard let first = names.first else { return .null }
        guard var value = scope.lookup(first) else {
            guard strict else { return .null }
            var message = "unknown variable '\(text)'"
            if let guess = TemplateSuggestion.closest(to: first, among: scope.names) {
                message += "; did you mean '\(([guess] + names.dropFirst()).joined(separator: "."))'?"
            } else {
                message += "; " + available("the names available here are", scope.names)
            }
            throw fail(message)
        }
        for k in names.indices.dropFirst() {
            let prefix = names[..<k].joined(separator: ".")
            switch value {
            case .object(let fields):
                guard let next = fields[names[k]] else {
                    guard strict else { return .null }
                    let keys = fields.keys.sorted()
                    var message = "unknown variable '\(text)'"
                    if let guess = TemplateSuggestion.closest(to: names[k], among: keys) {
                        message += "; did you mean '\((names[..<k] + [guess] + names[(k + 1)...]).joined(separator: "."))'?"
                    } else {
                        message += "; " + available("'\(prefix)' has", keys)
                    }
                    throw fail(message)
                }
                value = next
            case .null:
                guard strict else { return .null }
                throw fail("'\(prefix)' has no value here; wrap it in {% if \(prefix) %}…{% end %}")
            default:
                guard strict else { return .null }
                throw fail(
                    "'\(prefix)' is \(value.kindDescription), so it has no field '\(names[k])'; use {{ \(prefix) }} instead")
            }
        }
        return value
    }

    private static func available(_ intro: String, _ names: [String]) -> String {
        if names.isEmpty { return "nothing is available here; check the spelling" }
        let shown = names.prefix(20).joined(separator: ", ")
        return "\(intro) \(shown)\(names.count > 20 ? ", …" : "")"
    }
}
