#!/usr/bin/env python3
"""Corpus E: a held-out benchmark corpus for ReviewSite, written blind.

    python3 scripts/bench/generate_corpus_e.py --count N --seed S --out DIR

Writes DIR/content/ (a ReviewSite content folder) and DIR/hugo/ (a Hugo site holding the
same documents), deterministic for a seed. Its shape differs on purpose from the other
corpora: each review is ONE long file (about 60 KB on average) of very long paragraphs under
few headings, heavy blockquotes with nested lists, many reference-style links gathered at
the end, long tables of agency contacts by role, lots of numbers that are not identifiers
(money, percentages, paragraph numbers such as 4.12.3, times such as 14:05, case references
such as DHR/2023/014), chronologies written as dated prose, up to 13 adults, 6 children and
several given-name pseudonyms per review, briefings that reuse a review's pseudonyms, and
pages of several kinds. Every person, place and event in it is fictional and it holds no
identifiers: no names outside the declared pseudonyms, no contact details, no full dates of
birth or death.
"""
import argparse
import os
import random
import shutil

PLACE = "Harrowmere"
ORG = "Harrowmere Community Safety Partnership"
BASE_URL = "https://www.harrowmere-csp.example/"

TOPICS = [
    "coercive control", "economic abuse", "stalking", "older people", "adult safeguarding",
    "mental health", "substance use", "children and young people", "housing",
    "information sharing", "risk assessment", "suicide", "honour-based abuse",
    "disability", "multi-agency working",
]

GIVEN = [
    "Marigold", "Sorrel", "Linnet", "Juniper", "Bramble", "Tamsin", "Perrin", "Ottoline",
    "Fennick", "Isolde", "Caspian", "Merrow", "Saffron", "Thistle", "Briar", "Corvin",
    "Wrenna", "Elowen", "Tobiah", "Larkin", "Odessa", "Quillon", "Rosamund", "Sable",
]

ADULT_ROLES = [
    "the victim", "the perpetrator", "the victim's mother", "the victim's father",
    "the victim's sister", "the victim's brother", "a former partner of the perpetrator",
    "a neighbour", "a friend of the victim", "the perpetrator's mother", "a work colleague",
    "a lodger at the address", "the victim's adult son", "the victim's adult daughter",
]
CHILD_ROLES = [
    "the victim's eldest child", "the victim's youngest child", "a child of the household",
    "the perpetrator's child from a previous relationship", "a grandchild of the victim",
    "a child who visited at weekends",
]

