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
        check(meta, body: body, bodyFirstLine: bodyFirstLine, file: file, document: document, fullDates: false)
            .diagnostics
    }

    /// `check`, and with `fullDates` also what `fullDates(_:body:bodyFirstLine:document:)`
    /// gives, from the same texts: a file of a review split into files was read, parsed and
    /// made into texts a second time for its dates, a quarter of `lint` on corpus C.
    func check(
        _ meta: PageMeta, body: String, bodyFirstLine: Int, file: String,
        document: MarkdownDocument?, fullDates wantsDates: Bool
    ) -> (diagnostics: [Diagnostic], fullDates: FileDates?) {
        var context = site
        context.pseudonyms = meta.pseudonyms.map(\.name.value)
        context.strictDatesOfBirth = meta.kind?.isAboutPeople ?? false
        context.pagePlaces = PlaceLeads([body, meta.title?.value ?? "", meta.summary?.value ?? ""])
        context.pageInventedNames = UndeclaredNameRule.inventedNames(in: body)
        // What `fullDates` reads: the same context, dates of birth read strictly.
        var strict = context
        strict.strictDatesOfBirth = true
        let dateRule = DateOfBirthRule()
        var dates = FileDates()
        var diagnostics: [Diagnostic] = []
        var used = Set<Int>()
        // Full dates given as a birth or death, and the other full dates: a summary that says
        // "killed on 28 September 2024" makes the body's "28 September 2024" identifying too.
        var lifeDates = Set<Int>(), eventDates = Set<Int>()
        // Waivers compare in the normal form, as the rules see the text.
        let waiverTexts = meta.allow.map { NormalForm.string($0.text) }
        func scan(_ text: ScanText, into out: inout [Diagnostic]) {
            for finding in rules.findings(in: text, context) {
                if let key = finding.dateKey {
                    if finding.rule == .dateOfBirth { lifeDates.insert(key) } else { eventDates.insert(key) }
                }
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
        // What readers get: a finding there that the source did not give (the same rule and
        // line, with the same message or at the same place) is a name or identifier hidden by
        // the Markdown (issue 11, case 3).
        // (A preview over a wrapped line shows the break in the source and a space in what
        // readers get: the same finding; development set 117.)
        struct Key: Hashable {
            var rule: String, line: Int, message: String
            init(_ d: Diagnostic) {
                rule = d.rule
                line = d.location.line
                // (Most messages have no break: looked for in the bytes before Foundation is asked.)
                let utf8 = d.message.utf8
                message =
                    utf8.contains(UInt8(ascii: "\\")) || utf8.contains(UInt8(ascii: "\n"))
                    ? d.message.replacingOccurrences(of: "\\n", with: " ").replacingOccurrences(of: "\n", with: " ")
                    : d.message
            }
        }
        // (Nor a date, or a quasi-identifier, where the source gave one of its rule: `NB
        // *Saudade*` is a boat's name in the source and, its emphasis gone, a named home in what
        // readers get; development set 22. Dates of either rule are one finding. A name is
        // compared by its message: `**Jo**anna` is Jo in the source and Joanna to readers.)
        struct At: Hashable {
            var rule: String, line: Int, column: Int
            init(_ d: Diagnostic) {
                rule = d.rule == RuleID.eventDate.rawValue ? RuleID.dateOfBirth.rawValue : d.rule
                line = d.location.line
                column = d.location.column
            }
        }
        func positional(_ d: Diagnostic) -> Bool {
            [RuleID.dateOfBirth, .eventDate, .quasiIdentifier].contains { $0.rawValue == d.rule }
        }
        var seen: Set<Key> = []
        var seenAt: Set<At> = []
        var readerStarted = false
        forEachText(meta, body: body, bodyFirstLine: bodyFirstLine, document: document) { text, isReaderText in
            if wantsDates { dates.add(dateRule.scanReadingScannedDigits(text, strict)) }
            guard isReaderText else { return scan(text, into: &diagnostics) }
            if !readerStarted {
                readerStarted = true
                seen = Set(diagnostics.map(Key.init))
                seenAt = Set(diagnostics.filter(positional).map(At.init))
            }
            var found: [Diagnostic] = []
            scan(text, into: &found)
            for d in found {
                if positional(d), !seenAt.insert(At(d)).inserted { continue }
                if seen.insert(Key(d)).inserted { diagnostics.append(d) }
            }
        }
        // Rules see one text at a time (a chunk of the body, a field): check again knowing
        // the dates the page's other texts give.
        if !eventDates.isDisjoint(with: lifeDates.subtracting(site.lifeDatesElsewhere)) {
            var again = self
            again.site.lifeDatesElsewhere.formUnion(lifeDates)
            let diagnostics = again.check(meta, body: body, bodyFirstLine: bodyFirstLine, file: file, document: document)
            return (diagnostics, wantsDates ? dates.done() : nil)
        }
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
        return (EventDateSummary.summarise(diagnostics), wantsDates ? dates.done() : nil)
    }

    /// The full dates (`DateOfBirthRule.key`) the page gives as a date of birth or death, and
    /// its other full dates: what the files of one review tell each other (`ReviewFiles`).
    func fullDates(_ meta: PageMeta, body: String, bodyFirstLine: Int, document: MarkdownDocument?) -> FileDates {
        var context = site
        context.pseudonyms = meta.pseudonyms.map(\.name.value)
        context.strictDatesOfBirth = true
        let rule = DateOfBirthRule()
        var dates = FileDates()
        forEachText(meta, body: body, bodyFirstLine: bodyFirstLine, document: document) { text, _ in
            dates.add(rule.scanReadingScannedDigits(text, context))
        }
        return dates.done()
    }

    /// Every text of the page that reaches readers, in the order the rules read them: the
    /// body in chunks of whole paragraphs (so memory stays bounded however long the file is;
    /// a rule's working set is a few times its text), then the text readers get from it
    /// (`isReaderText`), then each front matter string shown on the page.
    private func forEachText(
        _ meta: PageMeta, body: String, bodyFirstLine: Int, document: MarkdownDocument?,
        _ visit: (ScanText, _ isReaderText: Bool) -> Void
    ) {
        for chunk in BodyChunks.split(body, firstLine: bodyFirstLine) {
            visit(ScanText(chunk.text, line: chunk.line, column: 1), false)
        }
        if let document {
            ReaderText.forEach(document, source: body, firstLine: bodyFirstLine) { visit($0, true) }
        }
        func add(_ value: Located<String>?, _ field: String) {
            if let value { visit(ScanText(value.value, line: value.line, column: value.column, field: field), false) }
        }
        add(meta.title, "title")
        add(meta.summary, "summary")
        for topic in meta.topics { add(topic, "topics") }
        for p in meta.pseudonyms { add(p.role, "pseudonyms") }
        for a in meta.attachments { add(a.title, "attachments"); add(a.file, "attachments") }
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
