/// The tool's version: printed by `--version`, written into SARIF, and part of what the
/// build cache depends on (a new binary checks everything again).
package enum ReviewSiteVersion {
    package static let current = "0.2.0"
}
