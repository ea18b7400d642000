/// Metadata of JPEG, PNG and WebP images: EXIF (artist, copyright, description, Windows
/// author/title/comment fields, camera owner, GPS position) and XMP. Parsing is bounded by
/// the file's own length: every offset is checked before it is read.
enum ImageInspector {
    static func inspect(_ bytes: [UInt8], kind: PageFile.Kind) -> FileMetadata {
        var meta = FileMetadata()
        switch kind {
        case .jpg: jpeg(bytes, &meta)
        case .png: png(bytes, &meta)
        case .webp: webp(bytes, &meta)
        default: break
        }
        return meta
    }

    static func addXMP(_ data: ArraySlice<UInt8>, _ meta: inout FileMetadata) {
        let xmp = XMPFields.fields(in: data)
        meta.fields += xmp.fields
        meta.hasGPSPosition = meta.hasGPSPosition || xmp.gps
    }

    static func jpeg(_ b: [UInt8], _ meta: inout FileMetadata) {
        guard b.count >= 4, b[0] == 0xFF, b[1] == 0xD8 else {
            meta.unreadable = "it is not a JPEG image (it does not start like one)"
            return
        }
        var i = 2
        while i + 4 <= b.count {
            guard b[i] == 0xFF else { return }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            if marker == 0xDA || marker == 0xD9 { return }  // image data: no more metadata segments
            if (0xD0...0xD7).contains(marker) || marker == 0x01 { i += 2; continue }
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            guard length >= 2, i + 2 + length <= b.count else {
                meta.unreadable = "it is damaged (a metadata segment runs past the end of the file)"
                return
            }
            let segment = b[(i + 4)..<(i + 2 + length)]
            if marker == 0xE1 {
                if segment.starts(with: "Exif\0\0".utf8) {
                    TIFFMetadata.read(Array(segment.dropFirst(6)), &meta)
                } else if segment.starts(with: "http://ns.adobe.com/xap/1.0/".utf8) {
                    addXMP(segment, &meta)
                }
            }
            i += 2 + length
        }
    }

    static func png(_ b: [UInt8], _ meta: inout FileMetadata) {
        guard b.count >= 8, b[0..<8].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
            meta.unreadable = "it is not a PNG image (it does not start like one)"
            return
        }
        var i = 8
        while i + 8 <= b.count {
            let length = Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
            let type = String(decoding: b[(i + 4)..<(i + 8)], as: UTF8.self)
            guard length >= 0, i + 12 + length <= b.count else {
                meta.unreadable = "it is damaged (a chunk runs past the end of the file)"
                return
            }
            let data = b[(i + 8)..<(i + 8 + length)]
            switch type {
            case "tEXt", "iTXt", "zTXt":
                text(type, data, &meta)
            case "eXIf":
                TIFFMetadata.read(Array(data), &meta)
            case "IEND":
                return
            default: break
            }
            i += 12 + length
        }
    }

    /// A PNG text chunk: `keyword NUL text` (iTXt and zTXt add compression and language).
    private static func text(_ type: String, _ data: ArraySlice<UInt8>, _ meta: inout FileMetadata) {
        guard let nul = data.firstIndex(of: 0) else { return }
        let keyword = String(decoding: data[data.startIndex..<nul], as: UTF8.self)
        var rest = data[(nul + 1)...]
        var compressed = false
        if type == "zTXt" {
            compressed = true
            rest = rest.dropFirst()
        } else if type == "iTXt" {
            guard rest.count >= 2 else { return }
            compressed = rest[rest.startIndex] == 1
            rest = rest.dropFirst(2)
            for _ in 0..<2 {  // language tag, translated keyword
                guard let end = rest.firstIndex(of: 0) else { return }
                rest = rest[(end + 1)...]
            }
        }
        let bytes = compressed ? (Inflate.data(rest, format: .zlib, limit: 16 << 20) ?? [])[...] : rest
        if keyword == "XML:com.adobe.xmp" {
            addXMP(bytes, &meta)
            return
        }
        let value = type == "tEXt" || type == "zTXt" ? PDFInspector.decode(Array(bytes)) : String(decoding: bytes, as: UTF8.self)
        let author = ["author", "artist", "creator", "copyright"].contains(keyword.lowercased())
        if !value.isEmpty { meta.fields.append(.init(label: "PNG \(keyword)", value: value, isAuthor: author)) }
    }

    static func webp(_ b: [UInt8], _ meta: inout FileMetadata) {
        guard b.count >= 12, b[0..<4].elementsEqual("RIFF".utf8), b[8..<12].elementsEqual("WEBP".utf8) else {
            meta.unreadable = "it is not a WebP image (it does not start like one)"
            return
        }
        var i = 12
        while i + 8 <= b.count {
            let type = String(decoding: b[i..<(i + 4)], as: UTF8.self)
            let length = Int(b[i + 4]) | Int(b[i + 5]) << 8 | Int(b[i + 6]) << 16 | Int(b[i + 7]) << 24
            guard i + 8 + length <= b.count else {
                meta.unreadable = "it is damaged (a chunk runs past the end of the file)"
                return
            }
            let data = b[(i + 8)..<(i + 8 + length)]
            if type == "EXIF" {
                TIFFMetadata.read(Array(data.starts(with: "Exif\0\0".utf8) ? data.dropFirst(6) : data), &meta)
            } else if type == "XMP " {
                addXMP(data, &meta)
            }
            i += 8 + length + (length & 1)
        }
    }
}

