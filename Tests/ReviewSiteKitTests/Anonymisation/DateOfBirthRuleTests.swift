import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit
@testable import ReviewSiteSyntax

final class DateOfBirthRuleTests: XCTestCase {
    let rule = DateOfBirthRule()

    private func severities(_ text: String, kind: PageKind? = .dhr, field: String? = nil) -> [Severity] {
        StructuredTest.scan(rule, text, kind: kind, field: field).map(\.severity)
    }

    func testEveryFormNearAKeywordIsAnError() {
        let texts = [
            "Adult R was born on 15 May 1980.", "DOB: 15/05/1980", "D.O.B. 15.05.1980", "date of birth 1980-05-15",
            "She died on 15th May 2020.", "He was deceased by May 15, 2020.", "The funeral, on 3 Sept 2020, was small.",
            "Adult R was found dead on 2 March 2020.", "born 15/05/80", "Her death on 1st of June 2020 was reviewed.",
        ]
        for text in texts {
            XCTAssertEqual(severities(text), [.error], text)
        }
        // Also in a page, and in front matter.
        XCTAssertEqual(severities("born 15 May 1980", kind: .page), [.error])
        XCTAssertEqual(severities("born 15 May 1980", field: "summary"), [.error])
    }

    func testOtherFullDatesInAReviewBodyAreWarnings() {
        XCTAssertEqual(severities("On 15 May 2020 the GP saw Adult R."), [.warning])
        XCTAssertEqual(severities("Seen 15/05/2020.", kind: .briefing), [.warning])
        // Not in an ordinary page, not in a title.
        XCTAssertEqual(severities("On 15 May 2020 the board met.", kind: .page), [])
        XCTAssertEqual(severities("On 15 May 2020 the GP saw Adult R.", field: "title"), [])
    }

    func testWindowEndsAtTheSentence() {
        XCTAssertEqual(severities("Adult R was born in Avonmere. On 15 May 2020 the GP saw her."), [.warning])
        XCTAssertEqual(
            severities(
                "She died in hospital after a long and difficult illness that nobody in the family or the practice had noticed at first, long before 15 May 2020."
            ), [.warning])
    }

    func testQuietCases() {
        // "born in May 1980" is a warning since issue 12 (testMonthAndYearOfBirthIsAWarning).
        for text in [
            "Adult R died in March 2023.", "at 10:30 on the day she died", "3.4 May 2021: the GP",
            "paragraph 13.2", "section 9 of the Domestic Abuse Act 2021", "Care Act 2014", "1 in 4 women", "£1,250.00",
            "may 15, 2020", "31 February 2020", "15/13/2020", "2020-13-01", "1.15/05/2020", "13.2.20", "May 15 people",
            "died 15 May", "the MARAC on 2023", "",
        ] {
            XCTAssertEqual(severities(text), [], text)
        }
    }

    func testMessagesAreMasked() {
        let found = StructuredTest.scan(rule, "born on 15 May 1980. Seen on 15/05/2020.")
        StructuredTest.assertMasked(found)
        XCTAssertEqual(
            found.map { String($0.message.split(separator: ";")[0]) },
            ["full date near 'born' (** May ****)", "full date (**/**/2020)"])
    }

    func testWaiversAndPositions() {
        StructuredTest.assertCheckBehaviour(rule, identifier: "15 May 1980", prefix: "She was born on ")
    }

    // MARK: Issue 12

    func testDayMonthTwoDigitYearWithDotsNearAKeyword() {
        let f = StructuredTest.scan(rule, "Her DOB was 03.07.85 according to the GP.", kind: .dhr)
        XCTAssertEqual(f.map(\.matched), ["03.07.85"])
        XCTAssertEqual(f.first?.severity, .error)
        // Without a keyword it is a section number, not a date.
        XCTAssertEqual(StructuredTest.matches(rule, "See paragraph 3.4.21 and 1.2.12 of the plan.", kind: .page), [])
    }

    func testMonthAndYearOfBirthIsAWarning() {
        let f = StructuredTest.scan(rule, "Adult R was born in March 1984 in Leeds.", kind: .dhr)
        XCTAssertEqual(f.map(\.matched), ["March 1984"])
        XCTAssertEqual(f.first?.severity, .warning)
        XCTAssertTrue(f.first?.message.contains("month and year of birth") == true, f.first?.message ?? "")
        XCTAssertEqual(StructuredTest.matches(rule, "The referral was made in March 1984.", kind: .dhr), [])
    }

    // Issue 12, second development corpus: a keyword near a date belongs to that date only
    // when they are in the same table cell, list item and sentence, and no other date is
    // nearer to it; a table column headed "Date of birth" makes every date in it one.

    func testAKeywordStaysInItsTableCell() {
        XCTAssertEqual(severities("| 12 May 2015 | School | Nuala, aged 17, withdrawn from school. |"), [.warning])
        XCTAssertEqual(severities("| 8 August 2020 | Maternity | Baby H born. |"), [.warning])
        XCTAssertEqual(severities("| Police | DOB 17.11.1993 |"), [.error])
    }

    func testAKeywordStaysInItsListItem() {
        let text = "- Tenancy form lists his date of birth as 22/09/1990.\n- 3 March 2018 (Midwifery). Booked for care."
        XCTAssertEqual(severities(text), [.error, .warning])
        XCTAssertEqual(severities("- She dies at the scene.\n- 11 December 2022. He is arrested at the port."), [.warning])
    }

    func testABoldLeadInEndsItsSentence() {
        XCTAssertEqual(severities("**Death.** On 9 April 2024 Viktor went to the flat."), [.warning])
    }

    func testTheNearestDateOwnsTheKeyword() {
        XCTAssertEqual(severities("On 12 January 2018 the form gave his date of birth as 22/09/1990."), [.warning, .error])
        XCTAssertEqual(severities("Born on 3 May 1980, she died on 4 June 2020."), [.error, .error])
    }

    func testTheStartOfAPeriodIsNotADateOfDeath() {
        XCTAssertEqual(
            severities("The review covers the period from 1 January 2018, when she first told her GP, until her death."),
            [.warning])
        XCTAssertEqual(severities("The period under review is 1 January 2019 to Kerry's death."), [.warning])
        // Still a date of death, or of birth, when the keyword says so.
        XCTAssertEqual(severities("She died on 1 January 2019, after the period began."), [.error])
        XCTAssertEqual(severities("Records from 3 May 1980, her date of birth, were read."), [.error])
    }

    func testATableColumnHeadedDateOfBirth() {
        let table = """
            | Agency | Name held | Date of birth held | Seen |
            |---|---|---|---|
            | GP practice | Adult R | 01/01/1987 | 4 May 2020 |
            | Schools | Adult R | 1 January 1987 | - |
            | Home Office | Adult R | 01-01-1987 | - |
            | Police | Adult R | 15.08.78 | - |
            """
        XCTAssertEqual(severities(table), [.error, .warning, .error, .error, .error])
        let dated = "| Date | Event |\n|---|---|\n| 4 May 2020 | Seen |\n| 5 May 2020 | Seen again |"
        XCTAssertEqual(severities(dated), [.warning, .warning])
        // A table after a paragraph, in the same text: the header is its own.
        let after = "Dates of birth were checked.\n\n| DOB | Agency |\n|:--|--:|\n| 02/03/1990 | GP |"
        XCTAssertEqual(severities(after), [.error])
    }

    func testDatesListedAfterAKeywordShareIt() {
        XCTAssertEqual(severities("Two records gave her date of birth as 04/07/98 and one as 07/04/1998."), [.error, .error])
        XCTAssertEqual(severities("DOB 09/08/1997; a college record with 9th August 1997 and an email."), [.error, .error])
        XCTAssertEqual(severities("| Date of birth | 4 April 1931 | DOB 18/09/1934 |"), [.error, .error])
        // Not across a sentence.
        XCTAssertEqual(severities("She was born on 3 May 1980. On 4 June 2020 the GP saw her."), [.error, .warning])
    }

    func testADateMeasuredFromTheDeathAndANumericMonthOfBirth() {
        XCTAssertEqual(severities("She was seen on 11 July 2023, five weeks before her death."), [.warning])
        XCTAssertEqual(severities("She died on 4 August 2023."), [.error])
        let numeric = StructuredTest.scan(rule, "Only the month and year of birth, 03/1979, was given.")
        XCTAssertEqual(numeric.map(\.severity), [.warning])
        XCTAssertEqual(numeric.first?.matched, "03/1979")
        XCTAssertFalse(numeric.first?.message.contains("1979") ?? true)
        XCTAssertEqual(StructuredTest.scan(rule, "In 03/1979 the GP saw her.").map(\.severity), [])
    }

    // Issue 12, sixth development corpus: `birth` in the name of a service is no date of
    // birth, and a year between `birthday` and a month owns the keyword.
    func testBirthServicesAndBirthdaysAreNotDatesOfBirth() {
        XCTAssertEqual(
            severities("10 October 2018: health visitor new birth visit. A pre-birth assessment was held on 4 May 2021."),
            [.warning, .warning])
        XCTAssertEqual(severities("The baby was born on 3 October 2018 at the General Hospital."), [.error])
        XCTAssertEqual(
            StructuredTest.matches(rule, "A care leaver from her eighteenth birthday in 2020 to October 2024."), [])
        let born = StructuredTest.scan(rule, "Child 1 was born in July 2022. A pre-birth assessment followed.")
        XCTAssertEqual(born.map(\.matched), ["July 2022"])
        XCTAssertEqual(born.map(\.severity), [.warning])
    }

    // Issue 12, seventh development corpus: a date given once as a date of death is that date
    // in every other writing in the text; a chronology row that says someone died dates a
    // death; an age given with a date does not make it a date of birth.
    /// A one-row pipe table under a header and delimiter row (the header on line 1).
    private func table(_ row: String) -> String {
        let cells = row.split(separator: "|").count
        return "|" + String(repeating: " Column |", count: cells) + "\n|" + String(repeating: "---|", count: cells) + "\n" + row
    }

    /// Held-out set 9: a death named as the review's subject or as news received does not
    /// date it. The keyword's clause ends at `that` after the date and at `, and` or
    /// `, following` before it.
    func testADeathHeardOfOrReviewedDoesNotDateTheClauseAfterIt() {
        let quiet = [
            "The partnership decided on 3 August 2023 that the death met the criteria in section 9.",
            "Police notified the partnership of the death on 26 February 2024.",
            "The partnership was notified of the death on 5 February 2024, and agreed on 11 March 2024 that a review should be held.",
            "Notice of the review into the death of Adult J, and a correction made on 14 October 2026.",
            "The review into the death of Adult J, following clearance by the Home Office panel on 30 August 2026.",
            "The minutes of the review into the death of Adult K, held on 4 June 2025.",
        ]
        for text in quiet {
            XCTAssertFalse(severities(text).contains(.error), text)
        }
        // Still dates of death.
        XCTAssertEqual(severities("On 3 February 2024, the day that she was killed, police attended."), [.error])
        XCTAssertEqual(severities("The date of her death, 3 February 2024, is known to the family."), [.error])
        XCTAssertEqual(severities("A review into the death of a man in Lindley on 28 September 2024."), [.error])
    }

    /// Held-out set 7 (spent): a dated entry whose death has its own later date.
    func testALaterDateOnTheLineOwnsTheDeath() {
        XCTAssertEqual(
            severities("**3 October 2024.** Leyla was stabbed. She died at 02:35 on 4 October 2024.\n\nLater."),
            [.warning, .error])
        XCTAssertEqual(severities("**3 October 2024.** Leyla was stabbed and died at the scene.\n\nLater."), [.error])
    }

