#!/usr/bin/env python3
"""Generates a deterministic benchmark corpus of DHR-sized reviews for `make bench`.

    python3 scripts/bench/generate_corpus.py --count 1000 --seed 7 --out /tmp/corpus

writes OUT/content/ (site.yml and reviews/dhr-review-NNNNN.md, valid ReviewSite content
that lints with no errors) and OUT/hugo/ (a minimal Hugo site whose contentDir is the same
content folder, rendering every page with a trivial template).

Same count and seed, same bytes: every document has its own random.Random(seed, index).
Standard library only. Everyone in the corpus is fictional and written the way the
anonymisation rules require: pseudonyms only ("Adult A12", "Child 1"), agency names,
months and years but never a full date in prose, no phone numbers, postcodes, emails or
titled names ("Dr X").
"""

import argparse
import datetime
import os
import random
import shutil
import sys

BUILD_DATE = datetime.date(2026, 11, 27)

AGENCIES = [
    "Avonmere Police", "Avonmere Council Adult Social Care", "Avonmere Council Children's Services",
    "Avonmere NHS Foundation Trust", "the GP practice", "the ambulance service",
    "the community drug and alcohol service", "the Probation Service", "the IDVA service",
    "Avonmere Homes", "the MARAC", "the school", "the health visiting service",
    "the mental health crisis team", "the Department for Work and Pensions",
]
# Months only (never a day): the rules refuse full dates in prose. Months that are also
# first names (May, June, April, August) are left out so no name rule can ever fire.
MONTHS = ["January", "February", "March", "July", "September", "October", "November", "December"]
TOPICS = ["coercive control", "adult family violence", "older people", "carers", "substance misuse",
          "mental health", "economic abuse", "stalking", "children", "housing", "rural isolation",
          "disability", "honour-based abuse", "suicide", "multi-agency working"]

# Sentence templates: {v} victim, {p} perpetrator, {c} child, {f} family member, {a}/{b}
# agencies, {m} month and year. Plain lower-case vocabulary otherwise.
SENTENCES = [
    "{a} had contact with {v} on several occasions during {m}.",
    "The review found that {a} did not share what it knew with {b}.",
    "{v} told a worker from {a} that {p} was controlling the household money.",
    "A risk assessment was completed by {a} and graded as standard risk.",
    "The panel considered whether {b} should have made a referral to the MARAC at that point.",
    "{f} told the review that the family had been worried for a long time.",
    "{p} was not known to {b} before {m}.",
    "There is no record that anyone asked {v} about her safety when she was seen alone.",
    "The chronology shows a pattern of escalating incidents that no single agency could see.",
    "{a} accepts that its records were incomplete and has already changed its practice.",
    "Professionals described {v} as private, loyal to her family and reluctant to ask for help.",
    "{c} was seen by {b} and no concerns were recorded about the home.",
    "The review was told that staff turnover in {a} meant the case passed between several workers.",
    "When the police attended in {m}, {p} had left before they arrived.",
    "A safeguarding concern was raised by {a} but was closed without a conversation with {v}.",
    "The independent chair met {f} twice and shared the draft report before it was finalised.",
    "This was a missed opportunity to recognise coercive and controlling behaviour.",
    "The learning for {a} is that professional curiosity must extend to the whole household.",
    "{b} told the review that it had no capacity to follow up missed appointments at that time.",
    "In {m} {v} moved to temporary accommodation arranged by {a}.",
    "{p} was later convicted of murder and sentenced to life imprisonment.",
    "Information held by {a} about previous relationships was not requested by {b}.",
    "The panel noted good practice by {a}, which made a prompt and well evidenced referral.",
    "The health records show that {v} attended with injuries that were explained as accidents.",
    "Agencies did not always understand how economic abuse can limit a victim's choices.",
    "The review heard that {c} was often present when incidents happened.",
    "{f} had tried to raise concerns with {a} but did not know who to speak to.",
    "Risk was assessed incident by incident rather than as a pattern over time.",
    "The review considered the impact of the pandemic restrictions on how services were delivered.",
    "No agency held a complete picture of the relationship between {v} and {p}.",
]
PHRASES = ["in practice", "at that time", "as the chronology shows", "in the view of the panel",
           "with hindsight", "on the evidence available", "for several months", "on each occasion"]
