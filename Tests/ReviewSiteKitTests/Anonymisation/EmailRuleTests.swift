import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class EmailRuleTests: XCTestCase {
    let rule = EmailRule()

    func testPlainAndDisguisedAddresses() {
        XCTAssertEqual(StructuredTest.matches(rule, "wrote to jo.bloggs@example.co.uk."), ["jo.bloggs@example.co.uk"])
        XCTAssertEqual(StructuredTest.matches(rule, "[mail](mailto:sam_99@mail.example.com)"), ["sam_99@mail.example.com"])
        XCTAssertEqual(StructuredTest.matches(rule, "jo.bloggs at gmail dot com, daily"), ["jo.bloggs at gmail dot com"])
        XCTAssertEqual(StructuredTest.matches(rule, "jo [at] example [dot] co [dot] uk"), ["jo [at] example [dot] co [dot] uk"])
        XCTAssertEqual(StructuredTest.matches(rule, "jo (at) example.org"), ["jo (at) example.org"])
    }

    func testSiteContactsRoleMailboxesAndProseStayQuiet() {
        for text in [
            "email safer.avonmere@avonmere.example", "SAFER.AVONMERE@avonmere.example",
            "info@refuge.example.org", "safeguarding@avonmere.gov.uk",
            "seen at home dot and", "Adult R at Avonmere Police", "@", "a@b", "x@y.", "10:30", "",
        ] {
            XCTAssertEqual(StructuredTest.matches(rule, text), [], text)
        }
    }

    func testMessageIsMasked() {
        let found = StructuredTest.scan(rule, "jo.bloggs@example.co.uk and jo at gmail dot com")
        XCTAssertEqual(found.count, 2)
        StructuredTest.assertMasked(found)
        XCTAssertEqual(found.first?.message.hasPrefix("email address j*.******@*******.**.**;"), true)
    }

    func testWaiversAndPositions() {
        StructuredTest.assertCheckBehaviour(rule, identifier: "jo.bloggs@example.com")
    }

    // MARK: Issue 12

    func testSpacesAroundTheAtAndDots() {
        XCTAssertEqual(
            StructuredTest.matches(rule, "wrote from jo.bloggs @ example.com and kim @ mail . example . co . uk today"),
            ["jo.bloggs @ example.com", "kim @ mail . example . co . uk"])
    }

    func testSpacedAtInProseStaysQuiet() {
        XCTAssertEqual(StructuredTest.matches(rule, "meet @ noon. Prices @ 5 each. Staff @ the centre . Then home"), [])
    }

    func testSpacedAddressAtTheEndOfASentence() {
        XCTAssertEqual(
            StructuredTest.matches(rule, "given as pieter.vdb @ example . co . uk. Adult Q's accounts"),
            ["pieter.vdb @ example . co . uk"])
    }

    // Issue 12, seventh development corpus: a team's dotted mailbox is a service's; a person's
    // initials or surname, or a role one person holds, make it a person's.
    func testDottedTeamMailboxesAreQuietAndPeoplesAreNot() {
        XCTAssertEqual(
            StructuredTest.matches(
                rule, "Write to asc.safeguarding@council.example, sw.dhr@probation.example or safeguarding.adults@icb.example."),
            [])
        XCTAssertEqual(
            StructuredTest.matches(
                rule, "Copies went to kw.tsang.admin@mailhub.example, dhr-chair@csp.example and jane.safeguarding@trust.example."),
            ["kw.tsang.admin@mailhub.example", "dhr-chair@csp.example", "jane.safeguarding@trust.example"])
    }

    /// Held-out set 9: a service's mailbox at the partnership's own domain (site.yml's
    /// contacts say which) is quiet; a person's there is not, and a handle before a full
    /// stop and a capital is no spaced address.
    func testTheSitesOwnDomainHoldsServiceMailboxes() {
        XCTAssertEqual(StructuredTest.matches(rule, "Email newsletter@avonmere.example or workplace@avonmere.example."), [])
        XCTAssertEqual(
            StructuredTest.matches(rule, "jsmith@avonmere.example, rose@avonmere.example, workplace@elsewhere.example"),
            ["jsmith@avonmere.example", "rose@avonmere.example", "workplace@elsewhere.example"])
        XCTAssertEqual(StructuredTest.matches(rule, "Follow us on X at @SaferAvonmere. Email us any time."), [])
    }

    /// Development set 12: a team's initials run into a service word are a service's mailbox.
    func testTeamInitialsBeforeAServiceWord() {
        XCTAssertEqual(
            StructuredTest.matches(rule, "Write to DHRenquiries@homeoffice.example or sabreviews@brayshire.example."), [])
        XCTAssertEqual(
            StructuredTest.matches(rule, "Write to annreviews@brayshire.example or jpsmithreviews@brayshire.example."),
            ["annreviews@brayshire.example", "jpsmithreviews@brayshire.example"])
    }

    /// Development set 13: a team's mailbox of English words, a board's initials, Early Help;
    /// a role one person holds is still that person's.
    func testMailboxesOfWordsAndBoards() {
        XCTAssertEqual(
            StructuredTest.matches(
                rule,
                "Ask welfare.rights@town.example, education.safeguarding@town.example, sab@town.example or earlyhelp@town.example."
            ), [])
        XCTAssertEqual(
            StructuredTest.matches(
                rule, "Write to rose.baker@town.example, welfare.officer@town.example or shalloran@yahoo.example."),
            ["rose.baker@town.example", "welfare.officer@town.example", "shalloran@yahoo.example"])
    }

    /// Development set 14: an English word run into a service word, and a carers' mailbox.
    func testAWordRunIntoAServiceWord() {
        XCTAssertEqual(
            StructuredTest.matches(rule, "Email adultsafeguarding@bay.example or carers@baycarers.example."), [])
        XCTAssertEqual(StructuredTest.matches(rule, "Email chairreviews@bay.example."), ["chairreviews@bay.example"])
    }

    /// Development set 15: `chair@` at the partnership's own domain is one person's mailbox.
    func testARoleOnePersonHoldsAtTheSitesDomain() {
        XCTAssertEqual(
            StructuredTest.matches(rule, "Write to chair@avonmere.example or newsletter@avonmere.example."),
            ["chair@avonmere.example"])
    }

    /// Development set 16: a disclosure scheme's mailbox for an area.
    func testADisclosureSchemesAreaMailbox() {
        XCTAssertEqual(StructuredTest.matches(rule, "From: DVDS <dvds.northwest@met.police.example>"), [])
        XCTAssertEqual(StructuredTest.matches(rule, "Write to jo.north@met.police.example."), ["jo.north@met.police.example"])
    }

    /// Development set 18: a service's mailbox of one word at another organisation's domain.
    func testAServicesOneWordMailbox() {
        XCTAssertEqual(StructuredTest.matches(rule, "Email wellbeing@sandmere-uni.example or speakup@safer.example."), [])
        XCTAssertEqual(StructuredTest.matches(rule, "Email baker@sandmere-uni.example."), ["baker@sandmere-uni.example"])
    }

    /// Development set 19: a team's initials run into `conferences`.
    func testAConferenceMailbox() {
        XCTAssertEqual(StructuredTest.matches(rule, "Email cpconferences@brackenholme.example for dates."), [])
        XCTAssertEqual(
            StructuredTest.matches(rule, "Email amyconferences@brackenholme.example."), ["amyconferences@brackenholme.example"])
    }

    /// Development set 20: an employer's personnel inbox.
    func testAnEmployersPersonnelInbox() {
        XCTAssertEqual(StructuredTest.matches(rule, "Email hr@fenfresh.example or payroll@fenfresh.example."), [])
        XCTAssertEqual(StructuredTest.matches(rule, "Email hrhughes@fenfresh.example."), ["hrhughes@fenfresh.example"])
    }

    /// Development set 21: a disguised address before a full stop; antisocial behaviour inboxes.
    func testADisguisedAddressBeforeAFullStopAndTeamInboxes() {
        XCTAssertEqual(
            StructuredTest.matches(rule, "Sent to arlyn.pangilinan (at) mailbox (dot) example. The report was sent."),
            ["arlyn.pangilinan (at) mailbox (dot) example"])
        XCTAssertEqual(StructuredTest.matches(rule, "Report to asb@saltmouth.example or communitytrigger@saltmouth.example."), [])
    }

    /// Development set 22: a bank's vulnerable customer team.
    func testABanksVulnerableCustomerTeam() {
        XCTAssertEqual(StructuredTest.matches(rule, "Write to vcs@thamesidebank.example."), [])
    }

    /// Development set 24: a mental health team's inbox, with an area; a worker's address
    /// with the team's initials is still a person's.
    func testAMentalHealthTeamsInbox() {
        XCTAssertEqual(StructuredTest.matches(rule, "To: cmht@eput.example and north.cmht@eput.example"), [])
        XCTAssertEqual(
            StructuredTest.matches(rule, "From n.qureshi-idva@brackenholme.example"), ["n.qureshi-idva@brackenholme.example"])
    }

    /// Development set 28: `@` with a space before it and none after is a handle, not an
    /// address spaced out to hide it.
    func testASpaceOnOneSideOfTheAtIsNoAddress() {
        XCTAssertEqual(StructuredTest.matches(rule, "Ellis posts from the account @tibi.grigoras.uk a video."), [])
        XCTAssertEqual(
            StructuredTest.matches(rule, "Her address was kim.b @ mail.example.co.uk then."), ["kim.b @ mail.example.co.uk"])
    }

    /// Development set 46: a hub's, a visitors' group's, an employer's case and legal inboxes
    /// and the sponsorship scheme's are services' mailboxes; a person's is still reported.
    func testMoreServicesMailboxes() {
        XCTAssertEqual(
            StructuredTest.matches(
                rule,
                "hub@cranmoorukraine.example, visits@colnmoorvisitors.example, hrcases@albioncargo.example, "
                    + "legal@albioncargo.example, homesforukraine@cranmoor.gov.example, tsega.w@habeshacolne.example"),
            ["tsega.w@habeshacolne.example"])
    }

    /// Development set 59: `at` written for the `@` with the domain's dots kept, when the name
    /// has a digit, `.` or `_` or the domain says `mail`; `was at Amazon.co.uk` is prose.
    func testAtWrittenOutWithTheDomainsDotsKept() {
        XCTAssertEqual(
            StructuredTest.matches(rule, "Or email pgwilliam61 at talktalk-mail.example but my son reads it."),
            ["pgwilliam61 at talktalk-mail.example"])
        XCTAssertEqual(StructuredTest.matches(rule, "She was at Amazon.co.uk then; he works at office.com now."), [])
    }
}

