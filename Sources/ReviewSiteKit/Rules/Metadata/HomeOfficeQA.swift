import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// No DHR is published until the Home Office quality-assurance panel has cleared it.
enum HomeOfficeQA: MetadataRule {
    static func check(_ meta: PageMeta, _ context: MetadataContext) -> [Diagnostic] {
        guard meta.kind?.needsHomeOfficeQA == true, meta.status == .published else { return [] }
        guard let qa = meta.homeOfficeQA else {
            if meta.fieldLines["home_office_qa"] != nil { return [] }  // reported as a bad date already
            return [
                context.error(
                    RuleID.homeOfficeQA, line: meta.fieldLines["status"] ?? 1,
                    "this review is marked published but has no 'home_office_qa' date; a DHR may only be "
                        + "published after the Home Office panel has cleared it: add 'home_office_qa: YYYY-MM-DD' "
                        + "or set 'status: draft'")
            ]
        }
        if let published = meta.published, published.value < qa.value {
            return [
                context.error(
                    RuleID.homeOfficeQA, line: qa.line, column: qa.column,
                    "'home_office_qa' (\(qa.value.govuk)) is after 'published' (\(published.value.govuk)); "
                        + "a review cannot be published before the Home Office clears it: correct the dates")
            ]
        }
        return []
    }
}
