import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Turns a file's parsed front matter into `PageMeta`, reporting unknown fields, wrong
/// types and impossible dates. Rules about how fields relate live in Rules/Metadata.
enum FrontMatterDecoder {
    static let fields = [
        "type", "title", "summary", "status", "published", "updated", "reviewed",
        "publish_from", "home_office_qa", "pseudonyms", "topics", "allow", "attachments",
    ]

    static func decode(_ root: YAMLNode, file: String) -> (PageMeta, [Diagnostic]) {
        var reader = FieldReader(file: file)
        var meta = PageMeta()
        let entries = reader.entries(of: root, known: fields, what: "front matter")
        for (key, entry) in entries { meta.fieldLines[key] = entry.keyLine }
        if let e = entries["type"] { meta.kind = reader.choice(e, PageKind.self) }
        if let e = entries["title"] { meta.title = reader.string(e) }
        if let e = entries["summary"] { meta.summary = reader.string(e) }
        if let e = entries["status"] { meta.status = reader.choice(e, PageStatus.self) }
        if let e = entries["published"] { meta.published = reader.date(e) }
        if let e = entries["updated"] { meta.updated = reader.date(e) }
        if let e = entries["reviewed"] { meta.reviewed = reader.date(e) }
        if let e = entries["publish_from"] { meta.publishFrom = reader.date(e) }
        if let e = entries["home_office_qa"] { meta.homeOfficeQA = reader.date(e) }
        if let e = entries["topics"] { meta.topics = reader.strings(e) }
        if let e = entries["pseudonyms"] {
            meta.pseudonyms = reader.list(e).compactMap { decodePseudonym($0, &reader) }
        }
        if let e = entries["allow"] {
            meta.allow = reader.list(e).compactMap { decodeWaiver($0, &reader) }
        }
        if let e = entries["attachments"] {
            meta.attachments = reader.list(e).compactMap { decodeAttachment($0, &reader) }
        }
        meta.reportedFields = reader.reported
        return (meta, reader.diagnostics)
    }

    private static func decodePseudonym(_ node: YAMLNode, _ reader: inout FieldReader) -> Pseudonym? {
        let e = reader.entries(of: node, known: ["name", "role"], what: "a pseudonym")
        guard case .mapping = node.kind else { return nil }
        let name = e["name"].flatMap { reader.string($0) }
        let role = e["role"].flatMap { reader.string($0) }
        for (key, value) in [("name", name), ("role", role)] where value == nil {
            reader.error(
                RuleID.missingField, line: node.line, column: node.column,
                "this pseudonym has no \(key); write '\(key): …' under it")
        }
        guard let name, let role else { return nil }
        return Pseudonym(name: name, role: role)
    }

    private static func decodeAttachment(_ node: YAMLNode, _ reader: inout FieldReader) -> Attachment? {
        let e = reader.entries(of: node, known: ["file", "title", "kind"], what: "an attachment")
        guard case .mapping = node.kind else { return nil }
        let file = e["file"].flatMap { reader.string($0) }
        let title = e["title"].flatMap { reader.string($0) }
        var kind: AttachmentKind?
        var kindWritten = false
        if let k = e["kind"], let s = reader.string(k) {
            kindWritten = true
            // Case does not matter ("qa letter", "welsh"); the list shows the usual spelling.
            kind = AttachmentKind.allCases.first { $0.rawValue.lowercased() == s.value.lowercased() }
            if kind == nil {
                let options = AttachmentKind.allCases.map(\.rawValue)
                reader.error(
                    RuleID.attachment, line: s.line, column: s.column,
                    "attachment kind '\(s.value)' is not known\(Suggestion.hint(for: s.value, in: options)); "
                        + "use one of: \(options.joined(separator: ", "))")
                return nil
            }
        }
        for (key, missing) in [("file", file == nil), ("title", title == nil), ("kind", !kindWritten)] where missing {
            reader.error(
                RuleID.missingField, line: node.line, column: node.column,
                "this attachment has no \(key); write '\(key): …' under it")
        }
        guard let file, let title, let kind else { return nil }
        return Attachment(file: file, title: title, kind: kind, line: node.line, column: node.column)
    }

    private static func decodeWaiver(_ node: YAMLNode, _ reader: inout FieldReader) -> WaiverEntry? {
        let e = reader.entries(of: node, known: ["rule", "text", "reason"], what: "an allow entry")
        guard case .mapping = node.kind else { return nil }
        let rule = e["rule"].flatMap { reader.string($0) }
        let text = e["text"].flatMap { reader.string($0) }
        for (key, value) in [("rule", rule), ("text", text)] where value == nil {
            reader.error(
                RuleID.missingField, line: node.line, column: node.column,
                "this allow entry has no \(key); write '\(key): …' under it")
        }
        guard let rule, let text else { return nil }
        // The wrong id itself is not repeated: messages never quote what a user wrote.
        if let id = RuleID(rawValue: rule.value) {
            if !id.isWaivable {
                reader.error(
                    .unknownRule, line: rule.line, column: rule.column,
                    id == .namesRegister
                        ? "'names-register' cannot be waived with 'allow'; if this person may be named, remove them from "
                            + "the names register and add them to public_names in site.yml, otherwise replace the name "
                            + "with the pseudonym and remove this allow entry"
                        : "'\(id.rawValue)' is not an anonymisation rule, so it cannot be waived; fix what it reports instead")
            }
        } else {
            let waivable = RuleID.allCases.filter(\.isWaivable).map(\.rawValue)
            reader.error(
                .unknownRule, line: rule.line, column: rule.column,
                "this allow entry names no anonymisation rule\(Suggestion.hint(for: rule.value, in: waivable)); "
                    + "run 'reviewsite rules' to list them")
        }
        // A missing reason is reported by the anonymisation rules (`waiver-reason`).
        let reason = e["reason"].flatMap { reader.string($0) }?.value ?? ""
        return WaiverEntry(rule: rule.value, text: text.value, reason: reason, line: node.line, column: node.column)
    }
}
