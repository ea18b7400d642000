import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// The accessibility statement the Public Sector Bodies Accessibility Regulations 2018
/// require, generated from site.yml's `accessibility` facts so it is never forgotten.
struct AccessibilityStatement {
    let model: SiteModel

    func render(_ templates: TemplateSet) throws(TemplateError) -> String {
        let path = SitePath("accessibility")
        let ctx = PageContext(model: model, here: path)
        let facts = model.config.accessibility
        let prepared = facts["prepared"]?.date
        let reviewed = facts["last_reviewed"]?.date ?? prepared
        var values = ctx.base(
            title: "Accessibility statement",
            description: "How accessible the \(model.config.title) website is and how to report a problem.",
            updated: reviewed, reviewed: reviewed, crumbs: [("Home", SitePath(""))], kind: "accessibility")
        var a: [String: TemplateValue] = [:]
        for (key, fact) in facts {
            switch fact {
            case .text(let s): a[key] = .string(s)
            case .date(let d): a[key] = PageContext.date(d)
            case .list(let items): a[key] = .list(items.map(TemplateValue.string))
            case .issues(let issues):
                a[key] = .list(issues.map { .object(["issue": .string($0.issue), "criterion": .string($0.criterion)]) })
            }
        }
        for key in SiteConfigDecoder.accessibilityKeys where a[key] == nil { a[key] = .null }
        // The wording follows from the known issues (site.yml's old 'compliance' is not read):
        // none listed is "fully compliant", any listed is "partially compliant".
        let issues: [KnownIssue] = if case .issues(let list)? = facts["known_issues"] { list } else { [] }
        let compliance = issues.isEmpty ? "full" : "partial"
        a["compliance"] = .string(compliance)
        a["is_full"] = .bool(compliance == "full")
        a["is_partial"] = .bool(compliance == "partial")
        a["contact_email"] =
            a["contact_email"].flatMap { $0 == .null ? nil : $0 }
            ?? model.config.contactEmail.map(TemplateValue.string) ?? .null
        values["statement"] = .object(a)
        return try templates.render("accessibility.html", values)
    }
}