AGENCIES = [
    "the police", "the ambulance service", "the acute hospital trust",
    "the mental health trust", "the GP practice", "adult social care",
    "children's social care", "the housing association", "the district council housing team",
    "the drug and alcohol service", "the probation service", "the domestic abuse service",
    "the IDVA service", "the community health trust", "the job centre", "the school",
    "the health visiting team", "the fire and rescue service", "the MARAC coordinator",
    "the refuge provider",
]
ROLES = [
    "Designated safeguarding lead", "Named nurse for adult safeguarding",
    "Head of service", "Domestic abuse coordinator", "Service manager",
    "Team leader, duty and assessment", "Detective inspector, public protection",
    "Principal social worker", "Clinical lead for safeguarding", "Senior IDVA",
    "Housing options manager", "Probation officer manager", "Single point of contact",
    "Quality assurance officer", "Strategic lead for learning", "Commissioning manager",
]
ROUTES = [
    "through the partnership's secure mailbox", "via the agency's safeguarding hub",
    "by referral through the front door service", "through the MARAC coordinator",
    "via the duty desk during office hours", "by written request to the head of service",
    "through the partnership business unit", "via the agency's IMR author",
]
HOURS = ["09:00 to 17:00, Monday to Friday", "24 hours", "08:30 to 16:30 on weekdays",
         "10:00 to 14:00 on Tuesdays and Thursdays", "by appointment", "07:00 to 19:00"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

ADJ = ["significant", "limited", "repeated", "missed", "partial", "consistent", "delayed",
       "appropriate", "inconsistent", "timely", "fragmented", "proportionate", "cumulative"]
NOUNS = ["risk assessment", "referral", "information sharing", "professional curiosity",
         "safety planning", "case supervision", "escalation", "record keeping",
         "routine enquiry", "home visit", "multi-agency meeting", "capacity assessment",
         "safeguarding concern", "carer's assessment", "tenancy review", "welfare check"]
VERBS = ["recorded", "noted", "did not record", "considered", "did not consider",
         "escalated", "discussed", "reviewed", "shared", "did not share", "assessed",
         "closed", "reopened", "referred on"]
LINKTEXT = ["statutory guidance", "the SafeLives Dash risk checklist", "the MARAC guidance",
            "the Home Office key findings", "the local information sharing protocol",
            "the Care Act guidance", "the coercive control guidance", "the NICE guideline",
            "the partnership's escalation policy", "the learning framework",
            "the previous review", "the thematic analysis", "the training evaluation"]


class Writer:
    def __init__(self, rng, people):
        self.rng = rng
        self.people = people  # list of (name, role)
        self.refs = []

    def who(self):
        return self.rng.choice(self.people)[0]

    def child(self):
        kids = [n for n, _ in self.people if n.startswith("Child ")]
        return self.rng.choice(kids) if kids else "The eldest child"

    def agency(self):
        return self.rng.choice(AGENCIES)

    def para_no(self):
        r = self.rng
        return "%d.%d.%d" % (r.randint(1, 9), r.randint(1, 19), r.randint(1, 12))

    def money(self):
        r = self.rng
        v = r.choice([r.randint(40, 990), r.randint(1000, 99999), r.randint(100000, 4500000)])
        return "£{:,}".format(v)

    def pct(self):
        r = self.rng
        return "%d.%d%%" % (r.randint(1, 99), r.randint(0, 9)) if r.random() < 0.5 else "%d%%" % r.randint(1, 100)

    def time(self):
        r = self.rng
        return "%02d:%02d" % (r.randint(0, 23), r.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55]))

    def caseref(self):
        r = self.rng
        return "%s/%d/%03d" % (r.choice(["DHR", "SAR", "CSPR", "LLR"]), r.randint(2015, 2025), r.randint(1, 60))

    def monthyear(self, year=None):
        r = self.rng
        return "%s %d" % (r.choice(MONTHS), year or r.randint(2016, 2024))

    def link(self):
        self.refs.append(None)
        n = len(self.refs)
        return "[%s][r%d]" % (self.rng.choice(LINKTEXT), n)

    def sentence(self):
        r = self.rng
        k = r.randint(0, 15)
        if k == 0:
            return "%s %s the %s %s on %d occasions between %s and %s, as set out at paragraph %s." % (
                r.choice(AGENCIES).capitalize(), r.choice(VERBS), r.choice(ADJ), r.choice(NOUNS),
                r.randint(2, 41), self.monthyear(), self.monthyear(), self.para_no())
        if k == 1:
            return "In %s, %s told %s that %s frightened, and the call was logged at %s under reference %s." % (
                self.monthyear(), self.who(), self.agency(), r.choice(["they were", "she was", "he was"]), self.time(), self.caseref())
        if k == 2:
            return "The household's debts had risen to %s, of which %s was rent arrears, and %s of the household income went on %s." % (
                self.money(), self.money(), self.pct(), r.choice(["repayments", "the perpetrator's gambling", "fuel", "travel to appointments"]))
        if k == 3:
            return "Nationally, %s of victims in reviews of this kind had contact with %s in the year before the homicide, compared with %s locally (%d of %d reviews)." % (
                self.pct(), self.agency(), self.pct(), r.randint(2, 30), r.randint(31, 80))
        if k == 4:
            return "The panel considered %s and found that the %s %s was %s, which is discussed further at paragraph %s." % (
                self.link(), r.choice(ADJ), r.choice(NOUNS), r.choice(ADJ), self.para_no())
        if k == 5:
            return "%s was present when %s arrived at %s, and %s later said that %s had taken %s's phone and bank card." % (
                self.who(), self.agency(), self.time(), self.who(), self.who(), self.who())
        if k == 6:
            return "The review found %d missed opportunities for %s, %d of which related to %s and %d to %s." % (
                r.randint(3, 19), r.choice(NOUNS), r.randint(1, 9), r.choice(NOUNS), r.randint(1, 9), r.choice(NOUNS))
        if k == 7:
            return "Between %s and %s the case was open to %s for %d weeks, with %d contacts lasting on average %d minutes." % (
                self.monthyear(), self.monthyear(), self.agency(), r.randint(2, 80), r.randint(3, 60), r.randint(5, 95))
        if k == 8:
            return "As %s records, the practitioner %s the %s but did not ask %s directly about %s." % (
                self.link(), r.choice(VERBS), r.choice(NOUNS), self.who(), r.choice(["abuse", "control over money", "threats", "the children's safety", "the injuries"]))
        if k == 9:
            return "A Dash risk checklist completed at %s scored %d of 24, which fell %d below the threshold for MARAC at that time, and no professional judgement override was applied." % (
                self.time(), r.randint(3, 13), r.randint(1, 10))
        if k == 10:
            return "The commissioning budget for %s fell from %s to %s over %d financial years, a reduction of %s." % (
                r.choice(AGENCIES), self.money(), self.money(), r.randint(2, 7), self.pct())
        if k == 11:
            return "%s's school attendance fell to %s during the autumn term and %s raised this with %s." % (
                self.child(), self.pct(), self.agency(), self.agency())
        if k == 12:
            return "The chair notes that %s and %s gave accounts to the panel that differed on %d points, and both accounts are reflected here." % (
                self.who(), self.who(), r.randint(2, 7))
        if k == 13:
            return "Recommendation %d.%d asks %s to audit %d cases by %s and report to the partnership board." % (
                r.randint(1, 12), r.randint(1, 9), self.agency(), r.randint(10, 200), self.monthyear(r.randint(2025, 2027)))
        if k == 14:
            return "It is not known whether %s understood the %s, and the panel could find no record that an interpreter was offered (see %s)." % (
                self.who(), r.choice(NOUNS), self.link())
        return "%s %s that %s was %s and that %s needed %s." % (
            r.choice(AGENCIES).capitalize(), r.choice(VERBS), r.choice(NOUNS), r.choice(ADJ), self.who(), r.choice(NOUNS))

    def paragraph(self, lo=12, hi=40):
        n = self.rng.randint(lo, hi)
        return " ".join(self.sentence() for _ in range(n))

    def numbered_paragraph(self, sec, i, lo=12, hi=40):
        return "%d.%d %s" % (sec, i, self.paragraph(lo, hi))

    def chronology(self, year):
        """Dated prose paragraphs, not a table."""
        out = []
        r = self.rng
        for m in range(r.randint(5, 12)):
            if r.random() < 0.15:
                # a full event date: allowed, but the tool warns about it
                when = "On %d %s %d" % (r.randint(1, 28), r.choice(MONTHS), year)
            elif r.random() < 0.5:
                when = "In %s" % self.monthyear(year)
            else:
                when = "Early in %s" % self.monthyear(year)
            if r.random() < 0.3:
                year += 1
            out.append("**%s**, at about %s, %s. %s" % (
                when, self.time(),
                "%s contacted %s" % (self.who(), self.agency()),
                self.paragraph(2, 7)))
        return out, year

    def blockquote(self):
        r = self.rng
        lines = ["> %s" % self.paragraph(2, 5), ">"]
        for i in range(r.randint(2, 5)):
            lines.append("> %d. %s" % (i + 1, self.sentence()))
            for _ in range(r.randint(1, 4)):
                lines.append(">    - %s" % self.sentence())
                if r.random() < 0.35:
                    for _ in range(r.randint(1, 3)):
                        lines.append(">      - %s (paragraph %s)" % (r.choice(NOUNS).capitalize(), self.para_no()))
        if r.random() < 0.4:
            lines.append(">")
            lines.append("> > %s" % self.paragraph(1, 3))
        return "\n".join(lines)

    def contacts_table(self):
        r = self.rng
        rows = ["| Role | Agency | Contact route | Hours | Cases held | Share of referrals |",
                "|---|---|---|---|--:|--:|"]
        for _ in range(r.randint(15, 40)):
            rows.append("| %s | %s | %s | %s | %d | %s |" % (
                r.choice(ROLES), r.choice(AGENCIES).capitalize(), r.choice(ROUTES),
                r.choice(HOURS), r.randint(0, 900), self.pct()))
        return "\n".join(rows)

    def refdefs(self):
        r = self.rng
        out = []
        for i in range(len(self.refs)):
            out.append('[r%d]: https://www.%s.example/%s/%d "%s"' % (
                i + 1, r.choice(["learning-hub", "guidance-library", "practice-exchange"]),
                r.choice(["guidance", "reports", "library", "findings"]), r.randint(100, 9999),
                r.choice(LINKTEXT).capitalize()))
        return "\n".join(out)


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def iso(y, m, d):
    return "%04d-%02d-%02d" % (y, m, d)


