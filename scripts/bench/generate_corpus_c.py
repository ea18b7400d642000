#!/usr/bin/env python3
"""Held-out benchmark corpus C for ReviewSite: a fictional CSP site shaped unlike A and B.

This generator was written independently, WITHOUT reading ReviewSite's source code, its
benchmark notes or the two other corpus generators (generate_corpus.py and
generate_corpus_b.py). Its author read only docs/content-format.md, the shape of one test
corpus's site.yml and front matter, a public partnership page for tone, and bench.sh for the
command-line interface. It exists so that speed can be reported on data nobody tuned on.

Interface (the same as the other generators, as bench.sh calls them):

    python3 generate_corpus_c.py --count N --seed S --out DIR

writes DIR/content (a ReviewSite content folder: site.yml, reviews/, briefings/, pages) and
DIR/hugo (the same Markdown bodies as a minimal Hugo site, for the Hugo comparison). The
output is deterministic for a given N and seed; the content is about 65 KB per review
(about 65 MB for N=1000) and grows linearly with N.

Shape (chosen to differ from a "one long file per review" corpus):
- most reviews are split into several smaller `type: dhr` files (overview report, executive
  summary, chronology, one IMR per agency, action plan, sometimes a family statement),
  cross-linked with reference-style links; about one review in twelve is a single very
  long file (roughly 60-150 KB) holding everything, and one in ten a single medium file;
- long paragraphs with very few line breaks; Word-pasted text in about half the files
  (curly quotes, no-break spaces, en dashes, double spaces; some files have CRLF line
  endings or a byte-order mark), pseudonyms with accents (Zoë, Siobhán, Ştefan);
- deep heading structures (down to h6), numbered paragraphs, footnotes, block quotes
  (family statements, glossary boxes), ```table blocks with captions and some bare pipe
  tables pasted from Word, images with alt text (small SVG charts kept beside the page), and
  reference-style links (cross-links between the parts of a review, external guidance).
  There is no raw HTML: ReviewSite refuses it (`raw-html` is an error), so a real site
  could not have it either;
- many declared pseudonyms per review (8-24), long summaries, several topics;
- event dates written in words, in numbers and as months; ages, years, percentages,
  money, agency names, fictional place names and acronyms;
- drafts, withdrawn and embargoed files, briefings (0.3 per review), and partnership pages
  nested up to four folders deep (N/25 of them).

The corpus lints and builds with no errors; it gives warnings (event-date on most files, a
few review-due), as a real site might.

Everything is fictional. There are no real people, addresses, phone numbers or
identifiers; the only numbers that look like contact details are national helplines
declared in site.yml.
"""
import argparse
import datetime
import os
import random
import shutil

BUILD_DATE = datetime.date(2026, 11, 27)  # the date bench.sh builds with

# --------------------------------------------------------------------------- word lists

VICTIM_NAMES = [
    "Zoë", "Siobhán", "Anaïs", "Renée", "Inés", "Chloé", "Małgosia", "Aurélie", "Niamh",
    "Dolores", "Beatriz", "Kamilė", "Leonie", "Mirela", "Précieuse", "Thandiwe", "Ayşe",
    "Joëlle", "Róisín", "Ilse", "Noémie", "Fenella", "Saoirse", "Lucía", "Agnieszka",
    "Oona", "Marisol", "Gráinne", "Henrietta", "Ottilie", "Rosalind", "Esmé", "Perpetua",
    "Tamsin", "Greer", "Ingrid", "Wilhelmina", "Cordelia", "Evadne", "Araminta",
]
PERP_NAMES = [
    "Ştefan", "Björn", "José", "Aurélien", "Séamus", "Dariusz", "Mehmet", "Joachim",
    "Tadhg", "Florin", "Nuño", "Kristóf", "Lorcan", "Ruairí", "Anselm", "Casimir",
    "Benedykt", "Ignatius", "Thaddeus", "Evander", "Leopold", "Cyprian", "Isidore",
]
FAMILY_ROLES = [
    ("sister", "f"), ("brother", "m"), ("mother", "f"), ("father", "m"), ("aunt", "f"),
    ("cousin", "x"), ("friend", "x"), ("neighbour", "x"), ("former partner", "x"),
    ("grandmother", "f"), ("stepfather", "m"), ("colleague", "x"), ("daughter", "f"),
    ("son", "m"),
]
OTHER_NAMES = [
    "Adélaïde", "Bronagh", "Céleste", "Dervla", "Eoghan", "Fionnuala", "Gwenllian",
    "Hallvard", "Iolanthe", "Jörg", "Kasimira", "Lisandro", "Maëlle", "Nikolaj", "Orla",
    "Padraig", "Quillon", "Rhiannon", "Solveig", "Teodoro", "Ulrika", "Vítor", "Wenna",
    "Xanthe", "Yseult", "Zdeněk", "Ailbhe", "Bérénice", "Crispin", "Déaglán",
]
PLACES = [
    "Harrowmere", "Lyne Bridge", "Oakhollow", "Sallowby", "Cressing Vale", "Upper Thornley",
    "Marlstone", "Westerholm", "Fennick Cross", "Brackwater", "Eddisford", "Quenby Moor",
    "Little Ashcombe", "Pennock", "Dunstowe", "Kelverton", "Stratton Lyne", "Nether Coldby",
]
FORCE = "Lyne Valley Police"
AGENCIES = [
    ("Lyne Valley Police", "police"),
    ("Lyne Valley NHS Foundation Trust", "acute-trust"),
    ("Harrowmere Borough Council Adult Social Care", "adult-social-care"),
    ("Harrowmere Children's Services", "childrens-services"),
    ("the Probation Service (Lyne Valley delivery unit)", "probation"),
    ("Northfold Ambulance Service", "ambulance"),
    ("Sallowby Women's Refuge", "refuge"),
    ("Brackwater Housing Association", "housing"),
    ("the Community Mental Health Team", "cmht"),
    ("the IDVA service", "idva"),
    ("Lyne Valley Recovery Partnership", "substance-misuse"),
    ("Surgery A (the victim's GP practice)", "gp"),
    ("Surgery B (the perpetrator's GP practice)", "gp-perpetrator"),
    ("the Department for Work and Pensions", "dwp"),
    ("Oakhollow Academy", "school"),
    ("Marlstone Citizens Advice", "advice"),
    ("the Lyne Valley Integrated Care Board", "icb"),
    ("Eddisford Foodbank", "foodbank"),
]
ACRONYMS = [
    ("MARAC", "Multi-Agency Risk Assessment Conference"),
    ("IDVA", "Independent Domestic Violence Adviser"),
    ("DASH", "Domestic Abuse, Stalking and Harassment and Honour-based violence risk checklist"),
    ("MASH", "Multi-Agency Safeguarding Hub"),
    ("CMHT", "Community Mental Health Team"),
    ("IMR", "Individual Management Review"),
    ("DVPN", "Domestic Violence Protection Notice"),
    ("DVPO", "Domestic Violence Protection Order"),
    ("DVDS", "Domestic Violence Disclosure Scheme"),
    ("MAPPA", "Multi-Agency Public Protection Arrangements"),
    ("CPN", "Community Psychiatric Nurse"),
    ("ED", "Emergency Department"),
    ("CAMHS", "Child and Adolescent Mental Health Services"),
    ("PCSO", "Police Community Support Officer"),
    ("SARC", "Sexual Assault Referral Centre"),
    ("ISVA", "Independent Sexual Violence Adviser"),
    ("IOM", "Integrated Offender Management"),
    ("NFS", "non-fatal strangulation"),
]
TOPICS = [
    "coercive control", "non-fatal strangulation", "economic abuse", "stalking",
    "mental health", "substance misuse", "older people", "adult family homicide",
    "suicide following domestic abuse", "children and young people", "housing",
    "information sharing", "risk assessment", "professional curiosity",
    "disability", "immigration status", "rural isolation", "faith communities",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
            "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
            "twenty-sixth", "twenty-seventh", "twenty-eighth"]
NUMWORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"]
SEASONS = ["spring", "summer", "autumn", "winter", "early spring", "late summer",
           "the run-up to Christmas", "the school holidays"]
PUBLIC_NAMES = ["Rosalind Achterberg", "Tobias Wrenfield", "Cerys Mallowan",
                "Ifeoma Castellane", "Desmond Quarrie", "Philippa Strathairn"]

ADJ = ["significant", "limited", "fragmented", "persistent", "escalating", "episodic",
       "inconsistent", "sustained", "protracted", "unrecorded", "cumulative", "subtle",
       "well-intentioned", "reactive", "siloed", "timely", "robust", "incomplete"]
NOUN_ABSTRACT = ["professional curiosity", "information sharing", "risk assessment",
                 "safeguarding practice", "record keeping", "supervision",
                 "management oversight", "multi-agency working", "escalation",
                 "trauma-informed practice", "routine enquiry", "care coordination",
                 "case closure", "referral pathways", "the Think Family approach",
                 "the recognition of coercive control", "capacity assessment",
                 "engagement with the family"]
VERB_PAST = ["noted", "recorded", "observed", "reported", "documented", "raised",
             "mentioned", "disclosed", "highlighted", "queried", "flagged"]
CONCERNS = ["bruising to her forearms", "missed appointments", "low mood and poor sleep",
            "financial difficulties", "controlling behaviour by her partner",
            "increasing isolation from friends", "rent arrears", "a head injury",
            "anxiety about the children", "threats made over text message",
            "damage to the front door", "alcohol use", "thoughts of self-harm",
            "a fall on the stairs", "being followed home", "checking of her phone",
            "her partner withholding money for food", "pain in her neck after an argument"]
HARMS = ["coercive and controlling behaviour", "economic abuse", "stalking",
         "physical assault", "non-fatal strangulation", "emotional abuse",
         "verbal threats", "isolation from family", "monitoring of her movements"]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# --------------------------------------------------------------------------- text helpers

def word_pasted(text):
    """What Word does to plain text: curly quotes, en dashes, no-break spaces."""
    out = []
    dq_open = True
    prev = " "
    for ch in text:
        if ch == '"':
            out.append("\u201c" if dq_open else "\u201d")
            dq_open = not dq_open
        elif ch == "'":
            out.append("\u2019" if prev.isalnum() else "\u2018")
        else:
            out.append(ch)
        prev = ch
    s = "".join(out)
    s = s.replace(" - ", " \u2013 ").replace(" per cent", "\u00a0per\u00a0cent")
    s = s.replace("£ ", "£").replace(". ", ".  ", 1)
    return s


def date_words(rng, d):
    k = rng.randrange(9)
    if k == 0:
        return "the %s of %s %d" % (ORDINALS[min(d.day, 28) - 1], MONTHS[d.month - 1], d.year)
    if k == 1:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if k == 2:
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if k == 3:
        return "%s %d" % (MONTHS[d.month - 1], d.year)
    if k == 4:
        return "early %s %d" % (MONTHS[d.month - 1], d.year)
    if k == 5:
        return "the %s of %d" % (pick(rng, SEASONS), d.year)
    if k == 6:
        return "mid-%s" % MONTHS[d.month - 1]
    if k == 7:
        return "%s %d" % (MONTHS[d.month - 1][:3], d.year)
    return "the following %s" % pick(rng, ["week", "month", "fortnight", "weekend", "morning"])


class Case:
    """One fictional review: people, agencies, dates."""

    def __init__(self, rng, index):
        self.rng = rng
        self.index = index
        self.victim = pick(rng, VICTIM_NAMES)
        self.perp = pick(rng, PERP_NAMES)
        self.year = rng.randrange(2016, 2025)
        self.death = datetime.date(self.year, rng.randrange(1, 13), rng.randrange(1, 29))
        self.start = self.death.year - rng.randrange(3, 11)
        self.vage = rng.randrange(19, 88)
        self.page = self.vage + rng.randrange(-8, 15)
        self.place = pick(rng, PLACES)
        self.ref = "DHR-HLV-%d-%02d" % (self.year + 1, index % 97 + 1)
        self.pseudonyms = [(self.victim, "the victim"), (self.perp, "the perpetrator")]
        used = {self.victim, self.perp}
        n_children = rng.randrange(0, 5)
        for c in range(n_children):
            self.pseudonyms.append(("Child %d" % (c + 1),
                                    "%s's %s, aged %d at the time" % (
                                        self.victim, pick(rng, ["son", "daughter", "child"]),
                                        rng.randrange(1, 17))))
        n_family = rng.randrange(3, 9)
        self.family = []
        for _ in range(n_family):
            nm = pick(rng, OTHER_NAMES)
            if nm in used:
                continue
            used.add(nm)
            role, _g = pick(rng, FAMILY_ROLES)
            whose = self.victim if rng.random() < 0.7 else self.perp
            self.pseudonyms.append((nm, "%s's %s" % (whose, role)))
            self.family.append(nm)
        for letter in "ABCDEF"[: rng.randrange(2, 7)]:
            self.pseudonyms.append(("Adult %s" % letter, pick(rng, [
                "a previous partner of the perpetrator", "a lodger at the address",
                "a neighbour who called the police", "a friend from work",
                "the perpetrator's former partner", "a support worker's client"])))
        for label in rng.sample(["Officer A", "Officer B", "Nurse C", "Social Worker D",
                                 "Practitioner E", "Worker F"], rng.randrange(1, 5)):
            self.pseudonyms.append((label, pick(rng, [
                "a police officer who attended", "a practice nurse", "an allocated social worker",
                "an IDVA", "a housing officer", "a probation officer"])))
        if not self.family:
            self.family = [self.perp]
        self.agencies = rng.sample(AGENCIES, rng.randrange(4, 11))
        self.topics = rng.sample(TOPICS, rng.randrange(2, 6))
        self.chair = pick(rng, PUBLIC_NAMES)

    def date(self):
        y = self.rng.randrange(self.start, self.death.year + 1)
        return datetime.date(y, self.rng.randrange(1, 13), self.rng.randrange(1, 29))


