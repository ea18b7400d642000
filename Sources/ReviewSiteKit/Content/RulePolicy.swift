import ReviewSiteAnonymisation
import ReviewSiteCore

/// site.yml `rules:`: a severity per rule id, `error`, `warning` or `off` (issue 12).
/// `off` removes the rule's findings; the others replace their severity. Applied to every
/// diagnostic of a run, and to the anonymisation findings as the rules report them, so a
/// built-site scan and a build's stop-on-error follow the same policy.
public enum RuleSetting: String, Sendable, Hashable, CaseIterable {
    case error, warning, off

    /// The severity a finding gets under this setting; nil when the rule is off.
    var severity: Severity? {
        switch self {
        case .off: nil
        case .error: .error
        case .warning: .warning
        }
    }
}

public struct RulePolicy: Sendable, Hashable {
    public var settings: [String: RuleSetting] = [:]

    public init(_ settings: [String: RuleSetting] = [:]) { self.settings = settings }

    public var isEmpty: Bool { settings.isEmpty }

    public func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !settings.isEmpty else { return diagnostics }
        return diagnostics.compactMap { d in
            guard let setting = settings[d.rule] else { return d }
            guard let severity = setting.severity else { return nil }
            var d = d
            d.severity = severity
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
            guard let severity = setting.severity else { return nil }
            var f = f
            f.severity = severity
            return f
        }
    }
}