def make_people(rng):
    adults = [chr(ord("A") + i) for i in range(13)]
    n_adults = rng.randint(7, 13)
    people = []
    roles = ADULT_ROLES[:]
    rng.shuffle(roles)
    roles = ["the victim", "the perpetrator"] + [x for x in roles if x not in ("the victim", "the perpetrator")]
    for i in range(n_adults):
        people.append(("Adult %s" % adults[i], roles[i % len(roles)]))
    for i in range(rng.randint(0, 6)):
        people.append(("Child %d" % (i + 1), CHILD_ROLES[i % len(CHILD_ROLES)]))
    for name in rng.sample(GIVEN, rng.randint(2, 5)):
        people.append((name, rng.choice(ADULT_ROLES[2:])))
    return people


def front(fields):
    lines = ["---"]
    for k, v in fields:
        if isinstance(v, list):
            if not v:
                lines.append("%s: []" % k)
                continue
            lines.append("%s:" % k)
            for item in v:
                if isinstance(item, dict):
                    first = True
                    for ik, iv in item.items():
                        lines.append("%s %s: %s" % ("  -" if first else "   ", ik, q(iv)))
                        first = False
                else:
                    lines.append("  - %s" % q(item))
        else:
            lines.append("%s: %s" % (k, v))
    lines.append("---")
    return "\n".join(lines) + "\n"


