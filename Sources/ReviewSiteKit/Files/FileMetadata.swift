import Foundation

/// What an attachment or image says about itself, beyond what a reader sees on the page:
/// metadata fields (an author, a title, a camera owner), whether it records a GPS position,
/// its text where it can be read without a helper, and its page count (PDF).
/// Read by the inspectors below; checked by FileCheck. Never printed.
struct FileMetadata: Sendable {
    struct Field: Sendable, Equatable {
        /// Where it was found, as a reader would look for it: "PDF Author", "EXIF Artist".
        var label: String
        var value: String
        /// A field that names who made or changed the file: a person's name here is a warning
        /// even when no rule finds it.
        var isAuthor: Bool
    }

    var fields: [Field] = []
    var hasGPSPosition = false
    /// The document's own text (DOCX, ODT), to check like a page body.
    var text: String?
    var pageCount: Int?
    /// Why the file could not be checked (encrypted, damaged); nil when it was.
    var unreadable: String?

    static func inspect(_ bytes: [UInt8], kind: PageFile.Kind) -> FileMetadata {
        switch kind {
        case .pdf: return PDFInspector.inspect(bytes)
        case .docx, .odt: return OfficeInspector.inspect(bytes, kind: kind)
        case .jpg, .png, .webp: return ImageInspector.inspect(bytes, kind: kind)
        case .svg, .csv: return FileMetadata()
        }
    }
}

/// Fields of an XMP packet (Adobe's XML metadata, used in PDFs and images).
enum XMPFields {
    /// XMP properties worth checking, with their labels; `true` for who-made-it fields.
    static let properties: [(tag: String, label: String, author: Bool)] = [
        ("dc:creator", "XMP creator", true), ("dc:title", "XMP title", false),
        ("dc:description", "XMP description", false), ("dc:subject", "XMP subject", false),
        ("dc:rights", "XMP rights", false), ("pdf:Keywords", "XMP keywords", false),
        ("pdf:Producer", "XMP producer", false), ("pdf:Author", "XMP author", true),
        ("xmp:CreatorTool", "XMP creator tool", false), ("photoshop:AuthorsPosition", "XMP author's position", true),
        ("photoshop:Credit", "XMP credit", true), ("photoshop:City", "XMP city", false),
        ("Iptc4xmpCore:Location", "XMP location", false), ("exif:GPSLatitude", "XMP GPS latitude", false),
        ("xmpRights:Owner", "XMP rights owner", true), ("aux:OwnerName", "XMP camera owner", true),
    ]

    /// Every XMP packet in `text`, as fields.
    static func fields(in bytes: ArraySlice<UInt8>) -> (fields: [FileMetadata.Field], gps: Bool) {
        let text = String(decoding: bytes, as: UTF8.self)
        var out: [FileMetadata.Field] = []
        var gps = false
        var rest = text[...]
        while let start = rest.range(of: "<x:xmpmeta") ?? rest.range(of: "<rdf:RDF") {
            let end =
                rest.range(of: "</x:xmpmeta>", range: start.upperBound..<rest.endIndex)
                ?? rest.range(of: "</rdf:RDF>", range: start.upperBound..<rest.endIndex)
            let packet = rest[start.lowerBound..<(end?.upperBound ?? rest.endIndex)]
            for p in properties {
                for value in values(of: p.tag, in: packet) where !value.isEmpty {
                    if p.tag.hasPrefix("exif:GPS") { gps = true; continue }
                    out.append(.init(label: p.label, value: value, isAuthor: p.author))
                }
            }
            if packet.contains("exif:GPSLatitude") || packet.contains("exif:GPSLongitude") { gps = true }
            guard let end else { break }
            rest = rest[end.upperBound...]
        }
        return (out, gps)
    }

