import ReviewSiteCore
import Foundation

/// Stable `id`s for headings (and table captions): "Actions & dates" → "actions-dates".
package enum HeadingID {
    /// Lowercase ASCII letters and digits; every run of anything else is one '-'; trimmed.
    /// Accented letters fold to their base letter (é → e); other non-ASCII letters are
    /// dropped. An empty result is "section".
    package static func slug(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false

        func keep(_ byte: UInt8) {
            if pendingDash && !out.isEmpty { out.append(0x2D) }
            pendingDash = false
            out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }

        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if isAlphanumeric(b) { keep(b) } else { pendingDash = true }
            } else if let folded = fold(scalar) {
                if folded.isEmpty {
                    continue
                }
                for b in folded.utf8 { keep(b) }
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// Letters that do not decompose to a base letter but have a usual ASCII spelling.
    private static let special: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe",
        "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ł": "l", "Ł": "l", "ı": "i",
    ]

    /// ASCII letters for a non-ASCII scalar ("" to drop it), or nil when it separates words.
    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        if let s = special[scalar] { return s }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            // é → e + combining accent: keep the ASCII base letters only.
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping
            var ascii = ""
            for s in decomposed.unicodeScalars where s.value < 0x80 && isAlphanumeric(UInt8(s.value)) {
                ascii.unicodeScalars.append(s)
            }
            return ascii
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return ""
        default:
            return nil
        }
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
