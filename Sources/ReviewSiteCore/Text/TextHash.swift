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

    /// The same hash of raw bytes (a file's content, for the build caches). Contiguous bytes
    /// (`Data`, arrays) are hashed straight from memory: through the generic iterator, a
    /// no-change rebuild spent most of its time in `Data.Iterator.next()` (issue 16).
    package static func of<C: Collection>(bytes: C) -> UInt64 where C.Element == UInt8 {
        if let h = bytes.withContiguousStorageIfAvailable({ of(buffer: $0) }) { return h }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }

    /// FNV-1a over a buffer: the same value as the loops above.
    package static func of(buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in buffer { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }
}
