import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Reads `content/site.yml` into `SiteConfig`, with the same strictness as front matter.
enum SiteConfigDecoder {
    static let keys = [
        "title", "base_url", "language", "organisation", "contact_email", "exit_url",
        "review_interval_months", "public_names", "helplines", "accessibility", "topics", "review_label", "rules",
        "require_names", "listing_page_size",
    ]

    /// `buildDate` (the `--date`) is used to warn about statement dates in the future.
    static func decode(_ root: YAMLNode, file: String, buildDate: SiteDate? = nil) -> (SiteConfig?, [Diagnostic]) {
        var reader = FieldReader(file: file)
        let e = reader.entries(of: root, known: keys, what: "site.yml")
        let title = e["title"].flatMap { reader.string($0) }
        let base = e["base_url"].flatMap { reader.string($0) }
        for (key, value) in [("title", title), ("base_url", base)] where value == nil {
            reader.error(
                RuleID.missingField, line: e[key]?.keyLine ?? 1, column: 1,
                "site.yml has no '\(key)'; add '\(key): …'")
        }
        if let base, !WebAddress.isWeb(base.value) {
            reader.error(
                RuleID.siteConfig, line: base.line, column: base.column,
                "'base_url' must be a full web address starting with https://")
        }
        guard let title, let base else { return (nil, reader.diagnostics) }
        var config = SiteConfig(title: title.value, baseURL: base.value.hasSuffix("/") ? base.value : base.value + "/")
        if let v = e["language"].flatMap({ reader.string($0) }) { config.language = v.value }
        if let v = e["organisation"].flatMap({ reader.string($0) }) { config.organisation = v.value }
        if let v = e["contact_email"].flatMap({ reader.string($0) }) { config.contactEmail = v.value }
        if let v = e["exit_url"].flatMap({ reader.string($0) }) {
            if WebAddress.isWeb(v.value) {
                config.exitURL = v.value
            } else {
                reader.error(
                    RuleID.siteConfig, line: v.line, column: v.column,
                    "'exit_url' must be a full web address starting with https://, such as https://www.bbc.co.uk/weather")
            }
        }
        if let v = e["review_interval_months"].flatMap({ reader.int($0, range: 1...120) }) {
            config.reviewIntervalMonths = v
        }
        if let v = e["listing_page_size"].flatMap({ reader.int($0, range: 1...500) }) {
            config.listingPageSize = v
        }
        if let v = e["topics"] { config.topics = reader.strings(v).map(\.value) }
        if let v = e["review_label"].flatMap({ reader.string($0) }) { config.reviewLabel = v.value }
        if let v = e["public_names"] { config.publicNames = reader.strings(v).map(\.value) }
        if let v = e["helplines"] { config.helplines = reader.list(v).compactMap { helpline($0, &reader) } }
        if let v = e["accessibility"] {
            config.accessibility = accessibility(v, contactEmail: config.contactEmail, buildDate: buildDate, &reader)
        } else if !reader.reported.contains("accessibility") {
            reader.error(
                RuleID.missingField, line: lastLine(root) + 1, column: 1,
                "site.yml has no 'accessibility' block, which the accessibility statement is made from; "
                    + "add one at the end, for example: " + accessibilityExample)
        }
        if let v = e["rules"] { config.rules = rules(v.value, &reader) }
        if let v = e["require_names"].flatMap({ reader.string($0) }) {
            switch v.value.lowercased() {
            case "true", "yes": config.requireNames = true
            case "false", "no": config.requireNames = false
            default:
                reader.error(
                    RuleID.fieldType, line: v.line, column: v.column,
                    "'require_names' must be true or false")
            }
            config.requireNamesAt = (v.line, v.column)
        }
        return (config, reader.diagnostics)
    }

