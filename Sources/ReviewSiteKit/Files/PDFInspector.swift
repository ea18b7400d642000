import ReviewSiteCore

/// Reads what a PDF says about itself without any helper: the Info dictionary (Author, Title,
/// Subject, Keywords, Creator, Producer), XMP packets and the page count, in the file as
/// written and in its compressed (`/FlateDecode`) streams, where PDF 1.5 and later keep them.
/// An encrypted or damaged file is reported as such; nothing here can loop or grow without
/// bound (every search moves forward, inflated data is capped).
enum PDFInspector {
    static let infoKeys: [(key: String, label: String, author: Bool)] = [
        ("Author", "PDF Author", true), ("Title", "PDF Title", false), ("Subject", "PDF Subject", false),
        ("Keywords", "PDF Keywords", false), ("Creator", "PDF Creator", false), ("Producer", "PDF Producer", false),
    ]
    /// Inflated data of one stream, and of all streams together, at most.
    static let streamLimit = 64 << 20
    static let totalLimit = 256 << 20

    static func inspect(_ bytes: [UInt8]) -> FileMetadata {
        var meta = FileMetadata()
        guard find(Array("%PDF-".utf8), in: bytes[...].prefix(1_024)) != nil else {
            meta.unreadable = "it is not a PDF (it does not start like one); export it from the original again"
            return meta
        }
        guard find(Array("%%EOF".utf8), in: bytes[...].suffix(4_096)) != nil else {
            meta.unreadable = "it is damaged (the end of the file is missing); export it from the original again"
            return meta
        }
        if find(Array("/Encrypt".utf8), in: bytes[...]) != nil {
            meta.unreadable = "it is encrypted (password-protected); publish a copy saved without a password"
            return meta
        }
        var spaces: [ArraySlice<UInt8>] = [bytes[...]]
        var total = 0
        for stream in streams(bytes) {
            guard let inflated = Inflate.data(stream, format: .zlib, limit: streamLimit) else {
                meta.unreadable = "part of it is damaged (a compressed stream cannot be read); export it from the original again"
                return meta
            }
            total += inflated.count
            if total > totalLimit {
                meta.unreadable = "it is too large to check once uncompressed; make it smaller or split it"
                return meta
            }
            spaces.append(inflated[...])
        }
        var pages = 0
        var gps = false
        for space in spaces {
            meta.fields += infoFields(space)
            pages += pageObjects(space)
            let xmp = XMPFields.fields(in: space)
            meta.fields += xmp.fields
            gps = gps || xmp.gps
        }
        meta.hasGPSPosition = gps
        meta.pageCount = pages > 0 ? pages : nil
        return meta
    }

    /// The data of every `/FlateDecode` stream.
    static func streams(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        let keyword = Array("stream".utf8), end = Array("endstream".utf8), flate = Array("/FlateDecode".utf8)
        var i = 0
        while let at = find(keyword, in: bytes[i...]) {
            var start = at + keyword.count
            i = start
            // "endstream" contains "stream": skip it; a stream's data starts after an end of line.
            if at >= 3, bytes[(at - 3)..<at].elementsEqual("end".utf8) { continue }
            if start < bytes.count, bytes[start] == 13 { start += 1 }
            guard start < bytes.count, bytes[start] == 10 || bytes[start - 1] == 13 else { continue }
            if bytes[start] == 10 { start += 1 }
            guard let stop = find(end, in: bytes[start...]) else { break }
            // The stream's dictionary: from its object's "obj" keyword.
            let before = bytes[max(0, at - 2_048)..<at]
            let dict = bytes[(lastIndex(of: Array("obj".utf8), in: before) ?? before.startIndex)..<at]
            // Images and fonts hold no metadata worth inflating (and can be large).
            let skipped = ["/Image", "/Length1", "/Length2", "/FontFile"].contains { find(Array($0.utf8), in: dict) != nil }
            if find(flate, in: dict) != nil, !skipped { out.append(bytes[start..<stop]) }
            i = stop + end.count
        }
        return out
    }

    /// Count of `/Type /Page` objects (not `/Pages`).
    static func pageObjects(_ space: ArraySlice<UInt8>) -> Int {
        var count = 0
        var i = space.startIndex
        let type = Array("/Type".utf8)
        while let at = find(type, in: space[i...]) {
            var j = at + type.count
            while j < space.endIndex, isSpace(space[j]) { j += 1 }
            if space[j...].starts(with: "/Page".utf8) {
                let after = j + 5
                if after >= space.endIndex || !isRegular(space[after]) { count += 1 }
            }
            i = at + type.count
        }
        return count
    }