class GenericCase(Case):
    """A case with no pseudonyms: text that speaks of "the victim" and "the perpetrator"."""

    def __init__(self, rng, index):
        Case.__init__(self, rng, index)
        self.victim, self.perp = "the victim", "the perpetrator"
        self.family = ["a relative", "a friend", "a neighbour", "her sister", "a colleague"]
        self.pseudonyms = []


SENT_OPEN = [
    "", "", "", "In {when}, ", "By {when}, ", "During {when}, ",
    "Around {when}, ", "On or about {when}, ", "Shortly afterwards, ", "Some {n} weeks later, ", "At a MARAC in {when}, ",
    "Looking back, ", "With hindsight, ", "At the time, ", "In the months that followed, ",
    "Over the next {n} years, ", "When {V} was {age}, ",
]
SENT_BODY = [
    "{agency} {verb} {concern} but did not ask {V} directly about abuse",
    "{V} told {agency_short} that {P} was \"just stressed\" and that things would settle down",
    "{F} said that {V} had become quieter and less likely to visit after {P} moved in",
    "the panel heard that {P} controlled the household's money, giving {V} about £{money} a week",
    "{agency} completed a DASH risk assessment which scored {score} out of 27, graded as {grade} risk",
    "a referral to {acr} was discussed but not made, and the reasons were not recorded",
    "{V} attended the {acr_any} with {concern} and was discharged the same day",
    "the IMR author for {agency} found that {adj} {abstract} meant that opportunities were missed",
    "{P} was known to {agency_short} for {harm} towards a previous partner, {adult}",
    "neither agency shared what it knew, because each assumed that the other was leading",
    "the chronology shows {k} contacts with {agency_short}, of which {k2} mentioned {concern}",
    "{V}'s {role_word} later told the review that \"she was frightened of what he'd do if she left\"",
    "{officer} attended the address and spoke to {V} in the presence of {P}, which the panel considered poor practice",
    "{V} was offered an appointment with the IDVA service but {P} answered the phone and declined it",
    "records described {V} as \"difficult to engage\", language which the panel felt placed the responsibility on her",
    "{pct} per cent of the contacts reviewed took place in the final {n} months of {V}'s life",
    "{agency} has since introduced {adj} training on {abstract}, attended by {k} staff",
    "the family described {P} as charming in public and \"a different man\" at home",
    "{V} moved between {place} and {place2} {n} times in {k} years, each time registering with a new service",
    "there was no evidence that {abstract} was considered at the point of case closure",
    "{F} tried to raise concerns with {agency_short} but was told that nothing could be shared without consent",
    "the review found no record of routine enquiry about domestic abuse in {k} GP consultations",
    "{P}'s use of {harm} was not recognised as a pattern because each incident was assessed on its own",
    "{V} worked part-time at a supermarket in {place}, where colleagues noticed {concern}",
    "the {acr} did not receive the police report for {n} weeks, by which time the case had been closed",
    "a professionals' meeting was arranged for {when} but did not take place because of sickness absence",
    "{agency} accepted that the threshold for a safeguarding enquiry under section 42 had been met",
    "the panel noted that {V} had a learning disability, which was not taken into account in how letters were sent",
    "{P} was aged {page} and had {k} previous convictions, {k2} of them for violence",
    "the coroner's inquest, concluded in {year2}, recorded a verdict of unlawful killing",
    "{V}'s first language was not English, and an interpreter was used in only {k2} of {k} contacts",
    "{officer} recorded the incident as \"verbal only\", although {V} had {concern}",
    "the IMR highlighted {adj} practice by {officer}, who stayed with {V} until the refuge place was confirmed",
    "in interview, {F} described {V} as \"the one who held the whole family together\"",
    "{P} repeatedly reported {V} to {agency_short} as the aggressor, a pattern sometimes described as counter-allegation",
    "there were {k} calls to the police from the address between {year0} and {year1}, and {k2} resulted in an arrest",
    "the Home Office Quality Assurance Panel asked for more detail on {abstract}, which has been added to this report",
    "{agency} could not find {k2} of the records requested, and this in itself is a finding of the review",
]
SENT_TAIL = [
    "", "", "", "", ", although this was not recorded at the time",
    ", which the panel considered to be a missed opportunity", " (see paragraph {para})",
    ", a point returned to in the analysis below", ", as the family have told the review",
    " - something that {F} said still troubles the family", "[^{fn}]",
    ", and this is reflected in recommendation {rec}",
]


