import ReviewSiteCore

/// Values guidance writes for nobody: `12 Any Street`, `Any Academy`, `the Any Hotel`, the
/// plate `AB12 CDE` that GOV.UK's forms show, `@anyname`. A training page's table of the
/// details that identify people gives them as examples (development set 126).
enum ExampleValues {
    static func isExample(_ finding: AnonymisationFinding) -> Bool {
        switch finding.rule {
        case .address, .quasiIdentifier:
            return finding.matched.split(whereSeparator: { !$0.isLetter }).contains("Any")
        case .vehicleRegistration: return plates.contains(finding.matched.filter { $0 != " " }.uppercased())
        case .socialHandle: return handles.contains(finding.matched.lowercased())
        default: return false
        }
    }

    static let plates: Set<String> = ["AB12CDE"]
    static let handles: Set<String> = ["@anyname", "@username", "@yourname", "@yourhandle"]
}
