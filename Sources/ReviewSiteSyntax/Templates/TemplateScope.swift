import ReviewSiteCore

/// The names a template can see: the page's context plus the variables of the loops it is
/// inside (innermost last, so a loop variable shadows an outer name).
package struct TemplateScope {
    package struct Binding {
        package var name: String
        package var value: TemplateValue
        package var index: Int
        package var length: Int
    }

    package let context: [String: TemplateValue]
    package var bindings: [Binding] = []

    package func lookup(_ name: String) -> TemplateValue? {
        for binding in bindings.reversed() {
            if binding.name == name { return binding.value }
            if name == "loop" {
                return .object([
                    "index": .int(binding.index + 1), "first": .bool(binding.index == 0),
                    "last": .bool(binding.index == binding.length - 1), "length": .int(binding.length),
                ])
            }
        }
        return context[name]
    }

    /// Every name in scope, sorted, for "did you mean" hints.
    package var names: [String] {
        var all = Set(context.keys)
        for binding in bindings { all.insert(binding.name) }
        if !bindings.isEmpty { all.insert("loop") }
        return all.sorted()
    }
}
