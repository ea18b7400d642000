import ReviewSiteCore

/// Dates as other countries' documents and case systems write them (development set 35):
/// a month in Roman numerals, the year first, and eight digits run together.
extension DateOfBirthRule {
    /// `23.XI.1958`, `23 XI 1958`, `23/XI/1958`: the month in Roman numerals, as Polish,
    /// Lithuanian and Italian records write it; a four-digit year only.
    func romanMonth(_ text: ScanText, _ k: Int) -> FoundDate? {
        guard let a = token(text, k), a.kind == .number, digits(a) <= 2,
            let s = token(text, k + 1), s.kind == .space && s.end - s.start == 1 || isOther(text, k + 1, "./-"),
            let mt = token(text, k + 2), mt.kind == .word, let month = Self.romanMonths.firstIndex(of: text.slice(range(mt))),
            let s2 = token(text, k + 3), text.slice(range(s2)) == text.slice(range(s)),
            let c = token(text, k + 4), c.kind == .number, digits(c) == 4, !StructuredScan.wordChar(text, c.end),
            let d = StructuredScan.number(text, range(a)), let y = StructuredScan.number(text, range(c)),
            (1900...2099).contains(y), valid(d, month + 1, y)
        else { return nil }
        return FoundDate(
            range: a.start..<c.end, firstToken: k, lastToken: k + 4, day: range(a), month: range(mt), year: range(c),
            key: Self.key(d, month + 1, y))
    }

    static let romanMonths = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// The year first: `1988년 12월 5일` (Korean), `1988年12月5日` (Chinese and Japanese),
    /// `2023 m. birželio 14 d.` (Lithuanian), `1988. december 5.` (Hungarian), `1985. gada 3. martā`
    /// (Latvian).
    func yearFirst(_ text: ScanText, _ k: Int) -> FoundDate? {
        guard let a = token(text, k), a.kind == .number, digits(a) == 4,
            let y = StructuredScan.number(text, range(a)), (1900...2099).contains(y), let next = token(text, k + 1)
        else { return nil }
        // Korean and Chinese: a number and its unit, three times.
        if next.kind == .word, let unit = Self.cjkUnits.firstIndex(of: text.slice(range(next))), unit % 3 == 0 {
            var j = k + 2
            var parts: [(Int, ScanToken)] = []
            for wanted in [unit + 1, unit + 2] {
                if isSpace(text, j) { j += 1 }
                guard let n = token(text, j), n.kind == .number, digits(n) <= 2, let v = StructuredScan.number(text, range(n)),
                    let u = token(text, j + 1), u.kind == .word, Self.cjkUnits.firstIndex(of: text.slice(range(u))) == wanted
                else { return nil }
                parts.append((v, n))
                j += 2
            }
            guard valid(parts[1].0, parts[0].0, y), let last = token(text, j - 1) else { return nil }
            return FoundDate(
                range: a.start..<last.end, firstToken: k, lastToken: j - 1, day: range(parts[1].1),
                month: range(parts[0].1), year: range(a), key: Self.key(parts[1].0, parts[0].0, y))
        }
        // Latvian: `1985. gada 3. martā` (the year's full stop, "of the year", the day's, the month).
        if isOther(text, k + 1, "."), isSpace(text, k + 2), let g = token(text, k + 3),
            StructuredScan.equals(text, range(g), "gada"), isSpace(text, k + 4), let dt = token(text, k + 5),
            dt.kind == .number, digits(dt) <= 2, let d = StructuredScan.number(text, range(dt)), isOther(text, k + 6, "."),
            isSpace(text, k + 7), let mt = token(text, k + 8), mt.kind == .word,
            let month = StructuredScan.index(text, token: k + 8, in: Self.foreignMonths).map({ $0 % 12 + 1 }),
            valid(d, month, y)
        {
            return FoundDate(
                range: a.start..<mt.end, firstToken: k, lastToken: k + 8, day: range(dt), month: range(mt),
                year: range(a), key: Self.key(d, month, y))
        }
        // Lithuanian (`m.` after the year, `d.` after the day) and Hungarian (a full stop after each).
        var j = k + 1
        if isSpace(text, j), let m = token(text, j + 1), m.kind == .word, text.slice(range(m)) == "m" { j += 2 }
        guard isOther(text, j, "."), isSpace(text, j + 1), let mt = token(text, j + 2), mt.kind == .word,
            let month = StructuredScan.index(text, token: j + 2, in: Self.yearFirstMonths).map({ $0 % 12 + 1 }),
            isSpace(text, j + 3), let dt = token(text, j + 4), dt.kind == .number, digits(dt) <= 2,
            let d = StructuredScan.number(text, range(dt)), valid(d, month, y)
        else { return nil }
        return FoundDate(
            range: a.start..<dt.end, firstToken: k, lastToken: j + 4, day: range(dt), month: range(mt), year: range(a),
            key: Self.key(d, month, y))
    }

    /// Year, month and day units: Korean, then Chinese and Japanese.
    static let cjkUnits = ["년", "월", "일", "年", "月", "日"]

    /// Lithuanian months in the genitive a date uses, then Hungarian ones.
    static let yearFirstMonths: WordList = [
        "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
        "lapkričio", "gruodžio",
        "január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október",
        "november", "december",
    ]

    /// `DOB: 20031027`: eight digits run together, year first, as a case system exports them;
    /// a date only near a keyword (otherwise a reference number).
    func eightDigits(_ text: ScanText, _ k: Int) -> FoundDate? {
        guard let a = token(text, k), a.kind == .number, digits(a) == 8, !StructuredScan.wordChar(text, a.end),
            !gluedAfter(text, k), let y = StructuredScan.number(text, a.start..<(a.start + 4)),
            (1900...2099).contains(y), let m = StructuredScan.number(text, (a.start + 4)..<(a.start + 6)),
            let d = StructuredScan.number(text, (a.start + 6)..<a.end), valid(d, m, y)
        else { return nil }
        return FoundDate(
            range: range(a), firstToken: k, lastToken: k, day: (a.start + 6)..<a.end, month: (a.start + 4)..<(a.start + 6),
            year: a.start..<(a.start + 4), weak: true, key: Self.key(d, m, y))
    }
}
