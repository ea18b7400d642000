/// The rules about people's names (register, titled names, undeclared first names).
enum NameRules {
    static let all: [any AnonymisationRule] = [NamesRegisterRule(), TitledNameRule(), UndeclaredNameRule()]
}
