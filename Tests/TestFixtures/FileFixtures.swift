import Foundation

/// Small, valid files made in code for the attachment checks: a PDF with an Info dictionary,
/// an XMP packet and a page of text; a DOCX (a zip of XML, stored or deflated); a JPEG with
/// an EXIF APP1 segment; a PNG with a text chunk. Each carries whatever text the test asks for.
public enum FileFixtures {
    /// A one- or more-page PDF. `info` goes in the Info dictionary, `xmpCreator` in an XMP
    /// packet, each page's text in its content stream. Offsets in the xref table are exact.
    public static func pdf(
        info: [String: String] = [:], xmpCreator: String? = nil, pages: [String] = ["Hello"],
        encrypted: Bool = false, truncate: Bool = false
    ) -> [UInt8] {
        var objects: [String] = []
        let pageCount = pages.count
        let kids = (0..<pageCount).map { "\(4 + $0 * 2) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Catalog /Pages 2 0 R\(xmpCreator == nil ? "" : " /Metadata \(4 + pageCount * 2) 0 R") >>")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pageCount) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        for (i, text) in pages.enumerated() {
            objects.append(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents \(5 + i * 2) 0 R >>"
            )
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                .replacingOccurrences(of: ")", with: "\\)")
            let stream = "BT /F1 12 Tf 72 720 Td (\(escaped)) Tj ET"
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        }
        if let xmpCreator {
            let xmp = """
                <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>\(xmpCreator)</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>
                """
            objects.append("<< /Type /Metadata /Subtype /XML /Length \(xmp.utf8.count) >>\nstream\n\(xmp)\nendstream")
        }
        let infoNumber = objects.count + 1
        objects.append("<< " + info.sorted { $0.key < $1.key }.map { "/\($0.key) (\($0.value))" }.joined(separator: " ") + " >>")
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(o)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(format: "%010d 00000 n \n", o) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info \(infoNumber) 0 R"
        out += encrypted ? " /Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>" : ""
        out += " >>\nstartxref\n\(xref)\n%%EOF\n"
        let bytes = Array(out.utf8)
        return truncate ? Array(bytes.prefix(bytes.count / 2)) : bytes
    }

    /// A zip file of the given entries, stored (no compression), as `zip -0` writes.
    public static func zip(_ entries: [(String, String)]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ v: Int, _ into: inout [UInt8]) { into += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: Int, _ into: inout [UInt8]) { u16(v & 0xFFFF, &into); u16(v >> 16 & 0xFFFF, &into) }
        for (name, text) in entries {
            let data = Array(text.utf8), nameBytes = Array(name.utf8)
            let crc = crc32(data)
            let offset = out.count
            u32(0x0403_4B50, &out); u16(20, &out); u16(0, &out); u16(0, &out); u16(0, &out); u16(0, &out)
            u32(crc, &out); u32(data.count, &out); u32(data.count, &out); u16(nameBytes.count, &out); u16(0, &out)
            out += nameBytes + data
            u32(0x0201_4B50, &central); u16(20, &central); u16(20, &central); u16(0, &central); u16(0, &central)
            u16(0, &central); u16(0, &central); u32(crc, &central); u32(data.count, &central); u32(data.count, &central)
            u16(nameBytes.count, &central); u16(0, &central); u16(0, &central); u16(0, &central); u16(0, &central)
            u32(0, &central); u32(offset, &central)
            central += nameBytes
        }
        let start = out.count
        out += central
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(entries.count, &out); u16(entries.count, &out)
        u32(central.count, &out); u32(start, &out); u16(0, &out)
        return out
    }

    public static func crc32(_ data: [UInt8]) -> Int {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in data {
            crc ^= UInt32(b)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return Int(crc ^ 0xFFFF_FFFF)
    }

    /// A DOCX with the given core properties and body text.
    public static func docx(
        creator: String, lastModifiedBy: String, title: String = "Overview report", body: String = "The review."
    ) -> [UInt8] {
        zip([
            (
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
            ),
            (
                "docProps/core.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(title)</dc:title><dc:creator>\(creator)</dc:creator><cp:lastModifiedBy>\(lastModifiedBy)</cp:lastModifiedBy></cp:coreProperties>
                """
            ),
            (
                "word/document.xml",
                """
                <?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>\(body)</w:t></w:r></w:p></w:body></w:document>
                """
            ),
        ])
    }

    /// A JPEG: SOI, an EXIF APP1 segment (big-endian TIFF) with ASCII tags, optionally a GPS
    /// IFD with a latitude, then EOI. Enough for a metadata reader; not a viewable picture.
    public static func jpeg(ascii: [UInt16: String], gps: Bool = false, xmpCreator: String? = nil) -> [UInt8] {
        var tiff: [UInt8] = [0x4D, 0x4D, 0, 42, 0, 0, 0, 8]
        func u16(_ v: Int) -> [UInt8] { [UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        func u32(_ v: Int) -> [UInt8] { u16(v >> 16) + u16(v & 0xFFFF) }
        let tags = ascii.sorted { $0.key < $1.key }
        let count = tags.count + (gps ? 1 : 0)
        let ifdSize = 2 + count * 12 + 4
        var dataOffset = 8 + ifdSize
        var entries: [UInt8] = []
        var data: [UInt8] = []
        for (tag, text) in tags {
            let bytes = Array(text.utf8) + [0]
            entries += u16(Int(tag)) + u16(2) + u32(bytes.count) + u32(dataOffset)
            data += bytes
            dataOffset += bytes.count
        }
        if gps {
            entries += u16(0x8825) + u16(4) + u32(1) + u32(dataOffset)
            // GPS IFD: one entry, GPSLatitude (tag 2, RATIONAL x3) pointing just after it.
            data += u16(1) + u16(2) + u16(5) + u32(3) + u32(dataOffset + 18) + u32(0)
            data += u32(51) + u32(1) + u32(30) + u32(1) + u32(0) + u32(1)
        }
        tiff += u16(count) + entries + u32(0) + data
        let exif = Array("Exif".utf8) + [0, 0] + tiff
        var out: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE1] + u16(exif.count + 2) + exif
        if let xmpCreator {
            let xmp =
                Array("http://ns.adobe.com/xap/1.0/\0".utf8)
                + Array(
                    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description><dc:creator><rdf:Seq><rdf:li>\(xmpCreator)</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
                        .utf8)
            out += [0xFF, 0xE1] + u16(xmp.count + 2) + xmp
        }
        return out + [0xFF, 0xD9]
    }

    /// A PNG signature, one tEXt chunk and IEND (CRCs are not checked by the reader).
    public static func png(text: [(String, String)]) -> [UInt8] {
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        func chunk(_ type: String, _ data: [UInt8]) {
            let n = data.count
            out += [UInt8(n >> 24 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF)]
            let body = Array(type.utf8) + data
            out += body
            let c = crc32(body)
            out += [UInt8(c >> 24 & 0xFF), UInt8(c >> 16 & 0xFF), UInt8(c >> 8 & 0xFF), UInt8(c & 0xFF)]
        }
        for (k, v) in text { chunk("tEXt", Array(k.utf8) + [0] + Array(v.utf8)) }
        chunk("IEND", [])
        return out
    }
}
