/// `--format sarif`: SARIF 2.1.0 with one run, so code-scanning tools can show findings.
package enum SARIFReport {
    package static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    package static func render(_ diagnostics: [Diagnostic], toolVersion: String) -> String {
        // Every registered rule is described, so code scanning can show help for any finding.
        let rules = RuleID.allCases
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.rawValue, $0) })
        let results = diagnostics.map { d in
            JSONValue.object([
                ("ruleId", .string(d.rule)),
                ("ruleIndex", .int(ruleIndex[d.rule] ?? -1)),
                ("level", .string(d.severity == .error ? "error" : "warning")),
                ("message", .object([("text", .string(d.message))])),
                (
                    "locations",
                    .array([
                        .object([
                            (
                                "physicalLocation",
                                .object([
                                    // Paths are relative to the repository root (%SRCROOT%, as code scanning expects).
                                    (
                                        "artifactLocation",
                                        .object([("uri", .string(d.location.file)), ("uriBaseId", .string("%SRCROOT%"))])
                                    ),
                                    (
                                        "region",
                                        .object([("startLine", .int(d.location.line)), ("startColumn", .int(d.location.column))])
                                    ),
                                ])
                            )
                        ])
                    ])
                ),
            ])
        }
        let driver = JSONValue.object([
            ("name", .string("reviewsite")),
            ("version", .string(toolVersion)),
            ("rules", .array(rules.map(reportingDescriptor))),
        ])
        let run = JSONValue.object([
            ("tool", .object([("driver", driver)])), ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ])
        return JSONValue.object([
            ("$schema", .string(schema)), ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).render() + "\n"
    }

    /// SARIF's `reportingDescriptor` for one rule, from the rule registry.
    private static func reportingDescriptor(_ rule: RuleID) -> JSONValue {
        let d = rule.details
        return .object([
            ("id", .string(rule.rawValue)),
            ("name", .string(rule.rawValue)),
            ("shortDescription", .object([("text", .string(d.summary + "."))])),
            ("fullDescription", .object([("text", .string(d.help))])),
            ("help", .object([("text", .string(d.help))])),
            ("defaultConfiguration", .object([("level", .string(d.defaultSeverity.rawValue))])),
            ("properties", .object([("category", .string(d.category.rawValue))])),
        ])
    }
}
