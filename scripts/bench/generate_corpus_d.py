#!/usr/bin/env python3
"""Held-out benchmark corpus D for ReviewSite: a bilingual (English and Welsh) CSP site of
many small pages, lists, wide tables and cross-links.

This generator was written BLIND, as a new held-out corpus once corpus C was spent (C is now
profiled). Its author did not read ReviewSite's source code, its benchmark notes, the
profiling script, the git history or the bodies of the other generators (generate_corpus.py,
generate_corpus_b.py, generate_corpus_c.py); only docs/content-format.md, bench.sh (for the
command-line interface and the Hugo copy), the docstring of generate_corpus_c.py (so that D
would be shaped differently), a public partnership page for tone and `reviewsite --help`.
It was checked only by building and linting a small generated corpus and looking at the
error count; it was never profiled. Report timings on it; never profile or tune on it.

Interface (the same as the other generators, as bench.sh calls them):

    python3 generate_corpus_d.py --count N --seed S --out DIR

writes DIR/content (a ReviewSite content folder: site.yml, reviews/, briefings/, pages) and
DIR/hugo (the same Markdown bodies as a minimal Hugo site: config.toml, content/ with the
same paths, `index.md` renamed `_index.md`, and three one-line layouts). The output is
deterministic for a given N and seed (each review is generated from its own seeded random
stream); the content is about 65 KB per review on disk (about 65 MB for N=1000 by `du -sh`,
58 MB of Markdown, as many small files fill part of a disk block) and grows linearly with N.

Shape: the site of a fictional Welsh partnership (Bro Caeron) that publishes in English and
Welsh, chosen to differ from C (reviews split into many parts, long Word-pasted paragraphs,
footnotes, many pseudonyms):
- ONE English file per review, flat in reviews/, with a heavy-tailed size (most 20-45 KB,
  about a fifth 45-80 KB, a few 100-300 KB), plus a Welsh executive summary
  (`-crynodeb`, also `type: dhr`) for a bit over half of the reviews;
- short paragraphs (one to three sentences) and MANY headings (numbered h2/h3/h4 sections,
  one h4 per agency in the analysis); most of the bulk is LISTS OF SHORT LINES: chronology
  bullets with event dates written a dozen different ways (14/03/2019, 14.3.19, 14th March
  2019, Tuesday 14 March, March 2019, spring 2019, 2019-03-14, Welsh "14 Mawrth 2019"),
  nested terms-of-reference and recommendation lists, "people involved" lists;
- WIDE pipe tables: agency contacts by year (10-14 columns), action plans (9 columns),
  panel membership, with inline emphasis in the cells;
- dense inline markup: **bold**, *italic*, `code spans` for reference numbers
  (`BC-DHR-2021-0007`, `MARAC/2019/114`), inline links between reviews, briefings, glossary
  pages and the site's own learning-theme hub page for each topic (only to pages that are
  live; another review is named by its reference, not its pseudonym), and external links;
- Unicode-heavy text: curly quotes, em and en dashes, Welsh accents (ŵ, ŷ, â, ê, ô),
  accented pseudonyms (Siân, Gwenllïan, Llŷr, Zoë), no emoji;
- many SMALL files: about 2.4 "7-minute briefings" per review (about 2 KB each, a third in
  Welsh, filed in nested folders briefings/<year>/<theme>/ and briefings/cymraeg/<year>/),
  and about one partnership page per three reviews (sub-group pages, meeting notes nested
  four or five folders deep, Welsh mirrors under cymraeg/), plus long glossary pages
  (one per 50 reviews, 60-130 KB of "**Term** — definition" lines) and learning-theme hub
  pages that are mostly links;
- long front-matter summaries (two to four sentences), 4-6 pseudonyms, 3-8 topics from a
  declared site.yml list of 32; drafts, withdrawn and embargoed files (about 12%);
  `reviewed` dates mostly in the last year, one in five older (review-due warnings);
- Welsh words that are also English given names (Pam, Beth, Mai) are waived with `allow:`
  entries, file by file, as a Welsh site has to.

For N=1000 (seed 7): about 4,370 Markdown files, 58 MB of Markdown, 66 MB on disk
(`du -sh`); the English reviews have a median of about 36 KB and a maximum of about 300 KB.

It lints and builds with no errors; it gives warnings (event-date on most reviews,
review-due on about one file in eight). No attachments and no raw HTML. Everything is
fictional: partnership, places, agencies, people (only declared pseudonyms and the
public_names in site.yml appear). The only phone
numbers and email addresses are the helplines and service mailboxes declared in site.yml.
"""

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import unicodedata

BUILD_DATE = dt.date(2026, 11, 27)  # bench.sh builds with --date 2026-11-27

# --------------------------------------------------------------------------------------------
# Site-wide facts

SITE_TITLE = "Bro Caeron Community Safety Partnership"
CONTACT_EMAIL = "diogelwch.cymunedol@brocaeron.example"
ACCESS_EMAIL = "hygyrchedd@brocaeron.example"
DHR_MAILBOX = "dhr.panel@brocaeron.example"
ACCESS_PHONE = "01632 960183"

HELPLINES = [
    ("Live Fear Free Helpline", "0808 80 10 800", "https://gov.wales/live-fear-free",
     "Free, confidential, 24 hours a day, in English and Welsh"),
    ("National Domestic Abuse Helpline", "0808 2000 247", "https://www.nationaldahelpline.org.uk/",
     "Free, confidential, 24 hours a day"),
    ("Men's Advice Line", "0808 801 0327", "https://mensadviceline.org.uk/",
     "Monday to Friday, 10am to 8pm"),
    ("Samaritans", "116 123", "https://www.samaritans.org/", "Any time, day or night"),
]

PUBLIC_NAMES = ["Nerys Prydderch", "Huw Tregarth", "Alys Mortimer-Bowen", "Geraint Llewelyn",
                "Rosalind Achterberg", "Teleri Vaughan-Price"]
CHAIRS = PUBLIC_NAMES[1:]

TOPICS = [
    "coercive control", "economic abuse", "stalking", "non-fatal strangulation",
    "older people", "adult family homicide", "suicide following domestic abuse",
    "mental health", "alcohol and substance use", "housing and homelessness",
    "children and young people", "pregnancy and maternity", "disability",
    "rural isolation", "Welsh language needs", "immigration status", "honour-based abuse",
    "male victims", "LGBTQ+ victims", "carers", "MARAC", "risk assessment",
    "information sharing", "professional curiosity", "GP and primary care",
    "police response", "probation", "employers", "faith communities",
    "technology-facilitated abuse", "bereavement support", "think family",
]

AGENCIES = [
    ("Caeron Police", "CP"), ("Bro Caeron University Health Board", "BCUHB"),
    ("Caeron County Council Adult Services", "CCC-AS"),
    ("Caeron County Council Children's Services", "CCC-CS"),
    ("Probation Service (Wales)", "PS"), ("Welsh Ambulance Service", "WAS"),
    ("Hafan Caeron Domestic Abuse Service", "HCDAS"), ("Pontgarreg Housing Association", "PHA"),
    ("Teifion Housing Association", "THA"), ("Caeron Substance Misuse Service", "CSMS"),
    ("Community Mental Health Team (Llanfeidr)", "CMHT"), ("Aberhafren Medical Practice", "AMP"),
    ("Maesglas Surgery", "MS"), ("Caeron Fire and Rescue Service", "CFRS"),
    ("Department for Work and Pensions", "DWP"), ("Victim Support Cymru", "VSC"),
    ("Caeron Citizens Advice", "CCA"), ("Ysgol Uwchradd Pontgarreg", "YUP"),
]

PLACES = ["Llanfeidr", "Aberhafren", "Pontgarreg", "Cwm Tawelan", "Trefynach", "Maesglas",
          "Penrhos Isaf", "Glan-y-môr", "Caerwen", "Rhydyfelin Uchaf", "Bryn Teifion", "Nant-y-ddôl"]