SECTIONS = ["Executive summary", "The review process", "Terms of reference", "Background",
            "Chronology", "Analysis of agency involvement", "Key findings", "Views of the family",
            "Equality and diversity", "Good practice", "Learning", "Conclusions", "Recommendations",
            "Action plan"]


def slug(i):
    return "dhr-review-%05d" % (i + 1)


def add_days(d, n):
    return d + datetime.timedelta(days=n)


class Doc:
    def __init__(self, i, count, seed):
        self.i, self.count = i, count
        self.r = random.Random("%d:%d" % (seed, i))
        n = i + 1
        self.v, self.p, self.f = "Adult A%d" % n, "Adult B%d" % n, "Adult C%d" % n
        self.c = "Child 1"
        self.year = 2019 + i % 5

    def month(self):
        return "%s %d" % (self.r.choice(MONTHS), self.year + self.r.randint(0, 2))

    def fill(self, template):
        r = self.r
        return template.format(v=self.v, p=self.p, c=self.c, f=self.f, a=r.choice(AGENCIES),
                               b=r.choice(AGENCIES), m=self.month())

    def sentence(self):
        s = self.fill(self.r.choice(SENTENCES))
        if self.r.random() < 0.15:
            s = s[:-1] + ", " + self.r.choice(PHRASES) + "."
        s = s[0].upper() + s[1:]
        if self.r.random() < 0.05:
            s = s.replace(" not ", " *not* ", 1)
        return s

    def link(self):
        # Only to reviews that exist; sometimes to a heading that exists in every review.
        other = self.r.randrange(self.count)
        frag = "#1-executive-summary" if self.r.random() < 0.3 else ""
        return "[the review into the death of Adult A%d](/reviews/%s/%s)" % (other + 1, slug(other), frag)

    def paragraph(self, number):
        parts = [self.sentence() for _ in range(self.r.randint(4, 8))]
        if self.count > 1 and self.r.random() < 0.12:
            parts.append("The panel compared this with %s." % self.link())
        return number + " " + " ".join(parts)

    def chronology(self, out):
        for _ in range(self.r.randint(6, 12)):
            out.append("- **%s**" % self.month())
            for _ in range(self.r.randint(1, 3)):
                out.append("  - " + self.sentence())
                if self.r.random() < 0.3:
                    for _ in range(self.r.randint(1, 2)):
                        out.append("    - " + self.sentence())
        out.append("")

    def action_plan(self, out, recs):
        out += ["```table", "caption: Action plan for the review into the death of %s" % self.v,
                "row-headers: yes", "| Recommendation | Action | Lead agency | Target date |",
                "| --- | --- | --- | --- |"]
        for k in range(1, recs + 1):
            out.append("| %d | %s | %s | %s |" % (k, self.sentence().rstrip(".").replace("|", ""),
                                                  self.r.choice(AGENCIES), self.month()))
        out += ["```", ""]

    def body(self):
        # Counts words as `wc -w` would (front matter excluded) and spreads what is left of
        # the target over the prose sections still to come, so every review lands in range.
        target = self.r.randint(8000, 14600)
        out = []
        prose_left = len(SECTIONS) - 2
        for k, name in enumerate(SECTIONS, start=1):
            out += ["## %d. %s" % (k, name), ""]
            if name == "Action plan":
                self.action_plan(out, self.r.randint(4, 9))
                out.append("%d.1 The partnership board receives a progress report on this action plan every quarter." % k)
                out.append("")
                continue
            if name == "Recommendations":
                for j in range(1, self.r.randint(4, 9) + 1):
                    out += ["%d. %s" % (j, self.sentence()), ""]
                continue
            words = sum(len(l.split()) for l in out)
            share = (target - words) / prose_left
            prose_left -= 1
            written = 0
            j = 0
            while written < share:
                j += 1
                n0 = len(out)
                out += [self.paragraph("%d.%d" % (k, j)), ""]
                if name == "Chronology" and j % 3 == 0:
                    self.chronology(out)
                if name == "Analysis of agency involvement" and j % 5 == 0:
                    agency = self.r.choice(AGENCIES)
                    out += ["### %d.%d.1 %s" % (k, j, agency[0].upper() + agency[1:]), ""]
                written += sum(len(l.split()) for l in out[n0:])
        return "\n".join(out) + "\n"

    def front_matter(self):
        r = self.r
        published = add_days(datetime.date(2025, 1, 6), r.randrange(640))
        qa = add_days(published, -r.randint(20, 120))
        low = max(published, datetime.date(2026, 1, 5))
        reviewed = add_days(low, r.randrange(max(1, (datetime.date(2026, 11, 20) - low).days)))
        topics = r.sample(TOPICS, r.randint(2, 4))
        lines = ["---", "type: dhr",
                 'title: "DHR: Adult A%d (%d)"' % (self.i + 1, self.year),
                 'summary: "The review into the death of %s, who was killed by her partner, %s, in %s. '
                 'It looks at how agencies responded to coercive control."' % (self.v, self.p, self.month()),
                 "status: published",
                 "published: %s" % published.isoformat(),
                 "reviewed: %s" % reviewed.isoformat(),
                 "home_office_qa: %s" % qa.isoformat(),
                 "pseudonyms:",
                 "  - name: %s" % self.v, "    role: the victim",
                 "  - name: %s" % self.p, "    role: her partner, convicted of her murder",
                 "  - name: %s" % self.f, "    role: her sister",
                 "  - name: %s" % self.c, "    role: her son",
                 "topics:"] + ["  - %s" % t for t in topics] + ["---", ""]
        return "\n".join(lines)


