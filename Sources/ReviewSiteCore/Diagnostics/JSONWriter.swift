/// A minimal JSON writer with stable key order, so reports are byte-identical run to run.
package indirect enum JSONValue {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONValue])
    /// Keys in the order given.
    case object([(String, JSONValue)])

    /// Written into one byte buffer: the nested string concatenation copied each byte once
    /// per level and the quoting appended scalar by scalar, 5% of a build of corpus C (the
    /// search index, `reviews.json` and every review's JSON-LD). The same text as before.
    package func render(indent: Int = 0) -> String {
        var out: [UInt8] = []
        write(into: &out, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .string(let s): JSONValue.quote(s, into: &out)
        case .int(let n): out += String(n).utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .array(let items):
            JSONValue.container("[", "]", count: items.count, indent: indent, into: &out) { i, out in
                items[i].write(into: &out, indent: indent + 1)
            }
        case .object(let pairs):
            JSONValue.container("{", "}", count: pairs.count, indent: indent, into: &out) { i, out in
                JSONValue.quote(pairs[i].0, into: &out)
                out += ": ".utf8
                pairs[i].1.write(into: &out, indent: indent + 1)
            }
        }
    }

    /// An array's or an object's brackets around its `count` elements, one a line, indented
    /// (`[]` or `{}` when empty).
    private static func container(
        _ open: Unicode.Scalar, _ close: Unicode.Scalar, count: Int, indent: Int, into out: inout [UInt8],
        _ element: (Int, inout [UInt8]) -> Void
    ) {
        func pad(_ level: Int) { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level)) }
        out.append(UInt8(ascii: open))
        guard count > 0 else {
            out.append(UInt8(ascii: close))
            return
        }
        out.append(UInt8(ascii: "\n"))
        for i in 0..<count {
            if i > 0 { out += ",\n".utf8 }
            pad(indent + 1)
            element(i, &out)
        }
        out.append(UInt8(ascii: "\n"))
        pad(indent)
        out.append(UInt8(ascii: close))
    }

    /// An object whose last value is a long array, each element made, written and let go one at
    /// a time: `reviews.json` and the search index of 10,000 reviews, built whole as values, were
    /// the most a build held at once (issue 16). The same text as
    /// `.object(pairs + [(key, .array(elements))]).render()`.
    package static func renderObject(
        _ pairs: [(String, JSONValue)], then key: String, count: Int, element: (Int) -> JSONValue
    ) -> [UInt8] {
        var all: [UInt8] = []
        renderObject(pairs, then: key, count: count, element: element) { all += $0 }
        return all
    }

    /// The same text handed to `piece` in pieces (up to and including each element, then the
    /// rest), so a caller can put each where it goes without holding the whole text twice
    /// (`reviews.json` of 10,000 reviews is 129 MB).
    package static func renderObject(
        _ pairs: [(String, JSONValue)], then key: String, count: Int, element: (Int) -> JSONValue,
        piece: ([UInt8]) -> Void
    ) {
        var out: [UInt8] = []
        container("{", "}", count: pairs.count + 1, indent: 0, into: &out) { i, out in
            quote(i < pairs.count ? pairs[i].0 : key, into: &out)
            out += ": ".utf8
            guard i == pairs.count else { return pairs[i].1.write(into: &out, indent: 1) }
            container("[", "]", count: count, indent: 1, into: &out) { j, out in
                element(j).write(into: &out, indent: 2)
                piece(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        piece(out)
    }

    package static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        quote(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in s.unicodeScalars {
            let v = scalar.value
            // Printable ASCII other than the quote and backslash goes in as it is.
            if v >= 0x20, v < 0x7F, v != 0x22, v != 0x5C {
                out.append(UInt8(v))
                continue
            }
            switch scalar {
            case "\"": out += "\\\"".utf8
            case "\\": out += "\\\\".utf8
            case "\n": out += "\\n".utf8
            case "\r": out += "\\r".utf8
            case "\t": out += "\\t".utf8
            default:
                // Control characters, and those that reorder or break lines in a terminal.
                if v < 0x20 || PrintSafe.needsEscape(scalar) {
                    let hex = String(v, radix: 16)
                    out += "\\u".utf8
                    out += String(repeating: "0", count: 4 - hex.count).utf8
                    out += hex.utf8
                } else {
                    UTF8.encode(scalar) { out.append($0) }
                }
            }
        }
        out.append(UInt8(ascii: "\""))
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
