import ReviewSiteAnonymisation
import ReviewSiteCore

/// site.yml `rules:`: a severity per rule id, `error`, `warning` or `off` (issue 12).
/// `off` removes the rule's findings; the others replace their severity. Applied to every
/// diagnostic of a run, and to the anonymisation findings as the rules report them, so a
/// built-site scan and a build's stop-on-error follow the same policy.
public enum RuleSetting: String, Sendable, Hashable, CaseIterable {
    case error, warning, off
}

public struct RulePolicy: Sendable, Hashable {
    public var settings: [String: RuleSetting] = [:]

    public init(_ settings: [String: RuleSetting] = [:]) { self.settings = settings }

    public var isEmpty: Bool { settings.isEmpty }

    public func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !settings.isEmpty else { return diagnostics }
        return diagnostics.compactMap { d in
            guard let setting = settings[d.rule] else { return d }
            var d = d
            switch setting {
            case .off: return nil
            case .error: d.severity = .error
            case .warning: d.severity = .warning
            }
            return d
        }
    }

    /// The rules with the policy applied to what they find.
    func wrap(_ rules: [any AnonymisationRule]) -> [any AnonymisationRule] {
        settings.isEmpty ? rules : rules.map { PolicyRule(inner: $0, settings: settings) }
    }

    /// Every rule id a site may set: the registry's.
    static var knownRuleIDs: [String] { RuleID.allCases.map(\.rawValue) }
}

/// An anonymisation rule whose findings follow the site's policy.
struct PolicyRule: AnonymisationRule {
    var inner: any AnonymisationRule
    var settings: [String: RuleSetting]
    var id: RuleID { inner.id }

    func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        inner.scan(text, context).compactMap { f in
            guard let setting = settings[f.rule.rawValue] else { return f }
            var f = f
            switch setting {
            case .off: return nil
            case .error: f.severity = .error
            case .warning: f.severity = .warning
            }
            return f
        }
    }
}
