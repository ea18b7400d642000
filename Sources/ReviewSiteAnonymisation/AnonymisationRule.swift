import ReviewSiteCore
import ReviewSiteNames

/// One anonymisation rule (each in its own file under Rules/). Rules see one piece of text
/// at a time and report what they find; waivers, masking and diagnostics are the engine's.
package protocol AnonymisationRule: Sendable {
    /// Stable, lower-case, hyphenated id (`nhs-number`), documented in the README.
    var id: RuleID { get }
    func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding]
}

/// What a rule found: where, the exact text (for waivers; never printed), and a message
/// that names the kind of identifier and shows at most a masked preview.
package struct AnonymisationFinding: Sendable, Equatable {
    package var rule: RuleID
    package var severity: Severity
    /// Scalar offsets in the ScanText.
    package var range: Range<Int>
    /// The exact text matched. Used to match waivers; never written to any output.
    package var matched: String
    /// e.g. "NHS number 485 *** ****; replace it or remove it".
    package var message: String
    /// For a full date (`date-of-birth`, `event-date`), its day, month and year as one number
    /// (`DateOfBirthRule.key`), so the engine compares dates without reading them again.
    package var dateKey: Int? = nil
}

/// What the rules know about the page and the site, beyond the text itself.
package struct AnonymisationContext: Sendable {
    /// Declared pseudonyms of this file (`Adult R`, `Jo`, `Child 1`).
    package var pseudonyms: [String] { didSet { declaredWords = NameMatching.declaredWords(pseudonyms + publicNames) } }
    /// site.yml `public_names`: people who may be named.
    package var publicNames: [String] {
        didSet {
            declaredWords = NameMatching.declaredWords(pseudonyms + publicNames)
            publicHalves = Self.halves(publicNames)
        }
    }
    /// Words of public names that stand only in a double-barrelled surname (`Llewellyn` of
    /// `Dr Nia Llewellyn-Hart`), folded: a title before one alone (`DS Llewellyn`) is someone
    /// else (development set 45). (Of the public names only: a page's pseudonyms change per
    /// file, and the rule asks them only when a word is such a half.)
    package private(set) var publicHalves: Set<String> = []
    /// site.yml helplines' numbers, emails and URLs and its contact email.
    package var allowedContacts: [String] { didSet { contactDomains = Self.domains(allowedContacts) } }
    /// The first label of the domains of those emails, letters and digits
    /// only (`saferbrackenroyd`): the partnership's own, so `@SaferBrackenroyd` and
    /// `newsletter@saferbrackenroyd.example` are its accounts.
    package private(set) var contactDomains: Set<String> = []
    /// The private names register, if one was given.
    package var register: NamesRegister?
    /// Reviews and briefings get the stricter date-of-birth treatment: a full date in their
    /// body is queried even without "born" nearby.
    package var strictDatesOfBirth: Bool
    /// Every word, folded (`NameMatching.declaredWords`), of the pseudonyms other files of
    /// the site declare that this file may use (a briefing uses the reviews'); only
    /// undeclared-name and quasi-identifier take them into account. Folded once for the whole
    /// site, not once per file: a page may use 1,500 reviews' pseudonyms.
    package var reviewPseudonymWords = WordSets()
    /// The site's title and organisation (site.yml), whose words name its borough or town
    /// (`Kestlewood` of `Safer Kestlewood Partnership`), and its helplines' names: set through
    /// `siteNames`.
    package var siteNames: [String] = [] { didSet { siteNamesChanged() } }
    /// The site's title and organisation alone: the partnership's own areas, where a given name
    /// no list knows as a town too (`Kimber` of `Sandbourne, Pelham and Kimber Community Safety
    /// Partnership`) is a place throughout the site (development set 64). Not the helplines'
    /// names, which name services after people.
    package var siteAreaNames: [String] = [] { didSet { siteNamesChanged() } }

    private mutating func siteNamesChanged() {
        // (`FirstNames.kind` capitalises the folded word itself.)
        let words = NameMatching.declaredWords(siteNames)
        let areas = NameMatching.declaredWords(siteAreaNames).filter {
            FirstNames.kind(of: $0) == .plain && !NameContextWords.townsCommonAsNames.contains($0)
                && !NameContextWords.townsAlsoNames.contains($0)
        }
        siteNameWords = words.filter { FirstNames.kind(of: $0) == nil }.union(areas)
        siteNameLeads = NameMatching.leads(siteNames, of: words.subtracting(siteNameWords))
        siteNameHeads = NameMatching.heads(siteNames, of: words.subtracting(siteNameWords))
        siteOrganisationLeads = Self.organisationLeads(siteNames)
        siteStreets = Self.streets(in: siteNames)
        siteAreaWords = NameMatching.declaredWords(siteAreaNames)
    }

    /// `Partnership office, Civic Centre, Pellow Road`: the streets the site's names give, as
    /// capitalised words ending in a street's type, folded and joined by a space (`pellow road`).
    static func streets(in names: [String]) -> Set<String> {
        var out: Set<String> = []
        for name in names {
            let words = name.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" && $0 != "-" }).map(String.init)
            for (i, w) in words.enumerated() where i > 0 && QuasiIdentifierRule.streetTypes.contains(NameMatching.fold(w)) {
                // One or two capitalised words before the type (`Pellow Road`, `Old Kent Road`;
                // `Civic Centre, Pellow Road` gives `centre pellow road` too, which no text matches).
                var first = i
                while first > max(0, i - 2), NameMatching.isCapitalised(words[first - 1]),
                    !QuasiIdentifierRule.streetTypes.contains(NameMatching.fold(words[first - 1]))
                {
                    first -= 1
                    out.insert(words[first...i].map { NameMatching.fold($0) }.joined(separator: " "))
                }
            }
        }
        return out
    }

    /// `Roshni Women's Group` (a helpline's name in site.yml): a given name that starts an
    /// organisation's name of three words or more ending in an agency's word, not possessive
    /// (`Clare's Law` names a person's law): the site's short name for it, folded
    /// (development set 83).
    static func organisationLeads(_ names: [String]) -> Set<String> {
        var out: Set<String> = []
        for name in names {
            let label = name.split(separator: ":").first.map(String.init) ?? name
            let words = label.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" }).map(String.init)
            guard words.count >= 3, let first = words.first, NameMatching.isCapitalised(first),
                !NameMatching.stripPossessive(first).possessive, FirstNames.kind(of: first) != nil
            else { continue }
            let tail = words.dropFirst().prefix(3).map { NameMatching.fold(NameMatching.stripPossessive($0).base) }
            if tail.contains(where: { NameContextWords.placeOrAgency.contains($0) || NameContextWords.businessWords.contains($0) }
            ) {
                out.insert(NameMatching.fold(first))
            }
        }
        return out
    }

    /// Every word of the site's title and organisation, folded (`soar`, `vale` of `Safer
    /// Charnford and Soar Vale`): its own area. Not the helplines' words, whose centre's street
    /// (`Stratton Road Advice Centre`) is still a street with a house number (development set 97).
    package private(set) var siteAreaWords: Set<String> = []
    /// The streets the site's own names give (`pellow road`): where the partnership's office or
    /// a helpline's centre is, public already (development set 88).
    package private(set) var siteStreets: Set<String> = []
    /// Given names that start the organisations of the site's helplines (`roshni`): alone, the
    /// organisation.
    package private(set) var siteOrganisationLeads: Set<String> = []
    /// A given name of the site's name with the word after it there, folded and joined by a
    /// space (`lea marsh` of `Lea Marsh and Hackwell`): the site's place, not a person.
    package private(set) var siteNameHeads: Set<String> = []
    /// Those words, folded, less any that is a given name also common as a town's (`Safer
    /// Shirley` keeps `Shirley` a name).
    package private(set) var siteNameWords: Set<String> = []
    /// A given name of the site's name with up to two words before it there, folded and
    /// joined by spaces (`welland and nene`): so written, it is the site's place, not a person
    /// (development set 31).
    package private(set) var siteNameLeads: Set<String> = []
    /// Full dates (`DateOfBirthRule.key`) that another file of the same review gives as a
    /// date of birth or death: the overview says "died on 3 February 2024", the police
    /// report's "3 February 2024" is the same identifying date.
    package var lifeDatesElsewhere: Set<Int> = []
    /// What the page says of places in all its texts (`Colby Moor`, islands).
    package var pagePlaces = PlaceLeads()
    /// Names the page says it made up (`Nadia and Tomás are invented names for this
    /// exercise`), folded: a training scenario's people, quiet in all its texts.
    package var pageInventedNames: Set<String> = []
    /// Every word of the pseudonyms and public names, folded: worked out once here, not once
    /// per text scanned (a site scan knows every pseudonym of the site).
    package private(set) var declaredWords: Set<String>

    /// Words that name no undeclared person here: the declared names, the other files'
    /// pseudonyms and the site's own borough. Three sets looked up in turn, not one union:
    /// a union per text scanned cost seconds with many reviews' pseudonyms.
    package var knownNameWords: KnownWords { KnownWords(declaredWords, reviewPseudonymWords, siteNameWords) }

    package init(
        pseudonyms: [String] = [], publicNames: [String] = [], allowedContacts: [String] = [],
        register: NamesRegister? = nil, strictDatesOfBirth: Bool = false
    ) {
        self.pseudonyms = pseudonyms
        self.publicNames = publicNames
        self.allowedContacts = allowedContacts
        self.register = register
        self.strictDatesOfBirth = strictDatesOfBirth
        declaredWords = NameMatching.declaredWords(pseudonyms + publicNames)
        publicHalves = Self.halves(publicNames)
        contactDomains = Self.domains(allowedContacts)
    }

    private static func halves(_ names: [String]) -> Set<String> {
        let words = NameMatching.hyphenJoinedWords(names)
        return words.joined.subtracting(words.alone)
    }

    private static func domains(_ contacts: [String]) -> Set<String> {
        // Emails only: a helpline's web address may be a platform's (`instagram.com/…`).
        Set(contacts.compactMap(domainLabel(ofEmail:)).filter { $0.count >= 4 })
    }

    /// `dhr@saferbrackenroyd.example` → `saferbrackenroyd`: the first label of an email
    /// address's domain (not `www`), lower case, letters and digits only; nil if no `@`.
    package static func domainLabel(ofEmail address: String) -> String? {
        let lower = address.lowercased()
        guard let at = lower.lastIndex(of: "@") else { return nil }
        let label = lower[lower.index(after: at)...].split(separator: ".").first { $0 != "www" } ?? ""
        return String(label.filter { $0.isLetter || $0.isNumber })
    }
}

