#!/usr/bin/env python3
"""Benchmark corpus B: chronology-heavy, name-dense, table-heavy reviews (issue 16).

Written independently of generate_corpus.py (corpus A) so that `make bench` is not only
measured on the content its own optimisations were tuned on. Same command line and the same
layout of what it writes, so scripts/bench/bench.sh can call either:

    generate_corpus_b.py --count N --seed S --out DIR

DIR/content/   site.yml and reviews/case-NNNNN.md (ReviewSite content)
DIR/hugo/      a minimal Hugo site reading the same content folder

What makes it different from corpus A (and closer to real chronologies):
  * long chronologies with a full date on most lines ("14 March 2019", "03/04/2020",
    "2021-06-09", "June 7, 2022"): each is an event-date warning, never an error;
  * name-dense prose: many capitalised agency, place, team and project names that are not
    names of people, plus the review's declared pseudonyms (ordinary given names);
  * action plans as ```table blocks (docs/tables.md) and as plain pipe tables;
  * long nested lists (four levels), many headings and many links (to other reviews, to
    their sections, and within the page).
Everything is fictional. People appear only by pseudonyms declared in the front matter; there
are no addresses, postcodes, phone numbers, emails, titles with surnames or record numbers.

After writing, the script runs `reviewsite lint` on the corpus (unless --no-check) and fails
if it reports any error. Warnings (full event dates) are expected.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys

LINT_DATE = "2026-11-27"

# ---------------------------------------------------------------------------------------
# Vocabulary. Place and project words are invented; none is a given name.
PLACES = ["Kestrelford", "Ashwick", "Brackenmoor", "Millbeck", "Fenwray", "Thornhallow",
          "Quarrydene", "Sedgemouth", "Wyvernholt", "Cinderfield", "Larkspurton",
          "Otterbury", "Hollinsgate", "Rookhaven", "Elmsmarsh", "Garthwick",
          "Pendlebrook", "Stonecrop", "Wexcombe", "Drayfield", "Marlstow", "Corrabeck"]
AGENCY_FORMS = ["{p} Constabulary", "{p} Borough Council Adult Social Care",
                "{p} Borough Council Children's Services", "{p} Integrated Care Board",
                "{p} Community Mental Health Team", "{p} Housing Partnership",
                "{p} Women's Refuge Trust", "{p} Recovery Partnership", "{p} Probation Delivery Unit",
                "{p} Acute Hospitals Trust", "{p} Ambulance Service", "{p} Primary Care Network",
                "{p} Citizens Advice", "{p} Victim Support Hub", "{p} Early Help Service",
                "{p} Multi-Agency Safeguarding Hub"]
PROJECTS = ["the Bridgeway Tenancy Project", "the Harbour Lights Outreach Service",
            "the Pathfinder Floating Support Team", "the Lantern Peer Mentoring Scheme",
            "the Northgate Drug and Alcohol Project", "the Compass Family Support Programme",
            "the Keystone Employment Project", "the Beacon Helpline",
            "the Riverside Perpetrator Programme", "the Anchor Independent Advocacy Service",
            "the Waymark Recovery College", "the Cornerstone Day Centre"]
TEAMS = ["MARAC", "MASH", "IDVA service", "Early Help Panel", "Duty and Assessment Team",
         "Complex Needs Panel", "Safeguarding Adults Board", "Housing Options Team",
         "Crisis Resolution Team", "Liaison and Diversion Team", "Integrated Offender Management unit"]
TOPICS = ["coercive control", "economic abuse", "older victims", "substance misuse",
          "mental health", "housing", "multi-agency working", "stalking", "rural isolation",
          "children and young people", "disability", "honour-based abuse", "MARAC"]
# Declared pseudonyms: ordinary given names, so every text has names to look up.
PSEUDONYMS = ["Robin", "Jordan", "Casey", "Rowan", "Morgan", "Jamie", "Taylor", "Riley",
              "Avery", "Quinn", "Emerson", "Harley", "Reese", "Sasha", "Kerry", "Dale",
              "Leslie", "Marion", "Tegan", "Niamh", "Priya", "Tomasz", "Amara", "Kofi",
              "Ingrid", "Dmitri", "Farah", "Lena", "Mateo", "Yusuf"]
ROLES = [("the victim", "victim"), ("the perpetrator", "perp"), ("the victim's sister", "fam"),
         ("the victim's son", "child"), ("the victim's friend", "friend"),
         ("the perpetrator's mother", "fam2")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EVENTS = [
    "{agency} received a referral from {agency2} about {v} and recorded it as information only",
    "{v} attended an appointment with {agency} and spoke about money worries and sleeping badly",
    "{agency} carried out a DASH risk assessment with {v}, graded as medium risk",
    "{p} called {agency} to report shouting at the property; officers spoke to both adults",
    "{agency2} shared a safeguarding concern with {agency} after {v} missed two appointments",
    "{v} told a worker from {project} that {p} checked the phone every evening",
    "the {team} discussed the case and agreed actions for {agency} and {agency2}",
    "{agency} closed the case after three attempts to contact {v} by letter",
    "{v} asked {agency} for help with rent arrears; the tenancy officer noted visible bruising",
    "{agency2} made a referral to {project}, which was not followed up",
    "{f} contacted {agency} with concerns about {v} and was given general advice",
    "{p} was released on bail with conditions not to contact {v}",
    "{v} was seen at the {place} walk-in centre with a hand injury explained as a fall",
    "a home visit by {agency} found {v} anxious; {p} answered most of the questions",
    "{agency} recorded a breach of the bail conditions and arrested {p}",
    "the {team} heard the case again; {agency} agreed to share the safety plan",
    "{v} moved into temporary accommodation arranged by {agency} in {place}",
    "{agency2} wrote to the GP of {v} about the missed appointments at {project}",
    "{f} told {agency} that {v} had stopped seeing friends in {place}",
    "{p} completed four of twelve sessions of {project} and then stopped attending",
]
SENTENCES = [
    "The panel heard from {agency} and {agency2}, whose records were provided in full.",
    "{v} was known to {agency}, {agency2} and {project}, but none of them held the whole picture.",
    "The review found that {agency} did not ask {v} directly about domestic abuse.",
    "{agency2} accepts that the referral from {team_a} should have been escalated.",
    "The chronology compiled by {agency} shows contact with {v} over many months.",
    "{f} said that {v} was warm, funny and devoted to the family in {place}.",
    "Staff at {project} described {v} as engaged but frightened of what {p} would do.",
    "The independent chair met managers from {agency} and from {agency2} in {place}.",
    "Practice in {place} has changed since then, and {agency} now uses a routine enquiry.",
    "The {team} in {place} did not have the information held by {agency2}.",
    "{p} was known to {agency} for offences against a previous partner in {place}.",
    "Workers at {agency} were not trained to recognise coercive and controlling behaviour.",
    "The Scrutiny Panel of {place} Community Safety Partnership agreed the terms of reference.",
    "{agency2} and {project} both hold records that mention {v} and {p} together.",
]
LINK_TEXTS = ["the review of {v2}", "a similar finding in the review of {v2}",
              "the chronology in the review of {v2}", "the action plan of the review of {v2}",
              "the recommendations for {place}"]


class Review:
    """One generated review: its front matter and body as lists of lines."""

    def __init__(self, rng, index, count):
        self.rng = rng
        self.index = index
        self.count = count
        names = rng.sample(PSEUDONYMS, 4)
        self.v, self.p, self.f, self.c = names
        self.places = rng.sample(PLACES, 6)
        self.agencies = [form.format(p=rng.choice(self.places)) for form in rng.sample(AGENCY_FORMS, 9)]
        self.projects = rng.sample(PROJECTS, 4)
        self.start_year = rng.randint(2012, 2021)
        self.out = []

    # -- small helpers ---------------------------------------------------------------------
    def fill(self, template):
        r = self.rng
        return template.format(
            agency=r.choice(self.agencies), agency2=r.choice(self.agencies),
            project=r.choice(self.projects), team=r.choice(TEAMS),
            team_a="the " + r.choice(TEAMS), place=r.choice(self.places),
            v=self.v, p=self.p, f=self.f, v2=r.choice(PSEUDONYMS))

    def other(self):
        n = self.rng.randint(1, self.count)
        return "/reviews/case-%05d/" % n

    def link(self):
        r = self.rng
        text = r.choice(LINK_TEXTS).format(v2="another victim", place=r.choice(self.places))
        anchor = r.choice(["", "#chronology", "#action-plan", "#findings-by-agency",
                           "#agencies-involved"])
        return "[%s](%s%s)" % (text, self.other(), anchor)

    def date(self, year, month, day):
        style = self.rng.random()
        if style < 0.55:
            return "%d %s %d" % (day, MONTHS[month - 1], year)
        if style < 0.7:
            return "%02d/%02d/%d" % (day, month, year)
        if style < 0.82:
            return "%d-%02d-%02d" % (year, month, day)
        if style < 0.92:
            return "%s %d, %d" % (MONTHS[month - 1], day, year)
        # "Jan" is also a given name: January is always written in full.
        return "%d %s %d" % (day, SHORT[month - 1] if month > 1 else MONTHS[0], year)

    def paragraph(self, n):
        words = [self.fill(self.rng.choice(SENTENCES)) for _ in range(n)]
        if self.rng.random() < 0.6:
            words.append("See %s." % self.link())
        return " ".join(words)

    def emit(self, *lines):
        self.out.extend(lines)

    # -- sections --------------------------------------------------------------------------
    def summary(self):
        self.emit("## Summary", "")
        for _ in range(self.rng.randint(4, 7)):
            self.emit(self.paragraph(self.rng.randint(4, 7)), "")
        self.emit("This review has a [chronology](#chronology), [findings](#findings-by-agency) and an "
                  "[action plan](#action-plan).", "")

    def agencies_list(self):
        r = self.rng
        self.emit("## Agencies involved", "")
        for agency in self.agencies:
            self.emit("- **%s**" % agency)
            for team in r.sample(TEAMS, r.randint(2, 4)):
                self.emit("  - %s of %s" % (team, agency))
                for _ in range(r.randint(1, 3)):
                    self.emit("    - " + self.fill(r.choice(SENTENCES)))
                    if r.random() < 0.5:
                        self.emit("      - records shared with %s; see %s" % (r.choice(self.projects), self.link()))
        self.emit("")

    def terms(self):
        r = self.rng
        self.emit("## Terms of reference", "")
        for i in range(1, r.randint(6, 10)):
            self.emit("%d. %s" % (i, self.fill(r.choice(SENTENCES))))
            for j in range(r.randint(1, 3)):
                self.emit("   %d. How did %s respond to %s?" % (j + 1, r.choice(self.agencies), self.v))
                self.emit("      - including %s and %s" % (r.choice(self.projects), r.choice(TEAMS)))
        self.emit("")

    def chronology(self):
        r = self.rng
        self.emit("## Chronology", "",
                  "Each line below is one contact, in date order, as the agencies recorded it.", "")
        years = r.randint(1, 3)
        for year in range(self.start_year, self.start_year + years):
            self.emit("### %d" % year, "")
            for month in range(1, 13):
                lines = r.randint(2, 7)
                if r.random() < 0.15:
                    continue
                self.emit("#### %s %d" % (MONTHS[month - 1], year), "")
                days = sorted(r.sample(range(1, 29), lines))
                as_table = r.random() < 0.2
                if as_table:
                    self.emit("| Date | Agency | What happened |", "| --- | --- | --- |")
                for day in days:
                    event = self.fill(r.choice(EVENTS))
                    event = event[0].upper() + event[1:]
                    if r.random() < 0.12:  # a few lines give the month only
                        when = "%s %d" % (MONTHS[month - 1], year)
                    else:
                        when = self.date(year, month, day)
                    if as_table:
                        self.emit("| %s | %s | %s |" % (when, r.choice(self.agencies), event))
                    else:
                        self.emit("- %s: %s." % (when, event))
                        if r.random() < 0.25:
                            self.emit("  - Follow-up by %s: %s." % (r.choice(self.agencies),
                                                                    self.fill(r.choice(EVENTS))))
                self.emit("")

    def findings(self):
        r = self.rng
        self.emit("## Findings by agency", "")
        for agency in self.agencies:
            self.emit("### %s" % agency, "")
            for _ in range(r.randint(2, 4)):
                self.emit(self.paragraph(r.randint(3, 6)), "")
            self.emit("#### Good practice", "")
            for _ in range(r.randint(2, 4)):
                self.emit("- " + self.fill(r.choice(SENTENCES)))
            self.emit("")

    def action_plan(self):
        r = self.rng
        self.emit("## Action plan", "")
        for block in range(r.randint(2, 3)):
            self.emit("```table", "caption: Actions for %s, part %d" % (r.choice(self.places), block + 1),
                      "row-headers: yes",
                      "| Recommendation | Action | Lead agency | Target date | Status |",
                      "| -------------- | ------ | ----------- | ----------: | ------ |")
            for i in range(r.randint(8, 16)):
                year = self.start_year + r.randint(4, 7)
                when = "%s %d" % (MONTHS[r.randint(0, 11)], year)
                action = self.fill(r.choice(SENTENCES)).rstrip(".")
                if r.random() < 0.3:
                    action += " (see [the findings](#findings-by-agency))"
                self.emit("| %d.%d | %s | %s | %s | %s |" % (block + 1, i + 1, action, r.choice(self.agencies),
                                                          when, r.choice(["open", "closed", "**in progress**"])))
            self.emit("```", "")
        self.emit("Progress reported to the Scrutiny Panel:", "",
                  "| Action | Owner | Reported | Update |", "| --- | --- | --- | --- |")
        for _ in range(r.randint(10, 20)):
            y = self.start_year + r.randint(4, 7)
            self.emit("| %s | %s | %s | %s |" % (r.choice(self.projects).capitalize(), r.choice(self.agencies),
                                                 self.date(y, r.randint(1, 12), r.randint(1, 28)),
                                                 self.fill(r.choice(SENTENCES))))
        self.emit("")

    def glossary(self):
        self.emit("## Glossary", "")
        for term, meaning in [("DASH", "the domestic abuse, stalking and harassment risk checklist"),
                              ("IDVA", "independent domestic violence adviser"),
                              ("MARAC", "multi-agency risk assessment conference"),
                              ("MASH", "multi-agency safeguarding hub")]:
            self.emit("- **%s**: %s; see %s" % (term, meaning, self.link()))
        self.emit("")

    def front_matter(self):
        r = self.rng
        year = self.start_year + r.randint(4, 6)
        published = "%d-%02d-%02d" % (2026, r.randint(1, 6), r.randint(1, 28))
        qa = "%d-%02d-%02d" % (2025, r.randint(1, 12), r.randint(1, 28))
        reviewed = "2026-%02d-%02d" % (r.randint(7, 10), r.randint(1, 28))
        roles = [(self.v, ROLES[0][0]), (self.p, ROLES[1][0]), (self.f, ROLES[2][0]), (self.c, ROLES[3][0])]
        lines = ["---", "type: dhr",
                 'title: "Domestic Homicide Review: %s (%d)"' % (self.v, year),
                 'summary: "A review of how agencies in %s supported %s before the homicide in %s %d."'
                 % (self.places[0], self.v, MONTHS[r.randint(0, 11)], year),
                 "status: published", "published: " + published, "reviewed: " + reviewed,
                 "home_office_qa: " + qa, "pseudonyms:"]
        for name, role in roles:
            lines += ["  - name: %s" % name, "    role: %s" % role]
        lines.append("topics:")
        lines += ["  - " + t for t in r.sample(TOPICS, 3)]
        lines += ["---", ""]
        return lines

    def render(self, target):
        self.summary()
        self.agencies_list()
        self.terms()
        # Grow the long parts until the review reaches its target size.
        self.chronology()
        self.findings()
        while sum(len(x) + 1 for x in self.out) < target:
            self.start_year += 5
            self.chronology()
        self.action_plan()
        self.glossary()
        return "\n".join(self.front_matter() + self.out) + "\n"


SITE_YML = """title: Benchmark B Community Safety Partnership
base_url: https://bench-b.example/
language: en-GB
review_interval_months: 12
accessibility:
  prepared: 2026-01-01
  known_issues: []
  contact_email: web@bench-b.example
