import ReviewSiteCore

/// Named schools with a year group in the same sentence (English, Welsh and saints' schools, junior and
/// infant schools, form groups and named classes), and a course's year at a named university or college.
extension QuasiIdentifierRule {
    static let schoolWords: WordList = [
        "school", "academy", "college", "primary", "junior", "infants", "grammar", "high", "nursery",
    ]

    /// Words of a school's name that say what kind it is, not which one it is.
    static let genericSchoolWords: Set<String> = [
        "primary", "secondary", "high", "grammar", "junior", "infant", "infants", "special", "independent",
        "nursery", "sixth", "form", "the", "a", "local", "catholic", "church", "free", "community", "school",
    ]

    /// `a second-year BSc Marine Biology student at the University of Saltmouth`: the year of
    /// a course, a student, and the named university or college (from token `k`, the year's ordinal).
    func courseAtUniversity(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        guard StructuredScan.index(text, token: k, in: Self.courseYears) != nil, k + 2 < text.tokens.count,
            text.tokens[k + 1].kind == .other, text.scalars[text.tokens[k + 1].start] == "-",
            StructuredScan.equals(text, token: k + 2, WordList.key(of: "year"))
        else { return nil }
        var j = k + 2, words = 0
        while let n = NameMatching.nextWord(text, after: j), words < 7 {
            j = n
            words += 1
            guard StructuredScan.index(text, token: n, in: Self.studentWords) != nil else { continue }
            guard let at = NameMatching.nextWord(text, after: n), StructuredScan.equals(text, token: at, atKey),
                var u = NameMatching.nextWord(text, after: at)
            else { return nil }
            if StructuredScan.equals(text, token: u, WordList.key(of: "the")), let v = NameMatching.nextWord(text, after: u) {
                u = v
            }
            // The institution's name: capitalised words and `of`, one of them University or College.
            var last = u, named = false
            while let w = word(text, last), NameMatching.isCapitalised(w) || w == "of" {
                if ["University", "College"].contains(w) { named = true }
                guard let m = NameMatching.nextWord(text, after: last), m <= last + 2 else { break }
                if let mw = word(text, m), !(NameMatching.isCapitalised(mw) || mw == "of") { break }
                last = m
            }
            return named ? (k, last) : nil
        }
        return nil
    }

    static let courseYears: WordList = ["first", "second", "third", "fourth", "final"]
    static let studentWords: WordList = ["student", "undergraduate", "postgraduate", "trainee", "apprentice"]

    /// The first word of the capitalised run that ends at the school word `k`, if the run
    /// holds a real name (`Kingsmead Academy`, `St Mary's Primary School`).
    func nameStart(_ text: ScanText, before k: Int) -> Int? {
        var first = k
        var named = false
        var at = k
        for _ in 0..<5 {
            // `Calder Vale Girls' High`: across a plural possessive's apostrophe.
            var before = at
            if before >= 2, text.tokens[before - 1].kind == .space, text.tokens[before - 2].kind == .other,
                "'\u{2019}".unicodeScalars.contains(text.scalars[text.tokens[before - 2].start])
            {
                before -= 1
            }
            guard let p = NameMatching.previousWord(text, before: before) ?? (before != at ? before - 2 : nil),
                let w = word(text, p), w.first?.isUppercase == true
            else { break }
            // Not across a sentence: `… school. Kingsmead` is two sentences.
            if NameMatching.startsSentence(text, at) { break }
            if !Self.genericSchoolWords.contains(NameMatching.fold(w)) { named = true }
            first = p
            at = p
            if NameMatching.startsSentence(text, p) { break }
        }
        // `St Mary's` reads as "St", ".", "Mary's": previousWord steps over the dot.
        return named ? first : nil
    }

    /// `Holme Royd J&I`: a junior and infant school, as northern schools are named (development
    /// set 33); token `k` is the `I`.
    func juniorAndInfant(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        return t.end - t.start == 1 && text.scalars[t.start] == "I" && k >= 2 && text.tokens[k - 1].kind == .other
            && text.scalars[text.tokens[k - 1].start] == "&" && text.tokens[k - 2].end - text.tokens[k - 2].start == 1
            && text.scalars[text.tokens[k - 2].start] == "J"
    }

