import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// `type`, `title` and `status` always; `summary` and `pseudonyms` for reviews and briefings;
/// `published` and `reviewed` once a page is published (docs/content-format.md).
enum RequiredFields: MetadataRule {
    static func check(_ meta: PageMeta, _ context: MetadataContext) -> [Diagnostic] {
        var missing: [(String, String)] = []
        if meta.fieldLines["type"] == nil { missing.append(("type", "dhr, briefing or page")) }
        if meta.title == nil { missing.append(("title", "the page title")) }
        if meta.fieldLines["status"] == nil { missing.append(("status", "draft, published or withdrawn")) }
        if meta.kind?.isAboutPeople == true {
            if meta.summary == nil { missing.append(("summary", "one or two sentences for listings")) }
            if meta.fieldLines["pseudonyms"] == nil {
                missing.append(("pseudonyms", "the names used instead of real ones, each with name and role"))
            }
        }
        if meta.status == .published {
            if meta.published == nil && meta.fieldLines["published"] == nil {
                missing.append(("published", "the first publication date, YYYY-MM-DD"))
            }
            if meta.reviewed == nil && meta.fieldLines["reviewed"] == nil {
                missing.append(("reviewed", "the date the content was last checked, YYYY-MM-DD"))
            }
        }
        return missing.filter { !meta.reportedFields.contains($0.0) }.map { field, what in
            context.error(
                RuleID.missingField, line: 1,
                "front matter has no '\(field)'; add '\(field): …' (\(what))")
        }
    }
}
