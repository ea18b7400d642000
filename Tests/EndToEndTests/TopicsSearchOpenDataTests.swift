import Foundation
import XCTest

/// Topic pages, the search page and index, reviews.json and JSON-LD, through the binary.
final class TopicsSearchOpenDataTests: XCTestCase {
    private func page(
        _ kind: String, _ title: String, status: String = "published", topics: [String],
        published: String = "2025-01-10", name: String = "Alex"
    ) -> String {
        """
        ---
        type: \(kind)
        title: "\(title)"
        summary: "About \(title)."
        status: \(status)
        published: \(published)
        reviewed: 2026-06-01
        \(kind == "dhr" ? "home_office_qa: 2023-01-01\n" : "")pseudonyms:
          - name: \(name)
            role: the victim
        topics:
        \(topics.map { "  - \($0)" }.joined(separator: "\n"))
        ---
        ## What happened

        Text.

        """
    }

    private func site(topicsList: String = "") throws -> TemporaryFolder {
        let tmp = try TemporaryFolder()
        try tmp.write(
            "content/site.yml",
            "title: Test partnership\nbase_url: https://example.org/csp/\n\(topicsList)"
                + "accessibility:\n  prepared: 2026-09-01\n  contact_email: web.team@example.org\n  known_issues: []\n")
        try tmp.write(
            "content/reviews/dhr-alex-2023.md", page("dhr", "DHR: Alex (2023)", topics: ["coercive control", "older people"]))
        try tmp.write(
            "content/reviews/dhr-kim-2021.md",
            page(
                "dhr", "DHR: Kim (2021)", topics: ["Coercive Control"],
                published: "2023-05-01", name: "Kim"))
        try tmp.write(
            "content/reviews/dhr-secret-2024.md",
            page(
                "dhr", "DHR: Draft (2024)", status: "draft",
                topics: ["coercive control", "stalking"]))
        try tmp.write("content/briefings/control.md", page("briefing", "Recognising control", topics: ["coercive control"]))
        return tmp
    }

    private func read(_ tmp: TemporaryFolder, _ path: String) throws -> String {
        try String(contentsOf: tmp.url.appendingPathComponent("output/" + path), encoding: .utf8)
    }

