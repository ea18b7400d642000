import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class TitledNameRuleTests: XCTestCase {
    private func find(
        _ text: String, pseudonyms: [String] = ["Adult R", "Jo"], publicNames: [String] = ["Alan Whitcombe"],
        register: String? = nil
    ) -> [AnonymisationFinding] {
        TitledNameRule().scan(
            ScanText(text, line: 1, column: 1),
            AnonymisationContext(
                pseudonyms: pseudonyms, publicNames: publicNames, register: register.map(NamesRegister.init(text:))))
    }

    func testTitleAndNameIsAnErrorWithTheNameMasked() {
        let found = find("The GP, Dr Morgan, saw her.")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.severity, .error)
        XCTAssertEqual(found.first?.matched, "Dr Morgan")
        XCTAssertTrue(found.first?.message.hasPrefix("title followed by a name (Dr M*****)") == true, found.first?.message ?? "")
        XCTAssertFalse(found.first?.message.contains("Morgan") == true)
    }

    func testCharityNamedAfterItsFounderIsQuiet() {
        XCTAssertEqual(find("Support came from Dr Barnardo's, which ran the family project.").map(\.matched), [])
    }

    func testEveryTitleWithOrWithoutFullStop() {
        for title in [
            "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "PC", "PCSO", "DC", "DS", "DI", "DCI", "Supt", "Sgt",
            "Insp", "Cllr", "Nurse", "Sister", "Prof", "Rev", "Judge", "Lord", "Lady", "Sir", "Dame",
        ] {
            XCTAssertEqual(find("spoke to \(title) Hargreaves about it").map(\.matched), ["\(title) Hargreaves"], title)
            XCTAssertEqual(find("spoke to \(title). Hargreaves about it").count, 1, title)
        }
    }

    func testFullNameAfterTitleIsOneFinding() {
        XCTAssertEqual(find("DS Petra Hargreaves attended.").map(\.matched), ["DS Petra Hargreaves"])
        XCTAssertEqual(find("Detective Sergeant Hargreaves attended.").map(\.matched), ["Sergeant Hargreaves"])
    }

    func testDeclaredPseudonymsAndPublicNamesAreQuiet() {
        XCTAssertEqual(find("Mrs Jo and Ms Adult R, then Cllr Alan Whitcombe and Cllr Whitcombe."), [])
    }

    func testRolesLettersAndLowerCaseAreQuiet() {
        XCTAssertEqual(
            find(
                "The Nurse Practitioner, the Lord Chancellor, Mr A and Mrs B, Sister Ward staff, "
                    + "the dr said, Dr Barnardo's Homes."), [])
    }

    func testRegisterNamesAreLeftToTheRegisterRuleSoNoInitialIsShown() {
        XCTAssertEqual(find("Dr Hargreaves came.", register: "Hargreaves"), [])
    }

    // MARK: Issue 12: titles followed by a lower-case particle

    func testTitleFollowedByAParticleAndAName() {
        XCTAssertEqual(
            find("She saw Mr van Dijk, Dr de Souza, Ms al-Amin and DS van der Berg.").map(\.matched),
            ["Mr van Dijk", "Dr de Souza", "Ms al-Amin", "DS van der Berg"])
        let f = find("She saw Mr van Dijk.")
        XCTAssertTrue(f.first?.message.contains("Mr D*****") == true, f.first?.message ?? "")
    }

    func testTitleFollowedByALowerCaseWordStaysQuiet() {
        XCTAssertEqual(find("The Dr de facto lead and Mr van driver.").map(\.matched), [])
    }

    // Issue 12, second development corpus: faith leaders' titles.
    func testFaithTitles() {
        XCTAssertEqual(
            find("Imam Sharmarke advised the family; Pastor Adeyemi visited.").map(\.matched),
            ["Imam Sharmarke", "Pastor Adeyemi"])
        XCTAssertEqual(find("The Imam and the Pastor spoke to the family.").map(\.matched), [])
    }

    func testAPriestsTitle() {
        XCTAssertEqual(find("Father Keane visited the family.").map(\.matched), ["Father Keane"])
    }

    // Issue 12, seventh development corpus: an initial between the title and the surname.
    func testAnInitialBetweenTitleAndSurname() {
        XCTAssertEqual(find("Call from neighbour, Mrs G. Trebilcock, at 21:52.").map(\.matched), ["Mrs G. Trebilcock"])
        XCTAssertEqual(find("Mr J Okafor attended.").map(\.matched), ["Mr J Okafor"])
        // `Mr A` is already anonymised, and the sentence after it is not a surname.
        XCTAssertEqual(find("The panel spoke to Mr A. Then it adjourned.").map(\.matched), [])
    }

    // Issue 12, eighth development corpus: a pub named after a peer, and a word title before
    // a job; a word title before a given name that is also a word is still a name.
    func testPubsAndJobTitlesAreNotTitledNames() {
        XCTAssertEqual(find("A quiz at the Lord Nelson on Friday raised funds.").map(\.matched), [])
        XCTAssertEqual(find("Attendees: Named Nurse Safeguarding Adults (ICB).").map(\.matched), [])
        XCTAssertEqual(find("Sister Grace visited the ward.").map(\.matched), ["Sister Grace"])
        XCTAssertEqual(find("Judge Marsh sentenced him.").map(\.matched), ["Judge Marsh"])
    }

    /// Held-out set 9: a pronoun after a title's full stop, and a role after a word title.
    func testAPronounOrARoleAfterATitleIsNoName() {
        XCTAssertEqual(find("They sent a PCSO. He had a cup of tea.").map(\.matched), [])
        XCTAssertEqual(
            find("Contribution from Rev Alun Pryce, Superintendent Minister.").map(\.matched), ["Rev Alun Pryce"])
    }

    /// Held-out set 9: `Sheikh` is a title, but after `Dr` with nothing after it, the surname;
    /// a double-barrelled surname may start with a place word; and a surname given with a
    /// title names the person alone later in the text.
    func testSurnamesThatLookLikeTitlesOrPlacesAndSurnamesAlone() {
        XCTAssertEqual(find("Dr Sheikh did not ask.").map(\.matched), ["Dr Sheikh"])
        XCTAssertEqual(find("Detective Sergeant from the unit.").map(\.matched), [])
        XCTAssertEqual(find("Mrs Parveen Lodge-Whitham spoke.").map(\.matched), ["Mrs Parveen Lodge-Whitham"])
        let found = find("Ms Mbatha chaired. Mbatha agreed, and Mbatha's notes say so. The Mbatha Centre opened.")
        XCTAssertEqual(found.map(\.matched), ["Ms Mbatha", "Mbatha", "Mbatha"])
        XCTAssertEqual(found.map(\.rule), [.titledName, .undeclaredName, .undeclaredName])
        XCTAssertFalse(found[1].message.contains("Mbatha"), found[1].message)
    }

    /// Development set 10: `Our Lady` names a church.
    func testOurLadyIsAChurch() {
        XCTAssertEqual(find("She went to Our Lady Star of the Sea when she could.").map(\.matched), [])
        XCTAssertEqual(find("Lady Margaret Tennant opened it.").map(\.matched), ["Lady Margaret Tennant"])
    }

    /// Development set 15: a letter's last lines, a title and name then the job.
    func testANameBeforeItsJobOnTheNextLine() {
        XCTAssertEqual(find("Regards\nMr Osgood\nPractice Manager").map(\.matched), ["Mr Osgood"])
        XCTAssertEqual(find("She was seen by Dr Barnardo's Homes staff.").map(\.matched), [])
    }

    /// Development set 19: a title written in full ends its sentence at a full stop.
    func testATitleInFullBeforeAFullStop() {
        XCTAssertEqual(
            find("Chair: Geoffrey Hartle, formerly Detective Chief Superintendent. Review reference 4.").map(\.matched), [])
        XCTAssertEqual(find("Seen by Dr. Okafor.").map(\.matched), ["Dr. Okafor"])
    }

    /// Development set 21 (held-out set 19, spent): an officer's collar number between the
    /// rank and the name.
    func testACollarNumberBeforeTheName() {
        XCTAssertEqual(find("OIC: PC 6613 HOLLINRAKE        SUPERVISOR: PS 2270").map(\.matched), ["PC 6613 HOLLINRAKE"])
        XCTAssertEqual(find("PC 4471 and PC 5208 attended. PC 2290 ATT. DASH COMPLETED.").map(\.matched), [])
    }

    /// Development set 29 (held-out set 27, spent): an operation's name after a rank.
    func testAnOperationAfterARank() {
        XCTAssertEqual(find("Chat exported 14/08/2023 10:02 by DC Op. LANTERN.").map(\.matched), [])
        XCTAssertEqual(find("Exported by DC Opie.").map(\.matched), ["DC Opie"])
    }

    /// Development set 30 (held-out set 28, spent): an initial, then a surname with particles.
    func testAnInitialThenParticles() {
        XCTAssertEqual(find("USUAL GP: Dr A van der Veld    ALERTS: MARAC").map(\.matched), ["Dr A van der Veld"])
    }

    /// Development set 39: armed forces ranks before a name, in full and abbreviated; not before
    /// an ordinary word (`Major Incident`, `General Practice`). A field's label run on after a
    /// word title in a rendered paragraph is no name.
    func testArmedForcesRanksAndAFieldLabelAfterAWordTitle() {
        XCTAssertEqual(
            find("Major Holderness-Pym said Cpl Gurung and Lieutenant Colonel Ashdown-Vale agreed.").map(\.matched),
            ["Major Holderness", "Cpl Gurung", "Colonel Ashdown"])
        XCTAssertEqual(find("The Major Incident plan, General Practice and Private Fostering.").map(\.matched), [])
        // Development set 61: French and Spanish honorifics written short or in full.
        XCTAssertEqual(
            find("Staff who speak French, Mme Odile Carrière, heard it. Sra. Restrepo and Monsieur Benoît came.").map(\.matched),
            ["Mme Odile Carrière", "Sra. Restrepo", "Monsieur Benoît"])
        // Development set 38: a log's verb in capitals after a rank is no name.
        XCTAssertEqual(find("DI INFORMED. SCENE LOG STARTED. DS MANNING ATTENDED.").map(\.matched), ["DS MANNING"])
        // Development set 61: a log's verb in capitals after a collar number is no name.
        XCTAssertEqual(
            find("PC 3319 ATTENDED WITH PC 4027. 18:40 PC 3319 ASHWORTH SPOKE TO HER").map(\.matched), ["PC 3319 ASHWORTH"])
        XCTAssertEqual(find("Signed off by: Chief Nurse Date: 14 August 2023").map(\.matched), [])
        XCTAssertEqual(find("PC HICKS: Can you tell me what happened?").map(\.matched), ["PC HICKS"])
    }

    /// Development set 40: ranks in a printout's capitals before a collar number; respect after
    /// a title in Urdu (`Professor Sahiba`) is no name.
    func testRanksInCapitalsBeforeACollarNumberAndSahiba() {
        XCTAssertEqual(
            find("OIC  PC 4471 HOLLINRAKE   SUPERVISOR  SGT 2209 ASPINALL\nSIO  DCI 0376 RAWCLIFFE").map(\.matched),
            ["PC 4471 HOLLINRAKE", "SGT 2209 ASPINALL", "DCI 0376 RAWCLIFFE"])
        XCTAssertEqual(find("SGT NOTES: none. SGT 12 hours on.").map(\.matched), [])
        XCTAssertEqual(find("Respected Professor Sahiba, [2] I write to you.").map(\.matched), [])
    }

    /// An outside read of the eighteenth session's change: a rank before an acronym, a collar
    /// rank that only the hashes had left out, and a surname that is also a word of respect.
    func testARankBeforeAnAcronymACollarRankAndMrJi() {
        XCTAssertEqual(find("Private ADHD assessments are expensive.").map(\.matched), [])
        XCTAssertEqual(find("It was DSGT 2209 ASPINALL who said so.").map(\.matched), ["DSGT 2209 ASPINALL"])
        XCTAssertEqual(find("Mr Ji said so.").map(\.matched), ["Mr Ji"])
    }

    /// Development set 41: with no full stop after the initial no sentence ends there, so an
    /// English word after it is the surname (`Mr A. Then` stays `Mr A`).
    func testAnInitialWithoutAFullStopBeforeAnEnglishWordSurname() {
        XCTAssertEqual(find("cc: patient; Dr F Marsh (GP); fracture clinic").map(\.matched), ["Dr F Marsh"])
        XCTAssertEqual(find("We met Mr A. Then we left.").map(\.matched), [])
        XCTAssertEqual(find("**Perpetrator:** Mr O Children in the household: two").map(\.matched), [])
    }

    /// An outside read of the nineteenth session's change: an anonymised `Mr A` before a role,
    /// a heading's word, a table's words or the next field's label is no name.
    func testAnAnonymisedInitialBeforeARoleOrAHeadingsWordIsQuiet() {
        for text in [
            "Dr B Consultant Psychiatrist, Hartwell NHS Trust", "## Mr A Background", "| 12/03/2021 | GP | Mr A Did Not Attend |",
            "Perpetrator: Mr A Victim: Ms B", "Interviewed: Mr A Declined",
        ] {
            XCTAssertEqual(find(text).map(\.matched), [], text)
        }
    }

    /// Development set 42: a collar number, then an initial and a surname in a court list's
    /// capitals; an abbreviation after the number is still no name.
    func testACollarNumberThenAnInitialAndASurnameInCapitals() {
        XCTAssertEqual(
            find("WITNESSES: HERON D (WARNED), PC 1422 N. STEELE,\n           PC 871 A. MAWSON").map(\.matched),
            ["PC 1422 N. STEELE", "PC 871 A. MAWSON"])
        XCTAssertEqual(find("PC 2290 ATT. DASH COMPLETED").map(\.matched), [])
        XCTAssertEqual(find("Mr A. THEN went home.").map(\.matched), [])
    }

    /// Twenty-first session, an outside read: a surname in capitals with an apostrophe after a
    /// collar number and an initial.
    func testACollarNumberAnInitialAndAnApostropheSurnameInCapitals() {
        XCTAssertEqual(find("Witness PC 1422 N. O'NEILL.").map(\.matched), ["PC 1422 N. O'NEILL"])
        XCTAssertEqual(find("Witness PC 1422 N. O\u{2019}NEILL.").count, 1)
    }

    /// Twenty-second session, the outside read's lesser misses: a title in capitals, as a case
    /// system prints it, before a name in capitals; not before an English word, a country or
    /// letters (`MS SOCIETY`), nor before a name in lower case.
    func testATitleInCapitalsBeforeANameInCapitals() {
        XCTAssertEqual(find("DR COWAN wrote. MRS PATEL rang.").map(\.matched), ["DR COWAN", "MRS PATEL"])
        XCTAssertTrue(find("DR COWAN wrote.").first?.message.contains("(DR C*****)") == true)
        XCTAssertEqual(find("An MS SOCIETY leaflet. DR CONGO. MR NHS. MISS Hughes. DR JO.").map(\.matched), [])
    }

    /// Development set 44: `DC Gate 4` (a distribution centre's gate) and `General English` (a
    /// course) are no officer and no general; `DC Gatehouse` and `General Okafor` still are.
    func testAnEnglishWordBeforeANumberAndALanguageAfterARank() {
        XCTAssertEqual(find("| DC Gate 4 | 07700 900614 |").map(\.matched), [])
        XCTAssertEqual(find("**Course:** General English (Upper Intermediate), 40 weeks").map(\.matched), [])
        XCTAssertEqual(
            find("DC Gatehouse took the call. General Okafor retired.").map(\.matched), ["DC Gatehouse", "General Okafor"])
    }

    /// Development set 45: Sister and Brother as a mosque's minutes write them (`Sr.`, `Br.`)
    /// are titles, but `Sr` before a job is Senior; a title before a form's next field label is
    /// no name; a half of a public double-barrelled surname alone after another title is
    /// someone else.
    func testSetFortyFiveSistersBrothersFormsAndPublicHalves() {
        XCTAssertEqual(find("Sr. Nimo and Br. Yahya led the meeting. Brother Idris spoke.").map(\.matched).count, 3)
        XCTAssertEqual(find("The Sr Social Worker and the Sr Practitioner met.").map(\.matched), [])
        XCTAssertEqual(find("Title: Mrs\nFirst name: Harpreet").map(\.matched), [])
        XCTAssertEqual(find("Dr Head: I saw her on the ward.").count, 1)
        XCTAssertEqual(find("Mrs Bond said: she left at six.").map(\.matched), ["Mrs Bond"])
        let halves = ["Dr Nia Llewellyn-Hart"]
        XCTAssertEqual(find("DS Llewellyn took the call.", publicNames: halves).map(\.matched), ["DS Llewellyn"])
        XCTAssertEqual(find("Dr Llewellyn-Hart chaired it.", publicNames: halves).map(\.matched), [])
        // A page's own pseudonym, set per file after the site's context is made, is declared.
        var page = AnonymisationContext(publicNames: halves)
        page.pseudonyms = ["Llewellyn"]
        XCTAssertEqual(TitledNameRule().scan(ScanText("DS Llewellyn took the call.", line: 1, column: 1), page), [])
    }

    /// Development set 49: a title, an initial and a surname all in capitals, as a police log
    /// prints them.
    func testATitleAnInitialAndASurnameInCapitals() {
        let found = TitledNameRule().scan(
            ScanText("CALLER     NEIGHBOUR - MRS J ARMSTRONG 11 PITMANS WAY", line: 1, column: 1),
            AnonymisationContext(pseudonyms: [], publicNames: []))
        XCTAssertEqual(found.map(\.matched), ["MRS J ARMSTRONG"])
    }

    /// Development set 54: a record's column gap ends a titled name; the agency's word in the
    /// next column does not make it a surgery's name.
    func testAColumnGapAfterATitledName() {
        let found = TitledNameRule().scan(
            ScanText("22-Aug-2022 10:14  Dr Q. Hallworth  Surgery consultation", line: 1, column: 1),
            AnonymisationContext(pseudonyms: [], publicNames: []))
        XCTAssertEqual(found.map(\.matched), ["Dr Q. Hallworth"])
        let surgery = TitledNameRule().scan(
            ScanText("She was registered at the Dr Hallworth Surgery.", line: 1, column: 1),
            AnonymisationContext(pseudonyms: [], publicNames: []))
        XCTAssertEqual(surgery.map(\.matched), [])
    }
}

