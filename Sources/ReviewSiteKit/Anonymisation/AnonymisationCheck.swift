import Foundation

/// Runs every anonymisation rule over everything of one page that reaches the output: the
/// body as written and each front matter string shown on the page. Applies the page's
/// waivers (`allow`), reports waivers without a reason and waivers that match nothing.
struct AnonymisationCheck: Sendable {
    static let waiverReason = "waiver-reason"
    static let staleWaiver = "stale-waiver"

    var rules: [any AnonymisationRule] = AnonymisationRules.all
    /// Site-wide knowledge (public names, helplines, the register); pseudonyms and kind are
    /// filled in per page.
    var site: AnonymisationContext

    func check(_ meta: PageMeta, body: String, bodyFirstLine: Int, file: String) -> [Diagnostic] {
        var context = site
        context.pseudonyms = meta.pseudonyms.map(\.name.value)
        context.kind = meta.kind
        var texts = [ScanText(body, line: bodyFirstLine, column: 1)]
        func add(_ value: Located<String>?, _ field: String) {
            if let value { texts.append(ScanText(value.value, line: value.line, column: value.column, field: field)) }
        }
        add(meta.title, "title")
        add(meta.summary, "summary")
        for topic in meta.topics { add(topic, "topics") }
        for p in meta.pseudonyms { add(p.role, "pseudonyms") }

        var diagnostics: [Diagnostic] = []
        var used = Set<Int>()
        for text in texts {
            for rule in rules {
                for finding in rule.scan(text, context) {
                    if let w = meta.allow.firstIndex(where: { $0.rule == finding.rule && $0.text == finding.matched }) {
                        used.insert(w)
                        continue
                    }
                    let at = text.location(finding.range.lowerBound)
                    diagnostics.append(Diagnostic(finding.severity, finding.rule,
                        at: SourceLocation(file: file, line: at.line, column: at.column), finding.message))
                }
            }
        }
        for (i, waiver) in meta.allow.enumerated() {
            let at = SourceLocation(file: file, line: waiver.line, column: waiver.column)
            if waiver.reason.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.append(Diagnostic(.error, Self.waiverReason, at: at,
                    "this allow entry has no reason; add 'reason: …' saying why the text is safe to publish"))
            }
            if !used.contains(i) {
                diagnostics.append(Diagnostic(.warning, Self.staleWaiver, at: at,
                    "this allow entry for '\(waiver.rule)' matches nothing in the file; remove it"))
            }
        }
        return diagnostics
    }
}

/// Every anonymisation rule, in the order they report.
enum AnonymisationRules {
    static var all: [any AnonymisationRule] { NameRules.all + StructuredRules.all }
}
