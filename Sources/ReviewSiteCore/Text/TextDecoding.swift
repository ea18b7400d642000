#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns file bytes into text the parsers can trust: a UTF-8 BOM is dropped and CRLF or CR
/// line endings become LF (both must simply work); invalid UTF-8 and binary files are errors
/// with the line and column of the first bad byte.
package enum TextDecoding {
    package enum Failure: Error, Equatable {
        case binary(line: Int, column: Int)
        case invalidUTF8(line: Int, column: Int)
    }

    package static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let body = bytes[start...]
        if let nul = firstIndex(of: 0, in: bytes, from: start) {
            let (line, column) = position(of: nul, in: bytes, from: start)
            return .failure(.binary(line: line, column: column))
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            let bad = firstInvalidByte(body) ?? start
            let (line, column) = position(of: bad, in: bytes, from: start)
            return .failure(.invalidUTF8(line: line, column: column))
        }
        guard firstIndex(of: 13, in: bytes, from: start) != nil else { return .success(text) }
        var out = [UInt8]()
        out.reserveCapacity(body.count)
        var i = body.startIndex
        while i < body.endIndex {
            let b = body[i]
            if b == 13 {
                out.append(10)
                if i + 1 < body.endIndex && body[i + 1] == 10 { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        return .success(String(decoding: out, as: UTF8.self))
    }

    /// The first `byte` at or after `start`, found with `memchr` (the generic search was most
    /// of the cost of reading a page, which the build does twice, issue 16).
    private static func firstIndex(of byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let hit = memchr(base + start, Int32(byte), buffer.count - start) else {
                return nil
            }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Line and column (in characters) of byte `index`, counting from `start`.
    private static func position(of index: Int, in bytes: [UInt8], from start: Int) -> (Int, Int) {
        var line = 1, column = 1
        var i = start
        while i < index {
            if bytes[i] == 10 { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (line, column)
    }

    private static func firstInvalidByte(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            if i + length > bytes.endIndex { return i }
            if let subsequence = String(validating: bytes[i..<(i + length)], as: UTF8.self), !subsequence.isEmpty {
                i += length
            } else {
                return i
            }
        }
        return nil
    }
}