class Writer:
    """Builds prose for one case with its own random stream."""

    def __init__(self, rng, case, pasted):
        self.rng = rng
        self.case = case
        self.pasted = pasted
        self.footnotes = []
        self.refs = {}

    def fill(self, template):
        rng, c = self.rng, self.case
        ag = pick(rng, c.agencies)
        d = c.date()
        vals = {
            "V": c.victim, "P": c.perp, "F": pick(rng, c.family),
            "agency": ag[0][0].upper() + ag[0][1:],
            "agency_short": pick(rng, c.agencies)[0],
            "verb": pick(rng, VERB_PAST), "concern": pick(rng, CONCERNS),
            "harm": pick(rng, HARMS), "adj": pick(rng, ADJ), "abstract": pick(rng, NOUN_ABSTRACT),
            "acr": pick(rng, ["MARAC", "MASH", "IDVA service", "CMHT", "IOM scheme", "SARC"]),
            "acr_any": pick(rng, ["ED", "walk-in centre", "minor injuries unit", "SARC"]),
            "money": rng.randrange(15, 90), "score": rng.randrange(4, 26),
            "grade": pick(rng, ["standard", "medium", "high"]),
            "k": rng.randrange(12, 60), "k2": rng.randrange(1, 12), "n": pick(rng, NUMWORDS[2:]),
            "pct": rng.randrange(5, 95), "page": c.page, "age": c.vage - rng.randrange(0, 9),
            "when": date_words(rng, d), "place": c.place, "place2": pick(rng, PLACES),
            "adult": "Adult %s" % pick(rng, "AB"),
            "officer": pick(rng, [n for n, _ in c.pseudonyms if " " in n and n[-1].isalpha()
                                  and not n.startswith("Adult")] or ["an officer"]),
            "role_word": pick(rng, ["sister", "friend", "cousin", "neighbour", "aunt"]),
            "year0": c.start, "year1": c.death.year, "year2": c.death.year + 1,
            "para": "%d.%d" % (rng.randrange(2, 9), rng.randrange(1, 30)),
            "rec": rng.randrange(1, 15), "fn": "",
        }
        if "{fn}" in template:
            num = len(self.footnotes) + 1
            self.footnotes.append(self.footnote_text())
            vals["fn"] = str(num)
        return template.format(**vals)

    def footnote_text(self):
        rng = self.rng
        return pick(rng, [
            "Home Office (%d) Multi-agency statutory guidance for the conduct of Domestic Homicide Reviews." % rng.randrange(2016, 2025),
            "The %s figure is taken from the agency's own case management system and was checked by the IMR author." % pick(rng, ["contact", "referral", "attendance"]),
            "See the chronology, entries %d to %d." % (rng.randrange(1, 40), rng.randrange(41, 120)),
            "SafeLives (%d) Insights national dataset; %d per cent of victims had been to A&E in the year before getting help." % (rng.randrange(2015, 2024), rng.randrange(10, 40)),
            "The panel agreed this wording with the family in %s %d." % (pick(rng, MONTHS), self.case.death.year + 1),
            "The agency was unable to provide the original record; this account relies on a later summary.",
        ])

    def sentence(self):
        rng = self.rng
        s = pick(rng, SENT_OPEN) + pick(rng, SENT_BODY) + pick(rng, SENT_TAIL) + "."
        s = self.fill(s)
        return s[0].upper() + s[1:]

    def paragraph(self, lo=5, hi=16):
        text = " ".join(self.sentence() for _ in range(self.rng.randrange(lo, hi)))
        if self.rng.random() < 0.25:
            text += " " + self.link_sentence()
        return word_pasted(text) if self.pasted else text

    def link_sentence(self):
        rng = self.rng
        key, label, url = pick(rng, [
            ("ho-guidance", "the statutory guidance", "https://www.gov.uk/government/publications/revised-statutory-guidance-for-the-conduct-of-domestic-homicide-reviews"),
            ("da-act", "the Domestic Abuse Act 2021", "https://www.legislation.gov.uk/ukpga/2021/17/contents"),
            ("safelives-dash", "the DASH checklist", "https://safelives.org.uk/practice-support/resources-identifying-risk-victims-face"),
            ("care-act", "section 42 of the Care Act 2014", "https://www.legislation.gov.uk/ukpga/2014/23/section/42"),
            ("clares-law", "the Domestic Violence Disclosure Scheme", "https://www.gov.uk/government/publications/domestic-violence-disclosure-scheme-pilot-guidance"),
            ("nice-ph50", "NICE guideline PH50", "https://www.nice.org.uk/guidance/ph50"),
            ("vpa-2024", "the Victims and Prisoners Act 2024", "https://www.legislation.gov.uk/ukpga/2024/21/contents"),
            ("ons-homicide", "national homicide statistics", "https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice"),
            ("respect", "the Respect standard", "https://www.respect.uk.net/pages/respect-standard"),
            ("standing-together", "Standing Together's DHR research", "https://www.standingtogether.org.uk/dhr"),
        ])
        self.refs[key] = url
        return pick(rng, ["This is consistent with [%s][%s].", "The panel considered [%s][%s] here.",
                          "See also [%s][%s].", "Practitioners should refer to [%s][%s]."]) % (label, key)

    def quote(self):
        rng, c = self.rng, self.case
        lines = [pick(rng, [
            "%s was funny, loyal and fiercely protective of the people she loved." % c.victim,
            "We want people to know that she was more than what happened to her.",
            "Nobody asked her the question. If one person had asked, I think she would have answered.",
            "She used to say that the house was quiet when he was out, and that quiet was the best part of her day.",
            "The system saw a lot of separate little things. We saw our sister disappearing.",
            "She loved the sea at %s and went every Sunday until he stopped her." % pick(rng, PLACES),
        ]) for _ in range(rng.randrange(1, 4))]
        who = pick(rng, c.family)
        body = "\n>\n".join("> " + (word_pasted('"%s"' % l) if self.pasted else '"%s"' % l) for l in lines)
        return body + "\n>\n> - %s, in a statement to the review" % who

    def glossary(self):
        """A definition set off as a block quote (a stand-in for a collapsible box)."""
        rng = self.rng
        acr, full = pick(rng, ACRONYMS)
        return "> **What %s means**\n>\n> %s (%s). %s" % (acr, full, acr, self.paragraph(2, 5))

    def contacts_table(self, rows):
        rng, c = self.rng, self.case
        caption = "Contacts with agencies, %d to %d" % (c.start, c.death.year)
        out = ["| When | Agency | What happened | Risk noted |", "|:---|:---|:---|:---:|"]
        for _ in range(rows):
            ev = self.fill(pick(rng, SENT_BODY)).replace("|", "/")
            if self.pasted:
                ev = word_pasted(ev)
            out.append("| %s | %s | %s. | %s |" % (
                date_words(rng, c.date()), pick(rng, c.agencies)[0], ev[0].upper() + ev[1:],
                pick(rng, ["yes", "no", "not recorded", "partly"])))
        return self.table_block(caption, out, rng.random() < 0.6)

    def table_block(self, caption, rows, row_headers=False):
        """Most tables as ReviewSite ```table blocks; about one in four pasted as a bare pipe
        table, as someone copying from Word might (it renders as a paragraph)."""
        if self.rng.random() < 0.25:
            return "\n".join(["Table: " + caption, ""] + rows)
        head = ["```table", "caption: " + caption]
        if row_headers:
            head.append("row-headers: yes")
        return "\n".join(head + rows + ["```"])

    def md_table(self, rows):
        rng = self.rng
        out = ["| No. | Recommendation | Lead agency | Target date | Status |",
               "|---|---|---|---|---|"]
        for r in range(rows):
            out.append("| %d | %s %s. | %s | %s %d | %s |" % (
                r + 1, pick(rng, ["Review", "Strengthen", "Audit", "Introduce", "Embed", "Evaluate"]),
                pick(rng, NOUN_ABSTRACT), pick(rng, self.case.agencies)[0],
                pick(rng, MONTHS), rng.randrange(2024, 2028),
                pick(rng, ["complete", "in progress", "not started", "overdue", "complete (evidence seen)"])))
        return self.table_block("Action plan for %s" % self.case.ref, out)

    def bullets(self, n, ordered=False):
        rng = self.rng
        items = []
        for i in range(n):
            s = self.fill(pick(rng, SENT_BODY))
            s = s[0].upper() + s[1:] + "."
            if self.pasted:
                s = word_pasted(s)
            items.append(("%d. " % (i + 1) if ordered else pick(rng, ["- ", "* "])) + s)
            if rng.random() < 0.15:
                items.append("    - " + pick(rng, ["This was raised at the panel's third meeting.",
                                                  "The agency accepts this.", "Evidence awaited.",
                                                  "See the action plan."]))
        return "\n".join(items)

    def image(self, slug, files):
        rng, c = self.rng, self.case
        name = pick(rng, ["contacts-chart", "timeline", "agency-contacts", "genogram-outline"])
        if name in [f[0].rsplit("/", 1)[-1][:-4] for f in files]:
            return ""
        path = "%s/%s.svg" % (slug, name)
        bars = [(a[1], rng.randrange(1, 40)) for a in c.agencies]
        files.append((path, svg_chart(bars, c)))
        alt = "Bar chart of %s's contacts with agencies between %d and %d: %s" % (
            c.victim, c.start, c.death.year, ", ".join("%d with %s" % (v, k.replace("-", " ")) for k, v in bars))
        return "![%s](%s)" % (alt, path)

    def headings(self, budget, level=2, depth_max=6, paras=(1, 4), slug=None, files=None, number=""):
        """Numbered, nested headings down to depth_max, with prose in each, until about
        `budget` characters have been written."""
        rng = self.rng
        out = []
        size = [0]

        def add(text):
            out.append(text)
            size[0] += len(text) + 2

        def section(lvl, num):
            add("%s %s %s" % ("#" * lvl, num, pick(rng, SECTION_TITLES)))
            for _ in range(rng.randrange(*paras)):
                k = rng.random()
                if k < 0.06:
                    add(self.quote())
                elif k < 0.09:
                    add(self.glossary())
                elif k < 0.14:
                    add(self.bullets(rng.randrange(3, 9), ordered=rng.random() < 0.5))
                elif k < 0.16 and slug and files is not None:
                    img = self.image(slug, files)
                    if img:
                        add(img)
                else:
                    p = self.paragraph()
                    if rng.random() < 0.4:
                        p = "%s.%d %s" % (num.rstrip("."), rng.randrange(1, 40), p)
                    add(p)
            if lvl < depth_max and rng.random() < 0.6:
                for j in range(rng.randrange(1, 4)):
                    if size[0] >= budget:
                        break
                    section(lvl + 1, "%s%d." % (num, j + 1))

        i = 0
        while size[0] < budget:
            i += 1
            section(level, "%s%d." % (number, i))
        return "\n\n".join(out)

    def tail(self):
        out = []
        if self.footnotes:
            out.append("\n".join("[^%d]: %s" % (i + 1, t) for i, t in enumerate(self.footnotes)))
        if self.refs:
            out.append("\n".join("[%s]: %s" % kv for kv in sorted(self.refs.items())))
        return "\n\n".join(out)