    /// Held-out set 9: a chronology entry led by a month and year of birth.
    func testAMonthAndYearLeadingABirthEntry() {
        let found = StructuredTest.scan(rule, "- **May 1966** — Martin born.\n- **June 1970** — Martin starts school.")
        XCTAssertEqual(found.map(\.matched), ["May 1966"])
        XCTAssertEqual(found.map(\.severity), [.warning])
    }

    func testADateGivenElsewhereAsADeathIsAnError() {
        var context = AnonymisationContext(strictDatesOfBirth: true)
        context.lifeDatesElsewhere = [DateOfBirthRule.key(3, 2, 2024)]
        let found = rule.scan(
            ScanText("Officers attended on 03/02/2024 and again on 4 February 2024.", line: 1, column: 1), context)
        XCTAssertEqual(found.map(\.severity), [.error, .warning])
        XCTAssertTrue(found[0].message.contains("another file of its review"), found[0].message)
        // The finding carries its date's key; a month and year of birth has none.
        XCTAssertEqual(found.map(\.dateKey), [DateOfBirthRule.key(3, 2, 2024), DateOfBirthRule.key(4, 2, 2024)])
        XCTAssertEqual(rule.scan(ScanText("She was born in March 1984.", line: 1, column: 1), context).map(\.dateKey), [nil])
    }

    func testTheSameDateElsewhereAndChronologyRowsOfADeath() {
        let text = """
            Nia was killed on 22 August 2024. Thursday 22 August 2024 is not a date the family will forget.
            Occurrence 14, 22/08/2024. The panel first met on 8 October 2024.
            """
        XCTAssertEqual(severities(text), [.error, .error, .error, .warning])
        let again = StructuredTest.scan(rule, text)[1]
        XCTAssertTrue(again.message.contains("gives elsewhere as a date of birth or death"), again.message)
        XCTAssertFalse(again.message.contains("22"), again.message)
        XCTAssertEqual(severities(table("| 22 August 2024 | Nia is killed at home |")), [.error])
        XCTAssertEqual(severities(table("| 9 March 2023 | SWAS | Adult D found dead at 06:40 |")), [.error])
        // `Death threats` in another cell, and a date in a later cell, are not a death's date.
        XCTAssertEqual(severities(table("| 3 May 2022 | GP | Death threats reported |")), [.warning])
        XCTAssertEqual(severities(table("| 23 | 09/02/2024 | 04:12 | Death | E pronounced dead. |")), [.error])
        XCTAssertEqual(severities(table("| 3 | 22/01/2020 | 03:15 | Birth | C2 born, Mary Seacole Ward |")), [.error])
        XCTAssertEqual(severities("On 3 October 2024 Leyla, aged 38, was stabbed at home."), [.warning])
    }

    // Issue 12, eighth development corpus: a date leading its line heads the sentence after
    // it; a date in brackets after a person's name is a record's date of birth; a date
    // measured from a birth is not one.
    func testLeadingDatesBracketedDatesAndDatesBeforeABirth() {
        XCTAssertEqual(severities("**3 April 2019.** Adult F's husband died at home."), [.error])
        XCTAssertEqual(severities("**3 April 2019.** GP visit. Her husband died some years later."), [.warning])
        XCTAssertEqual(severities("Record searches are QUILLIGAN, Teresa Ann (14-03-1990, NHS number held)."), [.error])
        XCTAssertEqual(severities("They were given as Berfin Dogan (12/05/1986) in the table."), [.error])
        XCTAssertEqual(severities("An Operation Encompass (15 March 2021) notice went to school."), [.warning])
        XCTAssertEqual(severities("The referral was made on 24 August 2022, before Child 4 was born."), [.warning])
        XCTAssertEqual(severities("Ever since she was born on 3 May 1980 she lived in the town."), [.error])
    }

    // Issue 12, ninth development corpus: a chronology entry that reports a death further on,
    // `Death confirmed` in a table, a keyword in the next sentence that is not the earlier
    // date's, and dates measured from a death or an inquest's.
    func testChronologyEntriesInquestsAndTheEveOfADeath() {
        XCTAssertEqual(
            severities("- **30th October 2024**: At 22:19 a call. Adult K is found unresponsive. Death confirmed at 22:47."),
            [.error])
        XCTAssertEqual(severities("- 3 May 2022: GP appointment. She talked about her father's death."), [.warning])
        XCTAssertEqual(severities(table("| 2410-1377 | 30 Oct 2024 | Assault | Death confirmed 22:47 |")), [.error])
        XCTAssertEqual(
            severities("She died on 2 October 2023. Her date of birth, given on the inquest papers as 19/08/1965, was wrong."),
            [.error, .error])
        XCTAssertEqual(severities("She sent a message on 4 July 2024, the eve of her mother's death."), [.warning])
        XCTAssertEqual(severities("The inquest, on 3 December 2024, recorded a conclusion of suicide."), [.warning])
    }

    /// Development set 12: a spreadsheet's date, and the anniversary of a death given with its date.
    func testSpreadsheetDatesAndTheAnniversaryOfADeath() {
        XCTAssertEqual(severities("The date of birth of the victim, given in one entry as 22-Mar-1987, was removed."), [.error])
        XCTAssertEqual(severities("DOB 19-Oct-88"), [.error])
        XCTAssertEqual(severities("On the anniversary of her death, 11 March 2024, the family lay flowers."), [.error])
        // Measured from the death: the anniversary is another day.
        XCTAssertEqual(severities("On 11 March 2025, the first anniversary of her death, the family met."), [.warning])
    }

    /// Development set 13: dates written the American way, month first.
    func testDatesWrittenMonthFirst() {
        XCTAssertEqual(severities("The care agency recorded her date of birth as 07/22/1975."), [.error])
        XCTAssertEqual(
            severities("He died on 2 April 2023. The supplier's invoice, American, shows 04/02/2023."), [.error, .error])
        XCTAssertEqual(severities("The GP saw her on 2 April 2023 and again on 04/03/2023."), [.warning, .warning])
    }

    /// Development set 14: the paragraph's next sentences say the person died that day.
    func testADeathTheNextSentencesDate() {
        XCTAssertEqual(
            severities(
                "On the evening of 19 February 2024 Adult J stabbed her. A neighbour called 999. She was pronounced dead at the scene."
            ), [.error])
        XCTAssertEqual(severities("**Death.** On 9 April 2024 he went to the flat. She died at the scene."), [.error])
        // Three sentences on, another paragraph, or a sentence with its own date: not that day's.
        XCTAssertEqual(
            severities("On 3 May 2023 he moved out. They argued. She cried. She was later pronounced dead."), [.warning])
        XCTAssertEqual(severities("On 3 May 2023 he moved out. They argued. She cried. She died at home."), [.warning])
        XCTAssertEqual(severities("On 3 May 2023 he moved out.\n\nShe was pronounced dead at the scene."), [.warning])
    }

    /// Development set 15: a birthplace between `born` and the month, and a table row of
    /// dates of birth with a month and year in it.
    func testMonthAndYearOfBirthAfterABirthplaceOrInARowOfBirthDates() {
        XCTAssertEqual(severities("Mei was born in Hong Kong in December 1987, the only daughter."), [.warning])
        XCTAssertEqual(severities("Child N1 was born in Hafren Vale in March 2021."), [.warning])
        XCTAssertEqual(severities("| Field | Police | Home Office |\n|---|---|---|\n| DOB | 08/12/1987 | 04/1985 |").count, 2)
        // A move after the birth, and a month after `in` alone, are events.
        XCTAssertEqual(severities("She was born in Leeds. In March 2004 she moved to Hull."), [])
        XCTAssertEqual(severities("They met in Hong Kong in December 1987."), [])
    }

    /// Development set 16 (held-out set 14, spent): a day in words; an inquest's date, a
    /// period that starts on the line before, and `the deceased` as a person are no death's.
    func testDaysInWordsAndDatesThatAreNotTheDeaths() {
        XCTAssertEqual(severities("He was born on the\neleventh of June 1970, and was 52."), [.error])
        XCTAssertEqual(severities("Born on the twenty-first of May 1984."), [.error])
        XCTAssertEqual(severities("At the first May 2020 meeting."), [])
        XCTAssertEqual(severities("The inquest into Beryl's death was opened on 17 January 2023 at the court."), [.warning])
        XCTAssertEqual(
            severities("The review covers contact from\n1 January 2018, when he met Adult L, to the date of her\ndeath."),
            [.warning])
        XCTAssertEqual(severities("Officers who attended on 18 December 2022 ought to have seen the deceased."), [.warning])
        XCTAssertEqual(severities("She died on 18 December 2022 at home."), [.error])
    }

    /// Development set 17 (held-out set 15, spent): `b.` and `DoD` before a date; a
    /// birthplace with its region between `born` and the month; a date in a clause of its
    /// own after `that` is not the death's.
    func testBornWrittenShortDateOfDeathAndARegionBeforeTheMonth() {
        XCTAssertEqual(severities("Custody record: \"ARMSTRONG, Gordon, b. 30.01.65, of no fixed abode\""), [.error])
        XCTAssertEqual(severities("The file was named \"7MB – Routledge – DoD 09.11.22\" by the unit."), [.error])
        XCTAssertEqual(severities("Corina was born in Iași, in north-eastern Romania, in April 1996. She came here."), [.warning])
        XCTAssertEqual(severities("She was born in Leeds and in April 1996 she moved."), [])
        XCTAssertEqual(
            severities("Her death could not have been predicted on the information that any agency held on 8 November 2022."),
            [.warning])
        XCTAssertEqual(severities("Jess was killed at that address on 28 July 2023."), [.error])
    }

    /// Development set 18: a year after its own `of`.
    func testAYearAfterOf() {
        XCTAssertEqual(severities("I, Ermelinda, born on the fourteenth of February of 1952, declare this."), [.error])
    }

    /// Development set 19 (held-out set 17, spent): `death on` dates the death however it
    /// is measured; hearing of a death, registering it, a review published, a death feared
    /// are not the death's date; month and year of birth in police shorthand.
    func testDeathOnAndDatesThatOnlyMentionADeath() {
        XCTAssertEqual(severities("Agencies supported her before her death on 2 March 2024."), [.error])
        XCTAssertEqual(severities("Five weeks before her death, on 2 March 2024, she called."), [.warning])
        XCTAssertEqual(severities("**12/02/24** — Notification of tenant's death at the property."), [.warning])
        XCTAssertEqual(severities("**20.10.2023** — Police inform the head teacher of Mum's death."), [.warning])
        XCTAssertEqual(severities("16 November 2026: Review into the death of Adult E published"), [.warning])
        XCTAssertEqual(severities("The death was registered on 3 December 2024."), [.warning])
        XCTAssertEqual(
            severities("| Action | Due |\n|---|---|\n| See anyone at risk of being killed | 30 September 2025 |"), [.warning])
        XCTAssertEqual(severities("| Event | Date |\n|---|---|\n| Adult E is killed | 30 September 2023 |"), [.error])
        XCTAssertEqual(severities("| Suspects | HANIF, Zulfiqar (b. 11/1991) |"), [.warning])
        XCTAssertEqual(severities("The door was answered by Zulfiqar HANIF (Nov 91), who spoke."), [.warning])
        XCTAssertEqual(severities("His date of birth is held on the police IMR as November 1991."), [.warning])
        XCTAssertEqual(severities("The plan was reviewed in November 1991 and in May 1992."), [])
        XCTAssertEqual(severities("Operation Kestrel (Nov 91) ended."), [])
    }

