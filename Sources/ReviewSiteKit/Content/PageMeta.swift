import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Only `published` pages are ever written to the output.
public enum PageStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case draft, published, withdrawn
}

/// A front matter string with where it was written, so findings can point at it.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var line: Int
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// A name a review uses instead of a real one (`Adult R`, `Jo`), and who they are.
public struct Pseudonym: Sendable, Hashable, Codable {
    public var name: Located<String>
    public var role: Located<String>
}

/// An anonymisation waiver from front matter: silences `text` for `rule` in this file.
public struct WaiverEntry: Sendable, Hashable, Codable {
    public var rule: String
    public var text: String
    public var reason: String
    public var line: Int
    public var column: Int
}

/// What an attachment is: the documents partnerships publish with a review.
public enum AttachmentKind: String, Sendable, Hashable, CaseIterable, Codable {
    case overviewReport = "overview report"
    case executiveSummary = "executive summary"
    case qaLetter = "QA letter"
    case actionPlan = "action plan"
    case easyRead = "easy read"
    case welsh = "Welsh"
}

/// One entry of `attachments:`: a file beside the page, with the title a reader sees.
public struct Attachment: Sendable, Hashable, Codable {
    /// As written: a path relative to the page's Markdown file.
    public var file: Located<String>
    public var title: Located<String>
    public var kind: AttachmentKind
    public var line: Int
    public var column: Int
}

/// The typed front matter of one content file. Fields that failed to decode are nil;
/// their diagnostics are reported by the decoder.
public struct PageMeta: Sendable, Hashable, Codable {
    public var kind: PageKind?
    public var title: Located<String>?
    public var summary: Located<String>?
    public var status: PageStatus?
    public var published: Located<SiteDate>?
    public var updated: Located<SiteDate>?
    public var reviewed: Located<SiteDate>?
    public var publishFrom: Located<SiteDate>?
    public var homeOfficeQA: Located<SiteDate>?
    public var pseudonyms: [Pseudonym] = []
    public var topics: [Located<String>] = []
    public var allow: [WaiverEntry] = []
    public var attachments: [Attachment] = []
    /// Where each field's key was written, for "missing"/"order" findings. Like
    /// `reportedFields`, read only by the metadata rules and emptied once they ran (LoadStage).
    public var fieldLines: [String: Int] = [:]
    /// Fields the decoder already reported as wrong; other rules stay quiet about them.
    public var reportedFields: Set<String> = []

    public init() {}
}

extension Located: Codable where Value: Codable {}
