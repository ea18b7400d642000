import ReviewSiteCore
import ReviewSiteNames
/// The bundled given names (FirstNamesData.swift; sources and licences in
/// Anonymisation/Data/README.md), loaded once into sets.
package enum FirstNames {
    /// Names that are not ordinary English words (Sarah, Callum, Niamh).
    package static let plain: Set<String> = load(FirstNamesData.plain).union(ukNames)
    /// Names that are also ordinary words (May, Will, Grace, Hope, Mark): reported only with
    /// a stronger signal.
    package static let wordLike: Set<String> = load(FirstNamesData.wordLike).union(extraWordLike.intersection(plain))
        .subtracting(notNames)

    /// Entries of the census lists that are in practice words, not given names, in British
    /// prose (`In`, `So`, `Long`, `Young`); titles are titled-name's.
    package static let notNames: Set<String> = [
        "In", "An", "So", "My", "Ma", "Pa", "Mi", "Ha", "Nu", "See", "Many", "Else", "Long", "Young", "Man",
        "Son", "Numbers", "Manual", "Brain", "Lean", "Loan", "Carry", "Marry", "Aide", "Angle", "Era",
        "Conception", "Season", "Christen", "Hang", "Chin", "Hue", "Dung", "Pasty", "Desire", "Lien", "Sang",
        "Soon", "Sung", "Wan", "Wen", "Yen", "Yon", "Ping", "Bong", "Shin", "Chi", "Min", "Lore", "Tequila",
        "Sun", "Song", "Miss", "Lady", "King", "Queen", "Major", "Prince", "Princess", "Junior", "Chance",
        "Chase", "Spring", "Summer", "Winter", "Autumn", "Star", "Moon", "Page", "Royal", "Noble", "Golden",
    ]

    /// Names the British English word list has only with a capital but that are ordinary
    /// words, places or groups in reports.
    package static let extraWordLike: Set<String> = [
        "Christian", "Jordan", "Asia", "China", "Paris", "London", "Chelsea", "Florence", "Sydney",
        "Lincoln", "Jersey", "Kent", "Devon", "Cornwall", "Carolina", "Georgia", "Virginia",
        "Easter", "Christmas", "Ireland", "India", "Africa", "America", "Israel", "Sharon", "Wales",
        "Muslim", "Catholic", "Child", "Adult", "Police", "Court", "Justice",
    ]

    /// Given names common in the UK but missing from the census-based lists: South Asian,
    /// African, Polish, Romanian, Scottish and Irish Gaelic and Welsh names. Written for this
    /// project (no outside source), after the measurement corpus showed the gap.
    package static let ukNames: Set<String> = [
        "Aamir", "Abdul", "Adebayo", "Adeola", "Aditya", "Afia", "Agnieszka", "Ahmed", "Aisha", "Akua",
        "Amandeep", "Amara", "Amir", "Anjali", "Anil", "Arjun", "Arun", "Asif", "Ayesha", "Bartosz",
        "Bilal", "Bogdan", "Chidi", "Chinedu", "Chioma", "Dariusz", "Deepak", "Dorota", "Eilidh", "Emeka",
        "Fatima", "Folake", "Gurpreet", "Hamza", "Harpreet", "Hassan", "Ifeoma", "Imran", "Iwona", "Jakub",
        "Jaspreet", "Kacper", "Kamal", "Kasia", "Katarzyna", "Khadija", "Kofi", "Krzysztof", "Kwame",
        "Lakshmi", "Maciej", "Magdalena", "Malgorzata", "Manpreet", "Mariusz", "Mohammed", "Muhammad",
        "Nadia", "Naveed", "Ngozi", "Nkechi", "Nnamdi", "Obinna", "Oluwaseun", "Oluwatobi", "Parveen",
        "Piotr", "Priya", "Rajesh", "Rajinder", "Ravinder", "Rukhsana", "Sandeep", "Shabana", "Shazia",
        "Simranjit", "Sukhwinder", "Sunita", "Szymon", "Tariq", "Temitope", "Tomasz", "Tunde", "Usman",
        "Wojciech", "Yasmin", "Yusuf", "Zainab", "Zofia", "Zubair", "Andreea", "Ionut", "Mihai", "Alexandru",
        "Catalin", "Florin", "Ioana", "Siobhan", "Aoife", "Niamh", "Saoirse", "Ciaran", "Oisin", "Padraig",
        "Sinead", "Caoimhe", "Ailsa", "Morag", "Mhairi", "Catriona", "Iain", "Hamish", "Rhys", "Cerys",
        "Dafydd", "Gethin", "Sioned", "Rhiannon", "Bronwen", "Gwen", "Iolo", "Llinos", "Ffion",
    ]

    package static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// Whether `word` (capitalised as written, without possessive) is a bundled given name.
    package static func kind(of word: String) -> Kind? {
        let key = word.prefix(1).uppercased() + word.dropFirst().lowercased()
        if months.contains(key) { return .month }
        if wordLike.contains(key) { return .wordLike }
        if plain.contains(key), !notNames.contains(key) { return .plain }
        return nil
    }

    package enum Kind { case plain, wordLike, month }

    /// Hashes of every bundled name and month (lower-cased, up to any apostrophe), so a rule
    /// can rule out the great majority of capitalised words without making a string.
    package static let hashes: Set<UInt64> = Set(plain.union(wordLike).union(months).map(WordHash.lowercased))

    /// Whether the word at `range` (possessive included) may be a bundled name.
    package static func mayBeName(_ text: ScanText, _ range: Range<Int>) -> Bool {
        var end = range.lowerBound
        while end < range.upperBound, text.scalars[end] != "'", text.scalars[end] != "\u{2019}" { end += 1 }
        return hashes.contains(WordHash.lowercased(text.scalars, range.lowerBound..<end))
            || (end < range.upperBound && hashes.contains(WordHash.lowercased(text.scalars, range)))
    }

    private static func load(_ text: String) -> Set<String> {
        Set(text.split(separator: "\n").map(String.init))
    }
}