    /// Development set 20 (held-out set 18, spent): a year in words after a day in words.
    func testAYearInWords() {
        XCTAssertEqual(severities("She was born on the third of March, two thousand and one, in the snow."), [.error])
        XCTAssertEqual(severities("Born on the twenty-third of May, nineteen eighty-eight, in the hospital."), [.error])
        XCTAssertEqual(
            severities("The certificate gives \"Eleventh February Two thousand and twenty four\" as her death."), [.error])
        XCTAssertEqual(severities("The meeting on the tenth of May, twenty twenty-three, agreed the plan."), [.warning])
        XCTAssertEqual(severities("On the third of March, two of them came."), [])
    }

    /// Development set 21: a place between the death and its date.
    func testAPlaceBetweenTheDeathAndItsDate() {
        XCTAssertEqual(severities("Agencies knew her before Idil's death at the family home on 14 March 2023."), [.error])
        XCTAssertEqual(severities("They met before her death, when, on 14 March 2023, she called."), [.warning])
    }

    /// Development set 22: a record's field label owns its value; a name written surname
    /// first before a bracketed date of birth.
    func testAFieldLabelOwnsItsValueAndASurnameFirstName() {
        XCTAssertEqual(
            severities("DOB       : 14-Feb-1991                Sex : F\nNHS No    : 992          Reg date : 09-Aug-2016"),
            [.error, .warning])
        XCTAssertEqual(severities("Date of birth as on her cedula: November 2, 1989."), [.error])
        XCTAssertEqual(severities("The occupants were QUENNELL, Tobias (17/02/1978) and another."), [.error])
    }

    /// Development set 24 (held-out set 22, spent): whose death, then where, before the date;
    /// fatal injuries in a chronology row; the start of the period under review.
    func testADeathOfSomeoneInAPlaceAndFatalInjuriesAndTheReviewPeriod() {
        XCTAssertEqual(severities("The review began after the death of Ieva in Fobwick on 17 June 2024."), [.error])
        XCTAssertEqual(
            severities(
                "| Date | Agency | Event |\n|---|---|---|\n| 17/06/2024 | Police | Officers attend. I found with fatal injuries. |"
            ),
            [.error])
        XCTAssertEqual(
            severities(
                "The Panel set the period under review as 1 September 2019, when they arrived, to the date of Ieva's death."),
            [.warning])
    }

    /// Development set 26 (held-out set 24, spent): a table's cell ends the search for `born`
    /// (rows reach the rule one after another, as the checked text of a chronology table);
    /// a long birthplace before a month and year of birth.
    func testTableCellsAndLongBirthplaces() {
        let row = "| 02/05/1981 | Adult R born in Leicester | June 2003 | Marriage in Leicester |"
        XCTAssertFalse(StructuredTest.scan(rule, row).map(\.matched).contains("June 2003"), "the marriage is no birth")
        XCTAssertEqual(
            severities("Saima was born in Dadyal, in the Mirpur district of Azad Jammu and Kashmir, in December 1998."),
            [.warning])
    }

    /// Development set 27 (held-out set 25, spent): the day someone would have reached an
    /// age is a birthday; a date of birth written in Polish, Romanian or Portuguese.
    func testBirthdaysAndDatesInOtherLanguages() {
        XCTAssertEqual(severities("She would have been 34 on 23 August 2024."), [.error])
        XCTAssertEqual(severities("He turned 18 on 3 May 2019, two weeks before the move."), [.error])
        XCTAssertEqual(severities("She was 34 on 23 August 2024 when she moved."), [.warning], "an event, not a birthday")
        XCTAssertEqual(severities("Her date of birth in the Polish document: 14 marca 1983."), [.error])
        XCTAssertEqual(severities("Data nașterii (date of birth): 3 martie 1990."), [.error])
        XCTAssertEqual(severities("Data de nascimento (date of birth): 14 de março de 1983."), [.error])
        // Welsh writes its months with a capital: an event, and a birth.
        XCTAssertEqual(severities("Ar 10 Mai 2014 ffoniodd yr IDVA."), [.warning])
        XCTAssertEqual(severities("Date of birth: 3 Mawrth 1990."), [.error])
    }

    /// Development set 28 (held-out set 26, spent): the day a document was published is no
    /// death, even with the death named before it.
    func testThePublicationOfAReviewIntoADeath() {
        XCTAssertEqual(
            severities("The summary of the review into the death of \"Adult K\" was published on 8 December 2025."),
            [.warning])
        XCTAssertEqual(severities("Adult K's death on 8 December 2025 was reviewed."), [.error])
    }

    /// Development set 29 (held-out set 27, spent): a date with its year's last two digits
    /// after an apostrophe; `the September of 1961`; the day an inquest into a pseudonym's
    /// death was opened.
    func testShortYearsMonthsOfAYearAndInquestsIntoAPseudonymsDeath() {
        XCTAssertEqual(severities("The assessment gives her date of birth as April 3rd, '58."), [.error])
        XCTAssertEqual(severities("Her profile read: Born May 20th, \u{2019}97. Views my own."), [.error])
        XCTAssertEqual(severities("Date of birth: 3rd April '87."), [.error])
        XCTAssertEqual(severities("Mum was born in the September of 1961, in the front bedroom."), [.warning])
        XCTAssertEqual(severities("In the September of 1961 the mine closed."), [])
        XCTAssertEqual(
            severities("The inquest into Adult F's death was opened on 10 August 2023 by the coroner."), [.warning])
        XCTAssertEqual(severities("Adult F's death on 10 August 2023 was reviewed."), [.error])
    }

    /// Development set 30 (held-out set 28, spent): a redaction log's row, a birth or death
    /// named in one cell and its date alone in the next.
    func testADateAfterACellNamingABirthOrADeath() {
        XCTAssertEqual(severities("| 3 | v1, 1.2 | Date of birth | 9th May 1930 | \u{201C}aged 92\u{201D} |"), [.error])
        XCTAssertEqual(
            severities("| 29a | Son\u{2019}s date of birth, quoted in the GP IMR | 17 January 1962 | aged 60 |"), [.error])
        XCTAssertEqual(severities("| 4 | Date of meeting | 8th October 2022 | Reviewer |"), [.warning])
        XCTAssertEqual(severities("| Police | 8 October 2022 | Adult K was seen. |"), [.warning])
    }

    /// Development set 31 (held-out set 29, spent): a gravestone's or a plaque's two dates, a
    /// lifetime apart; a killing on `the night of` a date far back in the sentence; a listing
    /// of reviews, whose `Published` column holds no death however its row describes one.
    func testLifeRangesNightsOfAndPublishedColumns() {
        XCTAssertEqual(
            severities("The stone says only her name and two dates, \u{201C}1989-02-14 \u{2013} 2024-03-09\u{201D}."),
            [.error, .error])
        XCTAssertEqual(
            severities("The plaque reads \u{201C}For Desi, who kept watch. 8.8.1995 \u{2013} 2.2.2025\u{201D}."),
            [.error, .error])
        XCTAssertEqual(
            severities("The review covers 1 January 2017 \u{2013} 27 October 2022 for every agency."), [.warning, .warning])
        XCTAssertEqual(severities("Employed: 03/05/1990 - 01/06/2020 at the packhouse."), [.warning, .warning])
        XCTAssertEqual(
            severities(
                "Adult K was 31 when she was killed by Adult V at the house in multiple occupation where they "
                    + "rented a room, on the night of 19 March 2023."), [.error])
        XCTAssertEqual(
            severities(
                "Adult K was 31 when she moved with Adult V to the house in multiple occupation where they "
                    + "rented a room, on the night of 19 March 2023."), [.warning])
        let listing = "| Reference | Name used | Published | What it is about |\n|---|---|---|---|\n"
        XCTAssertEqual(
            severities(listing + "| DHR 2023/02 | Mrs D | 8 September 2025 | A mother killed by her adult son |"), [.warning])
        let chronology = "| Date | Event |\n|---|---|\n"
        XCTAssertEqual(severities(chronology + "| 27 October 2022 | Mrs D is killed by her son at home. |"), [.error])
    }

    /// Development set 32 (held-out set 30, spent): born and died written `b.` and `d.`.
    func testBornAndDiedWrittenAsALetter() {
        XCTAssertEqual(severities("The slide was headed \u{201C}Vashti, b. April 3rd, \u{2019}56\u{201D}."), [.error])
        XCTAssertEqual(severities("The plaque reads (b. 12.3.1956, d. 14.6.2023)."), [.error, .error])
        XCTAssertEqual(severities("Dr J. B. April 3rd 2020 letter to the panel."), [.warning], "initials")
        XCTAssertEqual(severities("See section 4b. April 3rd 2020 was the panel's first meeting."), [.warning])
    }

    /// Development set 33 (held-out set 31, spent): a date of birth with a space after each
    /// stop, run together as a police system writes it; a month and year of birth with a stop,
    /// or year first.
    func testMoreWaysToWriteADateOfBirth() {
        XCTAssertEqual(severities("She was born 8. 8. 1998 in Brno."), [.error])
        XCTAssertEqual(severities("DOB 01MAR56 (PNC)."), [.error])
        XCTAssertEqual(severities("Her DOB is held as 06.1989."), [.warning])
        XCTAssertEqual(severities("Born 1996-05 in Porto."), [.warning])
        XCTAssertEqual(severities("The budget for 2011-12 rose; see section 2.1989."), [])
        XCTAssertEqual(severities("The panel met on 3. 4. 2021."), [.warning], "an event's date")
    }

    /// Development set 34 (held-out set 32, spent): months in Turkish and Greek, and a table
    /// of dates of birth quoted in a pasted email reply.
    func testTurkishAndGreekMonthsAndAQuotedTable() {
        XCTAssertEqual(severities("She was born 3 May\u{131}s 1990 in Sivas; he, 3 Mayis 1991."), [.error, .error])
        XCTAssertEqual(severities("He was born 5 \u{399}\u{3BF}\u{3C5}\u{3BB}\u{3AF}\u{3BF}\u{3C5} 1938 in Larnaca."), [.error])
        let quoted = ">> | Surname | Forename | DOB | Role |\n>> |---|---|---|---|\n>> | SMITH | Val | 26/04/1998 | victim |"
        XCTAssertEqual(severities(quoted), [.error])
    }

    /// Development set 35 (held-out set 33, spent): a month in Roman numerals, the year first
    /// as Korean, Chinese, Lithuanian and Hungarian documents write it, and eight digits run
    /// together after a keyword.
    func testRomanMonthsYearFirstAndEightDigits() {
        XCTAssertEqual(severities("Patient: DOB from NHS Spine 23.XI.1958."), [.error])
        XCTAssertEqual(severities("Date of birth: 23 XI 1958."), [.error])
        XCTAssertEqual(severities("Her date of birth is 1988년 12월 5일 in the letter."), [.error])
        XCTAssertEqual(severities("Her date of birth, 1988年12月5日, was given."), [.error])
        XCTAssertEqual(severities("Date of death: 2023 m. birželio 14 d."), [.error])
        XCTAssertEqual(severities("Born 1988. december 5. in Pécs."), [.error])
        XCTAssertEqual(severities("DOB:            20031027           Age at sentence: 19"), [.error])
        XCTAssertEqual(severities("Crime reference 20231027 was opened; see Part XI 2023."), [])
    }

