import ReviewSiteCore

/// Whether a full date is a date of birth or death: a keyword near it, in the same sentence,
/// list item and table cell, with no other date nearer to the keyword.
extension DateOfBirthRule {
    /// Keywords that date a death: they do not apply to the start of a period ("from
    /// 1 January 2019 to her death").
    static let deathKeywords = Set(englishDeathWords + withCapitals(foreignDeathWords))

    /// `Truro Crown Court`, `in court`, `sentencing`: a court or its work at token `k` (not a
    /// block of flats named `Brunel Court`).
    private func courtBetween(_ text: ScanText, _ k: Int) -> Bool {
        if StructuredScan.index(text, token: k, in: Self.courtWords) != nil { return true }
        guard StructuredScan.equals(text, range(text.tokens[k]), "court") else { return false }
        guard text.scalars[text.tokens[k].start].isScanUppercase else { return true }
        return NameMatching.previousWord(text, before: k).map {
            StructuredScan.index(text, token: $0, in: AddressRule.courtKinds) != nil
        } ?? false
    }

    static let courtWords: WordList = ["trial", "sentencing", "sentenced", "convicted"]

    /// The first keyword within `window` words of the date, searching no further than
    /// `bounds` (the tokens between the neighbouring dates).
    func nearbyKeyword(_ text: ScanText, _ date: FoundDate, within bounds: Range<Int>) -> String? {
        if let keyword = labelCell(text, date) { return keyword }
        let periodStart = startsPeriod(text, date)
        // `**3 April 2019.** Adult F's husband died at home.`: a date leading its line heads
        // the sentence after it.
        let leads = leadsLine(text, date)
        // `she was killed by Adult V at the house … where they rented a room, on the night of
        // 19 March 2023`: a date named as a night or a day reaches back through its sentence
        // (development set 31).
        let reach = nightOf(text, date) ? 2 * Self.window : Self.window
        let jsonValue = quotedFieldValue(text, date)
        // `Her second (19 January 2024) was still in the inbox on the day she⏎died`: a date alone
        // in brackets dates the word before them, not a keyword on a later line (development set
        // 127). (`Her mother (12/05/1958) died in hospital` is still her death's; after a name the
        // date is the person's: `Shiny (14/08/1986) – deceased`; development set 113.)
        let bracketed =
            isOther(text, date.firstToken - 1, "(") && isOther(text, date.lastToken + 1, ")")
            && NameMatching.previousWord(text, before: date.firstToken - 1).map {
                NameMatching.word(text, $0).first?.isLowercase == true
            } == true
        for step in [-1, 1] {
            var k = step < 0 ? date.firstToken - 1 : date.lastToken + 1
            var words = 0, crossed = false
            while bounds.contains(k), words < (step < 0 ? reach : Self.window) {
                let t = text.tokens[k]
                if step > 0, leads, !crossed, words == 0, sentenceEnds(text, k) {
                    crossed = true
                    k += step
                    continue
                }
                if sentenceEnds(text, k) || blockBoundary(text, k) { break }
                if step > 0, bracketed, t.kind == .newline { break }
                // (`the suspect's email of 17 July 2023 (Annex A); the second is the week of Bia's
                // death`: a semicolon and a new subject start another clause after the date;
                // development set 126. Not `14 March 1985; died 2 May 2023`.)
                if step > 0, isOther(text, k, ";"), let n = NameMatching.nextWord(text, after: k), n <= k + 2,
                    StructuredScan.index(text, token: n, in: Self.newSubjects) != nil
                {
                    break
                }
                // (`Date<tab>…<tab>DOB<tab>…` over `29/06/2021<tab>09:20<tab>…`: a pasted spreadsheet's
                // rows are not one sentence; development set 114.)
                if t.kind == .newline, tabbedLineEnds(text, at: k) { break }
                // (`"submitted": "2023-12-06",` then `"consent": "N/A - deceased"`: an export's
                // field owns its value; development set 41.)
                // (`Start: 02/09/2013` over `DOB: 14/02/1979`: a labelled field's value ends at its
                // line; worked out only at a line's end, as most dates never reach one.)
                if step > 0, t.kind == .newline, jsonValue || labelledField(text, date) { break }
                if clauseBoundary(text, k, after: step > 0), step > 0 || !parentheticalClosed(text, from: k, to: date.firstToken)
                {
                    break
                }
                // `Reg date : 09-Aug-2016` under `DOB : 14-Feb-1991`: a record's field label owns its
                // value (a label of one to three words, at its line's start or after a column gap).
                if step < 0, words == 0, isOther(text, k, ":"), fieldLabel(text, colon: k) { break }
                if t.kind == .word {
                    words += 1
                    // `pleaded guilty to her murder at Truro Crown Court on 7 March 2022`: a court
                    // between the keyword and the date makes the date the court's (development set 37).
                    if courtBetween(text, k) { break }
                    // A keyword nearer to the neighbouring date, in that date's sentence, is its.
                    let other = step < 0 ? bounds.lowerBound - 1 : bounds.upperBound
                    func nearer() -> Bool {
                        other >= 0 && other < text.tokens.count && wordsBetween(text, k, other) + 1 < words
                            && sameSentence(text, from: min(k, other), to: max(k, other))
                            // (A field's label, `DOB (from HR):`, is the date's after it.)
                            && !(step < 0 && labelsNextField(text, k))
                    }
                    // (`Start date: 03/03/2011 DOB (from HR): 11.04.1978`, a record's lines run together
                    // in the text readers get: a keyword that labels the next field, after a date
                    // with a label of its own; development set 70.)
                    if step > 0, labelsNextField(text, k), labelledField(text, date) { break }
                    // (`source: police scoping return 12/06/25`, then `DOB         11/1976` two lines
                    // down: a keyword that starts a later line and labels a value of its own is that
                    // value's; development set 72.)
                    if step > 0, leadsLine(text, k), newlineBetween(text, date.lastToken, k), labelsOwnValue(text, k) {
                        break
                    }
                    if let i = StructuredScan.index(text, token: k, in: Self.keywords), !nearer(), !serviceTerm(text, k),
                        !theDeceased(text, k), !deniedDate(text, k), !casualBday(text, k), !lifeNotOwn(text, k),
                        !thingDied(text, k),
                        !(step > 0 && datedAfter(text, k)), !(step > 0 && ownTimeBefore(text, k, after: date)),
                        !welshDod(text, k), !saidWillBe(text, k), !nameLikeKeyword(text, k),
                        !(step < 0 && labelsOwnLine(text, k, before: date))
                    {
                        let keyword = Self.keywords[i]
                        let death = Self.deathKeywords.contains(keyword)
                        // `five weeks before her death`, `before Child 4 was born`: a date
                        // measured from the death or the birth.
                        // (For a birth only when the keyword comes after the date: `since she
                        // was born on 3 May 1980` is her date of birth.)
                        // (`the anniversary of her death, 17 January 2024`: the date is the death's.)
                        let apposition =
                            step < 0 && (k + 1..<date.firstToken).allSatisfy { isSpace(text, $0) || isOther(text, $0, ",") }
                        // (`before her death on 2 March 2024`: the date after `on` is the death's.)
                        let measured =
                            relative(text, before: k, anniversary: !apposition) && (death || step > 0)
                            && !(step < 0 && datedBy(text, keyword: k, date: date))
                        if !(death && periodStart) && !measured && !reported(text, k)
                            && !(death && step > 0 && newsAfter(text, date, keyword: k))
                            && !inquiryInto(text, k, dateFirst: step > 0)
                            && !hypothetical(text, k)
                        {
                            return keyword
                        }
                    }
                    if isDOBAbbreviation(text, k), !nearer() { return "D.O.B." }
                    // (`D.O.D. 03/06/2024`: a custody record's date of death; development set 90.)
                    if isDOBAbbreviation(text, k, ["d", "o", "d"]), !nearer() { return "D.O.D." }
                    if frenchBorn(text, k), !nearer() { return "née" }
                } else if t.kind == .number {
                    words += 1
                }
                k += step
            }
        }
        if killedByLongBefore(text, date, within: bounds) { return "killed" }
        return deathUnderEntryHeading(text, date)
    }

    /// `**05/11/2024 – Notification**` over `Police informed the hospice that Mr and Mrs R were
    /// found deceased at home this morning`: a dated entry's heading (the date leads its line,
    /// at most three words after it), then a first sentence that tells of a death the same day
    /// (development set 71). Its death word, or nil.
    private func deathUnderEntryHeading(_ text: ScanText, _ date: FoundDate) -> String? {
        guard leadsLine(text, date) else { return nil }
        var k = date.lastToken + 1, words = 0
        while let t = token(text, k), t.kind != .newline {
            if t.kind == .word || t.kind == .number { words += 1 }
            guard words <= 3 else { return nil }
            k += 1
        }
        // A blank line, then the entry's first sentence.
        guard token(text, k + 1)?.kind == .newline else { return nil }
        k += 2
        var keyword: String?, sameDay = false
        words = 0
        while let t = token(text, k), words < 2 * Self.window, !sentenceEnds(text, k) {
            if t.kind == .word {
                words += 1
                if keyword == nil, let i = StructuredScan.index(text, token: k, in: Self.keywords),
                    Self.deathKeywords.contains(Self.keywords[i]), !theDeceased(text, k)
                {
                    keyword = Self.keywords[i]
                }
                if StructuredScan.index(text, token: k, in: Self.sameDayWords) != nil
                    || StructuredScan.index(text, token: k, in: Self.partsOfDay) != nil
                        && NameMatching.previousWord(text, before: k).map({
                            StructuredScan.equals(text, range(text.tokens[$0]), "this")
                        }) == true
                {
                    sameDay = true
                }
            }
            k += 1
        }
        return sameDay ? keyword : nil
    }

