import ReviewSiteCore

/// `event-date`: a review's chronology may hold hundreds of full dates, and one warning each
/// trains people to skip warnings. The findings of one file become one warning at the first,
/// listing every line: "12 full dates on lines 14, 15, 18…; check none is a date of birth…".
package enum EventDateSummary {
    package static func summarise(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let events = diagnostics.filter { $0.rule == RuleID.eventDate.rawValue }
        guard !events.isEmpty else { return diagnostics }
        var out = diagnostics.filter { $0.rule != RuleID.eventDate.rawValue }
        var byFile: [String: [Diagnostic]] = [:]
        var order: [String] = []
        for d in events {
            if byFile[d.location.file] == nil { order.append(d.location.file) }
            byFile[d.location.file, default: []].append(d)
        }
        for file in order {
            let found = byFile[file, default: []].sorted()
            guard let first = found.first else { continue }
            var lines: [Int] = []
            for d in found where lines.last != d.location.line { lines.append(d.location.line) }
            let severity: Severity = found.contains { $0.severity == .error } ? .error : .warning
            let what =
                found.count == 1 ? "1 full date on line" : "\(found.count) full dates on line\(lines.count == 1 ? "" : "s")"
            out.append(
                Diagnostic(
                    severity, RuleID.eventDate, at: first.location,
                    "\(what) \(lines.map(String.init).joined(separator: ", ")); check none is a date of birth or death, and give the month and year only where the day does not matter (or waive a date with a reason; a site can set 'event-date: off' under rules: in site.yml)"
                ))
        }
        return out
    }
}
