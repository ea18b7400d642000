import ReviewSiteCore
import ReviewSiteNames

/// Whether a UK landline (01, 02, 03) is a service's, not a person's: read from the words around
/// the number. Each check reads its own word lists, one per position; the lists are below,
/// after the checks:
///
/// | position around the number | example | lists |
/// |---|---|---|
/// | up to five words before it | `the Council's team on 01632 …` | `serviceWords`, unless `personalWords` |
/// | in brackets after it | `01632 … (HR team)`, `(Monday to Friday)` | `teamWords`, `hoursWords`, unless `personalInBrackets` |
/// | in a table's next cell | `01632 … \| Monday to Friday \|` | `cellSpanStarts` |
/// | a label before a colon or a comma | `Forced Marriage Unit: 020 …`, `Team:`, `customer services,` | `serviceLabels`, `oneWordLabels`, `lowerCaseServices` |
/// | a line's kind in brackets before the colon | `… Association (members' line): 01632 …` | `serviceLabels` after `organisationNouns` |
/// | a place's name: straight before, `the … on`, in brackets after | `Harbour Surgery 01632 …`, `(SALTMERE ACADEMY)` | `organisationEndings`, unless `personalWords` |
/// | a company's name straight before it | `Coastal Stays Ltd 01632 …` | unless a `personalWords` label (`Direct line`) |
/// | after it | `… and ask for security` | a fixed phrase, unless a title follows |
/// | on its line | `safeguarding@… \| 0117 …` | a role mailbox (`EmailRule.isRoleMailbox`), unless `personalInBrackets` |
extension PhoneRule {
    /// Whether the number at `r` (starting at token `k`) is a service's own line.
    func isServiceLine(_ text: ScanText, _ r: Range<Int>, token k: Int) -> Bool {
        serviceBefore(text, token: k) || hoursAfter(text, from: r.upperBound)
            || serviceAfter(text, from: r.upperBound) || serviceLabelBefore(text, from: r.lowerBound)
            || roleMailboxOnLine(text, r) || askForAfter(text, from: r.upperBound)
            || StructuredScan.companyBefore(text, k) && !personalLabelBefore(text, token: k)
            || organisationBefore(text, token: k) || placeNamedAfter(text, from: r.upperBound)
            || theSchoolOn(text, token: k)
    }

    /// Whether a service's word is among the five words before the number starting at token
    /// `k`, in its paragraph and sentence, with no personal word between.
    func serviceBefore(_ text: ScanText, token k: Int) -> Bool {
        StructuredScan.listWordBefore(text, token: k, Self.serviceLookBack, in: Self.serviceWords, unless: Self.personalWords)
    }

    /// `020 7946 0160 (HR team)`: a team, an office or a desk named in brackets after a
    /// landline makes it a service's.
    func serviceAfter(_ text: ScanText, from end: Int) -> Bool {
        var i = end
        while i < text.scalars.count, text.scalars[i] == " " { i += 1 }
        guard i < text.scalars.count, text.scalars[i] == "(" else { return false }
        i += 1
        var words = 0
        var word = String.UnicodeScalarView()
        while i < text.scalars.count, words < 3 {
            let c = text.scalars[i]
            if c.isScanLetter {
                word.append(c)
            } else {
                if !word.isEmpty {
                    // (`(her desk)`, `(his office)`: a person's own line, whoever's desk it is.)
                    // (Nor `(not the surgery's main number)`; development set 49.)
                    if Self.personalInBrackets.contains(String(word).lowercased()) || String(word).lowercased() == "not" {
                        return false
                    }
                    if Self.teamWords.contains(String(word).lowercased()) { return true }
                    words += 1
                    word = String.UnicodeScalarView()
                }
                if c != " " { return false }
            }
            i += 1
        }
        return false
    }

