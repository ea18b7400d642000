/// Every rule ReviewSite checks, by its stable, lower-case, hyphenated id. This enum is the
/// one place a rule is declared: its description, default severity and help live in
/// RuleCatalog.swift (a `switch` over these cases, so the compiler finds a rule without
/// them), and a test checks that the README documents every case.
package enum RuleID: String, CaseIterable, Sendable, Hashable, Codable {
    // Reading and structure
    case frontMatter = "front-matter"
    case unknownField = "unknown-field"
    case fieldType = "field-type"
    case missingField = "missing-field"
    case invalidDate = "invalid-date"
    case encoding
    case unreadable
    case symlink
    case fileName = "file-name"
    case duplicateSlug = "duplicate-slug"
    case reservedPath = "reserved-path"
    case siteConfig = "site-config"
    case template
    // Metadata
    case dateOrder = "date-order"
    case homeOfficeQA = "home-office-qa"
    case reviewDue = "review-due"
    // Markdown and links
    case rawHTML = "raw-html"
    case unsafeLink = "unsafe-link"
    case table
    case brokenLink = "broken-link"
    // Page files, attachments and topics
    case pageFile = "page-file"
    case unusedFile = "unused-file"
    case attachment
    case fileCheck = "file-check"
    case fileMetadata = "file-metadata"
    case topic
    // Accessibility of content
    case imageAlt = "image-alt"
    case headingOrder = "heading-order"
    case linkText = "link-text"
    case emptyLink = "empty-link"
    case tableHeader = "table-header"
    // Anonymisation
    case namesRegister = "names-register"
    case registerPart = "register-part"
    case registerVariant = "register-variant"
    case titledName = "titled-name"
    case undeclaredName = "undeclared-name"
    case nhsNumber = "nhs-number"
    case niNumber = "ni-number"
    case postcode
    case phone
    case email
    case vehicleRegistration = "vehicle-registration"
    case dateOfBirth = "date-of-birth"
    case eventDate = "event-date"
    case quasiIdentifier = "quasi-identifier"
    case address
    case socialHandle = "social-handle"
    // Waivers
    case waiverReason = "waiver-reason"
    case staleWaiver = "stale-waiver"
    case unknownRule = "unknown-rule"
}