    /// Development set 36 (held-out set 34, spent): a two-digit year with no apostrophe, and a
    /// year first with full stops, after a keyword only; a death review is a kind of review;
    /// a record's next field does not share the keyword of the field before.
    func testTwoDigitYearsYearFirstWithFullStopsAndDeathReviews() {
        XCTAssertEqual(severities("DOB        : 05 May 87  (35y)"), [.error])
        XCTAssertEqual(severities("Owner (per SIO): Dev   DOB 3 Jun 99"), [.error])
        XCTAssertEqual(severities("On 5 May 20 officers attended the training."), [])
        XCTAssertEqual(severities("The respondent, born 1982.11.11."), [.error])
        XCTAssertEqual(severities("Release 2023.10.12 of the case system was installed.", kind: .page), [])
        XCTAssertEqual(severities("## 5 March 2026 – Our first related death review", kind: .page), [])
        let record = "Owner: Dev   DOB 3 Jun 99\nNumber: 07700 900512\nExtraction: Full file system, UFED 7.62, 19/03/2024"
        XCTAssertEqual(severities(record, kind: .page), [.error])
    }

    /// Development set 37: a run-together `02Sept1942`, a Cornish month, a death later the same
    /// day, and a court's date after a killing word.
    func testRunTogetherSeptCornishMonthsSameDayDeathsAndCourtDates() {
        XCTAssertEqual(
            severities("| Surname | Forename | DOB |\n|---|---|---|\n| PENHALIGON | Morwenna | 02Sept1942 |"), [.error])
        XCTAssertEqual(severities("Hi a verwis dhe 6 mis Du 2024, died at home."), [.error])
        XCTAssertEqual(
            severities(
                "In the early hours of Saturday 14 January 2023, after an assault, Adult L stabbed him once. He died at the hospital later that morning."
            ), [.error])
        XCTAssertEqual(severities("The man who killed her appeared at Truro Crown Court on 7 March 2022."), [.warning])
        XCTAssertEqual(severities("Her partner, who murdered her, was sentenced on 7 March 2022."), [.warning])
        // A block of flats named like a court is no court.
        XCTAssertEqual(severities("She was found dead at Brunel Court on 22 February 2024."), [.error])
    }

    /// `on the evening of Tuesday 8 February 2022` reaches back through its sentence past the
    /// weekday, as `on the night of 19 March 2023` did (development set 38).
    func testAnEveningOfAWeekdayReachesBackToTheKilling() {
        XCTAssertEqual(
            severities(
                "This review looks at the death of Adult R, who was killed by her husband, Adult S, at their home on a hill farm in the valley on the evening of Tuesday 8 February 2022."
            ), [.error])
    }

    /// The table a date is in is found the same whether rows come in order or not, and in
    /// the text readers get, where a whole table is one line (issue 16: the walk back to the
    /// line's start is now remembered from the last date).
    func testTableColumnsRememberTheLastLineAndCellWithoutChangingAnswers() {
        let rows = (1...40).map { "| Adult \($0) | GP | 0\($0 % 9 + 1)/03/1980 | note |" }.joined(separator: "\n")
        let table = "| Name | Agency | Date of birth | Notes |\n|---|---|---|---|\n" + rows + "\n\nAfter the table."
        let oneLine =
            "Name Agency Date of birth | " + (1...40).map { "| Adult \($0) | 0\($0 % 9 + 1)/03/1980 |" }.joined(separator: " ")
        for sample in [table, oneLine] {
            let text = ScanText(sample, line: 1, column: 1)
            let offsets = Array(0..<text.scalars.count).filter { $0 % 7 == 0 }
            var remembering = TableColumns(text)
            let inOrder = offsets.map { remembering.birthColumnKeyword(at: $0) }
            let outOfOrder = offsets.reversed().map { remembering.birthColumnKeyword(at: $0) }
            let fresh = offsets.map { o -> String? in
                var columns = TableColumns(text)
                return columns.birthColumnKeyword(at: o)
            }
            XCTAssertEqual(inOrder, fresh)
            XCTAssertEqual(Array(outOfOrder.reversed()), fresh)
            var headings = TableColumns(text)
            XCTAssertEqual(
                offsets.map { headings.headings(at: $0).column },
                offsets.map { o -> String? in
                    var columns = TableColumns(text)
                    return columns.headings(at: o).column
                })
        }
        XCTAssertTrue(severities(table).allSatisfy { $0 == .error })
        XCTAssertEqual(severities(table).count, 40)
    }

    /// Development set 39: a Slovak letter's dates, the day with a full stop before the month,
    /// near Slovak words for born and died; Czech too. Never an English month after `2.`.
    func testSlovakAndCzechDatesNearTheirWordsForBornAndDied() {
        XCTAssertEqual(
            severities("Simony Lakatošovej, narodenej 2. septembra 1986, ktorá zomrela 4. novembra 2022."), [.error, .error])
        XCTAssertEqual(severities("Narozena 3. září 1990 v Brně."), [.error])
        XCTAssertEqual(severities("1. Introduction\n2. September 2021 meeting notes"), [])
        // Spanish too (development set 40).
        XCTAssertEqual(severities("En español: \"Mi hija nació el 6 de noviembre de 1993, con lluvia.\""), [.error])
    }

    /// Development set 39: a chronology row whose incident is a `Sudden death`, or which says
    /// the person was `Found hanging`, dates the death; a sudden pain or a hanging basket does not.
    func testASuddenDeathAndFoundHangingInAChronologyRow() {
        XCTAssertEqual(severities(table("| 30 | 06/10/2023 | Police | Sudden death | Non-suspicious at scene. |")), [.error])
        XCTAssertEqual(severities(table("| 29 | 06/10/2023 | Ambulance | 999 call | Found hanging. |")), [.error])
        XCTAssertEqual(
            severities(table("| 12 | 06/10/2019 | GP | Review | Sudden onset of pain; hanging basket fell. |")), [.warning])
    }

    /// Development set 41: `took her own life`, an order of service's middle dot between the
    /// dates of birth and death, Ukrainian months; a death word with a day of its own after
    /// an earlier date.
    func testOwnLifeMiddleDotsUkrainianMonthsAndADeathDatedAfter() {
        XCTAssertEqual(severities("Rufaro was 40 when she took her own life on Sunday 14 April 2024."), [.error])
        XCTAssertEqual(severities("On 14 April 2024 her life changed."), [.warning])
        XCTAssertEqual(severities("23rd June 1990 &nbsp;&middot;&nbsp; 17th February 2022"), [.error, .error])
        XCTAssertEqual(severities("> Дата народження: 19 липня 1981 р."), [.error])
        XCTAssertEqual(
            severities("**11/10/2021 09:05.** IDVA informed by police that client died on Saturday 9 October. Case closed."),
            [.warning])
        // (Without a day of its own the entry is still the day the news came: development set
        // 43's writer left such dates unmarked, twenty-second session.)
        XCTAssertEqual(severities("**11/10/2021 09:05.** IDVA informed by police that client died. Case closed."), [.warning])
        XCTAssertEqual(severities("**11/10/2021 09:05.** Client died. Police informed the IDVA. Case closed."), [.error])
    }

    /// Development set 41: a phrase set in commas between the keyword and the date, `late on`,
    /// a death at the scene three sentences on; an export's field owns its value.
    func testAPhraseInCommasLateOnAThirdSentenceAndAnExportsField() {
        XCTAssertEqual(severities("Her date of birth, written on the cover, was given as 14.03.1986."), [.error])
        XCTAssertEqual(severities("The death of Adult J, and a correction made on 14 October 2026."), [.warning])
        XCTAssertEqual(
            severities(
                "Mai was 28 when she was killed by her partner, Mr H, in the flat above a row of shops on the Portway in "
                    + "Staneway, late on 30 November 2023. She had come to the UK in 2019."),
            [.error])
        XCTAssertEqual(
            severities(
                "On the evening of Saturday 9 October 2021, Mr K stabbed Asha in the kitchen. Child A called 999. "
                    + "Crews arrived within nine minutes. Asha died at the scene."),
            [.error])
        let export = "{\n  \"submitted\": \"2023-12-06\",\n  \"consent\": \"N/A - deceased\"\n}"
        XCTAssertEqual(severities(export), [.warning])
        XCTAssertEqual(severities("{\n  \"date_of_death\": \"2023-11-30\"\n}"), [.error])
    }

    /// An outside read of the nineteenth session's change: an attempt on or a fear for one's own
    /// life, a clause after `, and`, time moving on before a death at the scene, dates in a
    /// list with bullets, a death's own day with an ordinal; capitalised Ukrainian words.
    func testWhatTheOutsideReadFoundInTheNewDateChecks() {
        for text in [
            "On 12 March 2021 she tried to take her own life and was taken to hospital.",
            "She attempted to take her own life on 5 June 2020.",
            "On 12 March 2021 she told her GP she feared for her own life.",
            "Adult L died in hospital, and her brother, who was 12, was placed in care on 4 May 2023.",
            "On 3 May 2023 police attended a disturbance. Over the following months the abuse got worse. "
                + "In the autumn he attacked her again. She died at the scene.",
            "| 12/03/2001 • 15/06/2019 | GP |",
            "Asha was stabbed on 9 October 2021 and died on 11th October.",
        ] {
            XCTAssertFalse(severities(text).contains(.error), text)
        }
        XCTAssertEqual(severities("Народився 19 липня 1981 р."), [.error])
    }

    /// Development set 42: a passport's dates of issue and expiry after its date of birth, an
    /// export's own date, and a phone that died.
    func testADocumentsOwnDatesAndAThingThatDied() {
        XCTAssertEqual(
            severities("Date of birth         27 AUG 1983\nDate of issue 12 JAN 2010   Date of expiry 11 JAN 2015"),
            [.error, .warning, .warning])
        XCTAssertEqual(severities("\"Generated 2022-07-04 09:12\",\"DOB\""), [.warning])
        XCTAssertEqual(severities("| Sat 22/10/22 | 15:00 | \"Phone died\" |"), [.warning])
        XCTAssertEqual(severities("On 22/10/22 her battery was dead."), [.warning])
        XCTAssertEqual(severities("On 22/10/22 she died."), [.error])
    }

    /// Development set 42: a date of birth read aloud in a transcript, its day and year in
    /// words; a death told as `could not be revived` the sentence after.
    func testADateReadAloudAndCouldNotBeRevived() {
        XCTAssertEqual(
            severities("Her birthday, the Home Office had it right, fourteen March nineteen ninety-four. In"), [.error])
        XCTAssertEqual(severities("She was born on twenty-one June two thousand and three."), [.error])
        XCTAssertEqual(severities("The three May 2020 meetings were held."), [])
        XCTAssertEqual(
            severities(
                "She was 63 when, early on the morning of 3 February 2025, she drove to the harbour. She was brought "
                    + "ashore by the lifeboat, but could not be revived."), [.error])
        XCTAssertEqual(
            severities("On 3 February 2025 she drove to the harbour. She was brought ashore and revived."), [.warning])
    }

    /// Twenty-first session, an outside read: a thing in a phrase about the person (`struck by
    /// the car`) does not make the death a thing's; `expired` is a clinical record's death;
    /// `could not be revived` in the date's own sentence, and only of a person; a day and year
    /// read aloud are masked whole.
    func testOutsideReadOfTheTwentiethSessionsDateRules() {
        XCTAssertEqual(severities("The pedestrian struck by the car died on 3 May 2021."), [.error])
        XCTAssertEqual(severities("The cyclist hit by the van died on 5 May 2021."), [.error])
        XCTAssertEqual(severities("Hospital record: Adult R died on the ward, expired 15/05/2021 at 03:12."), [.error])
        XCTAssertEqual(severities("Adult R was pulled from the river on 7 May 2021 but could not be revived."), [.error])
        XCTAssertEqual(severities("The tenancy ended on 11 May 2021. The agreement could not be revived."), [.warning])
        XCTAssertEqual(severities("Her phone was smashed on 12 May 2021. It could not be revived."), [.warning])
        let found = StructuredTest.scan(rule, "She was born on twenty-one June two thousand and three.")
        XCTAssertEqual(found.count, 1)
        XCTAssertFalse(found.first?.message.contains("***-***") == true, found.first?.message ?? "")
        XCTAssertTrue(found.first?.message.contains("(** June ****)") == true, found.first?.message ?? "")
    }