SUBGROUPS = [
    ("domestic-abuse-and-sexual-violence", "Domestic abuse and sexual violence", "Cam-drin domestig a thrais rhywiol"),
    ("serious-violence", "Serious violence", "Trais difrifol"),
    ("substance-misuse", "Substance misuse area planning board", "Bwrdd cynllunio camddefnyddio sylweddau"),
    ("anti-social-behaviour", "Anti-social behaviour", "Ymddygiad gwrthgymdeithasol"),
    ("prevent-and-contest", "Prevent and Contest", "Atal a Contest"),
    ("modern-slavery", "Modern slavery and exploitation", "Caethwasiaeth fodern a chamfanteisio"),
    ("road-safety", "Road safety", "Diogelwch ar y ffyrdd"),
    ("dhr-standing-panel", "DHR standing panel", "Panel sefydlog ADD"),
]

# (name, slug) pseudonyms, Welsh and English, with accents
VICTIM_NAMES = ["Anwen", "Siân", "Eirlys", "Ffion", "Llinos", "Cerys", "Heledd", "Mererid",
                "Gwenllïan", "Nia", "Lowri", "Bethan", "Catrin", "Elin", "Mared", "Zoë",
                "Rhiannon", "Olwen", "Tegwen", "Dilys", "Megan", "Ruth", "Hannah", "Amelie",
                "Seren", "Tirion", "Heulwen", "Myfanwy", "Eluned", "Angharad", "Non", "Gwawr",
                "Glenys", "Mair", "Nansi", "Beca", "Ceinwen", "Morfudd", "Awen", "Efa"]
OTHER_NAMES = ["Bryn", "Carwyn", "Deiniol", "Einion", "Gwion", "Idris", "Macsen", "Peredur",
               "Rhun", "Gethin", "Dafydd", "Wyn", "Alun", "Hedd", "Ianto", "Medwyn", "Owain",
               "Steffan", "Trystan", "Llŷr", "Marc", "Jac", "Elis", "Gruff", "Iolo", "Osian",
               "Rhodri", "Tomos", "Aled", "Emrys"]
PERP_RELATIONS = ["partner", "husband", "former partner", "son", "boyfriend", "grandson"]
RELATIONS = ["son", "brother", "father", "grandson", "carer", "lodger", "nephew", "neighbour",
             "friend", "colleague", "former husband", "stepson"]

WELSH_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf",
                "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SEASONS = ["winter", "spring", "spring", "spring", "summer", "summer", "summer", "autumn",
           "autumn", "autumn", "winter", "winter"]


