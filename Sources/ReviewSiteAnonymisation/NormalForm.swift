import Foundation
import ReviewSiteCore

/// The one normal form every anonymisation rule sees (issue 11, case 2), applied to scanned
/// text and to the names register alike, so a name cannot hide behind how it is typed:
/// - soft hyphens and zero-width characters are removed (U+00AD, U+200B–U+200D,
///   U+2060–U+2064, U+FEFF, U+180E);
/// - no-break and other Unicode spaces become a plain space;
/// - dashes, hyphens and minus signs become `-`;
/// - curly, reversed and modifier apostrophes and primes become `'`;
/// - decimal digits of other scripts become ASCII digits;
/// - HTML entities written out (`&nbsp;`, `&#39;`) become the characters they name;
/// - the result is Unicode NFC (`e` + combining acute → `é`).
/// Case is kept (the name rules read capitals); case folding, including Turkish İ/ı and
/// German ß, is `NormalForm.fold`, used wherever words are compared.
///
/// Every scalar of the result keeps the offset of the original scalar it came from, so a
/// finding still points at the right line and column of the source file.
package enum NormalForm {
    /// The normalised scalars and, for each, the offset of its original scalar; `origin` is
    /// empty when nothing changed (plain ASCII, the usual case), so that costs nothing.
    package static func normalise(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], origin: [Int]) {
        if scalars.allSatisfy({ $0.value < 0x80 && $0 != "&" }) { return (scalars, []) }
        var mapped: [Unicode.Scalar] = []
        var origin: [Int] = []
        mapped.reserveCapacity(scalars.count)
        origin.reserveCapacity(scalars.count)
        var needsComposition = false
        func add(_ s: Unicode.Scalar, from i: Int) {
            if isRemoved(s) { return }
            let m = map(s)
            if m.value >= 0x300, m.properties.canonicalCombiningClass != .notReordered || m.properties.isGraphemeExtend {
                needsComposition = true
            }
            mapped.append(m)
            origin.append(i)
        }
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            // An entity written out (`58&nbsp;Northgate Terrace`, `Jo&shy;anne`) in a code span
            // or a pasted HTML extract: readers see it as written and read it as the character it
            // names (development set 32).
            if s == "&", let (decoded, length) = HTMLText.entity(scalars, i, scalars.count) {
                for d in decoded.unicodeScalars { add(d, from: i) }
                i += length
                continue
            }
            if s.value < 0x80 {
                mapped.append(s)
                origin.append(i)
            } else {
                add(s, from: i)
            }
            i += 1
        }
        guard needsComposition else { return (mapped, origin) }
        // NFC within each grapheme: composition never crosses a grapheme boundary in practice,
        // and per grapheme the origin of every scalar of the result is its first scalar's.
        var out: [Unicode.Scalar] = []
        var outOrigin: [Int] = []
        out.reserveCapacity(mapped.count)
        outOrigin.reserveCapacity(mapped.count)
        var k = 0
        for ch in ScalarArray.string(mapped) {
            let n = ch.unicodeScalars.count
            if n == 1 {
                out.append(ch.unicodeScalars.first!)
                outOrigin.append(origin[k])
            } else {
                for c in String(ch).precomposedStringWithCanonicalMapping.unicodeScalars {
                    out.append(c)
                    outOrigin.append(origin[k])
                }
            }
            k += n
        }
        return (out, outOrigin)
    }

    /// The normal form of a whole string (register entries, waiver texts).
    package static func string(_ text: String) -> String {
        // One pass over UTF-8 each way (`ScalarArray`): the scalar view's append was 3% of
        // `lint` on corpus C (every accented word is folded through here).
        ScalarArray.string(normalise(ScalarArray.of(text)).scalars)
    }

    /// Characters that show nothing: removed before any rule runs.
    package static func isRemoved(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00AD, 0x180E, 0x200B...0x200D, 0x2060...0x2064, 0xFEFF: return true
        default: return false
        }
    }

    /// Spaces, dashes and apostrophes in their one spelling.
    package static func map(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"
        case 0x2018, 0x2019, 0x201B, 0x02BC, 0x02BB, 0x02BD, 0x2032, 0xFF07: return "'"
        // Digits of other scripts (`०७७०० ९०० ७७३`, Devanagari; Arabic-Indic, Bengali,
        // fullwidth) as ASCII digits, so a phone number or date in them is read as one
        // (development set 41).
        case 0x0660...:
            guard s.properties.numericType == .decimal, let v = s.properties.numericValue,
                let digit = Unicode.Scalar(0x30 + UInt32(v))
            else { return s }
            return digit
        default: return s
        }
    }

    /// Case folding for comparing words: lower case with accents removed, and the letters
    /// Foundation's folding leaves apart made equal: Turkish İ and ı fold to `i`, German ß
    /// and ẞ to `ss`.
    package static func fold<S: StringProtocol>(_ word: S) -> String {
        var s = String(word)
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        s = string(s)
        var view = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c.value {
            case 0x0130, 0x0131: view.append("i")
            case 0x00DF, 0x1E9E: view.append("s"); view.append("s")
            // Letters no decomposition takes apart, written without their stroke in English
            // records (`OSTERGAARD` for `Østergaard`, `Lukasz` for `Łukasz`; development set 61).
            case 0x00D8, 0x00F8: view.append("o")
            case 0x0141, 0x0142: view.append("l")
            case 0x0110, 0x0111: view.append("d")
            case 0x00C6, 0x00E6: view.append("a"); view.append("e")
            case 0x0152, 0x0153: view.append("o"); view.append("e")
            case 0x00DE, 0x00FE: view.append("t"); view.append("h")
            default: view.append(c)
            }
        }
        return String(view).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