    /// Whether another date (`end`, where `bounds` stops) comes before the end of token `k`'s sentence.
    private func dateLaterInSentence(_ text: ScanText, _ k: Int, before end: Int) -> Bool {
        var j = k + 1
        while j < end {
            if sentenceEnds(text, j) || blockBoundary(text, j) { return false }
            j += 1
        }
        return end < text.tokens.count
    }

    /// Words that place an event on the day of the entry that tells it (`this morning`).
    static let sameDayWords: WordList = ["today", "tonight", "overnight"]

    /// `Rose was killed by her partner of six years, Adult R, at their flat in the Old Town of
    /// Swinbridge on 26 August 2022`: a killing by someone, dated with `on` at the end of a
    /// sentence longer than the keyword window (development set 70). No number may come between
    /// (another date's), nor a clause of its own (`killed by her husband she called twice, on`),
    /// and not `at risk of being killed by`.
    private func killedByLongBefore(_ text: ScanText, _ date: FoundDate, within bounds: Range<Int>) -> Bool {
        guard let on = NameMatching.previousWord(text, before: date.firstToken), on + 2 == date.firstToken,
            StructuredScan.equals(text, range(text.tokens[on]), "on"), on >= 2, text.tokens[on - 1].kind == .space
        else { return false }
        var k = on - 1, words = 0
        while bounds.contains(k), words < 3 * Self.window {
            if sentenceEnds(text, k) || blockBoundary(text, k) || text.tokens[k].kind == .number { return false }
            if text.tokens[k].kind == .word {
                words += 1
                if StructuredScan.index(text, token: k, in: Self.subjectPronouns) != nil { return false }
                if StructuredScan.index(text, token: k, in: Self.killedWords) != nil,
                    let by = NameMatching.nextWord(text, after: k), by == k + 2,
                    StructuredScan.equals(text, range(text.tokens[by]), "by")
                {
                    return !(NameMatching.previousWord(text, before: k).map { Self.feared(NameMatching.word(text, $0)) } ?? false)
                }
            }
            k -= 1
        }
        return false
    }

    static let killedWords: WordList = ["killed", "murdered"]
    static let subjectPronouns: WordList = ["she", "he", "they", "i", "we"]

    /// Whether the keyword at `k` labels a value after it: a colon, or a record's column gap
    /// (two spaces or more, or a tab) before a number.
    private func labelsOwnValue(_ text: ScanText, _ k: Int) -> Bool {
        if labelsNextField(text, k) { return true }
        guard let gap = token(text, k + 1), gap.kind == .space,
            gap.end - gap.start >= 2 || text.scalars[gap.start] == "\t"
        else { return false }
        return token(text, k + 2)?.kind == .number
    }

    /// Whether a colon follows token `k`, past a bracketed word or two and emphasis (`DOB (from
    /// HR):`, `DOB:**`).
    private func labelsNextField(_ text: ScanText, _ k: Int) -> Bool {
        fieldColon(text, k) != nil
    }

    /// The token of the colon after a field's label at `k` (`labelsNextField`).
    private func fieldColon(_ text: ScanText, _ k: Int) -> Int? {
        var j = k + 1
        while isSpace(text, j) { j += 1 }
        if isOther(text, j, "(") {
            var n = 0
            while j < text.tokens.count, !isOther(text, j, ")"), n < 8 { j += 1; n += 1 }
            j += 1
        }
        while isOther(text, j, "*_") { j += 1 }
        return isOther(text, j, ":") ? j : nil
    }

    /// Whether the field labelled at `k` has a value on its own line and the date comes on a
    /// later line: `DOB: ██/██/1961` (redacted) is no label for `14/04/2020` two lines down
    /// (development set 102).
    /// (`– DOB 17/11/1984 –` in a table's row, with no colon: a number straight after it is its
    /// value; development set 95.)
    private func labelsOwnLine(_ text: ScanText, _ k: Int, before date: FoundDate) -> Bool {
        guard newlineBetween(text, k, date.firstToken) else { return false }
        let colon = fieldColon(text, k)
        var j = colon.map { $0 + 1 } ?? k + 1
        while isSpace(text, j) { j += 1 }
        guard j < text.tokens.count, text.tokens[j].kind != .newline else { return false }
        return colon != nil || text.tokens[j].kind == .number
    }

    /// Whether `the night of`, `the morning of`, `late on` or the like comes right before the date.
    private func nightOf(_ text: ScanText, _ date: FoundDate) -> Bool {
        // (`on the evening of Tuesday 8 February 2022`: past the weekday; development set 38.)
        var first = date.firstToken
        if let w = NameMatching.previousWord(text, before: first),
            NameContextWords.weekdays.contains(NameMatching.fold(NameMatching.word(text, w)))
        {
            first = w
        }
        // (`killed by her partner … in Staneway, late on 30 November 2023`: a time of the day
        // too; development set 41.)
        if let on = NameMatching.previousWord(text, before: first), StructuredScan.equals(text, range(text.tokens[on]), "on"),
            let late = NameMatching.previousWord(text, before: on),
            StructuredScan.equals(text, range(text.tokens[late]), "late")
                || StructuredScan.equals(text, range(text.tokens[late]), "early")
        {
            return true
        }
        guard let of = NameMatching.previousWord(text, before: first),
            StructuredScan.equals(text, range(text.tokens[of]), "of"), let time = NameMatching.previousWord(text, before: of),
            var the = NameMatching.previousWord(text, before: time)
        else { return false }
        // (`in the early hours of 2 February 2024`; development set 125.)
        if StructuredScan.equals(text, range(text.tokens[time]), "hours") {
            guard StructuredScan.index(text, token: the, in: ["early", "small"]) != nil,
                let p = NameMatching.previousWord(text, before: the)
            else { return false }
            the = p
            return StructuredScan.equals(text, range(text.tokens[the]), "the")
        }
        return StructuredScan.index(text, token: time, in: Self.timeNouns) != nil
            && StructuredScan.equals(text, range(text.tokens[the]), "the")
    }

    /// Where a keyword's clause ends, searching from the date: `decided on 3 August 2023 that
    /// the death met the criteria` (after the date), `the review into the death of Adult J,
    /// and a correction made on 14 October 2026`, `the death of Adult K, held on …` (before
    /// it). Not `the day that she died`.
    private func clauseBoundary(_ text: ScanText, _ k: Int, after: Bool) -> Bool {
        guard text.tokens[k].kind == .word else { return false }
        if after {
            guard StructuredScan.index(text, token: k, in: Self.clauseWords) != nil else { return false }
            guard let p = NameMatching.previousWord(text, before: k) else { return true }
            return StructuredScan.index(text, token: p, in: Self.timeNouns) == nil
        }
        // `her death could not have been predicted on the information that any agency held on
        // 8 November 2022`: a clause of its own, after `that`, before the date.
        // (`killed at that address on 28 July 2023`: `that` before a noun is no clause.)
        if StructuredScan.equals(text, range(text.tokens[k]), "that"), let n = NameMatching.nextWord(text, after: k),
            StructuredScan.index(text, token: n, in: Self.clauseSubjects) != nil
        {
            return true
        }
        guard StructuredScan.index(text, token: k, in: Self.afterClauseComma) != nil else { return false }
        var j = k - 1
        while isSpace(text, j) { j -= 1 }
        return isOther(text, j, ",")
    }

    /// `Her date of birth, written on the cover, was given as 14.03.1986`: a comma and `was`
    /// (or the like) between the clause word at `k` and the date close a phrase set in commas,
    /// and the sentence goes on (development set 41).
    /// Only a participle right after the keyword and its comma opens such a phrase (not `Adult L
    /// died in hospital, and her brother, who was 12, was placed in care on …`).
    private func parentheticalClosed(_ text: ScanText, from k: Int, to end: Int) -> Bool {
        guard StructuredScan.index(text, token: k, in: Self.participles) != nil else { return false }
        var b = k - 1
        while isSpace(text, b) { b -= 1 }
        guard isOther(text, b, ",") else { return false }
        b -= 1
        while isSpace(text, b) { b -= 1 }
        guard token(text, b)?.kind == .word, StructuredScan.index(text, token: b, in: Self.keywords) != nil else { return false }
        var j = k + 1
        while j < end {
            if isOther(text, j, ","), let n = NameMatching.nextWord(text, after: j), n < end,
                StructuredScan.index(text, token: n, in: Self.resumingVerbs) != nil
            {
                return true
            }
            j += 1
        }
        return false
    }

    static let resumingVerbs: WordList = ["was", "were", "is", "are", "had", "has"]
    static let timeShiftWords: WordList = [
        "later", "following", "after", "afterwards", "subsequently", "next", "days", "weeks", "months", "years",
        "spring", "summer", "autumn", "winter",
    ]
    static let participleWords = [
        "held", "published", "agreed", "signed", "made", "sent", "received", "approved", "chaired", "written",
    ]
    static let participles = WordList(participleWords)

    /// Words after the date that start another clause: `… on 3 August 2023 that the death …`.
    static let clauseWords: WordList = ["that", "whether"]

    /// After a comma, words that start another clause: `the death of Adult K, held on …`.
    static let afterClauseComma = WordList(["and", "but", "following", "while", "whereas"] + participleWords)

    /// Words that start a clause's subject after `that`.
    static let clauseSubjects: WordList = [
        "any", "the", "a", "an", "she", "he", "it", "they", "we", "no", "each", "every", "her", "his", "their", "its",
    ]

    /// Words that start a new clause's subject after a semicolon (not `her`: `1985; her death`).
    static let newSubjects: WordList = ["the", "a", "an", "this", "that", "it", "she", "he", "they", "we"]

    static let timeNouns: WordList = ["day", "night", "date", "evening", "morning", "afternoon", "week", "time", "weekend"]

