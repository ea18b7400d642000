import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Reads typed values out of parsed YAML and records a diagnostic for every value of the
/// wrong shape. Shared by front matter and site.yml so both report problems the same way.
struct FieldReader {
    let file: String
    var diagnostics: [Diagnostic] = []
    /// Fields already reported (wrong type, bad date, or misspelt as an unknown field), so
    /// "missing field" does not pile a second, confusing finding on the same mistake.
    var reported: Set<String> = []

    init(file: String) { self.file = file }

    mutating func error(_ rule: RuleID, line: Int, column: Int, _ message: String) {
        diagnostics.append(Diagnostic(.error, rule, at: SourceLocation(file: file, line: line, column: column), message))
    }

    mutating func warning(_ rule: RuleID, line: Int, column: Int, _ message: String) {
        diagnostics.append(Diagnostic(.warning, rule, at: SourceLocation(file: file, line: line, column: column), message))
    }

    /// The entries of a mapping, with unknown keys reported (and a "did you mean").
    mutating func entries(of node: YAMLNode, known: [String], what: String) -> [String: YAMLEntry] {
        guard case .mapping(let list) = node.kind else {
            error(
                RuleID.fieldType, line: node.line, column: node.column,
                "\(what) must be a list of 'key: value' lines")
            return [:]
        }
        var out: [String: YAMLEntry] = [:]
        for entry in list {
            if known.contains(entry.key) {
                out[entry.key] = entry
            } else {
                if let near = Suggestion.closest(to: entry.key, in: known) { reported.insert(near) }
                error(
                    RuleID.unknownField, line: entry.keyLine, column: entry.keyColumn,
                    "unknown field '\(entry.key)' in \(what)\(Suggestion.hint(for: entry.key, in: known)); "
                        + "correct the spelling or remove it")
            }
        }
        return out
    }

    /// A single-line string. Empty values count as missing (nil, no diagnostic).
    mutating func string(_ entry: YAMLEntry) -> Located<String>? {
        let node = entry.value
        guard case .scalar(let text, let style) = node.kind else {
            reported.insert(entry.key)
            error(
                RuleID.fieldType, line: node.line, column: node.column,
                "'\(entry.key)' must be text, not a list; write it on one line after '\(entry.key):'")
            return nil
        }
        if style == .plain && (text.isEmpty || text == "~" || text == "null") { return nil }
        return Located(text, line: node.line, column: node.column + (style == .plain ? 0 : 1))
    }

    /// One of a fixed set of words (`status: published`).
    mutating func choice<T: RawRepresentable & CaseIterable>(_ entry: YAMLEntry, _ type: T.Type) -> T?
    where T.RawValue == String {
        guard let s = string(entry) else { return nil }
        if let v = T(rawValue: s.value) { return v }
        let options = T.allCases.map(\.rawValue)
        reported.insert(entry.key)
        error(
            RuleID.fieldType, line: s.line, column: s.column,
            "'\(entry.key)' is '\(s.value)'\(Suggestion.hint(for: s.value, in: options)); "
                + "use one of: \(options.joined(separator: ", "))")
        return nil
    }

    /// An ISO date that is a real calendar date.
    mutating func date(_ entry: YAMLEntry) -> Located<SiteDate>? {
        guard let s = string(entry) else { return nil }
        if let d = SiteDate(iso: s.value) { return Located(d, line: s.line, column: s.column) }
        let looksISO = s.value.utf8.count == 10 && s.value.split(separator: "-").count == 3
        reported.insert(entry.key)
        error(
            RuleID.invalidDate, line: s.line, column: s.column,
            looksISO
                ? "'\(entry.key)' is \(s.value), which is not a real date; check the day and month"
                : "'\(entry.key)' must be a date written as YYYY-MM-DD, for example 2020-05-15")
        return nil
    }

    mutating func int(_ entry: YAMLEntry, range: ClosedRange<Int>) -> Int? {
        guard let s = string(entry) else { return nil }
        if let n = Int(s.value), range.contains(n) { return n }
        reported.insert(entry.key)
        error(
            RuleID.fieldType, line: s.line, column: s.column,
            "'\(entry.key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        return nil
    }

    /// A block list (`[]` is an empty list). A lone scalar is reported, not guessed into a list.
    mutating func list(_ entry: YAMLEntry) -> [YAMLNode] {
        switch entry.value.kind {
        case .sequence(let items): return items
        case .mapping(let m) where m.isEmpty: return []
        case .scalar(let text, .plain) where text.isEmpty || text == "[]": return []
        default:
            reported.insert(entry.key)
            error(
                RuleID.fieldType, line: entry.value.line, column: entry.value.column,
                "'\(entry.key)' must be a list; put each item on its own line starting with '- '")
            return []
        }
    }

    /// A list of strings (topics, public_names).
    mutating func strings(_ entry: YAMLEntry) -> [Located<String>] {
        list(entry).compactMap { item in
            string(YAMLEntry(key: entry.key + " item", keyLine: item.line, keyColumn: item.column, value: item))
        }
    }
}
