import ReviewSiteCore

/// A value a template can show or test. The program builds these; templates only read them.
/// `.string` is escaped on output, `.html` is trusted markup the program produced.
package enum TemplateValue: Sendable, Equatable {
    case string(String)
    case html(String)
    case bool(Bool)
    case int(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])
    case null

    /// Whether `{% if %}` takes this value as true: nothing, false, "", 0 and empty
    /// lists or objects are false; everything else is true.
    package var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .string(let s), .html(let s): return !s.isEmpty
        case .int(let i): return i != 0
        case .list(let l): return !l.isEmpty
        case .object(let o): return !o.isEmpty
        }
    }

    /// Equality as `==` in a template sees it: text compares by its characters whether or
    /// not it is trusted HTML; everything else must be the same kind and value.
    package func templateEquals(_ other: TemplateValue) -> Bool {
        switch (self, other) {
        case (.string(let a), .string(let b)), (.string(let a), .html(let b)),
            (.html(let a), .string(let b)), (.html(let a), .html(let b)):
            return a == b
        default:
            return self == other
        }
    }

    /// How a message names this kind of value ("'nav' is a list").
    package var kindDescription: String {
        switch self {
        case .string, .html: return "text"
        case .bool: return "true/false"
        case .int: return "a number"
        case .list: return "a list"
        case .object: return "a group of values"
        case .null: return "empty"
        }
    }
}
