import Dispatch
import Synchronization

/// Maps `transform` over `items` on up to `jobs` threads, keeping the input order, so the
/// result never depends on scheduling. Each file is independent work (no shared state).
package func parallelMap<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
    if jobs <= 1 || items.count <= 1 { return items.map(transform) }
    let slots = Mutex<[R?]>(Array(repeating: nil, count: items.count))
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
        while true {
            let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
            if i >= items.count { break }
            let r = transform(items[i])
            slots.withLock { $0[i] = r }
        }
    }
    return slots.withLock { $0.compactMap { $0 } }
}
