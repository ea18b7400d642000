import ReviewSiteCore

/// Values guidance writes for nobody: `12 Any Street`, `Any Academy`, `the Any Hotel`, the
/// plate `AB12 CDE` that GOV.UK's forms show, `@anyname`. A training page's table of the
/// details that identify people gives them as examples (development set 126).
enum ExampleValues {
    static func isExample(_ finding: AnonymisationFinding) -> Bool {
        switch finding.rule {
        case .address, .quasiIdentifier:
            // `Any` starts the name, after a house's number if there is one (not `Flat 3, Any
            // Court, 14 Harbour Row`: a real street after the example's name).
            let words = finding.matched.split(whereSeparator: { $0 == " " || $0 == "," })
            let name = words.first?.allSatisfy(\.isNumber) == true ? words.dropFirst() : words[...]
            return name.first == "Any"
        case .vehicleRegistration: return plates.contains(finding.matched.filter { $0 != " " }.uppercased())
        case .socialHandle: return handles.contains(finding.matched.lowercased())
        default: return false
        }
    }

    static let plates: Set<String> = ["AB12CDE"]
    static let handles: Set<String> = ["@anyname", "@username", "@yourname", "@yourhandle"]
}
