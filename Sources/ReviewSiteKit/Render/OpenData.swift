import ReviewSiteCore
import ReviewSiteSyntax

/// Machine-readable output: the search index, `reviews.json` (open data about every published
/// review, described by docs/reviews.schema.json) and schema.org JSON-LD for a review page.
/// Built only from the model, which holds nothing unpublished, and only from what the pages
/// themselves show.
///
/// Each takes `blank`: the same file with every text that comes from a content file left
/// empty (`CheckedTexts`), for the build's leak check, so a summary's words next to a date in
/// the JSON are not taken for a date of death.
enum OpenData {
    /// The attachments of a page with their files (those that resolve to a published file).
    static func attachments(_ page: PublishedPage, _ model: SiteModel) -> [(Attachment, PageFile)] {
        page.meta.attachments.compactMap { a in
            guard
                case .contentFile(let relative) = LinkTarget.resolve(
                    a.file.value, from: page.relativePath, in: [],
                    files: model.filePaths),
                let file = model.files.first(where: { $0.relative == relative })
            else { return nil }
            return (a, file)
        }
    }

    /// `search-index.json`: one entry per published page, for the search page's script.
    /// URLs are relative to the site root, so the index works wherever the site is served.
    static func searchIndex(_ model: SiteModel, blank: Bool = false) -> String {
        whole { searchIndex(model, blank: blank, piece: $0) }
    }

    /// `searchIndex` handed to `piece` in pieces, escaped, so it can be written without being
    /// held whole (issue 16).
    static func searchIndex(_ model: SiteModel, blank: Bool = false, piece: ([UInt8]) -> Void) {
        let checked = CheckedTexts(blank: blank)
        let pages = model.pages.filter { $0.role != .home }
        safePieces(piece) { piece in
            JSONValue.renderObject(
                [], then: "pages", count: pages.count,
                element: { i in
                    let page = pages[i]
                    var pairs: [(String, JSONValue)] = [
                        ("title", .string(checked.title(page))),
                        ("url", .string(page.path.folder)),
                        ("kind", .string(page.kind == .dhr ? "review" : page.kind.rawValue)),
                        ("summary", .string(checked.summary(page) ?? "")),
                        ("topics", .array(checked.topics(page).map(JSONValue.string))),
                        ("headings", .array(checked.headings(page, upTo: 3).map(JSONValue.string))),
                    ]
                    if let d = page.meta.published?.value { pairs.append(("date", .string(d.iso))) }
                    return .object(pairs)
                }, piece: piece)
            piece([UInt8(ascii: "\n")])
        }
    }

    /// The pieces `render` hands out, each made `safe` before `piece` gets it (an escape is
    /// one byte, so a piece never cuts one).
    static func safePieces(_ piece: ([UInt8]) -> Void, _ render: (([UInt8]) -> Void) -> Void) {
        // (Neither closure is kept: `render` calls `piece` only while it runs.)
        withoutActuallyEscaping(piece) { piece in
            render { bytes in
                let escapes = markupEscapes(bytes)
                guard escapes > 0 else { return piece(bytes) }
                piece(
                    [UInt8](unsafeUninitializedCapacity: bytes.count + 5 * escapes) { out, n in
                        n = writeEscaped(bytes, into: out, at: 0)
                    })
            }
        }
    }

    /// The text `render` hands out in pieces, as one string, made in two passes (one to size it,
    /// one to write it straight into the string's storage), so it is held once, not once as
    /// bytes and again as the string.
    static func whole(_ render: (([UInt8]) -> Void) -> Void) -> String {
        var count = 0
        render { count += $0.count }
        return String(unsafeUninitializedCapacity: count) { out in
            var n = 0
            render { piece in
                // (The same pieces as the first pass: the model does not change between them.)
                precondition(n + piece.count <= out.count, "the JSON changed size between its two passes")
                _ = UnsafeMutableBufferPointer(rebasing: out[n...]).initialize(from: piece)
                n += piece.count
            }
            return n
        }
    }

    /// JSON with every `<`, `>` and `&` written as an escape: the same data, but never markup,
    /// whatever a title holds, even if a browser or a later tool treats the file as HTML.
    /// Byte by byte, so every one is escaped, even one a combining mark follows (Foundation's
    /// replacing matches whole characters and left those alone; either way the JSON reads the
    /// same, and byte by byte it can be written in pieces, issue 16).
    static func safe(_ json: String) -> String {
        let escapes = markupEscapes(json.utf8)
        guard escapes > 0 else { return json }
        return String(unsafeUninitializedCapacity: json.utf8.count + 5 * escapes) { out in
            writeEscaped(json.utf8, into: out, at: 0)
        }
    }