extension TitledNameRuleTests {
    /// Development set 65: after a title, two to four capital consonants are a document's or an
    /// agency's initials (`Sister   BRP`, a visitor and her residence permit); a surname in
    /// capitals with a vowel, and `NG`, are still names.
    func testCapitalConsonantsAfterATitleAreInitials() {
        XCTAssertEqual(find("Visitor: Sister   BRP          Attended").map(\.matched), [])
        XCTAssertEqual(find("Visitor: Sister   BAKER\n").map(\.matched), ["Sister   BAKER"])
    }
}

extension TitledNameRuleTests {
    /// Development set 64: a declared given name before a surname nobody declared is someone
    /// else (`Marcus Delahaye` may be named, `DCI Marcus Oyelowo-Hart` may not).
    func testADeclaredGivenNameBeforeAnUndeclaredSurnameIsSomeoneElse() {
        let publicNames = ["Marcus Delahaye"]
        XCTAssertEqual(
            find("| DCI Marcus Oyelowo-Hart | Wessex Coast Police |", publicNames: publicNames).map(\.matched),
            ["DCI Marcus Oyelowo"])
        XCTAssertEqual(find("DCI Marcus Delahaye chaired it. DCI Marcus said so.", publicNames: publicNames).map(\.matched), [])
    }
}

