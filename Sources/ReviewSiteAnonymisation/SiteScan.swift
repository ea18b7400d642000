import Foundation
import ReviewSiteCore
import ReviewSiteNames
import Synchronization

/// `lint --site DIR` and the last step of `build`: runs the anonymisation rules over a built
/// site (every .html and .xml file: text, attribute values, meta tags, the feed and the
/// sitemap; other text files such as .json and .txt as plain text), so a leak through a
/// template, site.yml or the theme is caught. Positions are lines and columns of the built file.
package enum SiteScan {
    /// A waiver from some page's `allow`: the same text is allowed in the built site.
    package struct Waiver: Sendable, Hashable {
        package var rule: String
        package var text: String

        package init(rule: String, text: String) {
            self.rule = rule
            self.text = text
        }
    }

    package static let markupExtensions: Set<String> = ["html", "htm", "xhtml", "xml", "svg"]
    /// Plain text a reader or a browser gets: scanned as written. Stylesheets and scripts
    /// are theme text that reaches the site too (issue 11, case 11).
    package static let plainExtensions: Set<String> = ["json", "txt", "webmanifest", "csv", "css", "js", "mjs", "map"]
    package static let codeExtensions: Set<String> = ["css", "js", "mjs", "map"]
    /// Rules that read code as something else (`@media` is not a social media handle).
    package static let codeSkippedRules: Set<RuleID> = [.socialHandle]

    /// `waivers` gives the waivers of each file (by its path relative to the folder): those
    /// of the page it was built from. Theme and shared files get none.
    package static func scan(
        directory: URL, displayPrefix: String, rules: [any AnonymisationRule],
        context: AnonymisationContext, waivers: @escaping @Sendable (String) -> Set<Waiver> = { _ in [] },
        jobs: Int = 1
    ) -> [Diagnostic] {
        scan(
            files(in: directory), in: directory, displayPrefix: displayPrefix, rules: rules, context: context,
            waivers: waivers, jobs: jobs)
    }

    /// Scans the given files of `directory` (paths relative to it); files of other kinds
    /// (stylesheets, scripts, images) are passed over.
    package static func scan(
        _ relatives: [String], in directory: URL, displayPrefix: String, rules: [any AnonymisationRule],
        context: AnonymisationContext, waivers: @escaping @Sendable (String) -> Set<Waiver> = { _ in [] },
        jobs: Int = 1
    ) -> [Diagnostic] {
        let prefix = SourceLocation.folder(displayPrefix)
        let found = parallelMap(relatives.filter(isScanned), jobs: jobs) { relative -> [Diagnostic] in
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(relative).path) else {
                return []
            }
            let ext = (relative as NSString).pathExtension.lowercased()
            // In stylesheets and scripts `@media` and `@import` are code, not handles.
            let fileRules = codeExtensions.contains(ext) ? rules.filter { !codeSkippedRules.contains($0.id) } : rules
            return scanFile(
                String(decoding: data, as: UTF8.self), display: prefix + "/" + relative,
                markup: markupExtensions.contains(ext),
                rules: fileRules, context: context, waivers: waivers(relative))
        }
        return found.flatMap { $0 }.sorted()
    }

    /// Relative paths of the files to scan, sorted so the report never depends on the disk.
    package static func files(in directory: URL) -> [String] {
        let base = directory.standardizedFileURL.path
        guard let e = FileManager.default.enumerator(atPath: base) else { return [] }
        var out: [String] = []
        while let relative = e.nextObject() as? String {
            if isScanned(relative) { out.append(relative) }
        }
        return out.sorted()
    }

    /// Whether a file of the built site is text a reader sees: markup or plain text.
    package static func isScanned(_ relative: String) -> Bool {
        let ext = (relative as NSString).pathExtension.lowercased()
        return markupExtensions.contains(ext) || plainExtensions.contains(ext)
    }

    package static func scanFile(
        _ source: String, display: String, markup: Bool, rules: [any AnonymisationRule],
        context: AnonymisationContext, waivers: Set<Waiver>, clean: CleanTexts? = nil
    ) -> [Diagnostic] {
        let markup = !readsAsPlain(source, markup: markup)
        // The file's scalars are let go before the rules run: four bytes a scalar of a listing
        // or feed of tens of MB at 10,000 reviews (issue 16).
        let (pieces, lineStarts, scalarCount) = { () -> ([HTMLText.Piece], [Int], Int) in
            guard markup else {
                var lineStarts = [0], count = 0
                for s in source.unicodeScalars {
                    count += 1
                    if s == "\n" { lineStarts.append(count) }
                }
                return ([HTMLText.Piece(text: source, offsets: [])], lineStarts, count)
            }
            let scalars = ScalarArray.of(source)
            let pieces = HTMLText(scalars).pieces
            var lineStarts = [0]
            for (i, s) in scalars.enumerated() where s == "\n" { lineStarts.append(i + 1) }
            return (pieces, lineStarts, scalars.count)
        }()
        var out: [Diagnostic] = []
        for (index, piece) in pieces.enumerated() where !piece.text.isEmpty {
            // Only attribute values recur from file to file (a link's address, an image's alt
            // text): the first piece is the file's whole text, which holds its own title and
            // contents, so it is neither looked up nor kept (kept, every page's text stayed in
            // memory to the end of the build, issue 16). What is kept changes only the time.
            let recurs = markup && index > 0
            if recurs, let clean, clean.contains(piece.text) { continue }
            let text = ScanText(piece.text, line: 1, column: 1)
            // Clean means no finding at all, waived or not: waivers differ from file to file.
            var found = false
            // Only texts that can recur are kept: a listing's or the feed's text is one of a
            // kind and megabytes long at 10,000 reviews (issue 16).
            defer { if recurs, !found, piece.text.utf8.count <= CleanTexts.maximumLength { clean?.insert(piece.text) } }
            let findings = rules.findings(in: text, context)
            if !findings.isEmpty { found = true }
            for finding in findings
            where finding.rule == .namesRegister
                || !waivers.contains(Waiver(rule: finding.rule.rawValue, text: finding.matched))
            {
                let at = text.originalOffset(finding.range.lowerBound)
                let offset =
                    markup
                    ? (piece.offsets.isEmpty ? 0 : Int(piece.offsets[min(max(0, at), piece.offsets.count - 1)]))
                    : (scalarCount == 0 ? 0 : min(max(0, at), scalarCount - 1))
                let (line, column) = position(offset, lineStarts)
                out.append(
                    Diagnostic(
                        finding.severity, finding.rule,
                        at: SourceLocation(file: display, line: line, column: column), finding.message))
            }
        }
        return EventDateSummary.summarise(out)
    }

    /// Whether `scanFile` reads the file as plain text: it is not markup, or it is markup with
    /// no `<` or `&`, which is one piece, each scalar where it is, read without a copy of the
    /// scalars or an offset each (reviews.json and the search index are JSON with those
    /// escaped: 115 MB less for reviews.json at 10,000 reviews). `scanFileInParts` cuts such a
    /// file with an overlap.
    package static func readsAsPlain(_ source: String, markup: Bool) -> Bool {
        !markup || !source.utf8.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }
    }

    /// 1-based line and column of a file scalar offset.
    package static func position(_ offset: Int, _ lineStarts: [Int]) -> (Int, Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - lineStarts[lo] + 1)
    }
}

/// Texts already scanned and found clean during one build. The attribute values of the
/// theme (links' addresses, labels, alt texts) are the same on every page, so each is
/// scanned once, not once a page.
/// Only valid for one set of rules, context and waivers: one build.
package final class CleanTexts: Sendable {
    private let texts = Mutex<Set<String>>([])
    /// Longer texts are not kept (each navigation, footer or support box is far shorter).
    package static let maximumLength = 65_536

    package init() {}

    package func contains(_ text: String) -> Bool { texts.withLock { $0.contains(text) } }
    package func insert(_ text: String) { _ = texts.withLock { $0.insert(text) } }
}