def hugo_front(title, date, summary, draft, tags, extra=None):
    lines = ["---", "title: %s" % q(title), "date: %s" % date, "draft: %s" % ("true" if draft else "false")]
    if summary:
        lines.append("summary: %s" % q(summary))
    if tags:
        lines.append("tags:")
        lines += ["  - %s" % q(t) for t in tags]
    for k, v in (extra or []):
        lines.append("%s: %s" % (k, v))
    lines.append("---")
    return "\n".join(lines) + "\n"


def dates(rng):
    y = rng.randint(2019, 2025)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    qa = (y, m, d)
    py, pm = (y, m + 1) if m < 12 else (y + 1, 1)
    pub = (py, pm, rng.randint(1, 28))
    if pub > (2026, 11, 1):
        pub = (2026, 10, 1)
    if qa > pub:
        qa = (pub[0], pub[1], 1)
    rv = (min(pub[0] + 1, 2026), pub[1], pub[2])
    if rv > (2026, 11, 20):
        rv = (2026, 11, 20)
    if rv < pub:
        rv = pub
    up = None
    if rng.random() < 0.5:
        up = rv
    return iso(*qa), iso(*pub), iso(*rv), (iso(*up) if up else None)


def review(rng, idx, people):
    w = Writer(rng, people)
    victim = people[0][0]
    num = idx + 1
    ref = "DHR/%d/%03d" % (2016 + idx % 9, idx % 997 + 1)
    status = "published" if rng.random() < 0.9 else rng.choice(["draft", "withdrawn"])
    qa, pub, rv, up = dates(rng)
    topics = rng.sample(TOPICS, rng.randint(1, 4))
    title = "Domestic Homicide Review %d: %s" % (num, victim)
    summary = "The review of the death of %s (%s) found %d missed opportunities across %d agencies and makes %d recommendations." % (
        victim, ref, rng.randint(3, 20), rng.randint(4, 14), rng.randint(5, 30))
    fm = [("type", "dhr"), ("title", q(title)), ("summary", q(summary)), ("status", status)]
    if status != "draft":
        fm += [("published", pub), ("reviewed", rv)]
        if up:
            fm.append(("updated", up))
        fm.append(("home_office_qa", qa))
    fm.append(("pseudonyms", [{"name": n, "role": r} for n, r in people]))
    fm.append(("topics", topics))

    target = rng.choice([16000, 24000, 30000, 34000, 38000, 44000, 52000, 70000])
    parts = []
    parts.append("This report, case reference %s, was commissioned by the %s. %s" % (ref, ORG, w.paragraph(10, 25)))
    parts.append(w.blockquote())
    parts.append("## 1 Introduction and terms of reference")
    for i in range(1, rng.randint(3, 5)):
        parts.append(w.numbered_paragraph(1, i, 8, 20))
        if rng.random() < 0.4:
            parts.append(w.blockquote())
    parts.append("## 2 Agencies that contributed")
    parts.append(w.paragraph(4, 12))
    parts.append(w.contacts_table())
    parts.append("## 3 Background and chronology")
    year = rng.randint(2012, 2020)
    sec = 3
    i = 1
    size = sum(len(p) for p in parts)
    rounds = 0
    while rounds < 2 or size < target * 0.6:
        rounds += 1
        chron, year = w.chronology(year)
        parts.extend(chron)
        parts.append(w.numbered_paragraph(sec, i, 12, 35))
        i += 1
        if rng.random() < 0.5:
            parts.append(w.blockquote())
        size = sum(len(p) for p in parts)
    parts.append("## 4 Analysis")
    i = 1
    while i < 2 or size < target * 0.9:
        parts.append(w.numbered_paragraph(4, i, 15, 45))
        i += 1
        if rng.random() < 0.6:
            parts.append(w.blockquote())
        if rng.random() < 0.15:
            parts.append(w.contacts_table())
        size = sum(len(p) for p in parts)
    parts.append("## 5 Conclusions and recommendations")
    for j in range(1, rng.randint(6, 14)):
        parts.append("%d. %s" % (j, w.paragraph(1, 4)))
    parts.append(w.blockquote())
    parts.append(w.refdefs())
    body = "\n\n".join(parts) + "\n"
    slug = "dhr-%04d-%s" % (num, victim.lower().replace(" ", "-"))
    hugo = hugo_front(title, pub, summary, status != "published", topics) + "\n" + body
    return slug, front(fm) + "\n" + body, hugo, (title, victim, people, topics, status, ref)


