import CZlib

/// Inflates deflate data through zlib (Debian's zlib1g): PDF `/FlateDecode` streams and
/// zip entries. Output is capped, so a small "zip bomb" cannot fill memory; nil means the
/// data is damaged or would be larger than the cap.
enum Inflate {
    enum Format { case zlib, raw }

    static func data(_ input: ArraySlice<UInt8>, format: Format, limit: Int) -> [UInt8]? {
        var stream = z_stream()
        let bits: Int32 = format == .zlib ? 15 : -15
        guard inflateInit2_(&stream, bits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var input = Array(input)
        if input.isEmpty { return nil }
        return input.withUnsafeMutableBufferPointer { inBuffer -> [UInt8]? in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output += chunk[0..<produced]
                if output.count > limit { return nil }
                switch status {
                case Z_STREAM_END: return output
                case Z_OK: if produced == 0 && stream.avail_in == 0 { return output }  // truncated but usable
                case Z_BUF_ERROR: return stream.avail_in == 0 ? output : nil
                default: return nil
                }
            }
        }
    }
}

/// Reads the entries of a zip file (DOCX and ODT are zip files): stored and deflated entries,
/// through the central directory. Anything out of bounds means a damaged file (nil).
struct ZipArchive {
    struct Entry { var name: String; var method: Int; var compressedSize: Int; var size: Int; var offset: Int }
    let bytes: [UInt8]
    let entries: [Entry]

    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        guard bytes.count >= 22 else { return nil }
        var end = -1
        var i = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while i >= lowest {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 5, bytes[i + 3] == 6 { end = i; break }
            i -= 1
        }
        guard end >= 0 else { return nil }
        let count = u16(end + 10)
        var p = u32(end + 16)
        var entries: [Entry] = []
        for _ in 0..<count {
            guard p >= 0, p + 46 <= bytes.count, u32(p) == 0x0201_4B50 else { return nil }
            let nameLength = u16(p + 28), extra = u16(p + 30), comment = u16(p + 32)
            guard p + 46 + nameLength <= bytes.count else { return nil }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            entries.append(
                Entry(
                    name: name, method: u16(p + 10), compressedSize: u32(p + 20), size: u32(p + 24),
                    offset: u32(p + 42)))
            p += 46 + nameLength + extra + comment
        }
        self.entries = entries
    }

    /// The contents of one entry; nil if it is missing, damaged or over `limit` bytes.
    func data(_ name: String, limit: Int = 64 << 20) -> [UInt8]? {
        guard let e = entries.first(where: { $0.name == name }) else { return nil }
        let p = e.offset
        guard p >= 0, p + 30 <= bytes.count else { return nil }
        let nameLength = Int(bytes[p + 26]) | Int(bytes[p + 27]) << 8
        let extra = Int(bytes[p + 28]) | Int(bytes[p + 29]) << 8
        let start = p + 30 + nameLength + extra
        guard e.compressedSize >= 0, start + e.compressedSize <= bytes.count else { return nil }
        let raw = bytes[start..<(start + e.compressedSize)]
        switch e.method {
        case 0: return raw.count <= limit ? Array(raw) : nil
        case 8: return Inflate.data(raw, format: .raw, limit: limit)
        default: return nil
        }
    }

    func contains(_ name: String) -> Bool { entries.contains { $0.name == name } }
}