extension EmailRuleTests {
    /// Development set 69: a surgery's mailbox under its place's name and a site's security
    /// control room are no person's; a person's name before `surgery` still is.
    func testASurgerysAndASecurityControlRoomsMailboxes() {
        XCTAssertEqual(
            StructuredTest.matches(
                rule,
                "*From:* Practice Manager <hetherburn.surgery@nhs.example>, **Cc:** Security Control <security@hartsideyard.example>"
            ),
            [])
        XCTAssertEqual(
            StructuredTest.matches(rule, "Write to amy.surgery@nhs.example or j.hall@nhs.example."),
            ["amy.surgery@nhs.example", "j.hall@nhs.example"])
    }
}

extension EmailRuleTests {
    /// Development set 74: a police unit's and primary care's safeguarding inboxes are no
    /// person's.
    func testAPoliceUnitsAndPrimaryCaresInboxes() {
        XCTAssertEqual(
            StructuredTest.matches(
                rule, "| Tees Police | ppu@tees-police.example |\n| GP | safeguarding.primarycare@nhs.example |"),
            [])
        XCTAssertEqual(StructuredTest.matches(rule, "Write to rose.ppu@tees-police.example."), ["rose.ppu@tees-police.example"])
    }
}

extension EmailRuleTests {
    /// Development set 78: an address the text calls a team's or a shared inbox, in brackets
    /// right after it, is no person's; `(her inbox)` is still hers.
    func testAnAddressCalledATeamInbox() {
        XCTAssertEqual(StructuredTest.matches(rule, "Write to hive.holbeckfen@mod.example (team inbox) first."), [])
        XCTAssertEqual(
            StructuredTest.matches(rule, "Write to ana.k@mod.example (her inbox) first."), ["ana.k@mod.example"])
    }
}