    /// Whether the sentence around token `k` names a year group.
    func yearGroup(_ text: ScanText, around k: Int) -> Bool {
        let s = text.scalars
        var lo = text.tokens[k].start, hi = text.tokens[k].end
        // At most 300 characters each way: a long table row or list is not one sentence, and
        // the look stays cheap however long the line.
        let floor = max(0, lo - 300), ceiling = min(s.count, hi + 300)
        while lo > floor, !Self.endsSentence(s, lo - 1) { lo -= 1 }
        while hi < ceiling, !Self.endsSentence(s, hi) { hi += 1 }
        // On the scalars, ASCII case folded, with no strings: this runs for every school word.
        func lower(_ c: Unicode.Scalar) -> UInt32 { c.value >= 65 && c.value <= 90 ? c.value + 32 : c.value }
        func matches(_ word: String, at i: Int) -> Bool {
            var k = i
            for c in word.unicodeScalars {
                guard k < hi, lower(s[k]) == c.value else { return false }
                k += 1
            }
            return true
        }
        var i = lo
        while i < hi {
            let c = lower(s[i])
            let startsWord = i == 0 || !s[i - 1].isScanLetter
            // (`Brackendock Sixth Form College` is a kind of college, no year group: development set 35.)
            if startsWord, c == 114 || c == 115 || c == 110,  // r, s, n
                matches("reception", at: i) || (matches("sixth form", at: i) && !matches("sixth form college", at: i))
                    || matches("nursery class", at: i)
            {
                return true
            }
            // "the Rainbow Room", "(Derwen Room)": a nursery's or a school's named class.
            if startsWord, s[i] == "R", matches("room", at: i), i >= 2, s[i - 1] == " ", s[i - 2].isScanLetter,
                i + 4 >= hi || !s[i + 4].isScanLetter
            {
                return true
            }
            // "(Hazel class)": a primary school's named class, after its capitalised name
            // (development set 33).
            if startsWord, c == 99, matches("class", at: i), i >= 3, s[i - 1] == " ", s[i - 2].isScanLetter,
                i + 5 >= hi || !s[i + 5].isScanLetter
            {
                var w = i - 2
                while w > lo, s[w - 1].isScanLetter { w -= 1 }
                // (In brackets or after `in`: `Working class families` is no class of a school.)
                let inWord = w >= 3 && s[w - 1] == " " && lower(s[w - 2]) == 110 && lower(s[w - 3]) == 105
                if StructuredScan.isUpper(s[w]), w > lo, s[w - 1] == "(" || inWord { return true }
            }
            // `her form is still called 12 Hawthorn`, `form 9K`: a form group, a year's number
            // with a capital glued to it or a capitalised name after it (development set 35).
            if startsWord, c == 102, matches("form ", at: i), formGroup(s, from: i + 5, to: min(hi, i + 40)) {
                return true
            }
            // "head girl", "head boy": one pupil of a year.
            if startsWord, c == 104, matches("head girl", at: i) || matches("head boy", at: i) { return true }
            // "year 9", "year 10", "y9".
            var j = -1
            if startsWord, c == 121 {  // y
                if matches("year ", at: i) {
                    j = i + 5
                } else if matches("years ", at: i) {
                    j = i + 6  // "in Years 2 and 4": two children's (development set 79)
                } else if matches("yr ", at: i) {
                    j = i + 3  // "Yr 9" (development set 33)
                } else if i + 1 < hi, s[i + 1].isASCIIDigit {
                    j = i + 1
                } else if i + 2 < hi, lower(s[i + 1]) == 114, s[i + 2].isASCIIDigit {
                    j = i + 2  // "yr9"
                }
            }
            // `Bl. 9`, `Blwyddyn 9`: Welsh for year 9, with a space or a no-break space
            // (development set 131).
            if startsWord, c == 98 || c == 109 || c == 102, i + 1 < hi, lower(s[i + 1]) == 108,  // b, m, f, then l
                let w = Self.welshYearWords.first(where: { matches($0, at: i) })
            {
                j = i + w.unicodeScalars.count
            }
            if j >= 0 {
                var n = 0, d = 0
                while j < hi, s[j].isASCIIDigit, d < 3 {
                    n = n * 10 + Int(s[j].value - 48); j += 1; d += 1
                }
                if d > 0, d <= 2, (1...13).contains(n), j >= hi || !s[j].isASCIIDigit { return true }
            }
            i += 1
        }
        return false
    }

