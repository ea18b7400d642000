import ReviewSiteNames

/// What a page says of places, found on its raw text once, before any rule runs: the rules see
/// one text at a time, and the place may be named in another (development set 57).
package struct PlaceLeads: Sendable, Equatable {
    /// Every capitalised word the texts write right before a capitalised word that only ends
    /// place names, the two after `at`, `in`, `near`, `around` or `outside` (`colby` of `at Colby
    /// Moor`), folded: `the minister at Colby` is the place. (Not `Joe` of `told Joe Ferry`.)
    package var leads: Set<String> = []
    /// Whether the page speaks of islands (`came from the islands`): `grew up on Lewis` is then
    /// the island.
    package var islands = false

    package init() {}

    /// One pass over each text's bytes, keeping where the last three words start and end and
    /// making a string only for a capitalised word after a capitalised word after a word of
    /// place (a 50 MB file must not become an array of its words; no closure, so no checks of
    /// exclusive access on every byte).
    package init(_ texts: [String]) {
        for text in texts {
            var text = text
            text.withUTF8 { scan($0) }
        }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Word ranges: the current one starts at `start`; `previous` and `beforePrevious` are
        // the two before it, or empty after two marks in a row (`Colby, Moor`).
        var start = -1
        var previous = 0..<0, beforePrevious = 0..<0
        var i = 0
        let count = bytes.count
        while i <= count {
            let b: UInt8 = i < count ? bytes[i] : 0x20
            let letter =
                b >= 0x80 || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) || b == UInt8(ascii: "-")
                || b == UInt8(ascii: "'")
            if letter {
                if start < 0 { start = i }
            } else if start >= 0 {
                let word = start..<i
                look(bytes, word, after: previous, beforePrevious)
                beforePrevious = previous
                previous = word
                start = -1
            } else {
                previous = 0..<0
                beforePrevious = 0..<0
            }
            i += 1
        }
    }

    /// Notes the word at `word`: an island's word, or the end of a place after its first word
    /// and a word of place.
    private mutating func look(
        _ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, after previous: Range<Int>, _ beforePrevious: Range<Int>
    ) {
        let first = bytes[word.lowerBound]
        // (Only a word starting `i` or `h` may be `island` or `Hebrides`.)
        let lower = first | 0x20
        if !islands, (4...10).contains(word.count), lower == UInt8(ascii: "i") || lower == UInt8(ascii: "h"),
            Self.islandWords.contains(String(decoding: bytes[word], as: UTF8.self).lowercased())
        {
            islands = true
        }
        guard Self.isCapital(first), !previous.isEmpty, Self.isCapital(bytes[previous.lowerBound]), word.count <= 8,
            (2...7).contains(beforePrevious.count), Self.placePrepositions.contains(Array(bytes[beforePrevious]))
        else { return }
        guard NameContextWords.placeEndings.contains(NameMatching.fold(String(decoding: bytes[word], as: UTF8.self))) else {
            return
        }
        let lead = String(decoding: bytes[previous], as: UTF8.self)
        if NameMatching.isCapitalised(lead) { leads.insert(NameMatching.fold(lead)) }
    }

    private static func isCapital(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }

    /// The words before a place, as bytes, in either case of their first letter.
    private static let placePrepositions: Set<[UInt8]> = Set(
        ["at", "in", "near", "around", "outside"].flatMap {
            [Array($0.utf8), Array(($0.prefix(1).uppercased() + $0.dropFirst()).utf8)]
        })

    /// Words that tell a page speaks of islands.
    static let islandWords: Set<String> = ["island", "islands", "isle", "isles", "hebrides", "hebridean", "islanders"]
}