extension TitledNameRuleTests {
    /// Development set 66: a prison officer by grade in a visits log.
    func testAPrisonOfficersGrade() {
        XCTAssertEqual(find("| Held wife's wrist, warned once (OSG Pellow) |").map(\.matched), ["OSG Pellow"])
    }
}

extension TitledNameRuleTests {
    /// Development set 67: a declared given name before an undeclared surname that is a given
    /// name too (`DC Ruth Ambrose` when only `Professor Ruth Castellan` may be named).
    func testADeclaredGivenNameBeforeAnUndeclaredSurnameThatIsAGivenNameToo() {
        XCTAssertEqual(
            find("Informed at 08:10 by DC Ruth Ambrose, Thames Downs Police.", publicNames: ["Professor Ruth Castellan"])
                .map(\.matched),
            ["DC Ruth Ambrose"])
    }
}

extension TitledNameRuleTests {
    /// Development set 68: RAF ranks as the service abbreviates them, a prison's supervising
    /// officer, and a sergeant in a control room log's capitals.
    func testRAFRanksAPrisonSupervisorAndASergeantInCapitals() {
        XCTAssertEqual(
            find("- Sqn Ldr Andrew Pryor, RAF liaison officer. Air Cdre Okafor chaired.").map(\.matched),
            ["Ldr Andrew Pryor", "Cdre Okafor"])
        XCTAssertEqual(find("18/08/2022  SO Bradshaw: visitor left early.").map(\.matched), ["SO Bradshaw"])
        XCTAssertEqual(find("19:20 SGT COUPLAND CONSULTED: NO EVIDENCE").map(\.matched), ["SGT COUPLAND"])
        // Not a sergeant's name: a log's verb or an agency after the rank in capitals.
        XCTAssertEqual(find("19:20 SGT INFORMED. SGT ATTENDED WITH PC 4027").map(\.matched), [])
        XCTAssertEqual(find("SO THE CALLER WAS TOLD. So Much Better Trust.").map(\.matched), [])
    }

