#!/usr/bin/env python3
"""Corpus G: a held-out speed corpus for ReviewSite, written blind.

What it is
    The archive of a fictional Community Safety Partnership after about twelve years of use:
    every Domestic Homicide Review published as a *bundle of many short documents* (overview
    report, executive summary, terms of reference, one appendix per agency, one chronology
    per year, panel minutes typed up in a hurry in lower case, a police log in capitals, an
    action plan, family statements, a glossary), plus learning briefings filed in folders by
    year and month, yearly archive pages, board minutes and index pages that link to almost
    everything. Written without reading the tool's code, its tests, its docs or the other
    corpus generators, to time the tool honestly on content it was never tuned on.

Its shape (what differs from corpora A to F)
    * Very many small files: each review is 13 to 19 Markdown documents of 2 to 18 KB
      (median under 4 KB), all directly in content/reviews/ (named <review>-<part>.md),
      so about 15,500 review documents at N=1000, each with its own front matter and a
      pseudonyms list of the people it mentions; about 5% of reviews are drafts or
      withdrawn (every document of them).
    * Deep folder nesting outside reviews/: N/4 briefings in
      briefings/<year>/<month>/<slug>.md, board minutes in minutes/<year>/q<n>/,
      archive pages in archive/<year>/<topic>.md; two PNG images per review in
      reviews/<review>/.
    * Link-dense pages: every review document carries a contents list of its siblings and
      reference-style links; archive pages and briefings hold hundreds of relative links
      (long bulleted lists of links, tables of contents), briefings link to one another
      across year and month folders. Images with long alt text.
    * Numbered headings down to level 6; block quotes within lists within block quotes;
      definition-like bold leads; many short paragraphs; a register of changes on every page.
    * 16 to 32 pseudonyms per review (people and agencies, about 24 on average), letter
      codes unique across the site ("Adult A" ... "Adult CND"); text mostly in lower case
      (minutes) or in capitals (police logs); many numbers that are no identifiers (money,
      percentages, times, case references, counts); long front-matter summaries.
    * Plain LF UTF-8, ASCII punctuation mostly, no tables, no footnotes, no raw HTML,
      no full dates in the body (months and years only).

Everything is fictional. People appear only by their declared pseudonyms or by roles; no
contact details of private people; no full dates of birth or death.

Output
    DIR/content/  a ReviewSite content folder (site.yml, reviews/, briefings/, ...)
    DIR/hugo/     a Hugo site holding the same Markdown bodies (hugo --source DIR/hugo)

Run
    python3 scripts/bench/generate_corpus_g.py --count 1000 --seed 7 --out /tmp/corpus-g
    At N=1000 (seed 7): about 73 MB of Markdown in 16,000 .md files (64 MB in the 15,500
    files of content/reviews/), 18,000 files in all; `du -sh` shows about 108M because of
    the many small files. Deterministic for a seed; Python 3 standard library only.
"""

import argparse
import os
import random
import shutil
import struct
import zlib

LINT_DATE = (2026, 11, 27)

TOPICS = [
    "coercive control", "economic abuse", "stalking", "older people", "substance use",
    "mental health", "suicide", "adolescent to parent abuse", "honour-based abuse",
    "housing", "disability", "pregnancy", "rural isolation", "multi-agency working",
]

GIVEN_PSEUDONYMS = [
    "Jo", "Sam", "Kit", "Robin", "Ash", "Jules", "Ren", "Nico", "Sky", "Rae", "Dee", "Lou",
    "Mo", "Tam", "Cal", "Bea", "Fen", "Ari", "Bex", "Dru", "Eli", "Vee", "Zan", "Pip",
]

ROLES_PEOPLE = [
    "the victim's sister", "the victim's brother", "the victim's mother", "the victim's father",
    "the victim's adult son", "the victim's adult daughter", "the perpetrator's mother",
    "the perpetrator's former partner", "a friend of the victim", "a neighbour",
    "a work colleague of the victim", "the victim's cousin", "a family friend",
    "the victim's former partner", "the perpetrator's brother", "a lodger at the home",
    "the victim's grandchild", "the perpetrator's sister", "a volunteer at the food bank",
    "a friend of the perpetrator",
]