extension EmailRuleTests {
    /// Development set 76: a school's attendance office.
    func testASchoolsAttendanceOffice() {
        XCTAssertEqual(StructuredTest.matches(rule, "attendance@stenna-academy.example"), [])
        // (Development set 80: occupational health's referrals and a hotel's front desk.)
        XCTAssertEqual(StructuredTest.matches(rule, "occhealth.referrals@northeden-nhs.example"), [])
        XCTAssertEqual(StructuredTest.matches(rule, "frontdesk@glenmere-lakehotel.example"), [])
        XCTAssertEqual(
            StructuredTest.matches(rule, "jo.attendance@stenna-academy.example"), ["jo.attendance@stenna-academy.example"])
    }
}

extension EmailRuleTests {
    /// Development set 79: a care group's head-office operations inbox.
    func testAnOperationsInbox() {
        XCTAssertEqual(StructuredTest.matches(rule, "To: Operations <operations@heathervalecare.example>"), [])
        XCTAssertEqual(
            StructuredTest.matches(rule, "j.broadbent@heathervalecare.example"), ["j.broadbent@heathervalecare.example"])
    }
}

extension EmailRuleTests {
    /// Development set 82: a Welsh council's and a college's inboxes in Welsh, and a holiday
    /// park's guest services.
    func testWelshServiceInboxes() {
        XCTAssertEqual(StructuredTest.matches(rule, "cartrefi.wcrain@glynmawr.example and diogelu@colegglynmawr.example"), [])
        XCTAssertEqual(StructuredTest.matches(rule, "guestservices@duneshp.example"), [])
        XCTAssertEqual(StructuredTest.matches(rule, "bryn.talfan@glynmawr.example"), ["bryn.talfan@glynmawr.example"])
    }
}