    /// Development set 68: a title word as the surname after a police rank, when no name
    /// follows it (`DC Sheikh |`); `DC Imran Sheikh` was already found.
    func testATitleWordAsTheSurnameAfterAPoliceRank() {
        XCTAssertEqual(find("| 24/07/2023 | Fenwold Police — DC Sheikh | Op. DUNLIN |").map(\.matched), ["DC Sheikh"])
        XCTAssertEqual(find("Seen by DS Imam. Then Detective Sergeant Holt.").map(\.matched), ["DS Imam", "Sergeant Holt"])
        // A title written short after another is no surname (development set 67).
        XCTAssertEqual(find("| reminded | Det Supt, public protection | Jun 2025 |").map(\.matched), [])
    }
}

extension TitledNameRuleTests {
    /// Development set 69: after a title written short, a word that also names places or
    /// agencies is a surname when no capitalised word follows (`Sgt Hall at Coldmoor
    /// station`, `Mr Green.`); `Lady Margaret Hall` and `Dr Barnardo's Homes` stay quiet.
    func testAPlaceWordAloneAfterAShortTitleIsASurname() {
        XCTAssertEqual(
            find("Also rang Sgt Hall at Coldmoor station, and Mr Green.").map(\.matched), ["Sgt Hall", "Mr Green"])
        XCTAssertEqual(find("She studied at Lady Margaret Hall. Dr Barnardo's Homes helped.").map(\.matched), [])
    }
}