"""

HUGO_TOML = """baseURL = "https://bench-b.example/"
title = "Benchmark B Community Safety Partnership"
contentDir = "../content"
ignoreFiles = ["\\\\.yml$"]
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
"""
HUGO_PAGE = ('<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
             '</head>\n<body><main><h1>{{ .Title }}</h1>%s</main></body></html>\n')


def put(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def lint(content, binary):
    if not binary:
        here = os.path.dirname(os.path.abspath(__file__))
        binary = os.path.join(here, "..", "..", ".build", "release", "reviewsite")
    if not os.access(binary, os.X_OK):
        print("generate_corpus_b: %s not built; lint check skipped" % binary, file=sys.stderr)
        return
    run = subprocess.run([binary, "lint", "--content", content, "--date", LINT_DATE],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    errors = [l for l in run.stdout.splitlines() if re.search(r": error\[[a-z0-9-]+\]: ", l)]
    warnings = sum(1 for l in run.stdout.splitlines() if re.search(r": warning\[[a-z0-9-]+\]: ", l))
    if run.returncode != 0 or errors:
        sys.stderr.write("\n".join(run.stdout.splitlines()[-20:]) + "\n")
        sys.exit("generate_corpus_b: reviewsite lint reports errors on the corpus (exit %d)" % run.returncode)
    print("lint: no errors, %d warning lines (full event dates are expected)" % warnings, file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1000, help="number of reviews (default 1000)")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--out", required=True, help="folder to write content/ and hugo/ into (replaced)")
    ap.add_argument("--reviewsite", help="binary for the lint check (default .build/release/reviewsite)")
    ap.add_argument("--no-check", action="store_true", help="do not run reviewsite lint afterwards")
    a = ap.parse_args()
    content, hugo = os.path.join(a.out, "content"), os.path.join(a.out, "hugo")
    for d in (content, hugo):
        shutil.rmtree(d, ignore_errors=True)
    put(os.path.join(content, "site.yml"), SITE_YML)
    total = 0
    for i in range(1, a.count + 1):
        rng = random.Random("%d/%d" % (a.seed, i))
        text = Review(rng, i, a.count).render(rng.randint(25000, 55000))
        total += len(text.encode("utf-8"))
        put(os.path.join(content, "reviews", "case-%05d.md" % i), text)
    put(os.path.join(hugo, "config.toml"), HUGO_TOML)
    put(os.path.join(hugo, "layouts", "_default", "single.html"), HUGO_PAGE % "{{ .Content }}")
    put(os.path.join(hugo, "layouts", "_default", "list.html"),
        HUGO_PAGE % '<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>')
    put(os.path.join(hugo, "layouts", "index.html"),
        HUGO_PAGE % '<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>')
    print("corpus B: %d reviews, %.1f MB, seed %d, in %s" % (a.count, total / 1e6, a.seed, content),
          file=sys.stderr)
    if not a.no_check:
        lint(content, a.reviewsite)


if __name__ == "__main__":
    main()