    /// The text of each `<tag>…</tag>` element (inner tags such as rdf:Seq/rdf:li removed)
    /// and of each `tag="…"` attribute.
    static func values(of tag: String, in packet: Substring) -> [String] {
        var out: [String] = []
        var rest = packet
        while let open = rest.range(of: "<" + tag) {
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let after = rest.index(after: close)
            if rest[rest.index(before: close)] == "/" { rest = rest[after...]; continue }
            guard let end = rest.range(of: "</" + tag + ">", range: after..<rest.endIndex) else { break }
            out.append(XMLText.plain(rest[after..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        rest = packet
        while let attr = rest.range(of: tag + "=\"") {
            guard let end = rest[attr.upperBound...].firstIndex(of: "\"") else { break }
            out.append(XMLText.unescape(rest[attr.upperBound..<end]))
            rest = rest[end...]
        }
        return out.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}

/// Text out of XML: tags removed (a paragraph or list item ends a line), entities decoded.
enum XMLText {
    static func plain(_ xml: Substring, lineBreakTags: [String] = ["</rdf:li>", "</w:p>", "</text:p>", "</text:h>"]) -> String {
        var out = ""
        var i = xml.startIndex
        while i < xml.endIndex {
            if xml[i] == "<", let close = xml[i...].firstIndex(of: ">") {
                let tag = xml[i...close]
                if lineBreakTags.contains(where: { tag == $0 }) || tag == "<w:tab/>" || tag.hasPrefix("<text:tab") {
                    out += tag.hasPrefix("</") ? "\n" : " "
                }
                i = xml.index(after: close)
            } else {
                out.append(xml[i])
                i = xml.index(after: i)
            }
        }
        return unescape(out[...])
    }

    static func unescape(_ s: Substring) -> String {
        guard s.contains("&") else { return String(s) }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") {
                let name = s[s.index(after: i)..<semi]
                var scalar: Unicode.Scalar?
                switch name {
                case "amp": scalar = "&"
                case "lt": scalar = "<"
                case "gt": scalar = ">"
                case "quot": scalar = "\""
                case "apos": scalar = "'"
                default:
                    if name.hasPrefix("#x") {
                        scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                    } else if name.hasPrefix("#") {
                        scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
                    }
                }
                if let scalar {
                    out.unicodeScalars.append(scalar)
                    i = s.index(after: semi)
                    continue
                }
            }
            out.append(s[i])
            i = s.index(after: i)
        }
        return out
    }
}

/// DOCX (`docProps/core.xml`, `docProps/app.xml`, `word/document.xml`) and ODT (`meta.xml`,
/// `content.xml`): both are zip files of XML.
enum OfficeInspector {
    static func inspect(_ bytes: [UInt8], kind: PageFile.Kind) -> FileMetadata {
        var meta = FileMetadata()
        guard let zip = ZipArchive(bytes) else {
            meta.unreadable = "it is damaged (it is not a complete \(kind == .docx ? "DOCX" : "ODT") file)"
            return meta
        }
        if zip.contains("EncryptionInfo") || zip.contains("EncryptedPackage") {
            meta.unreadable = "it is encrypted (password-protected)"
            return meta
        }
        let docx = kind == .docx
        let props: [(file: String, tag: String, label: String, author: Bool)] =
            docx
            ? [
                ("docProps/core.xml", "dc:creator", "document author (creator)", true),
                ("docProps/core.xml", "cp:lastModifiedBy", "document 'last modified by'", true),
                ("docProps/core.xml", "dc:title", "document title", false),
                ("docProps/core.xml", "dc:subject", "document subject", false),
                ("docProps/core.xml", "dc:description", "document comments", false),
                ("docProps/core.xml", "cp:keywords", "document keywords", false),
                ("docProps/app.xml", "Manager", "document manager", true),
                ("docProps/app.xml", "Company", "document company", false),
            ]
            : [
                ("meta.xml", "dc:creator", "document author (creator)", true),
                ("meta.xml", "meta:initial-creator", "document initial creator", true),
                ("meta.xml", "dc:title", "document title", false),
                ("meta.xml", "dc:subject", "document subject", false),
                ("meta.xml", "dc:description", "document comments", false),
                ("meta.xml", "meta:keyword", "document keywords", false),
            ]
        var cache: [String: String] = [:]
        for p in props {
            if cache[p.file] == nil {
                cache[p.file] = zip.data(p.file).map { String(decoding: $0, as: UTF8.self) } ?? ""
            }
            for value in XMPFields.values(of: p.tag, in: cache[p.file]![...]) where !value.isEmpty {
                meta.fields.append(.init(label: p.label, value: value, isAuthor: p.author))
            }
        }
        let body = docx ? "word/document.xml" : "content.xml"
        guard zip.contains(body), let xml = zip.data(body) else {
            meta.unreadable = "its text cannot be read (the file is damaged or its text is too large)"
            return meta
        }
        meta.text = XMLText.plain(String(decoding: xml, as: UTF8.self)[...])
        return meta
    }
}