extension TitledNameRuleTests {
    /// Development set 70: a distribution centre (`DC`) at the end of a record's column, the
    /// next column's words after a wide gap, is no title and name.
    func testATitleLikeWordBeforeARecordsColumnGap() {
        XCTAssertEqual(find("2011-03-03  Marsden Down DC     Rose starts as a picker (nights).").map(\.matched), [])
        XCTAssertEqual(find("2011-03-03  Seen by DC Rose at the station.").map(\.matched), ["DC Rose"])
    }
}

extension TitledNameRuleTests {
    /// Development set 70: a rank, two initials and a surname (`Capt R J Tennant`).
    func testARankTwoInitialsAndASurname() {
        XCTAssertEqual(find("Capt R J Tennant | UWO | RLC |").map(\.matched), ["Capt R J Tennant"])
    }
}

extension TitledNameRuleTests {
    /// Development set 71: a declared given name before an undeclared surname that is an
    /// English word too (`DC Joanne Pickup` when only `Joanne Kettleborough` may be named).
    func testADeclaredGivenNameBeforeAnUndeclaredSurnameThatIsAnEnglishWord() {
        let publicNames = ["Joanne Kettleborough"]
        XCTAssertEqual(
            find("3.4\tDC Joanne Pickup, family liaison officer, had reported", publicNames: publicNames).map(\.matched),
            ["DC Joanne Pickup"])
        XCTAssertEqual(
            find("> Employment Judge Harwood\n> Sent to the parties on 17 January 2025", publicNames: ["Judge Harwood"])
                .map(\.matched), [])
    }
}