    /// `notified of the death on 5 February 2024`, `informed of her death`: the date is when
    /// someone heard of the death, not the death's.
    private func reported(_ text: ScanText, _ k: Int) -> Bool {
        guard StructuredScan.equals(text, range(text.tokens[k]), "death") else { return false }
        // `The death was registered on 3 December 2024`.
        if let n = NameMatching.nextWord(text, after: k) {
            let m = StructuredScan.equals(text, range(text.tokens[n]), "was") ? NameMatching.nextWord(text, after: n) : n
            if let m, StructuredScan.equals(text, range(text.tokens[m]), "registered") { return true }
        }
        var j = NameMatching.previousWord(text, before: k)
        // (Past `the`, `her` or a possessive: `inform the head teacher of Mum's death`.)
        if let p = j,
            StructuredScan.index(text, token: p, in: Self.determiners) != nil
                || NameMatching.stripPossessive(NameMatching.word(text, p)).possessive
        {
            j = NameMatching.previousWord(text, before: p)
        }
        guard let of = j, StructuredScan.equals(text, range(text.tokens[of]), "of") else { return false }
        // `notified the … Partnership of the death`: the reporting word within ten words.
        var words = 0
        var w = of - 1
        while w >= 0, words < 10, !sentenceEnds(text, w), !blockBoundary(text, w) {
            if text.tokens[w].kind == .word {
                words += 1
                if StructuredScan.index(text, token: w, in: Self.reportWords) != nil { return true }
            }
            w -= 1
        }
        return false
    }

    /// `11/03/2024 – note. Informed by the police that T1 died at the property`, `17/09/2023 –
    /// Adviser saw local news: a young woman had died`: a date before the news of a death (a
    /// report word, then `that` or a colon, or `has died`) is the day someone heard of it, not
    /// the death's (development set 43).
    private func newsAfter(_ text: ScanText, _ date: FoundDate, keyword k: Int) -> Bool {
        var report = false
        for j in (date.lastToken + 1)..<k {
            if !report {
                report = text.tokens[j].kind == .word && StructuredScan.index(text, token: j, in: Self.reportWords) != nil
            } else if isOther(text, j, ":") || StructuredScan.equals(text, range(text.tokens[j]), "that") {
                return true
            }
        }
        guard report, let p = NameMatching.previousWord(text, before: k) else { return false }
        return StructuredScan.index(text, token: p, in: Self.perfect) != nil
    }

    static let perfect: WordList = ["has", "had", "have"]

    /// `The inquest into Beryl's death was opened on 17 January 2023`: the date is the
    /// inquest's (or the investigation's, the review's), not the death's. (`a review into
    /// the death of a man on 28 September 2024` dates the death.)
    /// (`16 November 2026: Review into the death of Ebrahim published`: a date before the
    /// inquiry is the inquiry's, whatever follows.)
    private func inquiryInto(_ text: ScanText, _ k: Int, dateFirst: Bool) -> Bool {
        guard StructuredScan.equals(text, range(text.tokens[k]), "death"), var j = NameMatching.previousWord(text, before: k)
        else { return false }
        if !dateFirst {
            guard let n = NameMatching.nextWord(text, after: k),
                StructuredScan.index(text, token: n, in: Self.inquiryVerbs) != nil
            else { return false }
        }
        // Past `her`, `the` or a possessive name (`Beryl's`).
        if StructuredScan.index(text, token: j, in: Self.determiners) != nil
            || NameMatching.stripPossessive(NameMatching.word(text, j)).possessive,
            let p = NameMatching.previousWord(text, before: j)
        {
            j = p
            // (`into Adult F's death`: a two-word pseudonym; development set 29.)
            if NameMatching.isCapitalised(NameMatching.word(text, j)), let q = NameMatching.previousWord(text, before: j) {
                j = q
            }
        }
        guard StructuredScan.equals(text, range(text.tokens[j]), "into"), let w = NameMatching.previousWord(text, before: j)
        else { return false }
        return StructuredScan.index(text, token: w, in: Self.inquiryWords) != nil
    }

    /// Whether `published on`, `signed off on` or the like stands right before the date, or a
    /// document's own label (`Date of issue 12 JAN 2010`, `Generated 2022-07-04`; development set 42).
    /// (Not `expired`: a clinical record writes it for a death.)
    func documentDated(_ text: ScanText, _ date: FoundDate) -> Bool {
        var j = date.firstToken - 1
        var comma = false
        while isSpace(text, j) || isOther(text, j, ":,") {
            if isOther(text, j, ",") { comma = true }
            j -= 1
        }
        if let label = token(text, j), label.kind == .word, StructuredScan.index(text, token: j, in: Self.documentLabels) != nil {
            return true
        }
        // (`Correction, 4 March 2026.`: a correction's own date, with its comma; not a record's
        // `DOB 1984-03-02... correction 02-03-1992`, a date of birth put right; development sets
        // 57 and 80.)
        if comma, token(text, j)?.kind == .word, StructuredScan.index(text, token: j, in: Self.correctionLabels) != nil {
            return true
        }
        j = date.firstToken - 1
        while isSpace(text, j) { j -= 1 }
        // (`published 7 July 2025, replaced 9 July 2025`: a page's versions, the verb right before
        // the date; development set 81.)
        if let verb = token(text, j), verb.kind == .word, StructuredScan.index(text, token: j, in: Self.documentVerbs) != nil {
            return true
        }
        guard let on = token(text, j), on.kind == .word, StructuredScan.equals(text, range(on), "on") else { return false }
        j -= 1
        while isSpace(text, j) { j -= 1 }
        if let off = token(text, j), off.kind == .word, StructuredScan.equals(text, range(off), "off") {
            j -= 1
            while isSpace(text, j) { j -= 1 }
        }
        guard let verb = token(text, j), verb.kind == .word else { return false }
        return StructuredScan.index(text, token: j, in: Self.documentVerbs) != nil
    }

    static let documentLabels: WordList = ["issue", "issued", "expiry", "expires", "generated", "printed", "exported"]
    static let correctionLabels: WordList = ["correction", "corrected"]

    static let documentVerbs: WordList = [
        "published", "publishes", "publish", "commissioned", "submitted", "approved", "signed", "ratified", "circulated",
        "launched", "endorsed",
        // `(published 7 July 2025, replaced 9 July 2025)`: a page's versions (development set 81).
        "replaced", "withdrawn", "republished", "reissued",
    ]

    /// `she would have been 34 on 23 August 2024`, `turned 18 on 3 May 2019`: the day someone
    /// reached an age is their birthday, and with the age it gives the date of birth
    /// (development set 27).
    func ageOnDate(_ text: ScanText, _ date: FoundDate) -> String? {
        var j = date.firstToken - 1
        func word(_ words: WordList) -> Bool {
            while isSpace(text, j) { j -= 1 }
            guard let t = token(text, j), t.kind == .word, StructuredScan.index(text, token: j, in: words) != nil else {
                return false
            }
            j -= 1
            return true
        }
        guard word(["on"]) else { return nil }
        while isSpace(text, j) { j -= 1 }
        guard let age = token(text, j), age.kind == .number, let n = StructuredScan.number(text, range(age)),
            (1...120).contains(n)
        else { return nil }
        j -= 1
        return word(Self.ageVerbs) ? "birthday" : nil
    }

    /// `GORDON, b. 30.01.65`, `b. April 3rd, '56`, `(b. 12.3.1956, d. 14.6.2023)`: born or
    /// died written as a lone letter and a full stop right before the date. Asked before the
    /// words around it: before a month's capital the stop looks like a sentence's end
    /// (development set 32).
    func abbreviatedEvent(_ text: ScanText, _ date: FoundDate) -> String? {
        var j = date.firstToken - 1
        while isSpace(text, j) { j -= 1 }
        guard let stop = token(text, j), stop.kind == .other, text.scalars[stop.start] == ".",
            let letter = token(text, j - 1), letter.kind == .word, letter.end - letter.start == 1
        else { return nil }
        // The letter stands alone: not the end of a word or of initials (`J. B. April`).
        if let before = token(text, j - 2), before.kind != .space, before.kind != .newline,
            !"(,;[".unicodeScalars.contains(text.scalars[before.start])
        {
            return nil
        }
        if let before = token(text, j - 3), token(text, j - 2)?.kind == .space, before.kind == .other,
            text.scalars[before.start] == "."
        {
            return nil
        }
        switch text.scalars[letter.start] {
        case "b": return "b."
        case "d": return "d."
        // (`ASHWORTH, JUNE B. 03.04.51 D. 19.11.23`: in a log's capitals, `D.` straight after a
        // date of birth; development set 126.)
        case "D"
        where token(text, j - 2)?.kind == .space && token(text, j - 3)?.kind == .number && isOther(text, j - 4, "./-")
            && token(text, j - 5)?.kind == .number:
            return "d."
        default: return nil
        }
    }

    static let ageVerbs: WordList = ["been", "turned", "turns", "turn", "turning", "reached", "reaches", "reach", "be"]

    /// `at risk of being killed`, `feared she would be killed`: a death feared, not one that
    /// happened.
    private func hypothetical(_ text: ScanText, _ k: Int) -> Bool {
        guard StructuredScan.index(text, token: k, in: Self.killWords) != nil, let p = NameMatching.previousWord(text, before: k)
        else { return false }
        return Self.feared(NameMatching.word(text, p))
    }

    /// Whether the word before a killing word makes it feared, not done (`being killed`).
    static func feared(_ before: String) -> Bool { ["being", "be"].contains(before.lowercased()) }

    static let killWords: WordList = ["killed", "murdered"]

    /// `before her death on 2 March 2024`, `before Idil's death at the family home on 14 March
    /// 2023`: `on` right before the date, and between it and the keyword at `k` only a place
    /// after `at` or `in` (up to four words, no comma: `five weeks before her death, on 2 March
    /// 2024, she called` is the call's date).
    /// Whether one to three capitalised words, set in commas, end right before token `on`
    /// (`, Adult K, on`), after a word in lower case.
    private func nameInCommas(_ text: ScanText, before on: Int) -> Bool {
        var j = on - 1
        while isSpace(text, j) { j -= 1 }
        guard isOther(text, j, ",") else { return false }
        j -= 1
        var words = 0
        while j >= 0, !isOther(text, j, ",") {
            if text.tokens[j].kind == .word {
                guard text.scalars[text.tokens[j].start].isScanUppercase else { return false }
                words += 1
            } else if text.tokens[j].kind == .number {
                words += 1
            } else if !isSpace(text, j) {
                return false
            }
            j -= 1
        }
        guard (1...3).contains(words), j >= 0, let p = NameMatching.previousWord(text, before: j) else { return false }
        return text.scalars[text.tokens[p].start].isScanLowercase
    }

