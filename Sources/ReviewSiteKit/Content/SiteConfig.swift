import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// A helpline that may appear in content (numbers, emails and URLs are exempt from the
/// anonymisation rules). A plain string entry becomes `name` only.
public struct Helpline: Sendable, Hashable {
    public var name: String
    public var phone: String?
    public var email: String?
    public var url: String?
    public var hours: String?
    /// Written as a plain string ("Outreach: 0117 496 0123"), not a mapping: the numbers,
    /// emails and links inside it are its contacts. A mapping's `name` is only a name.
    public var isPlainText = false
}

/// `content/site.yml`: site-wide settings, each optional key with a sensible default.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    public var baseURL: String
    public var language: String = "en-GB"
    public var organisation: String
    public var contactEmail: String?
    public var exitURL: String = "https://www.bbc.co.uk/weather"
    public var reviewIntervalMonths: Int = 12
    /// How many reviews or briefings one listing or topic page shows before the rest go on
    /// to `page/2/` and on (`listing_page_size`): a listing of every review on one page grows
    /// with the site (67 MB at 10,000 reviews, issue 16), and GOV.UK lists 20 at a time.
    public var listingPageSize: Int = 20
    public var publicNames: [String] = []
    public var helplines: [Helpline] = []
    /// The site's topics, spelt as they are shown (`topics:`); when given, every page's
    /// topics must be one of them, so one topic is never split by its spelling.
    public var topics: [String]?
    /// What the site calls a review (`review_label`): "Domestic Homicide Review", or the name
    /// section 19 of the Victims and Prisoners Act 2024 gives them once it commences.
    public var reviewLabel = SiteConfig.defaultReviewLabel
    public static let defaultReviewLabel = "Domestic Homicide Review"
    public static let newReviewLabel = "Domestic Abuse Related Death Review"

    /// "Domestic homicide reviews": the label in the plural, in sentence case, for navigation
    /// and headings (GOV.UK style).
    public var reviewLabelPlural: String {
        let lower = reviewLabel.lowercased() + "s"
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }

    /// The site uses the new statutory name, so its listing says why.
    public var usesNewReviewLabel: Bool { reviewLabel.lowercased() == SiteConfig.newReviewLabel.lowercased() }
    /// `rules:`: the site's severity per rule id (issue 12).
    public var rules = RulePolicy()
    /// Facts for the accessibility statement, key → text (lists joined by the theme).
    public var accessibility: [String: AccessibilityFact] = [:]
    /// `require_names: true`: building or linting without a names register is an error.
    public var requireNames = false
    /// Where `require_names` is written, for the error.
    public var requireNamesLine = 0
    public var requireNamesColumn = 0
    var requireNamesAt: (Int, Int) {
        get { (requireNamesLine, requireNamesColumn) }
        set { (requireNamesLine, requireNamesColumn) = newValue }
    }

    public init(title: String, baseURL: String) {
        self.title = title
        self.baseURL = baseURL
        self.organisation = title
    }

    /// Phones, emails and URLs that content may mention without an anonymisation finding.
    public var allowedContacts: [String] {
        var out: [String] = []
        if let contactEmail { out.append(contactEmail) }
        for h in helplines {
            out += [h.phone, h.email, h.url].compactMap { $0 }
            // A helpline written as a plain string ("Outreach: 0117 496 0123 or
            // https://…"): the numbers, emails and links inside it (issue 12).
            if h.isPlainText { out += Self.contacts(in: h.name) }
        }
        // The accessibility statement publishes these by law.
        for key in ["contact_phone", "contact_email"] {
            if case .text(let value)? = accessibility[key] { out.append(value) }
        }
        return out
    }
}

extension SiteConfig {
    /// The partnership's own names, its title and organisation, whose words name its areas.
    public var areaNames: [String] { [title, organisation] }

    /// The site's own names and its helplines' (`Rainbow Rea LGBT+ advice line` of a plain
    /// `"Rainbow Rea LGBT+ advice line: 0121 496 0366"`): services it names in public, so a
    /// given name among their words (`Rea`) names no person there (development set 36).
    public var siteNames: [String] {
        areaNames
            + helplines.map { h in
                guard h.isPlainText else { return h.name }
                // (A plain entry's name is what comes before its colon or its first digit.)
                let end = h.name.firstIndex(where: { $0 == ":" || $0.isNumber }) ?? h.name.endIndex
                return String(h.name[..<end])
            }
    }

    /// The phone numbers, email addresses and links written inside a sentence.
    static func contacts(in sentence: String) -> [String] {
        let text = ScanText(sentence, line: 1, column: 1)
        let context = AnonymisationContext()
        var out = StructuredRules.all.filter { $0.id == .phone || $0.id == .email }
            .flatMap { $0.scan(text, context) }.map(\.matched)
        // (Every number as written, whatever its words say: `Forced Marriage Unit: 020 7008 0151`
        // is a service's number in a page, and the phone rule is quiet on it there.)
        out += PhoneRule().written(text).map { text.slice($0.range) }
        for word in sentence.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            var w = String(word)
            while let last = w.last, ".,;:)]>'\"".contains(last) { w.removeLast() }
            while let first = w.first, "([<'\"".contains(first) { w.removeFirst() }
            if w.hasPrefix("https://") || w.hasPrefix("http://") || w.hasPrefix("www.") { out.append(w) }
        }
        return out
    }
}

/// One value under `accessibility:` in site.yml: a sentence, a date, a list of sentences, or
/// the known issues.
public enum AccessibilityFact: Sendable, Hashable {
    case text(String)
    case date(SiteDate)
    case list([String])
    case issues([KnownIssue])
}

/// A part of the site known not to meet WCAG 2.2 AA, listed in the statement's
/// "Non-accessible content" section: what fails, and the success criterion it fails.
public struct KnownIssue: Sendable, Hashable {
    public var issue: String
    public var criterion: String
}