def slugify(text):
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    out, dash = [], False
    for c in t:
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def q(text):
    """A double-quoted YAML scalar (text never holds a straight double quote or backslash)."""
    assert '"' not in text and "\\" not in text, text
    return '"' + text + '"'


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def event_date(r, d, welsh=False):
    """An event date written one of the many ways real reports write them."""
    if welsh:
        k = r.randrange(4)
        if k == 0:
            return "%d %s %d" % (d.day, WELSH_MONTHS[d.month - 1], d.year)
        if k == 1:
            return "%s %d" % (WELSH_MONTHS[d.month - 1], d.year)
        if k == 2:
            return "%02d/%02d/%d" % (d.day, d.month, d.year)
        return "%d.%d.%s" % (d.day, d.month, str(d.year)[2:])
    k = r.randrange(12)
    if k == 0:
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if k == 1:
        return "%d.%d.%s" % (d.day, d.month, str(d.year)[2:])
    if k == 2:
        return "%s %s %d" % (ordinal(d.day), EN_MONTHS[d.month - 1], d.year)
    if k == 3:
        return "%s %d %s" % (EN_DAYS[d.weekday()], d.day, EN_MONTHS[d.month - 1])
    if k == 4:
        return "%s %d" % (EN_MONTHS[d.month - 1], d.year)
    if k == 5:
        return "%s %d" % (SEASONS[d.month - 1], d.year)
    if k == 6:
        return d.isoformat()
    if k == 7:
        return "%d %s %d" % (d.day, EN_MONTHS[d.month - 1][:3], d.year)
    if k == 8:
        return "%d %s %d" % (d.day, EN_MONTHS[d.month - 1], d.year)
    if k == 9:
        return "%s %d" % (["early", "mid", "late"][min(2, (d.day - 1) // 10)] + "-" + EN_MONTHS[d.month - 1], d.year)
    if k == 10:
        return "%d/%d/%s" % (d.day, d.month, str(d.year)[2:])
    return "%s %d" % (EN_MONTHS[d.month - 1], d.day) + ", %d" % d.year


def gov_date(d):
    return "%d %s %d" % (d.day, EN_MONTHS[d.month - 1], d.year)


# --------------------------------------------------------------------------------------------
# Text banks (English)

EN_OPEN = [
    "This review was commissioned by {csp} under section 9 of the Domestic Violence, Crime and Victims Act 2004.",
    "The panel met {k} times between {m1} and {m2}; {chair} chaired every meeting.",
    "The partnership offers its deepest sympathy to {v}’s family, who took part in the review and helped the panel understand who {v} was.",
    "{v}’s family chose the pseudonym *{v}*; it is used throughout this report.",
    "The review covers the period from {m1} to the date of {v}’s death.",
    "Agencies were asked to secure their records as soon as the review was agreed.",
    "The report follows the statutory guidance (2016) and, where it helped, the revised guidance published in 2024.",
    "The panel was told about the homicide by {a} within five working days.",
]
EN_PARA = [
    "{A} had contact with {v} on {n} occasions during the review period.",
    "There is no record that anyone asked {v} directly about abuse at home.",
    "The panel heard that {v} was close to her family and spoke Welsh at home; some services could not offer that.",
    "On reflection, the {role} told the panel that the signs were there but were seen one at a time.",
    "The DASH risk assessment was completed by telephone and scored *standard* risk.",
    "{q} was known to {A} for offences unrelated to {v}; that history was not shared with the {role}.",
    "Referral `{ref}` was closed after a single attempt at contact.",
    "Nobody held the whole picture: each agency saw a small part of it — and none of them asked the others.",
    "This is a finding about the system, not about any one practitioner.",
    "The IMR author found the record keeping **clear and timely**, but the analysis thin.",
    "Both {v} and {q} were registered with {A}.",
    "{v} cancelled three appointments in a row; nobody followed up on the pattern.",
    "The panel could not establish whether a safeguarding referral was sent; no copy survives.",
    "{A} accepts this finding and has already changed its procedure (see recommendation {rn}).",
    "Family members described {q} as “charming in public and someone else at home”.",
    "The MARAC reference was `{ref}`; the case was heard once and not listed again.",
    "Professional curiosity — asking the next question — would have made a difference here.",
    "The panel notes the pressure that {A} was under at the time; staffing was at 68% of establishment.",
    "There was no interpreter booked, and {v} was not offered a Welsh-speaking worker.",
    "{v}’s employer noticed changes in her and, to its credit, asked whether she was safe.",
    "This was the *first* time that {v} disclosed controlling behaviour to any professional.",
    "The record says “no concerns” but does not say who was asked, or how.",
    "{q} told the {role} that he was the one being abused; this was accepted without question.",
    "It is not possible to know whether a different response would have changed the outcome.",
    "The panel was pleased to see the quality of {A}’s chronology, which ran to {n} entries.",
    "A housing transfer was requested in {m1} and was still pending at the time of the homicide.",
    "{v} had a long-term health condition that limited her mobility — she relied on {q} for transport.",
    "The {role} made a referral to Hafan Caeron, but {v} declined support after {q} returned home.",
    "Case notes were held in two systems that did not talk to each other (`{sys}` and `{sys2}`).",
    "Learning from this review echoes the findings of [{other}]({otherurl}).",
]
EN_ROLES = ["GP", "practice nurse", "health visitor", "IDVA", "social worker", "police officer",
            "call handler", "housing officer", "probation officer", "mental health nurse",
            "paramedic", "support worker", "substance misuse worker", "community psychiatric nurse",
            "safeguarding lead", "school nurse", "duty sergeant", "triage nurse"]
SYSTEMS = ["WCCIS", "Niche", "EMIS", "Welsh PAS", "Delius", "OASys", "Modern.gov", "Liquidlogic",
           "CRMS", "OpenHousing"]
EN_CHRON = [
    "{A} recorded a call from {v}; she reported an argument and asked for advice.",
    "{v} attended {A} with bruising to her forearm; she said she had fallen.",
    "{q} was arrested for criminal damage at the family home; released under investigation.",
    "Neighbour called police (incident `{ref}`) about shouting; officers attended; *no offences disclosed*.",
    "{v} saw the {role} about low mood; antidepressants prescribed.",
    "DASH completed: **{risk}** risk; referral to Hafan Caeron sent.",
    "MARAC heard the case (`{ref}`); actions for {A} and {A2}.",
    "{v} missed an appointment with the {role}; letter sent.",
    "{q} told his probation officer he had moved out; this was not checked.",
    "Housing officer visited for a tenancy check — {v} was not seen alone.",
    "{v} phoned the Live Fear Free Helpline (recorded by {A} at a later date).",
    "Ambulance called to the address; {v} declined to go to hospital.",
    "{v} told a friend she was frightened of {q}.",
    "{A} received an anonymous letter raising concerns; filed without action.",
    "School reported that {c} appeared tired and withdrawn.",
    "{q} attended A&E with a hand injury; no questions about how it happened.",
    "Child protection strategy discussion held; threshold *not* met.",
    "{v} applied for a non-molestation order; withdrew it three weeks later.",
    "Clare’s Law application made by {v}’s sister; disclosure given on {d2}.",
    "{v} and {q} separated; {q} moved to {place}.",
    "{q} sent {n} messages to {v} in one evening (later found on her phone).",
    "GP review — “patient well, no concerns”.",
    "Referral to the Community Mental Health Team for {q}; triaged as routine.",
    "{v} asked {A} about changing the locks; told to contact her landlord.",
    "Police welfare check requested by {v}’s mother; {v} said she was fine.",
    "Universal Credit claim changed to a joint claim at {q}’s request.",
    "Fire safety visit by Caeron Fire and Rescue; smoke alarms fitted, no concerns noted.",
    "{v} disclosed non-fatal strangulation to the IDVA; the risk was re-scored as **high**.",
    "The homicide: {q} killed {v} at their home in {place}.",
]
EN_TOR = [
    "What did each agency know about domestic abuse in the relationship?",
    "Were risk assessments completed, and were they *shared*?",
    "How did agencies respond to {v}’s health needs?",
    "Was {v} offered services in Welsh, and did that matter?",
    "What did agencies know about {q}’s history?",
    "Did agencies think about the children in the household?",
    "Was information shared in time, and with the right people?",
    "Were there barriers to {v} asking for help?",
    "How did rurality affect access to services?",
    "What did friends, family and employers know?",
    "Did agencies show professional curiosity?",
    "Were there missed opportunities to refer to MARAC?",
    "How well did agencies understand coercive and controlling behaviour?",
    "What was the impact of the pandemic on services?",
]
EN_LESSON = [
    "Ask about abuse — routinely, and alone.",
    "A *standard* DASH score is not the same as *safe*.",
    "Record the voice of the victim, in her own words.",
    "Share early; the law allows it.",
    "Look at the pattern, not the incident.",
    "Offer the Welsh language without being asked (the *active offer*).",
    "Missed appointments are information.",
    "Counter-allegations need investigation, not acceptance.",
    "Older people experience domestic abuse too.",
    "Think about the whole family, including adult children.",
    "Check what you are told when the stakes are high.",
    "Joint claims for benefits can be a tool of economic abuse.",
    "Strangulation is a marker of serious risk — always.",
    "Rural victims may have one bus a day and no signal.",
]
EN_REC = [
    "{A} to audit its use of routine enquiry in {place} and report to the partnership.",
    "{A} to make sure that DASH assessments are shared with the GP within 48 hours.",
    "The partnership to write to the Home Office about the delay in quality assurance.",
    "{A} to train front-line staff on coercive control, with a focus on economic abuse.",
    "{A} to review its missed-appointment policy so that patterns are flagged.",
    "The partnership to commission a Welsh-language awareness campaign.",
    "{A} to add a prompt for counter-allegations to its domestic abuse procedure.",
    "{A} and {A2} to agree an information-sharing protocol for MARAC actions.",
    "The partnership to publish a 7-minute briefing on the learning from this review.",
    "{A} to check that staff know how to make a Clare’s Law referral.",
    "The Welsh Government to consider funding rural outreach IDVAs.",
    "{A} to include domestic abuse in its employee wellbeing policy.",
]
STATUS_RAG = ["**Complete**", "*On track*", "*Delayed*", "Not started", "**Complete** (evidence seen)",
              "Superseded", "*In progress*"]

# Welsh text bank
CY_PARA = [
    "Comisiynwyd yr adolygiad hwn gan Bartneriaeth Diogelwch Cymunedol Bro Caeron.",
    "Mae’r bartneriaeth yn estyn ei chydymdeimlad dwysaf i deulu a ffrindiau {v}.",
    "Roedd {v} yn {age} oed pan fu farw.",
    "Dewisodd teulu {v} y ffugenw a ddefnyddir yn yr adroddiad hwn.",
    "Cyfarfu’r panel {k} o weithiau rhwng {m1} a {m2}.",
    "Roedd gan {A} gysylltiad â {v} ar {n} achlysur.",
    "Nid oes cofnod bod unrhyw un wedi gofyn i {v} yn uniongyrchol am gam-drin yn y cartref.",
    "Roedd {v} yn siarad Cymraeg gartref, ond ni chynigiwyd gwasanaeth iddi yn Gymraeg.",
    "Cwblhawyd asesiad risg DASH dros y ffôn; y sgôr oedd risg *safonol*.",
    "Mae hwn yn ganfyddiad am y system, nid am unrhyw un ymarferydd.",
    "Byddai chwilfrydedd proffesiynol — gofyn y cwestiwn nesaf — wedi gwneud gwahaniaeth.",
    "Disgrifiodd y teulu {q} fel rhywun “hyfryd yn gyhoeddus, ond gwahanol iawn gartref”.",
    "Nid oedd gan unrhyw asiantaeth y darlun cyfan.",
    "Mae {A} yn derbyn y canfyddiad hwn ac mae eisoes wedi newid ei threfniadau.",
    "Roedd {v} yn byw mewn ardal wledig, gydag un bws y dydd a dim signal ffôn.",
    "Gwnaeth y gweithiwr cymorth atgyfeiriad i Hafan Caeron, ond gwrthododd {v} y cymorth.",
    "Ni ellir gwybod a fyddai ymateb gwahanol wedi newid y canlyniad.",
    "Rhannwyd gwybodaeth yn rhy hwyr, ac nid gyda’r bobl iawn.",
]
CY_LESSON = [
    "Gofynnwch am gam-drin — yn rheolaidd, ac ar eich pen eich hun.",
    "Nid yw sgôr DASH *safonol* yn golygu *diogel*.",
    "Cofnodwch lais y dioddefwr, yn ei geiriau ei hun.",
    "Rhannwch wybodaeth yn gynnar; mae’r gyfraith yn caniatáu hynny.",
    "Edrychwch ar y patrwm, nid ar y digwyddiad.",
    "Cynigiwch y Gymraeg heb i neb ofyn (y *cynnig rhagweithiol*).",
    "Mae apwyntiadau a gollwyd yn wybodaeth.",
    "Mae tagu nad yw’n angheuol yn arwydd o risg ddifrifol — bob amser.",
    "Mae pobl hŷn yn profi cam-drin domestig hefyd.",
    "Meddyliwch am y teulu cyfan, gan gynnwys plant sy’n oedolion.",
]
CY_CHRON = [
    "Ffoniodd {v} {A}; soniodd am ffrae a gofynnodd am gyngor.",
    "Aeth {v} at y meddyg teulu gyda chleisiau ar ei braich.",
    "Arestiwyd {q} am ddifrod troseddol; rhyddhawyd ef tra’n ymchwilio.",
    "Clywodd MARAC yr achos (`{ref}`).",
    "Methodd {v} apwyntiad; anfonwyd llythyr.",
    "Gwahanodd {v} a {q}; symudodd {q} i {place}.",
    "Datgelodd {v} dagu nad oedd yn angheuol i’r IDVA; ail-sgoriwyd y risg yn **uchel**.",
    "Lladdwyd {v} gan {q} yn eu cartref yn {place}.",
]

GLOSSARY_TERMS = [
    ("ACE", "adverse childhood experience: a stressful or traumatic event in childhood"),
    ("ADD", "Adolygiad Dynladdiad Domestig, the Welsh name for a Domestic Homicide Review"),
    ("Active offer", "offering a service in Welsh without someone having to ask for it"),
    ("CCB", "coercive and controlling behaviour, an offence under section 76 of the Serious Crime Act 2015"),
    ("Clare’s Law", "the Domestic Violence Disclosure Scheme: the right to ask and the right to know"),
    ("CMHT", "Community Mental Health Team"),
    ("DARDR", "Domestic Abuse Related Death Review, the name given by the Victims and Prisoners Act 2024"),
    ("DASH", "Domestic Abuse, Stalking, Harassment and Honour-based violence risk checklist"),
    ("DVPN / DVPO", "Domestic Violence Protection Notice and Order"),
    ("IDVA", "Independent Domestic Violence Adviser"),
    ("IMR", "Individual Management Review: an agency’s own account of its contact"),
    ("ISVA", "Independent Sexual Violence Adviser"),
    ("MAPPA", "Multi-Agency Public Protection Arrangements"),
    ("MARAC", "Multi-Agency Risk Assessment Conference"),
    ("MASH", "Multi-Agency Safeguarding Hub"),
    ("NFS", "non-fatal strangulation, an offence since June 2022"),
    ("Professional curiosity", "asking the next question, and checking what you are told"),
    ("RIU", "released under investigation"),
    ("Routine enquiry", "asking everyone, in certain settings, about abuse"),
    ("Section 9", "the part of the 2004 Act that requires a review to be held"),
    ("VAWDASV", "Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015"),
    ("Think family", "considering everyone in a household, not only the person in front of you"),
    ("Economic abuse", "controlling someone’s money, or their ability to earn, spend or keep it"),
    ("Stalking", "a pattern of fixated, obsessive, unwanted and repeated behaviour"),
    ("Safe enquiry", "asking about abuse only when the person is alone and it is safe to do so"),
    ("Ask and Act", "the Welsh Government’s targeted enquiry framework for public services"),
    ("Coroner", "the judicial officer who holds inquests into unnatural deaths"),
    ("Threshold", "the level of need or risk at which a service will act"),
    ("Chronology", "a list of every contact, in date order, that agencies had with the people in a review"),
    ("Panel", "the group of agency representatives who oversee a review"),
]


class Ctx:
    """Slot values for one document."""

    def __init__(self, r, v, qn, child, year, live_links):
        self.r = r
        self.v = v
        self.q = qn
        self.c = child
        self.year = year
        self.live_links = live_links

    def fill(self, tmpl, welsh=False):
        r = self.r
        a, a2 = r.sample(AGENCIES, 2)
        d1 = dt.date(self.year - r.randrange(1, 4), r.randrange(1, 13), 1)
        d2 = dt.date(self.year, r.randrange(1, 13), 1)
        months = WELSH_MONTHS if welsh else EN_MONTHS
        other, otherurl = (r.choice(self.live_links) if self.live_links
                           else ("the Home Office’s analysis of reviews",
                                 "https://www.gov.uk/government/collections/domestic-homicide-review"))
        return tmpl.format(
            csp=SITE_TITLE, v=self.v, q=self.q, c=self.c, A=a[0], A2=a2[0], a=a[0],
            role=r.choice(EN_ROLES), ref=ref_code(r, self.year), n=r.randrange(2, 48),
            **dict(zip(("sys", "sys2"), r.sample(SYSTEMS, 2))),
            k=r.randrange(4, 12), m1="%s %d" % (months[d1.month - 1], d1.year),
            m2="%s %d" % (months[d2.month - 1], d2.year), chair=r.choice(CHAIRS),
            rn=r.randrange(1, 12), risk=r.choice(["standard", "medium", "high"]),
            place=r.choice(PLACES),
            d2=event_date(r, d2), age=r.randrange(19, 88), other=other, otherurl=otherurl)


def ref_code(r, year):
    k = r.randrange(5)
    if k == 0:
        return "MARAC/%d/%03d" % (year - r.randrange(3), r.randrange(1, 400))
    if k == 1:
        return "BC-DHR-%d-%02d" % (year, r.randrange(1, 20))
    if k == 2:
        return "INC-%06d" % r.randrange(10**6)
    if k == 3:
        return "SR%05d/%s" % (r.randrange(10**5), str(year)[2:])
    return "REF-%s-%d" % (r.choice("ABCDEFGH"), r.randrange(100, 9999))


def paras(ctx, bank, n, welsh=False):
    out = []
    for _ in range(n):
        k = ctx.r.randrange(1, 4)
        out.append(" ".join(ctx.fill(t, welsh) for t in ctx.r.sample(bank, k)))
    return "\n\n".join(out) + "\n\n"


def cap(text):
    return text[:1].upper() + text[1:]


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n\n"


# --------------------------------------------------------------------------------------------
# Planning: every file's metadata first, so that links go only to live pages


def pick_size(r):
    """Heavy tail: the budget of one English review (its file comes out at roughly 0.8x)."""
    x = r.random()
    if x < 0.72:
        return int(r.uniform(13_500, 42_000))
    if x < 0.93:
        return int(r.uniform(42_000, 92_000))
    if x < 0.99:
        return int(r.uniform(105_000, 190_000))
    return int(r.uniform(250_000, 400_000))


def pick_status(r):
    x = r.random()
    if x < 0.88:
        return "published", None
    if x < 0.94:
        return "draft", None
    if x < 0.97:
        return "withdrawn", None
    return "published", BUILD_DATE + dt.timedelta(days=r.randrange(10, 200))


def dates(r, year):
    qa = dt.date(min(year + r.randrange(1, 3), 2026), r.randrange(1, 13), r.randrange(1, 29))
    if qa > dt.date(2026, 9, 1):
        qa = dt.date(2026, r.randrange(1, 9), r.randrange(1, 29))
    pub = qa + dt.timedelta(days=r.randrange(7, 80))
    reviewed = recent_review(r, pub)
    updated = pub + dt.timedelta(days=r.randrange(0, (reviewed - pub).days + 1))
    return qa, pub, updated, reviewed


def recent_review(r, pub):
    """Most pages were checked in the last year; about one in five has fallen behind."""
    span = (BUILD_DATE - pub).days - 3
    if span <= 0:
        return pub
    if r.random() < 0.8:
        return pub + dt.timedelta(days=span - r.randrange(0, min(span, 330)))
    return pub + dt.timedelta(days=r.randrange(0, span))


def plan(n, seed):
    reviews = []
    for i in range(n):
        r = random.Random("%d-review-%d" % (seed, i))
        v = r.choice(VICTIM_NAMES)
        qn = r.choice([x for x in OTHER_NAMES if x != v])
        year = r.randrange(2016, 2025)
        status, embargo = pick_status(r)
        qa, pub, upd, rev = dates(r, year)
        slug = "dhr-%s-%d-%04d" % (slugify(v), year, i)
        welsh = r.random() < 0.55
        wstatus, wembargo = (status, embargo) if r.random() < 0.9 else pick_status(r)
        nbrief = r.choice([0, 1, 1, 2, 2, 2, 3, 3, 4, 5])
        reviews.append(dict(
            i=i, v=v, q=qn, year=year, status=status, embargo=embargo, qa=qa, pub=pub,
            upd=upd, rev=rev, slug=slug, welsh=welsh, wslug=slug + "-crynodeb",
            wstatus=wstatus, wembargo=wembargo, nbrief=nbrief, size=pick_size(r),
            topics=r.sample(TOPICS, r.randrange(3, 9))))
    briefings = []
    for rv in reviews:
        r = random.Random("%d-briefs-%d" % (seed, rv["i"]))
        for k in range(rv["nbrief"]):
            welsh = r.random() < 0.33
            theme = r.choice(rv["topics"])
            status, embargo = pick_status(r)
            byear = min(rv["pub"].year + r.randrange(0, 2), 2026)
            slug = ("sesiwn-friffio-%s-%04d-%d" if welsh else "7-minute-briefing-%s-%04d-%d") % (
                slugify(theme)[:40], rv["i"], k)
            folder = ("briefings/cymraeg/%d" % byear if welsh
                      else "briefings/%d/%s" % (byear, slugify(theme)[:40]))
            briefings.append(dict(review=rv, k=k, welsh=welsh, theme=theme, status=status,
                                  embargo=embargo, slug=slug, path="%s/%s.md" % (folder, slug)))
    return reviews, briefings


def live(status, embargo):
    return status == "published" and embargo is None


# --------------------------------------------------------------------------------------------
# Writers


def front(fields):
    out = ["---"]
    for k, v in fields:
        if v is None:
            continue
        if isinstance(v, list):
            if not v:
                out.append("%s: []" % k)
            elif isinstance(v[0], dict):
                out.append("%s:" % k)
                for e in v:
                    first = True
                    for kk, vv in e.items():
                        out.append("%s%s: %s" % ("  - " if first else "    ", kk, q(vv)))
                        first = False
            else:
                out.append("%s:" % k)
                out += ["  - %s" % q(x) for x in v]
        elif isinstance(v, dt.date):
            out.append("%s: %s" % (k, v.isoformat()))
        else:
            out.append("%s: %s" % (k, q(v) if k in ("title", "summary") else v))
    out.append("---")
    return "\n".join(out) + "\n"


class Writer:
    def __init__(self, out):
        self.content = os.path.join(out, "content")
        self.hugo = os.path.join(out, "hugo")
        self.files = 0
        self.bytes = 0

    def write(self, rel, fields, body, title, date):
        text = front(fields) + body
        path = os.path.join(self.content, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        self.files += 1
        self.bytes += len(text.encode("utf-8"))
        # Hugo: the same body; index.md is a section's _index.md there.
        hrel = rel[:-len("index.md")] + "_index.md" if os.path.basename(rel) == "index.md" else rel
        hpath = os.path.join(self.hugo, "content", hrel)
        os.makedirs(os.path.dirname(hpath), exist_ok=True)
        draft = "false" if fields and dict(fields).get("status") == "published" else "true"
        with open(hpath, "w", encoding="utf-8", newline="\n") as f:
            f.write("---\ntitle: %s\ndate: %s\ndraft: %s\n---\n" % (
                json.dumps(title, ensure_ascii=False), date.isoformat(), draft))
            f.write(body)


def topic_url(t):
    # ReviewSite's own /topics/ pages cannot be linked to; the site keeps a hub page per topic.
    return "/learning/themes/%s/" % slugify(t)


# Welsh words that are also English given names: a Welsh site waives them, file by file.
WELSH_NOT_NAMES = {
    "Pam": "Welsh word ‘pam’ (why) in a heading; not a person",
    "Beth": "Welsh word ‘beth’ (what) in a heading; not a person",
    "Mai": "Welsh month name Mai (May) in a date; not a person",
}


def welsh_waivers(body):
    out = []
    for word, reason in WELSH_NOT_NAMES.items():
        if re.search(r"(?<![\w’'-])%s(?![\w’'-])" % word, body):
            out.append({"rule": "undeclared-name", "text": word, "reason": reason})
    return out


def review_ref(rv):
    return "BC-DHR-%d-%04d" % (rv["year"], rv["i"])


def review_label(rv):
    """How a review is named where its pseudonym is not declared: by its reference."""
    return "Review %s" % review_ref(rv)


def review_title(rv):
    return "DHR: %s (%d)" % (rv["v"], rv["year"])


def support_block(r):
    h = r.choice(HELPLINES)
    return ("## Support\n\nIf you are worried about yourself or someone else, the **%s** "
            "can help on %s (%s). In an emergency call 999. Questions about this review: %s.\n\n"
            % (h[0], h[1], h[3].lower(), DHR_MAILBOX))


def write_review(w, rv, live_reviews, brief_links, seed):
    r = random.Random("%d-body-%d" % (seed, rv["i"]))
    v, qn = rv["v"], rv["q"]
    child = "Child %d" % r.randrange(1, 4)
    extra = r.sample([x for x in OTHER_NAMES if x not in (v, qn)], r.randrange(1, 4))
    rel_of = {x: "%s’s %s" % (v, r.choice(RELATIONS)) for x in extra}
    others = [(t, u) for t, u in r.sample(live_reviews, min(6, len(live_reviews))) if u != "/reviews/%s/" % rv["slug"]]
    ctx = Ctx(r, v, qn, child, rv["year"], others + brief_links.get(rv["i"], []))
    perp_rel = r.choice(PERP_RELATIONS)
    pseud = [{"name": v, "role": "the victim, aged %d" % r.randrange(19, 88)},
             {"name": qn, "role": "the perpetrator, %s’s %s" % (v, perp_rel)},
             {"name": child, "role": "%s’s child" % v}]
    pseud += [{"name": x, "role": rel_of[x]} for x in extra]
    summary = ("The review into the death of %s, who was killed by %s in %s in %d. "
               "It looks at what %d agencies knew and finds %s. "
               "The panel makes %d recommendations, published here in English with a Welsh executive summary."
               % (v, "her " + perp_rel,
                  r.choice(PLACES), rv["year"], r.randrange(6, 16),
                  r.choice(["missed chances to share risk", "little professional curiosity",
                            "no routine enquiry about abuse", "that nobody held the whole picture"]),
                  r.randrange(6, 18)))
    if r.random() < 0.5:
        summary += " Read it with the 7-minute briefings on %s and %s." % tuple(r.sample(rv["topics"], 2))
    fields = [("type", "dhr"), ("title", review_title(rv)), ("summary", summary),
              ("status", rv["status"]), ("published", rv["pub"]), ("updated", rv["upd"]),
              ("reviewed", rv["rev"]), ("publish_from", rv["embargo"]), ("home_office_qa", rv["qa"]),
              ("pseudonyms", pseud), ("topics", rv["topics"])]
    target = rv["size"]
    b = []
    sec = [0]

    def h2(title):
        sec[0] += 1
        b.append("## %d. %s\n\n" % (sec[0], title))
        return sec[0]

    b.append("*Independent chair and author: %s. Report reference `%s`.*\n\n"
             % (r.choice(CHAIRS), review_ref(rv)))
    s = h2("Introduction")
    for j, t in enumerate(["Purpose of the review", "Timescales", "Confidentiality", "Methodology"]):
        b.append("### %d.%d %s\n\n" % (s, j + 1, t))
        b.append(paras(ctx, EN_OPEN if j < 2 else EN_PARA, r.randrange(1, 3)))
    s = h2("Terms of reference")
    b.append("The panel agreed these key lines of enquiry:\n\n")
    for j, t in enumerate(r.sample(EN_TOR, r.randrange(7, len(EN_TOR)))):
        b.append("%d. %s\n" % (j + 1, ctx.fill(t)))
        if r.random() < 0.35:
            for _ in range(r.randrange(2, 4)):
                b.append("   - %s\n" % ctx.fill(r.choice(EN_TOR)).rstrip("?"))
    b.append("\n")
    s = h2("The people involved")
    for p in pseud:
        b.append("- **%s** — %s\n" % (p["name"], p["role"]))
    b.append("\n" + paras(ctx, EN_PARA, 2))
    s = h2("Panel membership and contributors")
    rows = []
    for ag in r.sample(AGENCIES, r.randrange(7, 13)):
        rows.append([ag[0], "`%s`" % ag[1], cap(r.choice(EN_ROLES)),
                     r.choice(["IMR", "Summary report", "Chronology only", "**IMR** and chronology"]),
                     r.choice(["Yes", "No", "Yes (virtual)"]), str(r.randrange(3, 12)),
                     r.choice(["Independent of the case", "*Line manager was involved*", "Independent"])])
    b.append(table(["Agency", "Code", "Panel member", "Contribution", "Attended all", "Meetings",
                    "Independence"], rows))
    # Contacts by year: a wide table.
    s = h2("Contact with agencies, year by year")
    years = list(range(rv["year"] - r.randrange(6, 11), rv["year"] + 1))
    rows = []
    for ag in r.sample(AGENCIES, r.randrange(8, 15)):
        counts = [r.choice([0, 0, 1, 2, 3, 5, 8, 13]) for _ in years]
        rows.append(["**%s**" % ag[1]] + [str(c) if c else "—" for c in counts] + ["**%d**" % sum(counts)])
    b.append(table(["Agency"] + [str(y) for y in years] + ["Total"], rows))
    b.append(paras(ctx, EN_PARA, 1))
    # Chronology: lists of short lines, many date formats, one h3 per year.
    s = h2("Summary chronology")
    chron_budget = target * 0.42
    analysis_budget = target * 0.30
    start = sum(len(x) for x in b)
    d = dt.date(years[0], 1, 1) + dt.timedelta(days=r.randrange(0, 200))
    end = dt.date(rv["year"], 12, 28)
    cur_year = None
    while sum(len(x) for x in b) - start < chron_budget:
        if d > end:
            d = dt.date(years[0], 1, 1) + dt.timedelta(days=r.randrange(0, 365))
            cur_year = None
            b.append("\n#### Further entries supplied late by agencies\n\n")
        if d.year != cur_year:
            cur_year = d.year
            b.append("\n### %d.%d %d\n\n" % (s, d.year - years[0] + 1, d.year))
        b.append("- **%s** — %s\n" % (event_date(r, d), ctx.fill(r.choice(EN_CHRON[:-1]))))
        if r.random() < 0.12:
            b.append("  - %s\n" % ctx.fill(r.choice(EN_PARA)))
        d += dt.timedelta(days=r.randrange(3, 60))
    b.append("\n")
    # Analysis: many headings, short paragraphs, inline markup.
    s = h2("Analysis")
    start = sum(len(x) for x in b)
    j = 0
    while sum(len(x) for x in b) - start < analysis_budget:
        j += 1
        b.append("### %d.%d %s\n\n" % (s, j, ctx.fill(r.choice(EN_TOR)).rstrip("?")))
        for ag in r.sample(AGENCIES, r.randrange(2, 5)):
            b.append("#### %s\n\n" % ag[0])
            b.append(paras(ctx, EN_PARA, r.randrange(1, 4)))
            if r.random() < 0.3:
                b.append("> “%s”\n>\n> — %s’s %s, speaking to the panel\n\n"
                         % (ctx.fill(r.choice(EN_PARA)), v, r.choice(["mother", "sister", "friend", "colleague"])))
    s = h2("Lessons learned")
    for t in r.sample(EN_LESSON, r.randrange(6, len(EN_LESSON))):
        b.append("- %s\n" % t)
    b.append("\n")
    s = h2("Recommendations")
    recs = [ctx.fill(t) for t in r.sample(EN_REC, r.randrange(6, len(EN_REC)))]
    for j, t in enumerate(recs):
        b.append("%d. %s\n" % (j + 1, t))
        for _ in range(r.randrange(0, 3)):
            b.append("   - %s\n" % r.choice(["*lead:* the %s" % r.choice(EN_ROLES),
                                             "*measure:* an audit of %d cases" % r.randrange(10, 60),
                                             "*by* %s %d" % (r.choice(EN_MONTHS), rv["year"] + 2)]))
    b.append("\n")
    s = h2("Action plan")
    rows = []
    for j, t in enumerate(recs):
        ag = r.choice(AGENCIES)
        rows.append([str(j + 1), t.split(" to ")[0], r.choice(["Local", "Regional", "National"]),
                     t.split(" to ", 1)[-1].rstrip("."), "`%s`" % ag[1], r.choice(EN_ROLES),
                     event_date(r, dt.date(min(rv["year"] + 2, 2027), r.randrange(1, 13), 1)),
                     r.choice(["Audit", "Training figures", "Policy signed off", "Case sample"]),
                     r.choice(STATUS_RAG)])
    b.append(table(["No.", "Recommendation", "Scope", "Action", "Lead", "Lead officer",
                    "Target date", "Evidence", "Status"], rows))
    s = h2("Related learning")
    links = []
    for t in rv["topics"]:
        links.append("- [%s](%s) — all reviews and briefings on this topic" % (cap(t), topic_url(t)))
    for t, u in others + brief_links.get(rv["i"], []):
        links.append("- [%s](%s)" % (t, u))
    links.append("- [Glossary of terms](/glossary/)")
    links.append("- [Home Office statutory guidance for Domestic Homicide Reviews]"
                 "(https://www.gov.uk/government/publications/revised-statutory-guidance-for-domestic-homicide-reviews)")
    b.append("\n".join(links) + "\n\n")
    b.append(support_block(r))
    body = "".join(b)
    w.write("reviews/%s.md" % rv["slug"], fields, body, review_title(rv), rv["pub"])


def write_welsh_summary(w, rv, seed):
    r = random.Random("%d-cy-%d" % (seed, rv["i"]))
    v, qn = rv["v"], rv["q"]
    ctx = Ctx(r, v, qn, "Plentyn 1", rv["year"], [])
    pseud = [{"name": v, "role": "y dioddefwr"}, {"name": qn, "role": "y cyflawnwr"},
             {"name": "Plentyn 1", "role": "plentyn %s" % v}]
    title = "ADD: %s (%d) – crynodeb gweithredol" % (v, rv["year"])
    summary = ("Crynodeb gweithredol yr adolygiad i farwolaeth %s yn %d. "
               "Mae’r adroddiad llawn ar gael yn Saesneg; mae’r crynodeb hwn yn nodi’r gwersi a’r argymhellion."
               % (v, rv["year"]))
    fields = [("type", "dhr"), ("title", title), ("summary", summary), ("status", rv["wstatus"]),
              ("published", rv["pub"]), ("updated", rv["upd"]), ("reviewed", rv["rev"]),
              ("publish_from", rv["wembargo"]), ("home_office_qa", rv["qa"]),
              ("pseudonyms", pseud), ("topics", rv["topics"][:3])]
    b = ["## 1. Cyflwyniad\n\n", paras(ctx, CY_PARA, r.randrange(3, 6), True),
         "## 2. Cylch gorchwyl\n\n"]
    for t in r.sample(CY_PARA, 6):
        b.append("- %s\n" % ctx.fill(t, True))
    b.append("\n## 3. Crynodeb o’r digwyddiadau\n\n")
    d = dt.date(rv["year"] - 3, r.randrange(1, 13), r.randrange(1, 28))
    for _ in range(r.randrange(20, 70)):
        b.append("- **%s** — %s\n" % (event_date(r, d, True), ctx.fill(r.choice(CY_CHRON[:-1]), True)))
        d += dt.timedelta(days=r.randrange(5, 40))
    b.append("\n## 4. Gwersi a ddysgwyd\n\n")
    for t in r.sample(CY_LESSON, r.randrange(4, len(CY_LESSON))):
        b.append("- %s\n" % t)
    b.append("\n## 5. Argymhellion\n\n")
    for j in range(r.randrange(5, 12)):
        b.append("%d. Mae %s i %s.\n" % (j + 1, r.choice(AGENCIES)[0], r.choice([
            "adolygu ei pholisi apwyntiadau a gollwyd", "hyfforddi staff ar reolaeth drwy orfodaeth",
            "rhannu asesiadau DASH â’r meddyg teulu o fewn 48 awr", "cynnig gwasanaeth yn Gymraeg",
            "archwilio’r defnydd o ymholiad arferol"])))
    b.append("\n## Cymorth\n\nMae Llinell Gymorth Byw Heb Ofn ar gael 24 awr y dydd: 0808 80 10 800. "
             "Mewn argyfwng, ffoniwch 999.\n\n")
    if live(rv["status"], rv["embargo"]):
        b.append("Darllenwch [yr adroddiad llawn (Saesneg)](/reviews/%s/).\n" % rv["slug"])
    body = "".join(b)
    fields.append(("allow", welsh_waivers(title + "\n" + body) or None))
    w.write("reviews/%s.md" % rv["wslug"], fields, body, title, rv["pub"])


def write_briefing(w, br, seed, live_review):
    rv = br["review"]
    r = random.Random("%d-brief-%d-%d" % (seed, rv["i"], br["k"]))
    v, qn = rv["v"], rv["q"]
    ctx = Ctx(r, v, qn, "Child 1", rv["year"], [])
    pub = rv["pub"] + dt.timedelta(days=r.randrange(0, 60))
    pub = min(pub, dt.date(2026, 11, 1))
    reviewed = recent_review(r, pub)
    if br["welsh"]:
        title = "Sesiwn friffio 7 munud: %s (%s, %d)" % (br["theme"], v, rv["year"])
        summary = "Y prif wersi am %s o’r adolygiad i farwolaeth %s, mewn saith munud." % (br["theme"], v)
    else:
        title = "7-minute briefing: %s (%s, %d)" % (br["theme"], v, rv["year"])
        summary = ("The key learning on %s from the review into the death of %s, for front-line staff "
                   "and managers. Read it in seven minutes, then talk about it in your team." % (br["theme"], v))
    fields = [("type", "briefing"), ("title", title), ("summary", summary), ("status", br["status"]),
              ("published", pub), ("reviewed", reviewed), ("publish_from", br["embargo"]),
              ("pseudonyms", [{"name": v, "role": "y dioddefwr" if br["welsh"] else "the victim"},
                              {"name": qn, "role": "y cyflawnwr" if br["welsh"] else "the perpetrator"}]),
              ("topics", [br["theme"]])]
    heads = (["1. Cefndir", "2. Pam mae’n bwysig", "3. Gwybodaeth", "4. Beth i’w wneud",
              "5. Cwestiynau i’w trafod", "6. Myfyrio", "7. Adnoddau"] if br["welsh"] else
             ["1. Background", "2. Why it matters", "3. Information", "4. What to do",
              "5. Questions for your team", "6. Reflection", "7. Resources"])
    bank, lessons = (CY_PARA, CY_LESSON) if br["welsh"] else (EN_PARA, EN_LESSON)
    b = []
    for j, h in enumerate(heads):
        b.append("## %s\n\n" % h)
        if j in (0, 2):
            b.append(paras(ctx, bank, r.randrange(1, 3), br["welsh"]))
        elif j in (1, 3, 5):
            for t in r.sample(lessons, r.randrange(3, 7)):
                b.append("- %s\n" % t)
            b.append("\n")
        elif j == 4:
            for t in r.sample(EN_TOR, r.randrange(3, 6)):
                b.append("- %s\n" % ctx.fill(t))
            b.append("\n")
        else:
            res = ["- [%s](%s)" % (cap(br["theme"]), topic_url(br["theme"]))]
            if live_review and live(br["status"], br["embargo"]):
                res.append("- [%s](/reviews/%s/)" % (review_title(rv), rv["slug"]))
            res.append("- [Glossary](/glossary/)")
            h = r.choice(HELPLINES)
            res.append("- %s: %s" % (h[0], h[1]))
            b.append("\n".join(res) + "\n\n")
    body = "".join(b)
    if br["welsh"]:
        fields.append(("allow", welsh_waivers(title + "\n" + body) or None))
    w.write(br["path"], fields, body, title, pub)


def page_fields(r, title, summary=None):
    pub = dt.date(r.randrange(2019, 2026), r.randrange(1, 13), r.randrange(1, 29))
    reviewed = recent_review(r, pub)
    f = [("type", "page"), ("title", title)]
    if summary:
        f.append(("summary", summary))
    f += [("status", "published"), ("published", pub), ("reviewed", reviewed)]
    return f, pub


def write_pages(w, n, seed, reviews, briefings):
    r = random.Random("%d-pages" % seed)
    live_reviews = [rv for rv in reviews if live(rv["status"], rv["embargo"])]
    live_briefs = [br for br in briefings if live(br["status"], br["embargo"])]
    # Home, lists, contact, glossary index.
    f, pub = page_fields(r, SITE_TITLE, "Working together to keep people in Bro Caeron safe.")
    home = ("The partnership brings together Caeron Police, Caeron County Council, Bro Caeron "
            "University Health Board, the Probation Service, Caeron Fire and Rescue Service and the "
            "voluntary sector. Our chair is Nerys Prydderch.\n\n## What we do\n\n"
            "- Domestic Homicide Reviews\n- 7-minute briefings\n- Sub-groups and meetings\n"
            "- [Glossary](/glossary/)\n- [Cymraeg](/cymraeg/)\n\n## Latest reviews\n\n")
    home += "".join("- [%s](/reviews/%s/)\n" % (review_title(rv), rv["slug"]) for rv in live_reviews[-20:])
    home += "\nContact the partnership at %s.\n" % CONTACT_EMAIL
    w.write("index.md", f, home, SITE_TITLE, pub)
    f, pub = page_fields(r, "Domestic Homicide Reviews")
    w.write("reviews/index.md", f, "Reviews are published in English, with a Welsh executive summary "
            "for most. Ask %s for an accessible format.\n" % DHR_MAILBOX, "Domestic Homicide Reviews", pub)
    f, pub = page_fields(r, "7-minute briefings")
    w.write("briefings/index.md", f, "Short briefings for front-line staff, in English and Welsh.\n",
            "7-minute briefings", pub)
    f, pub = page_fields(r, "Contact us")
    w.write("contact.md", f, "Email %s or, about a review, %s. To report an accessibility problem "
            "call %s.\n" % (CONTACT_EMAIL, DHR_MAILBOX, ACCESS_PHONE), "Contact us", pub)
    # Glossaries: one long page per 50 reviews (at least one), split by letter range.
    nglos = max(1, n // 50)
    gidx = ["A glossary of the terms used in our reviews, in several parts.\n\n"]
    for g in range(nglos):
        gr = random.Random("%d-glossary-%d" % (seed, g))
        title = "Glossary, part %d" % (g + 1)
        f, pub = page_fields(gr, title, "Terms, acronyms and agencies used in our reviews and briefings.")
        b = ["Each term is followed by what it means. Terms in *italics* are Welsh.\n\n"]
        target = gr.uniform(60_000, 130_000)
        size = 0
        letter = ""
        while size < target:
            term, meaning = gr.choice(GLOSSARY_TERMS)
            if term[0].upper() != letter:
                letter = term[0].upper()
                b.append("\n## %s\n\n" % letter)
            ag = gr.choice(AGENCIES)
            tp = gr.choice(TOPICS)
            line = "- **%s** — %s. See also `%s` (%s) and [%s](%s).\n" % (
                term, meaning, ag[1], ag[0], tp, topic_url(tp))
            if gr.random() < 0.3:
                line += "  - *Yn Gymraeg:* %s\n" % gr.choice(CY_LESSON)
            b.append(line)
            size += len(line.encode("utf-8"))
        w.write("glossary/part-%d.md" % (g + 1), f, "".join(b), title, pub)
        gidx.append("- [%s](/glossary/part-%d/)\n" % (title, g + 1))
    f, pub = page_fields(r, "Glossary")
    w.write("glossary/index.md", f, "".join(gidx), "Glossary", pub)
    # Learning-theme hub pages: mostly links.
    for t in TOPICS:
        f, pub = page_fields(r, "Learning theme: %s" % t)
        b = ["What our reviews and briefings say about **%s**.\n\n## Reviews\n\n" % t]
        b += ["- [%s](/reviews/%s/) — %s\n" % (review_title(rv), rv["slug"], rv["year"])
              for rv in live_reviews if t in rv["topics"]]
        b.append("\n## Briefings\n\n")
        b += ["- [7-minute briefing %d](/briefings/%s/)\n" % (j + 1, br["slug"])
              for j, br in enumerate(x for x in live_briefs if x["theme"] == t)]
        w.write("learning/themes/%s.md" % slugify(t), f, "".join(b), "Learning theme: %s" % t, pub)
    # Partnership pages: N/3 small pages, nested deep, English and Welsh.
    count = max(6, n // 3)
    made = set()
    for j in range(count):
        pr = random.Random("%d-page-%d" % (seed, j))
        sg = SUBGROUPS[j % len(SUBGROUPS)]
        kind = pr.randrange(5)
        year = pr.randrange(2019, 2027)
        month = pr.randrange(1, 13)
        if kind in (0, 1, 2):
            rel = "about/sub-groups/%s/meetings/%d/%s-%d.md" % (sg[0], year, slugify(EN_MONTHS[month - 1]), j)
            title = "%s: meeting notes, %s %d" % (sg[1], EN_MONTHS[month - 1], year)
            welsh = False
        elif kind == 3:
            rel = "cymraeg/amdanom-ni/is-grwpiau/%s/cyfarfodydd/%d/%s-%d.md" % (
                sg[0], year, slugify(WELSH_MONTHS[month - 1]), j)
            title = "%s: nodiadau cyfarfod, %s %d" % (sg[2], WELSH_MONTHS[month - 1], year)
            welsh = True
        else:
            rel = "about/sub-groups/%s/workstreams/%s-%d.md" % (sg[0], slugify(pr.choice(TOPICS)), j)
            title = "%s workstream %d" % (sg[1], j)
            welsh = False
        made.add(sg)
        f, pub = page_fields(pr, title)
        ctx = Ctx(pr, "the victim", "the perpetrator", "the child", year, [])
        b = ["**%s**\n\n" % ("Yn bresennol:" if welsh else "Present:")]
        b += ["- %s (`%s`)\n" % a for a in pr.sample(AGENCIES, pr.randrange(4, 9))]
        b.append("\n")
        for k in range(pr.randrange(2, 6)):
            b.append("## %s %d\n\n" % ("Eitem" if welsh else "Item", k + 1))
            if welsh:
                for t in pr.sample(CY_LESSON, pr.randrange(2, 5)):
                    b.append("- %s\n" % t)
            else:
                for _ in range(pr.randrange(2, 6)):
                    b.append("- %s\n" % ctx.fill(pr.choice(EN_REC)))
            b.append("\n")
            if live_reviews and pr.random() < 0.5:
                rv = pr.choice(live_reviews)
                b.append("%s [%s](/reviews/%s/).\n\n" % ("Gweler" if welsh else "See", review_title(rv), rv["slug"]))
        b.append("%s %s\n" % ("Cysylltwch â:" if welsh else "Contact:", CONTACT_EMAIL))
        body = "".join(b)
        if welsh:
            f.append(("allow", welsh_waivers(title + "\n" + body) or None))
        w.write(rel, f, body, title, pub)
    for sg in SUBGROUPS:
        f, pub = page_fields(r, sg[1], "What the %s sub-group does and who sits on it." % sg[1].lower())
        b = ["The %s sub-group reports to the partnership board four times a year.\n\n"
             "## Terms of reference\n\n" % sg[1].lower()]
        b += ["- %s\n" % r.choice(EN_LESSON) for _ in range(6)]
        w.write("about/sub-groups/%s/index.md" % sg[0], f, "".join(b), sg[1], pub)
        f, pub = page_fields(r, sg[2])
        w.write("cymraeg/amdanom-ni/is-grwpiau/%s/index.md" % sg[0], f,
                "Mae’r is-grŵp %s yn adrodd i fwrdd y bartneriaeth bedair gwaith y flwyddyn.\n" % sg[2].lower(),
                sg[2], pub)
    f, pub = page_fields(r, "About the partnership")
    w.write("about/index.md", f, "".join("- [%s](/about/sub-groups/%s/)\n" % (sg[1], sg[0]) for sg in SUBGROUPS),
            "About the partnership", pub)
    f, pub = page_fields(r, "Cymraeg")
    w.write("cymraeg/index.md", f, "Croeso i wefan Partneriaeth Diogelwch Cymunedol Bro Caeron.\n\n"
            + "".join("- [%s](/cymraeg/amdanom-ni/is-grwpiau/%s/)\n" % (sg[2], sg[0]) for sg in SUBGROUPS),
            "Cymraeg", pub)


def write_site(w):
    lines = ["title: %s" % SITE_TITLE, "base_url: https://www.brocaeron-csp.example/",
             "language: en-GB", "organisation: Bro Caeron Community Safety Partnership",
             "contact_email: %s" % CONTACT_EMAIL, "review_interval_months: 12",
             "public_names:"] + ["  - %s" % p for p in PUBLIC_NAMES] + ["helplines:"]
    for name, phone, url, hours in HELPLINES:
        lines += ["  - name: %s" % q(name), "    phone: %s" % phone, "    url: %s" % url,
                  "    hours: %s" % q(hours)]
    lines += ["  - name: DHR panel mailbox", "    email: %s" % DHR_MAILBOX,
              "    hours: %s" % q("We reply within five working days"),
              "  - In an emergency call 999",
              "topics:"] + ["  - %s" % q(t) for t in TOPICS]
    lines += ["accessibility:", "  prepared: 2025-02-10", "  last_reviewed: 2026-06-30",
              "  last_tested: 2026-05-14", "  tested_by: %s" % q("the council’s digital team"),
              "  known_issues:",
              "    - issue: %s" % q("Some older PDF reports are not tagged for screen readers."),
              "      criterion: %s" % q("1.3.1 Info and Relationships"),
              "    - issue: %s" % q("Some wide tables scroll sideways on small screens."),
              "      criterion: %s" % q("1.4.10 Reflow"),
              "  contact_phone: %s" % ACCESS_PHONE, "  contact_email: %s" % ACCESS_EMAIL,
              "  response_days: 10"]
    os.makedirs(w.content, exist_ok=True)
    with open(os.path.join(w.content, "site.yml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write_hugo_skeleton(w):
    os.makedirs(os.path.join(w.hugo, "layouts", "_default"), exist_ok=True)
    with open(os.path.join(w.hugo, "config.toml"), "w") as f:
        f.write('baseURL = "https://www.brocaeron-csp.example/"\ntitle = "%s"\n'
                'languageCode = "en-gb"\ndisableKinds = ["taxonomy", "term"]\n' % SITE_TITLE)
    for name, text in [("single.html", "<!doctype html><title>{{ .Title }}</title><main>{{ .Content }}</main>\n"),
                       ("list.html", "<!doctype html><title>{{ .Title }}</title><main>{{ .Content }}"
                                     "{{ range .Pages }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}</main>\n"),
                       ("index.html", "<!doctype html><title>{{ .Title }}</title><main>{{ .Content }}</main>\n")]:
        with open(os.path.join(w.hugo, "layouts", "_default", name), "w") as f:
            f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    for sub in ("content", "hugo"):
        shutil.rmtree(os.path.join(a.out, sub), ignore_errors=True)
    w = Writer(a.out)
    write_site(w)
    write_hugo_skeleton(w)
    reviews, briefings = plan(a.count, a.seed)
    live_reviews = [(review_label(rv), "/reviews/%s/" % rv["slug"]) for rv in reviews
                    if live(rv["status"], rv["embargo"])]
    brief_links = {}
    for br in briefings:
        if live(br["status"], br["embargo"]):
            t = ("Sesiwn friffio 7 munud: %s" if br["welsh"] else "7-minute briefing: %s") % br["theme"]
            brief_links.setdefault(br["review"]["i"], []).append((t, "/briefings/%s/" % br["slug"]))
    for rv in reviews:
        # A live review links only to live pages; a draft may link anywhere live too.
        write_review(w, rv, live_reviews, brief_links, a.seed)
        if rv["welsh"]:
            write_welsh_summary(w, rv, a.seed)
    for br in briefings:
        write_briefing(w, br, a.seed, live(br["review"]["status"], br["review"]["embargo"]))
    write_pages(w, a.count, a.seed, reviews, briefings)
    print("corpus D: %d files, %.1f MB of Markdown in %s" % (w.files, w.bytes / 1e6, w.content))


if __name__ == "__main__":
    main()