    private func datedBy(_ text: ScanText, keyword k: Int, date: FoundDate) -> Bool {
        var words: [Int] = []
        var commas = 0
        for j in (k + 1)..<date.firstToken {
            if isSpace(text, j) || text.tokens[j].kind == .newline { continue }
            // (`before she was killed by her husband, Vikram, at their home on the edge of
            // Chilbury village on 9 March 2023`: who, then where; development set 67.)
            if isOther(text, j, ","), words.count > 1, commas < 2 {
                commas += 1
                continue
            }
            // (`before Elsie's death at the farm they rented above Carrowfell on 3 February 2022`:
            // a place of up to ten words; development set 123.)
            let limit = commas > 0 || words.first.map(byWord) == true ? 15 : words.first.map(placeWord) == true ? 10 : 6
            guard text.tokens[j].kind == .word, words.count < limit else { return false }
            words.append(j)
        }
        guard let on = words.last, StructuredScan.equals(text, range(text.tokens[on]), "on") else { return false }
        guard words.count > 1 else { return true }
        // (Not a clause of its own: `by her husband she called twice, on 9 March 2023`. But
        // `killed by her former partner, Adult K, on 22 October 2022`: the killer's name or
        // pseudonym in commas, then `on`; development set 84.)
        // (A pronoun after `the` and a noun starts no clause: `the farm they rented`.)
        if commas > 0,
            (isOther(text, on - 1, ",") || isOther(text, on - 2, ",")) && !(commas == 2 && nameInCommas(text, before: on))
                || words.indices.contains(where: { i in
                    StructuredScan.index(text, token: words[i], in: Self.subjectPronouns) != nil
                        && !(i >= 2 && StructuredScan.index(text, token: words[i - 2], in: ["the", "a", "an"]) != nil)
                })
        {
            return false
        }
        // (`after the death of Ieva in Fobwick on 17 June 2024`: whose death, then where.)
        return placeWord(words[0]) || StructuredScan.equals(text, range(text.tokens[words[0]]), "of") || byWord(words[0])

        func byWord(_ j: Int) -> Bool { StructuredScan.equals(text, range(text.tokens[j]), "by") }
        func placeWord(_ j: Int) -> Bool { StructuredScan.index(text, token: j, in: ["at", "in"]) != nil }
    }

    /// `SUSP  : ZEDDA EFISIO   M   07/10/1972   Sports coach`: a record's person, their sex as
    /// one letter, then the date, as police and case systems print a nominal (development set 67).
    func afterSexMarker(_ text: ScanText, _ date: FoundDate) -> String? {
        var k = date.firstToken - 1
        while isSpace(text, k) { k -= 1 }
        guard k >= 1, text.tokens[k].kind == .word, text.tokens[k].end - text.tokens[k].start == 1,
            ["M", "F"].contains(text.scalars[text.tokens[k].start]), isSpace(text, k - 1),
            let name = NameMatching.previousWord(text, before: k).map({ NameMatching.word(text, $0) }),
            NameMatching.allCapitals(name) && name.count >= 2
        else { return nil }
        return "DOB"
    }

    /// Whether `DOB` stands right before the date (a record's field: `DOB 23-Oct-1954`), whose
    /// value ends at its line: the next line's `(12-Jul-2021)` is no second date of birth
    /// (development set 48).
    /// `Sunrise: 2nd December 1970` and `Sunset: 14th July 2023`: how a funeral's order of
    /// service gives a life's dates (development set 60); the label only, right before the date.
    func sunriseOrSunset(_ text: ScanText, _ date: FoundDate) -> String? {
        var k = date.firstToken - 1
        while isSpace(text, k) || isOther(text, k, ":*_") { k -= 1 }
        guard k >= 0, text.tokens[k].kind == .word, isOther(text, k + 1, ":") || isOther(text, k + 2, ":") else { return nil }
        let r = range(text.tokens[k])
        return StructuredScan.equals(text, r, "sunrise") ? "sunrise" : StructuredScan.equals(text, r, "sunset") ? "sunset" : nil
    }

    func dobRightBefore(_ text: ScanText, _ date: FoundDate) -> Bool {
        var k = date.firstToken - 1
        while isSpace(text, k) || isOther(text, k, ":") { k -= 1 }
        guard k >= 0, text.tokens[k].kind == .word else { return false }
        return StructuredScan.equals(text, range(text.tokens[k]), "dob") || isDOBAbbreviation(text, k)
    }

    /// `NHS no.   Name   DOB   Reg.` over `540 302 2635   Limbu, Bikash (Mr)   Jul-1981   2014`:
    /// a fixed-width record's column headed `DOB`, the date starting within two characters of
    /// the heading, with no blank line between (development set 54).
    func dobColumnAbove(_ text: ScanText, _ first: Int) -> Bool {
        let tokens = text.tokens
        var start = first
        while start > 0, tokens[start - 1].kind != .newline { start -= 1 }
        guard start > 0 else { return false }
        let column = tokens[first].start - tokens[start].start
        // (A row of tab-separated values, pasted from a spreadsheet: the column is the count of
        // tabs before the date, not its offset; development set 59.)
        let tabs = tabCount(text, tokens[start].start, tokens[first].start)
        var lineEnd = start - 1
        for _ in 0..<15 {
            guard lineEnd >= 1, tokens[lineEnd].kind == .newline, tokens[lineEnd - 1].kind != .newline else { return false }
            var s = lineEnd - 1
            while s > 0, tokens[s - 1].kind != .newline { s -= 1 }
            // (By the word's key first: this runs over every line above a date.)
            for k in s..<lineEnd where text.wordKeys[k] == Self.dobKey || text.wordKeys[k] == Self.dKey {
                guard
                    tabs > 0
                        ? tabCount(text, tokens[s].start, tokens[k].start) == tabs
                        : abs(tokens[k].start - tokens[s].start - column) <= 2,
                    text.wordKeys[k] == Self.dobKey || isDOBAbbreviation(text, k)
                else { continue }
                // (A heading, not a field with its value: `DOB 23-Oct-1954` owns its own date.)
                var n = k + 1
                // (`- **DOB:** 30/04/1999`: past the label's emphasis; development set 57.)
                while n < lineEnd, tokens[n].kind == .space || isOther(text, n, ".:*_") { n += 1 }
                if n < lineEnd, tokens[n].kind == .number { continue }
                return true
            }
            lineEnd = s - 1
        }
        return false
    }

    /// The tabs among the scalars from `from` up to `to`.
    private func tabCount(_ text: ScanText, _ from: Int, _ to: Int) -> Int {
        var n = 0
        for i in from..<to where text.scalars[i] == "\t" { n += 1 }
        return n
    }

    /// Whether a line ends between tokens `a` and `b`.
    func newlineBetween(_ text: ScanText, _ a: Int, _ b: Int) -> Bool {
        a < b && (a..<b).contains { text.tokens[$0].kind == .newline }
    }

    /// Whether the date comes straight after a record's field label of its own (`Reg date :`).
    func labelledField(_ text: ScanText, _ date: FoundDate) -> Bool {
        var k = date.firstToken - 1
        while isSpace(text, k) || isOther(text, k, "*_") { k -= 1 }
        return isOther(text, k, ":") && fieldLabel(text, colon: k)
    }

    /// Whether the date is on a later line than token `after` that a field label starts
    /// (`DOB 3 Jun 99` then `Extraction: Full file system, … 19/03/2024`): a record's next
    /// field, not a list that shares the keyword (development set 36).
    func laterField(_ text: ScanText, after: Int, _ date: FoundDate) -> Bool {
        var k = date.firstToken - 1
        while k > after, text.tokens[k].kind != .newline { k -= 1 }
        guard k > after else { return false }
        k += 1
        var words = 0
        while k < date.firstToken {
            let t = text.tokens[k]
            if t.kind == .word {
                words += 1
                if words > 3 { return false }
            } else if isOther(text, k, ":") {
                return words > 0
            } else if t.kind != .space {
                return false
            }
            k += 1
        }
        return false
    }

    /// `"submitted": "2023-12-06"`: the date is the value of a quoted key with no keyword, as
    /// an export in JSON gives it.
    private func quotedFieldValue(_ text: ScanText, _ date: FoundDate) -> Bool {
        var j = date.firstToken - 1
        if isOther(text, j, "\"") { j -= 1 }
        while isSpace(text, j) { j -= 1 }
        guard isOther(text, j, ":"), isOther(text, j - 1, "\"") else { return false }
        var k = j - 2
        while k >= 0, text.tokens[k].kind == .word || isOther(text, k, "_") {
            if text.tokens[k].kind == .word, StructuredScan.index(text, token: k, in: Self.keywords) != nil { return false }
            k -= 1
        }
        return k < j - 2 && isOther(text, k, "\"")
    }

    /// Whether the words before the colon at `colon` are a record's field label with no keyword:
    /// one to three words, starting a line or after two spaces or more.
    private func fieldLabel(_ text: ScanText, colon: Int) -> Bool {
        var j = colon - 1, words = 0
        while j >= 0 {
            let t = text.tokens[j]
            if t.kind == .newline { return words > 0 }
            // (A tab between fields, as a Word table pasted as text leaves: development set 70.)
            if t.kind == .space, t.end - t.start >= 2 || text.scalars[t.start] == "\t", words > 0 { return true }
            if t.kind == .word {
                if StructuredScan.index(text, token: j, in: Self.keywords) != nil || isDOBAbbreviation(text, j) { return false }
                words += 1
                if words > 3 { return false }
            } else if t.kind != .space, !isOther(text, j, "()*_") {
                // (`RELEASE (CRD): 26/10/2022` after `DOB: 07/1985` on a record's line: a label's
                // abbreviation in brackets; development set 68. `**Start date:** 03/03/2011` over
                // `**DOB (from HR):**`: a label in bold; development set 70.)
                return false
            }
            j -= 1
        }
        return words > 0
    }

