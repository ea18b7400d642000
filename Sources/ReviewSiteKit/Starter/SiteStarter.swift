import Foundation
import ReviewSiteCore

/// `reviewsite init [DIR]`: writes a small working site into a new or empty folder.
enum SiteStarter {
    /// The files of a new site, path → text. `today` fills in the dates.
    static func files(today: SiteDate) -> [(path: String, text: String)] {
        [
            ("content/site.yml", siteYAML(today)),
            ("content/index.md", homePage(today)),
            ("content/reviews/index.md", reviewsIntro(today)),
            ("content/briefings/index.md", briefingsIntro(today)),
            (".gitignore", gitignore),
            (".github/workflows/site.yml", workflow),
        ]
    }

    static func write(into directory: String, today: SiteDate) throws(ToolFailure) -> [String] {
        // A fresh 'git init' folder is fine: the site is meant to live in a repository.
        try NewFolder.prepare(directory, purpose: "the new site", ignoring: [".git"])
        let root = URL(fileURLWithPath: directory)
        var written: [String] = []
        for (path, text) in files(today: today) {
            let file = root.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file, options: .withoutOverwriting)
            } catch {
                throw ToolFailure("cannot write \(path) in '\(directory)' (\(error.localizedDescription))")
            }
            written.append(path)
        }
        return written
    }

    static func siteYAML(_ today: SiteDate) -> String {
        """
        # Settings for the whole site. Lines starting with # are comments: remove the # to use
        # a setting. Every setting is described in docs/content-format.md ("site.yml").

        # The site's name, shown on every page and in the feed. Required.
        title: Our Community Safety Partnership

        # The full address the site will live at, ending in /. Used for the sitemap, the feed,
        # canonical links and the 404 page. Required.
        base_url: https://www.example.org/

        # The language of the pages. Default: en-GB.
        language: en-GB

        # Who runs the site, as named on the pages and in the feed. Default: the title.
        # organisation: Our Community Safety Partnership

        # The partnership's public email address. Content may mention it freely.
        # contact_email: info@example.org

        # Where the "Exit this page" button goes. Default: https://www.bbc.co.uk/weather
        exit_url: https://www.bbc.co.uk/weather

        # How many months after a page's "reviewed" date it is due another review (1 to 120).
        # 'reviewsite status' lists pages that are due. Default: 12.
        review_interval_months: 12

        # People who may be named on the site, such as the partnership's chair or a review's
        # independent author. The name checks never report them.
        # public_names:
        #   - Firstname Lastname

        # Support shown in a box on every page: plain text, or a name with phone, email, url
        # and hours. Their phone numbers and addresses may appear in content freely.
        helplines:
          - name: National Domestic Abuse Helpline
            phone: 0808 2000 247
            url: https://www.nationaldahelpline.org.uk/
            hours: Free, confidential, 24 hours a day
          - In an emergency call 999

        # Facts for the accessibility statement (accessibility/index.html).
        accessibility:
          # When the statement was first prepared, last reviewed and when the site was last tested.
          prepared: \(today.iso)
          # last_reviewed: \(today.iso)
          # last_tested: \(today.iso)
          # Who tested the site, for example "the council's web team".
          # tested_by: the council's web team
          # Parts of the site that do not yet meet WCAG 2.2 AA, each with the criterion it fails.
          # [] for none: the statement then says the site is fully compliant; with issues it
          # says partially compliant and lists them under "Non-accessible content".
          #   - issue: Some older PDF reports are not tagged for screen readers.
          #     criterion: 1.3.1 Info and Relationships
          known_issues: []
          # How to report an accessibility problem (an email, a phone number, or both).
          contact_email: web.team@example.org
          # contact_phone: 01632 960000
          # How many working days a reply takes.
          response_days: 5

        """
    }

    static func frontMatter(title: String, summary: String, _ today: SiteDate) -> String {
        """
        ---
        type: page
        title: \(title)
        summary: "\(summary)"
        status: published
        published: \(today.iso)
        reviewed: \(today.iso)
        ---

        """
    }

    static func homePage(_ today: SiteDate) -> String {
        frontMatter(
            title: "Our Community Safety Partnership",
            summary:
                "The partnership brings local agencies together to reduce crime and harm and to learn from Domestic Homicide Reviews.",
            today) + """
                ## Who we are

                Say which organisations make up the partnership: the council, the police, the fire and
                rescue service, the health service and the probation service, with the voluntary and
                community organisations that take part.

                ## What we must do

                Community Safety Partnerships were set up by the Crime and Disorder Act 1998. Among other
                duties, the partnership commissions Domestic Homicide Reviews.

                ## Our priorities

                List the priorities in the partnership plan.

                ## Domestic Homicide Reviews

                Read our [Domestic Homicide Reviews](reviews/index.md) and the
                [learning briefings](briefings/index.md) that share what they found.

                ## Contact us

                Say how people can contact the partnership.

                """
    }

    static func reviewsIntro(_ today: SiteDate) -> String {
        frontMatter(
            title: "Domestic Homicide Reviews",
            summary: "What a Domestic Homicide Review is, and the reviews we have published.", today) + """
                ## What a Domestic Homicide Review is

                A Domestic Homicide Review looks at the contact agencies had with a person who died, and
                with the people around them, so that services can learn what needs to change. Reviews
                have been a statutory duty since April 2011, under section 9 of the Domestic Violence,
                Crime and Victims Act 2004.

                ## Anonymisation

                Every report we publish is anonymised: the people in it are given pseudonyms, and we leave
                out anything that could identify them.

                """
    }

    static func briefingsIntro(_ today: SiteDate) -> String {
        frontMatter(
            title: "Learning briefings",
            summary: "Short summaries of what our reviews found, for people who work with families.", today) + """
                ## About the briefings

                Each briefing sums up the learning from a review in a few pages, for practitioners in
                every agency.

                """
    }

    static let gitignore = """
        # The built site and ReviewSite's working files: made again by every build.
        output/
        .reviewsite/
        .output.reviewsite-*

        """

    static let workflow = """
        # Checks every change and publishes the site to GitHub Pages. See docs/ci.md in the
        # ReviewSite repository for the details and a GitLab CI version.
        name: site
        on:
          push:
            branches: [main]
          pull_request:
          schedule:
            - cron: "15 5 * * *"   # nightly, so embargoed pages appear on the day they lift
          workflow_dispatch:
        permissions:
          contents: read
        jobs:
          build:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              security-events: write
            steps:
              - uses: actions/checkout@v4
              - name: Install ReviewSite
                run: |
                  sudo apt-get update && sudo apt-get install -y libcmark-dev
                  curl -fsSL -o reviewsite "$REVIEWSITE_URL" && chmod +x reviewsite && sudo mv reviewsite /usr/local/bin/
                env:
                  # Where your partnership keeps a reviewsite binary (see the ReviewSite README).
                  REVIEWSITE_URL: ${{ vars.REVIEWSITE_URL }}
              - name: Names register from a secret
                run: printf '%s\\n' "$NAMES" > "$RUNNER_TEMP/names.txt"
                env:
                  NAMES: ${{ secrets.REVIEWSITE_NAMES_REGISTER }}
              - name: Lint
                run: reviewsite lint --require-names --names "$RUNNER_TEMP/names.txt" --format github
              - name: Lint (SARIF for code scanning)
                if: always()
                run: reviewsite lint --names "$RUNNER_TEMP/names.txt" --format sarif > reviewsite.sarif || true
              - uses: github/codeql-action/upload-sarif@v3
                if: always()
                with:
                  sarif_file: reviewsite.sarif
              - name: Build
                run: reviewsite build --require-names --names "$RUNNER_TEMP/names.txt"
              - name: Remove the names register
                if: always()
                run: rm -f "$RUNNER_TEMP/names.txt"
              - uses: actions/upload-pages-artifact@v3
                if: github.event_name != 'pull_request'
                with:
                  path: output
          deploy:
            if: github.event_name != 'pull_request'
            needs: build
            runs-on: ubuntu-latest
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """
}
