import ReviewSiteCore

/// One word, literal or symbol inside `{{ }}` or `{% %}`.
package struct TemplateToken: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        case name(String)
        case text(String)
        case number(Int)
        case symbol(String)
    }
    package var kind: Kind
    package var line: Int
    package var column: Int

    /// How the token reads in a message.
    package var display: String {
        switch kind {
        case .name(let n): return n
        case .text(let t): return "\"\(t)\""
        case .number(let n): return String(n)
        case .symbol(let s): return s
        }
    }
}

/// A `{{ … }}` or `{% … %}` with its tokens. Positions are of the opening brace; `endLine`
/// and `endColumn` are of the closing `}}` / `%}`, for "something is missing here" errors.
package struct TemplateTag: Sendable {
    package enum Kind: Sendable { case output, statement }
    package var kind: Kind
    package var tokens: [TemplateToken]
    package var line: Int
    package var column: Int
    package var endLine: Int
    package var endColumn: Int
}

package enum TemplatePiece: Sendable {
    case text(String)
    case tag(TemplateTag)
}

/// Splits template source into text and tags, dropping comments and applying the `-`
/// whitespace controls. Works on Unicode scalars so columns match the other diagnostics.
package struct TemplateLexer {
    private let s: [Unicode.Scalar]
    private let file: String
    private var i = 0
    private var line = 1
    private var column = 1
    private var pieces: [TemplatePiece] = []
    private var text = String.UnicodeScalarView()
    private var trimNextText = false

    package static func split(_ source: String, file: String) throws(TemplateError) -> [TemplatePiece] {
        var lexer = TemplateLexer(s: Array(source.unicodeScalars), file: file)
        return try lexer.run()
    }

    private init(s: [Unicode.Scalar], file: String) {
        self.s = s
        self.file = file
    }

    package static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}"
    }

    private func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }

    private mutating func step() {
        if s[i] == "\n" { line += 1; column = 1 } else { column += 1 }
        i += 1
    }

    private mutating func step(_ n: Int) { for _ in 0..<n where i < s.count { step() } }

    private func error(_ line: Int, _ column: Int, _ message: String) -> TemplateError {
        TemplateError(file: file, line: line, column: column, message: message)
    }

    private mutating func run() throws(TemplateError) -> [TemplatePiece] {
        while i < s.count {
            if s[i] == "{", let next = at(i + 1), next == "{" || next == "%" || next == "#" {
                try readTag(next)
            } else {
                if trimNextText && TemplateLexer.isSpace(s[i]) {
                    step()
                    continue
                }
                trimNextText = false
                text.append(s[i])
                step()
            }
        }
        flushText()
        return pieces
    }

    private mutating func flushText() {
        if !text.isEmpty { pieces.append(.text(String(text))) }
        text = String.UnicodeScalarView()
    }

    private mutating func readTag(_ kind: Unicode.Scalar) throws(TemplateError) {
        let startLine = line, startColumn = column
        step(2)
        if at(i) == "-" {
            step()
            while let last = text.last, TemplateLexer.isSpace(last) { text.removeLast() }
        }
        flushText()
        trimNextText = false
        if kind == "#" {
            try skipComment(startLine, startColumn)
            return
        }
        let closer: Unicode.Scalar = kind == "{" ? "}" : "%"
        let opener = kind == "{" ? "{{" : "{%"
        let unclosed = error(
            startLine, startColumn,
            "'\(opener)' is never closed; add '\(closer)}' to end the tag")
        var tokens: [TemplateToken] = []
        while true {
            guard i < s.count else { throw unclosed }
            let c = s[i]
            if TemplateLexer.isSpace(c) { step(); continue }
            if c == "-", at(i + 1) == closer, at(i + 2) == "}" {
                let endLine = line, endColumn = column
                step(3)
                trimNextText = true
                finish(kind, tokens, startLine, startColumn, endLine, endColumn)
                return
            }
            if c == closer, at(i + 1) == "}" {
                let endLine = line, endColumn = column
                step(2)
                finish(kind, tokens, startLine, startColumn, endLine, endColumn)
                return
            }
            if c == "{", let n = at(i + 1), n == "{" || n == "%" { throw unclosed }
            tokens.append(try readToken(closer: closer, unclosed: unclosed))
        }
    }

    private mutating func finish(
        _ kind: Unicode.Scalar, _ tokens: [TemplateToken], _ line: Int, _ column: Int,
        _ endLine: Int, _ endColumn: Int
    ) {
        pieces.append(
            .tag(
                TemplateTag(
                    kind: kind == "{" ? .output : .statement, tokens: tokens,
                    line: line, column: column, endLine: endLine, endColumn: endColumn)))
    }

    private mutating func skipComment(_ startLine: Int, _ startColumn: Int) throws(TemplateError) {
        let contentStart = i
        while i < s.count {
            if s[i] == "#", at(i + 1) == "}" {
                trimNextText = i > contentStart && s[i - 1] == "-"
                step(2)
                return
            }
            step()
        }
        throw error(startLine, startColumn, "this comment is never closed; add '#}' to end it")
    }

    private static func isNameStart(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    private mutating func readToken(closer: Unicode.Scalar, unclosed: TemplateError) throws(TemplateError) -> TemplateToken {
        let l = line, col = column
        let c = s[i]
        if c == "\"" || c == "'" { return try readString(c) }
        if TemplateLexer.isDigit(c) {
            var digits = ""
            while let d = at(i), TemplateLexer.isDigit(d) { digits.unicodeScalars.append(d); step() }
            guard let n = Int(digits) else {
                throw error(l, col, "the number \(digits.prefix(20))… is too large; use a smaller number")
            }
            return TemplateToken(kind: .number(n), line: l, column: col)
        }
        if TemplateLexer.isNameStart(c) {
            var name = ""
            while let d = at(i), TemplateLexer.isNameStart(d) || TemplateLexer.isDigit(d) {
                name.unicodeScalars.append(d)
                step()
            }
            return TemplateToken(kind: .name(name), line: l, column: col)
        }
        if c == "=" || c == "!", at(i + 1) == "=" {
            step(2)
            return TemplateToken(kind: .symbol(c == "=" ? "==" : "!="), line: l, column: col)
        }
        if c == "(" || c == ")" || c == "." {
            step()
            return TemplateToken(kind: .symbol(String(c)), line: l, column: col)
        }
        // A stray character usually means the tag was never closed; say so when it is.
        if !closesLater(closer) { throw unclosed }
        if c == "=" { throw error(l, col, "'=' on its own is not allowed here; use '==' to compare two values") }
        if c == "!" { throw error(l, col, "'!' on its own is not allowed here; use 'not' or '!='") }
        if c == "}" || c == "%" {
            let expected = closer == "}" ? "}}" : "%}"
            throw error(l, col, "this tag must end with '\(expected)'; change the closing characters to '\(expected)'")
        }
        throw error(
            l, col,
            "unexpected character '\(c.escaped(asASCII: false))' in the tag; "
                + "use names like page.title, text in quotes, numbers, ==, !=, and, or, not and brackets")
    }

    /// Whether the tag's closing characters appear before the next tag opens.
    private func closesLater(_ closer: Unicode.Scalar) -> Bool {
        var k = i
        while k + 1 < s.count {
            if s[k] == closer && s[k + 1] == "}" { return true }
            if s[k] == "{" && (s[k + 1] == "{" || s[k + 1] == "%" || s[k + 1] == "#") { return false }
            k += 1
        }
        return false
    }

    private mutating func readString(_ quote: Unicode.Scalar) throws(TemplateError) -> TemplateToken {
        let l = line, col = column
        step()
        var value = ""
        while i < s.count, s[i] != "\n" {
            let c = s[i]
            if c == quote {
                step()
                return TemplateToken(kind: .text(value), line: l, column: col)
            }
            if c == "\\", let next = at(i + 1), next == quote || next == "\\" {
                value.unicodeScalars.append(next)
                step(2)
                continue
            }
            value.unicodeScalars.append(c)
            step()
        }
        throw error(l, col, "the text in quotes starting here is never closed; add a closing \(quote) on the same line")
    }
}
