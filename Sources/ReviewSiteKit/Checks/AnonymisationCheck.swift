import ReviewSiteCore
import ReviewSiteSyntax
import ReviewSiteAnonymisation
import Foundation

/// Runs every anonymisation rule over everything of one page that reaches the output: the
/// body as written and each front matter string shown on the page. Applies the page's
/// waivers (`allow`), reports waivers without a reason and waivers that match nothing.
struct AnonymisationCheck: Sendable {



    var rules: [any AnonymisationRule] = AnonymisationRules.all
    /// Site-wide knowledge (public names, helplines, the register); pseudonyms and kind are
    /// filled in per page.
    var site: AnonymisationContext

    func check(_ meta: PageMeta, body: String, bodyFirstLine: Int, file: String) -> [Diagnostic] {
        var context = site
        context.pseudonyms = meta.pseudonyms.map(\.name.value)
        context.strictDatesOfBirth = meta.kind?.isAboutPeople ?? false
        var diagnostics: [Diagnostic] = []
        var used = Set<Int>()
        func scan(_ text: ScanText) {
            for rule in rules {
                for finding in rule.scan(text, context) {
                    if let w = meta.allow.firstIndex(where: { $0.rule == finding.rule.rawValue && $0.text == finding.matched }) {
                        used.insert(w)
                        continue
                    }
                    let at = text.location(finding.range.lowerBound)
                    diagnostics.append(Diagnostic(finding.severity, finding.rule,
                        at: SourceLocation(file: file, line: at.line, column: at.column), finding.message))
                }
            }
        }
        // The body goes in chunks of whole paragraphs, so memory stays bounded however long
        // the file is (a rule's working set is a few times its text).
        for chunk in BodyChunks.split(body, firstLine: bodyFirstLine) {
            scan(ScanText(chunk.text, line: chunk.line, column: 1))
        }
        func add(_ value: Located<String>?, _ field: String) {
            if let value { scan(ScanText(value.value, line: value.line, column: value.column, field: field)) }
        }
        add(meta.title, "title")
        add(meta.summary, "summary")
        for topic in meta.topics { add(topic, "topics") }
        for p in meta.pseudonyms { add(p.role, "pseudonyms") }
        for a in meta.attachments { add(a.title, "attachments"); add(a.file, "attachments") }
        for (i, waiver) in meta.allow.enumerated() {
            let at = SourceLocation(file: file, line: waiver.line, column: waiver.column)
            if waiver.reason.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.append(Diagnostic(.error, RuleID.waiverReason, at: at,
                    "this allow entry has no reason; add 'reason: …' saying why the text is safe to publish"))
            }
            // An entry naming no waivable rule is reported once, as unknown-rule, by the decoder.
            if !used.contains(i), RuleID(rawValue: waiver.rule)?.isWaivable == true {
                diagnostics.append(Diagnostic(.warning, RuleID.staleWaiver, at: at,
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
