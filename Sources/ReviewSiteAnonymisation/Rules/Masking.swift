import ReviewSiteCore
import ReviewSiteNames

/// Masked previews for messages: enough structure to find the text again, never the whole
/// identifier (issue 4: CI logs are readable by many).
package enum Mask {
    /// Keeps the first `keep` letters and digits and every separator; every later letter or
    /// digit becomes `*`. At least half of the letters and digits are always hidden, so a
    /// preview can never be the identifier itself. "485 777 3456", keep 3 → "485 *** ****".
    package static func preview(_ text: String, keep: Int) -> String {
        let significant = text.unicodeScalars.reduce(0) { $0 + (isSignificant($1) ? 1 : 0) }
        let limit = max(0, min(keep, significant / 2))
        var kept = 0
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isSignificant(s) {
                if kept < limit { out.append(s) } else { out.append("*") }
                kept += 1
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// Every letter and digit hidden, separators kept: "15/05/1980" → "**/**/****".
    package static func all(_ text: String) -> String { preview(text, keep: 0) }

    private static func isSignificant(_ s: Unicode.Scalar) -> Bool {
        s.isScanLetter || s.isASCIIDigit || s.properties.numericType != nil
    }
}