def briefing(rng, idx, src):
    title0, victim, people, topics, status0, ref = src
    used = [p for p in people if rng.random() < 0.7] or people[:2]
    w = Writer(rng, used)
    status = "published" if rng.random() < 0.92 else "draft"
    qa, pub, rv, up = dates(rng)
    theme = rng.choice(topics)
    title = "Learning briefing: %s and %s" % (victim, theme)
    summary = "Seven-minute briefing on %s drawn from review %s, for practitioners in %d agencies." % (theme, ref, rng.randint(3, 12))
    fm = [("type", "briefing"), ("title", q(title)), ("summary", q(summary)), ("status", status)]
    if status == "published":
        fm += [("published", pub), ("reviewed", rv)]
        if up:
            fm.append(("updated", up))
    fm.append(("pseudonyms", [{"name": n, "role": r} for n, r in used]))
    fm.append(("topics", [theme]))
    parts = ["%s" % w.paragraph(8, 20)]
    for h in rng.sample(["What happened", "Why it matters", "What the review found",
                         "Questions for supervision", "What good looks like", "Further reading"],
                        rng.randint(2, 4)):
        parts.append("## %s" % h)
        parts.append(w.paragraph(5, 18))
        if rng.random() < 0.6:
            parts.append(w.blockquote())
    parts.append(w.refdefs())
    body = "\n\n".join(parts) + "\n"
    slug = "briefing-%04d-%s" % (idx + 1, theme.replace(" ", "-").replace("'", ""))
    hugo = hugo_front(title, pub, summary, status != "published", [theme]) + "\n" + body
    return slug, front(fm) + "\n" + body, hugo


PAGE_KINDS = ["about", "glossary", "faq", "statistics", "governance", "annual-report",
              "training", "process", "privacy", "support"]


