import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Published content is checked again every `review_interval_months` (site.yml), so
/// "Last reviewed" stays honest.
enum ReviewDue: MetadataRule {
    static func check(_ meta: PageMeta, _ context: MetadataContext) -> [Diagnostic] {
        guard meta.status == .published, let reviewed = meta.reviewed else { return [] }
        let due = reviewed.value.adding(months: context.reviewIntervalMonths)
        guard due < context.buildDate else { return [] }
        return [
            context.warning(
                RuleID.reviewDue, line: reviewed.line, column: reviewed.column,
                "last reviewed on \(reviewed.value.govuk), so a review was due by \(due.govuk); check the "
                    + "page is still accurate and set 'reviewed' to the date you did")
        ]
    }
}
