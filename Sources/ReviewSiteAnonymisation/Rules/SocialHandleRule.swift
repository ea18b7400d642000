import ReviewSiteCore
import ReviewSiteNames

/// `social-handle`: @handles (not email addresses) and links to personal profiles on the big
/// social networks (facebook.com/…, instagram.com/…, x.com/…, twitter.com/…, tiktok.com/@…,
/// linkedin.com/in/…, snapchat.com/add/…, threads.net/@…, youtube.com/@…, wa.me/…, t.me/…,
/// twitch.tv/…, bsky.app/profile/…, reddit.com/u/…). A warning: a handle may be a service's
/// public account, which the author confirms and waives.
package struct SocialHandleRule: AnonymisationRule {
    package let id = RuleID.socialHandle

    /// Host → whether its profile path needs a marker first ("in" for LinkedIn, "add" for
    /// Snapchat, "@" for TikTok), or nil when the first path segment is the profile.
    private static let hosts: [String: String?] = [
        "facebook.com": nil, "fb.com": nil, "instagram.com": nil, "x.com": nil, "twitter.com": nil,
        "threads.net": "@", "threads.com": "@", "tiktok.com": "@", "linkedin.com": "in", "snapchat.com": "add",
        "youtube.com": "@", "wa.me": "", "t.me": "", "twitch.tv": nil, "kick.com": nil, "onlyfans.com": nil,
        "linktr.ee": nil, "pinterest.com": nil, "pinterest.co.uk": nil, "bsky.app": "profile", "reddit.com": "u",
        "soundcloud.com": nil, "gofundme.com": "f", "justgiving.com": "page",
    ]
    /// Hosts whose profile marker older addresses leave out (`gofundme.com/teo-home`).
    private static let markerOptional: Set<String> = ["gofundme.com", "justgiving.com"]
    /// First path segments that are pages of the network itself, not somebody's profile.
    private static let notProfiles: Set<String> = [
        "share", "sharer", "sharer.php", "intent", "help", "policies", "privacy", "about", "legal",
        "terms", "login", "signup", "hashtag", "search", "explore", "home", "i", "settings", "watch",
        "results", "feed", "shorts", "channel", "message", "send", "qr", "catalog", "c", "user",
        "events", "pages", "marketplace", "gaming", "directory",
    ]

    package func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        var out: [AnonymisationFinding] = []
        let s = text.scalars
        var i = 0
        while i < s.count {
            defer { i += 1 }
            if s[i] == "@", let end = handle(text, at: i) {
                // `@SaferBrackenroyd`: the partnership's own account, named like its web domain.
                let name = String(text.slice((i + 1)..<end).lowercased().filter { $0.isLetter || $0.isNumber })
                if !context.contactDomains.contains(name), !Self.organisationHandle(text.slice((i + 1)..<end)) {
                    add(text, i..<end, "social media handle \(Mask.preview(text.slice(i..<end), keep: 1))", &out)
                }
                i = end - 1
            } else if s[i] == "/", let (start, end) = profile(text, slash: i) {
                let matched = text.slice(start..<end)
                if context.allowedContacts.contains(where: { Self.sameURL($0, matched) }) { i = end - 1; continue }
                let host = text.slice(start..<(i + 1))
                add(
                    text, start..<end, "social media profile link \(host)\(Mask.preview(text.slice((i + 1)..<end), keep: 1))",
                    &out)
                i = end - 1
            }
        }
        username(text, &out)
        accountName(text, &out)
        quotedUsername(text, &out)
        quotedDisplayName(text, &out)
        chatSpeaker(text, &out)
        loginInRecord(text, &out)
        handlesAgain(text, &out)
        return out
    }

    /// `@CranmoorAirportWellbeing`: words run together with capitals, one of them a place's,
    /// an agency's or a service mailbox's word (`airport`, `police`, `wellbeing`): an
    /// organisation's account, not a person's (development set 46).
    static func organisationHandle(_ body: String) -> Bool {
        var words: [String] = []
        var current = ""
        for c in body {
            if c.isUppercase, !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
            current.append(c)
        }
        words.append(current.lowercased())
        guard words.count >= 2, words.allSatisfy({ $0.count >= 2 && $0.allSatisfy(\.isLetter) }) else { return false }
        return words.contains { NameContextWords.placeOrAgency.contains($0) || EmailRule.roleMailboxes.contains($0) }
    }

    /// `Export: DM thread, @cely.bdc_88 with …`, then `**cely.bdc_88:** happy birthday`: a
    /// handle given with its `@` is the same handle without it anywhere else in the text (a
    /// chat export's speaker labels; development set 29). Only handles with a digit, `_` or
    /// `.` in them, like `addUsername`'s, so a name written as `@kobby` stays the name rules'.
    private func handlesAgain(_ text: ScanText, _ out: inout [AnonymisationFinding]) {
        let s = text.scalars
        var bodies: Set<String> = []
        // (A profile link's last part too, `tiktok.com/@fenlad_rg84`, and a user name found
        // without its `@`: development set 31.)
        for f in out {
            let found = s[f.range]
            let body = found.lastIndex(where: { $0 == "@" || $0 == "/" }).map { found[($0 + 1)...] } ?? found
            if body.contains(where: { StructuredScan.isDigit($0) || $0 == "_" || $0 == "." }) {
                bodies.insert(String(String.UnicodeScalarView(body)).lowercased())
            }
        }
        guard !bodies.isEmpty else { return }
        let already = Set(out.map(\.range.lowerBound))
        var i = 0
        while i < s.count {
            guard Self.isHandleChar(s[i]), i == 0 || (!Self.isHandleChar(s[i - 1]) && s[i - 1] != "@" && s[i - 1] != "/") else {
                i += 1
                continue
            }
            let end = userNameEnd(text, from: i)
            // (Not an email's local part: `cely.bdc_88@…` is the email rule's.)
            if end > i, !StructuredScan.wordChar(text, end), StructuredScan.at(text, end) != "@", !already.contains(i),
                bodies.contains(text.slice(i..<end).lowercased())
            {
                addUsername(text, i..<end, &out)
            }
            i = max(end, i + 1)
        }
    }

    /// Platforms whose name before "username", "handle", "account" or "profile" says a user
    /// name follows: "her Snapchat username was jo_b99" (issue 12).
    private static let platforms: WordList = [
        "snapchat", "instagram", "tiktok", "facebook", "twitter", "threads", "youtube",
        "telegram", "whatsapp", "kik", "discord", "linkedin", "onlyfans", "reddit", "twitch", "kick", "bluesky",
        // Messaging, dating and gaming accounts (`Gives WeChat ID sophie_xy_0721`; development set 39).
        "wechat", "weibo", "qq", "viber", "skype", "vk", "tinder", "bumble", "hinge", "grindr", "badoo", "pof", "xbox",
        "psn", "roblox",
        // Their short forms, as a form or a message gives them (`Snap: jazzy88`, `IG: jaz.k_88`).
        "snap", "insta", "ig", "fb",
    ]
    private static let accountWords: WordList = ["username", "usernames", "handle", "account", "profile", "name", "id"]
    private static let joiners: WordList = ["was", "is", "called", "named", "as", "of", "being"]
    /// What a platform's user sends: `a Snapchat message from …`.
    private static let messageWords: WordList = [
        "message", "messages", "dm", "dms", "snap", "snaps", "request", "comment", "comments", "post", "posts", "story",
        "call", "video", "reply",
    ]

    /// A user name without `@` after a platform and an account word: letters with a digit,
    /// `_` or `.` in them, so ordinary words never match.
    private func username(_ text: ScanText, _ out: inout [AnonymisationFinding]) {
        let tokens = text.tokens
        for k in tokens.indices where tokens[k].kind == .word {
            let t = tokens[k]
            var i: Int
            // `The account's user name was bikky_lucky7`, `Gamertag: SunitaBoyGamer_GU52`: a user
            // name with no platform named (development set 54; `addUsername` still asks for a
            // digit, `_` or `.`).
            if let end = bareAccountEnd(text, k) {
                i = end
            } else if t.end - t.start > 9 || StructuredScan.index(text, token: k, in: Self.platforms) == nil {
                continue
            } else if let a = NameMatching.nextWord(text, after: k),
                StructuredScan.index(text, token: a, in: Self.accountWords) != nil
            {
                i = tokens[a].end
                // `His Snapchat name, which appears in the police case file, was dheere_tees98`:
                // past a clause between commas (development set 28).
                if StructuredScan.at(text, i) == ",", let close = clauseEnd(text, after: i) {
                    i = close + 1
                } else if StructuredScan.at(text, i) == "," {
                    // `A Snapchat account, jassi_d81, was used` (development set 30): the name
                    // between commas (`addUsername` still asks for a digit, `_` or `.`).
                    i += 1
                }
            } else if StructuredScan.at(text, t.end) == ":" {
                i = t.end
            } else if let m = NameMatching.nextWord(text, after: k),
                StructuredScan.index(text, token: m, in: Self.messageWords) != nil,
                let from = NameMatching.nextWord(text, after: m),
                StructuredScan.index(text, token: from, in: ["from", "by"]) != nil
            {
                // `a Snapchat message from rg_fenhaven` (development set 31).
                i = tokens[from].end
            } else {
                continue
            }
            // Past "was", "called", ":" and spaces to the name itself.
            var steps = 0, fillers = 0
            while steps < 10, let c = StructuredScan.at(text, i) {
                if c == " " || c == ":" { i += 1; steps += 1; continue }
                if let w = StructuredScan.tokenIndex(text, at: i), tokens[w].kind == .word {
                    if StructuredScan.index(text, token: w, in: Self.joiners) != nil {
                        i = tokens[w].end; steps += 1; continue
                    }
                    // "Snapchat name at the time was zelal.d09": a few lower-case words, then a joiner.
                    if fillers < 3, !StructuredScan.capitalised(text, tokens[w]), joinerFollows(text, after: w) {
                        i = tokens[w].end; steps += 1; fillers += 1; continue
                    }
                }
                break
            }
            let start = i
            i = userNameEnd(text, from: start)
            guard !StructuredScan.wordChar(text, i) else { continue }
            addUsername(text, start..<i, &out)
        }
    }

    /// The end of `username`, `gamertag`, `login`, `user name` or `screen name` at token `k`.
    private func bareAccountEnd(_ text: ScanText, _ k: Int) -> Int? {
        let tokens = text.tokens
        let length = tokens[k].end - tokens[k].start
        guard (4...9).contains(length) else { return nil }
        if StructuredScan.index(text, token: k, in: Self.bareAccountWords) != nil { return tokens[k].end }
        if text.wordKeys[k] == Self.userKey || text.wordKeys[k] == Self.screenKey, let n = NameMatching.nextWord(text, after: k),
            n == k + 2, text.wordKeys[n] == Self.nameKey
        {
            return tokens[n].end
        }
        return nil
    }
    private static let bareAccountWords: WordList = ["username", "gamertag", "login"]
    private static let userKey = WordList.key(of: "user"), screenKey = WordList.key(of: "screen")
    private static let nameKey = WordList.key(of: "name")

    /// The comma that closes a clause opened by the comma at `comma` (`, which …,`): within
    /// 80 characters, on the same line, the clause starting with `which`, `who` or `that`.
    private func clauseEnd(_ text: ScanText, after comma: Int) -> Int? {
        guard StructuredScan.isChar(text, comma + 1, " "), let w = StructuredScan.tokenIndex(text, at: comma + 2),
            StructuredScan.index(text, token: w, in: ["which", "who", "that"]) != nil
        else { return nil }
        var i = comma + 2
        while i - comma < 80, let c = StructuredScan.at(text, i), c != "\n" {
            if c == "," { return i }
            i += 1
        }
        return nil
    }

    /// `Google account quietriver.44`, `ConnectedDrive user AFairweather_TVP`: an account word,
    /// then straight after it a user name (with a digit, `_` or `.` in it), on any service.
    private func accountName(_ text: ScanText, _ out: inout [AnonymisationFinding]) {
        let tokens = text.tokens
        for k in tokens.indices where tokens[k].kind == .word && tokens[k].end - tokens[k].start <= 8 {
            guard StructuredScan.index(text, token: k, in: Self.accountNameWords) != nil,
                StructuredScan.at(text, tokens[k].end) == " "
            else { continue }
            let start = tokens[k].end + 1
            let end = userNameEnd(text, from: start)
            // (`account tariro.m@fastpost.example` is the email rule's.)
            guard end > start, StructuredScan.at(text, end) != "@", !StructuredScan.wordChar(text, end) else { continue }
            addUsername(text, start..<end, &out)
        }
    }
    private static let accountNameWords: WordList = ["account", "user", "username", "login"]

    /// Where a user name starting at `start` ends: past its handle characters (at most 31),
    /// less a full stop that ends the sentence.
    private func userNameEnd(_ text: ScanText, from start: Int) -> Int {
        var end = start
        while let c = StructuredScan.at(text, end), Self.isHandleChar(c), end - start <= 30 { end += 1 }
        while end > start, text.scalars[end - 1] == "." { end -= 1 }
        return end
    }

    /// Reports the user name at `r` if it is one: three characters or more, a letter and a
    /// digit, `_` or `.` among them (so ordinary words never match), and not found already.
    private func addUsername(_ text: ScanText, _ r: Range<Int>, _ out: inout [AnonymisationFinding]) {
        let body = text.scalars[r]
        guard r.count >= 3, body.contains(where: StructuredScan.isLetter),
            body.contains(where: { StructuredScan.isDigit($0) || $0 == "_" || $0 == "." }),
            !out.contains(where: { $0.range.overlaps(r) })
        else { return }
        add(text, r, "social media user name \(Mask.preview(text.slice(r), keep: 1))", &out)
    }

    /// `from a new account, "jasminepot_uk"`: an account word, then a quoted user name (with
    /// a digit, `_` or `.` in it, so a quoted word or title never matches), on any platform.
    private func quotedUsername(_ text: ScanText, _ out: inout [AnonymisationFinding]) {
        let tokens = text.tokens
        for k in tokens.indices where tokens[k].kind == .word && tokens[k].end - tokens[k].start <= 9 {
            guard StructuredScan.index(text, token: k, in: Self.quotedAccountWords) != nil else { continue }
            var i = tokens[k].end, steps = 0
            while steps < 4, let c = StructuredScan.at(text, i), c == " " || c == "," || c == ":" { i += 1; steps += 1 }
            if let w = StructuredScan.tokenIndex(text, at: i), tokens[w].kind == .word,
                StructuredScan.index(text, token: w, in: Self.joiners) != nil
            {
                i = tokens[w].end
                while let c = StructuredScan.at(text, i), c == " " { i += 1 }
            }
            guard let q = StructuredScan.at(text, i), Self.openingQuotes.unicodeScalars.contains(q) else { continue }
            let start = i + 1
            var end = start
            while let c = StructuredScan.at(text, end), Self.isHandleChar(c), end - start <= 30 { end += 1 }
            guard let close = StructuredScan.at(text, end), Self.closingQuotes.unicodeScalars.contains(close) else { continue }
            addUsername(text, start..<end, &out)
        }
    }
    /// `changed her Facebook name to "Kvetinka Z."`, `her Facebook profile, under the name "Zuzka
    /// Bandyova"`: a platform, `name` or `profile` within two words after it, then within five
    /// more words, in the same sentence, a quoted name of one to four capitalised words: the
    /// name the account shows (development set 74).
    private func quotedDisplayName(_ text: ScanText, _ out: inout [AnonymisationFinding]) {
        let tokens = text.tokens, s = text.scalars
        for k in tokens.indices where tokens[k].kind == .word && StructuredScan.index(text, token: k, in: Self.platforms) != nil {
            var at = k, account: Int?
            for _ in 0..<2 {
                guard let n = NameMatching.nextWord(text, after: at) else { break }
                if ["name", "profile"].contains(NameMatching.word(text, n).lowercased()) {
                    account = n
                    break
                }
                at = n
            }
            guard let account else { continue }
            var i = tokens[account].end, spaces = 0
            while i < s.count, spaces <= 5, !"\u{201C}\"".unicodeScalars.contains(s[i]) {
                if ".\n?!;".unicodeScalars.contains(s[i]) { break }
                if s[i] == " " { spaces += 1 }
                i += 1
            }
            guard i < s.count, "\u{201C}\"".unicodeScalars.contains(s[i]) else { continue }
            let start = i + 1
            var end = start, words = 0
            while end < s.count, end - start <= 40, !"\u{201D}\"".unicodeScalars.contains(s[end]) {
                let c = s[end]
                guard c.isScanLetter || " .-'\u{2019}".unicodeScalars.contains(c) else { break }
                // Each word starts with a capital.
                if c.isScanLetter, end == start || s[end - 1] == " " {
                    guard c.isScanUppercase else { break }
                    words += 1
                }
                end += 1
            }
            guard end < s.count, end > start, "\u{201D}\"".unicodeScalars.contains(s[end]), (1...4).contains(words) else {
                continue
            }
            add(
                text, start..<end, "name shown on a social media profile (\(Mask.preview(text.slice(start..<end), keep: 1)))",
                &out)
        }
    }

    private static let quotedAccountWords: WordList = ["account", "username", "usernames", "handle", "profile", "alias"]

    /// `Last viewed: 12/08/2022 21:14 by dhipkin`, `PRINTED 29/11/2024 16:02  BY: pbloomfield`: a
    /// system's record line, a time, then `by` and a login; `login "dhipkin"`, a quoted login
    /// (development set 53); and `USER: bjones2`, a record's user field (development set 59).
    /// The login is four to twenty lower-case letters, digits, `.` or `_`, and no English word
    /// (`16:02 by phone`).
    private func loginInRecord(_ text: ScanText, _ out: inout [AnonymisationFinding]) {
        let tokens = text.tokens
        for k in tokens.indices where tokens[k].kind == .word && (2...5).contains(tokens[k].end - tokens[k].start) {
            var start = tokens[k].end
            var quoted = false
            if text.wordKeys[k] == Self.byKey {
                // A time right before: `21:14 by`.
                var p = k - 1
                while p >= 0, tokens[p].kind == .space { p -= 1 }
                guard p >= 0, tokens[p].kind == .number, tokens[p].end - tokens[p].start == 2,
                    StructuredScan.isChar(text, tokens[p].start - 1, ":"), StructuredScan.digit(text, tokens[p].start - 2)
                else { continue }
                if StructuredScan.isChar(text, start, ":") { start += 1 }
            } else if text.wordKeys[k] == Self.loginKey {
                quoted = true
            } else if text.wordKeys[k] == Self.userKey, StructuredScan.isChar(text, start, ":") {
                // `EXPORT 05/02/2024 11:06  USER: bjones2`: a record's user field (development set 59).
                start += 1
            } else {
                continue
            }
            while StructuredScan.isChar(text, start, " ") { start += 1 }
            if quoted {
                guard let q = StructuredScan.at(text, start), Self.openingQuotes.unicodeScalars.contains(q) else { continue }
                start += 1
            }
            let end = userNameEnd(text, from: start)
            guard (4...20).contains(end - start), !StructuredScan.wordChar(text, end),
                text.scalars[start..<end].allSatisfy({
                    StructuredScan.isLower($0) || StructuredScan.isDigit($0) || $0 == "." || $0 == "_"
                }),
                StructuredScan.isLower(text.scalars[start]), !NameAfterRole.englishWords.contains(text.slice(start..<end)),
                !quoted || StructuredScan.at(text, end).map({ Self.closingQuotes.unicodeScalars.contains($0) }) == true,
                !out.contains(where: { $0.range.overlaps(start..<end) })
            else { continue }
            add(text, start..<end, "login \(Mask.preview(text.slice(start..<end), keep: 1))", &out)
        }
    }
    private static let byKey = WordList.key(of: "by"), loginKey = WordList.key(of: "login")

    /// `[Instagram DM] 27/08/2023 01:13 – levon.a_brum: i saw …`: a chat export's line tagged
    /// with its platform in brackets, and the user name that speaks after a dash, before its
    /// colon (development set 36). Only names with a digit, `_` or `.` (`addUsername`).
    private func chatSpeaker(_ text: ScanText, _ out: inout [AnonymisationFinding]) {
        let tokens = text.tokens
        for k in tokens.indices where tokens[k].kind == .word && tokens[k].end - tokens[k].start <= 9 {
            guard StructuredScan.at(text, tokens[k].start - 1) == "[",
                StructuredScan.index(text, token: k, in: Self.platforms) != nil
            else { continue }
            var i = tokens[k].end
            // The dash before the speaker, on the same line, within a tag, a date and a time.
            while let c = StructuredScan.at(text, i), c != "\n", c != "\u{2013}", c != "\u{2014}", c != "-",
                i - tokens[k].end < 40
            {
                i += 1
            }
            guard let dash = StructuredScan.at(text, i), dash != "\n", StructuredScan.at(text, i + 1) == " " else { continue }
            let start = i + 2
            var end = start
            while let c = StructuredScan.at(text, end), Self.isHandleChar(c), end - start <= 30 { end += 1 }
            guard end > start, StructuredScan.at(text, end) == ":" else { continue }
            addUsername(text, start..<end, &out)
        }
    }
    /// Quote marks that open and close a quoted word, straight or curly.
    static let openingQuotes = "\"'\u{201C}\u{2018}"
    static let closingQuotes = "\"'\u{201D}\u{2019}"

    /// Whether a joiner ("was", "is", "called"…) is among the three words after token `w`.
    private func joinerFollows(_ text: ScanText, after w: Int) -> Bool {
        var k = w
        for _ in 0..<3 {
            guard let n = NameMatching.nextWord(text, after: k) else { return false }
            if StructuredScan.index(text, token: n, in: Self.joiners) != nil { return true }
            k = n
        }
        return false
    }

    private func add(_ text: ScanText, _ r: Range<Int>, _ what: String, _ out: inout [AnonymisationFinding]) {
        out.append(
            AnonymisationFinding(
                rule: id, severity: .warning, range: r, matched: text.slice(r),
                message:
                    "\(what); remove it or replace it with a description such as 'her Instagram account'; if it is a service's public account, waive it with a reason"
            ))
    }

    private static func isHandleChar(_ c: Unicode.Scalar) -> Bool {
        StructuredScan.isLetter(c) || StructuredScan.isDigit(c) || c == "_" || c == "."
    }

    /// "@name" not preceded by an email's local part, with at least one letter or underscore.
    private func handle(_ text: ScanText, at: Int) -> Int? {
        if let before = StructuredScan.at(text, at - 1),
            before.isScanLetter || StructuredScan.isDigit(before) || "._%+-'/".unicodeScalars.contains(before)
        {
            return nil
        }
        var i = at + 1
        // (`@vale.te.extraña`: a letter of another language as a witness wrote the handle; set 61.)
        while let c = StructuredScan.at(text, i), Self.isHandleChar(c) || c.isScanLetter, i - at <= 31 { i += 1 }
        while i > at + 1, text.scalars[i - 1] == "." { i -= 1 }
        guard i > at + 1, i - at <= 31, !StructuredScan.wordChar(text, i) else { return nil }
        let body = text.scalars[(at + 1)..<i]
        guard body.contains(where: { StructuredScan.isLetter($0) || $0 == "_" }) else { return nil }
        // "@example.org" with a dot and a top-level ending is a bare domain, not a handle.
        // (Unless an account word or a platform stands right before it: `posts on TikTok from
        // the account @tibi.grigoras.uk`; development set 28.)
        if let dot = body.lastIndex(of: "."), EmailRule.topLevel.contains(text.slice((dot + 1)..<i).lowercased()),
            !accountBefore(text, at)
        {
            return nil
        }
        return i
    }

    /// Whether the word right before offset `at` (across one space) is an account word or a platform.
    private func accountBefore(_ text: ScanText, _ at: Int) -> Bool {
        // (`on TikTok, @temuulen.g.cymru`, `Instagram: @…`: across a comma or a colon; set 62.)
        let gap = StructuredScan.isChar(text, at - 2, ",") || StructuredScan.isChar(text, at - 2, ":") ? 1 : 0
        guard StructuredScan.isChar(text, at - 1, " "), let w = StructuredScan.tokenIndex(text, at: at - 2 - gap),
            text.tokens[w].kind == .word
        else { return false }
        return StructuredScan.index(text, token: w, in: Self.accountWords) != nil
            || StructuredScan.index(text, token: w, in: Self.platforms) != nil
    }

    /// "host.com/profile" around the "/" after a known host. Returns the start of the host and
    /// the end of the profile segment.
    private func profile(_ text: ScanText, slash: Int) -> (Int, Int)? {
        let s = text.scalars
        var lo = slash
        while lo > 0,
            StructuredScan.isLetter(s[lo - 1]) || StructuredScan.isDigit(s[lo - 1]) || s[lo - 1] == "." || s[lo - 1] == "-",
            slash - lo < 40
        { lo -= 1 }
        guard lo < slash else { return nil }
        var host = text.slice(lo..<slash).lowercased()
        for prefix in ["www.", "m.", "mobile.", "uk."] where host.hasPrefix(prefix) { host.removeFirst(prefix.count) }
        // `gofundme.example/f/…`: a platform written with the reserved example domain, as in
        // training material and redaction logs.
        if host.hasSuffix(".example") { host = String(host.dropLast(".example".count)) + ".com" }
        guard let marker = Self.hosts[host] else { return nil }
        var i = slash + 1
        if let marker, !marker.isEmpty {
            if marker == "@" {
                guard StructuredScan.isChar(text, i, "@") else { return nil }
                i += 1
            } else if StructuredScan.equals(text, i..<(i + marker.count), marker),
                StructuredScan.isChar(text, i + marker.count, "/")
            {
                i += marker.count + 1
            } else if !Self.markerOptional.contains(host) {
                return nil
            }
        }
        let segStart = i
        i = segmentEnd(text, from: segStart)
        guard i > segStart else { return nil }
        let segment = text.slice(segStart..<i).lowercased()
        // `facebook.com/groups/castleburn.community.news`: the group's name is what identifies.
        // … and `justgiving.com/crowdfunding/teo-home`, the page's name.
        if ["groups", "crowdfunding", "fundraising"].contains(segment), StructuredScan.isChar(text, i, "/") {
            let groupEnd = segmentEnd(text, from: i + 1)
            if groupEnd > i + 1 { return (lo, groupEnd) }
        }
        if Self.notProfiles.contains(segment) { return nil }
        return (lo, i)
    }

    /// The end of a path segment from `start`: handle characters and `-`, at most 100, without
    /// a trailing full stop (the end of a sentence).
    private func segmentEnd(_ text: ScanText, from start: Int) -> Int {
        var i = start
        while let c = StructuredScan.at(text, i), Self.isHandleChar(c) || c == "-", i - start < 100 { i += 1 }
        while i > start, text.scalars[i - 1] == "." { i -= 1 }
        return i
    }

    /// Compares two links ignoring scheme, "www." and a trailing slash.
    package static func sameURL(_ a: String, _ b: String) -> Bool {
        func norm(_ s: String) -> String {
            var t = s.lowercased()
            for p in ["https://", "http://"] where t.hasPrefix(p) { t.removeFirst(p.count) }
            if t.hasPrefix("www.") { t.removeFirst(4) }
            while t.hasSuffix("/") { t.removeLast() }
            return t
        }
        return norm(a) == norm(b)
    }
}
