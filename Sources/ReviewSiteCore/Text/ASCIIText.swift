/// Byte-wise fast paths for text that is all ASCII, where every Character is one byte (CR LF
/// aside, which none of these look for), so a byte search finds what a Character search
/// finds. Other text keeps the Character (or Foundation) path: Character searches and
/// Foundation's trimming and replacing were 15% of a build of corpus B (issue 16).
/// Concrete String and Substring versions: generic ones are not specialised in the modules
/// that call them, and cost more than they saved.
package enum ASCIIText {
    package static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { allASCII($0) }
    }

    package static func isASCII(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8 { allASCII($0) }
    }

    private static func allASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }

    /// The first `character` (an ASCII one) in `text`, as `text.firstIndex(of:)` finds it.
    package static func firstIndex(of character: Unicode.Scalar, in text: String) -> String.Index? {
        if isASCII(text) { return text.utf8.firstIndex(of: UInt8(character.value)) }
        return text.firstIndex(of: Character(character))
    }

    /// The same in a substring.
    package static func firstIndex(of character: Unicode.Scalar, in text: Substring) -> String.Index? {
        if isASCII(text) { return text.utf8.firstIndex(of: UInt8(character.value)) }
        return text.firstIndex(of: Character(character))
    }

    /// The value of a hexadecimal digit (`0`–`9`, `a`–`f`, `A`–`F`) given as its scalar value.
    package static func hexDigit(_ value: UInt32) -> UInt8? {
        switch value {
        case 0x30...0x39: UInt8(value - 0x30)
        case 0x41...0x46: UInt8(value - 0x41 + 10)
        case 0x61...0x66: UInt8(value - 0x61 + 10)
        default: nil
        }
    }

    /// `text.split(separator:)` on an ASCII `separator`, empty parts left out: by bytes when
    /// the text is ASCII (the Character split of link paths was 2% of a build of corpus B).
    package static func split(_ text: String, separator: Unicode.Scalar) -> [Substring] {
        guard isASCII(text) else { return text.split(separator: Character(separator)) }
        let byte = UInt8(separator.value)
        let utf8 = text.utf8
        var out: [Substring] = []
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == byte {
                if start != i { out.append(text[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { out.append(text[start..<utf8.endIndex]) }
        return out
    }

    /// Whether `text` holds `character` (an ASCII one), as `text.contains(_:)` says.
    package static func contains(_ character: Unicode.Scalar, in text: Substring) -> Bool {
        firstIndex(of: character, in: text) != nil
    }

    /// Whether the bytes hold `word`'s bytes in a row (a plain loop: the standard library's
    /// generic `firstRange(of:)` cost more than the Foundation search it was to replace).
    package static func bytes(_ bytes: [UInt8], contain word: String) -> Bool {
        let needle = Array(word.utf8)
        guard !needle.isEmpty else { return true }
        guard needle.count <= bytes.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
