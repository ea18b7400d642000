/// The four ways `lint` can print its findings (DESIGN.md, "Diagnostics").
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
package enum TextReport {
    package static func line(_ d: Diagnostic) -> String {
        "\(d.location): \(d.severity.rawValue)[\(d.rule)]: \(d.message)"
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

    /// Escaping that GitHub's runner expects in the message part.
    package static func data(_ s: String) -> String {
        s.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// Escaping in `key=value` properties, where `:` and `,` are separators.
    package static func property(_ s: String) -> String {
        s.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }
}

package extension String {
    /// Replaces single characters in one pass (so `%` is never escaped twice).
    package func replacingAll(_ map: [Character: String]) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for ch in self {
            if let r = map[ch] { out += r } else { out.append(ch) }
        }
        return out
    }
}
