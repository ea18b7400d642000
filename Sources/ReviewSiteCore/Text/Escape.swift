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
        // Byte by byte: the characters escaped are ASCII, and an ASCII byte is never part of
        // another character's UTF-8, so this is the scalar-by-scalar escaping without the
        // scalar appends (1% of a build of corpus C, whose titles have curly quotes).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 16)
        for byte in s.utf8 {
            if let e = entity(for: byte, apostrophe: apostrophe) { bytes += e.utf8 } else { bytes.append(byte) }
        }
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// `s` escaped for XML 1.0. Control characters are not allowed there; they are dropped
    /// rather than written into an invalid file.
    package static func xml(_ s: String) -> String {
        // Byte by byte, as `html`: the control characters dropped are ASCII too.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 16)
        for byte in s.utf8 {
            if byte < 0x20 && byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r") { continue }
            if let e = entity(for: byte, apostrophe: .named) { bytes += e.utf8 } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
