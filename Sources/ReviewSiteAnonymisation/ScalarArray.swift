/// A text as an array of Unicode scalars, the form every rule reads (issue 16). Almost all
/// report text is ASCII: then each byte is its scalar and the array is filled in one pass
/// over the UTF-8 bytes, instead of walking the scalar view twice (once to count it, once
/// to copy it). Any other text takes the general path; the result is the same.
package enum ScalarArray {
    package static func of(_ text: String) -> [Unicode.Scalar] {
        var text = text
        let ascii: [Unicode.Scalar]? = text.withUTF8 { bytes in
            var allASCII = true
            let out = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                for i in 0..<bytes.count {
                    let b = bytes[i]
                    if b >= 0x80 { allASCII = false; count = i; return }
                    buffer[i] = Unicode.Scalar(b)
                }
                count = bytes.count
            }
            return allASCII ? out : nil
        }
        return ascii ?? decoded(text)
    }

    /// Any text's scalars, decoded from its UTF-8 bytes in one pass (a Swift string's bytes
    /// are always valid UTF-8). `Array(text.unicodeScalars)` walks the scalar view twice and
    /// was 1% of a build of corpus C, where half the files are pasted from Word.
    package static func decoded(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let b = UInt32(bytes[i])
                var v: UInt32
                var length: Int
                if b < 0x80 {
                    v = b
                    length = 1
                } else if b < 0xE0 {
                    v = b & 0x1F
                    length = 2
                } else if b < 0xF0 {
                    v = b & 0x0F
                    length = 3
                } else {
                    v = b & 0x07
                    length = 4
                }
                for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
                i += length
            }
            return out
        }
    }

    /// The string the scalars spell. ASCII scalars (almost every text a rule reads) are
    /// the string's UTF-8 bytes, so it is filled in one pass; any other text goes through
    /// the scalar view. The result is the same (issue 16).
    package static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        if scalars.allSatisfy({ $0.value < 0x80 }) {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                var i = 0
                for scalar in scalars {
                    buffer[i] = UInt8(truncatingIfNeeded: scalar.value)
                    i += 1
                }
                return i
            }
        }
        return encoded(scalars)
    }

    /// Any scalars' string, their UTF-8 bytes written in one pass: the generic scalar-view
    /// append was 12% of `lint` on corpus C (curly quotes and no-break spaces in the
    /// normal form's text). The same string as `String.UnicodeScalarView` gives.
    package static func encoded<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var count = 0
        for scalar in scalars {
            let v = scalar.value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[i] = UInt8(v)
                    i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(0xC0 | v >> 6)
                    buffer[i + 1] = UInt8(0x80 | v & 0x3F)
                    i += 2
                } else if v < 0x10000 {
                    buffer[i] = UInt8(0xE0 | v >> 12)
                    buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v & 0x3F)
                    i += 3
                } else {
                    buffer[i] = UInt8(0xF0 | v >> 18)
                    buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 3] = UInt8(0x80 | v & 0x3F)
                    i += 4
                }
            }
            return i
        }
    }
}