SECTION_TITLES = [
    "Introduction", "Terms of reference", "Methodology", "Involvement of family and friends",
    "Contributors to the review", "The review panel", "Independence of the chair",
    "Parallel processes", "Equality and diversity", "Dissemination", "Background",
    "The victim's life", "Overview of contacts", "Analysis", "Key lines of enquiry",
    "Risk assessment and management", "Information sharing", "Professional curiosity",
    "Housing and homelessness", "Health contacts", "Mental health", "Substance use",
    "Economic abuse", "Children in the household", "Good practice", "Learning",
    "Conclusions", "Recommendations", "Single-agency learning", "Multi-agency learning",
    "The final months", "Earlier relationships", "Barriers to disclosure", "Language and culture",
    "Covid-19 restrictions", "Records and supervision", "What the family told us",
    "Agency responses", "Thresholds and escalation", "National context",
]


def svg_chart(bars, case):
    w = 40 * len(bars) + 40
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="260" role="img">' % w,
             "<title>Contacts with agencies, %d to %d</title>" % (case.start, case.death.year)]
    for i, (label, v) in enumerate(bars):
        x = 30 + 40 * i
        parts.append('<rect x="%d" y="%d" width="28" height="%d" fill="#1d70b8"/>' % (x, 220 - 5 * v, 5 * v))
        parts.append('<text x="%d" y="240" font-size="8">%s</text>' % (x, label))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


# --------------------------------------------------------------------------- front matter

