import Foundation

/// The one way ReviewSite turns text into a web-address part: heading ids ("Actions &
/// dates" → "actions-dates") and suggested file names ("Adult R (final)" → "adult-r-final").
package enum Slugify {
    /// Lowercase ASCII letters and digits; every run of anything else is one '-'; trimmed.
    /// Accented letters fold to their base letter (é → e); other non-ASCII letters are
    /// dropped. Empty when the text has no letters or digits.
    package static func ascii(_ text: String) -> String {
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
        return String(decoding: out, as: UTF8.self)
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
