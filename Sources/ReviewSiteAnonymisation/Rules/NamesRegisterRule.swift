import ReviewSiteCore
import ReviewSiteNames
/// `names-register`: any entry of the private names register. The message gives the entry's
/// number only, never the name, not even masked.
package struct NamesRegisterRule: AnonymisationRule {
    package let id = RuleID.namesRegister

    package func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        guard let register = context.register else { return [] }
        return register.matcher.matches(in: text).map { m in
            AnonymisationFinding(rule: id, severity: .error, range: m.range, matched: text.slice(m.range),
                message: "matches entry \(m.number) of the names register; replace it with the pseudonym")
        }
    }
}