extension EmailRuleTests {
    /// Development set 83: a hospital ward's mailbox named after its ward.
    func testAWardsMailbox() {
        XCTAssertEqual(StructuredTest.matches(rule, "pankhurst.ward@northernmoors.nhs.example"), [])
        XCTAssertEqual(StructuredTest.matches(rule, "k.obi@northernmoors.nhs.example"), ["k.obi@northernmoors.nhs.example"])
    }
}

extension EmailRuleTests {
    /// Development set 86: a council's housing advice inbox.
    func testAHousingOptionsInbox() {
        XCTAssertEqual(StructuredTest.matches(rule, "housingoptions@severnmouth.example"), [])
    }
}

extension EmailRuleTests {
    /// Development set 81: a council's community safety team, a major investigation team's
    /// disclosure inbox and a firm's sales desk; the landline on the sales desk's line is the firm's.
    func testCommunitySafetyDisclosureAndSalesInboxes() {
        XCTAssertEqual(
            StructuredTest.matches(
                rule, "communitysafety@brindleford.example, mit.disclosure@westmidlands-police.example, sales@hartillkeys.example"
            ),
            [])
        XCTAssertEqual(
            StructuredTest.matches(
                PhoneRule(), "> Unit 14, Lockmakers' Yard, Cradwell. Tel 01902 960 855. sales@hartillkeys.example"),
            [])
    }
}

extension EmailRuleTests {
    /// Development set 84: a personnel team's advice inbox, a ward's whole staff and a regional
    /// office's inbox are services' mailboxes; a surname that starts with a compass point is not.
    func testAdviceStaffAndRegionalInboxes() {
        XCTAssertEqual(StructuredTest.matches(rule, "hr.advisory@qah.nhs.example"), [])
        XCTAssertEqual(StructuredTest.matches(rule, "ccu.allstaff@qah.nhs.example"), [])
        XCTAssertEqual(StructuredTest.matches(rule, "southcoast@gwt-welfare.example"), [])
        XCTAssertEqual(StructuredTest.matches(rule, "westwood@mail.example"), ["westwood@mail.example"])
        XCTAssertEqual(StructuredTest.matches(rule, "hr.sarah@qah.nhs.example"), ["hr.sarah@qah.nhs.example"])
    }
}

