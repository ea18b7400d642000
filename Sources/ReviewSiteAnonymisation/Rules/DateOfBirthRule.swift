import ReviewSiteCore
import ReviewSiteNames

/// `date-of-birth`: full day-month-year dates ("15 May 2020", "15th May 2020", "May 15, 2020",
/// "15/05/2020", "15.05.2020", "2020-05-15"). Near born, DOB, D.O.B., date of birth, died,
/// death, dead, deceased, funeral, killed (same sentence, at most fifteen words away; or a
/// chronology row that says someone died) a full date is an error: a date of birth or death
/// identifies a person, and so does the same date anywhere else in the text. Not near "aged":
/// an age given with a date is an event's date. Any other full date in the body of a
/// review or briefing is an `event-date` warning (issue 12), which the checks sum up once
/// per file (EventDateSummary): chronologies are full of them and one warning each would
/// drown the rest.
/// Month-year dates, years, times, paragraph numbers and section numbers stay quiet.
package struct DateOfBirthRule: AnonymisationRule {
    package let id = RuleID.dateOfBirth

    package init() {}

    package static let months: WordList = [
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    ]
    package static let shortMonths: WordList = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    static let septKey = WordList.key(of: "sept")
    static let dobKey = WordList.key(of: "dob")
    static let dKey = WordList.key(of: "d")
    /// A day's ordinal ending ("15th"; French `1er janvier`).
    static let ordinals: WordList = ["st", "nd", "rd", "th", "er"]
    package static let keywords = WordList(
        // (`BDAY:1971-06-30`: a vCard's birthday; development set 110.)
        ["born", "dob", "birth", "birthday", "bday"] + englishDeathWords + withCapitals(foreignBirthWords)
            + withCapitals(foreignDeathWords))
    /// Words and, for those starting with a letter outside ASCII, their capitalised forms: the
    /// word lists match ASCII letters in either case only (`Народився 19 липня 1981 р.`).
    static func withCapitals(_ words: [String]) -> [String] {
        words + words.filter { ($0.unicodeScalars.first?.value ?? 0) >= 0x80 }.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }
    /// Words that date a death (`DateOfBirthContext` treats these apart from birth words).
    static let englishDeathWords = [
        "died", "dies", "death", "dead", "deceased", "funeral", "killed", "kills", "murdered", "burial", "cremation", "dod",
        "life",
    ]
    // Born and died in the languages whose months are known (`Simony, narodenej 2.
    // septembra 1986, ktorá zomrela`; development set 39; `Mi hija nació el 6 de
    // noviembre de 1993`, development set 40): Polish, Slovak, Czech, Romanian,
    // Portuguese, Spanish, Welsh, German, Lithuanian, Latvian, Turkish, French, Ukrainian, Russian,
    // and the census languages below.
    static let foreignBirthWords = [
        "urodzona", "urodzony", "urodził", "urodziła", "narodená", "narodenej", "narodený", "narodil", "narodila",
        "narozena", "narozen", "narozený", "născută", "născut", "nascuta", "nascut", "nascida", "nascido", "nacida",
        "nacido", "ganwyd", "geboren", "gimė", "gimusi", "dzimusi", "dzimis", "doğdu", "doğumlu", "nació", "nasceu",
        "народження", "народився", "народилася", "рождения", "родился", "родилась",
        // The languages added with the census's months (above): French, Italian, German,
        // Bulgarian, Albanian, Somali, Tagalog, Malay and Indonesian, Estonian.
        "naissance", "né", "nato", "nata", "nascita", "geb", "geburtsdatum", "роден", "родена", "раждане", "lindur",
        "lindi", "datëlindja", "dhashay", "dhalasho", "ipinanganak", "kapanganakan", "lahir", "sündinud", "sünniaeg",
        // Bosnian, Serbian, Croatian and Slovene (`rođena 4. aprila 1981.`).
        "rođena", "rođen", "rodjena", "rodjen", "rodena", "roden", "rojena", "rojen", "rođenja", "rodjenja",
    ]
    static let foreignDeathWords = [
        "zmarła", "zmarł", "zomrela", "zomrel", "zemřela", "zemřel", "decedată", "decedat", "faleceu", "falecida",
        "falecido", "falleció", "fallecida", "fallecido", "gestorben", "mirė", "öldü", "murió", "morreu", "décédée",
        "décédé", "помер", "померла", "смерті", "умер", "умерла", "смерти",
        "décès", "morto", "morta", "deceduto", "deceduta", "verstorben", "почина", "починал", "починала", "vdiq",
        "vdekur", "dhintay", "namatay", "meninggal", "mirusi", "miris",
        "umrla", "umro", "preminula", "preminuo", "umrl",
    ]
    /// How many words away a keyword may be.
    package static let window = 15

    /// A date found in the tokens: its scalar range, which tokens are day, month and year.
    struct FoundDate {
        package var range: Range<Int>
        package var firstToken: Int
        package var lastToken: Int
        package var day: Range<Int>
        package var month: Range<Int>
        package var year: Range<Int>
        /// "03.07.85", "03-07-85": a date only near a keyword (otherwise a section number).
        package var weak = false
        /// Day, month and the year's last two digits as one number, however it is written.
        package var key = 0
        /// For a numeric date that reads both ways, the key of its month-first reading.
        package var swappedKey: Int? = nil
    }

    /// `“1989-02-14 – 2024-03-09”`, `For Desi. 8.8.1995 – 2.2.2025`: two full dates joined
    /// by a dash (or an order of service's middle dot: `23rd June 1990 · 17th February 2022`,
    /// development set 41) alone, a lifetime apart (16 to 110 years), and not a field's value (`Employed:
    /// …`) or a word's: a gravestone's or a plaque's dates of birth and death (development set 31).
    func lifeRange(_ text: ScanText, _ first: FoundDate, _ second: FoundDate) -> Bool {
        guard let from = Int(text.slice(first.year)), let to = Int(text.slice(second.year)), from >= 1000,
            (16...110).contains(to - from)
        else { return false }
        var dashes = 0, dot = false
        for k in (first.lastToken + 1)..<second.firstToken {
            let t = text.tokens[k]
            if t.kind == .space { continue }
            guard t.kind == .other, t.end - t.start == 1,
                "-\u{2013}\u{2014}\u{B7}\u{2022}".unicodeScalars.contains(text.scalars[t.start])
            else { return false }
            dot = "\u{B7}\u{2022}".unicodeScalars.contains(text.scalars[t.start])
            dashes += 1
        }
        guard dashes == 1 else { return false }
        // (A dot only on a line of its own, as an order of service sets it: not `| 12/03/2001 •
        // 15/06/2019 |`, a list of contacts.)
        if dot, !aloneOnLine(text, from: first.firstToken, to: second.lastToken) { return false }
        var k = first.firstToken - 1
        while k >= 0, text.tokens[k].kind == .space { k -= 1 }
        guard k >= 0 else { return true }
        let before = text.tokens[k]
        return before.kind != .word && before.kind != .number && text.scalars[before.start] != ":"
    }

    /// Whether tokens `first` to `last` have only spaces and emphasis around them on their line.
    private func aloneOnLine(_ text: ScanText, from first: Int, to last: Int) -> Bool {
        func markup(_ k: Int) -> Bool {
            let t = text.tokens[k]
            return t.kind == .space || t.kind == .other && "*_#>".unicodeScalars.contains(text.scalars[t.start])
        }
        var k = first - 1
        while k >= 0, text.tokens[k].kind != .newline {
            guard markup(k) else { return false }
            k -= 1
        }
        k = last + 1
        while k < text.tokens.count, text.tokens[k].kind != .newline {
            guard markup(k) else { return false }
            k += 1
        }
        return true
    }

    package func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        var out: [AnonymisationFinding] = []
        let tokens = text.tokens
        var dates: [FoundDate] = []
        // One for the whole text: it keeps the table and the line it last read.
        var tables = TableColumns(text)
        // (A fixed-width record's `DOB` column is looked for only where the word is in the text.)
        let dobWord = text.wordKeys.contains(Self.dobKey)
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            guard tokens[k].kind == .number || tokens[k].kind == .word else { continue }
            guard let date = parse(text, k) else {
                if let found = monthYearOfBirth(text, k, &tables, dobWord: dobWord) ?? yearOfBirthField(text, k)
                    ?? compactDateOfBirth(text, k)
                {
                    out.append(found)
                    k += 2
                }
                continue
            }
            dates.append(date)
            k = date.lastToken
        }
        // A keyword between two dates belongs to the nearer one: the search stops at the
        // neighbouring dates.
        var keywords: [String?] = []
        var commaColumns = CommaColumns(text)
        var headingKeywords: [String: String?] = [:]
        for (i, date) in dates.enumerated() {
            var bounds = (i > 0 ? dates[i - 1].lastToken + 1 : 0)..<(i + 1 < dates.count ? dates[i + 1].firstToken : tokens.count)
            var inColumn = false
            // A comma-separated export's date under a `dob` heading is a date of birth; under
            // another, only its own row's words say what it was, not a word of the heading row
            // (`opened` beside `dob`; development set 52).
            if let heading = commaColumns.heading(at: date.range.lowerBound) {
                let keyword = headingKeywords[heading] ?? Self.lifeHeading(heading)
                headingKeywords[heading] = keyword
                if let keyword {
                    keywords.append(keyword)
                    continue
                }
                inColumn = true
                var first = date.firstToken
                while first > bounds.lowerBound, tokens[first - 1].kind != .newline { first -= 1 }
                bounds = first..<bounds.upperBound
            }
            // "date of birth as 04/07/98 and one as 07/04/1998": a list of dates after a
            // keyword shares it.
            let previousKeyword = keywords.last ?? nil
            // (Not a record's next field: `DOB : 14-Feb-1991 … Reg date : 09-Aug-2016`.)
            // (Nor an export's next column: `"02/05/2007","11/06/2024"` under `"DOB","Date"`;
            // development set 117.)
            let listed =
                i > 0 && !inColumn && previousKeyword != nil
                && sameSentence(text, from: dates[i - 1].lastToken, to: date.firstToken)
                && !labelledField(text, date) && !laterField(text, after: dates[i - 1].lastToken, date)
                && !((dobRightBefore(text, dates[i - 1]) || afterSexMarker(text, dates[i - 1]) != nil)
                    && newlineBetween(text, dates[i - 1].lastToken, date.firstToken))
                // (Nor the next cell of a row pasted from a spreadsheet: `04/04/1996⇥UZB⇥08/06/22`,
                // a date of birth, then the date of arrival; development set 59.)
                && !text.scalars[tokens[dates[i - 1].lastToken].end..<tokens[date.firstToken].start].contains("\t")
                // (Nor a later row of a table: `| Perp DOB | 05/1990 (33) … |` over `| Referral | … –
                // 6 Dec 2023 |`; development set 114.)
                && !text.scalars[tokens[dates[i - 1].lastToken].end..<tokens[date.firstToken].start].contains("|")
                // (Nor an event's date after the bracket that held the last: `(DOB 5.11.79, NHS …) on
                // 2 Aug 2021`; development set 99. `as 05/12/1946 (GP), 5.12.46 (care agency)` is
                // still a list.)
                && !(text.scalars[tokens[dates[i - 1].lastToken].end..<tokens[date.firstToken].start].contains(")")
                    && NameMatching.previousWord(text, before: date.firstToken).map { NameMatching.word(text, $0) == "on" }
                        == true)
                // (Nor a field's value after a label, on a line browsers join to the last:
                // `DOB 21/10/2014, Year 3` then `Referring agency: … incident 30/10/22`;
                // development set 72.)
                && !labelBetween(text, dates[i - 1].lastToken, date.firstToken)
                // (Nor after a full stop that ends the last date's sentence, whatever starts the
                // next: `DOB 12/11/1991. 1 PREV DOM INCIDENT 03/03/22`; development set 111.)
                && !(isOther(text, dates[i - 1].lastToken + 1, ".") && isSpace(text, dates[i - 1].lastToken + 2))
                // (Nor a thing's own day after a turn: `Child 1's birth was on 11 June 2018, but
                // the new birth visit was on 30 June 2018`; development set 124. `Child A on 11 June
                // 2018 but Child B on 3 March 2020` is still a list.)
                && !(wasOn(text, before: date.firstToken) && contrastBetween(text, dates[i - 1].lastToken, date.firstToken))
            // `The review into the death of "Adult K" was published on 8 December 2025`: the date
            // a document was published or signed off is never a birth or a death (development
            // set 28), nor is a document's own date (`Date of issue 12 JAN 2010`, after a date
            // of birth; development set 42).
            if documentDated(text, date) {
                keywords.append(nil)
                continue
            }
            let near: String? =
                abbreviatedEvent(text, date) ?? sunriseOrSunset(text, date) ?? nearbyKeyword(text, date, within: bounds)
                ?? tables.birthColumnKeyword(at: date.range.lowerBound)
                ?? tables.eventRowKeyword(at: date.range.lowerBound) ?? bracketedAfterName(text, date)
                ?? leadingEntryKeyword(text, date, nextDate: bounds.upperBound) ?? afterSexMarker(text, date)
            let told: String? =
                (listed ? previousKeyword : nil) ?? sameDayDeath(text, date, within: bounds) ?? killingDated(text, date)
            // (A fixed-width record's `DOB` column is looked for last: most dates have a word nearer.)
            keywords.append(
                near ?? told ?? (dobWord && dobColumnAbove(text, date.firstToken) ? "DOB" : nil) ?? ageOnDate(text, date))
        }
        for i in dates.indices.dropLast() where lifeRange(text, dates[i], dates[i + 1]) {
            keywords[i] = keywords[i] ?? "birth"
            keywords[i + 1] = keywords[i + 1] ?? "death"
        }
        // A date given once as a date of birth or death is that date wherever else the text
        // gives it ("Thursday 22 August 2024 is not a date the family will forget").
        let keyed = Set(zip(dates, keywords).compactMap { $1 == nil ? nil : $0.key })
        for (date, keyword) in zip(dates, keywords) {
            let matched = text.slice(date.range)
            // (A date that reads both ways matches either reading: `04/02/2023` for 2 April 2023.)
            let keys = [date.key] + (date.swappedKey.map { [$0] } ?? [])
            // A weak date (`21.7.86`) counts only near a keyword, or as a date of birth or death
            // this text gives in another writing (`DOB 21/07/1986. The school has 21.7.86`;
            // development set 115).
            if date.weak, keyword == nil, !keys.contains(where: keyed.contains) { continue }
            if keyword == nil, keys.contains(where: { keyed.contains($0) || context.lifeDatesElsewhere.contains($0) }) {
                let source =
                    keys.contains(where: keyed.contains)
                    ? "this text gives elsewhere" : "this page or another file of its review gives"
                out.append(
                    AnonymisationFinding(
                        rule: id, severity: .error, range: date.range, matched: matched,
                        message:
                            "full date (\(mask(text, date, hideYear: true))) that \(source) as a date of birth or death; remove it, or give the month and year only",
                        dateKey: date.key))
            } else if let keyword {
                out.append(
                    AnonymisationFinding(
                        rule: id, severity: .error, range: date.range, matched: matched,
                        message:
                            "full date near '\(keyword)' (\(mask(text, date, hideYear: true))); a date of birth or death can identify the person: remove it, or give an age or the month and year only",
                        dateKey: date.key))
            } else if text.field == nil, context.strictDatesOfBirth {
                // An event date: its own rule, summarised once per file (EventDateSummary).
                out.append(
                    AnonymisationFinding(
                        rule: RuleID.eventDate, severity: .warning, range: date.range, matched: matched,
                        message:
                            "full date (\(mask(text, date, hideYear: false))); use the month and year only, such as 'March 2023', or waive it with a reason if the exact day matters",
                        dateKey: date.key))
            }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: Finding dates

    func parse(_ text: ScanText, _ k: Int) -> FoundDate? {
        guard let t = token(text, k) else { return nil }
        if t.kind == .word {
            if let date = inWords(text, k) { return date }
            // Only a capitalised word of month length can start "May 15, 2020".
            guard t.end - t.start >= 3, t.end - t.start <= 9, StructuredScan.capitalised(text, t) else { return nil }
            return monthFirst(text, k)
        }
        guard !gluedBefore(text, k) || nightsSecondDay(text, k) else { return nil }
        return textual(text, k) ?? hyphenated(text, k) ?? numeric(text, k) ?? compact(text, k) ?? spacedDots(text, k)
            ?? spacedSlashes(text, k) ?? spacedNumbers(text, k)
            ?? romanMonth(text, k) ?? yearFirst(text, k) ?? eightDigits(text, k)
    }

    func token(_ text: ScanText, _ k: Int) -> ScanToken? { k >= 0 && k < text.tokens.count ? text.tokens[k] : nil }
    /// The index in `words` of token `k`, if it is a word of the list (and the text has a token `k`).
    func wordIndex(_ text: ScanText, _ k: Int, in words: WordList) -> Int? {
        token(text, k)?.kind == .word ? StructuredScan.index(text, token: k, in: words) : nil
    }
    func range(_ t: ScanToken) -> Range<Int> { t.start..<t.end }
    func isOther(_ text: ScanText, _ k: Int, _ chars: String) -> Bool {
        guard let t = token(text, k), t.kind == .other, let s = StructuredScan.at(text, t.start) else { return false }
        return chars.unicodeScalars.contains(s)
    }
    func isSpace(_ text: ScanText, _ k: Int) -> Bool { token(text, k)?.kind == .space }
    func digits(_ t: ScanToken) -> Int { t.end - t.start }

    /// The keyword a column's heading gives its dates (`dob`, `date_of_death`), if any.
    /// (Dots, underscores and hyphens dropped: `d.o.b.`, `date_of_birth`, `DOD (approx)`.)
    static func lifeHeading(_ heading: String) -> String? {
        let h = heading.filter { $0 != "." && $0 != "_" && $0 != "-" }
        if h.contains("dob") || h.contains("birth") || h.contains("born") { return "dob" }
        if h.contains("death") || h.contains("died") || h.contains("dod") { return "death" }
        return nil
    }

    /// Part of a bigger number: "3.4 May 2021" is paragraph 3.4, not 4 May, and "3,4 May 2021"
    /// paragraphs 3 and 4. Before a date written in numbers a comma glues only a thousands
    /// group of three digits: a spreadsheet's `EV-88125,11/05/2025,00:52:19` has a date between
    /// its commas (development set 119).
    private func gluedBefore(_ text: ScanText, _ k: Int) -> Bool {
        guard token(text, k - 2)?.kind == .number else { return false }
        if isOther(text, k - 1, "./-:") { return true }
        guard isOther(text, k - 1, ",") else { return false }
        return token(text, k).map(digits) == 3 || !isOther(text, k + 1, "/-.")
    }
    /// `the night of 2/3 November 2024`, `18-19 May`: the second day of two, written before
    /// their month, is a date of its own (development set 45).
    private func nightsSecondDay(_ text: ScanText, _ k: Int) -> Bool {
        guard let t = token(text, k), t.kind == .number, digits(t) <= 2, isOther(text, k - 1, "/-"),
            let d = token(text, k - 2), d.kind == .number, digits(d) <= 2, !isOther(text, k - 3, ".,/-:"),
            isSpace(text, k + 1), monthNumber(text, k + 2) != nil
        else { return false }
        return true
    }
    /// (Not a comma after the year: `21/07/1986,123,Police` is a row's next field.)
    func gluedAfter(_ text: ScanText, _ k: Int) -> Bool {
        isOther(text, k + 1, "./-:") && token(text, k + 2)?.kind == .number
    }

    /// Months as documents in other languages write them in a date
    /// after its day (`10 Mai 2014`, `14 marca 1983`, `3 martie 1990`, `14 de março de 1983`);
    /// twelve to a language (development set 27: a Polish birth certificate; Welsh pages).
    static let foreignMonths: WordList = [
        "ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref", "tachwedd",
        "rhagfyr",
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
        "listopada", "grudnia",
        "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
        "noiembrie", "decembrie",
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
        "dezembro",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
        "diciembre",
        // Turkish, with its letters and without, and Greek in the genitive a date uses (`3 Mayıs
        // 1990`, `5 Ιουλίου 1938`; development set 34).
        "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
        "ocak", "subat", "mart", "nisan", "mayis", "haziran", "temmuz", "agustos", "eylul", "ekim", "kasim", "aralik",
        "ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου",
        "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου",
        // (Capitalised too: only ASCII letters are matched in either case.)
        "Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου",
        "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου",
        // Slovak and Czech in the genitive a date uses (`2. septembra 1986`, `4. listopadu
        // 2022`; development set 39: a Slovak letter to a family).
        "januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra",
        "decembra",
        "ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu",
        "prosince",
        // Ukrainian and Russian in the genitive a date uses (`19 липня 1981 р.`; development
        // set 41: a Ukrainian letter).
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада",
        "грудня",
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
        "декабря",
        // The other languages in Latin or Cyrillic letters among the 2021 census's most spoken
        // main languages in England and Wales: French (with and without accents), Italian,
        // German, Dutch, Bulgarian, Albanian, Somali, Tagalog, Latvian (the locative a date
        // uses); and Malay, Indonesian and Estonian, seen in development sets 38 and 42.
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
        "decembre",
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre",
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
        "dezember",
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
        "december",
        "януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
        "декември",
        "janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
        "dhjetor",
        "janaayo", "febraayo", "maarso", "abriil", "maajo", "juun", "luulyo", "ogosto", "sebtembar", "oktoobar",
        "nofembar", "desembar",
        "enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre", "oktubre", "nobyembre",
        "disyembre",
        "janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī",
        "novembrī", "decembrī",
        "januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos", "september", "oktober", "november",
        "disember",
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
        "desember",
        "jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november",
        "detsember",
        "jaanuaril", "veebruaril", "märtsil", "aprillil", "mail", "juunil", "juulil", "augustil", "septembril",
        "oktoobril", "novembril", "detsembril",
        // Bosnian, Serbian and Croatian (Latin letters), and Slovene, with the genitive a date
        // uses (`4. aprila 1981.`, `12. listopada 1979.`; development set 48: a Bosnian form).
        "januar", "februar", "mart", "april", "maj", "juni", "juli", "august", "septembar", "oktobar", "novembar",
        "decembar",
        "januara", "februara", "marta", "aprila", "maja", "juna", "jula", "augusta", "septembra", "oktobra",
        "novembra", "decembra",
        "siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada",
        "studenoga", "prosinca",
        "sijecnja", "veljace", "ozujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada",
        "studenog", "prosinca",
        "januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra",
        "novembra", "decembra",
    ]

    /// `mis Du`, `mis Genver`: a month in Cornish, `mis` ("month") and its name (`6 mis Du
    /// 2024` in a Cornish-language summary; development set 37). Returns the token after it.
    private func cornishMonth(_ text: ScanText, _ k: Int) -> (month: Int, next: Int)? {
        guard let t = token(text, k), StructuredScan.equals(text, range(t), "mis"), isSpace(text, k + 1),
            token(text, k + 2)?.kind == .word, let i = StructuredScan.index(text, token: k + 2, in: Self.cornishMonths)
        else { return nil }
        return (i + 1, k + 3)
    }

    /// Whether the word at token `i` is a month named after `mis` ("month" in Welsh and Cornish):
    /// `Mis Mai`, `mis Du`. A register's `Mai` there is a month, not a person.
    static func monthAfterMis(_ text: ScanText, _ i: Int) -> Bool {
        guard let p = NameMatching.wordBefore(text, i), p + 2 == i, NameMatching.word(text, p).lowercased() == "mis"
        else { return false }
        return StructuredScan.index(text, token: i, in: foreignMonths) != nil
            || StructuredScan.index(text, token: i, in: cornishMonths) != nil
    }

    static let cornishMonths: WordList = [
        "genver", "hwevrer", "meurth", "ebrel", "me", "metheven", "gortheren", "est", "gwynngala", "hedra", "du",
        "kevardhu",
    ]

    /// The month at token `k`; `foreign` (after a day) lets another language's month count,
    /// in either case. English months need their capital.
    private func monthNumber(_ text: ScanText, _ k: Int, foreign: Bool = false) -> (month: Int, next: Int)? {
        guard let t = token(text, k), t.kind == .word else { return nil }
        let capitalised = StructuredScan.capitalised(text, t)
        if foreign,
            !capitalised
                || (StructuredScan.index(text, token: k, in: Self.months) == nil
                    && StructuredScan.index(text, token: k, in: Self.shortMonths) == nil),
            let i = StructuredScan.index(text, token: k, in: Self.foreignMonths)
        {
            return (i % 12 + 1, k + 1)
        }
        guard capitalised else { return nil }
        let m =
            StructuredScan.index(text, token: k, in: Self.months)
            ?? StructuredScan.index(text, token: k, in: Self.shortMonths)
            ?? (StructuredScan.equals(text, token: k, Self.septKey) ? 8 : nil)
        guard let m else { return nil }
        // "May" in running text must be written with a capital to be a month.
        guard StructuredScan.capitalised(text, t) else { return nil }
        return (m + 1, isOther(text, k + 1, ".") && m != 4 ? k + 2 : k + 1)
    }

    /// Day number with an optional ordinal ("15", "15th"); returns the token after it.
    private func day(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        guard let t = token(text, k), t.kind == .number, digits(t) <= 2,
            let d = StructuredScan.number(text, range(t)), d >= 1
        else { return nil }
        if let o = token(text, k + 1), o.kind == .word,
            StructuredScan.index(text, token: k + 1, in: Self.ordinals) != nil
        {
            return (d, k + 2)
        }
        return (d, k + 1)
    }

    private func year(_ text: ScanText, _ k: Int) -> Int? {
        guard let t = token(text, k), t.kind == .number, digits(t) == 4,
            let y = StructuredScan.number(text, range(t)), (1900...2099).contains(y),
            !StructuredScan.wordChar(text, t.end), !gluedAfter(text, k)
        else { return nil }
        return y
    }

    /// `'97`, `’58`: a year's last two digits after an apostrophe (`April 3rd, '58`,
    /// development set 29), with a full year for the calendar check (the key keeps two digits).
    private func shortYear(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        isOther(text, k, "'\u{2019}") ? twoDigitYear(text, k + 1) : nil
    }

    /// "15 May 2020", "15th May, 2020", "15 of May 2020".
    private func textual(_ text: ScanText, _ k: Int) -> FoundDate? {
        guard let (d, afterDay) = day(text, k) else { return nil }
        // `2. septembra 1986`, `4. listopadu 2022`: a day and a full stop before the month, as
        // Slovak, Czech, Polish and German write it (development set 39); never before an
        // English month (`2. September 2021` may be a list's second item).
        if afterDay == k + 1, isOther(text, k + 1, "."), isSpace(text, k + 2), token(text, k + 3)?.kind == .word,
            StructuredScan.index(text, token: k + 3, in: Self.foreignMonths) != nil,
            StructuredScan.index(text, token: k + 3, in: Self.months) == nil
        {
            return monthAndYear(text, first: k, day: d, dayEnd: k + 1, after: k + 2)
        }
        return monthAndYear(text, first: k, day: d, dayEnd: afterDay - 1, after: afterDay)
    }

    /// The rest of a date written day first (tokens `first` to `dayEnd` are its day): a space,
    /// an optional `of`, the month, an optional comma, the year. `needsOf` asks for the `of`
    /// before the month; `ofYear` lets one stand before the year too.
    private func monthAndYear(
        _ text: ScanText, first k: Int, day d: Int, dayEnd: Int, after afterDay: Int, needsOf: Bool = false,
        ofYear: Bool = false, yearInWordsOnly: Bool = false
    ) -> FoundDate? {
        guard isSpace(text, afterDay) else { return nil }
        var m = afterDay + 1
        var of = false
        if let t = token(text, m), StructuredScan.equals(text, range(t), "of"), isSpace(text, m + 1) {
            m += 2
            of = true
        } else if let t = token(text, m), StructuredScan.equals(text, range(t), "de"), isSpace(text, m + 1),
            token(text, m + 2)?.kind == .word, StructuredScan.index(text, token: m + 2, in: Self.foreignMonths) != nil
        {
            m += 2  // `14 de março de 1983`
        }
        guard of || !needsOf, let (month, afterMonth) = cornishMonth(text, m) ?? monthNumber(text, m, foreign: true)
        else { return nil }
        var y = afterMonth
        if isOther(text, y, ",") { y += 1 }
        if token(text, m)?.kind == .word, StructuredScan.index(text, token: m, in: Self.foreignMonths) != nil, isSpace(text, y),
            let d = token(text, y + 1), StructuredScan.equals(text, range(d), "de")
        {
            y += 2
        }
        if ofYear, isSpace(text, y), let w = token(text, y + 1), StructuredScan.equals(text, range(w), "of") { y += 2 }
        // (A day in words may have its year in words too: `the third of March, two thousand and one`.)
        guard isSpace(text, y) else { return nil }
        let bare = yearInWordsOnly ? nil : twoDigitYear(text, y + 1)
        // (`the third of June, ninety-eight`: a year's last two digits read aloud.)
        let spoken = ofYear && yearInWords(text, y + 1) == nil ? spokenShortYear(text, y + 1) : nil
        guard
            let (yr, yearEnd) = yearInWordsOnly
                ? yearInWords(text, y + 1) ?? spoken
                : year(text, y + 1).map({ ($0, y + 1) }) ?? (ofYear ? yearInWords(text, y + 1) : nil)
                    ?? shortYear(text, y + 1) ?? bare ?? spoken,
            valid(d, month, yr), let first = token(text, k), let dayLast = token(text, dayEnd), let mt = token(text, m),
            let yearStart = token(text, y + 1), let last = token(text, yearEnd)
        else { return nil }
        return FoundDate(
            range: first.start..<last.end, firstToken: k, lastToken: yearEnd,
            day: first.start..<dayLast.end, month: range(mt), year: yearStart.start..<last.end,
            weak: bare != nil || spoken != nil && yr == spoken?.0 && yearEnd == spoken?.1,
            key: Self.key(d, month, yr))
    }

    /// Whether `was on` (or `is`, `were`) comes straight before token `k`.
    private func wasOn(_ text: ScanText, before k: Int) -> Bool {
        guard let on = NameMatching.wordBefore(text, k), NameMatching.word(text, on) == "on",
            let verb = NameMatching.wordBefore(text, on)
        else { return false }
        return ["was", "is", "were"].contains(NameMatching.word(text, verb))
    }

    /// Whether `but`, `whereas`, `although` or `though` stands between tokens `a` and `b`.
    private func contrastBetween(_ text: ScanText, _ a: Int, _ b: Int) -> Bool {
        (a + 1..<b).contains {
            text.tokens[$0].kind == .word && StructuredScan.index(text, token: $0, in: Self.contrastWords) != nil
        }
    }

    static let contrastWords: WordList = ["but", "whereas", "although", "though"]

    /// `DOB : 05 May 87`, `DOB 3 Jun 99`: a year's last two digits with no apostrophe, as
    /// hospital and phone-extraction records write it (development set 36). Weak: a date only
    /// near a keyword (`5 May 20 officers` is no date).
    /// (Not a day after a comma, before a month: `the eleventh of July, 11 July 1999` is one date
    /// said twice; development set 124. A record's `DOB 05 MAY 87 MAR 2023` keeps its year.)
    private func twoDigitYear(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        guard let t = token(text, k), t.kind == .number, digits(t) == 2, !StructuredScan.wordChar(text, t.end),
            !gluedAfter(text, k), let yy = StructuredScan.number(text, range(t)),
            !(yy <= 31 && isSpace(text, k - 1) && isOther(text, k - 2, ",") && isSpace(text, k + 1)
                && token(text, k + 2)?.kind == .word
                && (StructuredScan.index(text, token: k + 2, in: Self.months) != nil
                    || StructuredScan.index(text, token: k + 2, in: Self.shortMonths) != nil))
        else { return nil }
        return (yy < 30 ? 2000 + yy : 1900 + yy, k)
    }

    /// "nineteen eighty-eight", "two thousand and one", "Two thousand and twenty four",
    /// "twenty twenty-three": a year in words, and the token it ends on.
    private func yearInWords(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        var words: [(word: String, token: Int)] = []
        var j = k
        while words.count < 6, let t = token(text, j), t.kind == .word {
            words.append((NameMatching.word(text, j).lowercased(), j))
            guard isSpace(text, j + 1) || isOther(text, j + 1, "-") else { break }
            j += 2
        }
        let w = words.map(\.word)
        /// A number from one to ninety-nine starting at word `i`, and how many words it takes.
        func small(_ i: Int) -> (value: Int, count: Int)? {
            guard i < w.count else { return nil }
            if let v = Self.numberWords.firstIndex(of: w[i]), v < 19 { return (v + 1, 1) }
            guard let t = Self.decades.firstIndex(of: w[i]) else { return nil }
            if i + 1 < w.count, let u = Self.numberWords.firstIndex(of: w[i + 1]), u < 9 { return ((t + 2) * 10 + u + 1, 2) }
            return ((t + 2) * 10, 1)
        }
        guard w.count >= 2 else { return nil }
        if w[0] == "two", w[1] == "thousand" {
            let i = w.count > 2 && w[2] == "and" ? 3 : 2
            if let (v, c) = small(i) { return (2000 + v, words[i + c - 1].token) }
            return i == 2 ? (2000, words[1].token) : nil
        }
        if w[0] == "nineteen" || w[0] == "twenty", let (v, c) = small(1), v >= 10 {
            return ((w[0] == "nineteen" ? 1900 : 2000) + v, words[c].token)
        }
        return nil
    }

    static let numberWords = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    static let decades = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// "the eleventh of June 1970", "Twenty-first May 1984": a day written in words.
    private func inWords(_ text: ScanText, _ k: Int) -> FoundDate? {
        // Cheap tests first: a word of a number's length, then a space and a word.
        guard let t = token(text, k), (3...10).contains(t.end - t.start),
            isSpace(text, k + 1) || isOther(text, k + 1, "-"), token(text, k + 2)?.kind == .word
        else { return nil }
        // `fourteen March nineteen ninety-four`: a day read aloud, in a transcript, with its year
        // in words too (development set 42).
        if let (d, dayEnd) = cardinalDay(text, k) {
            return monthAndYear(text, first: k, day: d, dayEnd: dayEnd, after: dayEnd + 1, ofYear: true, yearInWordsOnly: true)
        }
        guard t.end - t.start >= 5, let (d, last) = ordinalDay(text, k) else { return nil }
        // (`the first May 2020 meeting`: `first`, `second` and `third` need their `of`;
        // `the fourteenth of February of 1952`: an `of` before the year too.)
        return monthAndYear(text, first: k, day: d, dayEnd: last, after: last + 1, needsOf: d <= 3, ofYear: true)
    }

    /// An ordinal day in words at `k` (`third`, `twenty-first`, `thirty first`): its value and last token.
    private func ordinalDay(_ text: ScanText, _ k: Int) -> (day: Int, last: Int)? {
        if let tens = wordIndex(text, k, in: Self.tensWords), isOther(text, k + 1, "-") || isSpace(text, k + 1),
            let unit = wordIndex(text, k + 2, in: Self.dayWords), unit < 9
        {
            let d = (tens + 2) * 10 + unit + 1
            return d <= 31 ? (d, k + 2) : nil
        }
        guard let n = wordIndex(text, k, in: Self.dayWords) else { return nil }
        return (n == 20 ? 30 : n + 1, k)
    }

    /// A day as a number in words at `k` (`fourteen`, `twenty-one`, `thirty one`): its value and last token.
    private func cardinalDay(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        guard let i = StructuredScan.index(text, token: k, in: Self.cardinalDayWords) else { return nil }
        let v = i + 1 == 20 ? 20 : i + 1 == 21 ? 30 : i + 1
        if v >= 20, isOther(text, k + 1, "-") || isSpace(text, k + 1), token(text, k + 2)?.kind == .word,
            let u = StructuredScan.index(text, token: k + 2, in: Self.cardinalDayWords), u < 9
        {
            return (v + u + 1, k + 2)
        }
        return (v, k)
    }

    /// Days as numbers in words, `one` to `nineteen`, then `twenty` and `thirty`.
    static let cardinalDayWords: WordList = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    ]

    /// Ordinal days in words, `first` to `twentieth` (the `thirtieth` too), and the tens.
    static let dayWords: WordList = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "thirtieth",
    ]
    static let tensWords: WordList = ["twenty", "thirty"]

    /// "14-Feb-1989", "14-Feb-89": how spreadsheets and case systems write a date.
    private func hyphenated(_ text: ScanText, _ k: Int) -> FoundDate? {
        guard let a = token(text, k), a.kind == .number, digits(a) <= 2, isOther(text, k + 1, "-"),
            let (month, afterMonth) = monthNumber(text, k + 2), afterMonth == k + 3, isOther(text, k + 3, "-"),
            let c = token(text, k + 4), c.kind == .number, digits(c) == 2 || digits(c) == 4,
            !StructuredScan.wordChar(text, c.end), !gluedAfter(text, k + 4),
            let d = StructuredScan.number(text, range(a)), let y = StructuredScan.number(text, range(c)),
            digits(c) == 2 || (1900...2099).contains(y), valid(d, month, digits(c) == 4 ? y : 1900 + y),
            let mt = token(text, k + 2)
        else { return nil }
        return FoundDate(
            range: a.start..<c.end, firstToken: k, lastToken: k + 4, day: range(a), month: range(mt), year: range(c),
            key: Self.key(d, month, y))
    }

    /// "01MAR56", "14FEB1989": a police system's date, run together (development set 33).
    private func compact(_ text: ScanText, _ k: Int) -> FoundDate? {
        guard let a = token(text, k), a.kind == .number, digits(a) <= 2, let mt = token(text, k + 1), mt.start == a.end,
            mt.end - mt.start == 3 || StructuredScan.equals(text, range(mt), "sept"),
            let (month, afterMonth) = monthNumber(text, k + 1), afterMonth == k + 2,
            let c = token(text, k + 2), c.kind == .number, c.start == mt.end, digits(c) == 2 || digits(c) == 4,
            !StructuredScan.wordChar(text, c.end), !gluedAfter(text, k + 2),
            let d = StructuredScan.number(text, range(a)), let y = StructuredScan.number(text, range(c)),
            digits(c) == 2 || (1900...2099).contains(y), valid(d, month, digits(c) == 4 ? y : 1900 + y)
        else { return nil }
        return FoundDate(
            range: a.start..<c.end, firstToken: k, lastToken: k + 2, day: range(a), month: range(mt), year: range(c),
            key: Self.key(d, month, y))
    }

    /// "8. 8. 1998": day, month and year with a space after each stop, as Czech, Slovak and
    /// German documents write them (development set 33); a four-digit year only.
    /// `DOB: 11 / 6 / 71`: a form's boxes typed out, a space either side of each slash; a
    /// date only near a keyword (development set 46: an ED triage form).
    private func spacedSlashes(_ text: ScanText, _ k: Int) -> FoundDate? {
        guard let a = token(text, k), a.kind == .number, digits(a) <= 2, isSpace(text, k + 1), isOther(text, k + 2, "/"),
            isSpace(text, k + 3), let b = token(text, k + 4), b.kind == .number, digits(b) <= 2, isSpace(text, k + 5),
            isOther(text, k + 6, "/"), isSpace(text, k + 7), let c = token(text, k + 8), c.kind == .number,
            digits(c) == 2 || digits(c) == 4, !StructuredScan.wordChar(text, c.end),
            let d = StructuredScan.number(text, range(a)), let m = StructuredScan.number(text, range(b)),
            let n = StructuredScan.number(text, range(c))
        else { return nil }
        let y = digits(c) == 4 ? n : (valid(d, m, 1900 + n) ? 1900 + n : 2000 + n)
        guard digits(c) == 2 || (1900...2099).contains(n), valid(d, m, y) else { return nil }
        return FoundDate(
            range: a.start..<c.end, firstToken: k, lastToken: k + 8, day: range(a), month: range(b), year: range(c),
            weak: true, key: Self.key(d, m, y))
    }

    /// `| Date of birth | 03 11 1945 |`: a form's boxes typed with a space between day, month
    /// and a four-digit year; a date only near a keyword (development set 52).
    private func spacedNumbers(_ text: ScanText, _ k: Int) -> FoundDate? {
        guard let a = token(text, k), a.kind == .number, digits(a) <= 2, isSpace(text, k + 1),
            text.tokens[k + 1].end - text.tokens[k + 1].start == 1, let b = token(text, k + 2), b.kind == .number,
            digits(b) <= 2, isSpace(text, k + 3), text.tokens[k + 3].end - text.tokens[k + 3].start == 1,
            let y = year(text, k + 4), let c = token(text, k + 4), !gluedBefore(text, k),
            let d = StructuredScan.number(text, range(a)), let m = StructuredScan.number(text, range(b)), valid(d, m, y)
        else { return nil }
        return FoundDate(
            range: a.start..<c.end, firstToken: k, lastToken: k + 4, day: range(a), month: range(b), year: range(c),
            weak: true, key: Self.key(d, m, y))
    }

    private func spacedDots(_ text: ScanText, _ k: Int) -> FoundDate? {
        guard let a = token(text, k), a.kind == .number, digits(a) <= 2, isOther(text, k + 1, "."), isSpace(text, k + 2),
            let b = token(text, k + 3), b.kind == .number, digits(b) <= 2, isOther(text, k + 4, "."), isSpace(text, k + 5),
            let y = year(text, k + 6), let c = token(text, k + 6),
            let d = StructuredScan.number(text, range(a)), let m = StructuredScan.number(text, range(b)), valid(d, m, y)
        else { return nil }
        return FoundDate(
            range: a.start..<c.end, firstToken: k, lastToken: k + 6, day: range(a), month: range(b), year: range(c),
            key: Self.key(d, m, y))
    }

    /// "May 15, 2020", "May 15th 2020".
    /// "May 15, 2020", "June the 3rd, 1984"; "June the third, nineteen eighty-four" and "June
    /// third, eighty-four" as a call or an interview is written down, a day in words with its
    /// year in words (a short one only near a keyword).
    private func monthFirst(_ text: ScanText, _ k: Int) -> FoundDate? {
        guard let (month, afterMonth) = monthNumber(text, k), isSpace(text, afterMonth) else { return nil }
        var dayAt = afterMonth + 1
        if let t = token(text, dayAt), StructuredScan.equals(text, range(t), "the"), isSpace(text, dayAt + 1) { dayAt += 2 }
        let inWords = token(text, dayAt)?.kind == .word
        guard let (d, afterDay) = inWords ? ordinalDay(text, dayAt).map({ ($0.day, $0.last + 1) }) : day(text, dayAt)
        else { return nil }
        var y = afterDay
        if isOther(text, y, ",") { y += 1 }
        let spoken = inWords && yearInWords(text, y + 1) == nil ? spokenShortYear(text, y + 1) : nil
        guard isSpace(text, y),
            let (yr, yearEnd) = year(text, y + 1).map({ ($0, y + 1) }) ?? shortYear(text, y + 1)
                ?? (inWords ? yearInWords(text, y + 1) : nil) ?? spoken,
            valid(d, month, yr), let first = token(text, k), let dayFirst = token(text, dayAt),
            let dayLast = token(text, afterDay - 1), let yearStart = token(text, y + 1), let last = token(text, yearEnd)
        else { return nil }
        return FoundDate(
            range: first.start..<last.end, firstToken: k, lastToken: yearEnd,
            day: dayFirst.start..<dayLast.end, month: range(first), year: yearStart.start..<last.end,
            weak: spoken != nil, key: Self.key(d, month, yr))
    }

    /// `ninety-eight`, `eighty four`: a year's last two digits read aloud (`the third of June,
    /// ninety-eight`), a year from 1930 to 1999 or 2000 to 2029. Weak: a date only near a keyword.
    private func spokenShortYear(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        guard let tens = wordIndex(text, k, in: Self.decadeWords) else { return nil }
        var v = (tens + 2) * 10
        var end = k
        if isOther(text, k + 1, "-") || isSpace(text, k + 1), let unit = wordIndex(text, k + 2, in: Self.cardinalDayWords),
            unit < 9
        {
            v += unit + 1
            end = k + 2
        }
        // (A number goes on: `ninety-eight thousand`, `eighty-four per cent`.)
        if isSpace(text, end + 1), wordIndex(text, end + 2, in: Self.numberGoesOnWords) != nil {
            return nil
        }
        return (v >= 30 ? 1900 + v : 2000 + v, end)
    }

    static let decadeWords: WordList = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let numberGoesOnWords: WordList = ["hundred", "thousand", "million", "per", "percent", "pounds", "years"]

    /// "15/05/2020", "15-05-2020", "15.05.2020", "15/05/20", "2020-05-15".
    private func numeric(_ text: ScanText, _ k: Int) -> FoundDate? {
        guard let a = token(text, k), a.kind == .number, isOther(text, k + 1, "/-."),
            let b = token(text, k + 2), b.kind == .number, isOther(text, k + 3, "/-."),
            let c = token(text, k + 4), c.kind == .number,
            let sep = StructuredScan.at(text, k + 1 < text.tokens.count ? text.tokens[k + 1].start : -1),
            StructuredScan.at(text, text.tokens[k + 3].start) == sep,
            !StructuredScan.wordChar(text, c.end), !gluedAfter(text, k + 4),
            let na = StructuredScan.number(text, range(a)), let nb = StructuredScan.number(text, range(b)),
            let nc = StructuredScan.number(text, range(c))
        else { return nil }
        let r = a.start..<c.end
        // (`born 1982.11.11`, year first with full stops: near a keyword only, as a version
        // number may be written so; development set 36.)
        if digits(a) == 4, digits(b) == 2, digits(c) == 2, (1900...2099).contains(na), valid(nc, nb, na) {
            return FoundDate(
                range: r, firstToken: k, lastToken: k + 4, day: range(c), month: range(b), year: range(a),
                weak: sep == ".", key: Self.key(nc, nb, na))
        }
        guard digits(a) <= 2, digits(b) <= 2 else { return nil }
        let yearOK = digits(c) == 4 ? (1900...2099).contains(nc) : digits(c) == 2
        func validDate(_ d: Int, _ m: Int) -> Bool {
            valid(d, m, digits(c) == 4 ? nc : 2000 + nc) || (digits(c) == 2 && valid(d, m, 1900 + nc))
        }
        guard yearOK else { return nil }
        if !validDate(na, nb) {
            // `07/22/1975`: written the American way, month first (no British reading).
            guard sep == "/", digits(c) == 4, validDate(nb, na) else { return nil }
            return FoundDate(
                range: r, firstToken: k, lastToken: k + 4, day: range(b), month: range(a), year: range(c),
                key: Self.key(nb, na, nc))
        }
        return FoundDate(
            range: r, firstToken: k, lastToken: k + 4, day: range(a), month: range(b), year: range(c),
            weak: digits(c) == 2 && sep != "/", key: Self.key(na, nb, nc),
            // `04/02/2023` may be 2 April written the American way.
            swappedKey: na != nb && nb <= 12 && validDate(nb, na) ? Self.key(nb, na, nc) : nil)
    }

    /// One number for a day, month and year (two- and four-digit years alike).
    static func key(_ d: Int, _ m: Int, _ y: Int) -> Int { (y % 100) * 10_000 + m * 100 + d }

    func valid(_ d: Int, _ m: Int, _ y: Int) -> Bool {
        guard (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days
    }

    /// "born in March 1984", "DOB: March 1984", "month and year of birth, 03/1979": the month
    /// and year of birth, a warning.
    private func monthYearOfBirth(_ text: ScanText, _ k: Int, _ table: inout TableColumns, dobWord: Bool)
        -> AnonymisationFinding?
    {
        guard let t = token(text, k) else { return nil }
        let y: ScanToken
        let shown: String
        // (`born in Senegal in juin 1986`: a month in another language before a year; development
        // set 69. Looked up only there, as this runs at every word.)
        if t.kind == .word,
            let (_, after) = monthNumber(text, k)
                ?? (isSpace(text, k + 1) && year(text, k + 2) != nil ? monthNumber(text, k, foreign: true) : nil),
            isSpace(text, after) || isOther(text, after, "-"),
            let at = year(text, after + 1) != nil ? after + 1 : yearAfterOf(text, after + 1), let yt = token(text, at)
        {
            // (`Jul-1981`: a record's month and year joined by a hyphen; development set 54.)
            y = yt
            shown = text.slice(t.start..<t.end) + (at == after + 1 ? (isSpace(text, after) ? " ****" : "-****") : " of ****")
        } else if t.kind == .number, digits(t) <= 2, let m = StructuredScan.number(text, range(t)), (1...12).contains(m),
            isOther(text, k + 1, "/.-"), year(text, k + 2) != nil, !gluedBefore(text, k), let yt = token(text, k + 2)
        {
            // "03/1979", "06.1989".
            y = yt
            shown = "**/****"
        } else if t.kind == .number, year(text, k) == nil, digits(t) == 4, isOther(text, k + 1, "-"),
            let yr = StructuredScan.number(text, range(t)), (1900...2099).contains(yr), !gluedBefore(text, k),
            let mt = token(text, k + 2), mt.kind == .number, digits(mt) == 2,
            let m = StructuredScan.number(text, range(mt)), (1...12).contains(m),
            !StructuredScan.wordChar(text, mt.end), !gluedAfter(text, k + 2)
        {
            // "1996-05": the year and month, as a spreadsheet writes them (development set 33).
            y = mt
            shown = "****-**"
        } else if t.kind == .word, isOther(text, k + 2, "'\u{2019}") || isOther(text, k + 4, "'\u{2019}"),
            let (_, after) = monthNumber(text, k), isSpace(text, after),
            isOther(text, after + 1, "'\u{2019}"), let yt = token(text, after + 2), yt.kind == .number, digits(yt) == 2,
            !StructuredScan.wordChar(text, yt.end)
        {
            // `born Feb '79`: the year written short after an apostrophe (development set 92).
            y = yt
            shown = text.slice(t.start..<t.end) + " '**"
        } else if t.kind == .word, let (_, after) = monthNumber(text, k), isSpace(text, after),
            let yt = token(text, after + 1), yt.kind == .number, digits(yt) == 2, isOther(text, after + 2, ")"),
            nameBeforeBracket(text, k)
        {
            // `Zulfiqar HANIF (Nov 91)`: a police record's month and year of birth.
            return monthYearFinding(text, t.start..<yt.end, text.slice(t.start..<t.end) + " **")
        } else if t.kind == .word, isSpace(text, k + 1), let yt = token(text, k + 2), yt.kind == .number, digits(yt) == 2,
            !StructuredScan.wordChar(text, yt.end), !(isOther(text, k + 3, ":/.-") && StructuredScan.digit(text, yt.end + 1)),
            dobLabelRightBefore(text, k), let (_, after) = monthNumber(text, k), after == k + 1
        {
            // `D.O.B. MARCH 83 (approx)`: a record's month and two-digit year, straight after its
            // date-of-birth label (development set 132).
            return monthYearFinding(text, t.start..<yt.end, text.slice(t.start..<t.end) + " **")
        } else {
            return nil
        }
        // (`D.O.B. MARCH 1983 approx`: the label's own full stop ends no sentence; an outside review.)
        if dobLabelRightBefore(text, k) { return monthYearFinding(text, t.start..<y.end, shown) }
        // A keyword among the four words before, in the same sentence.
        var j = k - 1, words = 0
        while j >= 0, words < 4 {
            let w = text.tokens[j]
            // `(b. 11/1991)`: born, written short, right before.
            if words == 0, isOther(text, j, "."), let b = token(text, j - 1), b.kind == .word,
                StructuredScan.equals(text, range(b), "b"), !isOther(text, j - 2, ".")
            {
                return monthYearFinding(text, t.start..<y.end, shown)
            }
            // (A table's cell ends the search: `| 02/05/1981 | Meera born |` in the row above
            // does not make `| June 2003 | Marriage |` a birth; development set 26.)
            if w.kind == .newline || isOther(text, j, ".!?;|") { break }
            if w.kind == .word {
                words += 1
                if StructuredScan.index(text, range(w), in: ["born", "birth", "dob"]) != nil,
                    !serviceTerm(text, j)
                        || isDOBAbbreviation(text, j)
                {
                    return monthYearFinding(text, t.start..<y.end, shown)
                }
            } else if w.kind == .number {
                // `from her birth in 2020 to October 2024`: a year between is the keyword's.
                // (But `dates of birth … (June 1986 and June 1987)`: a month and year joined to one
                // that is a birth's is one too; development set 68.)
                if digits(w) == 4 {
                    if words == 1, isSpace(text, j + 1),
                        StructuredScan.index(text, range(text.tokens[j + 2]), in: ["and", "or"]) != nil,
                        isSpace(text, j - 1), monthNumber(text, j - 2) != nil,
                        monthYearOfBirth(text, j - 2, &table, dobWord: dobWord) != nil
                    {
                        return monthYearFinding(text, t.start..<y.end, shown)
                    }
                    break
                }
                words += 1
            }
            j -= 1
        }
        // `Her date of birth is held on the police record as November 1991`: further back
        // in the sentence, the words `date of birth`.
        if dateOfBirthEarlier(text, before: k) { return monthYearFinding(text, t.start..<y.end, shown) }
        // `- **May 1966** — Martin born`: a chronology entry led by the month and year.
        if leadsLine(text, k), bornFollows(text, after: text.tokens.firstIndex { $0.start == y.start } ?? k) {
            return monthYearFinding(text, t.start..<y.end, shown)
        }
        // `| Jul 2022 | Child E born at the Royal Infirmary |`: a chronology table's row led by
        // the month and year, `born` in the next cell (development set 48).
        if leadsRow(text, k), bornFollows(text, after: text.tokens.firstIndex { $0.start == y.start } ?? k, cells: 2) {
            return monthYearFinding(text, t.start..<y.end, shown)
        }
        // `born in Hong Kong in December 1987`: the birthplace between.
        if bornInPlace(text, before: k) { return monthYearFinding(text, t.start..<y.end, shown) }
        // `| DOB | 08/12/1987 | 04/1985 |`: a table row or column of dates of birth, or a
        // fixed-width record's column.
        if table.birthColumnKeyword(at: t.start) != nil || dobWord && dobColumnAbove(text, k) {
            return monthYearFinding(text, t.start..<y.end, shown)
        }
        // `OCCUPANTS: SAKIUSA WAQANIVALU 06/1988,`: a record's name in capitals, then its month
        // and year of birth (development set 57).
        // (Not `DHR BFCSP 2023-01`: a reference's letters before a year and month.)
        if shown == "**/****", nameInCapitalsBefore(text, k) { return monthYearFinding(text, t.start..<y.end, shown) }
        return nil
    }

    /// Whether `DOB`, `D.O.B.` or `birth` is the word right before token `k` (a colon or a full
    /// stop between).
    private func dobLabelRightBefore(_ text: ScanText, _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, isSpace(text, j) || isOther(text, j, ":.-\u{2013}\u{2014}") { j -= 1 }
        // (Runs at every word: by the word's length first, with no list.)
        guard j < k - 1, let w = token(text, j), w.kind == .word else { return false }
        switch w.end - w.start {
        case 3: return StructuredScan.equals(text, range(w), "dob")
        case 5: return StructuredScan.equals(text, range(w), "birth")
        case 1: return isDOBAbbreviation(text, j)
        default: return false
        }
    }

    /// `DOB 1984 (age 38)`, `DOB ??/??/1981`, `Year of birth: 1979`: a record's field that gives
    /// only the year of birth, a warning like a month and year (development sets 44 and 45).
    /// Only right after the field's label: `born in 1984` is as common as an age.
    private func yearOfBirthField(_ text: ScanText, _ k: Int) -> AnonymisationFinding? {
        guard year(text, k) != nil, let t = token(text, k), !gluedBefore(text, k) else { return nil }
        var j = k - 1
        // The unknown day and month: `??/??/`, `XX/XX/`, `--/--/`.
        if isOther(text, j, "/") {
            var marks = 0
            while let u = token(text, j), marks < 8,
                isOther(text, j, "?/-*") || u.kind == .word && text.slice(range(u)).allSatisfy({ $0 == "X" || $0 == "x" })
            {
                j -= 1
                marks += 1
            }
        }
        guard birthLabel(text, before: j) else { return nil }
        let r = t.start..<t.end
        return AnonymisationFinding(
            rule: id, severity: .warning, range: r, matched: text.slice(r),
            message: "year of birth (****); with other details it can identify the person: remove it or give an age instead")
    }

    /// Whether `DOB`, `YOB`, `D.O.B.` or `date of birth` (and a colon) ends at or before token `j`.
    private func birthLabel(_ text: ScanText, before j: Int) -> Bool {
        var j = j
        // (A form's leader dots: `Date of birth .... 03061990`; development set 72.)
        while isSpace(text, j) || isOther(text, j, ":._") { j -= 1 }
        guard let w = token(text, j), w.kind == .word else { return false }
        return StructuredScan.index(text, range(w), in: ["dob", "yob"]) != nil && !serviceTerm(text, j)
            || isDOBAbbreviation(text, j)
            || ofBirth(text, j, after: ["date", "year"])
    }

    /// `DOB 05041988`: a date of birth written as eight digits, day, month and year (or year,
    /// month and day), as police and call-handling systems print it (development set 61).
    private func compactDateOfBirth(_ text: ScanText, _ k: Int) -> AnonymisationFinding? {
        // (`DOB 09071990.` ends its sentence: a full stop with no digit after it goes on to no
        // other number; development set 107.)
        guard let t = token(text, k), t.kind == .number, t.end - t.start == 8, !gluedBefore(text, k),
            !isOther(text, k + 1, "/-"), !(isOther(text, k + 1, ".") && StructuredScan.digit(text, t.end + 1)),
            Self.eightDigitDate(text, t, years: 1900...2030), birthLabel(text, before: k - 1)
        else { return nil }
        let r = t.start..<t.end
        return AnonymisationFinding(
            rule: id, severity: .error, range: r, matched: text.slice(r),
            message:
                "full date near 'DOB' (********); a date of birth or death can identify the person: remove it, or give an age or the month and year only"
        )
    }

    /// Whether number token `t` of eight digits spells a day, a month and a year in `years`,
    /// day first (`09071990`) or year first (`19900709`).
    static func eightDigitDate(_ text: ScanText, _ t: ScanToken, years: ClosedRange<Int>) -> Bool {
        guard t.end - t.start == 8 else { return false }
        let d = text.scalars[t.start..<t.end].map { Int($0.value) - 48 }
        func n(_ a: Int, _ b: Int) -> Int { d[a..<b].reduce(0) { $0 * 10 + $1 } }
        return (1...31).contains(n(0, 2)) && (1...12).contains(n(2, 4)) && years.contains(n(4, 8))
            || years.contains(n(0, 4)) && (1...12).contains(n(4, 6)) && (1...31).contains(n(6, 8))
    }

    /// `the September of 1961` (development set 29): the year's token after `of` at token `k`.
    private func yearAfterOf(_ text: ScanText, _ k: Int) -> Int? {
        guard let t = token(text, k), StructuredScan.equals(text, range(t), "of"), isSpace(text, k + 1),
            year(text, k + 2) != nil
        else { return nil }
        return k + 2
    }

    /// `date of birth` (or `DOB`) within fifteen words before token `k`, in its sentence,
    /// with no other number between.
    private func dateOfBirthEarlier(_ text: ScanText, before k: Int) -> Bool {
        var j = k - 1, words = 0
        while j >= 0, words < 15 {
            let w = text.tokens[j]
            if w.kind == .newline || isOther(text, j, ".!?;|") || w.kind == .number { return false }
            if w.kind == .word {
                words += 1
                if StructuredScan.equals(text, range(w), "dob") { return true }
                if ofBirth(text, j, after: ["date"]) { return true }
            }
            j -= 1
        }
        return false
    }

    /// Whether token `j` is `birth` after `of` and one of `words` (`date of birth`).
    private func ofBirth(_ text: ScanText, _ j: Int, after words: [String]) -> Bool {
        guard StructuredScan.equals(text, range(text.tokens[j]), "birth"), let o = NameMatching.previousWord(text, before: j),
            StructuredScan.equals(text, range(text.tokens[o]), "of"), let d = NameMatching.previousWord(text, before: o)
        else { return false }
        return StructuredScan.index(text, range(text.tokens[d]), in: words) != nil
    }

    /// `born in Hong Kong in`, `born in Iași, in north-eastern Romania, in`: `born`, then only
    /// places (capitalised words, `in`, `at`, compass words, commas and hyphens), then `in`
    /// right before token `k`. (Up to fifteen words: `born in Dadyal, in the Mirpur district
    /// of Azad Jammu and Kashmir, in December 1998`; development set 26.)
    private func bornInPlace(_ text: ScanText, before k: Int) -> Bool {
        var j = k - 1, words = 0
        var right = ""
        while j >= 0, words < 15 {
            let t = text.tokens[j]
            switch t.kind {
            case .space: break
            case .other: guard isOther(text, j, ",-") else { return false }
            case .word:
                words += 1
                let word = NameMatching.word(text, j)
                if words == 1 { guard word == "in" else { return false } }
                if word == "born" { return words > 2 }
                // `and` inside a place's name (`Jammu and Kashmir`), not `born in Leeds and in`.
                let inName = word == "and" && NameMatching.isCapitalised(right)
                guard inName || NameMatching.isCapitalised(word) || Self.placeWords.contains(word.lowercased()) else {
                    return false
                }
                right = word
            default: return false
            }
            j -= 1
        }
        return false
    }

    /// Small words of a birthplace (`in north-eastern Romania`, `at a village near Hue`).
    static let placeWords: Set<String> = [
        "in", "at", "near", "a", "the", "of", "north", "south", "east", "west", "northern", "southern", "eastern",
        "western", "central", "rural", "village", "town", "city", "small", "district", "province", "region",
        "county", "state",
        // `born in the farmhouse in February 1976` (development set 69).
        "farmhouse", "farm", "house", "cottage", "hospital", "home", "same", "family",
    ]

    private func monthYearFinding(_ text: ScanText, _ r: Range<Int>, _ shown: String) -> AnonymisationFinding {
        AnonymisationFinding(
            rule: id, severity: .warning, range: r, matched: text.slice(r),
            message:
                "month and year of birth (\(shown)); with other details it can identify the person: remove it or give an age instead"
        )
    }

    /// Whether only emphasis, list markers and spaces stand between the line's start and `k`.
    func leadsLine(_ text: ScanText, _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, isOther(text, j, "*_-") || isSpace(text, j) { j -= 1 }
        return j < 0 || token(text, j)?.kind == .newline
    }

    /// Whether a word and a colon stand between tokens `a` and `b`: a field's label.
    func labelBetween(_ text: ScanText, _ a: Int, _ b: Int) -> Bool {
        guard a + 2 < b else { return false }
        return (a + 2..<b).contains { isOther(text, $0, ":") && text.tokens[$0 - 1].kind == .word }
    }

    /// Whether token `k` is in a table row's first cell, right after its `|`.
    private func leadsRow(_ text: ScanText, _ k: Int) -> Bool {
        var j = k - 1
        while isSpace(text, j) { j -= 1 }
        guard isOther(text, j, "|") else { return false }
        j -= 1
        while isSpace(text, j) { j -= 1 }
        return j < 0 || token(text, j)?.kind == .newline
    }

    /// `born` among the first five words after token `k`, on the same line (and before the
    /// `cells`-th `|`, when given).
    private func bornFollows(_ text: ScanText, after k: Int, cells: Int = .max) -> Bool {
        var j = k + 1, words = 0, bars = 0
        while j < text.tokens.count, words < 5, text.tokens[j].kind != .newline {
            if isOther(text, j, "|") {
                bars += 1
                if bars >= cells { return false }
            }
            if text.tokens[j].kind == .word {
                words += 1
                if StructuredScan.equals(text, range(text.tokens[j]), "born") { return true }
            }
            j += 1
        }
        return false
    }

    /// Day (and month, when a number) replaced by `*`; the year too when `hideYear`.
    private func mask(_ text: ScanText, _ date: FoundDate, hideYear: Bool) -> String {
        var out = String.UnicodeScalarView()
        // A day or year read aloud is hidden by a fixed mask: each word's length would tell it;
        // so is a day with its ordinal (`*rd` would tell the 3rd or the 23rd).
        let dayInWords = date.day.contains { StructuredScan.isLetter(text.scalars[$0]) }
        let yearInWords = hideYear && date.year.contains { StructuredScan.isLetter(text.scalars[$0]) }
        for i in date.range {
            if dayInWords, date.day.contains(i) {
                if i == date.day.lowerBound { out.append(contentsOf: "**".unicodeScalars) }
                continue
            }
            if yearInWords, date.year.contains(i) {
                if i == date.year.lowerBound { out.append(contentsOf: "****".unicodeScalars) }
                continue
            }
            let s = text.scalars[i]
            let hide =
                date.day.contains(i) || (date.month.contains(i) && StructuredScan.isDigit(s))
                || (hideYear && date.year.contains(i))
            out.append(hide && (StructuredScan.isDigit(s) || StructuredScan.isLetter(s)) ? "*" : s)
        }
        return String(out)
    }
}