extension TitledNameRuleTests {
    /// Development set 71: a church's deacon by his surname.
    func testADeaconBySurname() {
        XCTAssertEqual(find("8.1\tDeacon Khoshaba asked that the report explain it.").map(\.matched), ["Deacon Khoshaba"])
        XCTAssertEqual(find("The Deacon Street entrance was closed.").map(\.matched), [])
    }
}

extension TitledNameRuleTests {
    /// Development set 71: the surname of a titled name, after an initial, signing a note.
    func testATitledNamesSurnameAfterAnInitial() {
        let found = find("**Free text, Sister M. Ollerenshaw, RGN:**\n\n> Pt rang back.\n>\n> M Ollerenshaw 13:31")
        XCTAssertEqual(found.map(\.matched), ["Sister M. Ollerenshaw", "Ollerenshaw"])
    }
}

extension TitledNameRuleTests {
    /// Development set 73: `Sir` is Welsh for a county (`Sir Benfro`); before a word of the
    /// site's own area it is a place, and that word is no surname elsewhere in the text.
    func testWelshSirBeforeTheSitesOwnAreaIsAPlace() {
        var context = AnonymisationContext(pseudonyms: ["Adult R"])
        context.siteNames = ["Dyfnant and Morfa Community Safety Partnership"]
        context.siteAreaNames = ["Dyfnant and Morfa Community Safety Partnership"]
        let text = "The partnership serves Sir Dyfnant and Sir Morfa. Dyfnant has two towns; Sir Gelli Jones chaired it."
        let found = TitledNameRule().scan(ScanText(text, line: 1, column: 1), context)
        XCTAssertEqual(found.map(\.matched), ["Sir Gelli Jones"])
    }

