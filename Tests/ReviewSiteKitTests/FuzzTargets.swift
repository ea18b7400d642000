@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

/// What each libFuzzer target (scripts/fuzz) feeds its input to. Kept with the tests (not in
/// the library) so the normal tests replay the saved corpus through exactly the same code.
enum FuzzTargets {
    /// The front matter splitter, the strict YAML subset parser and both decoders.
    static func frontMatter(_ text: String) {
        if let split = try? FrontMatterSplitter.split(text),
            let root = try? YAMLSubsetParser.parse(split.yaml, firstLine: split.yamlFirstLine)
        {
            _ = FrontMatterDecoder.decode(root, file: "fuzz.md")
        }
        if let root = try? YAMLSubsetParser.parse(text, firstLine: 1) {
            _ = SiteConfigDecoder.decode(root, file: "site.yml")
        }
    }

    /// The template parser and renderer, with a context shaped like a page's.
    static func template(_ text: String) {
        let context: [String: TemplateValue] = [
            "title": .string("A <title>"), "flag": .bool(true), "n": .int(3),
            "items": .list([.object(["name": .string("a")]), .object(["name": .string("b")])]),
            "page": .object(["body": .html("<p>x</p>"), "summary": .null]),
        ]
        if let set = try? TemplateSet(sources: ["page.html": text, "partials/x.html": "{{ title }}"], displayPrefix: "fuzz") {
            _ = try? set.render("page.html", context)
        }
    }

    /// A Markdown body through everything that produces diagnostics or HTML from it.
    static func markdown(_ text: String) {
        let parsed = MarkdownParser.parse(text, file: "fuzz.md", firstLine: 1)
        _ = ContentAccessibility.check(parsed, file: "fuzz.md")
        _ = HTMLRenderer.render(parsed.document) { $0 }
        var meta = PageMeta()
        meta.kind = .dhr
        let check = AnonymisationCheck(
            site: AnonymisationContext(
                publicNames: ["Ann Other"], allowedContacts: ["0808 2000 247"], register: NamesRegister(text: "Jane Doe\nSmith\n")
            ))
        _ = check.check(meta, body: text, bodyFirstLine: 1, file: "fuzz.md")
    }
}
