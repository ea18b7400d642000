import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// "Last updated" and "Last reviewed" cannot come before first publication.
enum DateOrder: MetadataRule {
    static func check(_ meta: PageMeta, _ context: MetadataContext) -> [Diagnostic] {
        guard let published = meta.published else { return [] }
        var out: [Diagnostic] = []
        for (name, date) in [("updated", meta.updated), ("reviewed", meta.reviewed)] {
            guard let date, date.value < published.value else { continue }
            out.append(
                context.error(
                    RuleID.dateOrder, line: date.line, column: date.column,
                    "'\(name)' (\(date.value.govuk)) is before 'published' (\(published.value.govuk)); "
                        + "correct one of the dates"))
        }
        return out
    }
}
