import ReviewSiteAnonymisation

/// The full dates (`DateOfBirthRule.key`) a file gives as a date of birth or death (`life`),
/// and its other full dates: what the files of one review tell each other (`ReviewFiles`).
struct FileDates: Sendable, Equatable, Codable {
    var life = Set<Int>()
    var other = Set<Int>()

    mutating func add(_ findings: [AnonymisationFinding]) {
        for finding in findings {
            guard let key = finding.dateKey else { continue }
            if finding.rule == .dateOfBirth { life.insert(key) } else { other.insert(key) }
        }
    }

    /// When every text is read: a date given as a birth or death somewhere is not "other".
    func done() -> FileDates { FileDates(life: life, other: other.subtracting(life)) }
}
