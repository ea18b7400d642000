import ReviewSiteCore
import ReviewSiteSyntax
import ReviewSiteAnonymisation
/// What `--help` prints. Written once here; the README shows the same.
enum HelpText {
    static let general = """
    reviewsite: builds an accessible, anonymised website of Domestic Homicide Reviews,
    learning briefings and pages from Markdown files.

    Usage:
      reviewsite build [--content DIR] [--theme DIR] [--output DIR] [--names FILE] [--require-names] [--date YYYY-MM-DD] [--jobs N]
      reviewsite lint  [--content DIR] [--names FILE] [--require-names] [--format text|json|sarif|github] [--site DIR]
                       [--date YYYY-MM-DD] [--jobs N]
      reviewsite --help | --version

    Commands:
      build   check every file, then write the site into the output folder
      lint    check every file and report problems; writes nothing

    Run 'reviewsite build --help' or 'reviewsite lint --help' for the options.
    Exit codes: 0 success (warnings allowed), 1 errors found or the build failed, 64 usage error.

    """

    static let options = """
      --content DIR   the site's content folder, holding site.yml (default: content)
      --names FILE    the private names register: real names, one per line, kept outside
                      the repository (default: the REVIEWSITE_NAMES environment variable).
                      A name is never printed: findings say "matches entry 3 of the names register".
      --require-names no names register is an error, not a note (for CI)
      --date DATE     the date to build for, YYYY-MM-DD: decides embargoes and review dates
                      (default: SOURCE_DATE_EPOCH if set, else today)
      --jobs N        how many files to work on at once (default: one per processor core)
    """

    static let build = """
    reviewsite build: check every file, then write the site.

    Usage: reviewsite build [--content DIR] [--theme DIR] [--output DIR] [--names FILE] [--require-names] [--date YYYY-MM-DD] [--jobs N]

    Options:
    \(options)
      --theme DIR     the theme folder (default: themes/default)
      --output DIR    where the site is written (default: output). The previous site stays
                      untouched unless the whole build succeeds.

    Nothing is written when any error is found, including in the built pages themselves,
    which are scanned for names and identifiers before they replace the previous site.

    """

    static let lint = """
    reviewsite lint: check every file and report problems; writes nothing.

    Usage: reviewsite lint [--content DIR] [--names FILE] [--require-names] [--format text|json|sarif|github] [--site DIR]
                           [--date YYYY-MM-DD] [--jobs N]

    Options:
    \(options)
      --format FMT    text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations)
      --site DIR      also scan an already built site (such as output) for names and identifiers
                      in its pages, feed and sitemap: text, attributes and meta tags

    """
}