    /// A year's number (7 to 13) starting a word between `from` and `to`, with a capital
    /// straight after it (`9K`) or after one space (`12 Hawthorn`).
    private func formGroup(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        var j = from
        while j < to {
            if s[j].isASCIIDigit, j == 0 || !s[j - 1].isScanLetter && !s[j - 1].isASCIIDigit {
                var n = 0, e = j
                while e < to, s[e].isASCIIDigit, e - j < 3 { n = n * 10 + Int(s[e].value - 48); e += 1 }
                if e - j <= 2, (7...13).contains(n), e < to,
                    StructuredScan.isUpper(s[e]) || (s[e] == " " && e + 1 < to && StructuredScan.isUpper(s[e + 1]))
                {
                    return true
                }
                j = e
                continue
            }
            j += 1
        }
        return false
    }

    private static func endsSentence(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        if s[i] == "\n" { return true }
        guard s[i] == "." || s[i] == "!" || s[i] == "?", i + 1 >= s.count || s[i + 1] == " " || s[i + 1] == "\n" else {
            return false
        }
        // (`Bl. 9`: the Welsh year's short form.)
        return
            !(s[i] == "." && i >= 2 && (s[i - 1] == "l" || s[i - 1] == "L") && (s[i - 2] == "B" || s[i - 2] == "b")
            && (i < 3 || !s[i - 3].isScanLetter))
    }

    /// (With its mutations: `ym Mlwyddyn 9`, `ei flwyddyn 9`; and `Bl.9` run together.)
    static let welshYearWords = [
        "bl. ", "bl.\u{A0}", "bl.", "bl ", "blwyddyn ", "blwyddyn\u{A0}", "mlwyddyn ", "flwyddyn ",
    ]

    /// `Primary School`: the last school word reports the name.
    /// `the High Street`, `High Court`: `High` before a capitalised word is no school.
    func highStreet(_ text: ScanText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        guard StructuredScan.equals(text, t.start..<t.end, "high") else { return false }
        guard let n = NameMatching.nextWord(text, after: k) else { return false }
        return word(text, n)?.first?.isUppercase == true
    }

    func schoolWordFollows(_ text: ScanText, _ k: Int) -> Bool {
        guard let n = NameMatching.nextWord(text, after: k) else { return false }
        let t = text.tokens[n]
        return StructuredScan.capitalised(text, t) && StructuredScan.index(text, token: n, in: Self.schoolWords) != nil
    }

    /// "Ysgol Bro Hafren" with a year group in the sentence: a Welsh school's name comes
    /// after the word for school, or its initials (`Y2 at YG Glan y Môr`, Ysgol Gymraeg;
    /// development set 82).
    func welshSchool(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        let t = text.tokens[k]
        guard StructuredScan.capitalised(text, t),
            StructuredScan.equals(text, token: k, ysgolKey) || ["YG", "YGG", "YGGD"].contains(text.slice(t.start..<t.end)),
            let n = NameMatching.nextWord(text, after: k), let w = word(text, n), NameMatching.isCapitalised(w),
            yearGroup(text, around: k)
        else { return nil }
        var last = n
        for _ in 0..<2 {
            guard let m = NameMatching.nextWord(text, after: last), let mw = word(text, m), NameMatching.isCapitalised(mw)
            else { break }
            last = m
        }
        return (k, last)
    }

    /// "at St Catherine's, in Year 11": a school known by its saint's name alone.
    func saintsSchool(_ text: ScanText, _ k: Int) -> (Int, Int)? {
        let t = text.tokens[k]
        guard StructuredScan.capitalised(text, t),
            StructuredScan.equals(text, token: k, stKey) || StructuredScan.equals(text, token: k, saintKey),
            let n = NameMatching.nextWord(text, after: k), let w = word(text, n), NameMatching.stripPossessive(w).possessive,
            NameMatching.isCapitalised(w), yearGroup(text, around: k)
        else { return nil }
        if let after = NameMatching.nextWord(text, after: n), word(text, after)?.first?.isUppercase == true { return nil }
        return (k, n)
    }
}
