/// The bundled given names (FirstNamesData.swift; sources and licences in
/// Anonymisation/Data/README.md), loaded once into sets.
enum FirstNames {
    /// Names that are not ordinary English words (Sarah, Callum, Niamh).
    static let plain: Set<String> = load(FirstNamesData.plain)
    /// Names that are also ordinary words (May, Will, Grace, Hope, Mark): reported only with
    /// a stronger signal.
    static let wordLike: Set<String> = load(FirstNamesData.wordLike).union(extraWordLike.intersection(plain))
        .subtracting(notNames)

    /// Entries of the census lists that are in practice words, not given names, in British
    /// prose (`In`, `So`, `Long`, `Young`); titles are titled-name's.
    static let notNames: Set<String> = [
        "In", "An", "So", "My", "Ma", "Pa", "Mi", "Ha", "Nu", "See", "Many", "Else", "Long", "Young", "Man",
        "Son", "Numbers", "Manual", "Brain", "Lean", "Loan", "Carry", "Marry", "Aide", "Angle", "Era",
        "Conception", "Season", "Christen", "Hang", "Chin", "Hue", "Dung", "Pasty", "Desire", "Lien", "Sang",
        "Soon", "Sung", "Wan", "Wen", "Yen", "Yon", "Ping", "Bong", "Shin", "Chi", "Min", "Lore", "Tequila",
        "Sun", "Song", "Miss", "Lady", "King", "Queen", "Major", "Prince", "Princess", "Junior", "Chance",
        "Chase", "Spring", "Summer", "Winter", "Autumn", "Star", "Moon", "Page", "Royal", "Noble", "Golden",
    ]

    /// Names the British English word list has only with a capital but that are ordinary
    /// words, places or groups in reports.
    static let extraWordLike: Set<String> = [
        "Christian", "Jordan", "Asia", "China", "Paris", "London", "Chelsea", "Florence", "Sydney",
        "Lincoln", "Jersey", "Kent", "Devon", "Cornwall", "Carolina", "Georgia", "Virginia",
        "Easter", "Christmas", "Ireland", "India", "Africa", "America", "Israel", "Sharon", "Wales",
        "Muslim", "Catholic", "Child", "Adult", "Police", "Court", "Justice",
    ]

    static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// Whether `word` (capitalised as written, without possessive) is a bundled given name.
    static func kind(of word: String) -> Kind? {
        let key = word.prefix(1).uppercased() + word.dropFirst().lowercased()
        if months.contains(key) { return .month }
        if wordLike.contains(key) { return .wordLike }
        if plain.contains(key), !notNames.contains(key) { return .plain }
        return nil
    }

    enum Kind { case plain, wordLike, month }

    private static func load(_ text: String) -> Set<String> {
        Set(text.split(separator: "\n").map(String.init))
    }
}
