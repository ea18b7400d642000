import ReviewSiteCore
import ReviewSiteNames

/// Cities of 100,000 people or more outside the UK (GeoNames, `WorldCitiesData`), folded: a
/// city abroad is not a person's name no list knows (`her sister, Wrocław`; development set 46).
enum WorldCities {
    static let names: Set<String> = Set(WorldCitiesData.names.split(separator: "\n").map { NameMatching.fold($0) })
}
