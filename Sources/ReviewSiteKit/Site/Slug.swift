import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// File names become web addresses, so they must be safe everywhere: lower-case ASCII
/// letters, digits and hyphens only. This also rules out names that escape the output
/// folder or collide on a case-insensitive file system.
enum Slug {
    static func isValid(_ name: Substring) -> Bool {
        !name.isEmpty && name.utf8.count <= 100 && name.first != "-" && name.last != "-"
            && name.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }

    /// A suggested valid name for a bad one: "Adult R (final)" → "adult-r-final".
    static func suggest(_ name: Substring) -> String {
        // In the normal form first: a soft hyphen or zero-width space in a file name is
        // dropped, not turned into a hyphen that would split a name past the checks.
        let slug = Slugify.ascii(NormalForm.fold(String(name)))
        return slug.isEmpty ? "page" : String(slug.prefix(100))
    }
}
