/// 64-bit FNV-1a: a stable hash (Swift's own `Hasher` differs from run to run), used for
/// cache keys and for cheap word look-ups.
package struct FNV1a {
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    package mutating func add(_ v: UInt64) {
        value = (value ^ v) &* 0x100_0000_01b3
    }
}

/// A stable hash of a text's UTF-8 bytes.
package enum TextHash {
    package static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of(buffer: $0) }
    }

    /// FNV-1a over a buffer.
    package static func of(buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in buffer { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }

    /// `ofFile` of a text's UTF-8 bytes: the content hash of a page (check cache key and
    /// outline), where byte-wise FNV-1a was 2% of a build.
    package static func ofContent(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { ofFile(UnsafeRawBufferPointer($0)) }
    }

    /// A hash of a whole file for the build cache's fingerprints, eight bytes a step: FNV-1a's
    /// step on little-endian words, each followed by a shift that carries high bits down, in
    /// four lanes so that the multiplications overlap. Byte-wise FNV-1a was half of a
    /// no-change rebuild's CPU (issue 16). Every step is invertible, so two files of the same
    /// length differing in one word never hash the same.
    package static func ofFile(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hasher = FileHasher()
        return hasher.finish(bytes)
    }

    /// `ofFile` of a file read in pieces: every piece but the last a whole number of 32-byte
    /// blocks (a build cache reads `reviews.json`, 129 MB at 10,000 reviews, a megabyte at a
    /// time, not whole: issue 16).
    package struct FileHasher {
        private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
        private var lanes = (basis, basis, basis, basis)
        private var count = 0

        package init() {}

        /// Hashes `bytes`, whose length must be a multiple of 32.
        package mutating func update(_ bytes: UnsafeRawBufferPointer) {
            precondition(bytes.count % 32 == 0, "a piece of a file to hash is a whole number of blocks")
            _ = blocks(bytes)
        }

        /// The hash of everything given, ending with `bytes` (any length).
        package mutating func finish(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
            let total = count + bytes.count
            var offset = blocks(bytes)
            var h = step(step(step(step(Self.basis, lanes.0), lanes.1), lanes.2), lanes.3)
            while offset + 8 <= bytes.count {
                h = step(h, word(bytes, offset))
                offset += 8
            }
            // The last few bytes as one zero-padded word, then the length (so trailing zeros count).
            var tail: UInt64 = 0
            for i in stride(from: bytes.count - 1, through: offset, by: -1) { tail = tail << 8 | UInt64(bytes[i]) }
            return step(step(h, tail), UInt64(total))
        }

        /// The whole 32-byte blocks of `bytes`, four lanes at a time; where they end.
        private mutating func blocks(_ bytes: UnsafeRawBufferPointer) -> Int {
            var (h0, h1, h2, h3) = lanes
            var offset = 0
            while offset + 32 <= bytes.count {
                h0 = step(h0, word(bytes, offset))
                h1 = step(h1, word(bytes, offset + 8))
                h2 = step(h2, word(bytes, offset + 16))
                h3 = step(h3, word(bytes, offset + 24))
                offset += 32
            }
            lanes = (h0, h1, h2, h3)
            count += offset
            return offset
        }

        private func word(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }

        private func step(_ h: UInt64, _ word: UInt64) -> UInt64 { TextHash.step(h, word) }
    }

    @inline(__always)
    fileprivate static func step(_ h: UInt64, _ word: UInt64) -> UInt64 {
        let m = (h ^ word) &* 0x100_0000_01b3
        return m ^ (m >> 32)
    }
}
