/// `--format sarif`: SARIF 2.1.0 with one run, so code-scanning tools can show findings.
package enum SARIFReport {
    package static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    package static func render(_ diagnostics: [Diagnostic], toolVersion: String) -> String {
        let rules = Array(Set(diagnostics.map(\.rule))).sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, $0) })
        let results = diagnostics.map { d in
            JSONValue.object([
                ("ruleId", .string(d.rule)),
                ("ruleIndex", .int(ruleIndex[d.rule] ?? 0)),
                ("level", .string(d.severity == .error ? "error" : "warning")),
                ("message", .object([("text", .string(d.message))])),
                ("locations", .array([.object([("physicalLocation", .object([
                    // Paths are relative to the repository root (%SRCROOT%, as code scanning expects).
                    ("artifactLocation", .object([("uri", .string(d.location.file)), ("uriBaseId", .string("%SRCROOT%"))])),
                    ("region", .object([("startLine", .int(d.location.line)), ("startColumn", .int(d.location.column))])),
                ]))])])),
            ])
        }
        let driver = JSONValue.object([
            ("name", .string("reviewsite")),
            ("version", .string(toolVersion)),
            // Each rule is documented in the README under its id.
            ("rules", .array(rules.map { .object([("id", .string($0))]) })),
        ])
        let run = JSONValue.object([("tool", .object([("driver", driver)])), ("columnKind", .string("unicodeCodePoints")),
                                    ("results", .array(results))])
        return JSONValue.object([("$schema", .string(schema)), ("version", .string("2.1.0")),
                                 ("runs", .array([run]))]).render() + "\n"
    }
}
