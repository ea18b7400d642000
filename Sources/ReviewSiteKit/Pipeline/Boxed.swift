/// A value kept behind one pointer and copied only when it is changed while shared, so an
/// array of the structs holding it stays small: `LoadedPage` held its `PageMeta` and
/// `PageOutline` inline, and the arrays of 10,000 loaded pages (each copied several times as
/// the stages pass them on) were 180 MB of a build's peak (issue 16).
@propertyWrapper
struct Boxed<Value: Sendable>: Sendable {
    // Never changed while shared (`wrappedValue`'s setter copies first), so sharing it
    // between threads is safe.
    private final class Storage: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var storage: Storage

    init(wrappedValue: Value) { storage = Storage(wrappedValue) }

    /// The box itself (`page.$meta`), so another holder can share the value, not copy it.
    var projectedValue: Boxed<Value> { self }

    var wrappedValue: Value {
        get { storage.value }
        set {
            if isKnownUniquelyReferenced(&storage) {
                storage.value = newValue
            } else {
                storage = Storage(newValue)
            }
        }
    }
}

extension Boxed: Codable where Value: Codable {
    init(from decoder: Decoder) throws { self.init(wrappedValue: try Value(from: decoder)) }
    func encode(to encoder: Encoder) throws { try wrappedValue.encode(to: encoder) }
}
