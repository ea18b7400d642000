/// Escaping for HTML and XML, in one place so every writer agrees on what is escaped.
/// `&`, `<`, `>` and `"` always are; the apostrophe depends on where the text goes.
package enum Escape {
    package enum Apostrophe: Sendable {
        /// Left as it is: Markdown text, where no attribute is quoted with `'`.
        case keep
        /// `&#39;`: template values, which may land in any attribute.
        case numeric
        /// `&apos;`: XML (the feed and the sitemap).
        case named
    }

    /// The entity for an ASCII byte that must be escaped, or nil.
    @inline(__always)
    package static func entity(for byte: UInt8, apostrophe: Apostrophe) -> String? {
        switch byte {
        case 0x26: return "&amp;"
        case 0x3C: return "&lt;"
        case 0x3E: return "&gt;"
        case 0x22: return "&quot;"
        case 0x27:
            switch apostrophe {
            case .keep: return nil
            case .numeric: return "&#39;"
            case .named: return "&apos;"
            }
        default: return nil
        }
    }

    /// Appends `s` escaped for HTML, unchanged (one copy) when nothing needs escaping.
    package static func html(_ s: String, apostrophe: Apostrophe = .numeric, into out: inout String) {
        guard s.utf8.contains(where: { entity(for: $0, apostrophe: apostrophe) != nil }) else { out += s; return }
        for scalar in s.unicodeScalars {
            if scalar.isASCII, let e = entity(for: UInt8(scalar.value), apostrophe: apostrophe) {
                out += e
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }

    /// `s` escaped for XML 1.0. Control characters are not allowed there; they are dropped
    /// rather than written into an invalid file.
    package static func xml(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
            if scalar.isASCII, let e = entity(for: UInt8(scalar.value), apostrophe: .named) {
                out += e
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