extension EmailRuleTests {
    /// Development set 87: an agency's compliance desk and a trust's single point of access.
    func testComplianceAndSinglePointOfAccess() {
        XCTAssertEqual(StructuredTest.matches(rule, "Email compliance@agency.example or spa@lpft.example today."), [])
    }
}

extension EmailRuleTests {
    /// A surname that is an English word after a service's word is still a person's address.
    func testAServiceWordBeforeASurnameThatIsAWord() {
        XCTAssertEqual(StructuredTest.matches(rule, "hr.green@council.example"), ["hr.green@council.example"])
    }
}

extension EmailRuleTests {
    /// Development set 88: a group's word run into an English word at the partnership's own
    /// domain, and a service's word with the site's borough, are mailboxes of services.
    func testAForumsMailboxAndAServiceOfTheSitesBorough() {
        var site = StructuredTest.context()
        site.siteNames = ["Safer Ambury Partnership"]
        func matches(_ text: String) -> [String] { rule.scan(ScanText(text, line: 1, column: 1), site).map(\.matched) }
        XCTAssertEqual(matches("Write to faithforum@avonmere.example or newsdesk@avonmere.example."), [])
        XCTAssertEqual(matches("Write to daveforum@avonmere.example."), ["daveforum@avonmere.example"])
        XCTAssertEqual(matches("Write to faithforum@gmail.example."), ["faithforum@gmail.example"])
        XCTAssertEqual(matches("Email safeguarding.ambury@nhs.example today."), [])
        XCTAssertEqual(matches("Email dave.ambury@nhs.example today."), ["dave.ambury@nhs.example"])
    }
}

extension EmailRuleTests {
    /// Development set 92: a letting agent's mailbox and an information governance team's.
    func testALettingAgentsAndARequestsMailbox() {
        XCTAssertEqual(StructuredTest.matches(rule, "From: lettings@pennineproperty.example or ig.requests@krh-nhs.example"), [])
        XCTAssertEqual(StructuredTest.matches(rule, "From: ig.smith@krh-nhs.example"), ["ig.smith@krh-nhs.example"])
    }
}

extension EmailRuleTests {
    /// Development set 91: an organisation's display name before its address, and a rota's
    /// mailbox; a person's display name does not make it a service's.
    func testAnOrganisationsDisplayNameAndARota() {
        XCTAssertEqual(StructuredTest.matches(rule, "From: Harbour Hub <ola@harbourhub-pk.example>"), [])
        XCTAssertEqual(StructuredTest.matches(rule, "From: Ola Smith <ola@harbourhub-pk.example>"), ["ola@harbourhub-pk.example"])
        XCTAssertEqual(StructuredTest.matches(rule, "To: rota@kernowcarewell.example"), [])
        XCTAssertEqual(
            StructuredTest.matches(rule, "From: Sarah Hall <s.hall@kernowcarewell.example>"), ["s.hall@kernowcarewell.example"])
    }
}

extension EmailRuleTests {
    /// Development set 102: a council's licensing team, and a duty desk's display name; an
    /// organisation's display name does not make a worker's own address its.
    func testALicensingTeamADutyDeskAndAWorkersAddress() {
        XCTAssertEqual(StructuredTest.matches(rule, "The licensing team: licensing@skelderdale.example."), [])
        XCTAssertEqual(StructuredTest.matches(rule, "**To:** AWS Kettlebeck duty <aws.kettlebeck@army.example>"), [])
        XCTAssertEqual(
            StructuredTest.matches(rule, "From: Fenland Food Bank <marta.kowalska@fb.example>"), ["marta.kowalska@fb.example"])
        XCTAssertEqual(StructuredTest.matches(rule, "To: duty <jo.kettle@x.example>"), ["jo.kettle@x.example"])
    }
}