    /// `01632 960 200 (Monday to Friday, 9am to 5pm)`: opening hours after a landline make it
    /// a service's; people do not keep hours.
    func hoursAfter(_ text: ScanText, from end: Int) -> Bool {
        var i = end
        while i < text.scalars.count, text.scalars[i] == " " { i += 1 }
        // In brackets: `her own number, 01632 960 203, Monday` is a day, not hours. (Or in a
        // table's next cell: `| 01632 960 500 | Monday to Friday |`; development set 123.)
        guard i < text.scalars.count, text.scalars[i] == "(" || text.scalars[i] == "|" else { return false }
        let cell = text.scalars[i] == "|"
        i += 1
        while i < text.scalars.count, text.scalars[i] == " " { i += 1 }
        var word = String.UnicodeScalarView()
        while i < text.scalars.count, text.scalars[i].isScanLetter || StructuredScan.isDigit(text.scalars[i]) {
            word.append(text.scalars[i])
            i += 1
        }
        let hours = String(word).lowercased()
        guard cell else { return Self.hoursWords.contains(hours) }
        // (In a cell only hours as a contact list writes them: a span of days or times, `24
        // hours`, `24/7`, `weekdays`; a cell's `Monday 3 May`, `24/03/2023`, `Open case` or
        // `Daily calls` is a call's or a case's.)
        func next(_ s: String) -> Bool { StructuredScan.equals(text, i..<min(text.scalars.count, i + s.unicodeScalars.count), s) }
        if Self.cellSpanStarts.contains(hours) {
            return next(" to ") || next("-") || next("–") || next(" -") || next(" –")
        }
        return hours == "24" ? next(" hours") || next("/7") || next(" hrs") : hours == "weekdays"
    }

    /// `ring … 023 9601 6000 and ask for security`: a switchboard that puts callers through;
    /// nobody's own number (development set 84).
    func askForAfter(_ text: ScanText, from end: Int) -> Bool {
        var i = end
        // (Or in a log's next column: `01632 960 700⇥ask for accounts`; development set 123.)
        while StructuredScan.isChar(text, i, " ") || StructuredScan.isChar(text, i, ",") || StructuredScan.isChar(text, i, "\t") {
            i += 1
        }
        let words = ["and ask for ", "ask for ", "and ask to be put through"]
        guard
            let said = words.first(where: {
                StructuredScan.equals(text, i..<min(text.scalars.count, i + $0.unicodeScalars.count), $0)
            })
        else { return false }
        // (Not a person asked for by title: `ring back – 01443 960 412 ask for ~~Ms Amberley~~`,
        // a solicitor's own line; development set 125.)
        var j = i + said.unicodeScalars.count
        while StructuredScan.isChar(text, j, "~") || StructuredScan.isChar(text, j, "*") || StructuredScan.isChar(text, j, "_") {
            j += 1
        }
        return !["Ms ", "Mr ", "Mrs ", "Miss ", "Dr "].contains {
            text.slice(j..<min(text.scalars.count, j + $0.unicodeScalars.count)) == $0
        }
    }

