import ReviewSiteCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The Markdown body as bytes, with line starts, to turn cmark's byte columns into
/// Unicode-scalar columns (what a reader and our diagnostics count).
package struct SourceText: Sendable {
    package let bytes: [UInt8]
    /// Byte offset where each line starts; line n (1-based) starts at `lineStarts[n - 1]`.
    package let lineStarts: [Int]
    /// Byte offset where each line's text ends (before its line ending).
    package let lineEnds: [Int]
    private let isASCII: Bool

    // Cache of the last conversion: inline nodes come in source order, so most lookups
    // continue from the previous one on the same line (keeps long lines linear).
    private var cacheLine = 0
    private var cacheByte = 0
    private var cacheScalars = 0

    package init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        var ends: [Int] = []
        let n = bytes.count
        // With no CR (always so after TextDecoding) the lines are found with memchr, and
        // ASCII is tested eight bytes at a time: the byte loop was 2% of a build (issue 16).
        let (ascii, hasCR) = bytes.withUnsafeBytes { raw -> (Bool, Bool) in
            guard let base = raw.baseAddress else { return (true, false) }
            var word = 0, high: UInt64 = 0
            while word + 8 <= n {
                high |= raw.loadUnaligned(fromByteOffset: word, as: UInt64.self)
                word += 8
            }
            var ascii = high & 0x8080_8080_8080_8080 == 0
            while word < n {
                if raw[word] >= 0x80 { ascii = false }
                word += 1
            }
            let hasCR = memchr(base, 0x0D, n) != nil
            if !hasCR {
                var at = 0
                while at < n, let hit = memchr(base + at, 0x0A, n - at) {
                    let i = base.distance(to: UnsafeRawPointer(hit))
                    ends.append(i)
                    starts.append(i + 1)
                    at = i + 1
                }
            }
            return (ascii, hasCR)
        }
        var i = 0
        while hasCR && i < n {
            let b = bytes[i]
            // cmark treats \n, \r and \r\n as line endings.
            if b == 0x0A || b == 0x0D {
                ends.append(i)
                if b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        ends.append(n)
        lineStarts = starts
        lineEnds = ends
        isASCII = ascii
    }

    package var lineCount: Int { lineStarts.count }

    /// The bytes of line `line` (1-based), without its line ending; empty if out of range.
    package func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lineStarts.count else { return [] }
        return bytes[lineStarts[line - 1]..<lineEnds[line - 1]]
    }

    /// The 1-based scalar column of 1-based byte column `byteColumn` on line `line`.
    package mutating func column(line: Int, byteColumn: Int) -> Int {
        guard byteColumn > 1 else { return 1 }
        if isASCII { return byteColumn }
        guard line >= 1, line <= lineStarts.count else { return byteColumn }
        let start = lineStarts[line - 1]
        let target = min(start + (byteColumn - 1), bytes.count)
        var from = start
        var scalars = 0
        if cacheLine == line && cacheByte <= target {
            from = cacheByte
            scalars = cacheScalars
        }
        var i = from
        while i < target {
            // Count every byte that starts a scalar (not a UTF-8 continuation byte).
            if bytes[i] & 0xC0 != 0x80 { scalars += 1 }
            i += 1
        }
        cacheLine = line
        cacheByte = target
        cacheScalars = scalars
        return scalars + 1
    }
}
