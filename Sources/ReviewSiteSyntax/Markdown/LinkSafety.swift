import ReviewSiteCore

/// Link and image destinations that run code or read local files in a browser.
package enum LinkSafety {
    package static let unsafeSchemes = ["javascript", "vbscript", "data", "file"]

    /// The unsafe scheme of `destination` ("javascript"), or nil when it is safe.
    /// cmark has already decoded entities and backslash escapes. Browsers ignore leading
    /// spaces and control characters and drop tabs and newlines anywhere in a URL, and
    /// schemes are case-insensitive, so we do the same before comparing.
    package static func unsafeScheme(_ destination: String) -> String? {
        var scheme: [UInt8] = []
        var started = false
        for b in destination.utf8 {
            if b == 0x09 || b == 0x0A || b == 0x0D { continue }
            if !started && b <= 0x20 { continue }
            started = true
            if b == 0x3A { break }  // ':'
            // A scheme is ASCII letters, digits, '+', '-', '.'; anything else means no scheme.
            let lower = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
            let isSchemeByte =
                (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
                || lower == 0x2B || lower == 0x2D || lower == 0x2E
            guard isSchemeByte, scheme.count < 16 else { return nil }
            scheme.append(lower)
        }
        guard started else { return nil }
        let name = String(decoding: scheme, as: UTF8.self)
        // Reaching here without ':' means there was no scheme at all.
        guard destination.utf8.contains(0x3A) else { return nil }
        return unsafeSchemes.contains(name) ? name : nil
    }
}
