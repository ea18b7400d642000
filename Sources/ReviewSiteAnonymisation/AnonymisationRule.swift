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
}

/// What the rules know about the page and the site, beyond the text itself.
package struct AnonymisationContext: Sendable {
    /// Declared pseudonyms of this file (`Adult R`, `Jo`, `Child 1`).
    package var pseudonyms: [String] { didSet { declaredWords = NameMatching.declaredWords(pseudonyms + publicNames) } }
    /// site.yml `public_names`: people who may be named.
    package var publicNames: [String] { didSet { declaredWords = NameMatching.declaredWords(pseudonyms + publicNames) } }
    /// site.yml helplines' numbers, emails and URLs and its contact email.
    package var allowedContacts: [String]
    /// The private names register, if one was given.
    package var register: NamesRegister?
    /// Reviews and briefings get the stricter date-of-birth treatment: a full date in their
    /// body is queried even without "born" nearby.
    package var strictDatesOfBirth: Bool
    /// Pseudonyms declared by the site's reviews, known on a briefing or page (which draws on
    /// the reviews); only undeclared-name takes them into account.
    package var reviewPseudonyms: [String] = [] { didSet { reviewPseudonymWords = NameMatching.declaredWords(reviewPseudonyms) } }
    package private(set) var reviewPseudonymWords: Set<String> = []
    /// Every word of the pseudonyms and public names, folded: worked out once here, not once
    /// per text scanned (a site scan knows every pseudonym of the site).
    package private(set) var declaredWords: Set<String>

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
    }
}