    /// Twenty-second session, the outside read's lesser misses: a date written month first with
    /// its day in words (`June the third`), and a year's last two digits read aloud
    /// (`ninety-eight`), a date only near a keyword; an ordinal's letters are masked with the day.
    func testMonthFirstDaysInWordsAndShortYearsReadAloud() {
        for text in [
            "She was born on June the 3rd, 1984.", "She was born on June the third, 1984.",
            "She was born on June third, 1984.", "She was born June the third nineteen eighty-four.",
            "She was born on the third of June, eighty-four.", "Her mother gave her birthday as the fourteenth of March, ninety.",
            "He died on the twenty-first of May, ninety-eight.",
        ] {
            XCTAssertEqual(severities(text), [.error], text)
        }
        XCTAssertEqual(severities("On the third of June, ninety-eight officers attended."), [])
        XCTAssertEqual(severities("On June the third, ninety-eight thousand pounds were paid."), [])
        XCTAssertEqual(severities("On June the third, 2021 the GP saw Adult R."), [.warning])
        for (text, masked) in [
            ("She was born on June the 3rd, 1984.", "(June the **, ****)"), ("She was born on 23rd May 1984.", "(** May ****)"),
            ("She was born on May 21st, 1984.", "(May **, ****)"), ("She was born on 21 May 1984.", "(** May ****)"),
        ] {
            let message = StructuredTest.scan(rule, text).first?.message ?? ""
            XCTAssertTrue(message.contains(masked), message)
            XCTAssertFalse(message.contains("rd") || message.contains("st,"), message)
        }
    }

    /// Development set 43: a dated entry that records the news of a death (a report word, then
    /// the death) is the day someone heard of it, in running text, a log's line or a table's
    /// row; the death's own date in the same entry, and an entry that says the death, still are.
    func testTheDaySomeoneHeardOfADeathIsNoDateOfDeath() {
        XCTAssertEqual(severities("**10/03/2024 – welfare officer.** Heard from the coach that Eli's mum has died."), [.warning])
        let table = "| Date | By | Note |\n|---|---|---|\n"
        XCTAssertEqual(severities(table + "| 11/03/2024 | DSL | Informed by police that K's mother has died. |"), [.warning])
        XCTAssertEqual(severities("**17/09/2023** – Adviser saw local news: a young woman had died on a farm."), [.warning])
        XCTAssertEqual(severities("The operator rang on 16 September 2023 to tell her mother of her death."), [.warning])
        XCTAssertEqual(
            severities("**11/03/2024 – note.** Informed by the police that T1 died at the property on 09/03/2024."),
            [.warning, .error])
        XCTAssertEqual(severities(table + "| 12/03/2024 | DSL | Mother died at home. |"), [.error])
        XCTAssertEqual(severities("**3 May 2021** – Adult A died in hospital. Police informed the family."), [.error])
    }

    /// Development set 44: a date under `Week beginning` is a week's first day, not the day of
    /// the row's event.
    func testAWeekBeginningIsNoDayOfDeath() {
        let header = "| Week beginning | Mon | Note |\n|:--|:-:|:--|\n"
        XCTAssertEqual(severities(header + "| 25/09/2023 | — | Student died |"), [.warning])
        XCTAssertEqual(severities("| Date | Mon | Note |\n|:--|:-:|:--|\n| 25/09/2023 | — | Student died |"), [.error])
    }

    /// A front-matter string ends where a date read aloud is cut off: no word past the end is read.
    func testADateReadAloudCutOffAtTheEndOfAField() {
        for text in [
            "born June twenty-", "born June the third,", "born June the third, ninety-", "born the third of June, ninety",
            "born the third of June, ninety ", "born June third, eighty", "born June the twenty",
        ] {
            _ = StructuredTest.scan(rule, text, kind: .dhr, field: "summary")
            _ = StructuredTest.scan(rule, text, kind: .dhr, field: nil)
        }
        XCTAssertEqual(severities("born the third of June, ninety", field: "summary"), [.error])
    }

    /// Development set 45: a record's field giving only the year of birth is a warning with
    /// the year masked; a year after `born in` stays quiet; the second day of a night written
    /// `2/3 November 2024` is a date of its own.
    func testSetFortyFiveYearOfBirthFieldsAndTwoNights() {
        for text in ["DOB 1984 (age 38)", "DOB ??/??/1981", "DOB: XX/XX/1990", "Year of birth: 1979"] {
            let found = StructuredTest.scan(rule, text, kind: .dhr)
            XCTAssertEqual(found.map(\.severity), [.warning], text)
            XCTAssertEqual(found.first?.message.hasPrefix("year of birth (****)"), true, text)
        }
        XCTAssertEqual(severities("She was born in 1984 in Cardiff."), [])
        XCTAssertEqual(
            StructuredTest.scan(rule, "on the night of 2/3 November 2024", kind: .dhr).map(\.matched), ["3 November 2024"])
        XCTAssertEqual(severities("He sold 2/3 of the stock in 2024."), [])
    }

    /// The census's most spoken main languages in Latin or Cyrillic letters, and those of
    /// development sets 38, 42 and 43: their months after a day, their words for born and
    /// died; French `née` is born only before `le`, for English writes it before a maiden name.
    func testMonthsAndBirthWordsOfTheCensusLanguages() {
        for text in [
            "Nata il 30 maggio 1941 a Bardi.", "Geboren am 3. März 1990 in Köln.", "Lindur më 7 korrik 1985.",
            "Роден на 12 април 1979 г.", "Dzimis 1985. gada 3. martā Rīgā.", "Tarikh lahir: 9 Julai 2002.",
            "Sündinud 3. veebruaril 1975.", "Ipinanganak noong 14 Hunyo 1988.", "Date de naissance : 1er janvier 1986",
            "Ma sœur, née le 12 janvier 1986 à Kinshasa.", "Hooyadey waxay dhashay 4 Maarso 1970.",
            "Geboren op 2 mei 1980.", "Verstorben am 4. Oktober 2023.",
        ] {
            XCTAssertEqual(severities(text), [.error], text)
        }
        XCTAssertEqual(severities("The panel met in Calais on 12 janvier 2024."), [.warning])
        XCTAssertEqual(severities("Rosie Buckland (née Loveridge) married Adult B on 3 May 2001."), [.warning])
    }

    /// Development set 48: Bosnian, Serbian, Croatian and Slovene months in the genitive a date
    /// uses, after a day and its full stop, and their words for born and died.
    func testBosnianCroatianSerbianAndSloveneMonths() {
        for text in [
            "Adult A was born in Tuzla on 4. aprila 1981., as her sister wrote it.", "Rođena 4. aprila 1981. u Tuzli.",
            "Preminula je 12. listopada 2023.", "Rojena 3. avgusta 1990.", "Rodjen 9. septembra 1975.",
        ] {
            XCTAssertEqual(severities(text), [.error], text)
        }
        XCTAssertEqual(severities("The class met on 4. aprila 2023. in the hall."), [.warning])
    }

    /// Development set 48: a record's `DOB` field owns the date right after it, not a date in
    /// brackets on the next line; a list of dates after `DOB` on one line still shares it.
    func testADOBFieldOverTheNextLinesDate() {
        XCTAssertEqual(
            severities(
                "Patient: Mr K HOLLINGSWORTH   DOB 23-Oct-1954\n [ALERT] Firearms cert holder (12-Jul-2021)   [ALERT] COPD"),
            [.error, .warning])
        XCTAssertEqual(severities("DOB 23/10/1954 and 23/10/1955 in two records."), [.error, .error])
    }

    /// Development set 49: the date of a murder or a manslaughter named before it; not of an
    /// attempted one.
    func testTheDateOfAMurderNamedBeforeIt() {
        XCTAssertEqual(
            severities("You have been convicted by the jury of the murder of Antonia De Marco on 17 January 2023."), [.error])
        XCTAssertEqual(severities("He was charged with her murder on 3 May 2022."), [.error])
        XCTAssertEqual(severities("He was convicted of the attempted murder of Ben Cole on 3 May 2022."), [.warning])
        XCTAssertEqual(severities("He was charged with her murder. On 19 May 2023 the chair wrote."), [.warning])
    }

    /// Development set 52: a form's date typed with spaces, near its keyword only; a date in
    /// brackets after a child's given name.
    func testASpacedFormDateAndAChildsDateInBrackets() {
        XCTAssertEqual(severities("| A4 | Date of birth | 03 11 1945 |"), [.error])
        XCTAssertEqual(severities("Scores 03 11 1945 and 12 04 1988 in the table."), [])
        XCTAssertEqual(severities("Has the children incl Paige (02/02/2013)."), [.error])
        XCTAssertEqual(severities("The GP saw Paige (02/02/2013) about her cough."), [.warning])
    }

    /// Development set 54: a fixed-width record's column headed `DOB`, full dates and months
    /// and years; a column under another heading is not.
    func testAFixedWidthRecordsDOBColumn() {
        let record = """
             NHS no.        Name                       DOB         Reg.
             214 479 0604   Limbu, Dhan Kumari (Mrs)    14-Feb-1955   2013
             540 302 2635   Limbu, Bikash (Mr)          Jul-1981   2014
             658 077 4355   Limbu, Sujata (Miss)        22-Sep-2008   2014
            """
        XCTAssertEqual(severities(record), [.error, .warning, .error])
        let other = """
             Ref            Name                       Opened      Reg.
             214/0604       Limbu (Mrs)                14-Feb-2015   2013
            """
        XCTAssertEqual(severities(other), [.warning])
    }

    /// Development set 59: a row pasted from a spreadsheet, its cells parted by tabs, under a
    /// `DOB` heading; the date in a later cell (the arrival's) is not listed with it.
    func testASpreadsheetsDOBColumnPartedByTabs() {
        let sheet =
            "Van\tBerth\tSurname\tFirst name\tDOB\tNationality\tArrived\n"
            + "C12\tD1\tKARIMOVA\tDilnoza\t04/04/1996\tUZB\t08/06/22\n"
            + "C14\tD2\tKARIMOV\tSardor\t19/11/1993\tUZB\t09/06/22\n"
        XCTAssertEqual(severities(sheet), [.error, .warning, .error, .warning])
    }

    /// Development set 48: a chronology table's row led by a month and year, `born` in the
    /// next cell; not in a later cell.
    func testAChronologyRowOfABirth() {
        XCTAssertEqual(severities("| Jul 2022 | Child E born at the Royal Infirmary | Maternity |"), [.warning])
        XCTAssertEqual(severities("| Jun 2003 | Marriage | Sister born abroad |"), [])
    }

    /// Development set 46: a form's date typed with a space either side of each slash, near
    /// its keyword only; a labelled field's date is not dated by the next line's `DOB`.
    func testSpacedSlashesAndAFieldOverTheNextLinesDOB() {
        XCTAssertEqual(severities("DOB: 11 / 6 / 71    Sex: F"), [.error])
        XCTAssertEqual(severities("Scores were 3 / 4 / 12 and 11 / 6 / 71 overall."), [])
        XCTAssertEqual(
            severities("> Emp no: 40417   Team: Nights C   Start: 02/09/2013\n> DOB: 14/02/1979"), [.warning, .error])
    }

