import ReviewSiteAnonymisation
import ReviewSiteCore

/// Briefings and pages draw on the reviews: a name one of the site's reviews declares as a
/// pseudonym ("Leanne", in a briefing on the review of Leanne's death) is not an undeclared
/// name there. A review split into several files (the overview, each agency's report, the
/// family's chapter) shares one cast: a review may use the pseudonyms of the other reviews
/// that declare one of its own distinctive pseudonyms ("Comfort", not "Adult A" or
/// "Child 1"). A briefing on a case with no published review (`Laila`) names its person on
/// the news and home pages too: its distinctive pseudonyms count there and in other briefings.
///
/// Worked out from every file's front matter before any file is checked, so each file is
/// checked once, with these names (issue 16: checking a file again once another file's
/// names were known cost a quarter of a build on a site whose pseudonyms are common given
/// names). The names are part of the check cache's key for the file.
enum SharedPseudonyms {
    /// The pseudonyms of other files one file may use, as the rules and the check cache need them.
    struct Names: Sendable {
        /// Every word of them, folded (`AnonymisationContext.reviewPseudonymWords`).
        var words: WordSets
        /// Their hash, part of the check cache's key for the file.
        var key: String

        init(_ names: [String]) { self.init(names, words: WordSets([NameMatching.declaredWords(names)])) }

        /// `names` (sorted) whose words are already folded into `words`.
        init(_ names: [String], words: WordSets) {
            self.words = words
            key = String(TextHash.of(names.joined(separator: "\n")), radix: 16)
        }
    }

    /// What this needs of one file's front matter: its kind and its pseudonyms. Kept instead
    /// of the whole `PageMeta` while every file is loaded (at 10,000 reviews of benchmark
    /// corpus C, every file's front matter held at once was the peak of the heap; issue 16).
    struct Cast: Sendable {
        var kind: PageKind?
        var names: [String]

        init(_ meta: PageMeta) {
            kind = meta.kind
            names = meta.pseudonyms.map(\.name.value)
        }
    }

    /// For each file (by index), the pseudonyms of other files it may use; files that may use
    /// none are left out. Every page and briefing shares one `Names`, worked out once; but a
    /// page in a review's own folder (`paths`, each file's relative path), an appendix of that
    /// review, uses that review's names only: a briefing's `Carys` is no pseudonym in a review's
    /// practice emails, where a nurse of that name signs (development set 73).
    static func given(_ metas: [Cast?], paths: [String] = []) -> [Int: Names] {
        var out = sharedNames(metas)
        guard paths.count == metas.count else { return out }
        let reviews = metas.indices.filter { metas[$0]?.kind == .dhr }
        let folders = Set(ReviewFiles.reviewFolders(reviews.map { paths[$0] }))
        guard !folders.isEmpty else { return out }
        // Each review's names under the deepest review folder it lies in.
        var namesIn: [String: Set<String>] = [:]
        for r in reviews {
            if let folder = ReviewFiles.enclosingFolder(paths[r], in: folders) {
                namesIn[folder, default: []].formUnion(metas[r]?.names ?? [])
            }
        }
        var byFolder: [String: Names] = [:]
        for i in metas.indices where metas[i] != nil && metas[i]?.kind != .dhr && metas[i]?.kind != .briefing {
            guard let folder = ReviewFiles.enclosingFolder(paths[i], in: folders) else { continue }
            guard let names = namesIn[folder], !names.isEmpty else {
                out[i] = nil
                continue
            }
            if byFolder[folder] == nil { byFolder[folder] = Names(names.sorted()) }
            out[i] = byFolder[folder]
        }
        return out
    }

    /// `given` before a review's own folder is taken into account.
    private static func sharedNames(_ metas: [Cast?]) -> [Int: Names] {
        let reviews = metas.indices.filter { metas[$0]?.kind == .dhr }
        let briefings = metas.indices.filter { metas[$0]?.kind == .briefing }
        guard !reviews.isEmpty || !briefings.isEmpty else { return [:] }
        func names(_ i: Int) -> [String] { metas[i]?.names ?? [] }
        let briefingNames = briefings.flatMap { names($0).filter(isDistinctive) }
        // Every page and briefing: one list, each name once (a site of 7,000 review files
        // repeats `Adult A` 7,000 times).
        let reviewNames = Set(reviews.flatMap(names) + briefingNames)
        let forOtherPages = reviewNames.isEmpty ? nil : Names(reviewNames.sorted())
        // Each distinctive pseudonym two or more reviews declare → every name those reviews
        // declare. Worked out once per name, not once per file: 1,300 files of one site
        // may share `Padraig`.
        // (The files of one review declare the same names: each distinct list is counted once,
        // and no list of every file's names is built: the 1,000-review peak heap of corpus C
        // fell from 60 to 48 MB, its 10,000-review build from 905 to 853 MB; issue 16.)
        var lists: [[String]] = []
        var listID: [[String]: Int] = [:]
        var byName: [String: Set<Int>] = [:]
        for i in reviews {
            let own = names(i)
            let id = listID[own] ?? lists.count
            if id == lists.count {
                lists.append(own)
                listID[own] = id
            }
            for name in own where isDistinctive(name) { byName[name.lowercased(), default: []].insert(id) }
        }
        listID = [:]
        let castOf = byName.filter { $0.value.count > 1 }.mapValues { ids in
            ids.reduce(into: Set<String>()) { $0.formUnion(lists[$1]) }
        }
        byName = [:]
        // The words of each of those casts, folded once; a review's are the union of those of
        // its shared names, kept as their sets (`WordSets`), not as one set a review.
        let castWords = castOf.mapValues { NameMatching.declaredWords(Array($0)) }
        var out: [Int: Names] = [:]
        var byCast: [String: Names] = [:]
        for i in metas.indices where metas[i] != nil {
            guard metas[i]?.kind == .dhr else {
                out[i] = forOtherPages
                continue
            }
            // (The file's own names come with the others': it declares them anyway.)
            let shared = Set(names(i).filter(isDistinctive).map { $0.lowercased() }).filter { castOf[$0] != nil }.sorted()
            guard !shared.isEmpty else { continue }
            let key = shared.joined(separator: "\n")
            if byCast[key] == nil {
                byCast[key] = Names(
                    shared.reduce(into: Set<String>()) { $0.formUnion(castOf[$1] ?? []) }.sorted(),
                    words: WordSets(shared.compactMap { castWords[$0] }))
            }
            out[i] = byCast[key]
        }
        return out
    }

    /// A pseudonym that names one case: not a generic label such as "Adult A", "Child 1" or
    /// "Mr B", which many reviews use for different people.
    private static func isDistinctive(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard let first = words.first, !name.contains(where: \.isNumber) else { return false }
        return !genericPseudonymWords.contains(first.lowercased()) && !words.contains { $0.count == 1 }
    }

    /// First words of pseudonyms that label a role rather than a person.
    private static let genericPseudonymWords: Set<String> = [
        "adult", "child", "baby", "victim", "perpetrator", "person", "friend", "neighbour", "mr", "mrs", "ms", "miss",
        "subject", "sibling", "son", "daughter", "mother", "father", "partner", "relative", "family", "member",
    ]
}
