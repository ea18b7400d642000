/// A minimal JSON writer with stable key order, so reports are byte-identical run to run.
package indirect enum JSONValue {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONValue])
    /// Keys in the order given.
    case object([(String, JSONValue)])

    package func render(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .string(let s): return JSONValue.quote(s)
        case .int(let n): return String(n)
        case .bool(let b): return b ? "true" : "false"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + $0.render(indent: indent + 1) }.joined(separator: ",\n") + "\n\(close)]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n"
                + pairs.map { pad + JSONValue.quote($0.0) + ": " + $0.1.render(indent: indent + 1) }
                .joined(separator: ",\n") + "\n\(close)}"
        }
    }

    package static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // Control characters, and those that reorder or break lines in a terminal.
                if scalar.value < 0x20 || PrintSafe.needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// `--format json`: `{"version": 1, "diagnostics": [...], "summary": {...}}`.
package enum JSONReport {
    package static func render(_ diagnostics: [Diagnostic], files: Int) -> String {
        let items = diagnostics.map { d in
            JSONValue.object([
                ("file", .string(d.location.file)), ("line", .int(d.location.line)),
                ("column", .int(d.location.column)), ("severity", .string(d.severity.rawValue)),
                ("rule", .string(d.rule)), ("message", .string(d.message)),
            ])
        }
        let summary = JSONValue.object([
            ("files", .int(files)),
            ("errors", .int(diagnostics.count { $0.severity == .error })),
            ("warnings", .int(diagnostics.count { $0.severity == .warning })),
        ])
        return JSONValue.object([("version", .int(1)), ("diagnostics", .array(items)), ("summary", summary)]).render() + "\n"
    }
}