AGENCIES = [
    ("Police Force P", "the police force for the area"),
    ("GP Practice G", "the victim's general practice"),
    ("Hospital Trust H", "the acute hospital trust"),
    ("Mental Health Trust M", "the mental health trust"),
    ("Ambulance Service A", "the regional ambulance service"),
    ("Housing Provider K", "the housing association"),
    ("Adult Social Care Service", "the council's adult social care"),
    ("Children's Service C", "the council's children's social care"),
    ("Probation Service S", "the probation service"),
    ("IDVA Service I", "the independent domestic violence advisers"),
    ("Recovery Service R", "the drug and alcohol service"),
    ("School E", "the secondary school attended by a child"),
    ("Jobcentre J", "the local jobcentre"),
    ("Refuge Provider F", "the refuge and outreach provider"),
    ("Fire Service B", "the fire and rescue service"),
    ("Pharmacy D", "the community pharmacy"),
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

SUBJECTS = [
    "the panel", "the review", "the chair", "the agency", "the author", "the IMR author",
    "the practitioner", "the manager", "the duty worker", "the team", "the board",
    "the partnership", "the call handler", "the clinician", "the officer", "the adviser",
]

VERBS = [
    "noted", "recorded", "found", "considered", "agreed", "accepted", "recommended",
    "questioned", "reviewed", "identified", "highlighted", "confirmed", "explored",
    "examined", "observed", "acknowledged",
]

OBJECTS = [
    "that the risk assessment was not repeated", "that the referral was closed too early",
    "a missed opportunity to ask about coercion", "the lack of a shared record",
    "that professional curiosity was limited", "the effect of the pandemic on contact",
    "that the safety plan was not reviewed", "the need for routine enquiry",
    "that the information was not passed on", "the pattern of escalating control",
    "that the threshold for MARAC was met", "the gap between the two services",
    "that the family's concerns were not heard", "the absence of a carer's assessment",
    "that debt was a form of control", "the missed appointments as a sign of risk",
    "that the welfare check was delayed", "the repeated calls about noise",
    "that the injuries were not explained", "the changes in presentation over time",
    "that the housing move increased isolation", "the language barrier at the appointment",
    "that training had since been updated", "the value of a single point of contact",
]

CLOSERS = [
    "This was discussed at length.", "The agency has accepted this.",
    "Practice has since changed.", "The panel returned to this point later.",
    "No further action was recorded.", "This is addressed in the action plan.",
    "The family agreed with this view.", "It is a theme of this review.",
    "The learning is set out below.", "This was outside the agency's policy.",
]

NUMBER_FORMS = [
    lambda r: "\u00a3%s" % format(r.randint(20, 99000), ","),
    lambda r: "\u00a3%d.%02d" % (r.randint(1, 900), r.randint(0, 99)),
    lambda r: "%d%%" % r.randint(1, 100),
    lambda r: "%d.%d%%" % (r.randint(0, 99), r.randint(0, 9)),
    lambda r: "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)),
    lambda r: "%s calls" % format(r.randint(2, 4000), ","),
    lambda r: "%d contacts" % r.randint(2, 300),
    lambda r: "%d days" % r.randint(2, 400),
    lambda r: "%d weeks" % r.randint(2, 80),
    lambda r: "%d hours" % r.randint(1, 72),
    lambda r: "case ref DHR/%d/%02d" % (r.randint(2012, 2026), r.randint(1, 40)),
    lambda r: "action %d.%d" % (r.randint(1, 12), r.randint(1, 9)),
    lambda r: "%d of %d agencies" % (r.randint(1, 9), r.randint(10, 16)),
    lambda r: "risk score %d of 24" % r.randint(3, 24),
]

LOWER_BITS = [
    "chair welcomed everyone", "apologies noted", "minutes of last meeting agreed",
    "actions reviewed, most complete", "imr from the police still outstanding",
    "discussion of the chronology", "gaps in health records flagged",
    "family liaison update given", "draft overview report circulated",
    "comments due back within two weeks", "legal advice to be sought",
    "home office deadline discussed", "panel agreed the terms of reference",
    "concern raised about the delay", "agreed to ask the gp practice again",
    "probation to check the records", "idva service confirmed no contact",
    "housing to provide tenancy notes", "a&e attendances to be added",
    "no further comments", "next meeting to be arranged", "aob none",
]

CAPS_BITS = [
    "CALL RECEIVED FROM NEIGHBOUR REPORTING SHOUTING", "UNITS DEPLOYED",
    "OFFICERS ATTENDED AND SPOKE TO BOTH PARTIES", "NO INJURIES SEEN",
    "DASH COMPLETED GRADED MEDIUM", "DASH NOT COMPLETED", "SUSPECT LEFT BEFORE ARRIVAL",
    "VICTIM DECLINED TO SUPPORT ACTION", "REFERRAL SENT TO IDVA SERVICE",
    "WARNING MARKER ADDED", "CRIME RECORDED AS COMMON ASSAULT", "NFA",
    "CALL BACK MADE NO ANSWER", "WELFARE CHECK REQUESTED", "LOG CLOSED",
    "PATROL STRATEGY SET FOR 7 DAYS", "BAIL CONDITIONS CHECKED", "NO BREACH FOUND",
    "SAFEGUARDING REFERRAL TO ADULT SOCIAL CARE", "INFORMATION SHARED WITH MARAC",
]

ALT_BITS = [
    "a hand-drawn diagram showing", "a simple chart of", "a timeline graphic setting out",
    "a map-free sketch of", "a bar chart comparing",
]
ALT_TAILS = [
    "the number of contacts each agency had with the household in each year of the review",
    "the family relationships described in this report, using only the pseudonyms above",
    "when each referral was made and when it was closed, with gaps shaded in grey",
    "calls to the police by quarter, rising sharply in the last twelve months",
    "which agencies knew about which risk factors, with most boxes left empty",
]

CHANGE_BITS = [
    "first published", "typing errors corrected", "link to the action plan added",
    "glossary expanded", "family statement added at the family's request",
    "wording of a recommendation clarified", "accessibility fixes to headings",
    "update on actions added", "alt text improved", "contents list reordered",
]

PNG_CACHE = {}


def png(width, height, shade):
    key = (width, height, shade)
    if key not in PNG_CACHE:
        raw = b"".join(b"\x00" + bytes([shade]) * width for _ in range(height))

        def chunk(kind, data):
            c = struct.pack(">I", len(data)) + kind + data
            return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

        PNG_CACHE[key] = (b"\x89PNG\r\n\x1a\n"
                          + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
                          + chunk(b"IDAT", zlib.compress(raw, 9))
                          + chunk(b"IEND", b""))
    return PNG_CACHE[key]


def iso(y, m, d):
    return "%04d-%02d-%02d" % (y, m, d)


def ymd_add_days(y, m, d, days):
    import datetime
    t = datetime.date(y, m, d) + datetime.timedelta(days=days)
    return t.year, t.month, t.day


def yq(s):
    """Double-quoted YAML scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


# Codes that spell a title or rank ("Adult PC" in a police log reads as a constable's name)
# or a kind of street ("7 DAYS. ADULT RD" reads as an address).
SKIP_CODES = {"DR", "MR", "MS", "MX", "PC", "DC", "DS", "DCS", "DSGT", "SGT", "MRS", "REV",
               "SR", "SRS", "CLLR", "PCSO", "DCC", "ACC", "CC", "MP", "QC", "KC", "JP", "HH",
               "LADY", "LORD", "DAME", "SIR", "MISS", "PROF", "PS", "PSGT", "DET", "CPL", "PTE",
               "CAPT", "COL", "GEN", "MAJ", "LT", "FR", "BR", "ST", "NURSE",
              "RD", "AVE", "AV", "LN", "CL", "CT", "PL", "SQ", "TER", "TERR", "WAY", "GR",
              "GRO", "GRN", "GDN", "GDNS", "CRES", "CR", "HL", "PK", "PDE", "ROW", "MEWS",
              "YD", "WK", "WLK", "BLVD", "DRV", "DV", "CRT", "LA", "CLS", "APP", "EST", "GT",
              "HTS", "MT", "PARK", "RISE", "VW", "VALE", "WHARF", "BANK", "END", "FLD",
              "FLDS", "HSE", "FLAT", "FL", "APT", "BLDG", "BLK", "CTR", "CNR", "JCT", "BR"}
_CODES = []
_NEXT = [0]


def letter_code(k):
    """0 -> A, 23 -> Z, 24 -> AA, ...: letters only, since a letter next to a digit reads
    like a number plate once a police log puts it in capitals; titles and street kinds
    are skipped."""
    while len(_CODES) <= k:
        j = _NEXT[0]
        _NEXT[0] += 1
        out, m = "", j + 1
        while m:
            m, r = divmod(m - 1, 24)
            out = LETTERS[r] + out
        if out not in SKIP_CODES:
            _CODES.append(out)
    return _CODES[k]


class Review:
    def __init__(self, rng, index, year, count):
        self.rng = rng
        self.index = index
        self.year = year
        # Pseudonyms are unique across the site: victims take codes 0..count-1 and
        # perpetrators count..2*count-1.
        self.victim = "Adult %s" % letter_code(index)
        self.slug = "dhr-%d-%s" % (year, self.victim.lower().replace(" ", "-"))
        people = []
        people.append((self.victim, "the victim"))
        people.append(("Adult %s" % letter_code(count + index), "the perpetrator"))
        n_given = rng.randint(6, 12)
        for name, role in zip(rng.sample(GIVEN_PSEUDONYMS, n_given), rng.sample(ROLES_PEOPLE, n_given)):
            people.append((name, role))
        for k in range(rng.randint(2, 5)):
            people.append(("Child %d" % (k + 1), "a child of the household"))
        for k in range(rng.randint(2, 4)):
            people.append(("Neighbour %d" % (k + 1), "a neighbour"))
        for k in range(rng.randint(1, 3)):
            people.append(("Friend %d" % (k + 1), "a friend of the victim"))
        self.people = people
        self.agencies = rng.sample(AGENCIES, rng.randint(3, 6))
        self.topics = rng.sample(TOPICS, rng.randint(1, 4))
        # Dates: period under review, QA, publication, updates.
        self.period = list(range(year - rng.randint(2, 3), year))
        qy, qm = year, rng.randint(1, 12)
        self.qa = (qy, qm, rng.randint(1, 28))
        self.published = ymd_add_days(*self.qa, rng.randint(20, 200))
        pub_year = self.published[0]
        if pub_year > 2026 or (pub_year == 2026 and self.published[1] > 10):
            self.published = (2026, rng.randint(1, 9), rng.randint(1, 28))
            if self.qa >= self.published:
                self.qa = ymd_add_days(*self.published, -rng.randint(20, 90))
        # Most pages were reviewed in the last year; a few are overdue (a warning).
        if rng.random() < 0.9:
            self.reviewed = (2026, rng.randint(1, 10), rng.randint(1, 28))
        else:
            self.reviewed = ymd_add_days(*self.published, rng.randint(0, 300))
        if self.reviewed < self.published:
            self.reviewed = self.published
        self.updated = None
        if rng.random() < 0.6 and self.reviewed > self.published:
            self.updated = self.reviewed
        r = rng.random()
        self.status = "published" if r < 0.95 else ("draft" if r < 0.98 else "withdrawn")
        self.parts = []  # (suffix, title, kind, arg)
        self.cast = people  # the people of the document being written


def sentence(rng, rv):
    s = "%s %s %s" % (rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS))
    s = s[0].upper() + s[1:]
    r = rng.random()
    if r < 0.2:
        s += " in the case of %s" % rng.choice(rv.cast)[0]
    elif r < 0.35:
        s += ", according to the records of %s" % rng.choice(rv.agencies)[0]
    elif r < 0.6:
        s += " (%s)" % rng.choice(NUMBER_FORMS)(rng)
    elif r < 0.75:
        s += ", in %s %d" % (rng.choice(MONTHS), rng.choice(rv.period))
    return s + ". " + (rng.choice(CLOSERS) if rng.random() < 0.3 else "")


def paragraph(rng, rv, lo=1, hi=4):
    return " ".join(sentence(rng, rv).strip() for _ in range(rng.randint(lo, hi)))


def front_matter(rv, kind, title, summary, with_dhr_fields):
    rng = rv.rng
    lines = ["---", "type: %s" % kind, "title: %s" % yq(title)]
    if summary is not None:
        lines.append("summary: %s" % yq(summary))
    lines.append("status: %s" % rv.status)
    lines.append("published: %s" % iso(*rv.published))
    if rv.updated:
        lines.append("updated: %s" % iso(*rv.updated))
    lines.append("reviewed: %s" % iso(*rv.reviewed))
    if with_dhr_fields:
        lines.append("home_office_qa: %s" % iso(*rv.qa))
    lines.append("pseudonyms:")
    for name, role in rv.cast:
        lines.append("  - name: %s" % yq(name))
        lines.append("    role: %s" % yq(role))
    for name, role in rv.agencies:
        lines.append("  - name: %s" % yq(name))
        lines.append("    role: %s" % yq(role))
    lines.append("topics:")
    for t in rv.topics:
        lines.append("  - %s" % t)
    lines.append("---")
    return "\n".join(lines) + "\n"


def long_summary(rng, rv, what):
    agencies = ", ".join(a[0] for a in rv.agencies[:4])
    return ("%s of the Domestic Homicide Review into the death of %s in %d, commissioned by the "
            "partnership and cleared by the Home Office quality-assurance panel. It looks at the "
            "contact that %s and %d other agencies had with the household over %d years, the "
            "part played by %s, and what each agency has changed since; %d recommendations "
            "were made and %d%% of the actions are complete."
            % (what, rv.victim, rv.year, agencies, len(rv.agencies) - 4, len(rv.period),
               " and ".join(rv.topics), rng.randint(6, 30), rng.randint(10, 100)))


def nav_block(rng, rv, current):
    out = ["**Documents of this review**", ""]
    for suffix, title, _kind, _arg in rv.parts:
        fname = rv.slug + (("-" + suffix) if suffix else "") + ".md"
        if suffix == current:
            out.append("- %s (this document)" % title)
        else:
            out.append("- [%s](%s)" % (title, fname))
    out.append("- [All reviews](../index.md)")
    out.append("")
    return "\n".join(out) + "\n"


def ref_links(rng, rv, current, n):
    """Reference-style links to sibling documents, used inline, defined at the end."""
    picks = [p for p in rv.parts if p[0] != current]
    picks = [rng.choice(picks) for _ in range(n)]
    used = {}
    text = []
    for suffix, title, _k, _a in picks:
        label = "doc-%s" % (suffix or "overview")
        used[label] = rv.slug + (("-" + suffix) if suffix else "") + ".md"
        text.append("see [%s][%s]" % (title.lower(), label))
    return text, used


def change_register(rng, rv):
    out = ["", "## Register of changes", ""]
    y, m = rv.published[0], rv.published[1]
    n = rng.randint(2, 6)
    for k in range(n):
        out.append("- **Version 1.%d, %s %d.** %s; %s." % (
            k, MONTHS[(m - 1 + k * 2) % 12], min(y + (m - 1 + k * 2) // 12, 2026),
            rng.choice(CHANGE_BITS).capitalize(), rng.choice(CHANGE_BITS)))
    out.append("")
    return "\n".join(out) + "\n"


def numbered_sections(rng, rv, depth_max, n_top, paras, top=2, first=()):
    """Numbered headings from level top down to level depth_max (at most 6)."""
    out = []

    def walk(level, prefix, count):
        for k in range(1, count + 1):
            num = prefix + [k]
            out.append("%s %s %s" % ("#" * level, ".".join(map(str, num)),
                                     rng.choice(OBJECTS).capitalize()))
            out.append("")
            for _ in range(rng.randint(1, paras)):
                if rng.random() < 0.25:
                    out.append("**%s.** %s" % (rng.choice(rv.agencies)[0], paragraph(rng, rv, 1, 2)))
                else:
                    out.append(paragraph(rng, rv, 1, 2))
                out.append("")
            if level < depth_max and rng.random() < 0.5:
                walk(level + 1, num, rng.randint(1, 2))

    walk(top, list(first), n_top)
    return "\n".join(out) + "\n"


def nested_quote(rng, rv):
    fam = rng.choice([p for p in rv.cast if not p[0].startswith(("Adult", "Child"))] or rv.cast)
    lines = [
        "> %s, %s, told the panel:" % (fam[0], fam[1]),
        ">",
        "> - %s" % paragraph(rng, rv, 1, 1),
        "> - what we wanted the agencies to know:",
        ">",
        ">   > %s" % paragraph(rng, rv, 1, 2),
        ">   >",
        ">   > - %s" % rng.choice(OBJECTS),
        ">   > - %s" % rng.choice(OBJECTS),
        ">   >   > %s" % rng.choice(CLOSERS),
        ">",
        "> - %s" % paragraph(rng, rv, 1, 1),
        "",
    ]
    return "\n".join(lines) + "\n"


def image(rng, rv, name):
    return "![%s %s, for the review of %s](%s/%s)\n\n" % (
        rng.choice(ALT_BITS).capitalize(), rng.choice(ALT_TAILS), rv.victim, rv.slug, name)


def body_overview(rng, rv, current):
    out = [nav_block(rng, rv, current)]
    out.append("## Contents\n\n")
    for k, t in enumerate(["Introduction", "Summary of events", "Analysis", "Conclusions",
                           "Learning", "Recommendations"], 1):
        out.append("%d. %s\n" % (k, t))
    out.append("\n")
    out.append(image(rng, rv, "genogram.png"))
    out.append(numbered_sections(rng, rv, 6, rng.randint(3, 5), 2))
    out.append(nested_quote(rng, rv))
    texts, defs = ref_links(rng, rv, current, rng.randint(6, 12))
    for k in range(0, len(texts), 3):
        out.append("%s. %s\n\n" % (paragraph(rng, rv, 1, 1), "; ".join(texts[k:k + 3]).capitalize()))
    out.append(image(rng, rv, "contacts-chart.png"))
    out.append("## Recommendations\n\n")
    for k in range(rng.randint(5, 10)):
        out.append("%d. **%s.** %s\n" % (k + 1, rng.choice(rv.agencies)[0], paragraph(rng, rv, 1, 2)))
    out.append("\n")
    for label, target in sorted(defs.items()):
        out.append("[%s]: %s\n" % (label, target))
    return "".join(out)


def body_generic(rng, rv, current, size):
    out = [nav_block(rng, rv, current)]
    out.append(numbered_sections(rng, rv, rng.randint(3, 6), max(1, size - 1), 1))
    if rng.random() < 0.3:
        out.append(nested_quote(rng, rv))
    texts, defs = ref_links(rng, rv, current, rng.randint(2, 6))
    out.append("%s; %s.\n\n" % (paragraph(rng, rv, 1, 1), "; ".join(texts)))
    for label, target in sorted(defs.items()):
        out.append("[%s]: %s\n" % (label, target))
    return "".join(out)


def body_agency(rng, rv, current, agency):
    out = [nav_block(rng, rv, current)]
    out.append("## 1 About %s\n\n%s\n\n" % (agency[0], paragraph(rng, rv, 1, 3)))
    out.append("## 2 Contact with the household\n\n")
    for k in range(rng.randint(2, 5)):
        out.append("**Contact %d.** %s\n\n" % (k + 1, paragraph(rng, rv, 1, 1)))
    out.append("## 3 Analysis\n\n")
    out.append(numbered_sections(rng, rv, 6, rng.randint(1, 2), 1, top=3, first=(3,)))
    out.append("## 4 Single-agency recommendations\n\n")
    for k in range(rng.randint(2, 4)):
        out.append("- **%d.%d** %s\n" % (4, k + 1, paragraph(rng, rv, 1, 1)))
    out.append("\n")
    return "".join(out)


def body_chronology(rng, rv, current, year):
    out = [nav_block(rng, rv, current)]
    out.append("## Events in %d\n\n" % year)
    for m in range(12):
        if rng.random() < 0.65:
            continue
        out.append("### %s %d\n\n" % (MONTHS[m], year))
        for _ in range(rng.randint(1, 4)):
            ag = rng.choice(rv.agencies)[0]
            who = rng.choice(rv.cast)[0]
            out.append("- **%s, week %d.** %s had contact with %s (%s). %s\n" % (
                ag, rng.randint(1, 5), ag, who, rng.choice(NUMBER_FORMS)(rng),
                paragraph(rng, rv, 1, 1)))
        out.append("\n")
    return "".join(out)


def body_minutes(rng, rv, current, meeting):
    out = [nav_block(rng, rv, current)]
    out.append("## panel meeting %d, %s %d\n\n" % (meeting, MONTHS[rng.randint(0, 11)].lower(), rv.year))
    for item in range(1, rng.randint(3, 7)):
        out.append("### item %d\n\n" % item)
        for _ in range(rng.randint(1, 4)):
            bits = rng.sample(LOWER_BITS, rng.randint(1, 3))
            s = "; ".join(bits)
            if rng.random() < 0.4:
                s += " - %s to check (%s)" % (rng.choice(rv.agencies)[0].lower(), rng.choice(NUMBER_FORMS)(rng))
            if rng.random() < 0.3:
                s += ", re %s" % rng.choice(rv.cast)[1]
            out.append("- %s\n" % s)
        out.append("\n")
        if rng.random() < 0.3:
            out.append("> action: %s\n\n" % rng.choice(LOWER_BITS))
    return "".join(out)


def body_police_log(rng, rv, current):
    out = [nav_block(rng, rv, current)]
    out.append("## INCIDENT LOGS\n\n")
    for y in rv.period:
        out.append("### %d\n\n" % y)
        for _ in range(rng.randint(2, 6)):
            out.append("**LOG %d/%04d, %s %d, %02d%02d HRS.** %s. %s. %s.\n\n" % (
                y % 100, rng.randint(1, 9999), MONTHS[rng.randint(0, 11)].upper(), y,
                rng.randint(0, 23), rng.randint(0, 59),
                *rng.sample(CAPS_BITS, 2),
                "%s %s" % (rng.choice(rv.cast)[0].upper(), rng.choice(["SEEN", "SPOKEN TO", "NOT PRESENT", "ARRESTED", "REFUSED TO ENGAGE"]))))
    return "".join(out)


def body_action_plan(rng, rv, current):
    out = [nav_block(rng, rv, current), "## Actions agreed\n\n"]
    for k in range(1, rng.randint(4, 9)):
        ag = rng.choice(rv.agencies)[0]
        out.append("### Action %d\n\n" % k)
        out.append("- **Recommendation:** %s\n" % rng.choice(OBJECTS))
        out.append("- **Lead:** %s\n" % ag)
        out.append("- **Target:** %s %d\n" % (MONTHS[rng.randint(0, 11)], min(rv.year + 1, 2026)))
        out.append("- **Progress:** %d%% complete; %s\n" % (rng.randint(0, 100), rng.choice(CLOSERS)))
        out.append("- **Cost:** %s\n\n" % NUMBER_FORMS[0](rng))
    return "".join(out)


def body_glossary(rng, rv, current):
    out = [nav_block(rng, rv, current)]
    terms = ["DASH", "MARAC", "IDVA", "IMR", "DHR", "MAPPA", "CSP", "GP", "A&E", "ASC",
             "Clare's Law", "coercive control", "safeguarding", "routine enquiry"]
    for t in sorted(rng.sample(terms, rng.randint(6, 11))):
        out.append("**%s.** %s\n\n" % (t, paragraph(rng, rv, 1, 1)))
    out.append("## People in this review\n\n")
    for name, role in rv.people:
        out.append("- **%s:** %s\n" % (name, role))
    out.append("\n## Agencies in this review\n\n")
    for name, role in rv.agencies:
        out.append("- **%s:** %s\n" % (name, role))
    out.append("\n")
    return "".join(out)


def plan_parts(rng, rv):
    parts = [("", "Overview report", "overview", None),
             ("executive-summary", "Executive summary", "generic", 2),
             ("terms-of-reference", "Terms of reference", "generic", 1)]
    for k, ag in enumerate(rv.agencies, 1):
        parts.append(("agency-%02d" % k, "Appendix %d: %s" % (k, ag[0]), "agency", ag))
    for y in rv.period:
        parts.append(("chronology-%d" % y, "Chronology %d" % y, "chronology", y))
    for k in range(1, rng.randint(2, 3)):
        parts.append(("panel-minutes-%d" % k, "Panel minutes %d" % k, "minutes", k))
    parts.append(("police-log", "Police incident log", "police", None))
    parts.append(("action-plan", "Action plan", "action", None))
    for k in range(1, 2):
        parts.append(("family-statement-%d" % k, "Family statement %d" % k, "generic", 1))
    parts.append(("glossary", "Glossary", "glossary", None))
    rv.parts = parts


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def hugo_front(title, date, summary, draft):
    lines = ["---", "title: %s" % yq(title), "date: %s" % date]
    if summary:
        lines.append("summary: %s" % yq(summary))
    if draft:
        lines.append("draft: true")
    lines.append("---")
    return "\n".join(lines) + "\n"


class Writer:
    def __init__(self, out):
        self.content = os.path.join(out, "content")
        self.hugo = os.path.join(out, "hugo")

    def doc(self, rel, rs_front, hugo_fm, body):
        write(os.path.join(self.content, rel), rs_front + body)
        write(os.path.join(self.hugo, "content", rel), hugo_fm + body)

    def binary(self, rel, data):
        for base in (os.path.join(self.content, rel), os.path.join(self.hugo, "static", rel)):
            os.makedirs(os.path.dirname(base), exist_ok=True)
            with open(base, "wb") as f:
                f.write(data)


def write_review(w, rng, rv):
    plan_parts(rng, rv)
    draft = rv.status != "published"
    others = rv.people[2:]
    for suffix, title, kind, arg in rv.parts:
        if kind in ("overview", "glossary"):
            rv.cast = rv.people
        else:
            rv.cast = rv.people[:2] + rng.sample(others, min(len(others), rng.randint(3, 6)))
        full_title = "%s: %s" % (rv.victim, title)
        if kind == "overview":
            body = body_overview(rng, rv, suffix)
            summary = long_summary(rng, rv, "Overview report")
            fm = front_matter(rv, "dhr", "Domestic Homicide Review: " + rv.victim, summary, True)
            full_title = "Domestic Homicide Review: " + rv.victim
        else:
            if kind == "generic":
                body = body_generic(rng, rv, suffix, arg + rng.randint(0, 2))
            elif kind == "agency":
                body = body_agency(rng, rv, suffix, arg)
            elif kind == "chronology":
                body = body_chronology(rng, rv, suffix, arg)
            elif kind == "minutes":
                body = body_minutes(rng, rv, suffix, arg)
            elif kind == "police":
                body = body_police_log(rng, rv, suffix)
            elif kind == "action":
                body = body_action_plan(rng, rv, suffix)
            else:
                body = body_glossary(rng, rv, suffix)
            fm = front_matter(rv, "page", full_title, None, False)
        body += change_register(rng, rv)
        rel = "reviews/%s%s.md" % (rv.slug, ("-" + suffix) if suffix else "")
        hfm = hugo_front(full_title, iso(*rv.published), None, draft)
        w.doc(rel, fm, hfm, body)
    w.binary("reviews/%s/genogram.png" % rv.slug, png(48, 32, 200))
    w.binary("reviews/%s/contacts-chart.png" % rv.slug, png(64, 40, 120))


def page_front(kind, title, summary, published, reviewed, people=None):
    lines = ["---", "type: %s" % kind, "title: %s" % yq(title)]
    if summary is not None:
        lines.append("summary: %s" % yq(summary))
    lines += ["status: published", "published: %s" % iso(*published), "reviewed: %s" % iso(*reviewed)]
    if people is not None:
        lines.append("pseudonyms:")
        for name, role in people:
            lines.append("  - name: %s" % yq(name))
            lines.append("    role: %s" % yq(role))
    lines.append("---")
    return "\n".join(lines) + "\n"


def rel_to_reviews(depth):
    return "../" * depth + "reviews/"


def main():
    ap = argparse.ArgumentParser(description="Generate benchmark corpus G for ReviewSite.")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    out = args.out
    for sub in ("content", "hugo"):
        if os.path.isdir(os.path.join(out, sub)):
            shutil.rmtree(os.path.join(out, sub))
    w = Writer(out)
    master = random.Random(args.seed)

    site = [
        "title: Riverside and Vale Community Safety Partnership",
        "base_url: https://csp.example.org/",
        "organisation: Riverside and Vale Community Safety Partnership",
        "contact_email: reviews@csp.example.org",
        "review_interval_months: 12",
        "helplines:",
        "  - National Domestic Abuse Helpline 0808 2000 247",
        "topics:",
    ] + ["  - %s" % t for t in TOPICS] + [
        "accessibility:",
        "  prepared: 2026-09-01",
        "  known_issues: []",
    ]
    write(os.path.join(w.content, "site.yml"), "\n".join(site) + "\n")

    # Hugo site skeleton.
    write(os.path.join(w.hugo, "hugo.toml"),
          'baseURL = "https://csp.example.org/"\n'
          'title = "Riverside and Vale Community Safety Partnership"\n'
          'languageCode = "en-gb"\n'
          'disableKinds = ["taxonomy", "term"]\n')
    write(os.path.join(w.hugo, "layouts", "_default", "baseof.html"),
          '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">'
          '<title>{{ .Title }}</title></head>\n<body><main>{{ block "main" . }}{{ end }}'
          '</main></body></html>\n')
    write(os.path.join(w.hugo, "layouts", "_default", "single.html"),
          '{{ define "main" }}<h1>{{ .Title }}</h1>\n{{ .Content }}{{ end }}\n')
    write(os.path.join(w.hugo, "layouts", "_default", "list.html"),
          '{{ define "main" }}<h1>{{ .Title }}</h1>\n{{ .Content }}\n<ul>{{ range .Pages }}'
          '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')

    n = args.count
    years = list(range(2014, 2027))
    reviews = []
    per_letter = {}
    for i in range(n):
        year = years[i * len(years) // max(n, 1)]
        k = per_letter.get(year, 0)
        per_letter[year] = k + 1
        rng = random.Random(master.randrange(1 << 30) ^ (i * 7919))
        rv = Review(rng, i, year, n)
        write_review(w, rng, rv)
        reviews.append(rv)

    lint_reviewed = (2026, 6, 1)
    # Yearly archive pages: archive/<year>/index-of-documents.md and archive/<year>/<topic>.md
    # with every document of every review of that year (hundreds of links).
    for year in years:
        rs = [r for r in reviews if r.year == year and r.status == "published"]
        if not rs:
            continue
        rng = random.Random(master.randrange(1 << 30) ^ year)
        body = ["All documents of the reviews published for %d, %d reviews in all.\n\n" % (year, len(rs))]
        body.append("## Contents\n\n")
        for r in rs:
            body.append("- [%s](%s%s.md)\n" % (r.victim, rel_to_reviews(2), r.slug))
        body.append("\n")
        for r in rs:
            body.append("## %s\n\n" % r.victim)
            for suffix, title, _k, _a in r.parts:
                body.append("- [%s: %s](%s%s%s.md)\n" % (
                    r.victim, title, rel_to_reviews(2), r.slug, ("-" + suffix) if suffix else ""))
            body.append("\n")
        people = [(r.victim, "the victim in the review for %d" % year) for r in rs]
        rel = "archive/%d/all-documents.md" % year
        fm = page_front("page", "Archive %d: all documents" % year, None, (year, 12, 1) if year < 2026 else (2026, 10, 1),
                        (2026, 10, 1) if year < 2026 else (2026, 10, 1), people)
        w.doc(rel, fm, hugo_front("Archive %d" % year, "%d-12-01" % min(year, 2026), None, False),
              "".join(body) + change_register(rng, rs[0]))
        for topic in TOPICS:
            tr = [r for r in rs if topic in r.topics]
            if not tr:
                continue
            body = ["Reviews from %d that touch on %s, with their overview, action plan and "
                    "agency appendices.\n\n" % (year, topic)]
            refs = {}
            for r in tr:
                body.append("## %s\n\n" % r.victim)
                for suffix, title, kind, _a in r.parts:
                    if kind in ("overview", "action", "agency"):
                        label = "%s-%s" % (r.slug, suffix or "overview")
                        refs[label] = "%s%s%s.md" % (rel_to_reviews(2), r.slug, ("-" + suffix) if suffix else "")
                        body.append("- [%s][%s]\n" % (title, label))
                body.append("\n")
            for label, target in sorted(refs.items()):
                body.append("[%s]: %s\n" % (label, target))
            slug = topic.replace(" ", "-")
            fm = page_front("page", "Archive %d: %s" % (year, topic), None, (min(year, 2026), 1, 15) if year < 2026 else (2026, 10, 1),
                            (2026, 10, 1), [(r.victim, "the victim in a review for %d" % year) for r in tr])
            w.doc("archive/%d/%s.md" % (year, slug), fm,
                  hugo_front("Archive %d: %s" % (year, topic), "%d-01-15" % min(year, 2026), None, False),
                  "".join(body) + change_register(rng, tr[0]))

    # Briefings: briefings/<year>/<month>/<slug>.md, one per four reviews, each citing many.
    pub = [r for r in reviews if r.status == "published"]
    done_briefings = []  # (date, year, month, file name, title)
    for b in range(max(1, n // 4)):
        rng = random.Random(master.randrange(1 << 30) ^ (b * 104729))
        src = pub[b * 4 % max(len(pub), 1)] if pub else None
        if src is None:
            break
        # Published a few months after the review it draws on; cites only earlier reviews.
        bdate = min(ymd_add_days(*src.published, rng.randint(30, 400)), (2026, 10, 20))
        bdate = max(bdate, src.published)
        earlier = [r for r in pub if r.published <= bdate and r is not src]
        cited = [src] + rng.sample(earlier, min(len(earlier), rng.randint(12, 60)))
        topic = rng.choice(src.topics)
        year, month = bdate[0], bdate[1]
        title = "Learning briefing %d: %s" % (b + 1, topic)
        people = [(r.victim, "the victim in a review cited here") for r in cited]
        # The briefing quotes the family and people of the review it draws on.
        src.cast = src.people
        people += [(name, "%s, in the review of %s" % (role, src.victim)) for name, role in src.people[1:]]
        summary = ("What practitioners in every agency can learn about %s from %d reviews, "
                   "%s among them, with the questions to ask, the signs to look for, and "
                   "the local services that can help; read with the action plans linked below."
                   % (topic, len(cited), src.victim))
        depth = 3
        body = ["## Contents\n\n"]
        for k, t in enumerate(["Why this matters", "What the reviews found", "Questions to ask",
                               "Reviews cited", "Register of changes"], 1):
            body.append("%d. %s\n" % (k, t))
        body.append("\n## 1 Why this matters\n\n")
        for _ in range(rng.randint(4, 10)):
            body.append(paragraph(rng, src, 1, 2) + "\n\n")
        body.append("## 2 What the reviews found\n\n")
        refs = {}
        for r in cited:
            label = "r-%s" % r.slug
            refs[label] = "%s%s.md" % (rel_to_reviews(depth), r.slug)
            ap_label = "a-%s" % r.slug
            refs[ap_label] = "%s%s-action-plan.md" % (rel_to_reviews(depth), r.slug)
            body.append("- **%s ([overview][%s], [action plan][%s]).** %s\n" % (
                r.victim, label, ap_label, rng.choice(OBJECTS).capitalize()))
        body.append("\n")
        body.append(nested_quote(rng, src))
        body.append("## 3 Questions to ask\n\n")
        for k in range(rng.randint(6, 14)):
            body.append("%d. %s?\n" % (k + 1, rng.choice(OBJECTS).replace("that ", "whether ", 1).capitalize()))
        body.append("\n## 4 Reviews cited\n\n")
        for r in cited:
            body.append("- [%s, %d](%s%s.md)\n" % (r.victim, r.year, rel_to_reviews(depth), r.slug))
        body.append("\n")
        earlier_b = [d for d in done_briefings if d[0] <= bdate]
        if earlier_b:
            body.append("**Related briefings.**\n\n")
            for d in sorted(rng.sample(earlier_b, min(len(earlier_b), rng.randint(5, 15)))):
                body.append("- [%s](../../%d/%02d/%s)\n" % (d[4], d[1], d[2], d[3]))
            body.append("\n")
        for label, target in sorted(refs.items()):
            body.append("[%s]: %s\n" % (label, target))
        reviewed = max((2026, rng.randint(1, 10), rng.randint(1, 28)), bdate)
        fm = page_front("briefing", title, summary, bdate, reviewed, people)
        fm = fm.replace("\nstatus:", "\ntopics:\n  - %s\nstatus:" % topic, 1)
        fname = "briefing-%04d-%s.md" % (b + 1, topic.replace(" ", "-"))
        rel = "briefings/%d/%02d/%s" % (year, month, fname)
        done_briefings.append((bdate, year, month, fname, title))
        w.doc(rel, fm, hugo_front(title, "%d-%02d-01" % (year, month), summary, False),
              "".join(body) + change_register(rng, src))

    # Board minutes: minutes/<year>/q<quarter>/board-<n>.md, lower case, linking to reviews.
    for year in years:
        for q in range(1, 5):
            if year == 2026 and q == 4:
                continue
            rng = random.Random(master.randrange(1 << 30) ^ (year * 10 + q))
            rs = [r for r in pub if r.year == year] or pub[:5]
            body = ["## minutes of the partnership board, quarter %d of %d\n\n" % (q, year)]
            for item in range(1, rng.randint(10, 25)):
                r = rng.choice(rs)
                body.append("### %d. %s\n\n" % (item, rng.choice(LOWER_BITS)))
                body.append("- %s; see [the overview](../../../reviews/%s.md) and "
                            "[the action plan](../../../reviews/%s-action-plan.md)\n" % (
                                "; ".join(rng.sample(LOWER_BITS, 3)), r.slug, r.slug))
                body.append("- budget line %s, spend to date %s (%s)\n\n" % (
                    rng.randint(100, 999), NUMBER_FORMS[0](rng), NUMBER_FORMS[2](rng)))
            fm = page_front("page", "Board minutes, quarter %d of %d" % (q, year), None,
                            (year, q * 3, 20), (2026, 10, 1), [])
            fm = fm.replace("pseudonyms:\n", "pseudonyms: []\n")
            w.doc("minutes/%d/q%d/board-minutes.md" % (year, q), fm,
                  hugo_front("Board minutes %d q%d" % (year, q), "%d-%02d-20" % (year, q * 3), None, False),
                  "".join(body))

    # Home and index pages.
    rng = random.Random(master.randrange(1 << 30))
    body = ["The partnership publishes every Domestic Homicide Review in full, one document "
            "per part, with learning briefings and the minutes of its board.\n\n",
            "## Reviews by year\n\n"]
    for year in years:
        if any(r.year == year and r.status == "published" for r in reviews):
            body.append("- [Reviews for %d](archive/%d/all-documents.md)\n" % (year, year))
    body.append("\n## Every published review\n\n")
    for r in pub:
        body.append("- [%s (%d)](reviews/%s.md)\n" % (r.victim, r.year, r.slug))
    people = sorted({(r.victim, "the victim in a review listed here") for r in pub})
    seen = set()
    people = [p for p in people if not (p[0] in seen or seen.add(p[0]))]
    w.doc("index.md", page_front("page", "Home", None, (2014, 1, 6), (2026, 10, 1), people),
          hugo_front("Home", "2014-01-06", None, False), "".join(body))
    # The Hugo home page is _index.md.
    os.replace(os.path.join(w.hugo, "content", "index.md"), os.path.join(w.hugo, "content", "_index.md"))


if __name__ == "__main__":
    main()
