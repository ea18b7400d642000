import ReviewSiteCore
import ReviewSiteSyntax
import ReviewSiteAnonymisation
/// A helpline that may appear in content (numbers, emails and URLs are exempt from the
/// anonymisation rules). A plain string entry becomes `name` only.
public struct Helpline: Sendable, Hashable {
    public var name: String
    public var phone: String?
    public var email: String?
    public var url: String?
    public var hours: String?
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
    public var publicNames: [String] = []
    public var helplines: [Helpline] = []
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
        }
        // The accessibility statement publishes these by law.
        for key in ["contact_phone", "contact_email"] {
            if case .text(let value)? = accessibility[key] { out.append(value) }
        }
        return out
    }
}

/// One value under `accessibility:` in site.yml: a sentence, a date or a list of sentences.
public enum AccessibilityFact: Sendable, Hashable {
    case text(String)
    case date(SiteDate)
    case list([String])
}
