import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// `reviewsite status`: what needs doing, from the front matter of every page. It reads
/// only; it never fails because of what it finds (a page it cannot read is listed).
struct SiteStatus {
    enum Category: String, CaseIterable {
        case overdueReview = "overdue_review"
        case reviewDueSoon = "review_due_soon"
        case publishedWithoutQA = "published_without_qa"
        case draft
        case embargoLifting = "embargo_lifting"
        case withdrawn
        case unreadable

        var heading: String {
            switch self {
            case .overdueReview: return "Overdue for review"
            case .reviewDueSoon: return "Due for review in the next 30 days"
            case .publishedWithoutQA: return "Published reviews without Home Office quality assurance"
            case .draft: return "Drafts"
            case .embargoLifting: return "Embargoes lifting in the next 60 days"
            case .withdrawn: return "Withdrawn pages"
            case .unreadable: return "Pages whose front matter could not be read (run 'reviewsite lint')"
            }
        }
    }

    struct Item {
        var category: Category
        var file: String
        var title: String
        /// The date the item is about (due, lifts, draft since), if any.
        var date: SiteDate?
        /// Days overdue, until due, as a draft, or until the embargo lifts.
        var days: Int?
        /// One sentence for the text report.
        var note: String
    }

    var date: SiteDate
    var content: String
    var items: [Item] = []
    /// What a build on `date` leaves out.
    var heldBack: (drafts: Int, embargoed: Int, withdrawn: Int) = (0, 0, 0)

