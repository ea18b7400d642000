import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// What the metadata rules need to know beyond the page itself.
struct MetadataContext: Sendable {
    var file: String
    var buildDate: SiteDate
    var reviewIntervalMonths: Int

    func error(_ rule: RuleID, line: Int, column: Int = 1, _ message: String) -> Diagnostic {
        Diagnostic(.error, rule, at: SourceLocation(file: file, line: line, column: column), message)
    }

    func warning(_ rule: RuleID, line: Int, column: Int = 1, _ message: String) -> Diagnostic {
        Diagnostic(.warning, rule, at: SourceLocation(file: file, line: line, column: column), message)
    }
}

/// A check on one file's front matter. Each rule lives in its own file.
protocol MetadataRule: Sendable {
    static func check(_ meta: PageMeta, _ context: MetadataContext) -> [Diagnostic]
}

enum MetadataRules {
    static let all: [any MetadataRule.Type] = [RequiredFields.self, DateOrder.self, HomeOfficeQA.self, ReviewDue.self]

    static func check(_ meta: PageMeta, _ context: MetadataContext) -> [Diagnostic] {
        all.flatMap { $0.check(meta, context) }
    }
}
