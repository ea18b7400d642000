import ReviewSiteCore

/// `reviewsite rules`: every rule from the registry, so a user can look up an id seen in a
/// message, and a CI system can read them as JSON.
enum RulesCommand {
    enum Format: String, CaseIterable { case text, json }

    static func render(_ format: Format) -> String {
        switch format {
        case .text: return text()
        case .json: return json()
        }
    }

    private static func text() -> String {
        let width = RuleID.allCases.map(\.rawValue.count).max() ?? 0
        var out = ""
        for category in RuleDescription.Category.allCases {
            let rules = RuleID.allCases.filter { $0.details.category == category }
            guard !rules.isEmpty else { continue }
            out += "\(heading(category)):\n"
            for rule in rules {
                let d = rule.details
                let pad = String(repeating: " ", count: width - rule.rawValue.count)
                out +=
                    "  \(rule.rawValue)\(pad)  \(d.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(d.summary)\n"
                out += "  \(String(repeating: " ", count: width))           fix: \(d.fix)\n"
            }
            out += "\n"
        }
        out += "Waive an anonymisation finding (except names-register) with an allow entry in the file's front matter;\n"
        out += "change a rule's severity for the whole site with 'rules:' in site.yml.\n"
        return out
    }

    private static func json() -> String {
        let rules = RuleID.allCases.map { rule -> JSONValue in
            let d = rule.details
            return .object([
                ("id", .string(rule.rawValue)), ("category", .string(d.category.rawValue)),
                ("severity", .string(d.defaultSeverity.rawValue)), ("waivable", .bool(rule.isWaivable)),
                ("summary", .string(d.summary)), ("example", .string(d.example)), ("fix", .string(d.fix)),
            ])
        }
        return JSONValue.object([("version", .int(1)), ("rules", .array(rules))]).render() + "\n"
    }

    private static func heading(_ category: RuleDescription.Category) -> String {
        switch category {
        case .structure: return "Files and front matter"
        case .metadata: return "Dates and review status"
        case .links: return "Markdown and links"
        case .files: return "Page files, attachments and topics"
        case .accessibility: return "Accessibility of content"
        case .anonymisation: return "Anonymisation"
        case .waivers: return "Waivers and rule settings"
        }
    }
}