    private static func helpline(_ node: YAMLNode, _ reader: inout FieldReader) -> Helpline? {
        if case .scalar(let text, _) = node.kind {
            return text.isEmpty ? nil : Helpline(name: text, isPlainText: true)
        }
        let e = reader.entries(of: node, known: ["name", "phone", "email", "url", "hours"], what: "a helpline")
        guard let name = e["name"].flatMap({ reader.string($0) }) else {
            reader.error(
                RuleID.missingField, line: node.line, column: node.column,
                "this helpline has no name; add 'name: …'")
            return nil
        }
        var url = e["url"].flatMap { reader.string($0) }
        if let u = url, !(WebAddress.isWeb(u.value) || WebAddress.isContact(u.value)) {
            reader.error(
                RuleID.siteConfig, line: u.line, column: u.column,
                "a helpline's 'url' must be a full web address starting with https:// (or a tel: or "
                    + "mailto: address), such as https://www.nationaldahelpline.org.uk/")
            url = nil
        }
        return Helpline(
            name: name.value,
            phone: e["phone"].flatMap { reader.string($0) }?.value,
            email: e["email"].flatMap { reader.string($0) }?.value,
            url: url?.value,
            hours: e["hours"].flatMap { reader.string($0) }?.value)
    }

    /// `rules:` — rule id → error, warning or off; ids checked against every known rule.
    private static func rules(_ node: YAMLNode, _ reader: inout FieldReader) -> RulePolicy {
        var policy = RulePolicy()
        let known = RulePolicy.knownRuleIDs
        guard case .mapping(let pairs) = node.kind else {
            reader.error(
                RuleID.fieldType, line: node.line, column: node.column,
                "'rules' must map rule ids to error, warning or off, such as 'event-date: off'")
            return policy
        }
        for pair in pairs {
            let id = pair.key
            guard known.contains(id) else {
                reader.error(
                    RuleID.siteConfig, line: pair.keyLine, column: pair.keyColumn,
                    "unknown rule '\(id)' under rules\(Suggestion.hint(for: id, in: known)); run 'reviewsite rules' to list them")
                continue
            }
            guard case .scalar(let text, _) = pair.value.kind, let setting = RuleSetting(rawValue: text.lowercased()) else {
                reader.error(
                    RuleID.fieldType, line: pair.value.line, column: pair.value.column,
                    "'\(id)' must be error, warning or off")
                continue
            }
            policy.settings[id] = setting
        }
        return policy
    }

    /// The statement's facts. Keys are the theme's business; values are text, dates or lists.
    /// `compliance` is no longer read: it follows from `known_issues`.
    static let accessibilityKeys = [
        "prepared", "last_reviewed", "last_tested", "tested_by", "compliance",
        "known_issues", "contact_phone", "contact_email", "response_days",
    ]

    static let accessibilityExample =
        "'accessibility:' then, indented by two spaces, 'prepared: 2026-09-01', "
        + "'contact_email: webmaster@example.org' and 'known_issues: []' (or one '- issue: …' with "
        + "'criterion: 1.4.3 Contrast (Minimum)' for each part that does not meet WCAG 2.2 AA)"

    private static func lastLine(_ node: YAMLNode) -> Int {
        switch node.kind {
        case .mapping(let entries): entries.map { max($0.keyLine, lastLine($0.value)) }.max() ?? node.line
        case .sequence(let items): items.map(lastLine).max() ?? node.line
        default: node.line
        }
    }