    /// `the call of 9 December 2023, and … the call on the night Precious died`: a death after
    /// `the night` or `the day` (a name or a pronoun between) names its own time, not the
    /// date's (development set 113); but right after the date, three words at most between,
    /// it is the date (`9 November 2022, the day Rhona died`, `14 March 2022 in the UK, the day
    /// Salote died`; development sets 17 and 106).
    private func ownTimeBefore(_ text: ScanText, _ k: Int, after date: FoundDate) -> Bool {
        guard ["died", "killed"].contains(NameMatching.word(text, k).lowercased()),
            var p = NameMatching.previousWord(text, before: k)
        else { return false }
        if StructuredScan.index(text, token: p, in: Self.timeNouns) == nil {
            guard let q = NameMatching.previousWord(text, before: p) else { return false }
            p = q
        }
        guard StructuredScan.index(text, token: p, in: Self.timeNouns) != nil, let t = NameMatching.previousWord(text, before: p)
        else { return false }
        guard ["the", "that"].contains(NameMatching.word(text, t).lowercased()) else { return false }
        // (Or nearer, after `later` or `then`: `the night of 22 April 2025 and, later, for the night
        // Lauren died`; development set 132. Not `22 April 2025 and the night Lauren died`.)
        return wordsBetween(text, date.lastToken, t) > 3
            || ((date.lastToken + 1)..<t).contains {
                text.tokens[$0].kind == .word && Self.anotherTime.contains(NameMatching.word(text, $0))
            }
    }

    static let anotherTime: Set<String> = ["later", "then"]

    /// `ought to have seen the deceased`: the person, not a death.
    private func theDeceased(_ text: ScanText, _ k: Int) -> Bool {
        guard StructuredScan.equals(text, range(text.tokens[k]), "deceased"), let p = NameMatching.previousWord(text, before: k)
        else { return false }
        return NameMatching.word(text, p).lowercased() == "the"
    }

    /// `happy bday to my nephew`: a chat's birthday wish, not a contact card's `BDAY:` field
    /// (capitals and a colon or semicolon; development set 97).
    private func casualBday(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        guard t.end - t.start == 4, StructuredScan.equals(text, t.start..<t.end, "bday") else { return false }
        return
            !(NameMatching.word(text, k) == "BDAY"
            && (StructuredScan.isChar(text, t.end, ":") || StructuredScan.isChar(text, t.end, ";")))
    }

    /// `[chair: this is not her date of death]`, `the date of the arrest, not of the death`: a
    /// comment that the date is not one (development sets 105 and 117).
    private func deniedDate(_ text: ScanText, _ k: Int) -> Bool {
        // (The keyword may start a wrapped line: `not of the` ending the line before `death`;
        // not a form's next field: `Post-mortem: Not` over `Date of death: 14/03/2023`.)
        func previous(_ q: Int) -> Int? { NameMatching.wordBefore(text, q, lines: q == k ? 1 : 0) }
        func article(_ q: Int) -> Bool {
            StructuredScan.index(text, token: q, in: NameAfterKin.possessives) != nil || NameMatching.word(text, q) == "the"
        }
        func skippingArticle(_ q: Int?) -> Int? { q.flatMap { article($0) ? previous($0) : $0 } }
        guard let of = skippingArticle(previous(k)), StructuredScan.equals(text, range(text.tokens[of]), "of"),
            var q = previous(of)
        else { return false }
        if StructuredScan.equals(text, range(text.tokens[q]), "date") {
            guard let r = skippingArticle(previous(q)) else { return false }
            q = r
        }
        return StructuredScan.equals(text, range(text.tokens[q]), "not")
    }

    /// `11/10/2021 09:05. Informed by police that client died on Saturday 9 October`: the
    /// keyword after a date has a day of its own (`on` and a weekday, or a day and a month),
    /// so the earlier date is not the death's (development set 41).
    private func datedAfter(_ text: ScanText, _ k: Int) -> Bool {
        guard let on = NameMatching.nextWord(text, after: k), StructuredScan.equals(text, range(text.tokens[on]), "on")
        else { return false }
        var j = on + 1
        while j < text.tokens.count, text.tokens[j].kind == .space { j += 1 }
        guard j < text.tokens.count else { return false }
        if text.tokens[j].kind == .word {
            return NameContextWords.weekdays.contains(NameMatching.word(text, j).lowercased())
        }
        guard text.tokens[j].kind == .number else { return false }
        // (`died on 11th October`: past the day's ordinal.)
        if j + 1 < text.tokens.count, text.tokens[j + 1].kind == .word,
            StructuredScan.index(text, token: j + 1, in: Self.ordinals) != nil
        {
            j += 1
        }
        guard let m = NameMatching.nextWord(text, after: j) else { return false }
        return StructuredScan.index(text, token: m, in: Self.months) != nil
    }

    /// `took her own life on Sunday 14 April 2024` dates a death (development set 41): `life`
    /// after `took`, `taken` or `ended` and `her own` (or his, their, my); not `tried to take
    /// her own life`, `feared for her own life`, nor `life` alone.
    private func lifeNotOwn(_ text: ScanText, _ k: Int) -> Bool {
        guard StructuredScan.equals(text, range(text.tokens[k]), "life") else { return false }
        guard let own = NameMatching.previousWord(text, before: k), StructuredScan.equals(text, range(text.tokens[own]), "own"),
            let whose = NameMatching.previousWord(text, before: own),
            StructuredScan.index(text, token: whose, in: Self.possessives) != nil,
            let verb = NameMatching.previousWord(text, before: whose)
        else { return true }
        return StructuredScan.index(text, token: verb, in: Self.tookLifeVerbs) == nil
    }

    /// `If I dont go back they will say I killed her`: a killing someone fears will be said or
    /// may happen, a modal among the four words before (development set 83).
    func saidWillBe(_ text: ScanText, _ k: Int) -> Bool {
        guard StructuredScan.index(text, token: k, in: Self.killWords) != nil else { return false }
        var p = NameMatching.previousWord(text, before: k), words = 0
        while let q = p, words < 4 {
            if StructuredScan.index(text, token: q, in: Self.modalWords) != nil { return true }
            words += 1
            p = NameMatching.previousWord(text, before: q)
        }
        return false
    }

    static let modalWords: WordList = ["will", "would", "might", "could", "may", "gonna", "they'll", "i'll", "he'll"]

    /// `"Phone died"`, `the battery was dead`: a thing's, not a person's (development set 42).
    private func thingDied(_ text: ScanText, _ k: Int) -> Bool {
        guard StructuredScan.index(text, token: k, in: Self.thingDeathWords) != nil,
            var p = NameMatching.previousWord(text, before: k)
        else { return false }
        if StructuredScan.index(text, token: p, in: Self.resumingVerbs) != nil, let q = NameMatching.previousWord(text, before: p)
        {
            p = q
        }
        guard StructuredScan.index(text, token: p, in: Self.things) != nil else { return false }
        // (`The pedestrian struck by the car died`: the thing ends a phrase about the person.)
        guard var q = NameMatching.previousWord(text, before: p) else { return true }
        if StructuredScan.index(text, token: q, in: Self.determiners) != nil, let r = NameMatching.previousWord(text, before: q) {
            q = r
        }
        return StructuredScan.index(text, token: q, in: Self.thingPrepositions) == nil
    }

    static let thingDeathWords: WordList = ["died", "dead", "dies"]
    static let thingPrepositions: WordList = ["by", "with", "from", "into", "under", "in", "of", "hit", "struck", "behind"]
    static let things: WordList = [
        "phone", "phones", "mobile", "battery", "batteries", "car", "engine", "van", "signal", "line", "laptop", "tablet",
        "charger", "radio", "torch", "screen", "boiler", "meter",
    ]

    static let possessives: WordList = ["her", "his", "their", "my"]
    static let tookLifeVerbs: WordList = ["took", "taken", "ended"]

    static let inquiryVerbs: WordList = ["was", "is", "opened", "held", "concluded", "began", "resumed", "closed", "ended"]
    static let inquiryWords: WordList = ["inquest", "investigation", "inquiry", "enquiry", "review", "hearing"]

    static let determiners: WordList = ["the", "her", "his", "their", "a"]

    static let reportWords: WordList = [
        "notified", "informed", "told", "learned", "learnt", "heard", "aware", "notification", "news", "advised",
        "notice", "reported", "report", "inform", "informs", "notify", "notifies", "tell", "tells", "learns", "hears",
        "registration",
    ]

    /// Words that make `birth` the name of a service or a role, not anyone's date of birth:
    /// a health visitor's `new birth visit`, a `pre-birth assessment`, a `birth plan`.
    static let birthServiceBefore: WordList = ["new", "pre", "post", "at"]
    static let birthServiceAfter: WordList = [
        "visit", "visits", "assessment", "assessments", "plan", "plans", "partner", "conference", "review",
        "mother", "father", "parent", "parents", "family", "certificate", "certificates", "name", "names",
    ]

    /// Words after `death` that make it the name of a kind of review: `5 March 2026 – Our first
    /// related death review` dates the review, not a death (development set 36).
    static let deathServiceAfter: WordList = ["review", "reviews"]

    /// `Hari yn dod eto`: Welsh `dod` (come) in a Welsh sentence, not a date of death's
    /// abbreviation (development set 82).
    func welshDod(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        return t.end - t.start == 3 && StructuredScan.equals(text, range(t), "dod")
            && !text.scalars[t.start].isScanUppercase && UndeclaredNameRule.otherLanguageWord(text, k)
    }