    static func make(contentDirectory: String, date: SiteDate) throws(ToolFailure) -> SiteStatus {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory, isDirectory: &isDir), isDir.boolValue else {
            throw ToolFailure(
                "content folder '\(contentDirectory)' not found; run reviewsite in the site's folder "
                    + "or pass --content with the folder that holds site.yml")
        }
        var options = PipelineOptions(date: date)
        options.contentDirectory = contentDirectory
        let reader = SitePipeline.reader(options)
        let listing = reader.run()
        var ignored: [Diagnostic] = []
        let config = SitePipeline.loadConfig(listing.siteFile, reader: reader, buildDate: date, &ignored)
        let interval = config?.reviewIntervalMonths ?? 12
        let anonymisation = AnonymisationCheck(site: AnonymisationContext(publicNames: [], allowedContacts: [], register: nil))
        let loader = LoadStage(reader: reader, buildDate: date, reviewIntervalMonths: interval, anonymisation: anonymisation)
        let pages = parallelMap(listing.pages, jobs: options.jobs) { loader.load($0) }
        var status = SiteStatus(date: date, content: SourceLocation.folder(contentDirectory))
        for page in pages {
            status.add(page, interval: interval, contentURL: reader.contentDirectory)
        }
        status.items.sort { ($0.category.rawValue, $0.date ?? date, $0.file) < ($1.category.rawValue, $1.date ?? date, $1.file) }
        return status
    }

    private mutating func add(_ page: LoadedPage, interval: Int, contentURL: URL) {
        let meta = page.meta
        let file = page.displayPath
        let title = meta.title?.value ?? page.relativePath
        func item(_ c: Category, _ d: SiteDate?, _ days: Int?, _ note: String) {
            items.append(Item(category: c, file: file, title: title, date: d, days: days, note: note))
        }
        guard let status = meta.status else {
            item(.unreadable, nil, nil, "its front matter has errors or no status")
            return
        }
        switch status {
        case .draft:
            heldBack.drafts += 1
            if let since = meta.updated?.value ?? meta.published?.value {
                let days = max(0, Self.days(from: since, to: date))
                item(
                    .draft, since, days,
                    "a draft; last dated \(since.govuk)"
                        + (days > 0 ? " (\(Self.count(days, "day")) ago)" : ""))
            } else if let changed = Self.modified(contentURL.appendingPathComponent(page.relativePath)) {
                let days = max(0, Self.days(from: changed, to: date))
                item(
                    .draft, changed, days,
                    "a draft; file last changed \(changed.govuk)"
                        + (days > 0 ? " (\(Self.count(days, "day")) ago)" : ""))
            } else {
                item(.draft, nil, nil, "a draft")
            }
        case .withdrawn:
            heldBack.withdrawn += 1
            item(
                .withdrawn, meta.updated?.value, nil,
                "withdrawn: it is not on the site; delete the file when it is no longer needed")
        case .published:
            if let lifts = meta.publishFrom?.value, date < lifts {
                heldBack.embargoed += 1
                let days = Self.days(from: date, to: lifts)
                if days <= 60 {
                    item(
                        .embargoLifting, lifts, days,
                        "embargoed until \(lifts.govuk) (in \(Self.count(days, "day"))): "
                            + "the site must be rebuilt on \(lifts.govuk) for it to appear (a nightly build does this)")
                }
            }
            if meta.kind == .dhr && meta.homeOfficeQA == nil {
                item(
                    .publishedWithoutQA, meta.published?.value, nil,
                    "published with no home_office_qa date: the build refuses it until the panel's sign-off date is added")
            }
            if let reviewed = meta.reviewed?.value {
                let due = reviewed.adding(months: interval)
                let days = Self.days(from: date, to: due)
                if days < 0 {
                    item(
                        .overdueReview, due, -days,
                        "last reviewed \(reviewed.govuk); due \(due.govuk) "
                            + "(\(Self.count(-days, "day")) overdue)")
                } else if days <= 30 {
                    item(
                        .reviewDueSoon, due, days,
                        "last reviewed \(reviewed.govuk); due \(due.govuk) "
                            + "(in \(Self.count(days, "day")))")
                }
            }
        }
    }

    // MARK: Formats

    var text: String {
        var out = "Site status on \(date.govuk) (\(content)/)\n"
        for category in Category.allCases {
            let found = items.filter { $0.category == category }
            if found.isEmpty && category == .unreadable { continue }
            out += "\n\(category.heading): \(found.isEmpty ? "none" : String(found.count))\n"
            for item in found { out += "- \(item.title) (\(item.file)): \(item.note)\n" }
        }
        out += "\n" + heldBackSentence + "\n"
        return out
    }

    var heldBackSentence: String {
        var parts: [String] = []
        if heldBack.drafts > 0 { parts.append(Self.count(heldBack.drafts, "draft")) }
        if heldBack.embargoed > 0 { parts.append("\(Self.count(heldBack.embargoed, "embargoed page"))") }
        if heldBack.withdrawn > 0 { parts.append("\(Self.count(heldBack.withdrawn, "withdrawn page"))") }
        guard !parts.isEmpty else { return "A build on \(date.govuk) publishes every page." }
        let list = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
        return "A build on \(date.govuk) leaves out \(list)."
    }

    var json: String {
        var pairs: [(String, JSONValue)] = [("date", .string(date.iso)), ("content", .string(content))]
        for category in Category.allCases {
            pairs.append(
                (
                    category.rawValue,
                    .array(
                        items.filter { $0.category == category }.map { item in
                            var fields: [(String, JSONValue)] = [("file", .string(item.file)), ("title", .string(item.title))]
                            if let d = item.date { fields.append(("date", .string(d.iso))) }
                            if let days = item.days { fields.append(("days", .int(days))) }
                            fields.append(("note", .string(item.note)))
                            return .object(fields)
                        })
                ))
        }
        pairs.append(
            (
                "held_back",
                .object([
                    ("drafts", .int(heldBack.drafts)), ("embargoed", .int(heldBack.embargoed)),
                    ("withdrawn", .int(heldBack.withdrawn)),
                ])
            ))
        return JSONValue.object(pairs).render() + "\n"
    }

    var csv: String {
        func field(_ s: String) -> String {
            // Quoted always; a leading =, +, - or @ is prefixed so a spreadsheet does not run it.
            var v = s
            if let first = v.first, "=+-@".contains(first) { v = "'" + v }
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var out = "category,file,title,date,days,note\n"
        for item in items {
            out +=
                [
                    item.category.rawValue, field(item.file), field(item.title), item.date?.iso ?? "",
                    item.days.map(String.init) ?? "", field(item.note),
                ].joined(separator: ",") + "\n"
        }
        return out
    }

    // MARK: Dates

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    static func dayNumber(_ d: SiteDate) -> Int {
        let y = d.month <= 2 ? d.year - 1 : d.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (d.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + d.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func days(from a: SiteDate, to b: SiteDate) -> Int { dayNumber(b) - dayNumber(a) }

    static func modified(_ url: URL) -> SiteDate? {
        guard let date = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date else {
            return nil
        }
        return SiteDate(unixTime: Int(date.timeIntervalSince1970))
    }
}
