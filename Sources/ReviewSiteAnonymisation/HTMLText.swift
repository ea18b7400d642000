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
        /// File scalar offset of each scalar of `text`.
        package var offsets: [Int]
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
        var body = Piece(text: "", offsets: [])
        var i = 0
        func appendText(_ to: inout Piece, _ from: Int, _ end: Int, decode: Bool) {
            var k = from
            while k < end {
                if decode, s[k] == "&", let (value, length) = Self.entity(s, k, end) {
                    for v in value.unicodeScalars { to.text.unicodeScalars.append(v); to.offsets.append(k) }
                    k += length
                } else {
                    to.text.unicodeScalars.append(s[k])
                    to.offsets.append(k)
                    k += 1
                }
            }
        }
        func separate(_ at: Int) {
            if !body.text.isEmpty, !body.text.hasSuffix("\n\n") {
                body.text += "\n\n"
                body.offsets += [at, at]
            }
        }
        while i < s.count {
            guard s[i] == "<" else {
                var j = i
                while j < s.count, s[j] != "<" { j += 1 }
                appendText(&body, i, j, decode: true)
                i = j
                continue
            }
            if Self.starts(s, i, "<!--") {
                let end = Self.find(s, i + 4, "-->") ?? s.count
                separate(i)
                appendText(&body, i + 4, end, decode: false)
                separate(end)
                i = min(s.count, end + 3)
            } else if Self.starts(s, i, "<![CDATA[") {
                let end = Self.find(s, i + 9, "]]>") ?? s.count
                appendText(&body, i + 9, end, decode: false)
                i = min(s.count, end + 3)
            } else if i + 1 < s.count, s[i + 1] == "!" || s[i + 1] == "?" {
                i = (Self.find(s, i, ">") ?? s.count - 1) + 1
            } else if i + 1 < s.count, s[i + 1] == "/" || s[i + 1].properties.isAlphabetic {
                let closing = s[i + 1] == "/"
                var j = closing ? i + 2 : i + 1
                let nameStart = j
                while j < s.count, !Self.isSpace(s[j]), s[j] != ">", s[j] != "/" { j += 1 }
                let name = String(String.UnicodeScalarView(s[nameStart..<j])).lowercased()
                if !Self.inlineTags.contains(name) { separate(i) }
                // Attributes: name, optional = and a quoted or bare value.
                while j < s.count, s[j] != ">" {
                    if Self.isSpace(s[j]) || s[j] == "/" { j += 1; continue }
                    let an = j
                    while j < s.count, !Self.isSpace(s[j]), s[j] != "=", s[j] != ">", s[j] != "/" { j += 1 }
                    let attribute = String(String.UnicodeScalarView(s[an..<j])).lowercased()
                    while j < s.count, Self.isSpace(s[j]) { j += 1 }
                    guard j < s.count, s[j] == "=" else { if an == j { j += 1 }; continue }
                    j += 1
                    while j < s.count, Self.isSpace(s[j]) { j += 1 }
                    var vs = j, ve = j
                    if j < s.count, s[j] == "\"" || s[j] == "'" {
                        let q = s[j]
                        vs = j + 1
                        ve = vs
                        while ve < s.count, s[ve] != q { ve += 1 }
                        j = min(s.count, ve + 1)
                    } else {
                        while ve < s.count, !Self.isSpace(s[ve]), s[ve] != ">" { ve += 1 }
                        j = ve
                    }
                    if !closing, !Self.skippedAttributes.contains(attribute), ve > vs {
                        var piece = Piece(text: "", offsets: [])
                        appendText(&piece, vs, ve, decode: true)
                        pieces.append(piece)
                    }
                }
                i = min(s.count, j + 1)
                if !closing, name == "script" || name == "style" {
                    // Raw text up to the closing tag is code, not page text.
                    var k = i
                    while k < s.count {
                        if s[k] == "<", Self.startsIgnoringCase(s, k, "</" + name) { break }
                        k += 1
                    }
                    i = k
                }
            } else {
                appendText(&body, i, i + 1, decode: false)
                i += 1
            }
        }
        pieces.insert(body, at: 0)
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
        let body = String(String.UnicodeScalarView(s[(i + 1)..<k]))
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value else { return nil }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            return (String(scalar), k - i + 1)
        }
        guard let v = namedEntities[body] else { return nil }
        return (v, k - i + 1)
    }
}
