/// Every rule id the content and structure checks use. Ids are stable, lower-case and
/// hyphenated (DESIGN.md); the README documents each with an example and a fix.
/// The anonymisation rules keep their ids next to their own code.
public enum RuleID {
    public static let frontMatter = "front-matter"
    public static let unknownField = "unknown-field"
    public static let fieldType = "field-type"
    public static let missingField = "missing-field"
    public static let invalidDate = "invalid-date"
    public static let dateOrder = "date-order"
    public static let homeOfficeQA = "home-office-qa"
    public static let reviewDue = "review-due"
    public static let fileName = "file-name"
    public static let duplicateSlug = "duplicate-slug"
    public static let encoding = "encoding"
    public static let brokenLink = "broken-link"
    public static let siteConfig = "site-config"
    public static let unreadable = "unreadable"
    public static let symlink = "symlink"
    public static let template = "template"
    public static let reservedPath = "reserved-path"
    public static let rawHTML = "raw-html"
    public static let table = "table"
    public static let unsafeLink = "unsafe-link"
    /// A full date that is not near a birth or death word: one summary warning per file (issue 12).
    public static let eventDate = "event-date"
    /// A detail that identifies with others: a named school and year group, a small employer and job, a street (issue 12).
    public static let quasiIdentifier = "quasi-identifier"
}

/// "did you mean" for a misspelt key or name: the closest candidate within two edits.
package enum Suggestion {
    package static func closest(to word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased().unicodeScalars)
        guard w.count <= 64 else { return nil }
        var best: (String, Int)?
        for c in candidates {
            let d = distance(w, Array(c.lowercased().unicodeScalars))
            if d <= max(1, min(2, w.count / 3)), d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    /// Edit distance where swapping two neighbouring letters counts as one edit ("biuld" is
    /// one typo away from "build"). Three rows; inputs are short keys.
    package static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cur[j] = min(cur[j], before[j - 2] + 1)
                }
            }
            (before, prev, cur) = (prev, cur, before)
        }
        return prev[b.count]
    }

    /// " (did you mean 'title'?)" or "".
    package static func hint(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }
}