    /// Development set 131: `Cyngor Sir Dulas` is a county council, even with `Cyngor` at the
    /// end of the line before; a knight after another word is still a name.
    func testCyngorSirIsACountyCouncil() {
        XCTAssertEqual(
            find("IMRs came from Cyngor Sir Dulas (housing) and Cyngor Sir\nDulas adult social care.").map(\.matched), [])
        XCTAssertEqual(find("### 6.3 Cyngor Sir Dulas").map(\.matched), [])
        XCTAssertEqual(find("The Cyngor chair, Sir Gareth Pryce, spoke.").map(\.matched), ["Sir Gareth Pryce"])
        XCTAssertEqual(find("Letter from Cyngor\nSir Alan Jones, Chair").map(\.matched), ["Sir Alan Jones"])
    }

    /// Development set 73: a signature block's columns, `PC 417` then a wide gap and the next
    /// column's label: the collar number ends the entry, and the next column is no surname.
    func testACollarNumberBeforeAColumnGapEndsTheEntry() {
        XCTAssertEqual(
            find("Signed: R. ap G.   PC 417                       Supervisor: Sgt 102 Sgt Bowen").map(\.matched),
            ["Sgt Bowen"])
        XCTAssertEqual(find("Attended: PC 417 Howarth and PC 2290 Mellor.").map(\.matched), ["PC 417 Howarth", "PC 2290 Mellor"])
    }
}

extension TitledNameRuleTests {
    /// Development set 73: a job ending in a title word over a Welsh surgery's name on the
    /// signature's next line (`Practice Nurse` / `Meddygfa'r Farchnad`) is no titled name.
    func testAWelshBuildingAfterATitleWordIsNoName() {
        XCTAssertEqual(
            find("Nyrs Practis / Practice Nurse\nMeddygfa\u{2019}r Farchnad, Stryd y Farchnad\n\nNurse Pritchard rang.")
                .map(\.matched), ["Nurse Pritchard"])
    }
}

extension TitledNameRuleTests {
    /// Development set 74: almshouses named after their founder are a place.
    func testAlmshousesNamedAfterTheirFounderAreQuiet() {
        XCTAssertEqual(find("## January 2026: Sir William Turner's Almshouses").map(\.matched), [])
        XCTAssertEqual(find("Sir William Turner's daughter rang.").map(\.matched), ["Sir William Turner's"])
    }
}

extension TitledNameRuleTests {
    /// Development set 78: a rank before its service's initials names no one (`husband, Sgt
    /// RAF`); a rank before a surname in capitals still does.
    func testARankBeforeItsServicesInitials() {
        XCTAssertEqual(find("Perp: DRUMMOND Callum (husband, Sgt RAF), DOB withheld").map(\.matched), [])
        XCTAssertEqual(find("Sgt DRUMMOND attended.").map(\.matched), ["Sgt DRUMMOND"])
    }
}

extension TitledNameRuleTests {
    /// Development set 79: a signature's rank, initial and surname that is also a word, then a
    /// collar number or a bar; `Mr A. Then` at a sentence's start stays the pseudonym.
    func testARankInitialAndWordSurnameInASignature() {
        XCTAssertEqual(find("DS L. Firth 3412 | Safeguarding Unit, West Yorkshire Police").map(\.matched), ["DS L. Firth"])
        XCTAssertEqual(find("Lorraine\n\nDS L. Firth | Safeguarding Unit").map(\.matched), ["DS L. Firth"])
        XCTAssertEqual(find("I spoke to Mr A. Then he left.").map(\.matched), [])
        XCTAssertEqual(find("DC Gate 4 was locked.").map(\.matched), [])
    }

    /// Development set 79: a job ending in a title word, then a contact's label with a bracket
    /// (a quoted letter's lines, joined), is no name.
    func testATitleWordBeforeAContactLabelWithABracket() {
        XCTAssertEqual(find("J. Marufu Senior Pastor Mobile (personal): 07534 229 871").map(\.matched), [])
        XCTAssertEqual(find("Pastor Marufu rang the hub.").map(\.matched), ["Pastor Marufu"])
    }
}

extension TitledNameRuleTests {
    /// Development set 84: after a professional's title, an initial and a surname that is an
    /// English word too, then a word in lower case or the line's end; not after `Mr`, which
    /// reviews put before a pseudonym's letter, nor a pub named after a lord.
    func testAnInitialThenASurnameThatIsAnEnglishWord() {
        XCTAssertEqual(find("Reviewed by Dr P Strand on Monday.").map(\.matched), ["Dr P Strand"])
        XCTAssertEqual(find("LAST REVIEW 06/06/2022 Dr P Strand\nNEXT").map(\.matched), ["Dr P Strand"])
        XCTAssertEqual(find("## Dr A Background\n\nText.").map(\.matched), [])
        XCTAssertEqual(find("**Perpetrator:** Mr O Children in the household").map(\.matched), [])
        XCTAssertEqual(find("The Lord Nelson pub next door offers no discount.").map(\.matched), [])
    }
}

