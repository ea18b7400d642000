import ReviewSiteCore

/// Renders a parsed template into one String. It walks the node tree with an explicit
/// stack of frames (no recursion), so block nesting and includes cannot overflow the
/// thread's stack; includes are limited to `maxIncludeDepth`.
package struct TemplateRenderer {
    package static let maxIncludeDepth = 32

    private enum FrameKind {
        case block
        case include
        /// A loop over `items`; its binding is at `scope.bindings[binding]`.
        case loop(items: [TemplateValue], binding: Int)
    }

    private struct Frame {
        package var nodes: [TemplateNode]
        package var index: Int
        package var file: String
        package var kind: FrameKind
    }

    package let templates: [String: ParsedTemplate]

    package func render(_ template: ParsedTemplate, _ context: [String: TemplateValue]) throws(TemplateError) -> String {
        var out = ""
        out.reserveCapacity(16_384)
        var scope = TemplateScope(context: context)
        var stack = [Frame(nodes: template.nodes, index: 0, file: template.displayName, kind: .block)]
        var includeChain = [template.name]

        while !stack.isEmpty {
            let top = stack.count - 1
            guard stack[top].index < stack[top].nodes.count else {
                finishFrame(&stack, &scope, &includeChain)
                continue
            }
            let node = stack[top].nodes[stack[top].index]
            stack[top].index += 1
            let file = stack[top].file
            switch node {
            case .text(let text):
                out += text
            case .output(let expression, let line, let column):
                let value = try expression.evaluate(scope, strict: true, file: file)
                try TemplateRenderer.write(
                    value, of: expression, to: &out, at: TemplateError(file: file, line: line, column: column, message: ""))
            case .conditional(let c):
                var chosen = c.otherwise
                for (k, condition) in c.conditions.enumerated()
                where try condition.evaluate(scope, strict: false, file: file).isTruthy {
                    chosen = k < c.bodies.count ? c.bodies[k] : []
                    break
                }
                if !chosen.isEmpty { stack.append(Frame(nodes: chosen, index: 0, file: file, kind: .block)) }
            case .loop(let loop):
                let items = try TemplateRenderer.items(of: loop, scope, file: file)
                if items.isEmpty {
                    if !loop.empty.isEmpty { stack.append(Frame(nodes: loop.empty, index: 0, file: file, kind: .block)) }
                } else if !loop.body.isEmpty {
                    scope.bindings.append(.init(name: loop.variable, value: items[0], index: 0, length: items.count))
                    stack.append(
                        Frame(
                            nodes: loop.body, index: 0, file: file,
                            kind: .loop(items: items, binding: scope.bindings.count - 1)))
                }
            case .include(let name, let line, let column):
                guard let target = templates[name] else {
                    throw TemplateError(
                        file: file, line: line, column: column,
                        message: "the template '\(name)' is not in the theme; check the name")
                }
                if includeChain.count > TemplateRenderer.maxIncludeDepth {
                    var message = "templates include each other more than \(TemplateRenderer.maxIncludeDepth) deep"
                    if let start = includeChain.lastIndex(of: name) {
                        let cycle = (includeChain[start...] + [name]).joined(separator: " → ")
                        message += " (\(cycle)); remove the include that leads back to '\(name)'"
                    } else {
                        message += "; include fewer templates inside each other"
                    }
                    throw TemplateError(file: file, line: line, column: column, message: message)
                }
                includeChain.append(name)
                stack.append(Frame(nodes: target.nodes, index: 0, file: target.displayName, kind: .include))
            }
        }
        return out
    }

    /// A frame ran out of nodes: start the loop's next pass, or leave the frame.
    private func finishFrame(_ stack: inout [Frame], _ scope: inout TemplateScope, _ includeChain: inout [String]) {
        let top = stack.count - 1
        switch stack[top].kind {
        case .block:
            stack.removeLast()
        case .include:
            includeChain.removeLast()
            stack.removeLast()
        case .loop(let items, let binding):
            let next = scope.bindings[binding].index + 1
            if next < items.count {
                scope.bindings[binding].index = next
                scope.bindings[binding].value = items[next]
                stack[top].index = 0
            } else {
                scope.bindings.removeLast()
                stack.removeLast()
            }
        }
    }

    private static func items(of loop: TemplateLoop, _ scope: TemplateScope, file: String) throws(TemplateError)
        -> [TemplateValue]
    {
        let value = try loop.source.evaluate(scope, strict: true, file: file)
        switch value {
        case .list(let items): return items
        case .null: return []
        default:
            let name = loop.source.pathText ?? "this value"
            var line = loop.line, column = loop.column
            if case .path(_, _, let l, let c) = loop.source { line = l; column = c }
            throw TemplateError(
                file: file, line: line, column: column,
                message: "'\(name)' is \(value.kindDescription), not a list; {% for %} can only loop over a list")
        }
    }

    private static func write(
        _ value: TemplateValue, of expression: TemplateExpression, to out: inout String,
        at location: TemplateError
    ) throws(TemplateError) {
        switch value {
        case .string(let s): escape(s, into: &out)
        case .html(let s): out += s
        case .int(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null, .list, .object:
            var e = location
            let name = expression.pathText ?? "this value"
            switch value {
            case .list:
                e.message = "'\(name)' is a list; loop over it with {% for item in \(name) %}"
            case .object(let fields):
                let example = fields.keys.sorted().first.map { " such as {{ \(name).\($0) }}" } ?? ""
                e.message = "'\(name)' is a group of values, not text; show one of its fields\(example)"
            default:
                e.message = "'\(name)' has no value here; wrap it in {% if \(name) %}…{% end %}"
            }
            throw e
        }
    }

    /// HTML-escapes text, appending it unchanged (one copy) when nothing needs escaping.
    package static func escape(_ s: String, into out: inout String) {
        Escape.html(s, apostrophe: .numeric, into: &out)
    }
}
