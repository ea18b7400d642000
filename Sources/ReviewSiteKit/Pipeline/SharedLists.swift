import Synchronization

/// Equal front matter lists that many files give, kept once: each file of a review split into
/// files repeats the review's pseudonyms and topics, which were a third of what a 10,000-review
/// build kept of its files (issue 16). The values are unchanged; equal ones share storage.
/// One per load stage, shared by its workers.
final class SharedLists: Sendable {
    private let pseudonyms = Mutex<Set<[Pseudonym]>>([])
    private let topics = Mutex<Set<[Located<String>]>>([])

    init() {}

    /// `meta` with its pseudonyms and topics replaced by equal lists kept before, if any.
    func share(_ meta: inout PageMeta) {
        let p = meta.pseudonyms, t = meta.topics
        if !p.isEmpty { meta.pseudonyms = pseudonyms.withLock { $0.insert(p).memberAfterInsert } }
        if !t.isEmpty { meta.topics = topics.withLock { $0.insert(t).memberAfterInsert } }
    }
}