/// Folded words looked up in several sets (`AnonymisationContext.knownNameWords`).
package struct KnownWords: Sendable {
    private let first: Set<String>
    private let second: WordSets
    private let third: Set<String>

    package init(_ first: Set<String> = [], _ second: WordSets = WordSets(), _ third: Set<String> = []) {
        (self.first, self.second, self.third) = (first, second, third)
    }

    package func contains(_ folded: String) -> Bool {
        first.contains(folded) || second.contains(folded) || third.contains(folded)
    }
}

extension [any AnonymisationRule] {
    /// Every rule's findings in one text, rule by rule: the engine's one way to run the rules,
    /// so work several rules need (the names register's matches) is done once per text.
    package func findings(in text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        let shared = text.sharingRegisterMatches(context.register)
        let found = addingBoxedDigitFindings(
            addingOCRFindings(flatMap { $0.scan(shared, context) }, in: shared, context), in: shared, context
        ).filter { !ExampleValues.isExample($0) }
        // `Sqn Ldr Andrew Pryor`, `Dr J. K. Rowe`: one name, one finding. The titled name's is
        // kept; an undeclared-name finding that starts inside it would show the reader the name
        // twice (`DCI Marcus Oyelowo-Hart`, the undeclared name's running on past the hyphen).
        let titled = found.filter { $0.rule == .titledName }.map(\.range)
        guard !titled.isEmpty else { return found }
        return found.filter { finding in
            finding.rule != .undeclaredName
                || !titled.contains { $0.contains(finding.range.lowerBound) }
        }
    }
}
