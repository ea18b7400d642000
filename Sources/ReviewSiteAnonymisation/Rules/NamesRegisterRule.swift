import ReviewSiteCore
import ReviewSiteNames

/// `names-register`: any entry of the private names register. The message gives the entry's
/// number only, never the name, not even masked.
package struct NamesRegisterRule: AnonymisationRule {
    package let id = RuleID.namesRegister

    /// "a declared pseudonym" or "a public name" when every word of the match is a declared word.
    private func declaredAs(_ matched: String, _ context: AnonymisationContext) -> String? {
        let words = NameMatching.declaredWords([matched])
        guard !words.isEmpty, words.isSubset(of: context.declaredWords) else { return nil }
        return words.isSubset(of: NameMatching.declaredWords(context.pseudonyms)) ? "a declared pseudonym" : "a public name"
    }

    /// A `register-variant` finding at `range`; `how` says how the text differs from the entry,
    /// and the message ends with the same fix and waiver for each kind.
    private func variant(_ text: ScanText, _ range: Range<Int>, _ how: String) -> AnonymisationFinding {
        AnonymisationFinding(
            rule: .registerVariant, severity: .error, range: range, matched: text.slice(range),
            message: how
                + "; if it is the same name, replace it with the pseudonym, otherwise waive it (rule register-variant) with a reason"
        )
    }

    package func scan(_ text: ScanText, _ context: AnonymisationContext) -> [AnonymisationFinding] {
        guard let register = context.register else { return [] }
        let matches = register.matches(in: text)
        // (`Khatijaben`: the given name with `-ben` of respect, the name itself, not a misspelling.)
        let matched = Set(matches.flatMap { Array($0.tokens) })
        let suffixed = register.matcher.respectSuffixed(in: text, covered: matched).filter {
            !context.declaredWords.contains(NameMatching.fold(NameMatching.word(text, $0.token)))
        }
        let covered = matched.union(suffixed.map(\.token))
        let respectful = suffixed.map { s in
            let range = text.tokens[s.token].start..<text.tokens[s.token].end
            return AnonymisationFinding(
                rule: id, severity: .error, range: range, matched: text.slice(range),
                message:
                    "matches entry \(s.number) of the names register (one part of it, with -ben or -bhai of respect run on); replace it with the pseudonym"
            )
        }
        let variants = register.matcher.variants(in: text, covered: covered, declared: context.declaredWords).map { v in
            variant(
                text, v.range,
                "differs by a letter or two from a part of entry \(v.number) of the names register (a misspelling of it?)")
        }
        // (Initials may be another person's or an agency's: waivable, as a variant is.)
        let initials = register.matcher.initials(in: text, covered: covered).map { i in
            let range = text.tokens[i.first].start..<text.tokens[i.last].end
            return AnonymisationFinding(
                rule: .registerVariant, severity: .error, range: range, matched: text.slice(range),
                message:
                    "the initials of entry \(i.number) of the names register; if they are that person's, replace them with the pseudonym's, otherwise waive it (rule register-variant) with a reason"
            )
        }
        let found = exact(matches, text, context) + respectful + variants + initials
        // (A Cyrillic capitalised word may already be a variant above.)
        let written =
            register.matcher.inOtherScripts(in: text).map { o in
                (o.range, "sounds like a part of entry \(o.number) of the names register, written in another script")
            }
            + register.matcher.disguised(in: text).map { d in
                (
                    d.range,
                    d.how == .spelledOut
                        ? "spells out, letter by letter, a part of entry \(d.number) of the names register"
                        : "reads as a part of entry \(d.number) of the names register with digits for letters (as a scanned page's text recognition misreads them)"
                )
            }
        let others = written.filter { w in !found.contains { $0.range.overlaps(w.0) } }.map { variant(text, $0.0, $0.1) }
        return (found + others).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func exact(
        _ matches: [RegisterMatch], _ text: ScanText,
        _ context: AnonymisationContext
    ) -> [AnonymisationFinding] {
        matches.map { m in
            let matched = text.slice(m.range)
            if m.part, let declared = declaredAs(matched, context) {
                // A part that is also a declared name: the author says which is meant, with a
                // waiver of its own rule (a register match itself is never waived).
                return AnonymisationFinding(
                    rule: .registerPart, severity: .warning, range: m.range, matched: matched,
                    message:
                        "matches entry \(m.number) of the names register (one part of it), which is also \(declared); if that is meant here, waive it (rule register-part) with a reason, otherwise replace it"
                )
            }
            // (A pet form is a nickname the register does not list: `undeclared-name`, as the
            // labelling conventions count it, with the entry it comes from.)
            if m.petForm {
                return AnonymisationFinding(
                    rule: .undeclaredName, severity: .error, range: m.range, matched: matched,
                    message:
                        "nickname used without being declared (\(NameMatching.mask(matched))), a pet form of entry \(m.number) of the names register; replace it with the pseudonym"
                )
            }
            return AnonymisationFinding(
                rule: id, severity: .error, range: m.range, matched: matched,
                message: m.part
                    ? "matches entry \(m.number) of the names register (one part of it); replace it with the pseudonym"
                    : "matches entry \(m.number) of the names register; replace it with the pseudonym")
        }
    }
}