    /// Info dictionary entries written as `/Author (text)` or `/Author <hex>`.
    static func infoFields(_ space: ArraySlice<UInt8>) -> [FileMetadata.Field] {
        var out: [FileMetadata.Field] = []
        for info in infoKeys {
            let key = Array(("/" + info.key).utf8)
            var i = space.startIndex
            while let at = find(key, in: space[i...]) {
                var j = at + key.count
                i = j
                if j < space.endIndex, isRegular(space[j]) { continue }  // /Authors, /TitleX
                while j < space.endIndex, isSpace(space[j]) { j += 1 }
                guard j < space.endIndex else { break }
                if let (value, next) = string(space, at: j) {
                    if !value.isEmpty { out.append(.init(label: info.label, value: value, isAuthor: info.author)) }
                    i = next
                }
            }
        }
        return out
    }

    /// A PDF string at `i`: literal `( … )` with escapes and nested brackets, or hex `< … >`;
    /// UTF-16 when it starts with a byte order mark, otherwise PDFDocEncoding (read as Latin-1).
    static func string(_ s: ArraySlice<UInt8>, at start: Int) -> (String, Int)? {
        var bytes: [UInt8] = []
        var i = start
        if s[i] == UInt8(ascii: "(") {
            var depth = 1
            i += 1
            while i < s.endIndex {
                let c = s[i]
                if c == UInt8(ascii: "\\"), i + 1 < s.endIndex {
                    i += 1
                    let e = s[i]
                    switch e {
                    case UInt8(ascii: "n"): bytes.append(10)
                    case UInt8(ascii: "r"): bytes.append(13)
                    case UInt8(ascii: "t"): bytes.append(9)
                    case UInt8(ascii: "b"): bytes.append(8)
                    case UInt8(ascii: "f"): bytes.append(12)
                    case 10, 13: break
                    case UInt8(ascii: "0")...UInt8(ascii: "7"):
                        var v = 0, n = 0
                        while n < 3, i < s.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(s[i]) {
                            v = v * 8 + Int(s[i] - UInt8(ascii: "0")); i += 1; n += 1
                        }
                        bytes.append(UInt8(v & 0xFF))
                        continue
                    default: bytes.append(e)
                    }
                    i += 1
                    continue
                }
                if c == UInt8(ascii: "(") { depth += 1 }
                if c == UInt8(ascii: ")") { depth -= 1; if depth == 0 { break } }
                bytes.append(c)
                i += 1
            }
            guard i < s.endIndex else { return nil }
            return (decode(bytes), i + 1)
        }
        if s[i] == UInt8(ascii: "<"), i + 1 < s.endIndex, s[i + 1] != UInt8(ascii: "<") {
            i += 1
            var digits: [UInt8] = []
            while i < s.endIndex, s[i] != UInt8(ascii: ">") {
                if let v = ASCIIText.hexDigit(UInt32(s[i])) { digits.append(v) }
                i += 1
            }
            guard i < s.endIndex else { return nil }
            if digits.count % 2 == 1 { digits.append(0) }
            for k in stride(from: 0, to: digits.count, by: 2) { bytes.append(digits[k] << 4 | digits[k + 1]) }
            return (decode(bytes), i + 1)
        }
        return nil
    }

    static func decode(_ b: [UInt8]) -> String {
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF {
            var units: [UInt16] = []
            var k = 2
            while k + 1 < b.count { units.append(UInt16(b[k]) << 8 | UInt16(b[k + 1])); k += 2 }
            return String(decoding: units, as: UTF16.self)
        }
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return String(decoding: b.dropFirst(3), as: UTF8.self) }
        var s = ""
        for c in b { s.unicodeScalars.append(Unicode.Scalar(c)) }
        return s
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 10 || c == 13 || c == 9 || c == 12 || c == 0 }
    /// Not white space and not a PDF delimiter: part of the same name or keyword.
    static func isRegular(_ c: UInt8) -> Bool { !isSpace(c) && !"()<>[]{}/%".utf8.contains(c) }

    /// Index of the first occurrence of `needle` in `hay` (memchr for the first byte).
    static func find(_ needle: [UInt8], in hay: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, hay.count >= needle.count else { return nil }
        var i = hay.startIndex
        let last = hay.endIndex - needle.count
        while i <= last {
            guard let at = hay[i...last].firstIndex(of: first) else { return nil }
            if hay[at..<(at + needle.count)].elementsEqual(needle) { return at }
            i = at + 1
        }
        return nil
    }

    static func lastIndex(of needle: [UInt8], in hay: ArraySlice<UInt8>) -> Int? {
        guard hay.count >= needle.count else { return nil }
        var i = hay.endIndex - needle.count
        while i >= hay.startIndex {
            if hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }
}
