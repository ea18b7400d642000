/// Cyrillic names written in Latin letters as they usually are in the UK (`Олена` → `olena`,
/// `Соломія` → `solomiya`), so that a name written in its own script matches the register's
/// Latin spelling by sound (`RegisterMatcher.spellingKey`). Letters are lower case, as
/// `RegisterMatcher.compact` leaves them; any other scalar passes through.
enum Cyrillic {
    static func latin(_ letters: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard letters.contains(where: { (0x400...0x4FF).contains($0.value) }) else { return letters }
        // Ukrainian (`і`, `ї`, `є`, `ґ`) writes `г` as h and `и` as y; Russian, Bulgarian and
        // Kyrgyz as g and i.
        let ukrainian = letters.contains { "іїєґ".unicodeScalars.contains($0) }
        var out: [Unicode.Scalar] = []
        for c in letters {
            if c == "г" {
                out.append(ukrainian ? "h" : "g")
            } else if c == "и" {
                out.append(ukrainian ? "y" : "i")
            } else if let l = common[c] {
                out.append(contentsOf: l.unicodeScalars)
            } else {
                out.append(c)
            }
        }
        return out
    }

    private static let common: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "yo", "ж": "zh", "з": "z",
        "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        // Kyrgyz and Kazakh letters.
        "ң": "ng", "ө": "o", "ү": "u", "ә": "a", "ғ": "g", "қ": "k", "ұ": "u", "һ": "h",
    ]
}