    /// Whether `birth` at token `k` is part of such a term (`pre-birth`, `new birth visit`), or
    /// `death` of `death review`.
    func serviceTerm(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        if t.end - t.start == 5, StructuredScan.equals(text, range(t), "death") {
            guard let n = NameMatching.nextWord(text, after: k), n == k + 2 else { return false }
            return StructuredScan.index(text, range(text.tokens[n]), in: Self.deathServiceAfter) != nil
        }
        guard t.end - t.start == 5, StructuredScan.equals(text, range(t), "birth") else { return false }
        var j = k - 1
        if j >= 0, text.tokens[j].kind == .space || isOther(text, j, "-") { j -= 1 }
        if j >= 0, text.tokens[j].kind == .word,
            StructuredScan.index(text, range(text.tokens[j]), in: Self.birthServiceBefore) != nil
        {
            return true
        }
        guard let n = NameMatching.nextWord(text, after: k), n <= k + 2 else { return false }
        return StructuredScan.index(text, range(text.tokens[n]), in: Self.birthServiceAfter) != nil
    }

    /// `QUILLIGAN, Teresa Ann (14-03-1990, …`, `Berfin Doğan (12/05/1986)`: a date in brackets
    /// straight after a person's name is how records give a date of birth. Both words must
    /// be capitalised and neither an ordinary word (unless a given name) nor an agency's, so
    /// `Operation Encompass (15 March 2021)` and `Clare's Law (8 March 2014)` stay dates.
    /// (`SUBJECT 1: PICKLES WAYNE ANTHONY  30/08/1961`: a record's name in capitals, then its
    /// date, is one too; development set 79.)
    func bracketedAfterName(_ text: ScanText, _ date: FoundDate) -> String? {
        nameBeforeBracket(text, date.firstToken) || childBeforeBracket(text, date.firstToken)
            || nameInCapitalsBefore(text, date.firstToken) ? "DOB" : nil
    }

    /// `has the children incl Paige (02/02/2013)`: a given name in brackets' way after a word
    /// for children among the four words before it (development set 52).
    private func childBeforeBracket(_ text: ScanText, _ first: Int) -> Bool {
        guard let j = wordBeforeBracket(text, first), FirstNames.kind(of: NameMatching.word(text, j)) == .plain else {
            return false
        }
        var k = j, words = 0
        while let p = NameMatching.previousWord(text, before: k), words < 4 {
            if StructuredScan.index(text, token: p, in: Self.childWords) != nil { return true }
            words += 1
            k = p
        }
        return false
    }

    /// The word right before the bracket that opens at token `first` - 1 (one space between
    /// at most): `Paige (02/02/2013)`.
    private func wordBeforeBracket(_ text: ScanText, _ first: Int) -> Int? {
        var j = first - 1
        guard isOther(text, j, "(") else { return nil }
        j -= 1
        if isSpace(text, j) { j -= 1 }
        guard let t = token(text, j), t.kind == .word else { return nil }
        return j
    }

    static let childWords: WordList = [
        "children", "child", "son", "sons", "daughter", "daughters", "baby", "kids", "stepson", "stepdaughter",
    ]

    /// Whether a given name and a surname in capitals, neither an English word, a place, an
    /// agency or letters without a vowel (`DHR`), stand right before token `k` (one or two spaces
    /// between, as a fixed-width record pads them).
    func nameInCapitalsBefore(_ text: ScanText, _ k: Int) -> Bool {
        guard k >= 4, isSpace(text, k - 1), text.tokens[k - 1].end - text.tokens[k - 1].start <= 2,
            let surname = token(text, k - 2), surname.kind == .word,
            let p = NameMatching.previousWord(text, before: k - 2), p + 2 == k - 2
        else { return false }
        for w in [p, k - 2] {
            let word = NameMatching.word(text, w)
            guard word.count >= 3, NameMatching.allCapitals(word), word.contains(where: { "AEIOUY".contains($0) }),
                !NameAfterRole.englishWords.contains(word.lowercased()) || FirstNames.kind(of: word) != nil,
                !NameContextWords.placeOrAgency.contains(NameMatching.fold(word)), !Self.recordAbbreviations.contains(word),
                // (`CHELTENHAM  THURSDAY 14 MARCH 2024`: a racecard's meeting and its day;
                // development set 113.)
                !Self.weekdays.contains(word.lowercased())
            else { return false }
        }
        return FirstNames.kind(of: NameMatching.word(text, p)) != nil
            || !NameAfterRole.englishWords.contains(NameMatching.word(text, k - 2).lowercased())
    }

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// A record's abbreviations before a month and year (`LIC EXP 03/2023`, a licence's
    /// expiry; development set 110).
    static let recordAbbreviations: Set<String> = ["LIC", "EXP", "EXPY", "REF", "REG", "ISS", "VAL", "REN", "INS", "MOT"]

    /// Whether token `first` opens a bracket straight after two capitalised words that are
    /// neither ordinary words (unless given names) nor an agency's.
    func nameBeforeBracket(_ text: ScanText, _ first: Int) -> Bool {
        guard let j = wordBeforeBracket(text, first) else { return false }
        // (`QUENNELL, Tobias (17/02/1978)`: a name written surname first.)
        var c = j - 1
        while isSpace(text, c) { c -= 1 }
        guard
            let p = isOther(text, c, ",")
                ? NameMatching.previousWord(text, before: c) : NameMatching.previousWord(text, before: j)
        else { return false }
        // (`WAYNE BULLOCK (MAR 74)`: a surname in a record's capitals after a given name may be
        // an ordinary word too; development set 68.)
        let surnameInCapitals =
            FirstNames.kind(of: NameMatching.word(text, p)) == .plain && NameMatching.allCapitals(NameMatching.word(text, j))
        for k in [p, j] {
            let word = NameMatching.word(text, k)
            guard word.first?.isUppercase == true, word.count >= 2 else { return false }
            let lower = word.lowercased()
            if NameContextWords.placeOrAgency.contains(NameMatching.fold(word)) { return false }
            if NameAfterRole.englishWords.contains(lower), FirstNames.kind(of: word) == nil, !(k == j && surnameInCapitals) {
                return false
            }
        }
        return true
    }

    /// Words that say someone died, however far into a chronology entry: `died`, `killed`,
    /// `murdered`, `found dead`, `pronounced dead`, `death confirmed`, `life extinct`, `fatal
    /// injuries`.
    static func saysDeath(_ words: [String]) -> Bool {
        // `Informed by police that K's mother has died`, `Heard from the coach that Eli's mum
        // has died`: after a report word, the entry is the day someone heard the news
        // (development set 43).
        let news = words.firstIndex(where: { reportWords.contains($0.lowercased()) }) ?? words.count
        for (n, w) in words.enumerated() {
            if n > news { return false }
            let word = w.lowercased()
            // `her husband had died`, `died some years later`: another time than the date's.
            let near = words[max(0, n - 1)..<min(words.count, n + 4)].map { $0.lowercased() }
            if near.contains(where: { ["had", "later", "earlier", "ago", "previously", "afterwards", "years"].contains($0) }) {
                continue
            }
            // (`at risk of being killed`: feared, not done.)
            let feared = n > 0 && Self.feared(words[n - 1])
            // (`they will say I killed her`: a killing feared to be said; development set 83.)
            let modal =
                (word == "killed" || word == "murdered")
                && words[max(0, n - 4)..<n].contains { Self.modalWords.words.contains($0.lowercased()) }
            if ["died", "killed", "murdered", "extinct"].contains(word), !feared, !modal { return true }
            if word == "dead", n > 0, ["found", "pronounced", "declared", "confirmed"].contains(words[n - 1].lowercased()) {
                return true
            }
            // `found with fatal injuries`.
            if word == "fatal", n + 1 < words.count,
                ["injuries", "injury", "wounds", "wound"].contains(words[n + 1].lowercased())
            {
                return true
            }
            if word == "death", n + 1 < words.count,
                ["confirmed", "pronounced", "declared", "verified", "recorded"].contains(words[n + 1].lowercased())
            {
                return true
            }
            // `Sudden death`, a police log's kind of incident, and `Found hanging` (development set 39).
            if word == "death", n > 0, ["sudden", "unexpected", "unexplained"].contains(words[n - 1].lowercased()) {
                return true
            }
            if word == "hanging", n > 0, words[n - 1].lowercased() == "found" { return true }
        }
        return false
    }

    /// What a news item's first sentence says happened on its date.
    static let newsEvents: WordList = ["published", "publishes", "launched", "launches", "announced", "released"]

    /// `- **30th October 2024**: At 22:19 … Adult K is found unresponsive. Death confirmed at
    /// 22:47.`: a date leading its line owns a death the rest of the line reports.
    /// (`… died at 02:35 on 4 October 2024`: a later date after the death word owns it.)
    func leadingEntryKeyword(_ text: ScanText, _ date: FoundDate, nextDate: Int) -> String? {
        guard leadsLine(text, date) else { return nil }
        var words: [Int] = []
        var candidate: Int?
        var k = date.lastToken + 1
        // (`**30 June 2025 — DHR 2024/02 published.** The review into the death of …`: a news
        // item's first sentence names the day's own event; a death told after it is not that
        // day's; development set 73.)
        var firstSentenceEnd: Int?, eventFirst = false
        while k < text.tokens.count, text.tokens[k].kind != .newline, words.count < 80 {
            if text.tokens[k].kind == .word {
                words.append(k)
                if firstSentenceEnd == nil, StructuredScan.index(text, token: k, in: Self.newsEvents) != nil { eventFirst = true }
                // Words only for a line that has a death word at all: most have none.
                if candidate == nil, StructuredScan.index(text, token: k, in: Self.deathWords) != nil { candidate = k }
            } else if firstSentenceEnd == nil, !words.isEmpty, sentenceEnds(text, k) {
                firstSentenceEnd = k
            }
            k += 1
        }
        // (`17 March 2024 — the day before she died`: a date measured from the death; set 105.)
        guard let candidate, !(candidate < nextDate && nextDate < k), !datedAfter(text, candidate),
            !relative(text, before: candidate)
        else { return nil }
        if eventFirst, let end = firstSentenceEnd, candidate > end { return nil }
        return Self.saysDeath(words.map { NameMatching.word(text, $0) }) ? "died" : nil
    }

