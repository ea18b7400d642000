import ReviewSiteAnonymisation
import ReviewSiteCore

/// A review is often published as several files: the overview, the executive summary, each
/// agency's report, the chronology. A date of death one of them gives ("Nadia died on
/// 3 February 2024") identifies her just as well in another that gives the date alone
/// ("the police attended on 3 February 2024"), so the files of one review tell each other
/// their dates of birth and death.
enum ReviewFiles {
    /// Files that belong to one review: reviews and briefings that declare the same first two
    /// pseudonyms (the person who died and the one who killed them, as reviews list them) and
    /// whose path names the first (`dhr-nadia-police-imr.md`, `adult-j/overview.md`). Both
    /// are needed: many reviews call someone "Jo" or "Adult A", and unrelated reviews must not
    /// lend each other dates.
    /// Every file in a review's own folder (`reviews/2025-01-saltom/` of a review's
    /// `index.md`) is that review's too, whatever its kind or pseudonyms: a lifeboat's record
    /// published as an appendix page (development set 42). So is every file in a folder below
    /// the top that holds one review under any name (`reviews/2025-01-saltom/dhr-margaret.md`,
    /// as the file-name check asks a review to be called).
    /// (A folder whose several reviews all declare the same first pseudonym and the same one
    /// who killed her is one review's too: an overview with its appendices each written as a
    /// review, `police-incident-logs.md` beside `dhr-2023-01-salote.md`; development sets 106
    /// and 121.)
    static func groups(_ loaded: [LoadedPage]) -> [[Int]] {
        let reviews = loaded.filter { $0.meta.kind == .dhr }
        let folders = Set(reviewFolders(reviews.map(\.relativePath))).union(sharedCastFolders(reviews))
        var byCast: [String: [Int]] = [:]
        for (i, page) in loaded.enumerated() {
            if let folder = enclosingFolder(page.relativePath, in: folders) {
                byCast["folder\n" + folder, default: []].append(i)
            } else if let cast = cast(page) {
                byCast[cast, default: []].append(i)
            }
        }
        return byCast.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// The folders that are one review's own, given the paths of the site's reviews: a review's
    /// `index.md`'s, and a folder below the top that holds one review under any name.
    static func reviewFolders(_ reviewPaths: [String]) -> [String] {
        let reviewsIn = Dictionary(grouping: reviewPaths.map(folder), by: { $0 }).mapValues(\.count)
        return reviewPaths.filter {
            $0.hasSuffix("/index.md") || (reviewsIn[folder($0)] == 1 && $0.split(separator: "/").count >= 3)
        }
        .map(folder)
    }

    /// Folders below the top holding two reviews or more, all declaring the same first
    /// pseudonym, a name of its own, and one file's second that every file declares (the same
    /// first two, or the one who killed her listed third in an appendix: `Tala, Friend R,
    /// Adult K`; development set 121): `Adult A` or `Child 1` first could be two unrelated
    /// reviews filed in one year's folder.
    static func sharedCastFolders(_ reviews: [LoadedPage]) -> [String] {
        var castsIn: [String: [[String]?]] = [:]
        for page in reviews where page.relativePath.split(separator: "/").count >= 3 {
            let names = page.meta.pseudonyms.map { $0.name.value.lowercased() }
            let words = names.first?.split(separator: " ")
            let ownName = names.count >= 2 && !(words.map { $0.count >= 2 && ($0.last?.count ?? 0) <= 2 } ?? true)
            castsIn[folder(page.relativePath), default: []].append(ownName ? names : nil)
        }
        // (The one who killed her: some file's second pseudonym that every file declares; not a
        // `Child 1` two unrelated reviews both list third.)
        return castsIn.filter { _, casts in
            guard casts.count >= 2, let first = casts[0], casts.allSatisfy({ $0?.first == first[0] }) else { return false }
            let all = casts.compactMap { $0 }
            return Set(all.map { $0[1] }).contains { second in all.allSatisfy { $0.contains(second) } }
        }.map(\.key)
    }

    /// The deepest of `folders` (each ending in `/`) that holds `path`: looked up by the file's
    /// own enclosing folders, not by trying every folder for every file (a site of 10,000
    /// reviews has 10,000 such folders).
    static func enclosingFolder(_ path: String, in folders: Set<String>) -> String? {
        var end = path.endIndex
        while let slash = path[..<end].lastIndex(of: "/") {
            let folder = String(path[...slash])
            if folders.contains(folder) { return folder }
            end = slash
        }
        return nil
    }

    /// `reviews/2025-01-saltom/` of `reviews/2025-01-saltom/index.md`.
    static func folder(_ relativePath: String) -> String {
        guard let slash = relativePath.lastIndex(of: "/") else { return "" }
        return String(relativePath[...slash])
    }

    /// Whether the file may belong to a review split into files: by its pseudonyms (`cast`), or
    /// by lying in a folder of its own below the top, as a review's folder does.
    static func mayBelong(_ page: LoadedPage) -> Bool {
        cast(page) != nil || page.relativePath.split(separator: "/").count >= 3
    }

    /// What files of one review share (`groups`): the first two pseudonyms, when the file is
    /// a review or briefing whose path names the first, or whose file name starts with the
    /// review's number (`dhr-2024-02-press-release.md`: then the number is shared too;
    /// development set 36); nil for any other file.
    static func cast(_ page: LoadedPage) -> String? {
        guard page.meta.kind == .dhr || page.meta.kind == .briefing, let names = firstTwo(page) else { return nil }
        let first = Slugify.ascii(names[0])
        let path = "-" + Slugify.ascii(String(page.relativePath.dropLast(page.relativePath.hasSuffix(".md") ? 3 : 0))) + "-"
        if !first.isEmpty, path.contains("-\(first)-") { return names[0] + "\n" + names[1] }
        guard let number = reviewNumber(page.relativePath) else { return nil }
        return names[0] + "\n" + names[1] + "\n" + number
    }

    /// The file's first two pseudonyms, lower-cased: the person who died and the one who
    /// killed them, as reviews list them.
    static func firstTwo(_ page: LoadedPage) -> [String]? {
        let names = page.meta.pseudonyms.prefix(2).map { $0.name.value.lowercased() }
        return names.count == 2 ? names : nil
    }

    /// `dhr-2024-02` of `reviews/dhr-2024-02-press-release.md`: letters, a four-digit year and
    /// a number of one to three digits at the start of the file's name, then a hyphen.
    static func reviewNumber(_ relativePath: String) -> String? {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        let parts = name.lowercased().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 4, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isLetter }),
            parts[1].count == 4, parts[1].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isNumber),
            (1...3).contains(parts[2].count), parts[2].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        return parts[0...2].joined(separator: "-")
    }

    /// For each file that gives, as a plain date, a date of birth or death another file of its
    /// review gives: those dates (page index → date keys). A file's dates come from its load
    /// (`LoadedPage.fileDates`) when it kept them, else from reading it again; a review none
    /// of whose files gives a date of birth or death (`givesLifeDates`) lends nothing and is
    /// not read.
    static func lifeDatesElsewhere(_ loaded: [LoadedPage], _ loader: LoadStage, jobs: Int) -> [Int: Set<Int>] {
        let groups = groups(loaded).filter { group in !group.allSatisfy { loaded[$0].givesLifeDates == false } }
        let members = groups.flatMap { $0 }
        guard !members.isEmpty else { return [:] }
        let found = parallelMap(members, jobs: jobs) { loaded[$0].fileDates ?? loader.fullDates(loaded[$0].relativePath) }
        let dates = Dictionary(uniqueKeysWithValues: zip(members, found))
        var out: [Int: Set<Int>] = [:]
        for group in groups {
            let life = group.reduce(into: Set<Int>()) { $0.formUnion(dates[$1]??.life ?? []) }
            for i in group {
                guard let own = dates[i] ?? nil else { continue }
                let elsewhere = life.subtracting(own.life)
                if !elsewhere.isDisjoint(with: own.other) { out[i] = elsewhere }
            }
        }
        return out
    }
}