    private static func accessibility(
        _ block: YAMLEntry, contactEmail: String?, buildDate: SiteDate?,
        _ reader: inout FieldReader
    ) -> [String: AccessibilityFact] {
        var out: [String: AccessibilityFact] = [:]
        let entries = reader.entries(of: block.value, known: accessibilityKeys, what: "accessibility")
        for (key, entry) in entries.sorted(by: { $0.value.keyLine < $1.value.keyLine }) {
            if key == "known_issues" {
                out[key] = .issues(reader.list(entry).compactMap { knownIssue($0, &reader) })
            } else if key == "compliance" {
                reader.warning(
                    RuleID.siteConfig, line: entry.keyLine, column: entry.keyColumn,
                    "'compliance' is no longer used: the statement says fully compliant when "
                        + "'known_issues' is empty and partially compliant when it lists issues; remove this line")
            } else if case .sequence = entry.value.kind {
                out[key] = .list(reader.strings(entry).map(\.value))
            } else if ["prepared", "last_reviewed", "last_tested"].contains(key) {
                guard let d = reader.date(entry) else { continue }
                out[key] = .date(d.value)
                if let buildDate, buildDate < d.value {
                    reader.warning(
                        RuleID.siteConfig, line: d.line, column: d.column,
                        "'\(key)' is \(d.value.govuk), after the build date (\(buildDate.govuk)); "
                            + "the statement would describe a check that has not happened yet: correct the date")
                }
            } else if let s = reader.string(entry) {
                out[key] = .text(s.value)
            }
        }
        let at = (line: block.keyLine, column: block.keyColumn)
        for key in ["prepared", "known_issues"] where entries[key] == nil && !reader.reported.contains(key) {
            reader.error(
                RuleID.missingField, line: at.line, column: at.column,
                "the 'accessibility' block has no '\(key)'; add, indented under it, "
                    + (key == "prepared"
                        ? "'prepared: 2026-09-01' (the day the statement was first written)"
                        : "'known_issues: []', or one '- issue: …' with 'criterion: …' "
                            + "for each part that does not meet WCAG 2.2 AA"))
        }
        if case .date(let prepared)? = out["prepared"], case .date(let reviewed)? = out["last_reviewed"], reviewed < prepared {
            reader.error(
                RuleID.dateOrder, line: entries["last_reviewed"]?.value.line ?? at.line,
                column: entries["last_reviewed"]?.value.column ?? at.column,
                "'last_reviewed' (\(reviewed.govuk)) is before 'prepared' (\(prepared.govuk)); correct one of the dates")
        }
        if out["contact_email"] == nil, out["contact_phone"] == nil, contactEmail == nil {
            reader.error(
                RuleID.missingField, line: at.line, column: at.column,
                "the accessibility statement needs a way to contact you; add 'contact_email: …' or "
                    + "'contact_phone: …' under 'accessibility', or 'contact_email: …' at the top of site.yml")
        }
        return out
    }

    /// `- issue: Some older PDF reports are not tagged` with `criterion: 1.3.1 Info and Relationships`.
    private static func knownIssue(_ node: YAMLNode, _ reader: inout FieldReader) -> KnownIssue? {
        if case .scalar = node.kind {
            reader.error(
                RuleID.fieldType, line: node.line, column: node.column,
                "each known issue needs the problem and the WCAG criterion it fails; write it as "
                    + "'- issue: …' with 'criterion: …' on the next line, for example "
                    + "'criterion: 1.1.1 Non-text Content'")
            return nil
        }
        let e = reader.entries(of: node, known: ["issue", "criterion"], what: "a known issue")
        let issue = e["issue"].flatMap { reader.string($0) }
        let criterion = e["criterion"].flatMap { reader.string($0) }
        for (key, value) in [("issue", issue), ("criterion", criterion)] where value == nil && e[key] == nil {
            reader.error(
                RuleID.missingField, line: node.line, column: node.column,
                key == "issue"
                    ? "this known issue has no 'issue'; add 'issue: …' saying what is not accessible"
                    : "this known issue has no 'criterion'; add the WCAG 2.2 success criterion it fails, "
                        + "such as 'criterion: 1.4.3 Contrast (Minimum)'")
        }
        guard let issue, let criterion else { return nil }
        return KnownIssue(issue: issue.value, criterion: criterion.value)
    }
}

/// What a web address from site.yml may be: it becomes a live link on every page.
enum WebAddress {
    /// `https://host…` or `http://host…`, with no spaces, control characters, quotes or
    /// angle brackets anywhere.
    static func isWeb(_ s: String) -> Bool {
        guard isClean(s) else { return false }
        let lower = s.lowercased()
        for scheme in ["https://", "http://"] where lower.hasPrefix(scheme) {
            let rest = lower.dropFirst(scheme.count)
            guard let first = rest.first, first != "/", first != "?", first != "#", first != ":" else { return false }
            return true
        }
        return false
    }

    /// `tel:` with digits, or `mailto:` with an address.
    static func isContact(_ s: String) -> Bool {
        guard isClean(s) else { return false }
        let lower = s.lowercased()
        if lower.hasPrefix("tel:") {
            let rest = lower.dropFirst(4)
            return !rest.isEmpty && rest.allSatisfy { $0.isNumber || "+-() ".contains($0) }
        }
        if lower.hasPrefix("mailto:") { return lower.dropFirst(7).contains("@") }
        return false
    }

    static func isClean(_ s: String) -> Bool {
        !s.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || "\"'<>\\`".unicodeScalars.contains($0) }
    }
}