extension TitledNameRuleTests {
    /// Development set 87: a collar number, then a town before its policing team's initials.
    func testATownBeforeAPolicingTeam() {
        XCTAssertEqual(find("PC 2291 Holmfleet NPT   (name removed)   Date: 14/10/2023").map(\.matched), [])
        XCTAssertEqual(find("PC 2291 Holmfleet attended.").map(\.matched), ["PC 2291 Holmfleet"])
    }
}

extension TitledNameRuleTests {
    /// Development set 93: `Lady Day`, the feast, is no titled name; `Lady Antonia` still is.
    func testLadyDayIsAFeast() {
        XCTAssertEqual(find("DOB 15th of August 1971 (\"Lady Day\", Mother E says).").map(\.matched), [])
        XCTAssertEqual(find("A letter from Lady Antonia came.").map(\.matched), ["Lady Antonia"])
    }
}

extension TitledNameRuleTests {
    /// Development set 102: a full stop after a declared pseudonym's letter (`Brother B`) ends
    /// its sentence; the next word is no surname.
    func testAFullStopAfterADeclaredPseudonymsLetter() {
        var context = AnonymisationContext(pseudonyms: ["Brother B"])
        context.strictDatesOfBirth = true
        let text = "The calls with Brother B. Translator's notes are in brackets."
        XCTAssertEqual(TitledNameRule().scan(ScanText(text, line: 1, column: 1), context).map(\.matched), [])
        XCTAssertEqual(find("The calls with Mr B. Kettleborough were long.").map(\.matched), ["Mr B. Kettleborough"])
    }
}

extension TitledNameRuleTests {
    /// Development sets 99 and 92: a police unit after a rank is no surname; a public name's
    /// possessive after its title is that person's.
    func testAPoliceUnitAfterARankAndAPublicNamesPossessive() {
        XCTAssertEqual(find("| Police (DS Public Protection) | 28/02/24 |").map(\.matched), [])
        XCTAssertEqual(find("DCI MAJOR CRIME attended the scene.").map(\.matched), [])
        XCTAssertEqual(
            find("Mrs Lindiwe Castell's team helped us.", publicNames: ["Mrs Lindiwe Castell"]).map(\.matched), [])
        XCTAssertEqual(find("DS Public came.").map(\.matched), ["DS Public"])
    }
}

extension TitledNameRuleTests {
    /// Development set 100: after an initial, a surname that is an English word too, before
    /// `who` or closing the quote the title opened; a sentence begun after a pseudonym's letter
    /// is none.
    func testASurnameThatIsAWordBeforeWhoOrInQuotes() {
        XCTAssertEqual(
            find("Private landlord – Mr D. Haycock, who owns houses. Named as \"Mr D. Haycock\" there.").map(\.matched),
            ["Mr D. Haycock", "Mr D. Haycock"])
        XCTAssertEqual(find("It was Mr A. Then the police came. Ask \"Mr B.\" Then go.").map(\.matched), [])
    }
}

extension TitledNameRuleTests {
    /// Development set 103: after a dotted initial, a surname in capitals that is an English
    /// word too, before a comma.
    func testASurnameInCapitalsAfterADottedInitial() {
        XCTAssertEqual(find("CALLER   : Mrs P. GARNER, 43 SLUICE ROAD").map(\.matched), ["Mrs P. GARNER"])
        XCTAssertEqual(find("It was Mr A. Then, later, the police came.").map(\.matched), [])
    }
}

extension TitledNameRuleTests {
    /// Development set 112: `Fr` beside `Sa` in a rota's heading is Friday, not Father; a priest
    /// still is one.
    func testFridayInARotasHeading() {
        XCTAssertEqual(find("ROLE\tSu\tMo\tTu\tWe\tTh\tFr\tSa\nFr Doyle visited.").map(\.matched), ["Fr Doyle"])
    }
}

extension TitledNameRuleTests {
    /// An outside review of the forty-second session's change: `On Sat Fr Doyle` is a priest.
    func testFatherAfterAWeekdayInProse() {
        XCTAssertEqual(find("On Sat Fr Doyle visited the family home.").map(\.matched), ["Fr Doyle"])
    }
}
