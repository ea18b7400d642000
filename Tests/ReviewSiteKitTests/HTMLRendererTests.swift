import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class HTMLRendererTests: XCTestCase {
    private func render(_ body: String, resolve: (String) -> String = { $0 }) -> String {
        HTMLRenderer.render(MarkdownParser.parse(body, file: "page.md", firstLine: 1).document, resolveLink: resolve)
    }

    func testBlocksAndInlines() {
        let body = """
            # Learning *from* Adult R

            A **strong** and `code` line\\
            next line
            soft line

            > Quoted

            3. three
            4. four

            - loose

            - list

            ---

            ```swift
            let x = 1 < 2
            ```

                indented code
            """
        XCTAssertEqual(
            render(body),
            """
            <h1 id="learning-from-adult-r">Learning <em>from</em> Adult R</h1>
            <p>A <strong>strong</strong> and <code>code</code> line<br>
            next line
            soft line</p>
            <blockquote>
            <p>Quoted</p>
            </blockquote>
            <ol start="3">
            <li>three</li>
            <li>four</li>
            </ol>
            <ul>
            <li>
            <p>loose</p>
            </li>
            <li>
            <p>list</p>
            </li>
            </ul>
            <hr>
            <pre><code class="language-swift">let x = 1 &lt; 2
            </code></pre>
            <pre><code>indented code
            </code></pre>

            """)
    }

    func testOrderedListStartingAtOneHasNoStart() {
        XCTAssertEqual(render("1. a\n2. b\n"), "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n")
    }

    func testEverythingIsEscaped() {
        let body = """
            Fish & chips <3 "quoted" > 2 [a "link"](/x?a=1&b=2 "Title \\"q\\" & <t>") ![&lt;alt&gt; & "x"](/i.png)

            ```"><script>
            <b>&amp;</b>
            ```
            """
        XCTAssertEqual(
            render(body),
            """
            <p>Fish &amp; chips &lt;3 &quot;quoted&quot; &gt; 2 <a href="/x?a=1&amp;b=2" title="Title &quot;q&quot; &amp; &lt;t&gt;">a &quot;link&quot;</a> <img src="/i.png" alt="&lt;alt&gt; &amp; &quot;x&quot;"></p>
            <pre><code class="language-&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;amp;&lt;/b&gt;
            </code></pre>

            """)
    }

    func testHrefIsPercentEncodedLikeCmark() {
        XCTAssertEqual(
            render("[a](<my file\"x'.pdf>) [b](/café/)"),
            "<p><a href=\"my%20file%22x&#39;.pdf\">a</a> <a href=\"/caf%C3%A9/\">b</a></p>\n")
    }

    func testResolveLinkIsAppliedToLinksAndImages() {
        var seen: [String] = []
        let out = render("[Plan](/reviews/adult-r/#actions) ![Map](/assets/map.png)") { destination in
            seen.append(destination)
            return "../.." + destination
        }
        XCTAssertEqual(seen, ["/reviews/adult-r/#actions", "/assets/map.png"])
        XCTAssertEqual(
            out, "<p><a href=\"../../reviews/adult-r/#actions\">Plan</a> <img src=\"../../assets/map.png\" alt=\"Map\"></p>\n")
    }

    func testRenderingIsDeterministic() {
        let body = "# A\n\n# A\n\n```table\ncaption: T\n| x |\n| - |\n| 1 |\n```\n"
        XCTAssertEqual(render(body), render(body))
    }
}