    /// Development set 46: an attack on a date, and the conviction for murder it led to told
    /// in the sentences after, date the death; an attempted murder does not.
    func testAnAttackAndTheMurderConvictionAfterIt() {
        XCTAssertEqual(
            severities(
                "On 22 March 2025 Ravi waited in the yard and stabbed her. Her landlord called 999. "
                    + "He was convicted of murder and sentenced to life imprisonment."),
            [.error])
        XCTAssertEqual(
            severities("On 3 May 2022 he stabbed her in the arm. He was convicted of attempted murder."), [.warning])
        XCTAssertEqual(severities("On 3 May 2022 he stabbed her in the arm. She recovered in hospital."), [.warning])
    }

    /// Development set 47: `before Rose` then `died` on the next line of the paragraph measures
    /// the date from the death, as on one line.
    func testBeforeADeathAcrossALineBreak() {
        XCTAssertEqual(
            severities("4.4 The entries for 1 December 2022 were not known to the police before Rose\ndied. No agency knew."),
            [.warning])
    }

    /// Development set 60: a funeral's order of service gives a life's dates as `Sunrise` and
    /// `Sunset`; a sunset's time on a day is no death.
    func testSunriseAndSunsetInAnOrderOfService() {
        XCTAssertEqual(severities("**Sunrise: 2nd December 1970, Freetown, Sierra Leone**"), [.error])
        XCTAssertEqual(severities("**Sunset:** 14th July 2023, Nunsfield"), [.error])
        XCTAssertEqual(severities("The walk was timed for sunset on 14 July 2023, by the river."), [.warning])
    }

    /// Development set 61: a call log's date of birth as eight digits after `DOB`; not a
    /// reference number, nor eight digits without the label.
    func testADateOfBirthWrittenAsEightDigits() {
        XCTAssertEqual(severities("CALLER   : BENKIRANE FATIMA  (VICTIM)   DOB 05041988"), [.error])
        XCTAssertEqual(severities("D.O.B.: 19880405"), [.error])
        XCTAssertEqual(severities("Incident ref 05041988, log 31129999."), [])
        XCTAssertEqual(severities("DOB 99041988"), [])
    }

    /// Development set 66: an aside in brackets between a period's first date and `to … death`.
    func testAPeriodsFirstDateBeforeAnAsideInBrackets() {
        XCTAssertEqual(
            severities("1.2 The review covered 1 March 2021 (Adil's sentence) to Nazira's death, with a summary."),
            [.warning])
        XCTAssertEqual(severities("She died on 1 March 2021 (a Monday) at home."), [.error])
    }

