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
        return ascii ?? Array(text.unicodeScalars)
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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
