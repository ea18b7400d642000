import ReviewSiteCore
import ReviewSiteNames

/// The rules about people's names (register, titled names, undeclared first names).
package enum NameRules {
    package static let all: [any AnonymisationRule] = [NamesRegisterRule(), TitledNameRule(), UndeclaredNameRule()]
}
