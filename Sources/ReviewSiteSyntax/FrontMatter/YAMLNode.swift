import ReviewSiteCore

/// How a scalar was written. Callers need it because quoted text is never a number,
/// a date or `null`, whatever it looks like.
package enum ScalarStyle: Sendable, Equatable {
    case plain, singleQuoted, doubleQuoted
}

/// One value of the YAML subset used for front matter and site.yml. Scalars stay strings:
/// the callers decide what a value means, so no YAML typing guesses happen here.
package struct YAMLNode: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([YAMLEntry])
    }

    package var kind: Kind
    /// 1-based file line of the node's first character (for quoted scalars: the opening quote).
    package var line: Int
    /// 1-based column, counted in Unicode scalars.
    package var column: Int
}

/// One `key: value` pair, in file order. The key's position is kept for diagnostics
/// such as "unknown field".
package struct YAMLEntry: Sendable, Equatable {
    package var key: String
    package var keyLine: Int
    package var keyColumn: Int
    package var value: YAMLNode

    package init(key: String, keyLine: Int, keyColumn: Int, value: YAMLNode) {
        self.key = key
        self.keyLine = keyLine
        self.keyColumn = keyColumn
        self.value = value
    }
}