    /// `Forced Marriage Unit: 020 7008 0151`: a landline after a unit's, a line's or a team's
    /// name of two capitalised words or more and a colon or a comma is that service's
    /// (development set 74).
    func serviceLabelBefore(_ text: ScanText, from start: Int) -> Bool {
        let s = text.scalars
        var i = start - 1
        // (Emphasis either side of the colon: `**Adult social care**: 01632 960 223`; set 113.)
        while i >= 0, s[i] == " " || s[i] == "*" || s[i] == "_" { i -= 1 }
        // (Or a comma: `Forced Marriage Unit, 020 7008 0151` in a table of services; development
        // set 86.)
        guard i >= 0, s[i] == ":" || s[i] == "," else { return false }
        let colon = s[i] == ":"
        i -= 1
        // (A line's kind in brackets before the colon: `Saltmere Hospitality Association (members'
        // safeguarding line): 01632 960300`; development set 126.)
        // (Only after an organisation's name: not `Mother (land line):`, `Dawn Ellis (work line):`,
        // `Housing Support Team (Kerry Mills):`.)
        if colon, i >= 0, s[i] == ")" {
            guard let open = (max(0, i - 60)..<i).last(where: { s[$0] == "(" }) else { return false }
            let inside = String(String.UnicodeScalarView(s[(open + 1)..<i])).lowercased()
                .split(whereSeparator: { !$0.isLetter }).map(String.init)
            var b = open - 1
            while b >= 0, s[b] == " " { b -= 1 }
            var a = b
            while a >= 0, s[a].isScanLetter { a -= 1 }
            let owner = a < b ? String(String.UnicodeScalarView(s[(a + 1)...b])) : ""
            return inside.last.map(Self.serviceLabels.contains) == true
                && !inside.contains(where: Self.personalInBrackets.contains)
                && owner.first?.isUppercase == true && Self.organisationNouns.contains(owner.lowercased())
        }
        while i >= 0, s[i] == "*" || s[i] == "_" { i -= 1 }
        guard i >= 0 else { return false }
        // (`Direct line: 01632 960733  |  Team: 01632 960730`: a field of one word, a team's or a
        // switchboard's, not after a person's word (`her Office:`); a signature's lines reach
        // the rule run together; development sets 107 and 111.)
        if colon {
            var b = i
            while b >= 0, s[b].isScanLetter { b -= 1 }
            var c = b
            while c >= 0, s[c] == " " { c -= 1 }
            var d = c
            while d >= 0, s[d].isScanLetter { d -= 1 }
            if b < i, Self.oneWordLabels.contains(String(String.UnicodeScalarView(s[(b + 1)...i]))),
                d == c || !Self.personalInBrackets.contains(String(String.UnicodeScalarView(s[(d + 1)...c])).lowercased())
            {
                return true
            }
        }
        // (`T: 01632 960 300 | Out of hours: 01632 960 301`: an agency's second line in a
        // signature, its label starting a line or a cell; not `Her mother, out of hours:`;
        // development set 112.)
        if colon, Self.outOfHoursField(s, i) { return true }
        // The label's last word, then the capitalised word before it. (Or in lower case, a
        // service's own word after one that is no person's: `customer services, 01522 782155`;
        // development set 87.)
        var words: [String] = []
        while words.count < 2 {
            let end = i + 1
            while i >= 0, s[i].isScanLetter { i -= 1 }
            if words.count == 1, i + 1 < end, s[i + 1].isScanLowercase, Self.lowerCaseServices.contains(words[0]) {
                return !Self.personalWords.contains(String(String.UnicodeScalarView(s[(i + 1)..<end])))
            }
            // (`Park office: 01632 960 512`, a caravan park's, after a colon only: `via the mosque
            // office, 01244 496 560` reaches a person; development sets 95 and 2.)
            if words.isEmpty, i + 1 < end, s[i + 1].isScanLowercase,
                case let word = String(String.UnicodeScalarView(s[(i + 1)..<end])), Self.lowerCaseServices.contains(word),
                word != "office" || s[end] == ":"
            {
                words.append(word)
                guard i >= 0, s[i] == " " else { return false }
                i -= 1
                continue
            }
            guard i + 1 < end, s[i + 1].isScanUppercase else { return false }
            words.append(String(String.UnicodeScalarView(s[(i + 1)..<end])))
            if words.count == 2 { break }
            guard i >= 0, s[i] == " " else { return false }
            i -= 1
        }
        return Self.serviceLabels.contains(words[0].lowercased())
    }

    /// Whether `Out of hours` ends at `i` and starts its line or a cell (`|`, a tab, `·`, `;`).
    static func outOfHoursField(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let label = Array("out of hours".unicodeScalars)
        guard i + 1 >= label.count else { return false }
        let start = i + 1 - label.count
        guard (0..<label.count).allSatisfy({ Character(s[start + $0]).lowercased() == Character(label[$0]).lowercased() })
        else { return false }
        var b = start - 1
        while b >= 0, s[b] == " " || s[b] == "*" || s[b] == "_" { b -= 1 }
        return b < 0 || "\n|\t·;".unicodeScalars.contains(s[b])
    }

