/// How serious a finding is. Errors stop `build` and make `lint` exit 1.
public enum Severity: String, Sendable, Hashable, Comparable, Codable {
    case error
    case warning

    public static func < (a: Severity, b: Severity) -> Bool {
        a == .error && b == .warning
    }
}

/// One finding: a rule broken at a place, with a message that says how to fix it.
/// The message never contains a register name or a full identifier (issue 4).
public struct Diagnostic: Sendable, Hashable, Comparable, Codable {
    public var location: SourceLocation
    public var severity: Severity
    /// Stable, lower-case, hyphenated rule id, e.g. `nhs-number`.
    public var rule: String
    /// What is wrong and how to fix it, e.g. "NHS number; replace it or remove it".
    public var message: String

    public init(_ severity: Severity, _ rule: String, at location: SourceLocation, _ message: String) {
        self.location = location
        self.severity = severity
        self.rule = rule
        self.message = message
    }

    package init(_ severity: Severity, _ rule: RuleID, at location: SourceLocation, _ message: String) {
        self.init(severity, rule.rawValue, at: location, message)
    }

    /// Sorted by place, then rule, so every output format lists findings in one stable order.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.rule, a.message) < (b.location, b.rule, b.message)
    }
}