def q(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', "\u201d")


class Dates:
    def __init__(self, rng, case):
        # Published between 2019 and late 2026; reviewed within the year before the build
        # date for most, so only a few files are due a review.
        base = datetime.date(max(case.death.year + 1, 2019), 1, 1)
        span = (BUILD_DATE - datetime.timedelta(days=40) - base).days
        self.published = base + datetime.timedelta(days=rng.randrange(max(span, 1)))
        self.qa = self.published - datetime.timedelta(days=rng.randrange(10, 200))
        self.updated = None
        if rng.random() < 0.4:
            self.updated = self.published + datetime.timedelta(
                days=rng.randrange(0, max((BUILD_DATE - self.published).days, 1)))
        if rng.random() < 0.93:
            lo = max(self.published, BUILD_DATE - datetime.timedelta(days=330))
        else:
            lo = self.published
        self.reviewed = lo + datetime.timedelta(days=rng.randrange(0, max((BUILD_DATE - lo).days, 1)))
        self.publish_from = None
        if rng.random() < 0.02:
            self.publish_from = BUILD_DATE + datetime.timedelta(days=rng.randrange(5, 90))


def front_matter(kind, title, summary, status, dates, pseudonyms=None, topics=None):
    fm = ["---", "type: %s" % kind, "title: %s" % q(title)]
    if summary is not None:
        fm.append("summary: %s" % q(summary))
    fm.append("status: %s" % status)
    if dates is not None:
        fm.append("published: %s" % dates.published.isoformat())
        if dates.updated:
            fm.append("updated: %s" % dates.updated.isoformat())
        fm.append("reviewed: %s" % dates.reviewed.isoformat())
        if dates.publish_from:
            fm.append("publish_from: %s" % dates.publish_from.isoformat())
        if kind == "dhr":
            fm.append("home_office_qa: %s" % dates.qa.isoformat())
    if pseudonyms is not None:
        if pseudonyms:
            fm.append("pseudonyms:")
            for n, r in pseudonyms:
                fm += ["  - name: %s" % q(n), "    role: %s" % q(r)]
        else:
            fm.append("pseudonyms: []")
    if topics:
        fm.append("topics:")
        fm += ["  - %s" % t for t in topics]
    fm.append("---")
    return "\n".join(fm)


def long_summary(rng, case, part):
    s = ("%s of %s, the review into the death of %s, aged %d, in %s in %s %d. "
         "%s was killed by %s, her %s, after %s years in which %d agencies had contact with one or both of them. "
         "The review looks at %s and %s, and makes %d recommendations." % (
             part, case.ref, case.victim, case.vage, case.place, MONTHS[case.death.month - 1],
             case.death.year, case.victim, case.perp,
             pick(rng, ["partner", "husband", "former partner", "son", "grandson", "brother-in-law"]),
             NUMWORDS[min(case.death.year - case.start, 15)], len(case.agencies),
             case.topics[0], pick(rng, NOUN_ABSTRACT), rng.randrange(5, 19)))
    if rng.random() < 0.5:
        s += " " + pick(rng, [
            "The family contributed to the review and chose the pseudonyms used in it.",
            "It was completed during Covid-19 restrictions and panel meetings were held online.",
            "Publication was delayed until after the criminal trial had concluded.",
            "An easy read version and a Welsh translation are available on request.",
        ])
    return s


# --------------------------------------------------------------------------- documents

class Corpus:
    def __init__(self, count, seed, out):
        self.count = count
        self.seed = seed
        self.content = os.path.join(out, "content")
        self.hugo = os.path.join(out, "hugo")
        self.published_review_slugs = []
        self.files = 0
        self.bytes = 0

    def write(self, rel, fm, body, rng, extra_files=(), hugo_fm=None):
        text = fm + "\n" + body.rstrip("\n") + "\n"
        data = text
        enc_bom = rng.random() < 0.02
        if rng.random() < 0.05:
            data = data.replace("\n", "\r\n")
        raw = (b"\xef\xbb\xbf" if enc_bom else b"") + data.encode("utf-8")
        path = os.path.join(self.content, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(raw)
        self.files += 1
        self.bytes += len(raw)
        for frel, fdata in extra_files:
            fpath = os.path.join(os.path.dirname(path), frel)
            os.makedirs(os.path.dirname(fpath), exist_ok=True)
            with open(fpath, "w", encoding="utf-8") as f:
                f.write(fdata)
            self.files += 1
            self.bytes += len(fdata.encode("utf-8"))
        if hugo_fm is not None:
            # Hugo's section pages are _index.md (an index.md would make a leaf bundle).
            hrel = rel[:-len("index.md")] + "_index.md" if os.path.basename(rel) == "index.md" else rel
            hpath = os.path.join(self.hugo, "content", hrel)
            os.makedirs(os.path.dirname(hpath), exist_ok=True)
            with open(hpath, "w", encoding="utf-8") as f:
                f.write(hugo_fm + "\n" + body.rstrip("\n") + "\n")


def hugo_front(title, dates, draft):
    lines = ["---", "title: %s" % q(title)]
    if dates is not None:
        lines.append("date: %s" % dates.published.isoformat())
    if draft:
        lines.append("draft: true")
    lines.append("---")
    return "\n".join(lines)


KB = 1000
SCALE = 0.45  # multiplies every size budget; calibrated so N=1000 is about 65 MB


def kb(rng, lo, hi):
    return int(rng.uniform(lo, hi) * KB * SCALE)


def title_name(case):
    """The victim's pseudonym for a title, or the case reference when the pseudonym has
    accents: ReviewSite 0.1.0 fails the build on an accented pseudonym in a title (seen at
    the time of writing: the title is percent-encoded into the page's share-by-email link,
    and the built-page scan then reports an undeclared name). Accented pseudonyms are kept
    in the body text, front matter and summaries."""
    return case.victim if case.victim.isascii() else case.ref


def review(corpus, i):
    rng = random.Random(corpus.seed * 1000003 + i * 7919 + 11)
    case = Case(rng, i)
    base = "dhr-%s-%d-c%04d" % (ascii_slug(case.victim), case.death.year, i)
    r = rng.random()
    status = "published"
    if r < 0.05:
        status = "draft"
    elif r < 0.06:
        status = "withdrawn"
    dates = Dates(rng, case)
    pasted = rng.random() < 0.5
    shape = rng.random()
    title_base = "DHR %s (%d)" % (title_name(case), case.death.year)
    live = status == "published" and not dates.publish_from

    if shape < 0.18:
        # One file with everything in it: very long (about 1 in 12) or medium.
        big = shape < 0.08
        w = Writer(rng, case, pasted)
        files = []
        parts = [
            "## Part 1: Overview report",
            w.headings(kb(rng, 50, 140) if big else kb(rng, 12, 30), 3, 6, (2, 6), base, files),
            "## Part 2: Chronology", w.paragraph(10, 25),
            w.contacts_table(rng.randrange(40, 160) if big else rng.randrange(10, 40)),
        ]
        for n, (ag, short) in enumerate(case.agencies if big else case.agencies[:2]):
            parts.append("## Part %d: IMR, %s" % (n + 3, ag))
            parts.append(w.headings(kb(rng, 4, 12), 3, 6, (1, 4)))
        parts.append("## Action plan")
        parts.append(w.md_table(rng.randrange(8, 25)))
        parts.append(w.tail())
        body = "\n\n".join(parts)
        fm = front_matter("dhr", title_base, long_summary(rng, case, "The full overview report"),
                          status, dates, case.pseudonyms, case.topics)
        corpus.write("reviews/%s.md" % base, fm, body, rng, files, hugo_front(title_base, dates, not live))
        if live:
            corpus.published_review_slugs.append(base)
        return

    # Split review: several smaller files, cross-linked.
    sections = [("overview", "overview report"), ("executive-summary", "executive summary"),
                ("chronology", "chronology")]
    for ag, short in case.agencies[: rng.randrange(1, len(case.agencies) + 1)]:
        sections.append(("imr-" + short, "IMR: " + ag))
    sections.append(("action-plan", "action plan"))
    if rng.random() < 0.3:
        sections.append(("family-statement", "statement from the family"))
    if rng.random() < 0.2:
        sections.append(("qa-letter", "Home Office quality assurance letter"))
    slugs = ["%s-%s" % (base, s) for s, _ in sections]
    for (suffix, label), slug in zip(sections, slugs):
        w = Writer(rng, case, pasted)
        files = []
        if suffix == "overview":
            body = w.headings(kb(rng, 6, 24), 2, 6, (1, 5), slug, files)
        elif suffix == "executive-summary":
            body = "\n\n".join([w.paragraph(8, 20), w.quote(), w.paragraph(6, 16),
                                "## Recommendations", w.bullets(rng.randrange(5, 15), True),
                                w.paragraph(3, 8)])
        elif suffix == "chronology":
            body = "\n\n".join(["## Summary of contacts", w.paragraph(8, 24),
                                "## Table of contacts", w.contacts_table(rng.randrange(8, 30)),
                                "## Narrative", w.headings(kb(rng, 2, 8), 3, 5, (1, 3))])
        elif suffix.startswith("imr-"):
            body = w.headings(kb(rng, 2, 7), 2, 5, (1, 4))
        elif suffix == "action-plan":
            body = "\n\n".join([w.paragraph(3, 8), w.md_table(rng.randrange(6, 30)), w.glossary()])
        elif suffix == "family-statement":
            body = "\n\n".join([w.quote() for _ in range(rng.randrange(2, 6))] + [w.paragraph(4, 12)])
        else:
            body = "\n\n".join([w.paragraph(3, 7), w.paragraph(3, 7)])
        # Links to the other parts of the same review, reference style.
        others = [(s, l) for s, l in zip(slugs, sections) if s != slug]
        if others and live:
            links = []
            for s, (suf, lab) in rng.sample(others, min(len(others), rng.randrange(1, 5))):
                key = "part-" + suf
                links.append("- [%s][%s]" % (lab[0].upper() + lab[1:], key))
                w.refs[key] = "%s.md" % s
            body = "Other parts of this review:\n\n" + "\n".join(links) + "\n\n" + body
        body += "\n\n" + w.tail()
        title = "%s: %s" % (title_base, label)
        fm = front_matter("dhr", title, long_summary(rng, case, label[0].upper() + label[1:]),
                          status, dates, case.pseudonyms, case.topics)
        corpus.write("reviews/%s.md" % slug, fm, body, rng, files, hugo_front(title, dates, not live))
    if live:
        corpus.published_review_slugs.append(slugs[0])


def briefing(corpus, j):
    rng = random.Random(corpus.seed * 2000003 + j * 104729 + 5)
    anonymous = rng.random() < 0.2
    case = (GenericCase if anonymous else Case)(rng, 5000 + j)
    slug = "seven-minute-briefing-%s-c%04d" % (ascii_slug(pick(rng, TOPICS)), j)
    pasted = rng.random() < 0.5
    w = Writer(rng, case, pasted)
    status = "published" if rng.random() < 0.95 else "draft"
    dates = Dates(rng, case)
    body = [w.paragraph(4, 10)]
    for h in ["## 1. Background", "## 2. Why it matters", "## 3. What we found",
              "## 4. Questions to ask", "## 5. What to do", "## 6. Further reading",
              "## 7. Reflect"]:
        body.append(h)
        if rng.random() < 0.4:
            body.append(w.bullets(rng.randrange(3, 8)))
        else:
            body.append(w.paragraph(3, 9))
    if corpus.published_review_slugs and status == "published" and rng.random() < 0.7:
        s = pick(rng, corpus.published_review_slugs)
        body.append("Read [the review this briefing draws on][source].")
        w.refs["source"] = "../reviews/%s.md" % s
    body.append(w.tail())
    title = "Seven-minute briefing: %s (%s)" % (pick(rng, NOUN_ABSTRACT), title_name(case))
    fm = front_matter("briefing", title, long_summary(rng, case, "A seven-minute briefing on the learning"),
                      status, dates, case.pseudonyms, case.topics[:2])
    corpus.write("briefings/%s.md" % slug, fm, "\n\n".join(body), rng,
                 hugo_fm=hugo_front(title, dates, status != "published"))


def page(corpus, rel, title, body_parts, rng):
    fm = front_matter("page", title, None, "published",
                      _page_dates(rng))
    corpus.write(rel, fm, "\n\n".join(body_parts), rng, hugo_fm=hugo_front(title, None, False))


def _page_dates(rng):
    class D:
        pass
    d = D()
    d.published = datetime.date(2022, 1, 1) + datetime.timedelta(days=rng.randrange(0, 1400))
    d.updated = None
    d.reviewed = BUILD_DATE - datetime.timedelta(days=rng.randrange(1, 300))
    d.publish_from = None
    return d


PARTNERSHIP_PROSE = [
    "The Crime and Disorder Act 1998 created Community Safety Partnerships in each local authority area, so that the police, the council, fire and rescue, health and probation work together to reduce crime, disorder, substance misuse and reoffending.",
    "The Harrowmere and Lyne Valley Community Safety Partnership (HLVCSP) commissions Domestic Homicide Reviews under section 9 of the Domestic Violence, Crime and Victims Act 2004.",
    "Our plan for 2024–2027 sets four priorities: protect people from serious harm, enable safer communities, prevent and disrupt serious and organised crime, and improve community resilience.",
    "The partnership also looks at cases that fall outside the criteria for a review but where there is potential for learning, and publishes short briefings for practitioners.",
    "Progress against each priority is reported to the partnership board every quarter and summarised in the annual review.",
    "If you are worried about someone, the National Domestic Abuse Helpline is free and open 24 hours a day on 0808 2000 247. In an emergency call 999.",
    "To ask for a review in another format, such as easy read, large print or Welsh, email reviews@hlv-csp.example.",
]
SUBGROUPS = ["Anti-social behaviour", "Domestic abuse and sexual violence", "Drugs and alcohol",
             "Exploitation and missing children", "Prevent and Channel", "Road safety",
             "Serious and organised crime", "Serious violence", "Reducing reoffending",
             "Hate crime", "Modern slavery", "Community cohesion"]


def pages(corpus):
    rng = random.Random(corpus.seed * 3000017 + 1)
    case = GenericCase(rng, 9999)
    w = Writer(rng, case, False)

    def prose(k):
        return " ".join(rng.sample(PARTNERSHIP_PROSE, min(k, len(PARTNERSHIP_PROSE))))

    page(corpus, "index.md", "Harrowmere and Lyne Valley Community Safety Partnership",
         [prose(4), "## What we do", prose(3), "## Reviews and briefings",
          "Read our [Domestic Homicide Reviews](reviews/index.md) and [briefings](briefings/index.md)."], rng)
    page(corpus, "reviews/index.md", "Domestic Homicide Reviews",
         [prose(3), "Each review is published with the family's agreement. Some reviews are split into parts: the overview report, an executive summary, a chronology, the agencies' individual management reviews and an action plan."], rng)
    page(corpus, "briefings/index.md", "Briefings", [prose(2)], rng)
    page(corpus, "contact.md", "Contact us", [prose(2), "Email reviews@hlv-csp.example."], rng)
    # Nested partnership pages: about/, about/sub-groups/<group>/, strategy/<year>/...
    n_extra = max(6, corpus.count // 25)
    for k in range(n_extra):
        group = SUBGROUPS[k % len(SUBGROUPS)]
        gslug = ascii_slug(group)
        depth = k % 4
        if depth == 0:
            rel = "about/sub-groups/%s-%d.md" % (gslug, k)
        elif depth == 1:
            rel = "about/sub-groups/%s/terms-of-reference-%d.md" % (gslug, k)
        elif depth == 2:
            rel = "strategy/%d/%s/annual-report-%d.md" % (2019 + k % 8, gslug, k)
        else:
            rel = "learning/%s/themes/%s-%d.md" % (gslug, ascii_slug(pick(rng, TOPICS)), k)
        body = [prose(3), "## Membership", w.bullets(rng.randrange(4, 10)),
                "## Priorities", w.paragraph(5, 14), "## Performance",
                "```table\ncaption: Performance measures\nrow-headers: yes\n| Measure | %d | %d |\n|:---|---:|---:|\n%s\n```" % (
                    2023, 2024, "\n".join("| %s | %d | %d |" % (
                        pick(rng, ["Referrals to MARAC", "Repeat referrals (per cent)", "IDVA caseload",
                                   "Reports of stalking", "DVPNs issued", "DVDS applications",
                                   "Training places filled"]),
                        rng.randrange(10, 900), rng.randrange(10, 900)) for _ in range(rng.randrange(4, 12)))),
                w.headings(kb(rng, 2, 6), 2, 5, (1, 3)), w.tail()]
        page(corpus, rel, "%s sub-group: %s" % (group, pick(rng, ["terms of reference", "annual report", "priorities", "learning themes"])),
             body, rng)
    page(corpus, "about/index.md", "About the partnership", [prose(5)], rng)
    page(corpus, "about/sub-groups/index.md", "Sub-groups",
         ["The work of the partnership is carried out through these sub-groups:", "\n".join("- " + g for g in SUBGROUPS)], rng)


def ascii_slug(s):
    import unicodedata
    s = s.replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    out = []
    for ch in s:
        out.append(ch if ("a" <= ch <= "z" or "0" <= ch <= "9") else "-")
    return "-".join(p for p in "".join(out).split("-") if p)


def site_yml(corpus):
    lines = [
        "# Corpus C: a fictional partnership. Everyone and everything in it is made up.",
        "title: Harrowmere and Lyne Valley Community Safety Partnership",
        "base_url: https://www.hlv-csp.example/",
        "language: en-GB",
        "organisation: Harrowmere and Lyne Valley Community Safety Partnership",
        "contact_email: reviews@hlv-csp.example",
        "review_interval_months: 12",
        "public_names:",
    ] + ["  - %s" % n for n in PUBLIC_NAMES] + [
        "helplines:",
        "  - name: National Domestic Abuse Helpline",
        "    phone: 0808 2000 247",
        "    url: https://www.nationaldahelpline.org.uk/",
        "    hours: Free, confidential, 24 hours a day",
        "  - name: Respect Men's Advice Line",
        "    phone: 0808 801 0327",
        "    url: https://mensadviceline.org.uk/",
        "  - \"Samaritans: call 116 123, any time\"",
        "  - In an emergency call 999",
        "topics:",
    ] + ["  - %s" % t for t in TOPICS] + [
        "accessibility:",
        "  prepared: 2026-02-02",
        "  last_reviewed: 2026-09-14",
        "  tested_by: the partnership's digital team",
        "  known_issues:",
        "    - issue: Some charts in older reviews have no text alternative beyond a summary.",
        "      criterion: 1.1.1 Non-text Content",
        "  contact_phone: 01632 960733",
        "  response_days: 10",
    ]
    os.makedirs(corpus.content, exist_ok=True)
    with open(os.path.join(corpus.content, "site.yml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def hugo_site(corpus):
    os.makedirs(os.path.join(corpus.hugo, "layouts", "_default"), exist_ok=True)
    with open(os.path.join(corpus.hugo, "hugo.toml"), "w") as f:
        f.write('baseURL = "https://www.hlv-csp.example/"\nlanguageCode = "en-gb"\n'
                'title = "Harrowmere and Lyne Valley Community Safety Partnership"\n'
                'disableKinds = ["taxonomy", "term", "RSS"]\n'
                '[markup.goldmark.renderer]\nunsafe = true\n')
    layouts = {
        "baseof.html": '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>\n'
                       '<body><main>{{ block "main" . }}{{ end }}</main></body></html>\n',
        "single.html": '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n',
        "list.html": '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}'
                     '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n',
    }
    for name, text in layouts.items():
        with open(os.path.join(corpus.hugo, "layouts", "_default", name), "w") as f:
            f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1000, help="number of reviews")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True, help="folder to write content/ and hugo/ into")
    a = ap.parse_args()
    corpus = Corpus(a.count, a.seed, a.out)
    for sub in ("content", "hugo"):
        p = os.path.join(a.out, sub)
        if os.path.exists(p):
            shutil.rmtree(p)
    site_yml(corpus)
    hugo_site(corpus)
    for i in range(a.count):
        review(corpus, i)
    for j in range(max(1, a.count * 3 // 10)):
        briefing(corpus, j)
    pages(corpus)
    print("corpus C: %d reviews, %d files, %.1f MB in %s" % (
        a.count, corpus.files + 1, corpus.bytes / 1e6, corpus.content))


if __name__ == "__main__":
    main()
