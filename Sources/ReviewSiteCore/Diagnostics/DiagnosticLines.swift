/// Findings as plain lines for the build caches (issue 16): one line per finding, fields
/// separated by tabs, `\`, tab and newline escaped. Written and read in one pass over bytes,
/// which is what keeps a cache of 100,000 findings cheap (JSON coding of the same findings
/// was the largest serial part of a build).
///
/// `severity TAB rule TAB file TAB line TAB column TAB message`
package enum DiagnosticLines {
    /// Appends one line for `d` to `out`.
    package static func append(_ d: Diagnostic, to out: inout [UInt8]) {
        out.append(contentsOf: d.severity.rawValue.utf8)
        out.append(0x09)
        escaped(d.rule, &out)
        out.append(0x09)
        escaped(d.location.file, &out)
        out.append(0x09)
        decimal(d.location.line, &out)
        out.append(0x09)
        decimal(d.location.column, &out)
        out.append(0x09)
        escaped(d.message, &out)
        out.append(0x0A)
    }

    /// The finding on one line (without its newline), or nil if the line is not one.
    package static func parse(_ line: ArraySlice<UInt8>) -> Diagnostic? {
        var fields: [ArraySlice<UInt8>] = []
        fields.reserveCapacity(6)
        var start = line.startIndex
        var i = line.startIndex
        while i < line.endIndex, fields.count < 5 {
            if line[i] == 0x09 {
                fields.append(line[start..<i])
                start = i + 1
            }
            i += 1
        }
        fields.append(line[start..<line.endIndex])
        guard fields.count == 6, let severity = Severity(rawValue: String(decoding: fields[0], as: UTF8.self)),
            let l = number(fields[3]), let c = number(fields[4])
        else { return nil }
        return Diagnostic(
            severity, unescaped(fields[1]), at: SourceLocation(file: unescaped(fields[2]), line: l, column: c),
            unescaped(fields[5]))
    }

    private static func decimal(_ n: Int, _ out: inout [UInt8]) {
        if n < 0 { out.append(0x2D); decimal(-n, &out); return }
        if n >= 10 { decimal(n / 10, &out) }
        out.append(UInt8(0x30 + n % 10))
    }

    private static func number(_ s: ArraySlice<UInt8>) -> Int? {
        guard !s.isEmpty, s.count <= 18 else { return nil }
        var negative = false
        var v = 0
        for (k, b) in s.enumerated() {
            if k == 0, b == 0x2D, s.count > 1 { negative = true; continue }
            guard b >= 0x30, b <= 0x39 else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        return negative ? -v : v
    }

    private static func escaped(_ s: String, _ out: inout [UInt8]) {
        for b in s.utf8 {
            switch b {
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            default: out.append(b)
            }
        }
    }

    private static func unescaped(_ s: ArraySlice<UInt8>) -> String {
        guard s.contains(0x5C) else { return String(decoding: s, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = s.startIndex
        while i < s.endIndex {
            let b = s[i]
            if b == 0x5C, i + 1 < s.endIndex {
                switch s[i + 1] {
                case 0x74: out.append(0x09)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                default: out.append(s[i + 1])
                }
                i += 2
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