    /// Development set 67: a killing dated after who and where (`before she was killed by her
    /// husband, Vikram, at their home … on 9 March 2023`), not after a clause of its own; a
    /// record's person, their sex and the date.
    func testAKillingDatedAfterWhoAndWhereAndARecordsSexThenDate() {
        XCTAssertEqual(
            severities(
                "1.1 It examines the three years before she was killed by her husband, Vikram, at their home on the "
                    + "edge of Chilbury village on 9 March 2023. She was 34."),
            [.error])
        XCTAssertEqual(
            severities("In the month before she was killed by her husband she called twice, on 9 March 2023."), [.warning])
        XCTAssertEqual(
            severities("  SUSP  : ZEDDA EFISIO           M   07/10/1972   Sports coach\n  Seen by PC SMITH on 12/03/2023 at HQ."),
            [.error, .warning])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 68: a killing told in the present (`Gary kills Edith`), a month and
    /// year in brackets after a name in capitals whose surname is an ordinary word, and a
    /// record's next field, labelled with a bracket, after `DOB:` on the same line.
    func testAKillingInThePresentABracketedMonthAndYearAndABracketedLabel() {
        XCTAssertEqual(
            severities("  - On 14 August 2023, a Monday, the night before market day, Gary kills Edith in the kitchen."),
            [.error])
        XCTAssertEqual(severities("CALLER STATES BROTHER IS WAYNE BULLOCK (MAR 74), DRINKS,"), [.warning])
        XCTAssertEqual(severities("Annual Report (Mar 24) and the Good Practice Guide (Jun 23)"), [])
        XCTAssertEqual(
            severities(
                "giving different dates of birth a year apart (June 1986 and June 1987). She left in May 2019 and June 2020."),
            [.warning, .warning])
        // (The month and year of birth is a warning; the release date no date of birth.)
        XCTAssertFalse(
            severities("DOB:       07/1985                     CAT: C                 RELEASE (CRD): 26/10/2022")
                .contains(.error))
    }
}

extension DateOfBirthRuleTests {
    /// Development set 69: a month and year of birth after a birthplace that is a home (`born
    /// in the farmhouse in February 1976`) or written in another language (`juin 1986`).
    func testAMonthAndYearOfBirthAtHomeOrInAnotherLanguage() {
        XCTAssertEqual(severities("Robert was born in the farmhouse in February 1976 and had lived there."), [.warning])
        XCTAssertEqual(severities("Omar was born in Senegal in juin 1986 (as his passport gives it)."), [.warning])
        XCTAssertEqual(severities("They moved to the farmhouse in February 1976."), [])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 70: a labelled field (`**Start date:** 03/03/2011`) owns its date, though
    /// `**DOB (from HR):**` starts the next line, or follows it in the text readers get.
    func testALabelledFieldOwnsItsDateBeforeTheNextFieldsKeyword() {
        // (One error each, the date of birth's; the start date is an event's.)
        for text in [
            "**Role:**\tTeam Leader, Chilled Pick (12 pickers)\t**Start date:** 03/03/2011\n**DOB (from HR):**\t11.04.1978",
            "Role:\tTeam Leader, Chilled Pick (12 pickers)\tStart date: 03/03/2011 DOB (from HR):\t11.04.1978",
        ] {
            XCTAssertEqual(
                StructuredTest.scan(rule, text, kind: .dhr).filter { $0.severity == .error }.map(\.matched), ["11.04.1978"],
                text)
        }
    }
}

extension DateOfBirthRuleTests {
    /// Development set 70: a killing by someone, dated with `on` at the end of a long sentence;
    /// a feared one is no death.
    func testAKillingDatedAtTheEndOfALongSentence() {
        XCTAssertEqual(
            severities(
                "Rose was killed by her partner of six years, Adult R, at their flat in the Old Town of Swinbridge on 26 August 2022."
            ),
            [.error])
        XCTAssertEqual(
            severities(
                "She feared being killed by her partner of six years, Adult R, at their flat in the Old Town of Swinbridge on 26 August 2021."
            ).filter { $0 == .error },
            [])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 71: a dated entry's heading, then a death that happened "this morning":
    /// the heading's date is the day of the death. A death told of without a same-day word is
    /// news of an older one, and stays an event.
    func testAnEntrysDateOverADeathThisMorning() {
        XCTAssertEqual(
            severities(
                "**05/11/2024 – Notification**\n\nPolice informed the hospice that Mr and Mrs R were found deceased at home this morning by their daughter."
            ),
            [.error])
        XCTAssertEqual(
            severities(
                "**05/11/2024 – Home visit**\n\nShe talked about her brother, who had died in prison in the spring, and about her hopes for the summer."
            ).filter { $0 == .error },
            [])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 72: a date on a record's line is not the date of birth of a `DOB` label
    /// that starts a later line with a value of its own, nor of one a field's label stands
    /// between (the text readers get joins the lines).
    func testADateBeforeAnotherFieldsDateOfBirth() {
        XCTAssertEqual(
            severities(
                "SUBJECT 2  (perpetrator)          source: police scoping return 12/06/25\nName        HUGHES-GALLARDO, Ricardo\nDOB         11/1976  (Trelew, ARG)"
            )
            .filter { $0 == .error }, [])
        XCTAssertEqual(
            severities(
                "Children: Faki, DOB 21/10/2014, Year 3 Referring agency: Mendle DAS following police DA incident 30/10/22"),
            [.error, .warning])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 73: a news item's date, whose first sentence says what was published
    /// that day, is no date of death though its next sentence tells of one; a death in the
    /// entry's own first sentence still dates it.
    func testANewsItemsPublicationDate() {
        XCTAssertEqual(
            severities(
                "**30 June 2025 — DHR 2024/02 published.** The review into the death of Mrs I, a mother killed by her son."),
            [.warning])
        XCTAssertEqual(severities("**30 June 2025 — Mrs I was killed by her son.** The review was published later."), [.error])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 69: a guilty plea to murder after the attack the date's sentence tells;
    /// not a plea to another charge.
    func testAGuiltyPleaToMurderAfterTheAttack() {
        XCTAssertEqual(
            severities(
                "On the evening of 2 April 2024, in the middle of lambing, Robert shot Heather in the farmhouse kitchen, "
                    + "and then rang 999. He pleaded guilty to murder."),
            [.error])
        XCTAssertEqual(
            severities("On 2 April 2024 Robert shot at a fox near the farmhouse. He pleaded guilty to a firearms offence."),
            [.warning])
    }
}

extension DateOfBirthRuleTests {
    private func lifeDates(_ text: String) -> [String] {
        StructuredTest.scan(rule, text).filter { $0.rule == .dateOfBirth }.map(\.matched)
    }

    /// Development set 57: a bold `DOB:` field owns its own date, so dates in a list further
    /// down that start under its column are not dates of birth.
    func testABoldDOBFieldOwnsItsDate() {
        let note = """
            - **Client:** Beth
            - **DOB:** 30/04/1999
            - **Role:** Stable lass
            - **Contacts:**
              1. *06/12/2023, yard office, 45 mins.*
              2. *08/12/2023, letter sent to head lad.*
            """
        XCTAssertEqual(lifeDates(note), ["30/04/1999"])
    }

    /// Development set 57: a corrections log's dates and a correction's own date are the days
    /// the page changed, whatever the change says of a death.
    func testACorrectionsDateIsNoDateOfDeath() {
        let log = """
            | Date | Page | What we changed |
            |---|---|---|
            | 4 Mar 2026 | News, "A walk" | Removed the name of the woman who died and of her guest house. |
            """
        XCTAssertEqual(lifeDates(log), [])
        XCTAssertEqual(lifeDates("> **Correction, 4 March 2026.** An earlier version of this item named the woman who died."), [])
        // (A date of birth put right in a record is still one: development set 80.)
        XCTAssertEqual(
            lifeDates("the ED triage line read \"FERREIRA, ANA LUISA DOB 1984-03-02... correction 02-03-1992 (PT format)\""),
            ["1984-03-02", "02-03-1992"])
        // (A chronology's row still dates a death.)
        XCTAssertEqual(lifeDates("| Date | Event |\n|---|---|\n| 4 Mar 2026 | Adult R died in hospital. |"), ["4 Mar 2026"])
    }

    /// Development set 57: a record's name in capitals, then the month and year of birth.
    func testMonthAndYearAfterANameInCapitals() {
        let found = StructuredTest.scan(rule, "21:41 OCCUPANTS PER ELECTORAL/SFA: SAKIUSA WAQANIVALU 06/1988,")
        XCTAssertEqual(found.map(\.matched), ["06/1988"])
        XCTAssertEqual(found.first?.severity, .warning)
        XCTAssertEqual(
            StructuredTest.scan(rule, "OP SHEARLING / DHR BFCSP 03/2021 RESTRICTED").filter { $0.rule == .dateOfBirth }, [])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 79: a record's name in capitals, padded by two spaces, then a full date.
    func testAFullDateAfterANameInCapitals() {
        XCTAssertEqual(lifeDates("SUBJECT 1: PICKLES WAYNE ANTHONY  30/08/1961  -  NO TRACE"), ["30/08/1961"])
        XCTAssertEqual(lifeDates("REQ BY: DHR PANEL (WYP REP)   DATE: 02/02/2023"), [])
    }

    /// Development set 79: a chronology row whose cell gives the death its own date; the row's
    /// date, the evening before, is the attack's.
    func testARowWhoseCellDatesTheDeathItself() {
        let row = """
            | Date | Agency | Event |
            |---|---|---|
            | 18 February 2023 | Police | 999 call at 23:41. Adult R pronounced dead at 00:37 on 19 February 2023. |
            """
        XCTAssertEqual(lifeDates(row), ["19 February 2023"])
        XCTAssertEqual(lifeDates("| Date | Event |\n|---|---|\n| 4 Mar 2026 | Adult R died in hospital. |"), ["4 Mar 2026"])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 82: Welsh `dod` (come) in a Welsh notebook's entry is no date of death.
    func testWelshDodIsNoDateOfDeath() {
        XCTAssertEqual(lifeDates("**9 Medi 2022.** Hari yn dod eto. Dod â bara brith i bawb."), [])
        XCTAssertEqual(lifeDates("DOD 9 September 2022, at home."), ["9 September 2022"])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 83: a killing someone fears will be said is no death on that date.
    func testAFearedKillingIsNoDateOfDeath() {
        XCTAssertEqual(lifeDates("**06/11/2022 20:05** Ashu: If I dont go back they will say I killed her"), [])
        XCTAssertEqual(lifeDates("On 6 November 2022 he killed her at the flat."), ["6 November 2022"])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 81: a page's versions (`published …, replaced …`) are no births, though
    /// the sentence speaks of a date of birth.
    func testAPagesReplacedVersionIsNoBirth() {
        XCTAssertEqual(
            lifeDates(
                "The first version (published 7 July 2025, replaced 9 July 2025) included the date of birth and the phone number."
            ),
            [])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 84: the killer's name or pseudonym set in commas between `killed by` and
    /// `on` and the date; a call's date after `before her death` and a comma is still the call's.
    func testADeathDateAfterTheKillersNameInCommas() {
        XCTAssertEqual(
            severities("Agencies responded before she was killed by her former partner, Adult K, on 22 October 2022."),
            [.error])
        XCTAssertFalse(severities("Five weeks before her death, on 2 March 2024, she called the police.").contains(.error))
    }
}

extension DateOfBirthRuleTests {
    /// Development set 90: a custody record's `D.O.D.` dates a death.
    func testADottedDateOfDeath() {
        XCTAssertEqual(severities("OFFENCE: MURDER (SUSPECTED) OF [AMRIT]  D.O.D. 03/06/2024"), [.error])
        XCTAssertEqual(
            StructuredTest.scan(rule, "D.O.B. 03/03/1938 — D.O.D. 14/01/2024").last?.message.contains("'D.O.D.'"), true)
    }
}

extension DateOfBirthRuleTests {
    /// Development set 92: a month of birth with its year written short after an apostrophe.
    func testAMonthOfBirthWithAnApostrophesYear() {
        let f = StructuredTest.scan(rule, "His DOB on the form — born Feb '79 — so he's 43 not 40.")
        XCTAssertEqual(f.map(\.matched), ["Feb '79"])
        XCTAssertEqual(f.first?.severity, .warning)
        XCTAssertEqual(StructuredTest.scan(rule, "The Feb '79 floods closed the road."), [])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 95: a chat's sender whose nickname is Italian for born (`Nata`) does not
    /// make the timestamp's date a birth's; `nata` in an Italian sentence still does.
    func testASendersNicknameThatIsAWordForBorn() {
        XCTAssertEqual(StructuredTest.scan(rule, "14/07/2021, 23:12 - Nata Baucau 💛: Mana you awake?").map(\.rule), [.eventDate])
        XCTAssertEqual(StructuredTest.scan(rule, "Era nata 3 maggio 1980 a Napoli.").map(\.rule), [.dateOfBirth])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 102: a date of birth's label with its own (redacted) value is no label
    /// for a date on a later line; a label whose value is on the next line still is. A killing
    /// by someone, then a place after a comma, dates the death.
    func testALabelWithItsOwnValueAndAKillingAfterAPlace() {
        XCTAssertEqual(
            StructuredTest.scan(
                rule, "PATIENT : METCALFE   DOB: ██/██/1961   NHS NO: none\n14/04/2020  LETTER FIREARMS LICENSING"
            )
            .map(\.rule), [.eventDate])
        XCTAssertEqual(StructuredTest.scan(rule, "DOB:\n14/04/1980").map(\.rule), [.dateOfBirth])
        XCTAssertEqual(
            StructuredTest.scan(
                rule,
                "Woman K was killed by her husband, Husband M, on the transit site at Greets Lane,\nnear Hawksby, on 12 March 2022."
            ).map(\.rule), [.dateOfBirth])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 95: a key-and-value table's first row is no heading (its `DOB` cell holds
    /// a date), and a date of birth's label with its value straight after it, on a line above,
    /// labels no later date.
    func testAKeyValueTablesFirstRowAndALabelWithItsValue() {
        let table = "| Victim | Natalina – DOB 21/06/1988 – Timorese |\n|---|---|\n| Risk | DASH 16 – incident 22/01/22 |"
        XCTAssertEqual(StructuredTest.scan(rule, table).map(\.rule), [.dateOfBirth, .eventDate])
        XCTAssertEqual(
            StructuredTest.scan(rule, "Perpetrator – DOB 17/11/1984 – deckhand\nChildren none\nincident 22/01/22 at the room")
                .map(\.rule), [.dateOfBirth, .eventDate])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 99: an event's date after the bracket holding a date of birth is no
    /// second date of birth.
    func testAnEventsDateAfterABracketedDateOfBirth() {
        XCTAssertEqual(
            StructuredTest.scan(rule, "Record merged with duplicate (DOB 5.11.79, NHS none) on 2 Aug 2021. Tel on file.")
                .map(\.rule), [.dateOfBirth, .eventDate])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 94: a date's sentence, then someone found dead in the next; not when the
    /// next sentence moves on in time.
    func testADateThenSomeoneFoundDeadInTheNextSentence() {
        let text =
            "1.3 On the morning of 8 June 2023, Adult P telephoned 999 and said that he had \"let my mother go to God\". Police found Malini dead in her bedroom."
        XCTAssertEqual(StructuredTest.scan(rule, text).map(\.rule), [.dateOfBirth])
        XCTAssertEqual(
            StructuredTest.scan(rule, "On 8 June 2019, she saw her GP. Three years later police found her dead.").map(\.rule),
            [.eventDate])
    }

    /// Development set 105: a date leading its line, measured from the death, and a panel's
    /// comment that the date is not the date of death.
    func testACommentThatADateIsNotTheDateOfDeath() {
        XCTAssertEqual(
            StructuredTest.scan(
                rule, "a voice message on\n17 March 2024 — the day before she died [chair: this is not her date of death]"
            )
            .map(\.rule), [.eventDate])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 110: a licence's expiry in a mooring register is no month of birth; a
    /// record's name in capitals before a month and year still is.
    func testALicencesExpiryInARegister() {
        XCTAssertEqual(StructuredTest.scan(rule, "IDX 51207 | NB KITTIWAKE | 57FT | CC | LIC EXP 03/2023").count, 0)
        XCTAssertEqual(
            StructuredTest.scan(rule, "OCCUPANTS: SAKIUSA WAQANIVALU 06/1988, two children").map(\.rule), [.dateOfBirth])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 110: a contact card's birthday field; not a chat's birthday wish
    /// (development set 97).
    func testAContactCardsBirthday() {
        XCTAssertEqual(StructuredTest.scan(rule, "N:Quill;Barnaby\nBDAY:1971-06-30\nNOTE:spare key").map(\.rule), [.dateOfBirth])
        XCTAssertEqual(
            StructuredTest.scan(rule, "[02/06/2023, 08:13] Imran: happy bday to my beautiful nephew.").map(\.rule), [.eventDate])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 107: eight digits after `DOB` that end a sentence; a number that goes
    /// on past a full stop is no date.
    func testEightDigitsAfterDOBBeforeAFullStop() {
        XCTAssertEqual(
            StructuredTest.scan(rule, "SUSPECT LIKELY HORVATH TIBOR DOB 09071990. MOB 07700 900 862.").map(\.rule), [.dateOfBirth]
        )
        XCTAssertEqual(StructuredTest.scan(rule, "DOB 09071990.5 was read.").map(\.rule), [])
    }

    /// Development set 107: a month's MARAC and its date in brackets; a name and a date of
    /// birth in brackets still report.
    func testAMonthsMARACBeforeADateInBrackets() {
        XCTAssertEqual(StructuredTest.scan(rule, "Otherwise June MARAC (08/06/2023).").map(\.rule), [.eventDate])
        XCTAssertEqual(StructuredTest.scan(rule, "Seen: June Hartley (08/06/1950).").map(\.rule), [.dateOfBirth])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 111: a date after a date of birth's sentence has ended, though the next
    /// starts with a number, is no second date of birth; a list of dates after `DOB` still is.
    func testADateAfterTheDateOfBirthsSentenceEnds() {
        XCTAssertEqual(
            StructuredTest.scan(rule, "PNC CHECKS: SMITH JOHN DOB 12/11/1991. 1 PREV DOM INCIDENT 03/03/22 (STANDARD).").map(
                \.rule),
            [.dateOfBirth, .eventDate])
        XCTAssertEqual(
            StructuredTest.scan(rule, "Her DOB is recorded as 04/07/98 and as 07/04/1998.").map(\.rule),
            [.dateOfBirth, .dateOfBirth])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 114: a spreadsheet's header row with a `DOB` column over a row whose
    /// first cell is the appointment's date, and a table row after one that gives a month and
    /// year of birth; the date under `DOB` still reports.
    func testDatesInRowsBelowADateOfBirth() {
        XCTAssertEqual(
            StructuredTest.scan(
                rule, "Date\tTime\tPatient\tDOB\tSummary\n29/06/2021\t09:20\tYILDIZ, Gulsen\t01-Jul-1961\tInsomnia\n"
            )
            .map(\.rule), [.eventDate, .dateOfBirth])
        XCTAssertEqual(
            StructuredTest.scan(rule, "| Perp DOB | 05/1990 (33) |\n| Referral | Police – DASH high – 6 Dec 2023 |\n").map(
                \.rule),
            [.dateOfBirth, .eventDate])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 113: a racecard's meeting and its day in capitals before the date are
    /// no name in a record; a name in capitals before a date still is.
    func testAMeetingAndItsDayInCapitals() {
        XCTAssertEqual(StructuredTest.scan(rule, "CHELTENHAM  THURSDAY 14 MARCH 2024\n3.30 HURDLE").map(\.rule), [.eventDate])
        XCTAssertEqual(StructuredTest.scan(rule, "SUSPECT: KOWALSKI MAREK 14 MARCH 1984").map(\.rule), [.dateOfBirth])
    }

    /// Development set 113: a death on `the night` someone died, far after the date, is not
    /// the date's; right after it, the day someone died is (development sets 17 and 106).
    func testADeathThatNamesItsOwnTime() {
        XCTAssertEqual(
            StructuredTest.scan(
                rule,
                "The force provided the log for the 999 call of 9 December 2023, and the opening of the log for the call on the night Precious died."
            ).map(\.rule), [.eventDate])
        XCTAssertEqual(
            StructuredTest.scan(rule, "On the morning of Wednesday 9 November 2022, the day Rhona died, a contract ended.").map(
                \.rule),
            [.dateOfBirth])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 115: a panel's comment gives a date of birth, then the same date as a
    /// school wrote it with a two-digit year (weak alone: a section number, otherwise).
    func testAWeakWritingOfADateOfBirthGivenElsewhere() {
        XCTAssertEqual(
            severities("> COMMENT: DOB as held by us is 21/07/1986. The school has 21.7.86. Same person."),
            [.error, .error])
        XCTAssertEqual(severities("> COMMENT: DOB as held by us is 21/07/1986. See section 3.4.21 of the policy."), [.error])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 119: a doorbell camera's export, comma-separated, gives a date of death
    /// the text gives in words; a comma glues a number to a date only as a thousands group.
    func testADateBetweenAnExportsCommas() {
        XCTAssertEqual(
            severities("She died on 11 May 2025.\n\nEV-88125,11/05/2025,00:52:19,Motion,Street"), [.error, .error])
        XCTAssertEqual(severities("The fund paid 2,025,000 and 1,234 May 2021 went to the hall."), [])
    }

    /// Development set 52: a comma-separated export's date of birth is the one under its `dob`
    /// heading; the date the case was opened, in the same row, is an event's.
    func testAnExportsColumnHeadings() {
        XCTAssertEqual(
            severities("case_id,opened,student_no,dob,programme\nRS-1,2025-01-14,24019837,2002-08-01,MPH"),
            [.warning, .error])
        XCTAssertEqual(
            severities("id,date,agency,event,notes\n1,2019-03-12,Police,Edward dies at home,none"), [.error])
    }
}

extension DateOfBirthRuleTests {
    /// An outside review of the forty-second session's change: an export's heading is the first
    /// row of its block, whatever rows with an empty or unknown date stand between; `d.o.b.`
    /// and `DOD (approx)` are life headings; a row's next field of three digits does not glue
    /// to its date; `3,4 May 2021` is paragraphs 3 and 4.
    func testAnExportsHeadingAcrossRowsWithoutDates() {
        XCTAssertEqual(
            severities("```\nname,dob,agency,notes\nAdult A,,Police,none\nAdult B,21/07/1986,Police,none\n```"), [.error])
        XCTAssertEqual(
            severities("```\nname,dob,agency,notes\nAdult A,unknown,Police,none\nAdult B,21.7.86,Police,none\n```"), [.error])
        XCTAssertEqual(severities("name,d.o.b.,agency,notes\nAdult A,21/07/1986,Police,none"), [.error])
        XCTAssertEqual(severities("name,DOD (approx),agency,notes\nAdult A,21/07/2024,Police,none"), [.error])
        XCTAssertEqual(severities("name,dob,room,agency\nAdult A,21/07/1986,123,Police"), [.error])
        XCTAssertEqual(severities("See paragraphs 3,4 May 2021 minutes."), [])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 117: a quoted export gives each row's date of birth under `DOB` and the
    /// day logged under `Date`; the next column's date is no list sharing the birth's keyword.
    func testAnExportsDateBesideItsDateOfBirth() {
        XCTAssertEqual(
            severities(
                "\"Ref\",\"Student\",\"DOB\",\"Date\",\"Text\"\n\"SG-1\",\"SMITH, Ann\",\"02/05/2007\",\"11/06/2024\",\"Seen\""),
            [.error, .warning])
    }

    /// Development set 117: a note that a date is not of the death (`the date of the arrest,
    /// not of the death`) is no death's date; `the date of her death` still is.
    func testADateSaidNotToBeOfTheDeath() {
        XCTAssertEqual(
            severities("The log is dated 22/02/2024, which is the date of the arrest, not of the\ndeath."), [.warning])
        XCTAssertEqual(severities("The log is dated 22/02/2024, which is the date of her death."), [.error])
    }

    /// Development set 117: the period a review covers, from a date to the death, given with
    /// `is`; a death's own date after `is` still counts.
    func testAPeriodUnderReviewGivenWithIs() {
        XCTAssertEqual(
            severities("2.1 The period under review is 1 March 2019, when Hana arrived in the UK, to\nher death."),
            [.warning])
        XCTAssertEqual(severities("The date of her death is 1 March 2019."), [.error])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 123: `before` a death given its place in a relative clause, then `on`
    /// and the date: the death's date. A date measured from the death is not.
    func testADeathsDateAfterItsPlaceInARelativeClause() {
        XCTAssertEqual(
            severities(
                "Agencies saw Elsie before Elsie's death at the farm they rented above Carrowfell on\n3 February 2022."),
            [.error])
        XCTAssertEqual(severities("Agencies saw her on 3 February 2022, five weeks before her death at the farm."), [.warning])
        XCTAssertEqual(
            severities("Before her death at the farm she told the nurse, on 3 February 2022, about the gun."), [.warning])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 127: a date alone in brackets dates the message before it, not the
    /// death after; a death's date in brackets after the death, or a date in brackets after a
    /// name (development set 113), is still a life's.
    func testADateAloneInBracketsBeforeADeath() {
        XCTAssertEqual(
            severities("Her second (19 January 2024) was still in the inbox on the day she\ndied."), [.warning])
        XCTAssertEqual(severities("Her death (19 January 2024) was reported at once."), [.error])
        XCTAssertEqual(severities("The final entry read \"Shiny (14/08/1986) – deceased\"."), [.error])
    }
}

extension DateOfBirthRuleTests {
    /// An outside review of the forty-third session's change: a bracketed date's keyword on
    /// its own line still counts; `is` opens a period only after `period under review`; a
    /// form's `Not` does not deny the next line's `Date of death`.
    func testTheReviewsDatesOfBirthAndDeath() {
        XCTAssertEqual(severities("Her mother (12/05/1958) died in hospital."), [.error])
        XCTAssertEqual(severities("Adult A's son (03/04/2009) was born at home."), [.error])
        XCTAssertEqual(severities("The last day of the period was 3 March 2023, the day Adult A died."), [.error])
        XCTAssertEqual(severities("Post-mortem: Not\nDate of death: 14/03/2023"), [.error])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 124: a birth date said twice (`the eleventh of July, 11 July 1999`) is
    /// one date, not `July, 11` read as its year; a thing's own day after `but … was on` is no
    /// second date of birth. Dates of birth listed against each other still count.
    func testADateSaidTwiceAndAVisitAfterABirth() {
        let found = DateOfBirthRule().scan(
            ScanText("She was born on the eleventh of July, 11 July 1999 at six.", line: 1, column: 1), AnonymisationContext())
        XCTAssertEqual(found.map(\.matched), ["11 July 1999"])
        XCTAssertEqual(severities("Her birth was on 11 June 2018, but the visit was on 30 June 2018."), [.error, .warning])
        XCTAssertEqual(severities("Her DOB was given as 11 June 2018 but as 12 June 2018 by the GP."), [.error, .error])
        // (An outside review: a list of dates of birth with `but`; a record's two-digit year
        // before a later month.)
        XCTAssertEqual(severities("Dates of birth: Child A on 11 June 2018 but Child B on 3 March 2020."), [.error, .error])
        XCTAssertEqual(
            DateOfBirthRule().scan(
                ScanText("KERRY MILLS DOB 05 MAY 87 MAR 2023 MARAC", line: 1, column: 1), AnonymisationContext()
            )
            .map(\.matched).first, "05 MAY 87")
    }
}

extension DateOfBirthRuleTests {
    /// Development set 126: a semicolon ends the clause a date is in, so a death named after
    /// it is not the date's; a corrections log headed `What was wrong` dates its corrections,
    /// whatever a row says was wrong.
    func testASemicolonAndACorrectionsLog() {
        XCTAssertEqual(
            severities("The first week is the one in the email of 17 July 2023 (Annex A); the second is the week of her death."),
            [.warning])
        XCTAssertEqual(severities("She died on 17 July 2023; the inquest opened later."), [.error])
        // (An outside review: a semicolon before the keyword's own clause.)
        XCTAssertEqual(severities("Adult A (14 March 1985; died 2 May 2023)"), [.error, .error])
        XCTAssertEqual(severities("14 March 1985; date of birth of Adult A."), [.error])
        let log = """
            | Date | Page | What was wrong | What we did |
            |---|---|---|---|
            | 1 September 2025 | DHR 2024/02 | Paragraph 4 gave her date of birth in full | Removed |
            """
        XCTAssertEqual(lifeDates(log), [])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 126: `D.` after a date of birth in a log's capitals is the death's
    /// date; after a table's number it is a letter.
    func testACapitalDAfterADateOfBirth() {
        XCTAssertEqual(severities("ASHWORTH, JUNE B. 03.04.51 D. 19.11.23"), [.error])
        XCTAssertEqual(severities("Table 3 D. 19.11.23 was the review day."), [])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 125: a killing's date `in the early hours of` it, after the place, is the
    /// death's; a chronology row where `the line went dead` dates a call, not a death.
    func testTheEarlyHoursOfADeathAndALineThatWentDead() {
        XCTAssertEqual(
            severities(
                "She was killed by her husband, Adult L, in the flat above the family's café on Stryd Fawr, Cwm Eithin, "
                    + "in the early hours of 2 February 2024."), [.error])
        XCTAssertEqual(severities("Police were called in the early hours of 2 February 2024."), [.warning])
        let table = """
            | Date | Agency | Event |
            |---|---|---|
            | 3 September 2019 | Police | Her brother reported that she had rung him and the line went dead. |
            | 4 September 2019 | Police | Adult A found dead at home. |
            """
        XCTAssertEqual(lifeDates(table), ["4 September 2019"])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 132: `the night of 22 April 2025 and, later, for the night Lauren died`:
    /// a death after `and` or `later` names its own night; right after the date it is the date's.
    func testADeathNamedAfterAndLater() {
        XCTAssertEqual(
            StructuredTest.scan(
                rule, "She exported the log for the night of 22 April 2025 and, later, for the night Lauren died."
            ).map(\.rule), [.eventDate])
        XCTAssertEqual(
            StructuredTest.scan(rule, "On 9 November 2022, the day Rhona died, a contract ended.").map(\.rule), [.dateOfBirth])
        // (A second outside review: `and` alone before the night names the date's night.)
        XCTAssertEqual(
            StructuredTest.scan(rule, "It was 22 April 2025 and the night Lauren died was cold.").map(\.rule), [.dateOfBirth])
    }
}

extension DateOfBirthRuleTests {
    /// Development set 132: a record's month and two-digit year right after its date-of-birth
    /// label is a month and year of birth; a month and a number elsewhere is not.
    func testAMonthAndTwoDigitYearAfterADOBLabel() {
        XCTAssertEqual(severities("Perpetrator: KAMINSKI, KRZYSZTOF      D.O.B. MARCH 83 (approx)"), [.warning])
        XCTAssertEqual(severities("DOB: Mar 83. Date of birth: June 91"), [.warning, .warning])
        XCTAssertEqual(severities("DOB: unknown. She left in March 83 days later."), [])
        // (A second outside review: a dash after the label; `D.O.B.` before a four-digit year.)
        XCTAssertEqual(severities("DOB – MARCH 83. D.O.B. MARCH 1983 approx"), [.warning, .warning])
    }
}
