import Foundation
import ReviewSiteCore

/// Stable `id`s for headings (and table captions): "Actions & dates" → "actions-dates".
package enum HeadingID {
    /// `Slugify.ascii`, or "section" for a heading with no letters or digits.
    package static func slug(_ text: String) -> String {
        let slug = Slugify.ascii(text)
        return slug.isEmpty ? "section" : slug
    }
}

/// Hands out ids unique within one document: "a", then "a-2", "a-3"…
package struct HeadingIDs: Sendable {
    private var used: Set<String> = []
    private var next: [String: Int] = [:]

    package mutating func claim(_ base: String) -> String {
        if used.insert(base).inserted { return base }
        var n = next[base] ?? 2
        while !used.insert("\(base)-\(n)").inserted { n += 1 }
        next[base] = n + 1
        return "\(base)-\(n)"
    }
}