    /// `On the evening of 19 February 2024 Adult J stabbed Vilma in their flat. … Vilma was
    /// pronounced dead at the scene.`: one of the next two sentences of the paragraph (three for
    /// `died at the scene`) says the person died
    /// that day (`pronounced dead`, `declared dead`, `confirmed dead`, `died at the scene`), and
    /// gives no date of its own (`bounds` ends at the next date).
    func sameDayDeath(_ text: ScanText, _ date: FoundDate, within bounds: Range<Int>) -> String? {
        var k = date.lastToken + 1
        // To the end of the date's sentence, in its paragraph (`pulled from the river on 7 May
        // 2021 but could not be revived`).
        while k < bounds.upperBound, !sentenceEnds(text, k) {
            if blockBoundary(text, k) { return nil }
            if text.tokens[k].kind == .word, notRevived(text, k) { return "died" }
            k += 1
        }
        let sentenceEnd = k
        // (Looked for only once a conviction is met: most dates' sentences have none.)
        func attack() -> Bool {
            (date.lastToken + 1..<sentenceEnd).contains {
                text.tokens[$0].kind == .word && StructuredScan.index(text, token: $0, in: Self.fatalAttacks) != nil
            }
        }
        guard k < bounds.upperBound, text.tokens[k].kind != .newline else { return nil }
        k += 1
        var previous: Int?, found: Int?
        var sentences = 1, timeMoved = false
        // The next two sentences of the paragraph, and a third for a death at the scene (`… Mr K
        // stabbed Asha in the kitchen. Child A called 999. Crews arrived within nine minutes. Asha
        // died at the scene.`; development set 41), which is that day's wherever it is told.
        while k < bounds.upperBound, !blockBoundary(text, k) {
            if sentenceEnds(text, k) {
                sentences += 1
                guard sentences <= 3, text.tokens[k].kind != .newline else { return nil }
            }
            if text.tokens[k].kind == .word {
                // (`Over the following months the abuse got worse. In the autumn …`: time moved on.)
                if StructuredScan.index(text, token: k, in: Self.timeShiftWords) != nil
                    || StructuredScan.index(text, token: k, in: Self.months) != nil
                {
                    timeMoved = true
                }
                if sentences <= 2, StructuredScan.equals(text, range(text.tokens[k]), "dead"), let p = previous,
                    StructuredScan.index(text, token: p, in: Self.pronounceWords) != nil
                {
                    return "dead"
                }
                // (`… said he had "let my mother go to God". Police found Malini dead in her
                // bedroom.`: found dead, the person's name or two words between; development set 94.)
                if text.tokens[k].end - text.tokens[k].start == 5, StructuredScan.equals(text, range(text.tokens[k]), "found") {
                    found = k
                }
                // (Not `She was found dead at Brunel Court on 22 February 2024.`: that sentence's own
                // date is the death's; development set 3.)
                if sentences <= 2, !timeMoved, let f = found, f < k, wordsBetween(text, f, k) <= 2,
                    StructuredScan.equals(text, range(text.tokens[k]), "dead"),
                    !dateLaterInSentence(text, k, before: bounds.upperBound)
                {
                    return "dead"
                }
                if sentences <= 2 || !timeMoved, StructuredScan.equals(text, range(text.tokens[k]), "died"),
                    let a = NameMatching.nextWord(text, after: k),
                    let b = NameMatching.nextWord(text, after: a), let c = NameMatching.nextWord(text, after: b),
                    StructuredScan.equals(text, range(text.tokens[a]), "at"),
                    StructuredScan.equals(text, range(text.tokens[c]), "scene")
                {
                    return "died"
                }
                if sentences <= 2, StructuredScan.equals(text, range(text.tokens[k]), "died"), sameDayLater(text, after: k) {
                    return "died"
                }
                // (`… was brought ashore by the inshore lifeboat, but could not be revived.`;
                // development set 42.)
                if sentences <= 2, notRevived(text, k) { return "died" }
                // `On 22 March 2025 Ravi … stabbed her. … He was convicted of murder`: the attack
                // the conviction names is the killing (development set 46; not `attempted murder`).
                let length = text.tokens[k].end - text.tokens[k].start
                // (`He pleaded guilty to murder`; development set 69.)
                if length == 6 || length == 12, !timeMoved, StructuredScan.index(text, token: k, in: Self.killings) != nil,
                    let p = previous,
                    StructuredScan.index(text, token: p, in: Self.chargedWith) != nil
                        || StructuredScan.equals(text, range(text.tokens[p]), "to")
                            && NameMatching.previousWord(text, before: p).map({
                                StructuredScan.equals(text, range(text.tokens[$0]), "guilty")
                            }) == true,
                    attack()
                {
                    return NameMatching.word(text, k).lowercased()
                }
                previous = k
            }
            k += 1
        }
        return nil
    }

    /// `convicted … of the murder of Antonia De Marco on 17 January 2023`, `her murder on 3 May
    /// 2022`: the date of a murder or a manslaughter, named before `on` and the date; not an
    /// attempted one (development set 49).
    func killingDated(_ text: ScanText, _ date: FoundDate) -> String? {
        // (Words across spaces only: `charged with her murder. On 19 May 2023 the chair` is two sentences.)
        guard let on = NameMatching.wordBefore(text, date.firstToken), StructuredScan.equals(text, range(text.tokens[on]), "on"),
            var k = NameMatching.wordBefore(text, on)
        else { return nil }
        // The victim's name (up to four capitalised words) and `of`, or a possessive.
        var names = 0
        while names < 4, NameMatching.isCapitalised(NameMatching.word(text, k)), let p = NameMatching.wordBefore(text, k) {
            names += 1
            k = p
        }
        if names > 0 {
            guard StructuredScan.equals(text, range(text.tokens[k]), "of"), let p = NameMatching.wordBefore(text, k) else {
                return nil
            }
            k = p
        }
        guard StructuredScan.index(text, token: k, in: Self.killings) != nil, let p = NameMatching.wordBefore(text, k) else {
            return nil
        }
        if names == 0, StructuredScan.index(text, token: p, in: Self.possessivePronouns) == nil { return nil }
        if StructuredScan.index(text, token: p, in: Self.attempts) != nil { return nil }
        if StructuredScan.equals(text, range(text.tokens[p]), "the"), let q = NameMatching.wordBefore(text, p),
            StructuredScan.index(text, token: q, in: Self.attempts) != nil
        {
            return nil
        }
        return NameMatching.word(text, k).lowercased()
    }

    static let possessivePronouns: WordList = ["her", "his", "their"]
    static let attempts: WordList = ["attempted", "attempt", "conspiracy", "plot"]

    /// What an attack that killed is told as, and the crimes a conviction for it names.
    static let fatalAttacks: WordList = ["stabbed", "strangled", "shot", "bludgeoned", "smothered", "suffocated"]
    static let killings: WordList = ["murder", "manslaughter"]
    static let chargedWith: WordList = ["of", "for", "with"]

    /// `He died at the Royal Tamar Hospital later that morning.`: the rest of the sentence
    /// after `died` says the same day (`that morning`, `that day`, `the same day`, `hours later`;
    /// development set 37).
    private func sameDayLater(_ text: ScanText, after k: Int) -> Bool {
        var j = k + 1
        var previous: Int?
        while j < text.tokens.count, !sentenceEnds(text, j), !blockBoundary(text, j) {
            if text.tokens[j].kind == .word {
                if let p = previous {
                    if StructuredScan.index(text, token: j, in: Self.partsOfDay) != nil,
                        StructuredScan.equals(text, range(text.tokens[p]), "that")
                    {
                        return true
                    }
                    if StructuredScan.equals(text, range(text.tokens[j]), "day"),
                        StructuredScan.equals(text, range(text.tokens[p]), "same")
                    {
                        return true
                    }
                    if StructuredScan.equals(text, range(text.tokens[j]), "later"),
                        StructuredScan.equals(text, range(text.tokens[p]), "hours")
                    {
                        return true
                    }
                }
                previous = j
            }
            j += 1
        }
        return false
    }

    static let partsOfDay: WordList = ["morning", "day", "afternoon", "evening", "night"]

    static let revivedWords: WordList = ["revived", "resuscitated"]

    /// `could not be revived` at token `k`, said of a person: a name, a pronoun or `but`
    /// before `could` (`The agreement could not be revived.`, `It could not be revived.` are not).
    private func notRevived(_ text: ScanText, _ k: Int) -> Bool {
        guard StructuredScan.index(text, token: k, in: Self.revivedWords) != nil,
            let be = NameMatching.previousWord(text, before: k), StructuredScan.equals(text, range(text.tokens[be]), "be"),
            let not = NameMatching.previousWord(text, before: be), StructuredScan.equals(text, range(text.tokens[not]), "not"),
            let could = NameMatching.previousWord(text, before: not),
            let subject = NameMatching.previousWord(text, before: could)
        else { return false }
        if StructuredScan.index(text, token: subject, in: Self.revivedSubjects) != nil { return true }
        let word = NameMatching.word(text, subject)
        return NameMatching.isCapitalised(word) && StructuredScan.index(text, token: subject, in: Self.thingPronouns) == nil
    }

    static let revivedSubjects: WordList = [
        "he", "she", "they", "but", "and", "victim", "man", "woman", "patient", "baby", "child", "boy", "girl",
    ]
    static let thingPronouns: WordList = ["it", "this", "that", "which", "these", "those"]
    static let pronounceWords: WordList = ["pronounced", "declared", "confirmed", "certified"]

