/// A fixed set of 64-bit word hashes, looked up with one multiply and a probe or two: the
/// name rules ask it about every capitalised word, and `Set<UInt64>` hashes each question
/// with SipHash first (1% of lint on corpus B, issue 16). Same answers as a `Set`.
package struct HashSet64: Sendable {
    private let slots: [UInt64]
    private let mask: Int
    /// 0 marks an empty slot, so a member that is 0 is kept aside.
    private let hasZero: Bool

    package init<S: Sequence>(_ members: S) where S.Element == UInt64 {
        let unique = Set(members)
        var size = 8
        while size < unique.count * 2 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        for h in unique where h != 0 {
            var at = Self.slot(h, size - 1)
            while slots[at] != 0 { at = (at + 1) & (size - 1) }
            slots[at] = h
        }
        self.slots = slots
        mask = size - 1
        hasZero = unique.contains(0)
    }

    @inline(__always)
    private static func slot(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    package func contains(_ h: UInt64) -> Bool {
        if h == 0 { return hasZero }
        var at = Self.slot(h, mask)
        while true {
            let k = slots[at]
            if k == h { return true }
            if k == 0 { return false }
            at = (at + 1) & mask
        }
    }
}
