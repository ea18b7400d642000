/// The names a template can see: the page's context plus the variables of the loops it is
/// inside (innermost last, so a loop variable shadows an outer name).
struct TemplateScope {
    struct Binding {
        var name: String
        var value: TemplateValue
        var index: Int
        var length: Int
    }

    let context: [String: TemplateValue]
    var bindings: [Binding] = []

    func lookup(_ name: String) -> TemplateValue? {
        for binding in bindings.reversed() {
            if binding.name == name { return binding.value }
            if name == "loop" {
                return .object(["index": .int(binding.index + 1), "first": .bool(binding.index == 0),
                                "last": .bool(binding.index == binding.length - 1), "length": .int(binding.length)])
            }
        }
        return context[name]
    }

    /// Every name in scope, sorted, for "did you mean" hints.
    var names: [String] {
        var all = Set(context.keys)
        for binding in bindings { all.insert(binding.name) }
        if !bindings.isEmpty { all.insert("loop") }
        return all.sorted()
    }
}
