import ReviewSiteCore
import ReviewSiteNames

/// UK places of more than 1,000 people (GeoNames, `UKPlacesData`), folded: a place's name
/// is not a person's ("Owner: Telford Wrekin") nor an employer's ("a nurse at New Cross").
enum UKPlaces {
    /// Whole names (`new cross`, `stoke-on-trent`).
    static let names: Set<String> = Set(UKPlacesData.names.split(separator: "\n").map { NameMatching.fold($0) })
    /// Each word of them (`new`, `cross`, `stoke`, `trent`).
    static let words: Set<String> = Set(names.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init) })
}
