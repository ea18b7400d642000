import ReviewSiteCore

extension SiteScan {
    /// `scanFile` of a large file, read in parts of at least `partSize` bytes (`TextParts`):
    /// the scan holds about 17 bytes a byte it reads, 400 MB for the 23 MB that is scanned of
    /// reviews.json at 10,000 reviews (issue 16). Any finding in any part, waived or not,
    /// and the whole file is scanned instead, so what is reported (and where) is always the
    /// whole file's. A cut is only where the file's text breaks anyway, so a finding that
    /// draws on text far away (a date given elsewhere as a date of birth, a name's surname
    /// alone) has its first, nearby finding in its own part.
    package static func scanFileInParts(
        _ source: String, display: String, markup: Bool, rules: [any AnonymisationRule],
        context: AnonymisationContext, waivers: Set<Waiver>, clean: CleanTexts? = nil, partSize: Int = 1 << 20
    ) -> [Diagnostic] {
        func whole() -> [Diagnostic] {
            scanFile(source, display: display, markup: markup, rules: rules, context: context, waivers: waivers, clean: clean)
        }
        let cuts = markup && source.utf8.count > partSize ? TextParts.cuts(source, partSize: partSize) : []
        guard !cuts.isEmpty else { return whole() }
        // One part at a time: only its text is held beside the file's.
        var allClean = true
        TextParts.forEachPart(source, at: cuts) { part in
            allClean =
                scanFile(
                    part, display: display, markup: markup, rules: rules, context: context, waivers: [], clean: clean
                ).isEmpty
            return allClean
        }
        return allClean ? [] : whole()
    }
}
