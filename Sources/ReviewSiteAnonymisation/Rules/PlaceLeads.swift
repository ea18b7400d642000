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

    /// One pass over each text's bytes, making a string only for a capitalised word after a
    /// capitalised word (a 50 MB file must not become an array of its words).
    package init(_ texts: [String]) {
        for text in texts {
            var bytes = text.utf8.makeIterator()
            var word: [UInt8] = []
            var previous: [UInt8] = []
            var beforePrevious: [UInt8] = []
            func endWord() {
                defer {
                    swap(&beforePrevious, &previous)
                    swap(&previous, &word)
                    word.removeAll(keepingCapacity: true)
                }
                guard let first = word.first else { return }
                // (Only a word starting `i` or `h` may be `island` or `Hebrides`.)
                let lower = first | 0x20
                if !islands, (4...10).contains(word.count), lower == UInt8(ascii: "i") || lower == UInt8(ascii: "h"),
                    Self.islandWords.contains(String(decoding: word, as: UTF8.self).lowercased())
                {
                    islands = true
                }
                guard Self.isCapital(first), let p = previous.first, Self.isCapital(p), word.count <= 8,
                    Self.placePrepositions.contains(beforePrevious)
                else { return }
                let ending = NameMatching.fold(String(decoding: word, as: UTF8.self))
                guard NameContextWords.placeEndings.contains(ending) else { return }
                let lead = String(decoding: previous, as: UTF8.self)
                if NameMatching.isCapitalised(lead) { leads.insert(NameMatching.fold(lead)) }
            }
            while let b = bytes.next() {
                // Letters (any byte of a letter beyond ASCII), a hyphen or an apostrophe go on
                // the word; anything else ends it.
                if b >= 0x80 || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) || b == UInt8(ascii: "-")
                    || b == UInt8(ascii: "'")
                {
                    word.append(b)
                } else if !word.isEmpty {
                    endWord()
                } else {
                    // (Two marks in a row, `Colby, Moor`: no place's two words.)
                    previous.removeAll(keepingCapacity: true)
                    beforePrevious.removeAll(keepingCapacity: true)
                }
            }
            endWord()
        }
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