def page(rng, idx, kind):
    w = Writer(rng, [("the victim", "generic"), ("the family", "generic")])
    qa, pub, rv, up = dates(rng)
    titles = {
        "about": "About the partnership", "glossary": "Glossary of terms",
        "faq": "Questions families ask", "statistics": "Review statistics",
        "governance": "Governance and board membership", "annual-report": "Annual report",
        "training": "Training offer", "process": "How a review is carried out",
        "privacy": "Privacy notice", "support": "Getting support",
    }
    title = titles[kind] + ("" if idx < len(PAGE_KINDS) else " (%d)" % (idx // len(PAGE_KINDS) + 1))
    parts = []
    if kind == "glossary":
        for term in sorted(set(rng.sample(NOUNS + ADJ, 14))):
            parts.append("**%s**  \n%s" % (term.capitalize(), w.paragraph(1, 4)))
    elif kind == "faq":
        parts.append("## Reviews and families")
        for _ in range(rng.randint(6, 14)):
            parts.append("### %s?" % rng.choice(["How long does a review take", "Will the report name us",
                                                   "Can we read the report before it is published",
                                                   "Who chairs the panel", "What does the Home Office do",
                                                   "Can we add our own words", "What happens to the recommendations"]))
            parts.append(w.paragraph(2, 6))
    elif kind == "statistics":
        parts.append(w.paragraph(4, 8))
        rows = ["| Year | Notifications | Reviews started | Published | Recommendations | Completed on time |",
                "|---|--:|--:|--:|--:|--:|"]
        for y in range(2011, 2026):
            rows.append("| %d/%02d | %d | %d | %d | %d | %s |" % (y, (y + 1) % 100, rng.randint(1, 20), rng.randint(1, 12),
                                                             rng.randint(0, 10), rng.randint(5, 120), w.pct()))
        parts.append("\n".join(rows))
        parts.append(w.paragraph(4, 8))
    elif kind == "governance":
        parts.append(w.paragraph(4, 10))
        parts.append(w.contacts_table())
    else:
        for _ in range(rng.randint(2, 5)):
            parts.append("## %s" % rng.choice(["Overview", "Our role", "What we do", "How to get involved",
                                               "What to expect", "Our commitments", "Next steps"]))
            parts.append(w.paragraph(4, 14))
            if rng.random() < 0.5:
                parts.append(w.blockquote())
    parts.append(w.refdefs())
    body = "\n\n".join(parts) + "\n"
    fm = [("type", "page"), ("title", q(title)), ("status", "published"), ("published", pub), ("reviewed", rv)]
    slug = kind if idx < len(PAGE_KINDS) else "%s-%d" % (kind, idx // len(PAGE_KINDS) + 1)
    hugo = hugo_front(title, pub, None, False, []) + "\n" + body
    return slug, front(fm) + "\n" + body, hugo


SITE_YML = """title: "{org}"
base_url: "{base}"
language: en-GB
organisation: "{org}"
review_interval_months: 24
exit_url: "https://www.bbc.co.uk/weather"
topics:
{topics}
helplines:
  - "National Domestic Abuse Helpline, open 24 hours"
contact_email: "reviews@harrowmere-csp.example"
accessibility:
  prepared: 2026-06-01
  known_issues: []
"""

HUGO_CONFIG = """baseURL = "{base}"
title = "{org}"
languageCode = "en-gb"
disableKinds = ["taxonomy", "term"]
"""

LAYOUT_BASE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>
"""
SINGLE = LAYOUT_BASE + """<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
{{ .Content }}
</main></body></html>
"""
LIST = LAYOUT_BASE + """<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul>
</main></body></html>
"""
INDEX = LAYOUT_BASE + """<h1>{{ .Site.Title }}</h1>
<ul>{{ range first 20 .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</main></body></html>
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rng = random.Random("corpus-e:%d" % a.seed)
    content = os.path.join(a.out, "content")
    hugo = os.path.join(a.out, "hugo")
    for d in (content, hugo):
        if os.path.exists(d):
            shutil.rmtree(d)
    write(os.path.join(content, "site.yml"), SITE_YML.format(
        org=ORG, base=BASE_URL, topics="\n".join("  - %s" % q(t) for t in TOPICS)))
    write(os.path.join(hugo, "config.toml"), HUGO_CONFIG.format(base=BASE_URL, org=ORG))
    for name, text in (("single.html", SINGLE), ("list.html", LIST), ("index.html", INDEX)):
        write(os.path.join(hugo, "layouts", "_default", name), text)
    hc = os.path.join(hugo, "content")
    write(os.path.join(hc, "reviews", "_index.md"), '---\ntitle: "Domestic Homicide Reviews"\n---\n')
    write(os.path.join(hc, "briefings", "_index.md"), '---\ntitle: "Learning briefings"\n---\n')

    sources = []
    for i in range(a.count):
        people = make_people(rng)
        slug, text, htext, src = review(rng, i, people)
        write(os.path.join(content, "reviews", slug + ".md"), text)
        write(os.path.join(hc, "reviews", slug + ".md"), htext)
        sources.append(src)
    for i in range(max(1, a.count * 3 // 5)):
        slug, text, htext = briefing(rng, i, sources[rng.randrange(len(sources))])
        write(os.path.join(content, "briefings", slug + ".md"), text)
        write(os.path.join(hc, "briefings", slug + ".md"), htext)
    n_pages = max(len(PAGE_KINDS), a.count // 25)
    for i in range(n_pages):
        slug, text, htext = page(rng, i, PAGE_KINDS[i % len(PAGE_KINDS)])
        write(os.path.join(content, slug + ".md"), text)
        write(os.path.join(hc, slug + ".md"), htext)


if __name__ == "__main__":
    main()