/// EXIF is a small TIFF file: IFD0, the EXIF sub-IFD and the GPS IFD hold the fields read.
enum TIFFMetadata {
    static let tags: [UInt16: (label: String, author: Bool)] = [
        0x010E: ("EXIF image description", false), 0x013B: ("EXIF Artist", true), 0x8298: ("EXIF Copyright", true),
        0x010F: ("EXIF camera make", false), 0x0131: ("EXIF software", false),
        0x9C9B: ("EXIF title (Windows)", false), 0x9C9C: ("EXIF comment (Windows)", false),
        0x9C9D: ("EXIF author (Windows)", true), 0x9C9E: ("EXIF keywords (Windows)", false),
        0x9C9F: ("EXIF subject (Windows)", false), 0x9286: ("EXIF user comment", false),
        0xA430: ("EXIF camera owner", true), 0xA431: ("EXIF camera serial number", false),
        0xA420: ("EXIF image unique ID", false),
    ]

    static func read(_ t: [UInt8], _ meta: inout FileMetadata) {
        guard t.count >= 8 else { return }
        let little = t[0] == 0x49
        guard little || t[0] == 0x4D else { return }
        func u16(_ i: Int) -> Int? {
            guard i >= 0, i + 2 <= t.count else { return nil }
            return little ? Int(t[i]) | Int(t[i + 1]) << 8 : Int(t[i]) << 8 | Int(t[i + 1])
        }
        func u32(_ i: Int) -> Int? {
            guard let a = u16(i), let b = u16(i + 2) else { return nil }
            return little ? a | b << 16 : a << 16 | b
        }
        var pending: [(offset: Int, gps: Bool)] = [(u32(4) ?? 0, false)]
        var seen = Set<Int>()
        while let (offset, isGPS) = pending.popLast() {
            guard offset >= 8, seen.insert(offset).inserted, seen.count < 16, let count = u16(offset), count < 1_000 else {
                continue
            }
            for n in 0..<count {
                let e = offset + 2 + n * 12
                guard let tag = u16(e), let type = u16(e + 2), let items = u32(e + 4) else { break }
                if isGPS {
                    if tag == 2 || tag == 4 { meta.hasGPSPosition = true }
                    continue
                }
                if tag == 0x8769 || tag == 0x8825, let sub = u32(e + 8) {
                    pending.append((sub, tag == 0x8825))
                    continue
                }
                guard let info = tags[UInt16(tag)] else { continue }
                let size = [1: 1, 2: 1, 7: 1][type] ?? 0
                guard size > 0, items > 0, items < 1 << 20 else { continue }
                let start = items <= 4 ? e + 8 : (u32(e + 8) ?? -1)
                guard start >= 0, start + items <= t.count else { continue }
                var bytes = Array(t[start..<(start + items)])
                let value: String
                if (0x9C9B...0x9C9F).contains(tag) {
                    // Windows XP fields: UTF-16, little-endian whatever the file's byte order.
                    var units: [UInt16] = []
                    var k = 0
                    while k + 1 < bytes.count { units.append(UInt16(bytes[k]) | UInt16(bytes[k + 1]) << 8); k += 2 }
                    value = String(decoding: units, as: UTF16.self)
                } else {
                    if tag == 0x9286, bytes.count >= 8 { bytes.removeFirst(8) }  // character code prefix
                    value = String(decoding: bytes, as: UTF8.self)
                }
                let clean = value.replacingOccurrences(of: "\0", with: " ").trimmingCharacters(in: .whitespacesAndNewlines)
                if !clean.isEmpty { meta.fields.append(.init(label: info.label, value: clean, isAuthor: info.author)) }
            }
        }
    }
}
