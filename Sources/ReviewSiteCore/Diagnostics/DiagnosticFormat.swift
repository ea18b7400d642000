/// The four ways `lint` can print its findings (docs/diagnostics.md).
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text, json, sarif, github

    /// The whole report in this format. `files` is how many content files were checked.
    public func render(_ diagnostics: [Diagnostic], files: Int, toolVersion: String) -> String {
        switch self {
        case .text: return TextReport.render(diagnostics, files: files)
        case .json: return JSONReport.render(diagnostics, files: files)
        case .sarif: return SARIFReport.render(diagnostics, toolVersion: toolVersion)
        case .github: return GitHubReport.render(diagnostics)
        }
    }
}

/// `content/reviews/adult-r.md:12:5: error[nhs-number]: NHS number; replace it or remove it`
/// Every printed value is one line: newlines, control characters and the invisible
/// characters that reorder text (bidirectional controls) are shown escaped, so a value from
/// a file can never start a line of its own, fake a finding or a CI workflow command, or
/// drive the terminal (issue 11, case 13).
package enum PrintSafe {
    package static func escape(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: needsEscape) else { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            guard needsEscape(c) else { out.append(c); continue }
            let shown: String
            switch c {
            case "\n": shown = "\\n"
            case "\r": shown = "\\r"
            case "\t": shown = "\\t"
            default: shown = "\\u{" + String(c.value, radix: 16, uppercase: true) + "}"
            }
            out.append(contentsOf: shown.unicodeScalars)
        }
        return String(out)
    }

    package static func needsEscape(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
            return true
        default:
            return false
        }
    }
}

package enum TextReport {
    package static func line(_ d: Diagnostic) -> String {
        let at = "\(PrintSafe.escape(d.location.file)):\(d.location.line):\(d.location.column)"
        return "\(at): \(d.severity.rawValue)[\(PrintSafe.escape(d.rule))]: \(PrintSafe.escape(d.message))"
    }

    package static func render(_ diagnostics: [Diagnostic], files: Int) -> String {
        diagnostics.map { line($0) + "\n" }.joined()
    }

    /// "2 errors and 1 warning in 12 files" (the closing line of `lint` and `build`).
    package static func summary(_ diagnostics: [Diagnostic], files: Int) -> String {
        let e = diagnostics.count { $0.severity == .error }
        let w = diagnostics.count { $0.severity == .warning }
        func n(_ k: Int, _ word: String) -> String { "\(k) \(word)\(k == 1 ? "" : "s")" }
        return "\(n(e, "error")) and \(n(w, "warning")) in \(n(files, "file"))"
    }
}

/// `::error file=F,line=L,col=C,title=RULE::MESSAGE` (GitHub Actions workflow commands).
package enum GitHubReport {
    package static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { d in
            "::\(d.severity.rawValue) file=\(property(d.location.file)),line=\(d.location.line),"
                + "col=\(d.location.column),title=\(property(d.rule))::\(data(d.message))\n"
        }.joined()
    }

    /// Escaping that GitHub's runner expects in the message part (`%`, CR and LF), after
    /// other control characters are shown escaped; with no line break left, nothing in a
    /// message can start a workflow command.
    /// `::` (which opens a workflow command) is broken up as `: :`, so a message can never
    /// hold one even in part.
    package static func data(_ s: String) -> String {
        var out = ""
        for ch in escapeControls(s).replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"]) {
            if ch == ":", out.last == ":" { out.append(" ") }
            out.append(ch)
        }
        return out
    }

    /// Escaping in `key=value` properties, where `:` and `,` are separators.
    package static func property(_ s: String) -> String {
        escapeControls(s).replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }

    /// Control characters other than CR and LF (which GitHub's own escapes carry) shown escaped.
    static func escapeControls(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\r" && PrintSafe.needsEscape($0) }) else { return s }
        var out = ""
        for c in s.unicodeScalars {
            if c != "\n", c != "\r", PrintSafe.needsEscape(c) {
                out += PrintSafe.escape(String(c))
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

package extension String {
    /// Replaces single characters in one pass (so `%` is never escaped twice).
    func replacingAll(_ map: [Character: String]) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for ch in self {
            if let r = map[ch] { out += r } else { out.append(ch) }
        }
        return out
    }
}