    func testTopicPagesListReviewsAndBriefingsAndAreLinkedFromReviews() throws {
        let tmp = try site()
        let r = try BinaryRunner.run(["build", "--date", "2026-11-27", "--theme", BinaryRunner.theme], in: tmp.url)
        XCTAssertEqual(r.status, 0, r.stderr)
        // Two spellings of one topic make one page.
        let topic = try read(tmp, "topics/coercive-control/index.html")
        XCTAssertTrue(topic.contains("<h1>Coercive control</h1>"), topic)
        XCTAssertTrue(topic.contains("DHR: Alex (2023)") && topic.contains("DHR: Kim (2021)"))
        XCTAssertTrue(
            topic.contains("<h2 id=\"topic-briefings\">Learning briefings</h2>") && topic.contains("Recognising control"))
        XCTAssertFalse(topic.contains("Draft"), "a draft is listed on a topic page")
        XCTAssertFalse(topic.contains("<script src=\"../../assets/search.js\""))
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("output/topics/stalking").path),
            "a topic only a draft has got a page")
        let index = try read(tmp, "topics/index.html")
        XCTAssertTrue(
            index.contains("<a href=\"../coercive-control/index.html\">")
                || index.contains("href=\"../topics/coercive-control/index.html\""), index)
        let review = try read(tmp, "reviews/dhr-alex-2023/index.html")
        XCTAssertTrue(
            review.contains("<li><a href=\"../../topics/coercive-control/index.html\">coercive control</a></li>"), review)
        let sitemap = try read(tmp, "sitemap.xml")
        XCTAssertTrue(sitemap.contains("https://example.org/csp/topics/coercive-control/"))
    }

    func testTopicsListInSiteYmlValidatesSpelling() throws {
        let tmp = try site(topicsList: "topics:\n  - coercive control\n  - older people\n")
        let r = try BinaryRunner.run(["lint", "--date", "2026-11-27"], in: tmp.url)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(
            r.stdout.contains(
                "content/reviews/dhr-kim-2021.md:13:5: error[topic]: write this topic as site.yml's "
                    + "topics list does, 'coercive control'"), r.stdout)
        XCTAssertTrue(
            r.stdout.contains(
                "content/reviews/dhr-secret-2024.md:14:5: error[topic]: this topic is not in site.yml's "
                    + "topics list"), r.stdout)
    }

    func testSearchIndexAndPageHoldOnlyPublishedPages() throws {
        let tmp = try site()
        let r = try BinaryRunner.run(["build", "--date", "2026-11-27", "--theme", BinaryRunner.theme], in: tmp.url)
        XCTAssertEqual(r.status, 0, r.stderr)
        let index = try read(tmp, "search-index.json")
        let json = try JSONSerialization.jsonObject(with: Data(index.utf8)) as? [String: Any]
        let pages = try XCTUnwrap(json?["pages"] as? [[String: Any]])
        XCTAssertEqual(
            Set(pages.compactMap { $0["url"] as? String }),
            ["reviews/dhr-alex-2023/", "reviews/dhr-kim-2021/", "briefings/control/"])
        let alex = try XCTUnwrap(pages.first { $0["url"] as? String == "reviews/dhr-alex-2023/" })
        XCTAssertEqual(alex["title"] as? String, "DHR: Alex (2023)")
        XCTAssertEqual(alex["headings"] as? [String], ["What happened"])
        XCTAssertEqual(alex["topics"] as? [String], ["coercive control", "older people"])
        XCTAssertEqual(alex["date"] as? String, "2025-01-10")
        XCTAssertFalse(index.contains("Draft"))
        let search = try read(tmp, "search/index.html")
        XCTAssertTrue(search.contains("<label for=\"search-input\">"))
        XCTAssertTrue(search.contains("data-index=\"../search-index.json\""))
        XCTAssertTrue(search.contains("<a href=\"../reviews/index.html\">All reviews</a>"), "no-JS fallback")
        XCTAssertTrue(search.contains("<a href=\"../topics/coercive-control/index.html\">coercive control</a>"), search)
        let script = try read(tmp, "assets/search.js")
        XCTAssertFalse(script.contains("http"), "the search script loads nothing from elsewhere")
    }

    func testReviewsJSONAndJSONLD() throws {
        let tmp = try site()
        let r = try BinaryRunner.run(["build", "--date", "2026-11-27", "--theme", BinaryRunner.theme], in: tmp.url)
        XCTAssertEqual(r.status, 0, r.stderr)
        let text = try read(tmp, "reviews.json")
        XCTAssertFalse(text.contains("Draft") || text.contains("secret"), "an unpublished review is in reviews.json")
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let reviews = try XCTUnwrap(json["reviews"] as? [[String: Any]])
        XCTAssertEqual(
            reviews.map { $0["url"] as? String },
            [
                "https://example.org/csp/reviews/dhr-alex-2023/",
                "https://example.org/csp/reviews/dhr-kim-2021/",
            ])
        XCTAssertEqual(reviews[0]["year"] as? Int, 2023)
        XCTAssertEqual((reviews[0]["dates"] as? [String: String])?["home_office_qa"], "2023-01-01")
        XCTAssertEqual((reviews[0]["pseudonyms"] as? [[String: String]])?.first?["name"], "Alex")
        let html = try read(tmp, "reviews/dhr-alex-2023/index.html")
        let start = try XCTUnwrap(html.range(of: "<script type=\"application/ld+json\">"))
        let end = try XCTUnwrap(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let ld = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        XCTAssertEqual(ld["@type"] as? String, "Report")
        XCTAssertEqual(ld["datePublished"] as? String, "2025-01-10")
    }

    func testReviewLabelIsUsedEverywhereAndTheNewNameIsExplained() throws {
        let tmp = try site(topicsList: "review_label: Domestic Abuse Related Death Review\n")
        let r = try BinaryRunner.run(["build", "--date", "2026-11-27", "--theme", BinaryRunner.theme], in: tmp.url)
        XCTAssertEqual(r.status, 0, r.stderr)
        let listing = try read(tmp, "reviews/index.html")
        XCTAssertTrue(listing.contains("<title>Domestic abuse related death reviews - Test partnership</title>"), listing)
        XCTAssertTrue(listing.contains("<h1>Domestic abuse related death reviews</h1>"))
        XCTAssertTrue(listing.contains("Section 19 of the Victims and Prisoners Act 2024 renamed Domestic Homicide Reviews"))
        let review = try read(tmp, "reviews/dhr-alex-2023/index.html")
        XCTAssertTrue(review.contains(">Domestic abuse related death reviews</a>"), "navigation and breadcrumbs")
        XCTAssertFalse(review.lowercased().contains("domestic homicide review"), review)
        XCTAssertTrue(try read(tmp, "feed.xml").contains("<subtitle>Domestic abuse related death reviews and learning briefings"))
        XCTAssertTrue(try read(tmp, "index.html").contains("Latest domestic abuse related death reviews"))
        XCTAssertTrue(try read(tmp, "reviews.json").contains("\"review_label\": \"Domestic Abuse Related Death Review\""))
        // The default keeps the old name and says nothing about the change.
        let plain = try site()
        XCTAssertEqual(
            try BinaryRunner.run(["build", "--date", "2026-11-27", "--theme", BinaryRunner.theme], in: plain.url).status, 0)
        let old = try read(plain, "reviews/index.html")
        XCTAssertTrue(old.contains("<h1>Domestic homicide reviews</h1>"))
        XCTAssertFalse(old.contains("Victims and Prisoners Act"))
    }

    /// The sample site's reviews.json against docs/reviews.schema.json: required keys present,
    /// no key the schema does not describe, dates as YYYY-MM-DD, kinds from the list.
    func testSampleReviewsJSONFollowsItsSchema() throws {
        let repo = BinaryRunner.repository
        func object(_ path: String) throws -> [String: Any] {
            try XCTUnwrap(
                try JSONSerialization.jsonObject(with: Data(contentsOf: repo.appendingPathComponent(path))) as? [String: Any])
        }
        let schema = try object("docs/reviews.schema.json")
        let data = try object("Tests/EndToEndTests/Golden/sample-site/reviews.json")
        func check(_ value: [String: Any], against s: [String: Any], _ at: String) {
            let properties = s["properties"] as? [String: Any] ?? [:]
            for key in s["required"] as? [String] ?? [] { XCTAssertNotNil(value[key], "\(at): missing \(key)") }
            for key in value.keys { XCTAssertNotNil(properties[key], "\(at): \(key) is not in the schema") }
        }
        check(data, against: schema, "reviews.json")
        let defs = try XCTUnwrap(schema["$defs"] as? [String: Any])
        let review = try XCTUnwrap(defs["review"] as? [String: Any])
        let reviews = try XCTUnwrap(data["reviews"] as? [[String: Any]])
        XCTAssertEqual(reviews.count, 3, "three of the five sample reviews are published")
        let kinds =
            ((((review["properties"] as? [String: Any])?["attachments"] as? [String: Any])?["items"] as? [String: Any])?[
                "properties"]
            as? [String: Any])?["kind"] as? [String: Any]
        var attachments = 0
        for r in reviews {
            check(r, against: review, "review")
            for (_, d) in r["dates"] as? [String: String] ?? [:] {
                XCTAssertNotNil(d.range(of: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", options: .regularExpression))
            }
            for a in r["attachments"] as? [[String: Any]] ?? [] {
                attachments += 1
                XCTAssertTrue((kinds?["enum"] as? [String])?.contains(a["kind"] as? String ?? "") == true)
            }
        }
        XCTAssertEqual(attachments, 2, "the sample review of Jo has two attachments")
    }
}