    /// How many `<`, `>` and `&` the bytes hold.
    static func markupEscapes<Bytes: Collection<UInt8>>(_ json: Bytes) -> Int {
        json.reduce(0) { n, byte in
            n + (byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") ? 1 : 0)
        }
    }

    /// Writes the bytes into `out` from `start`, `<`, `>` and `&` as `\u003c`, `\u003e` and
    /// `\u0026`; returns where it stopped.
    static func writeEscaped<Bytes: Collection<UInt8>>(
        _ json: Bytes, into out: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Int {
        var n = start
        func put(_ byte: UInt8) {
            out[n] = byte
            n += 1
        }
        for byte in json {
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                for b in "\\u00".utf8 { put(b) }
                for b in (byte == UInt8(ascii: "<") ? "3c" : byte == UInt8(ascii: ">") ? "3e" : "26").utf8 { put(b) }
            default: put(byte)
            }
        }
        return n
    }

    /// The year a review is about: the year at the end of its file name (`dhr-jo-2022`), as
    /// the review's title and address show it, else the year it was published.
    static func year(_ page: PublishedPage) -> Int? {
        let stem = page.path.folder.split(separator: "/").last ?? ""
        if let last = stem.split(separator: "-").last, last.count == 4, let y = Int(last), (1990...2100).contains(y) {
            return y
        }
        return page.meta.published?.value.year
    }

    /// `reviews.json`: every published review.
    static func reviews(_ model: SiteModel, blank: Bool = false) -> String {
        whole { reviews(model, blank: blank, piece: $0) }
    }

    /// `reviews` handed to `piece` in pieces, escaped, so it can be written without being held
    /// whole (129 MB at 10,000 reviews, issue 16).
    static func reviews(_ model: SiteModel, blank: Bool = false, piece: ([UInt8]) -> Void) {
        let checked = CheckedTexts(blank: blank)
        let base = model.config.baseURL
        let header: [(String, JSONValue)] = [
            ("site", .string(model.config.title)),
            ("publisher", .string(model.config.organisation)),
            ("base_url", .string(base)),
            ("review_label", .string(model.config.reviewLabel)),
        ]
        let reviews = model.reviews
        safePieces(piece) { piece in
            JSONValue.renderObject(
                header, then: "reviews", count: reviews.count,
                element: { i in
                    let page = reviews[i]
                    let m = page.meta
                    var pairs: [(String, JSONValue)] = [
                        ("title", .string(checked.title(page))),
                        ("url", .string(base + page.path.folder)),
                        (
                            "pseudonyms",
                            .array(
                                checked.pseudonyms(page).map {
                                    .object([("name", .string($0.name)), ("role", .string($0.role))])
                                })
                        ),
                    ]
                    if let y = year(page) { pairs.append(("year", .int(y))) }
                    var dates: [(String, JSONValue)] = []
                    for (key, value) in [
                        ("published", m.published), ("home_office_qa", m.homeOfficeQA), ("updated", m.updated),
                        ("reviewed", m.reviewed),
                    ] {
                        if let value { dates.append((key, .string(value.value.iso))) }
                    }
                    pairs.append(("dates", .object(dates)))
                    pairs.append(("topics", .array(checked.topics(page).map(JSONValue.string))))
                    pairs.append(
                        (
                            "attachments",
                            .array(
                                attachments(page, model).map { a, file in
                                    .object([
                                        ("title", .string(checked.title(a))), ("kind", .string(a.kind.rawValue)),
                                        ("url", .string(base + file.relative)),
                                        ("media_type", .string(file.kind?.mediaType ?? "")),
                                        ("size_bytes", .int(file.size)),
                                    ])
                                })
                        ))
                    return .object(pairs)
                }, piece: piece)
            piece([UInt8(ascii: "\n")])
        }
    }

    /// schema.org JSON-LD for a review page, safe inside a `<script>` element.
    static func jsonLD(_ page: PublishedPage, _ model: SiteModel, blank: Bool = false) -> String {
        let checked = CheckedTexts(blank: blank)
        let m = page.meta
        var pairs: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("Report")),
            ("name", .string(checked.title(page))),
            ("url", .string(model.config.baseURL + page.path.folder)),
            ("inLanguage", .string(model.config.language)),
            ("publisher", .object([("@type", .string("GovernmentOrganization")), ("name", .string(model.config.organisation))])),
        ]
        if let s = checked.summary(page) { pairs.append(("description", .string(s))) }
        if let d = m.published?.value { pairs.append(("datePublished", .string(d.iso))) }
        if let d = page.lastUpdated { pairs.append(("dateModified", .string(d.iso))) }
        if !m.topics.isEmpty { pairs.append(("keywords", .array(checked.topics(page).map(JSONValue.string)))) }
        let files = attachments(page, model)
        if !files.isEmpty {
            pairs.append(
                (
                    "associatedMedia",
                    .array(
                        files.map { a, file in
                            .object([
                                ("@type", .string("MediaObject")), ("name", .string(checked.title(a))),
                                ("contentUrl", .string(model.config.baseURL + file.relative)),
                                ("encodingFormat", .string(file.kind?.mediaType ?? "")),
                                ("contentSize", .string(String(file.size))),
                            ])
                        })
                ))
        }
        // "<" never appears raw, so no "</script>" can end the element early.
        return safe(JSONValue.object(pairs).render())
    }
}

extension PageFile.Kind {
    var mediaType: String {
        switch self {
        case .png: "image/png"
        case .jpg: "image/jpeg"
        case .svg: "image/svg+xml"
        case .webp: "image/webp"
        case .pdf: "application/pdf"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .csv: "text/csv"
        }
    }
}