extension EmailRuleTests {
    /// Development sets 106 and 49: a team's display name with a dash before its place; a role
    /// one person holds after an agency's word keeps the address hers.
    func testATeamsDisplayNameAndOnePersonsRole() {
        XCTAssertEqual(
            StructuredTest.matches(rule, "**From:** Concierge Team – Barnfield <concierge.barnfield@tamarmouth.gov.example>"), [])
        XCTAssertEqual(
            StructuredTest.matches(rule, "From:        Practice Manager <stmg.practicemanager@nhs-wearvalley.example>"),
            ["stmg.practicemanager@nhs-wearvalley.example"])
    }
}

extension EmailRuleTests {
    /// Development sets 99 and 34: two English words run together at the partnership's own
    /// domain are a forum's mailbox; a team leader's is one person's.
    func testTwoWordsRunTogetherAtTheSitesOwnDomain() {
        let site = StructuredTest.context()
        func matches(_ text: String) -> [String] { rule.scan(ScanText(text, line: 1, column: 1), site).map(\.matched) }
        XCTAssertEqual(matches("Forum contact: porthealth@avonmere.example."), [])
        XCTAssertEqual(matches("Write to teamleader@avonmere.example."), ["teamleader@avonmere.example"])
        XCTAssertEqual(matches("Write to porthealth@gmail.example."), ["porthealth@gmail.example"])
    }
}

extension EmailRuleTests {
    /// Development set 105: a council's school admissions team and a data team's inbox are
    /// services; a person's address at the same domain still reports.
    func testSchoolAdmissionsAndACustomerDataInbox() {
        XCTAssertEqual(
            StructuredTest.matches(
                rule, "To: Admissions <admissions@birmingham.example>; cc customerdata@birmingham.example"), [])
        XCTAssertEqual(
            StructuredTest.matches(rule, "From: <h.begum@birmingham.example>"), ["h.begum@birmingham.example"])
    }
}

extension EmailRuleTests {
    /// Development set 110: a college's bursary and porters' lodge, and a calendar event's
    /// identifier, are no one's mailbox.
    func testABursaryALodgeAndACalendarIdentifier() {
        XCTAssertEqual(
            StructuredTest.matches(
                rule,
                "To: Bursary <bursary@bodkin.isisford.example>; lodge@bodkin.isisford.example\nUID:7c41e2b0-0925-4f6e-9a1b-2250110a5d19@wendburybio.example"
            ), [])
        XCTAssertEqual(StructuredTest.matches(rule, "UID:7c41e2b0@wendburybio.example"), ["7c41e2b0@wendburybio.example"])
    }
}

extension EmailRuleTests {
    /// Development set 109: a camp's medical centre's mailbox, like a surgery's.
    func testAMedicalCentresMailbox() {
        XCTAssertEqual(StructuredTest.matches(rule, "Cc: kbc-medcentre@mod.example"), [])
    }
}

extension EmailRuleTests {
    /// Development set 109: a team's initials before the area it covers; a given name before
    /// an area is a person's.
    func testATeamsInitialsAndItsArea() {
        XCTAssertEqual(StructuredTest.matches(rule, "Mail sibcentral@mod.example now."), [])
        XCTAssertEqual(StructuredTest.matches(rule, "Mail annnorth@x.example now."), ["annnorth@x.example"])
    }
}

extension EmailRuleTests {
    /// Development set 111: a unit's initials with the site's own town, and a contractor's
    /// helpdesk; a person's initials of two letters, or a given name, with the town still report.
    func testAUnitsInitialsWithTheSitesTown() {
        var site = StructuredTest.context()
        site.siteNames = ["Safer Tidcombe Partnership"]
        func matches(_ text: String) -> [String] { rule.scan(ScanText(text, line: 1, column: 1), site).map(\.matched) }
        XCTAssertEqual(
            matches("FROM: RMP Tidcombe (rmp.tidcombe@mod.example); tidcombe.hive@mod.example; sfa.helpdesk@dio.example"), [])
        XCTAssertEqual(
            matches("Write to kw.tidcombe@mod.example or anna.tidcombe@mod.example."),
            ["kw.tidcombe@mod.example", "anna.tidcombe@mod.example"])
    }
}

