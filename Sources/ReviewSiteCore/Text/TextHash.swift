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
        var h = FNV1a()
        for byte in text.utf8 { h.add(UInt64(byte)) }
        return h.value
    }

    /// The same hash of raw bytes (a file's content, for the build caches).
    package static func of<C: Collection>(bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }
}