SITE_YML = """title: Benchmark Community Safety Partnership
base_url: https://bench.example/
review_interval_months: 12
accessibility:
  prepared: 2026-01-01
  known_issues: []
  contact_email: web@bench.example
"""

HUGO_CONFIG = """baseURL = "https://bench.example/"
title = "Benchmark Community Safety Partnership"
contentDir = "../content"
ignoreFiles = ["\\\\.yml$"]
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = false
"""
HUGO_SINGLE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
"""
HUGO_LIST = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1000, help="number of reviews (default 1000)")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--out", required=True, help="folder to write content/ and hugo/ into (replaced)")
    a = ap.parse_args()
    if a.count < 1:
        sys.exit("--count must be at least 1")
    content = os.path.join(a.out, "content")
    hugo = os.path.join(a.out, "hugo")
    for d in (content, hugo):
        shutil.rmtree(d, ignore_errors=True)
    write(os.path.join(content, "site.yml"), SITE_YML)
    total_words = 0
    for i in range(a.count):
        doc = Doc(i, a.count, a.seed)
        front, body = doc.front_matter(), doc.body()
        total_words += len(body.split())
        write(os.path.join(content, "reviews", slug(i) + ".md"), front + body)
    write(os.path.join(hugo, "config.toml"), HUGO_CONFIG)
    write(os.path.join(hugo, "layouts", "_default", "single.html"), HUGO_SINGLE)
    write(os.path.join(hugo, "layouts", "_default", "list.html"), HUGO_LIST)
    write(os.path.join(hugo, "layouts", "index.html"), HUGO_LIST)
    print("corpus: %d reviews, about %d words (%.0f per review), seed %d, in %s"
          % (a.count, total_words, total_words / a.count, a.seed, content))


if __name__ == "__main__":
    main()