    /// The words `saysDeath` turns on.
    static let deathWords: WordList = ["died", "killed", "murdered", "extinct", "dead", "death", "fatal", "hanging"]

    /// Whether only emphasis or a list marker stands between the start of its line and the date.
    private func leadsLine(_ text: ScanText, _ date: FoundDate) -> Bool { leadsLine(text, date.firstToken) }

    /// `before her death`, `after he died`, `since the funeral`: within four words before
    /// the keyword at `k`.
    private func relative(_ text: ScanText, before k: Int, anniversary: Bool = true) -> Bool {
        var j = k - 1, words = 0
        while j >= 0, words < 4 {
            let t = text.tokens[j]
            if t.kind == .word {
                words += 1
                // `4 July 2024, the eve of her mother's death`.
                if let i = StructuredScan.index(text, range(t), in: Self.relativeWords), anniversary || i < 8 { return true }
            } else if t.kind == .number {
                words += 1  // `before Child 4 was born`
            } else if t.kind == .newline {
                // (`… before Rose` then `died.` on the next line of the paragraph; development
                // set 47. A blank line ends the look.)
                var p = j - 1
                while p >= 0, text.tokens[p].kind == .space { p -= 1 }
                if p < 0 || text.tokens[p].kind == .newline { return false }
            } else if t.kind != .space {
                return false
            }
            j -= 1
        }
        return false
    }

    /// Words that measure a date from a birth or death; `anniversary` last.
    static let relativeWords: WordList = [
        "before", "after", "since", "following", "until", "till", "prior", "eve", "anniversary",
    ]

    /// Whether tokens `a` and `b` are within `window` words in one sentence, list item and
    /// table cell.
    func sameSentence(_ text: ScanText, from a: Int, to b: Int) -> Bool {
        guard wordsBetween(text, a, b) <= Self.window else { return false }
        for k in (a + 1)..<b where sentenceEnds(text, k) || blockBoundary(text, k) { return false }
        return true
    }

    /// Words and numbers strictly between tokens `a` and `b`.
    func wordsBetween(_ text: ScanText, _ a: Int, _ b: Int) -> Int {
        var n = 0
        for k in (min(a, b) + 1)..<max(a, b) where text.tokens[k].kind == .word || text.tokens[k].kind == .number { n += 1 }
        return n
    }

    /// "from 1 January 2019", "since …", "between …", "1 January 2019 to/until …": the date
    /// opens a period of time.
    private func startsPeriod(_ text: ScanText, _ date: FoundDate) -> Bool {
        var k = date.firstToken - 1
        // (`from` ending the line before, in the same paragraph.)
        while k >= 0,
            isSpace(text, k) || isOther(text, k, "*_")
                || (token(text, k)?.kind == .newline && !blockBoundary(text, k) && token(text, k - 1)?.kind != .newline)
        {
            k -= 1
        }
        if let t = token(text, k), t.kind == .word,
            StructuredScan.index(text, range(t), in: ["from", "since", "between"]) != nil
        {
            return true
        }
        // `set the period under review as 1 September 2019, when …, to the date of her death`;
        // `The period under review is 1 March 2019, when …` (development set 117: after `is` or
        // `was` only `period under review` or `review period`, not `the end of the period was`).
        if let t = token(text, k), t.kind == .word {
            let verb = StructuredScan.index(text, range(t), in: ["is", "was"]) != nil
            let asWord = !verb && StructuredScan.equals(text, range(t), "as")
            if verb || asWord {
                // Up to three words before, nearest first.
                var back: [Int] = []
                var j = k
                while back.count < 3, let p = NameMatching.previousWord(text, before: j) {
                    back.append(p)
                    j = p
                }
                func said(_ words: [String]) -> Bool {
                    words.count <= back.count
                        && zip(back, words).allSatisfy { StructuredScan.equals(text, range(text.tokens[$0]), $1) }
                }
                if verb, said(["review", "under", "period"]) || said(["period", "review"]) { return true }
                if asWord,
                    back.contains(where: { StructuredScan.index(text, token: $0, in: ["period", "timeframe", "scope"]) != nil })
                {
                    return true
                }
            }
        }
        k = date.lastToken + 1
        while k < text.tokens.count, isSpace(text, k) || isOther(text, k, ",*_") { k += 1 }
        // (`1 March 2021 (Adil's sentence) to Nazira's death`: an aside in brackets first;
        // development set 66.)
        if isOther(text, k, "("), let close = (k + 1..<min(k + 24, text.tokens.count)).first(where: { isOther(text, $0, ")") }),
            !(k..<close).contains(where: { text.tokens[$0].kind == .newline })
        {
            k = close + 1
            while k < text.tokens.count, isSpace(text, k) || isOther(text, k, ",") { k += 1 }
        }
        guard let t = token(text, k), t.kind == .word else { return false }
        return StructuredScan.index(text, range(t), in: ["to", "until", "till"]) != nil
    }

    /// A blank line, or ". ", "! ", "? " (after any closing `**`) followed by a capital
    /// letter or a new line.
    private func sentenceEnds(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        if t.kind == .newline, token(text, k + 1)?.kind == .newline || token(text, k - 1)?.kind == .newline { return true }
        guard isOther(text, k, ".!?") else { return false }
        var after = k + 1
        while isOther(text, after, "*_") { after += 1 }
        guard isSpace(text, after) || token(text, after)?.kind == .newline else { return false }
        // Initials such as "D.O.B." are not the end of a sentence.
        if let prev = token(text, k - 1), prev.kind == .word, prev.end - prev.start == 1, isOther(text, k - 2, ".") {
            return false
        }
        guard let next = token(text, after + 1) else { return true }
        return next.kind == .newline || (next.kind == .word && StructuredScan.capitalised(text, next))
    }

    /// `| Date of birth | 9th May 1930 |`: a date alone at the start of its cell, after a short
    /// cell that names a birth or a death (a redaction log's row; development set 30). The
    /// keyword, if so.
    private func labelCell(_ text: ScanText, _ date: FoundDate) -> String? {
        var k = date.firstToken - 1
        while isSpace(text, k) { k -= 1 }
        guard isOther(text, k, "|") else { return nil }
        var j = k - 1, words = 0
        var keyword: String?
        while j >= 0, !isOther(text, j, "|"), token(text, j)?.kind != .newline {
            if text.tokens[j].kind == .word {
                words += 1
                // (Only words that name a birth or a death: `| See anyone at risk of being killed |
                // 30 September 2025 |` is an action's due date.)
                if let i = StructuredScan.index(text, token: j, in: Self.labelKeywords), !serviceTerm(text, j),
                    !hypothetical(text, j)
                {
                    keyword = Self.labelKeywords[i]
                }
            }
            j -= 1
        }
        guard isOther(text, j, "|"), words <= 12 else { return nil }
        return keyword
    }

    static let labelKeywords: WordList = ["born", "dob", "birth", "died", "death", "deceased", "dod"]

    /// A table cell's edge (`|`), or a line break that starts a new list item, quote,
    /// heading or table row: what is on the other side is about something else.
    /// Whether the line that newline token `k` ends, or the one it starts, holds a tab.
    private func tabbedLineEnds(_ text: ScanText, at k: Int) -> Bool {
        let s = text.scalars, at = text.tokens[k].start
        var i = at - 1
        while i >= 0, s[i] != "\n" {
            if s[i] == "\t" { return true }
            i -= 1
        }
        i = at + 1
        while i < s.count, s[i] != "\n" {
            if s[i] == "\t" { return true }
            i += 1
        }
        return false
    }

    private func blockBoundary(_ text: ScanText, _ k: Int) -> Bool {
        if isOther(text, k, "|") { return true }
        guard token(text, k)?.kind == .newline else { return false }
        var j = k + 1
        while isSpace(text, j) { j += 1 }
        if isOther(text, j, "-*+>#|") { return true }
        return token(text, j)?.kind == .number && isOther(text, j + 1, ".)")
    }

    /// `née le 12 janvier 1986`: French for born, a keyword only before `le`, since English
    /// writes `née` before a maiden name (`Rosie Buckland (née Loveridge)`; development set 43).
    func frenchBorn(_ text: ScanText, _ k: Int) -> Bool {
        (StructuredScan.equals(text, range(text.tokens[k]), "née") || StructuredScan.equals(text, range(text.tokens[k]), "né"))
            && isSpace(text, k + 1) && token(text, k + 2).map({ StructuredScan.equals(text, range($0), "le") }) == true
    }

    /// "D.O.B" (with or without the last dot), found at any of its letters.
    func isDOBAbbreviation(_ text: ScanText, _ k: Int, _ letters: [String] = ["d", "o", "b"]) -> Bool {
        for start in [k, k - 2, k - 4] {
            guard start >= 0, start + 4 < text.tokens.count else { continue }
            let parts = [text.tokens[start], text.tokens[start + 2], text.tokens[start + 4]]
            if isOther(text, start + 1, "."), isOther(text, start + 3, "."),
                zip(parts, letters).allSatisfy({ StructuredScan.equals(text, range($0), $1) })
            {
                return true
            }
        }
        return false
    }

    /// `14/07/2021, 23:12 - Nata Baucau 💛:`: another language's word for born or died,
    /// capitalised before a capitalised word, is a name (a chat's sender; Italian `nata`;
    /// development set 95).
    func nameLikeKeyword(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        guard StructuredScan.isUpper(text.scalars[t.start]), k + 2 < text.tokens.count, text.tokens[k + 1].kind == .space,
            text.tokens[k + 2].kind == .word, StructuredScan.isUpper(text.scalars[text.tokens[k + 2].start])
        else { return false }
        let word = NameMatching.word(text, k).lowercased()
        return Self.foreignBirthWords.contains(word) || Self.foreignDeathWords.contains(word)
    }
}