    /// `safeguarding@kingsdockschool.example | 0117 496 0450`: a landline on the same line as a
    /// service's mailbox (a signature's or a letterhead's line) is that service's, unless the
    /// line says it is someone's own (development set 86).
    func roleMailboxOnLine(_ text: ScanText, _ r: Range<Int>) -> Bool {
        let s = text.scalars
        var lo = r.lowerBound, hi = r.upperBound
        while lo > 0, s[lo - 1] != "\n", r.lowerBound - lo < 200 { lo -= 1 }
        while hi < s.count, s[hi] != "\n", hi - r.upperBound < 200 { hi += 1 }
        guard s[lo..<hi].contains("@") else { return false }
        let line = String(String.UnicodeScalarView(s[lo..<hi])).lowercased()
        let words = line.split(whereSeparator: { !$0.isLetter })
        if words.contains(where: { Self.personalInBrackets.contains(String($0)) }) { return false }
        for part in line.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "<" || $0 == ">" || $0 == "(" || $0 == ")" })
        where part.contains("@") {
            let local = part.split(separator: "@").first.map(String.init) ?? ""
            if !local.isEmpty, EmailRule.isRoleMailbox(local) { return true }
        }
        return false
    }

    /// `Coastal Stays Ltd | Direct line 01632 960 877`: a person's own line at a company
    /// (development set 124).
    func personalLabelBefore(_ text: ScanText, token k: Int) -> Bool {
        guard let p = NameMatching.wordBefore(text, k) else { return false }
        let label =
            StructuredScan.equals(text, text.tokens[p].start..<text.tokens[p].end, "line") ? NameMatching.wordBefore(text, p) : p
        return label.map { StructuredScan.index(text, token: $0, in: Self.personalWords) != nil } ?? false
    }

    /// `booked … with Harbour Surgery 01632 960 832`: a landline straight after a place's
    /// name that ends with what it is (development set 124).
    /// (Not when the sentence goes on to make it someone's: `She gave Harbour Surgery 01632 960
    /// 832 as her home number`.)
    func organisationBefore(_ text: ScanText, token k: Int) -> Bool {
        guard let p = NameMatching.wordBefore(text, k), p + 2 == k, StructuredScan.capitalised(text, text.tokens[p]),
            StructuredScan.index(text, token: p, in: Self.organisationEndings) != nil,
            let q = NameMatching.wordBefore(text, p), StructuredScan.capitalised(text, text.tokens[q])
        else { return false }
        var j = k, words = 0
        while j < text.tokens.count, words < 8 {
            let t = text.tokens[j]
            if t.kind == .newline || t.kind == .other && ".!?;".unicodeScalars.contains(text.scalars[t.start]) { break }
            if t.kind == .word {
                words += 1
                if StructuredScan.index(text, token: j, in: Self.personalWords) != nil
                    || NameMatching.stripPossessive(NameMatching.word(text, j)).possessive
                {
                    return false
                }
            }
            j += 1
        }
        return true
    }

    /// `can you call the school on 01632 960451`: a school's or a surgery's number, straight
    /// after `the school on` (`organisationEndings`; development set 126; not `The school
    /// called Tom's father on`).
    func theSchoolOn(_ text: ScanText, token k: Int) -> Bool {
        guard let on = NameMatching.wordBefore(text, k), NameMatching.word(text, on) == "on",
            let place = NameMatching.wordBefore(text, on), let the = NameMatching.wordBefore(text, place)
        else { return false }
        return StructuredScan.index(text, token: place, in: Self.organisationEndings) != nil
            && NameMatching.word(text, the).lowercased() == "the"
    }

    /// `01632 960 451 (SALTMERE ACADEMY)`, `(Harbour Surgery)`: a school's or a surgery's name,
    /// every word capitalised, alone in brackets after a landline (development set 126). (Not
    /// `(school run days only)`, `(near the school)`.)
    func placeNamedAfter(_ text: ScanText, from end: Int) -> Bool {
        let s = text.scalars
        var i = end
        while i < s.count, s[i] == " " { i += 1 }
        guard i < s.count, s[i] == "(", let close = (i..<min(s.count, i + 60)).first(where: { s[$0] == ")" }) else {
            return false
        }
        let words = String(String.UnicodeScalarView(s[(i + 1)..<close])).split(separator: " ")
        guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }), let last = words.last else { return false }
        return Self.organisationEndings.words.contains(last.lowercased())
    }

    // MARK: The words each position reads

    /// An organisation's own number by its owner: `the Council's communications team on`,
    /// `the service's family line on`, `the switchboard on`. (A person's number given to a
    /// service, `rang the service on`, `registers with the practice, giving her landline`,
    /// stays a person's.)
    static let serviceWords: WordList = [
        "switchboard", "council's", "service's", "team's", "partnership's", "office's", "practice's", "surgery's",
        "charity's", "trust's", "partnership",
        // (`the centre's mailbox is … and its public number is 01632 960 450`; development set 111.)
        "public",
        // (`The chapel's food bank number is 01632 960 488`, `the county's front door,
        // 01632 960 222`; development set 113.)
        "chapel's", "church's", "mosque's", "centre's", "county's", "club's", "hall's",
        "school's", "academy's",
    ]

    static let serviceLookBack = StructuredScan.LookBack(words: 5, boundary: .paragraph, stops: ".!?:")

    /// Words that make the number someone's own whoever is named before it.
    static let personalWords: WordList = ["her", "his", "their", "direct", "mobile", "home", "landline", "own", "personal"]

    /// (`0117 496 0700 (Housing Options)`: a council's housing advice team; development set 86.)
    static let teamWords: Set<String> = [
        "team", "office", "desk", "switchboard", "reception", "helpdesk", "department", "options",
        // (`01522 782111 (Lincolnshire County Council)`; development set 87.)
        "council",
        // (`0121 496 0900 (ward)`: a hospital ward's line; development set 105.)
        "ward",
    ]

    static let personalInBrackets: Set<String> = ["her", "his", "their", "my", "own", "direct", "personal", "mobile", "home"]

    static let hoursWords: Set<String> = [
        "monday", "mondays", "weekdays", "weekday", "open", "lines", "24", "daily", "office", "opening", "9am", "8am",
        // A phone menu's choice (`01632 960 700 (option 2 for prescriptions)`; development set 87).
        "option",
    ]

    /// A table cell's first words that are hours only as a span's start (`Monday to Friday`,
    /// `9am–5pm`): stricter than `hoursWords` in brackets.
    static let cellSpanStarts: Set<String> = ["monday", "mondays", "8am", "9am", "10am"]

    static let serviceLabels: Set<String> = [
        "unit", "helpline", "line", "service", "centre", "team", "office", "desk", "department", "switchboard", "hub",
    ]

    /// (Not `Office:`: `Warden: Trevor Ingleby. Office: 01632 960 038` is his; development set 68.)
    static let oneWordLabels: Set<String> = ["Team", "Switchboard", "Reception", "Helpline", "Enquiries"]

    /// (`**Adult social care**: 01632 960 223`: a council's service; development set 113.)
    static let lowerCaseServices: Set<String> = [
        "services", "switchboard", "reception", "helpline", "enquiries", "office", "care",
    ]

    /// What an organisation's name ends with (`Saltmere Hospitality Association`).
    static let organisationNouns: Set<String> = [
        "association", "partnership", "council", "trust", "charity", "society", "federation", "network", "forum",
        "service", "services", "centre", "project", "aid", "board",
    ]

    static let organisationEndings: WordList = [
        "surgery", "practice", "hospital", "clinic", "pharmacy", "centre", "center", "school", "academy", "college",
        "library", "council",
    ]
}
