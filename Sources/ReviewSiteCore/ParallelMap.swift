import Dispatch
import Synchronization

/// Maps `transform` over `items` on up to `jobs` threads, keeping the input order, so the
/// result never depends on scheduling. Each file is independent work (no shared state).
package func parallelMap<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
    parallelMap(items, jobs: jobs, oneAtATime: { _ in false }, transform)
}

/// `parallelMap`, except that items for which `oneAtATime` is true never run at the same
/// time as each other: each is large (a listing, the feed, the search index of the whole
/// site), and two at once doubled a 10,000-review build's peak memory (issue 16). They are
/// taken first, one after another, while the other threads work through the rest. Same
/// result as `parallelMap` and `map`, in the input order.
package func parallelMap<T: Sendable, R: Sendable>(
    _ items: [T], jobs: Int, oneAtATime: (T) -> Bool, _ transform: @Sendable (T) -> R
) -> [R] {
    if jobs <= 1 || items.count <= 1 { return items.map(transform) }
    let queue = Mutex(SerialQueue(large: items.indices.filter { oneAtATime(items[$0]) }, count: items.count))
    // Each result goes straight into its place in the one array returned: gathered as
    // optionals and then compacted, the results were held twice, and the compacted array
    // grew by doubling (the 76,000 loaded pages of a 10,000-review build, issue 16).
    return [R](unsafeUninitializedCapacity: items.count) { buffer, initialized in
        nonisolated(unsafe) let results = buffer.baseAddress!
        DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
            // The queue hands out every index exactly once, so no two threads write one place.
            while let (i, large) = queue.withLock({ $0.next() }) {
                (results + i).initialize(to: transform(items[i]))
                if large { queue.withLock { $0.largeRunning = false } }
            }
        }
        initialized = items.count
    }
}

/// Which item a thread of `parallelMap(_:jobs:oneAtATime:_:)` takes next.
struct SerialQueue: Sendable {
    private let large: [Int]
    private let isLarge: [Bool]
    private var nextLarge = 0
    private var nextSmall = 0
    /// A large item is being worked on (by some thread).
    var largeRunning = false

    init(large: [Int], count: Int) {
        self.large = large
        var isLarge = [Bool](repeating: false, count: count)
        for i in large { isLarge[i] = true }
        self.isLarge = isLarge
    }

    /// The next item and whether it is large; nil when this thread has nothing left to do:
    /// every item is taken, or only large ones are left and another thread is on one (it
    /// takes the rest in turn when it is done, as it asks again).
    mutating func next() -> (Int, Bool)? {
        if !largeRunning, nextLarge < large.count {
            largeRunning = true
            nextLarge += 1
            return (large[nextLarge - 1], true)
        }
        while nextSmall < isLarge.count {
            nextSmall += 1
            if !isLarge[nextSmall - 1] { return (nextSmall - 1, false) }
        }
        return nil
    }
}
