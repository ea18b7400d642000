/// What a user is told about a rule: in `reviewsite rules`, in SARIF's `tool.driver.rules`
/// and (checked by a test) in the README.
package struct RuleDescription: Sendable, Hashable {
    package enum Category: String, Sendable, CaseIterable {
        case structure, metadata, links, files, accessibility, anonymisation, waivers
    }

    package var id: RuleID
    package var category: Category
    /// The severity the rule reports unless a site's `rules:` policy says otherwise.
    package var defaultSeverity: Severity
    /// One line: what the rule finds.
    package var summary: String
    /// A message the rule gives, as an example.
    package var example: String
    /// How to fix it (or waive it, where that is allowed).
    package var fix: String

    /// Summary, example and fix in one paragraph (SARIF `fullDescription` and `help`).
    package var help: String { "\(summary). Example: \(example). Fix: \(fix)." }
}

extension RuleID {
    /// Rules that a front matter `allow:` entry may waive: the anonymisation rules, except
    /// the names register (a wrong register is fixed in the register, never waived).
    package var isWaivable: Bool {
        details.category == .anonymisation && self != .namesRegister
    }

    package var details: RuleDescription {
        func rule(
            _ category: RuleDescription.Category, _ severity: Severity, _ summary: String,
            example: String, fix: String
        ) -> RuleDescription {
            RuleDescription(
                id: self, category: category, defaultSeverity: severity, summary: summary,
                example: example, fix: fix)
        }
        switch self {
        case .frontMatter:
            return rule(
                .structure, .error, "The front matter is missing or is not valid in ReviewSite's YAML subset",
                example: "this file has no front matter",
                fix: "start the file with ---, the fields, then ---; fix the YAML at the place shown")
        case .unknownField:
            return rule(
                .structure, .error, "A front matter field or site.yml key that ReviewSite does not know",
                example: "unknown field 'titel' in front matter (did you mean 'title'?)",
                fix: "correct the spelling or remove the field")
        case .fieldType:
            return rule(
                .structure, .error, "A field has a value of the wrong type or outside its allowed values",
                example: "'status' is not one of: draft, published, withdrawn",
                fix: "give the field a value of the type the content format asks for")
        case .missingField:
            return rule(
                .structure, .error, "A required field is missing",
                example: "front matter has no 'summary'; add 'summary: ...'",
                fix: "add the field")
        case .invalidDate:
            return rule(
                .structure, .error, "A date that is not a real calendar date in YYYY-MM-DD form",
                example: "'published' is 2020-02-30, which is not a real date",
                fix: "write a real date as YYYY-MM-DD")
        case .encoding:
            return rule(
                .structure, .error, "A file that is not UTF-8 text",
                example: "this file is not valid UTF-8 text; save it again with UTF-8 encoding",
                fix: "save the file as UTF-8 text (a BOM and Windows line endings are fine)")
        case .unreadable:
            return rule(
                .structure, .error, "A file or folder that could not be read",
                example: "this file could not be read", fix: "check the file's permissions")
        case .symlink:
            return rule(
                .structure, .error, "A symbolic link in the content or theme, which ReviewSite never follows",
                example: "this is a symbolic link, which ReviewSite does not follow",
                fix: "copy the file into the folder instead of linking to it")
        case .fileName:
            return rule(
                .structure, .error, "A file or folder name that cannot be part of a web address",
                example: "this name cannot be used in a web address; use lower-case letters, digits and hyphens",
                fix: "rename the file or folder")
        case .duplicateSlug:
            return rule(
                .structure, .error, "Two files that would be published at the same address",
                example: "this page and content/about.md would both be published at /about/",
                fix: "rename or remove one of them")
        case .reservedPath:
            return rule(
                .structure, .error, "A page at an address the site itself uses (/assets/, /accessibility/ ...)",
                example: "/accessibility/ is the site's own address",
                fix: "rename the file")
        case .siteConfig:
            return rule(
                .structure, .error, "A problem in site.yml",
                example: "site.yml has no 'base_url'", fix: "fix site.yml as the message says")
        case .template:
            return rule(
                .structure, .error, "A problem in a theme template",
                example: "unknown variable 'pag.title'", fix: "fix the theme template at the place shown")
        case .dateOrder:
            return rule(
                .metadata, .error, "Dates in an impossible order",
                example: "'reviewed' (1 June 2025) is before 'published' (10 January 2026)",
                fix: "correct one of the dates")
        case .homeOfficeQA:
            return rule(
                .metadata, .error, "A review published without the Home Office quality-assurance date",
                example: "this review is marked published but has no 'home_office_qa' date",
                fix: "add the date the Home Office panel cleared it, or set status: draft")
        case .reviewDue:
            return rule(
                .metadata, .warning, "A published page past its review date",
                example: "last reviewed on 2 March 2025, so a review was due by 2 March 2026",
                fix: "check the page and set 'reviewed' to the date you checked it")
        case .rawHTML:
            return rule(
                .links, .error, "Raw HTML in Markdown, which could bypass the checks",
                example: "raw HTML is not allowed in content", fix: "write it in Markdown")
        case .unsafeLink:
            return rule(
                .links, .error, "A javascript:, data: or similar link that can run code",
                example: "link to a 'javascript:' address is not allowed",
                fix: "link to a web page instead")
        case .table:
            return rule(
                .links, .error,
                "A table block that cannot be laid out (a warning for a table written as bare '|' rows, which has no caption)",
                example: "row has 3 cells but the header has 2", fix: "fix the table as the message says")
        case .brokenLink:
            return rule(
                .links, .error, "A link to a page or file of this site that is not published",
                example: "this link points at no published page of this site",
                fix: "correct the address or publish the page")
        case .pageFile:
            return rule(
                .files, .error, "An image or document beside a page that cannot be published: its kind, name or size",
                example: "'.exe' files cannot be published; use PNG, JPEG, SVG, WebP, PDF, ODT, DOCX or CSV",
                fix: "convert the file to an allowed kind, rename it, or make it smaller than 50 MB")
        case .unusedFile:
            return rule(
                .files, .warning, "An image or document that no page links to or attaches, so it is not published",
                example: "no page links to this file, so it is not published",
                fix: "link to it or list it under attachments, or remove it")
        case .attachment:
            return rule(
                .files, .error, "An attachments entry with an unknown kind or a file that is not there",
                example: "unknown attachment kind (did you mean 'executive summary'?)",
                fix: "use one of the kinds listed in the message, and a file beside the page")
        case .fileCheck:
            return rule(
                .files, .error,
                "A file that could not be checked for names and identifiers (encrypted, damaged, or no pdftotext)",
                example: "this file could not be checked for names and identifiers: it is encrypted",
                fix: "publish an unencrypted copy; install poppler-utils so PDF text is checked")
        case .fileMetadata:
            return rule(
                .files, .error, "Metadata of a document or image that identifies someone (author, GPS position)",
                example: "this image records the GPS position where it was taken",
                fix: "clear the document's properties or the image's location data before publishing")
        case .topic:
            return rule(
                .files, .error, "A topic that is not in site.yml's topics list",
                example: "this topic is not in site.yml's topics list (did you mean 'coercive control'?)",
                fix: "use a topic from the list, or add it to topics in site.yml")
        case .imageAlt:
            return rule(
                .accessibility, .error, "An image without a real description (WCAG 1.1.1)",
                example: "image has no description (alt text)",
                fix: "describe the image between the square brackets; mark a decorative image with the title \"decorative\"")
        case .headingOrder:
            return rule(
                .accessibility, .error, "A heading that skips a level (WCAG 1.3.1)",
                example: "a level 4 heading comes after a level 2 heading",
                fix: "start the body at ## and go down one level at a time")
        case .linkText:
            return rule(
                .accessibility, .error, "Link text that does not say where the link goes (WCAG 2.4.4)",
                example: "link text 'click here' does not say where the link goes",
                fix: "write link text that makes sense on its own")
        case .emptyLink:
            return rule(
                .accessibility, .error, "A link with no text (WCAG 2.4.4)",
                example: "link has no text, so screen readers announce only \"link\"",
                fix: "write what the link leads to between the square brackets")
        case .tableHeader:
            return rule(
                .accessibility, .error, "A table column or row without a distinct header (WCAG 1.3.1)",
                example: "columns 2 and 4 have the same header",
                fix: "give every column header text, each different")
        case .namesRegister:
            return rule(
                .anonymisation, .error, "A name from the private names register",
                example: "matches entry 3 of the names register; replace it with the pseudonym",
                fix: "replace the name with the pseudonym; this rule cannot be waived (fix the register if it is wrong)")
        case .registerPart:
            return rule(
                .anonymisation, .warning, "A part of a register name that is also a declared pseudonym or public name",
                example: "matches entry 1 of the names register (one part of it), which is also a declared pseudonym",
                fix: "if the pseudonym is meant, waive it (rule: register-part) with a reason; otherwise replace it")
        case .registerVariant:
            return rule(
                .anonymisation, .error,
                "A likely other spelling of a register name: a letter or two away, in another script, spelled out or with digits for letters",
                example: "differs by a letter or two from a part of entry 4 of the names register",
                fix: "if it is the same name misspelt, replace it with the pseudonym; if it is another word, waive it "
                    + "(rule: register-variant) with a reason")
        case .titledName:
            return rule(
                .anonymisation, .error, "A title (Mr, Mrs, Dr ...) followed by a name that is not declared",
                example: "title followed by a name (Dr P*****)",
                fix: "use a role or the pseudonym, or add the person to public_names in site.yml")
        case .undeclaredName:
            return rule(
                .anonymisation, .error, "A personal name that is neither a pseudonym nor a public name",
                example: "given name used without being declared (S*****)",
                fix: "use the pseudonym, or declare the name under pseudonyms or public_names")
        case .nhsNumber:
            return rule(
                .anonymisation, .error, "An NHS number (passing the modulus-11 check)",
                example: "NHS number 943 *** ****", fix: "remove it")
        case .niNumber:
            return rule(
                .anonymisation, .error, "A National Insurance number",
                example: "National Insurance number AB ** ** ** *", fix: "remove it")
        case .postcode:
            return rule(
                .anonymisation, .error, "A full UK postcode",
                example: "postcode BS* ***", fix: "name the town or area instead")
        case .phone:
            return rule(
                .anonymisation, .error, "A UK phone number that is not a declared helpline",
                example: "phone number 0770* ******",
                fix: "remove it; service numbers belong in helplines in site.yml")
        case .email:
            return rule(
                .anonymisation, .error, "A personal email address",
                example: "email address j*.******@*******.***",
                fix: "remove it; shared service mailboxes and site.yml's addresses are allowed")
        case .vehicleRegistration:
            return rule(
                .anonymisation, .error, "A UK vehicle registration",
                example: "vehicle registration AB** ***", fix: "say \"his car\" instead")
        case .dateOfBirth:
            return rule(
                .anonymisation, .error, "A full date of birth or death, or a full date in a review",
                example: "full date near 'born' (** May ****)",
                fix: "give an age, or the month and year only")
        case .eventDate:
            return rule(
                .anonymisation, .warning, "Full dates away from any birth or death word: one summary per file",
                example: "12 full dates on lines 14, 15, 18 ...; check none is a date of birth",
                fix:
                    "check each date listed; give the month and year where the day is not needed, or set the rule's severity in site.yml"
            )
        case .quasiIdentifier:
            return rule(
                .anonymisation, .warning,
                "A detail that identifies together with others: a named school and year group, a small employer and job title, a street",
                example: "a named school with a year group can identify a child",
                fix: "describe it more generally (\"a local secondary school\"), or waive it with a reason")
        case .address:
            return rule(
                .anonymisation, .error, "A street address or a named house",
                example: "street address ** ****** Avenue", fix: "say \"the family home\" or name the area")
        case .socialHandle:
            return rule(
                .anonymisation, .warning, "A social media handle or profile link",
                example: "social media handle @j*_*", fix: "say \"her Instagram account\" instead")
        case .waiverReason:
            return rule(
                .waivers, .error, "An allow entry without a reason",
                example: "this allow entry has no reason", fix: "add reason: and say why the text may be published")
        case .staleWaiver:
            return rule(
                .waivers, .warning, "An allow entry that matches nothing in its file",
                example: "this allow entry for 'phone' matches nothing in the file", fix: "remove the entry")
        case .unknownRule:
            return rule(
                .waivers, .error, "An allow entry or a rules: setting that names no rule, or a rule that cannot be waived",
                example: "'phnoe' is not a rule id (did you mean 'phone'?)",
                fix: "use an id from `reviewsite rules`")
        }
    }
}
