import ReviewSiteCore
import ReviewSiteNames
/// `vehicle-registration`: current-format UK number plates (since 2001): two area letters,
/// a two-digit age identifier and three letters, "AB12 CDE" or "AB12CDE". Capitals only, as
/// plates are written; the age identifier must be one that is issued (02–49, 51–99) and the
/// letters must be ones the DVLA uses, so codes such as "MS50 ABC" or "AB00 CDE" stay quiet.
package struct VehicleRegistrationRule: AnonymisationRule {
    package let id = RuleID.vehicleRegistration

    package func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        var out: [AnonymisationFinding] = []
        let s = text.scalars
        var i = 0
        while i + 6 < s.count {
            defer { i += 1 }
            guard StructuredScan.isUpper(s[i]), !StructuredScan.wordChar(text, i - 1), let end = match(text, i) else { continue }
            let r = i..<end
            let matched = text.slice(r)
            out.append(AnonymisationFinding(rule: id, severity: .error, range: r, matched: matched,
                message: "vehicle registration \(Mask.preview(matched, keep: 2)); remove it or replace it with a description such as 'his car'"))
            i = end - 1
        }
        return out
    }

    private func match(_ text: ScanText, _ start: Int) -> Int? {
        let s = text.scalars
        // Area code: the first letter is a region (no I, J, Q, T, U, X, Z); the second no I, Q, Z.
        guard start + 7 <= s.count, !"IJQTUXZ".unicodeScalars.contains(s[start]),
              StructuredScan.isUpper(s[start + 1]), !"IQZ".unicodeScalars.contains(s[start + 1]),
              let age = StructuredScan.number(text, (start + 2)..<(start + 4)),
              (2...49).contains(age) || (51...99).contains(age) else { return nil }
        var i = start + 4
        if StructuredScan.isChar(text, i, " ") { i += 1 }
        for k in 0..<3 {
            guard let c = StructuredScan.at(text, i + k), StructuredScan.isUpper(c),
                  !"IQ".unicodeScalars.contains(c) else { return nil }
        }
        i += 3
        return StructuredScan.wordChar(text, i) ? nil : i
    }
}