extension EmailRuleTests {
    /// Development set 114: a traders' association's mailbox and a service's word with its
    /// surgery's street run together; a person's name with the street still reports.
    func testATradersMailboxAndAServiceOnAStreet() {
        XCTAssertEqual(
            StructuredTest.matches(rule, "Write to traders@galeria-arcade.example or safeguarding.gasholderlane@nhs.example."), []
        )
        XCTAssertEqual(
            StructuredTest.matches(rule, "Write to dawn.gasholderlane@nhs.example."), ["dawn.gasholderlane@nhs.example"])
    }
}

extension EmailRuleTests {
    /// Development set 113: a hotel's, a food bank's and an estate office's mailboxes.
    func testDepartmentsMailboxes() {
        XCTAssertEqual(
            StructuredTest.matches(
                rule, "housekeeping@woolstaplers.example, foodbank@chipstowchapel.example, estates@woldsfosse.example"),
            [])
    }
}

extension EmailRuleTests {
    /// Development set 100: a service's mailbox of its name's initials after that name, and a
    /// children's front door's mailbox; a person's initials after a person's name (one no list
    /// knows too) or a role one person holds still report.
    func testAServicesInitialsAfterItsName() {
        XCTAssertEqual(
            StructuredTest.matches(
                rule,
                "**To:** Private Sector Housing <psh@wrekinford.gov.example>; childrens.frontdoor@wrekinford.gov.example"),
            [])
        // (As the scan sees it once Markdown has taken the brackets for a link's.)
        XCTAssertEqual(StructuredTest.matches(rule, "**To:** Private Sector Housing psh@wrekinford.gov.example"), [])
        XCTAssertEqual(
            StructuredTest.matches(
                rule, "**From:** Paul Simon Hart <psh@wrekinford.gov.example>; Tenancy Services Manager <tsm@wrekinford.example>"),
            ["psh@wrekinford.gov.example", "tsm@wrekinford.example"])
        XCTAssertEqual(
            StructuredTest.matches(
                rule, "**From:** Zorbu Quenti Plaxo <zqp@gmail.example>; Zorbu Quenti Plaxo zqp@gmail.example"),
            ["zqp@gmail.example", "zqp@gmail.example"])
    }
}

extension EmailRuleTests {
    /// Development set 108: a service's word and two words of the site's name run together; a
    /// person's name with them still reports.
    func testAServiceAndTheSitesNameRunTogether() {
        var site = StructuredTest.context()
        site.siteNames = ["Safer Brunswick Vale Partnership"]
        func matches(_ text: String) -> [String] { rule.scan(ScanText(text, line: 1, column: 1), site).map(\.matched) }
        XCTAssertEqual(matches("**Cc:** eip.brunswickvale@mersey-mh.example"), [])
        XCTAssertEqual(matches("**Cc:** anna.brunswickvale@mersey-mh.example"), ["anna.brunswickvale@mersey-mh.example"])
    }
}

extension EmailRuleTests {
    /// Development sets 115 and 116: an embassy's consular section in a city abroad, a council's
    /// commissioning team, a charity's office by the site's town alone, and health visiting's
    /// initials with the town are services' mailboxes; a person's address beside them, and a
    /// helpline's word alone (`coordinator@`, development set 42), still report.
    func testServicesMailboxesByCityTownAndTeam() {
        var site = StructuredTest.context()
        site.siteNames = ["Safer Tweedhaugh Partnership", "Tweedhaugh MARAC coordinator"]
        func matches(_ text: String) -> [String] { rule.scan(ScanText(text, line: 1, column: 1), site).map(\.matched) }
        XCTAssertEqual(
            matches(
                "To: consular.lilongwe@fcdo.example, commissioning@northumberland.example, "
                    + "tweedhaugh@refugeeaction.example and hv.tweedhaugh@nhct.example"), [])
        XCTAssertEqual(
            matches("Cc: anna.lilongwe@fcdo.example, coordinator@pantry.example, jo.tweedhaugh@nhct.example"),
            ["anna.lilongwe@fcdo.example", "coordinator@pantry.example", "jo.tweedhaugh@nhct.example"])
    }
}

