import ReviewSiteCore
import ReviewSiteSyntax
import ReviewSiteAnonymisation
/// Reads `content/site.yml` into `SiteConfig`, with the same strictness as front matter.
enum SiteConfigDecoder {
    static let keys = ["title", "base_url", "language", "organisation", "contact_email", "exit_url",
                       "review_interval_months", "public_names", "helplines", "accessibility", "require_names"]

    static func decode(_ root: YAMLNode, file: String) -> (SiteConfig?, [Diagnostic]) {
        var reader = FieldReader(file: file)
        let e = reader.entries(of: root, known: keys, what: "site.yml")
        let title = e["title"].flatMap { reader.string($0) }
        let base = e["base_url"].flatMap { reader.string($0) }
        for (key, value) in [("title", title), ("base_url", base)] where value == nil {
            reader.error(RuleID.missingField, line: e[key]?.keyLine ?? 1, column: 1,
                         "site.yml has no '\(key)'; add '\(key): …'")
        }
        if let base, !WebAddress.isWeb(base.value) {
            reader.error(RuleID.siteConfig, line: base.line, column: base.column,
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
                reader.error(RuleID.siteConfig, line: v.line, column: v.column,
                             "'exit_url' must be a full web address starting with https://, such as https://www.bbc.co.uk/weather")
            }
        }
        if let v = e["review_interval_months"].flatMap({ reader.int($0, range: 1...120) }) {
            config.reviewIntervalMonths = v
        }
        if let v = e["public_names"] { config.publicNames = reader.strings(v).map(\.value) }
        if let v = e["helplines"] { config.helplines = reader.list(v).compactMap { helpline($0, &reader) } }
        if let v = e["accessibility"] { config.accessibility = accessibility(v.value, &reader) }
        if let v = e["require_names"].flatMap({ reader.string($0) }) {
            switch v.value.lowercased() {
            case "true", "yes": config.requireNames = true
            case "false", "no": config.requireNames = false
            default:
                reader.error(RuleID.fieldType, line: v.line, column: v.column,
                             "'require_names' must be true or false")
            }
            config.requireNamesAt = (v.line, v.column)
        }
        return (config, reader.diagnostics)
    }

    private static func helpline(_ node: YAMLNode, _ reader: inout FieldReader) -> Helpline? {
        if case .scalar(let text, _) = node.kind {
            return text.isEmpty ? nil : Helpline(name: text)
        }
        let e = reader.entries(of: node, known: ["name", "phone", "email", "url", "hours"], what: "a helpline")
        guard let name = e["name"].flatMap({ reader.string($0) }) else {
            reader.error(RuleID.missingField, line: node.line, column: node.column,
                         "this helpline has no name; add 'name: …'")
            return nil
        }
        var url = e["url"].flatMap { reader.string($0) }
        if let u = url, !(WebAddress.isWeb(u.value) || WebAddress.isContact(u.value)) {
            reader.error(RuleID.siteConfig, line: u.line, column: u.column,
                         "a helpline's 'url' must be a full web address starting with https:// (or a tel: or "
                         + "mailto: address), such as https://www.nationaldahelpline.org.uk/")
            url = nil
        }
        return Helpline(name: name.value,
                        phone: e["phone"].flatMap { reader.string($0) }?.value,
                        email: e["email"].flatMap { reader.string($0) }?.value,
                        url: url?.value,
                        hours: e["hours"].flatMap { reader.string($0) }?.value)
    }

    /// The statement's facts. Keys are the theme's business; values are text, dates or lists.
    static let accessibilityKeys = ["prepared", "last_reviewed", "last_tested", "tested_by", "compliance",
                                    "known_issues", "contact_phone", "contact_email", "response_days"]

    private static func accessibility(_ node: YAMLNode, _ reader: inout FieldReader) -> [String: AccessibilityFact] {
        var out: [String: AccessibilityFact] = [:]
        for (key, entry) in reader.entries(of: node, known: accessibilityKeys, what: "accessibility") {
            if case .sequence = entry.value.kind {
                out[key] = .list(reader.strings(entry).map(\.value))
            } else if ["prepared", "last_reviewed", "last_tested"].contains(key) {
                if let d = reader.date(entry) { out[key] = .date(d.value) }
            } else if key == "compliance" {
                if let s = reader.string(entry) {
                    if ["full", "partial", "none"].contains(s.value) {
                        out[key] = .text(s.value)
                    } else {
                        reader.error(RuleID.fieldType, line: s.line, column: s.column,
                                     "'compliance' must be full, partial or none")
                    }
                }
            } else if let s = reader.string(entry) {
                out[key] = .text(s.value)
            }
        }
        return out
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
