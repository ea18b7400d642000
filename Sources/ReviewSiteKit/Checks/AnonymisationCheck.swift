import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Runs every anonymisation rule over everything of one page that reaches the output: the
/// body as written, the text readers get from it (`ReaderText`: entities decoded, emphasis
/// and links joined to their neighbours, wrapped lines joined, table cells, alt text, link
/// addresses percent-decoded) and each front matter string shown on the page. Every text is
/// in the normal form (`NormalForm`) before any rule sees it. Applies the page's waivers
/// (`allow`), which never waive a names register entry; reports waivers without a reason
/// and waivers that match nothing.
struct AnonymisationCheck: Sendable {

    var rules: [any AnonymisationRule] = AnonymisationRules.all
    /// Site-wide knowledge (public names, helplines, the register); pseudonyms and kind are
    /// filled in per page.
    var site: AnonymisationContext

    func check(
        _ meta: PageMeta, body: String, bodyFirstLine: Int, file: String,
        document: MarkdownDocument? = nil
    ) -> [Diagnostic] {
        var context = site
        context.pseudonyms = meta.pseudonyms.map(\.name.value)
        context.strictDatesOfBirth = meta.kind?.isAboutPeople ?? false
        var diagnostics: [Diagnostic] = []
        var used = Set<Int>()
        // Waivers compare in the normal form, as the rules see the text.
        let waiverTexts = meta.allow.map { NormalForm.string($0.text) }
        func scan(_ text: ScanText, into out: inout [Diagnostic]) {
            for rule in rules {
                for finding in rule.scan(text, context) {
                    if finding.rule != .namesRegister,
                        let w = meta.allow.indices.first(where: {
                            meta.allow[$0].rule == finding.rule.rawValue && waiverTexts[$0] == finding.matched
                        })
                    {
                        used.insert(w)
                        continue
                    }
                    let at = text.location(finding.range.lowerBound)
                    out.append(
                        Diagnostic(
                            finding.severity, finding.rule,
                            at: SourceLocation(file: file, line: at.line, column: at.column), finding.message))
                }
            }
        }
        // The body goes in chunks of whole paragraphs, so memory stays bounded however long
        // the file is (a rule's working set is a few times its text).
        for chunk in BodyChunks.split(body, firstLine: bodyFirstLine) {
            scan(ScanText(chunk.text, line: chunk.line, column: 1), into: &diagnostics)
        }
        // What readers get: a finding there that the source did not give (same rule, line and
        // message) is a name or identifier hidden by the Markdown (issue 11, case 3).
        if let document {
            struct Key: Hashable { var rule: String, line: Int, message: String }
            var seen = Set(diagnostics.map { Key(rule: $0.rule, line: $0.location.line, message: $0.message) })
            ReaderText.forEach(document, source: body, firstLine: bodyFirstLine) { text in
                var found: [Diagnostic] = []
                scan(text, into: &found)
                for d in found where seen.insert(Key(rule: d.rule, line: d.location.line, message: d.message)).inserted {
                    diagnostics.append(d)
                }
            }
        }
        func add(_ value: Located<String>?, _ field: String) {
            if let value { scan(ScanText(value.value, line: value.line, column: value.column, field: field), into: &diagnostics) }
        }
        add(meta.title, "title")
        add(meta.summary, "summary")
        for topic in meta.topics { add(topic, "topics") }
        for p in meta.pseudonyms { add(p.role, "pseudonyms") }
        for a in meta.attachments { add(a.title, "attachments"); add(a.file, "attachments") }
        for (i, waiver) in meta.allow.enumerated() {
            let at = SourceLocation(file: file, line: waiver.line, column: waiver.column)
            // A register entry cannot be waived: reported once, as unknown-rule, by the decoder.
            if waiver.rule == RuleID.namesRegister.rawValue { continue }
            if waiver.reason.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.append(
                    Diagnostic(
                        .error, RuleID.waiverReason, at: at,
                        "this allow entry has no reason; add 'reason: …' saying why the text is safe to publish"))
            }
            // An entry naming no waivable rule is reported once, as unknown-rule, by the decoder.
            if !used.contains(i), RuleID(rawValue: waiver.rule)?.isWaivable == true {
                diagnostics.append(
                    Diagnostic(
                        .warning, RuleID.staleWaiver, at: at,
                        "this allow entry for '\(waiver.rule)' matches nothing in the file; remove it"))
            }
        }
        return EventDateSummary.summarise(diagnostics)
    }
}

/// Splits a Markdown body into runs of whole paragraphs of at least `size` bytes, cutting
/// only at blank lines, each with the file line it starts on.
enum BodyChunks {
    static func split(_ body: String, firstLine: Int, size: Int = 32_768) -> [(text: String, line: Int)] {
        var chunks: [(String, Int)] = []
        let bytes = body.utf8
        var start = bytes.startIndex, line = firstLine, startLine = firstLine
        var i = bytes.startIndex, previousWasNewline = false
        while i != bytes.endIndex {
            let isNewline = bytes[i] == UInt8(ascii: "\n")
            let next = bytes.index(after: i)
            if isNewline {
                line += 1
                // A blank line ends a paragraph: cut after it once the chunk is big enough.
                if previousWasNewline, bytes.distance(from: start, to: next) >= size {
                    chunks.append((String(body[start..<next]), startLine))
                    start = next
                    startLine = line
                }
            }
            previousWasNewline = isNewline
            i = next
        }
        if start != bytes.endIndex || chunks.isEmpty { chunks.append((String(body[start...]), startLine)) }
        return chunks
    }
}

/// Every anonymisation rule, in the order they report.
enum AnonymisationRules {
    static var all: [any AnonymisationRule] { NameRules.all + StructuredRules.all }
}
