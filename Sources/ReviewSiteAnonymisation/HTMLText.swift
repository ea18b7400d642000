import ReviewSiteCore
import ReviewSiteNames

/// The readable parts of an HTML or XML file, decoded, each with the file offset of every
/// character so findings point at the right line and column of the HTML file.
///
/// - text content, with block tags turned into blank lines (so `<li>Jane</li><li>Doe</li>`
///   does not read as one name) and inline tags into nothing (`<em>Jane</em> Doe` does);
/// - attribute values that can carry words (alt, title, aria-label, meta content, href,
///   src…), each as its own piece;
/// - comments and CDATA as text; script and style content skipped; entities decoded.
/// The parser is a single forward pass with no recursion, so any input is safe.
package struct HTMLText: Sendable {
    package struct Piece: Sendable {
        package var text: String
        /// File scalar offset of each scalar of `text` (32 bits: half the memory of a
        /// large listing's scan, issue 16).
        package var offsets: [Int32]
    }

    package var pieces: [Piece] = []

    /// Attributes never worth scanning (layout, identifiers, machine values).
    package static let skippedAttributes: Set<String> = [
        "class", "id", "style", "lang", "xml:lang", "dir", "rel", "type", "width", "height", "datetime", "charset",
        "name", "property", "http-equiv", "role", "hreflang", "media", "sizes", "integrity", "crossorigin",
        "loading", "decoding", "tabindex", "hidden", "aria-hidden", "aria-current", "aria-labelledby",
        "aria-describedby", "aria-controls", "aria-expanded", "for", "method", "xmlns", "version", "encoding",
        "colspan", "rowspan", "scope", "headers", "async", "defer", "nonce", "referrerpolicy", "target",
    ]

    package static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "ins", "del",
    ]

    package init(_ s: [Unicode.Scalar]) {
        var reader = Reader(s: s)
        var i = 0
        while i < s.count {
            i = s[i] == "<" ? reader.markup(at: i) : reader.text(at: i)
        }
        pieces = [reader.body] + reader.attributes
    }

    /// Reads a page from left to right: text and inline tags go into `body`, a block tag starts
    /// a new paragraph, and each attribute value worth scanning becomes a piece of its own.
    private struct Reader {
        let s: [Unicode.Scalar]
        var body = Piece(text: "", offsets: [])
        var attributes: [Piece] = []

        /// Text up to the next tag; returns where it ends.
        mutating func text(at i: Int) -> Int {
            var j = i
            while j < s.count, s[j] != "<" { j += 1 }
            HTMLText.append(s, &body, i, j, decode: true)
            return j
        }

        /// A comment, CDATA, declaration or tag starting at `<`; returns where it ends.
        mutating func markup(at i: Int) -> Int {
            if HTMLText.starts(s, i, "<!--") {
                let end = HTMLText.find(s, i + 4, "-->") ?? s.count
                separate(i)
                HTMLText.append(s, &body, i + 4, end, decode: false)
                separate(end)
                return min(s.count, end + 3)
            }
            if HTMLText.starts(s, i, "<![CDATA[") {
                let end = HTMLText.find(s, i + 9, "]]>") ?? s.count
                HTMLText.append(s, &body, i + 9, end, decode: false)
                return min(s.count, end + 3)
            }
            if i + 1 < s.count, s[i + 1] == "!" || s[i + 1] == "?" {
                return (HTMLText.find(s, i, ">") ?? s.count - 1) + 1
            }
            if i + 1 < s.count, s[i + 1] == "/" || s[i + 1].properties.isAlphabetic {
                return tag(at: i)
            }
            HTMLText.append(s, &body, i, i + 1, decode: false)
            return i + 1
        }

        /// An opening or closing tag with its attributes; `<script>` and `<style>` skip their
        /// raw text, which is code, not page text.
        private mutating func tag(at i: Int) -> Int {
            let closing = s[i + 1] == "/"
            var j = closing ? i + 2 : i + 1
            let nameStart = j
            while j < s.count, !HTMLText.isSpace(s[j]), s[j] != ">", s[j] != "/" { j += 1 }
            // ScalarArray.string: the generic scalar-view append was 2% of a build of corpus B.
            let name = ScalarArray.string(s[nameStart..<j]).lowercased()
            if !HTMLText.inlineTags.contains(name) { separate(i) }
            j = readAttributes(from: j, keep: !closing)
            var end = min(s.count, j + 1)
            if !closing, name == "script" || name == "style" {
                while end < s.count, !(s[end] == "<" && HTMLText.startsIgnoringCase(s, end, "</" + name)) { end += 1 }
            }
            return end
        }

        /// Attributes: a name, an optional `=` and a quoted or bare value, up to `>`.
        private mutating func readAttributes(from start: Int, keep: Bool) -> Int {
            var j = start
            while j < s.count, s[j] != ">" {
                if HTMLText.isSpace(s[j]) || s[j] == "/" { j += 1; continue }
                let an = j
                while j < s.count, !HTMLText.isSpace(s[j]), s[j] != "=", s[j] != ">", s[j] != "/" { j += 1 }
                let attribute = ScalarArray.string(s[an..<j]).lowercased()
                while j < s.count, HTMLText.isSpace(s[j]) { j += 1 }
                guard j < s.count, s[j] == "=" else { if an == j { j += 1 }; continue }
                j += 1
                while j < s.count, HTMLText.isSpace(s[j]) { j += 1 }
                var vs = j, ve = j
                if j < s.count, s[j] == "\"" || s[j] == "'" {
                    let q = s[j]
                    vs = j + 1
                    ve = vs
                    while ve < s.count, s[ve] != q { ve += 1 }
                    j = min(s.count, ve + 1)
                } else {
                    while ve < s.count, !HTMLText.isSpace(s[ve]), s[ve] != ">" { ve += 1 }
                    j = ve
                }
                if keep, !HTMLText.skippedAttributes.contains(attribute), ve > vs {
                    var piece = Piece(text: "", offsets: [])
                    HTMLText.append(s, &piece, vs, ve, decode: true)
                    // `mailto:?subject=DHR%20Ana%C3%AFs`: a link's words as readers see them.
                    // Each value of its query on its own (`subject=Faith communities` starts one).
                    if HTMLText.urlAttributes.contains(attribute) {
                        attributes += HTMLText.queryValues(HTMLText.percentDecoded(piece))
                    } else {
                        attributes.append(piece)
                    }
                }
            }
            return j
        }

        /// A paragraph break, so a name cannot run on across two blocks.
        private mutating func separate(_ at: Int) {
            if !body.text.isEmpty, !body.text.hasSuffix("\n\n") {
                body.text += "\n\n"
                body.offsets += [Int32(at), Int32(at)]
            }
        }
    }

    /// Attributes holding an address, whose percent-escapes hide words (`Ana%C3%AFs`, `J%61ne`).
    package static let urlAttributes: Set<String> = ["href", "src", "action", "cite", "poster", "data", "srcset"]

    /// The piece with each run of `%XX` escapes decoded as UTF-8 (left as written when they
    /// are not UTF-8), each decoded character at the offset of its first `%`.
    package static func percentDecoded(_ piece: Piece) -> Piece {
        let scalars = Array(piece.text.unicodeScalars)
        guard scalars.contains("%") else { return piece }
        var out = Piece(text: "", offsets: [])
        var k = 0
        while k < scalars.count {
            var bytes: [UInt8] = [], starts: [Int] = []
            var j = k
            while j + 2 < scalars.count, scalars[j] == "%", let hi = ASCIIText.hexDigit(scalars[j + 1].value),
                let lo = ASCIIText.hexDigit(scalars[j + 2].value)
            {
                bytes.append(hi << 4 | lo)
                starts.append(j)
                j += 3
            }
            guard !bytes.isEmpty, let decoded = String(validating: bytes, as: UTF8.self) else {
                out.text.unicodeScalars.append(scalars[k])
                out.offsets.append(piece.offsets[k])
                k += 1
                continue
            }
            // Each character takes the offset of the escape that starts it.
            var b = 0
            for v in decoded.unicodeScalars {
                out.text.unicodeScalars.append(v)
                out.offsets.append(piece.offsets[starts[b]])
                b += String(v).utf8.count
            }
            k = j
        }
        return out
    }

    /// The piece cut at `?`, `&` and `=` when it has a query, each part a piece of its own.
    package static func queryValues(_ piece: Piece) -> [Piece] {
        guard piece.text.unicodeScalars.contains("=") else { return [piece] }
        var parts: [Piece] = []
        var current = Piece(text: "", offsets: [])
        for (v, offset) in zip(piece.text.unicodeScalars, piece.offsets) {
            if v == "?" || v == "&" || v == "=" {
                if !current.text.isEmpty { parts.append(current) }
                current = Piece(text: "", offsets: [])
            } else {
                current.text.unicodeScalars.append(v)
                current.offsets.append(offset)
            }
        }
        if !current.text.isEmpty { parts.append(current) }
        return parts
    }

    /// Appends source scalars `from..<end` to a piece, decoding entities when asked.
    /// Static, with the scalars passed in: a method on `self` called with `&body` made
    /// Swift copy `self` for the call, so `body` was shared and every call copied the
    /// whole text so far (quadratic: minutes for the 10,000-review listing, issue 16).
    /// Each run up to the next `&` is appended at once: scalar by scalar, the appends were
    /// 3% of a build of corpus B (issue 16).
    package static func append(_ s: [Unicode.Scalar], _ to: inout Piece, _ from: Int, _ end: Int, decode: Bool) {
        var k = from
        while k < end {
            if decode, s[k] == "&", let (value, length) = HTMLText.entity(s, k, end) {
                for v in value.unicodeScalars { to.text.unicodeScalars.append(v); to.offsets.append(Int32(k)) }
                k += length
                continue
            }
            // The run up to the next `&` (the one at `k` itself, when it starts no entity,
            // goes in as written).
            var j = k + 1
            if decode {
                while j < end, s[j] != "&" { j += 1 }
            } else {
                j = end
            }
            to.text += ScalarArray.string(s[k..<j])
            to.offsets.append(contentsOf: Int32(k)..<Int32(j))
            k = j
        }
    }

    package static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" }

    package static func starts(_ s: [Unicode.Scalar], _ i: Int, _ prefix: String) -> Bool {
        var k = i
        for p in prefix.unicodeScalars {
            guard k < s.count, s[k] == p else { return false }
            k += 1
        }
        return true
    }

    package static func startsIgnoringCase(_ s: [Unicode.Scalar], _ i: Int, _ prefix: String) -> Bool {
        var k = i
        for p in prefix.unicodeScalars {
            guard k < s.count, String(s[k]).lowercased() == String(p) else { return false }
            k += 1
        }
        return true
    }

    package static func find(_ s: [Unicode.Scalar], _ from: Int, _ needle: String) -> Int? {
        var k = from
        while k < s.count {
            if starts(s, k, needle) { return k }
            k += 1
        }
        return nil
    }

    package static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "\u{2013}",
        "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "hellip": "\u{2026}", "copy": "\u{A9}", "pound": "\u{A3}", "euro": "\u{20AC}", "middot": "\u{B7}",
        "bull": "\u{2022}", "shy": "", "zwj": "", "zwnj": "",
        // Spaces, invisible characters, dashes and quotes that can hide a name (issue 11):
        // decoded so the normal form treats them as the characters they are.
        "NonBreakingSpace": "\u{00A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "emsp13": "\u{2004}",
        "emsp14": "\u{2005}", "numsp": "\u{2007}", "puncsp": "\u{2008}", "thinsp": "\u{2009}",
        "ThinSpace": "\u{2009}", "hairsp": "\u{200A}", "VeryThinSpace": "\u{200A}", "MediumSpace": "\u{205F}",
        "NegativeVeryThinSpace": "\u{200B}", "NegativeThinSpace": "\u{200B}", "NegativeMediumSpace": "\u{200B}",
        "NegativeThickSpace": "\u{200B}", "ZeroWidthSpace": "\u{200B}", "NoBreak": "\u{2060}",
        "Tab": "\t", "NewLine": "\n", "lrm": "\u{200E}", "rlm": "\u{200F}", "hyphen": "\u{2010}", "dash": "\u{2010}",
        "minus": "\u{2212}", "horbar": "\u{2015}", "rsquor": "\u{2019}", "lsquor": "\u{201A}", "prime": "\u{2032}",
        "Prime": "\u{2033}", "period": ".", "commat": "@", "lowbar": "_", "UnderBar": "_",
        "num": "#", "colon": ":", "sol": "/", "bsol": "\\", "plus": "+", "comma": ",",
    ]

    /// The entity at `i` (`&amp;`, `&#39;`, `&#x27;`) and how many scalars it spans.
    package static func entity(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> (String, Int)? {
        var k = i + 1
        while k < end, k - i < 32, s[k] != ";" { k += 1 }
        guard k < end, s[k] == ";", k > i + 1 else { return nil }
        let body = ScalarArray.string(s[(i + 1)..<k])
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value =
                digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value else { return nil }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            return (String(scalar), k - i + 1)
        }
        guard let v = namedEntities[body] else { return nil }
        return (v, k - i + 1)
    }
}
