import Foundation
import ReviewSiteCore

/// `reviewsite new dhr|briefing|page SLUG`: a new draft with complete front matter and, for
/// a review or a briefing, the headings it is expected to have.
enum PageStarter {
    enum Kind: String, CaseIterable {
        case dhr, briefing, page

        /// Where the file goes inside the content folder.
        var folder: String {
            switch self {
            case .dhr: return "reviews/"
            case .briefing: return "briefings/"
            case .page: return ""
            }
        }
    }

    /// The path written, relative to the content folder.
    static func create(kind name: String, slug: String, content: String) throws(ToolFailure) -> String {
        guard let kind = Kind(rawValue: name) else {
            let names = Kind.allCases.map(\.rawValue)
            throw ToolFailure(
                "unknown page kind '\(name)'\(Suggestion.hint(for: name, in: names)); "
                    + "use dhr (a review), briefing or page", usage: true)
        }
        let parts = slug.split(separator: "/", omittingEmptySubsequences: false)
        guard kind == .page || parts.count == 1, parts.allSatisfy({ Slug.isValid($0) }) else {
            throw ToolFailure(slugProblem(slug, kind: kind), usage: true)
        }
        if kind == .page, let first = parts.first,
            AssembleStage.reserved.union(["reviews", "briefings"]).contains(String(first))
        {
            throw ToolFailure("'\(first)' is reserved for the site's own pages; choose another name for the page", usage: true)
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDir), isDir.boolValue else {
            throw ToolFailure(
                "content folder '\(content)' not found; run reviewsite in the site's folder, "
                    + "pass --content, or start a site with 'reviewsite init'")
        }
        let relative = kind.folder + slug + ".md"
        let file = URL(fileURLWithPath: content).appendingPathComponent(relative)
        guard !FileManager.default.fileExists(atPath: file.path) else {
            throw ToolFailure(
                "\(SourceLocation.folder(content))/\(relative) already exists; choose another name "
                    + "or edit that file")
        }
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text(kind, slug: slug).utf8).write(to: file, options: .withoutOverwriting)
        } catch {
            throw ToolFailure("cannot write \(relative) (\(error.localizedDescription))")
        }
        return relative
    }

    static func slugProblem(_ slug: String, kind: Kind) -> String {
        if slug.hasSuffix(".md") {
            return "give the name without .md: 'reviewsite new \(kind.rawValue) \(slug.dropLast(3))'"
        }
        if kind != .page && slug.contains("/") {
            return "a \(kind.rawValue) name cannot contain '/': reviews go in reviews/ and briefings in briefings/"
        }
        let suggestion = slug.split(separator: "/").map { Slug.suggest($0) }.joined(separator: "/")
        return "'\(slug)' cannot be a page name: use only lower-case letters, digits and hyphens, "
            + "not starting or ending with a hyphen (a page name is its web address); "
            + "for example '\(suggestion)'"
    }

    /// "adult-r-2024" → "Adult R 2024".
    static func words(_ slug: String) -> String {
        slug.split(separator: "/").last.map { part in
            part.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        } ?? slug
    }

    static func text(_ kind: Kind, slug: String) -> String {
        switch kind {
        case .dhr: return dhr(slug)
        case .briefing: return briefing(slug)
        case .page: return page(slug)
        }
    }

    static let publishingNotes = """
        # Before publishing: set status: published and fill in the dates below (YYYY-MM-DD).
        # published: the day it goes on the site. reviewed: the day someone last checked it.
        # updated: the day it last changed, if after it was published.
        # publish_from: an embargo; the page appears on the first build on or after that day.
        # published: 2026-01-31
        # reviewed: 2026-01-31
        # updated: 2026-01-31
        # publish_from: 2026-01-31
        """

    static func dhr(_ slug: String) -> String {
        let name = words(slug.hasPrefix("dhr-") ? String(slug.dropFirst(4)) : slug)
        let headings: [(String, String)] = [
            ("Executive summary", "A short account of the review, its findings and its recommendations."),
            (
                "Introduction",
                "Who the review is about (by pseudonym), when and how they died, and the partnership's condolences to the family."
            ),
            ("Timescales", "When the review was commissioned, when the Home Office was told, and any delay."),
            ("Confidentiality", "How the report is anonymised, and the pseudonyms chosen with the family."),
            ("Terms of reference", "The questions the review set out to answer, and the period it covers."),
            ("Methodology", "How the review was carried out: the agency reports asked for and how they were analysed."),
            (
                "Involvement of family, friends and the wider community",
                "How the family and others who knew the victim took part."
            ),
            ("Contributors to the review", "The agencies that gave information to the review."),
            ("The review panel", "The panel's members, by role and agency, and their independence."),
            ("The chair and author", "The independent chair and author, and their independence from the agencies involved."),
            ("Parallel reviews", "Any criminal trial, inquest or other review, and how the review worked alongside it."),
            ("Equality and diversity", "How the protected characteristics of the people involved were considered."),
            ("Dissemination", "Who will receive the report."),
            ("Background information", "The facts: the people involved and the events that led to the death."),
            ("Chronology", "The agencies' contact with the people involved, in order."),
            ("Overview", "A summary of what the agencies knew."),
            ("Analysis", "The review's analysis against the terms of reference."),
            ("Conclusions", "What the review concluded."),
            ("Lessons to be learnt", "What the partnership and the agencies have learnt."),
            ("Recommendations", "Each recommendation, numbered, and the agency responsible."),
            ("Action plan", "How and when each recommendation will be carried out."),
        ]
        return """
            ---
            # A Domestic Homicide Review (overview report). Its headings follow the Home Office
            # statutory guidance for the conduct of Domestic Homicide Reviews.
            type: dhr
            title: "DHR: \(name)"
            summary: "One or two sentences on whose death the review looks at and what it found. Use pseudonyms only."
            status: draft
            # The Home Office quality-assurance panel's sign-off date: required before publishing.
            # home_office_qa: 2026-01-31
            \(publishingNotes)
            # The pseudonyms used in the report, and who each stands for.
            pseudonyms: []
            # Subjects, such as: coercive control.
            topics: []
            ---

            """ + sections(headings)
    }

    static func briefing(_ slug: String) -> String {
        let headings: [(String, String)] = [
            ("About this briefing", "Which review this briefing comes from, and who it is for."),
            ("What happened", "A short, anonymised account, using the review's pseudonyms."),
            ("What the review found", "The main findings, in plain words."),
            ("What you can do", "What practitioners in every agency can do differently."),
            ("Key messages", "Three to five points to remember."),
            ("Where to get help", "Local and national services, and training."),
        ]
        return """
            ---
            # A learning briefing: the learning from a review, in a few pages, for practitioners.
            type: briefing
            title: "Learning briefing: \(words(slug))"
            summary: "One or two sentences on what practitioners can learn from this review."
            status: draft
            \(publishingNotes)
            # The pseudonyms used, and who each stands for.
            pseudonyms: []
            topics: []
            ---

            """ + sections(headings)
    }

    static func page(_ slug: String) -> String {
        """
        ---
        type: page
        title: "\(words(slug))"
        summary: "One or two sentences on what this page is for."
        status: draft
        \(publishingNotes)
        topics: []
        ---
        ## \(words(slug))

        Write the page here.

        """
    }

    static func sections(_ headings: [(String, String)]) -> String {
        headings.map { "## \($0.0)\n\n\($0.1)\n" }.joined(separator: "\n")
    }
}