extension EmailRuleTests {
    /// Development set 121: a service's second helpline (`helpline2@`) is its mailbox; a
    /// person's name with a number still reports.
    func testARoleMailboxWithANumber() {
        XCTAssertEqual(
            StructuredTest.matches(rule, "Sent to helpline2@womensaid.example and jane2@womensaid.example."),
            ["jane2@womensaid.example"])
    }
}

extension EmailRuleTests {
    /// Development set 112: a care agency's rotas and a mental health liaison team's mailboxes.
    func testARotasAndALiaisonTeamsMailboxes() {
        XCTAssertEqual(
            StructuredTest.matches(rule, "From rotas@carewell.example to mhliaison@nhft.example and jones@nhft.example."),
            ["jones@nhft.example"])
    }
}

extension EmailRuleTests {
    /// An outside review of the forty-second session's change: a city abroad counts only beside
    /// an embassy's section (`hr.mendoza@` is a person's), and the site's town alone only at an
    /// organisation's domain (`bolton@gmail…` may be Mr Bolton's).
    func testACityOrTheTownIsNoServiceForAnyone() {
        var site = StructuredTest.context()
        site.siteNames = ["Safer Tweedhaugh Partnership"]
        func matches(_ text: String) -> [String] { rule.scan(ScanText(text, line: 1, column: 1), site).map(\.matched) }
        XCTAssertEqual(
            matches("hr.mendoza@acme.example, tweedhaugh@gmail.example, sn.tweedhaugh@nhct.example"),
            ["hr.mendoza@acme.example", "tweedhaugh@gmail.example", "sn.tweedhaugh@nhct.example"])
    }
}

extension EmailRuleTests {
    /// Development set 117: a museum's volunteer office and a bus depot's control room keep
    /// mailboxes of those words alone; beside another part the address may be a person's.
    func testAVolunteerOfficeAndAControlRoomsMailboxes() {
        XCTAssertEqual(
            StructuredTest.matches(
                rule,
                "From volunteers@portstreet.example, cc control@buses.example and maureen.plant@portstreet.example."
            ),
            ["maureen.plant@portstreet.example"])
        XCTAssertEqual(
            StructuredTest.matches(
                rule, "Copies to volunteer.kaur@museum.example, control.patel@buses.example and volunteer2@museum.example."),
            ["volunteer.kaur@museum.example", "control.patel@buses.example", "volunteer2@museum.example"])
    }
}

extension EmailRuleTests {
    /// Development set 124: a haulier's transport office and a drop-in's, by those words
    /// alone; a person's address with the same words is still one (an outside review:
    /// `kmtransport@`, initials and the word).
    func testTransportAndDropInMailboxes() {
        XCTAssertEqual(
            StructuredTest.matches(rule, "Ask transport@wealdfreight.example or dropin@welcomepoint.example."), [])
        XCTAssertEqual(
            StructuredTest.matches(rule, "From ilir.transport@wealdfreight.example and kmtransport@gmail.example."),
            ["ilir.transport@wealdfreight.example", "kmtransport@gmail.example"])
    }
}

extension EmailRuleTests {
    /// Development set 130: a person's role in the plural and the police's `101` are a
    /// service's mailboxes; a role in the singular and a person's name are not.
    func testARoleInThePluralAnd101AreServices() {
        XCTAssertEqual(
            StructuredTest.matches(
                EmailRule(), "Write to coordinators@peaklandhomecare.example or 101@derbyshire.police.example."), [])
        XCTAssertEqual(
            StructuredTest.matches(EmailRule(), "Her own: jane.smith@mail.example and 07700900123@sms.example."),
            ["jane.smith@mail.example", "07700900123@sms.example"])
        // (A second outside review: at a small school or charity these may reach one person.)
        XCTAssertEqual(
            StructuredTest.matches(EmailRule(), "heads@school.example and chairs@board.example"),
            ["heads@school.example", "chairs@board.example"])
    }
}
