#!/usr/bin/env python3
"""Corpus F: a held-out speed corpus for ReviewSite, written blind.

What it is
    A deterministic, entirely fictional ReviewSite content folder shaped like what council
    staff paste into a CMS from Word on Windows, plus a Hugo site holding the same Markdown
    documents. It was written from the content format (shared/DESIGN.md), the header of
    scripts/bench/bench.sh and the tool's --help only: without reading the tool's code or the
    other generators, and without profiling. Report its timings; never profile or tune on it.

Shape (how it differs from corpora A to E)
    * Long-tailed sizes: most reviews are small (about 13-60 KB), about one in twelve is large
      (about 120-400 KB) and about one in a hundred is huge (about 1-3 MB; at least one
      whatever the seed), scaled so that N=1000 gives about 65 MB of Markdown, nearly all of
      it in content/reviews/*.md.
    * Windows files: about 45% have CRLF line endings (a fifth of those only in the pasted
      body, the CMS-written front matter keeping LF), and nearly half of those start with a
      UTF-8 byte-order mark.
    * Text pasted from Word: curly quotes, no-break spaces, en and em dashes, ellipsis
      characters, soft hyphens, zero-width spaces and no-break hyphens, tabs after paragraph
      numbers ("4.2<TAB>..."), trailing spaces, hard line breaks (two spaces or a backslash)
      inside paragraphs, and per review either hard-wrapped paragraphs or long one-line
      paragraphs (a few of them whole pasted pages, tens of KB on one line).
    * Multilingual summaries in Welsh, Polish, Romanian, Arabic, Urdu, Bengali, Punjabi and
      Chinese, in their own scripts, some as block quotes.
    * Huge pipe tables: chronologies of 12 to 1,500 rows a table (event date as dd/mm/yyyy,
      "3 Mar 2019" or month and year, agency, event, action taken); the huge reviews split
      theirs into several parts.
    * Very many short numbered headings (key practice episodes of one short paragraph or
      none), emphasis-dense prose (*, _, **, __, ***), many footnotes, bare URLs and inline
      links to public bodies, abbreviations spelled out on first use, numbered
      recommendations with sub-numbers (ordered lists nested two and three deep).
    * Front matter with many topics (4-18 from a list of 48 in site.yml) and many pseudonyms
      (8-60, every one a role-based pseudonym such as "Adult Q", "Sister Q" or "Officer 3"),
      YAML comments, double- and single-quoted titles; some drafts, withdrawn reviews and
      embargoes (publish_from in 2027).
    * N/10 learning briefings and eight pages (short, multilingual) besides the reviews.
    * No raw HTML: with the default rules the tool rejects it (error raw-html), so fragments
      a CMS would hold as HTML (<br>, <abbr>, <details>) are written the Markdown way.

    Nothing in it is a real person, place or event. People appear only as their declared
    pseudonyms or as roles ("the victim's sister"); the only phone numbers, emails and URLs
    are national helplines, public bodies and the fictional partnership's own (the helplines
    are declared in site.yml); no date of birth or death appears, the homicide is dated by
    its year only, and every chronology ends before that year.

Hugo
    DIR/hugo/ holds hugo.toml, a minimal layout set and the same documents under content/
    (the same Markdown bodies, byte for byte, with the same line endings and BOMs, but with
    Hugo front matter: title, date, lastmod, summary, draft, publishDate, topics, with a
    topics taxonomy as the tool has topic pages). Drafts and withdrawn documents are drafts
    there, embargoed ones future-dated.

Run
    python3 scripts/bench/generate_corpus_f.py --count N --seed S --out DIR
    then e.g.  reviewsite lint --content DIR/content --date 2026-11-27
               reviewsite build --content DIR/content --output /tmp/f-out --date 2026-11-27
               hugo --source DIR/hugo --destination /tmp/f-hugo
    The same N and seed give byte-identical files. Python 3 standard library only.
"""

import argparse
import datetime as dt
import math
import os
import random
import shutil
import sys

# --------------------------------------------------------------------------------------
# Fixed vocabularies (all fictional or public)

SITE_TITLE = "Fernbrook Community Safety Partnership"
BUILD_DATE = dt.date(2026, 11, 27)

TOPICS = [
    "coercive control", "economic abuse", "stalking", "non-fatal strangulation",
    "adult family homicide", "intimate partner homicide", "older people", "young people",
    "suicide", "mental health", "substance misuse", "alcohol", "homelessness", "housing",
    "MARAC", "risk assessment", "information sharing", "professional curiosity",
    "safeguarding adults", "children", "pregnancy", "disability", "carers", "immigration",
    "no recourse to public funds", "language and interpretation", "faith communities",
    "honour-based abuse", "forced marriage", "LGBT+", "male victims", "rural isolation",
    "digital abuse", "separation", "child contact", "criminal justice", "probation",
    "primary care", "emergency departments", "ambulance", "police response",
    "domestic abuse services", "multi-agency working", "training", "workforce",
    "covid-19", "bereavement", "family involvement",
]

HELPLINES = [
    ("National Domestic Abuse Helpline", "0808 2000 247", "https://www.nationaldahelpline.org.uk", "24 hours"),
    ("Men's Advice Line", "0808 8010327", "https://mensadviceline.org.uk", "weekdays"),
    ("Respect Phoneline", "0808 8024040", "https://respectphoneline.org.uk", "weekdays"),
    ("Live Fear Free (Wales)", "0808 80 10 800", "https://gov.wales/live-fear-free", "24 hours"),
    ("Samaritans", "116 123", "https://www.samaritans.org", "24 hours"),
    ("Galop LGBT+ Domestic Abuse Helpline", "0800 999 5428", "https://galop.org.uk", "weekdays"),
]

PUBLIC_URLS = [
    "https://www.gov.uk/government/publications/revised-statutory-guidance-for-the-conduct-of-domestic-homicide-reviews",
    "https://www.legislation.gov.uk/ukpga/2021/17/contents",
    "https://www.legislation.gov.uk/ukpga/2004/28/section/9",
    "https://www.legislation.gov.uk/ukpga/2015/9/section/76",
    "https://www.gov.uk/guidance/domestic-abuse-how-to-get-help",
    "https://www.nice.org.uk/guidance/ph50",
    "https://safelives.org.uk/practice-support/resources-marac-meetings",
    "https://www.womensaid.org.uk/information-support/",
    "https://www.refuge.org.uk/",
    "https://www.college.police.uk/app/major-investigation-and-public-protection/domestic-abuse",
    "https://www.gov.wales/violence-against-women-domestic-abuse-and-sexual-violence",
    "https://www.nhs.uk/live-well/getting-help-for-domestic-violence/",
    "https://www.cqc.org.uk/guidance-providers/safeguarding",
    "https://www.scie.org.uk/safeguarding/adults/",
    "https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice",
    "https://www.gov.uk/government/publications/domestic-abuse-statutory-guidance",
]

ABBR = [
    ("MARAC", "Multi-Agency Risk Assessment Conference"),
    ("IDVA", "Independent Domestic Violence Advocate"),
    ("DASH", "Domestic Abuse, Stalking and Harassment risk checklist"),
    ("MASH", "Multi-Agency Safeguarding Hub"),
    ("CMHT", "Community Mental Health Team"),
    ("A&E", "Accident and Emergency"),
    ("DVPN", "Domestic Violence Protection Notice"),
    ("DVPO", "Domestic Violence Protection Order"),
    ("MAPPA", "Multi-Agency Public Protection Arrangements"),
    ("GP", "general practitioner"),
    ("CSP", "Community Safety Partnership"),
    ("IMR", "Individual Management Review"),
    ("DHR", "Domestic Homicide Review"),
    ("NRPF", "no recourse to public funds"),
    ("CAADA", "Co-ordinated Action Against Domestic Abuse"),
]

AGENCIES = [
    "the police", "the GP practice", "the ambulance service", "the hospital trust",
    "Adult Social Care", "Children’s Services", "the housing provider", "the probation service",
    "the Community Mental Health Team", "the substance misuse service", "the IDVA service",
    "the health visiting team", "the school nursing service", "the domestic abuse charity",
    "the council’s homelessness team", "the Department for Work and Pensions",
    "the drug and alcohol recovery service", "the pharmacy", "the out-of-hours service",
    "the crisis team", "the liaison psychiatry team", "the maternity service",
]

AGENCY_SHORT = [
    "Police", "GP", "Ambulance", "Hospital", "ASC", "CSC", "Housing", "Probation", "CMHT",
    "Substance misuse", "IDVA", "Health visiting", "School nursing", "DA charity",
    "Homelessness", "DWP", "Recovery service", "Pharmacy", "OOH", "Crisis team",
    "Liaison psychiatry", "Maternity",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# Translated summaries.  {V} is replaced by the review's main pseudonym (kept in Latin script).
TRANSLATIONS = {
    "cy": ("Welsh – Cymraeg", "ltr", [
        "Mae’r adolygiad hwn yn edrych ar farwolaeth {V} a’r cymorth a gafodd gan asiantaethau lleol.",
        "Cafodd yr adolygiad ei gomisiynu gan y bartneriaeth diogelwch cymunedol leol.",
        "Mae’r panel yn diolch i’r teulu am eu cyfraniad i’r adolygiad.",
        "Os ydych chi’n poeni am gam-drin domestig, mae help ar gael am ddim ac yn gyfrinachol.",
        "Mae’r argymhellion yn ymwneud â rhannu gwybodaeth, asesu risg a hyfforddiant staff.",
        "Nid yw’r adroddiad yn ceisio rhoi bai ar unrhyw unigolyn.",
        "Roedd sawl asiantaeth yn gwybod am y pryderon, ond ni chafodd y wybodaeth ei rhannu’n llawn.",
    ]),
    "pl": ("Polish – polski", "ltr", [
        "Niniejszy przegląd dotyczy śmierci osoby określanej jako {V} oraz wsparcia, jakie otrzymała od lokalnych instytucji.",
        "Przegląd został zlecony przez lokalne partnerstwo na rzecz bezpieczeństwa społeczności.",
        "Panel dziękuje rodzinie za udział w przeglądzie i za podzielenie się wspomnieniami.",
        "Jeśli obawiasz się przemocy domowej, pomoc jest dostępna bezpłatnie i poufnie.",
        "Zalecenia dotyczą wymiany informacji, oceny ryzyka oraz szkoleń dla personelu.",
        "Raport nie ma na celu obwiniania żadnej osoby.",
        "Kilka instytucji wiedziało o niepokojących sygnałach, ale informacje nie zostały w pełni przekazane.",
    ]),
    "ro": ("Romanian – limba română", "ltr", [
        "Această analiză privește decesul persoanei numite {V} și sprijinul primit de la instituțiile locale.",
        "Analiza a fost comandată de parteneriatul local pentru siguranța comunității.",
        "Comisia mulțumește familiei pentru contribuția sa la această analiză.",
        "Dacă vă îngrijorează violența domestică, ajutorul este disponibil gratuit și confidențial.",
        "Recomandările privesc schimbul de informații, evaluarea riscurilor și formarea personalului.",
        "Raportul nu urmărește să învinovățească vreo persoană.",
        "Câteva instituții cunoșteau îngrijorările, dar informațiile nu au fost transmise în întregime.",
    ]),
    "ar": ("Arabic – العربية", "rtl", [
        "تتناول هذه المراجعة وفاة الشخص المشار إليه باسم {V} والدعم الذي تلقّاه من الجهات المحلية.",
        "كلّفت شراكة سلامة المجتمع المحلية بإجراء هذه المراجعة.",
        "تشكر اللجنة الأسرة على مساهمتها في هذه المراجعة.",
        "إذا كنت قلقًا بشأن العنف الأسري، فالمساعدة متاحة مجانًا وبسرية تامة.",
        "تتعلق التوصيات بتبادل المعلومات وتقييم المخاطر وتدريب الموظفين.",
        "لا يهدف التقرير إلى لوم أي شخص.",
        "كانت عدة جهات على علم بالمخاوف، لكن المعلومات لم تُتبادل بشكل كامل.",
    ]),
    "ur": ("Urdu – اردو", "rtl", [
        "یہ جائزہ {V} کہلانے والے فرد کی موت اور مقامی اداروں سے ملنے والی مدد کا جائزہ لیتا ہے۔",
        "یہ جائزہ مقامی کمیونٹی سیفٹی پارٹنرشپ نے شروع کروایا۔",
        "پینل خاندان کا ان کے تعاون پر شکریہ ادا کرتا ہے۔",
        "اگر آپ گھریلو تشدد کے بارے میں فکرمند ہیں تو مفت اور رازدارانہ مدد دستیاب ہے۔",
        "سفارشات معلومات کے تبادلے، خطرے کے جائزے اور عملے کی تربیت سے متعلق ہیں۔",
        "اس رپورٹ کا مقصد کسی فرد کو قصوروار ٹھہرانا نہیں ہے۔",
        "کئی اداروں کو خدشات کا علم تھا، لیکن معلومات پوری طرح شیئر نہیں کی گئیں۔",
    ]),
    "bn": ("Bengali – বাংলা", "ltr", [
        "এই পর্যালোচনাটি {V} নামে উল্লিখিত ব্যক্তির মৃত্যু এবং স্থানীয় সংস্থাগুলির কাছ থেকে পাওয়া সহায়তা নিয়ে।",
        "স্থানীয় কমিউনিটি সেফটি পার্টনারশিপ এই পর্যালোচনাটি পরিচালনার দায়িত্ব দিয়েছে।",
        "প্যানেল পরিবারকে তাদের অবদানের জন্য ধন্যবাদ জানায়।",
        "আপনি যদি পারিবারিক সহিংসতা নিয়ে চিন্তিত হন, বিনামূল্যে ও গোপনীয় সাহায্য পাওয়া যায়।",
        "সুপারিশগুলি তথ্য বিনিময়, ঝুঁকি মূল্যায়ন এবং কর্মীদের প্রশিক্ষণ সম্পর্কিত।",
        "এই প্রতিবেদনের উদ্দেশ্য কাউকে দোষারোপ করা নয়।",
        "কয়েকটি সংস্থা উদ্বেগের কথা জানত, কিন্তু তথ্য পুরোপুরি ভাগ করা হয়নি।",
    ]),
    "pa": ("Punjabi – ਪੰਜਾਬੀ", "ltr", [
        "ਇਹ ਸਮੀਖਿਆ {V} ਵਜੋਂ ਜਾਣੇ ਜਾਂਦੇ ਵਿਅਕਤੀ ਦੀ ਮੌਤ ਅਤੇ ਸਥਾਨਕ ਏਜੰਸੀਆਂ ਤੋਂ ਮਿਲੀ ਸਹਾਇਤਾ ਬਾਰੇ ਹੈ।",
        "ਇਹ ਸਮੀਖਿਆ ਸਥਾਨਕ ਕਮਿਊਨਿਟੀ ਸੇਫਟੀ ਪਾਰਟਨਰਸ਼ਿਪ ਵੱਲੋਂ ਕਰਵਾਈ ਗਈ ਸੀ।",
        "ਪੈਨਲ ਪਰਿਵਾਰ ਦਾ ਉਨ੍ਹਾਂ ਦੇ ਯੋਗਦਾਨ ਲਈ ਧੰਨਵਾਦ ਕਰਦਾ ਹੈ।",
        "ਜੇ ਤੁਸੀਂ ਘਰੇਲੂ ਹਿੰਸਾ ਬਾਰੇ ਚਿੰਤਤ ਹੋ, ਤਾਂ ਮੁਫ਼ਤ ਅਤੇ ਗੁਪਤ ਮਦਦ ਉਪਲਬਧ ਹੈ।",
        "ਸਿਫ਼ਾਰਸ਼ਾਂ ਜਾਣਕਾਰੀ ਸਾਂਝੀ ਕਰਨ, ਜੋਖਮ ਦੇ ਮੁਲਾਂਕਣ ਅਤੇ ਸਟਾਫ਼ ਦੀ ਸਿਖਲਾਈ ਨਾਲ ਸਬੰਧਤ ਹਨ।",
        "ਇਸ ਰਿਪੋਰਟ ਦਾ ਮਕਸਦ ਕਿਸੇ ਵਿਅਕਤੀ ਨੂੰ ਦੋਸ਼ ਦੇਣਾ ਨਹੀਂ ਹੈ।",
        "ਕਈ ਏਜੰਸੀਆਂ ਨੂੰ ਚਿੰਤਾਵਾਂ ਬਾਰੇ ਪਤਾ ਸੀ, ਪਰ ਜਾਣਕਾਰੀ ਪੂਰੀ ਤਰ੍ਹਾਂ ਸਾਂਝੀ ਨਹੀਂ ਕੀਤੀ ਗਈ।",
    ]),
    "zh": ("Chinese – 中文", "ltr", [
        "本审查涉及被称为{V}的人士的死亡，以及其从本地机构获得的支持。",
        "本审查由本地社区安全合作组织委托开展。",
        "审查小组感谢家属对本次审查的参与和贡献。",
        "如果您担心家庭暴力，可以获得免费且保密的帮助。",
        "建议涉及信息共享、风险评估和员工培训。",
        "本报告的目的不是指责任何个人。",
        "多个机构知悉相关担忧，但信息未被充分共享。",
    ]),
}
LANG_CODES = list(TRANSLATIONS)

# Prose.  Slots: {V} victim, {P} perpetrator, {C} a child, {F} a family member, {R} a
# professional, {A} an agency, {N} a small number, {M} "month year", {Y} a year.
SENTENCES = [
    "{V} told {R} that {P} checked {V_pos} phone every evening and decided who {V_subj} could see.",
    "{A} recorded the disclosure but did not complete a DASH risk assessment at that time.",
    "The panel found that {A} had {N} contacts with {V} over the period under review.",
    "{R} described {V} as “quiet, polite and anxious to leave quickly” during appointments.",
    "There is no record that anyone asked {V} directly about domestic abuse.",
    "{F} told the review that the family had been worried for years but “didn’t know who to tell”.",
    "In {M} {A} received a referral that described {P} as controlling and jealous.",
    "The referral was screened as “no further action” because {V} declined support.",
    "{P} attended the appointment with {V} and answered most of the questions on {V_pos} behalf.",
    "The chronology shows a pattern of missed appointments that was not recognised as a risk indicator.",
    "{R} made a safeguarding referral the same day; it was acknowledged but not followed up.",
    "{A} did not know that {P} had been subject to a MARAC referral in {Y}.",
    "Practitioners told the panel that caseloads were high and that supervision was often cancelled.",
    "{V} said that {V_subj} was “fine” and that things had “calmed down” since {M}.",
    "The panel considered whether an interpreter should have been offered, and concluded that it should.",
    "{C} was known to the school nursing service, which had no information about the abuse at home.",
    "No agency shared information with the GP practice about the police call-outs.",
    "{F} said that {P} “could be charming with anyone outside the house”.",
    "The review heard that {V} had been saving small amounts of money in secret to be able to leave.",
    "{R} recognised the signs of coercive control and discussed them with a supervisor.",
    "The case was discussed at MARAC on {N} occasions; actions were agreed but not all were completed.",
    "The housing application recorded “relationship breakdown” rather than domestic abuse.",
    "Learning from this review echoes findings of earlier reviews published by the partnership.",
    "{A} has since changed its policy so that a routine enquiry is made at every appointment.",
    "{V} was assessed as low risk, although {N} of the risk factors on the checklist were present.",
    "The panel is clear that responsibility for the homicide rests with {P} alone.",
    "{P} was known to {A} for alcohol use, but not as a perpetrator of abuse.",
    "{R} tried to contact {V} by letter, which {P} may have intercepted.",
    "Agencies worked in silos, and each held only part of the picture.",
    "The family would like professionals to “listen to the people who know her best”.",
    "Between {M} and the homicide there were {N} calls to the police from neighbours.",
    "The panel could find no evidence that the risk of suicide was considered alongside the risk of abuse.",
    "{A} offered {V} a place on a recovery programme; {V_subj} attended twice.",
    "{V} disclosed that {P} had put hands round {V_pos} neck; this was not recognised as non-fatal strangulation.",
    "The panel notes the commitment of the front-line staff who contributed to this review.",
    "{F} described {V} as “the one who held the family together”.",
    "Information about the previous relationship of {P} was held by the probation service but not shared.",
    "At the time, there was no agreed route for sharing concerns between the pharmacy and the GP.",
    "{R} completed a capacity assessment and concluded that {V} could make the decision.",
    "The panel asks the partnership to seek assurance that the new pathway is working as intended.",
    "A welfare check was carried out; officers spoke to {V} on the doorstep in the presence of {P}.",
    "{C} told a teacher that {C_subj} did not want to go home, which was recorded as a behaviour concern.",
    "During the pandemic most contacts took place by telephone, which made private conversations harder.",
    "{V} moved {N} times in two years, each time losing contact with local services.",
    "The review has not been able to establish why the referral was closed.",
    "{P} presented to the emergency department with self-inflicted injuries in {M}.",
    "{A} did not hold a record of the ethnicity or first language of {V}.",
    "Staff had completed e-learning on domestic abuse, but none had face-to-face training.",
    "{F} contacted {A} anonymously to raise concerns; no action could be taken on the information.",
    "The panel would have expected a strategy discussion to take place at that point.",
]

SHORT_HEADINGS = [
    "Contact with {A_cap}", "Disclosure to {R}", "Missed appointment", "Referral screened",
    "MARAC discussion", "Welfare check", "Housing application", "Call to the police",
    "Attendance at A&E", "Home visit", "Telephone review", "Safeguarding enquiry",
    "Letter sent", "Case closed", "Risk assessment", "Strategy discussion",
    "Medication review", "School contact", "Probation supervision", "Support offered",
]

RECOMMENDATION_STEMS = [
    "{A_cap} should ensure that routine enquiry about domestic abuse is made at every contact",
    "The partnership should seek assurance that DASH risk assessments are completed and shared",
    "{A_cap} should review how referrals that are declined are followed up",
    "The partnership should commission training on coercive control for front-line staff",
    "{A_cap} should record the first language of every client and offer an interpreter",
    "The MARAC steering group should audit completion of actions agreed at meetings",
    "{A_cap} should introduce a policy on seeing clients alone",
    "The partnership should write to the Home Office about the learning from this review",
    "{A_cap} should make sure that information about perpetrators is shared with health services",
    "The partnership should raise awareness of the National Domestic Abuse Helpline in community languages",
]

FOOTNOTES = [
    "Home Office (2016) *Multi-agency statutory guidance for the conduct of Domestic Homicide Reviews*, section 7. Available at {u}",
    "Domestic Abuse Act 2021, sections 1 and 2. {u}",
    "Domestic Violence, Crime and Victims Act 2004, section 9(1). [legislation.gov.uk]({u})",
    "Serious Crime Act 2015, section 76 (controlling or coercive behaviour). {u}",
    "NICE public health guideline PH50, *[Domestic violence and abuse: multi-agency working]({u})*.",
    "SafeLives, *MARAC guidance for representatives*. See [the guidance]({u}).",
    "The panel relied on the agency’s summary rather than the original records; see paragraph {N}.{n2}.",
    "Office for National Statistics, *Domestic abuse in England and Wales overview*. {u}",
    "The term “victim” is used in line with the statutory guidance; the family preferred “{V}”.",
    "See the chronology at Appendix B, rows {N} to {n3}.",
]


# --------------------------------------------------------------------------------------
# Helpers

def yaml_dq(s):
    """A double-quoted YAML scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yaml_sq(s):
    return "'" + s.replace("'", "''") + "'"


def month_year(d):
    return f"{MONTHS[d.month - 1]} {d.year}"


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    day = min(d.day, 28)
    return dt.date(d.year + y, mo + 1, day)


class Style:
    """How one document was pasted: line endings, Word characters, wrapping, density."""

    def __init__(self, rng):
        r = rng.random()
        self.newline = "crlf" if r < 0.35 else ("mixed" if r < 0.45 else "lf")
        self.bom = self.newline != "lf" and rng.random() < 0.45
        self.curly = rng.random() < 0.8
        self.nbsp = rng.random() < 0.6
        self.long_lines = rng.random() < 0.45          # else hard-wrapped paragraphs
        self.wrap = rng.randint(60, 100)
        self.trailing = rng.random() < 0.5
        self.emphasis = rng.choice([0.05, 0.15, 0.3, 0.5])
        self.abbr = rng.random() < 0.7
        self.tabs = rng.random() < 0.6
        self.artefacts = rng.random() < 0.4
        self.para_sentences = (8, 40) if self.long_lines else (3, 9)


class Doc:
    """Builds the Markdown body of one document."""

    def __init__(self, rng, style, people):
        self.rng = rng
        self.st = style
        self.p = people
        self.out = []
        self.size = 0
        self.footnotes = []
        self.abbr_used = set()
        self.last_year = 2024       # the homicide year, for a review: no event after it

    def emit(self, text):
        self.out.append(text)
        self.size += len(text.encode("utf-8")) + 1

    # --- inline text -----------------------------------------------------------------
    def fill(self, template):
        rng = self.rng
        p = self.p
        last = self.last_year
        m = dt.date(rng.randint(last - 8, last - 1), rng.randint(1, 12), 1)
        vals = {
            "V": p["victim"], "P": p["perp"], "C": rng.choice(p["children"] or [p["victim"]]),
            "F": rng.choice(p["family"]), "R": rng.choice(p["professionals"]),
            "A": rng.choice(AGENCIES), "N": str(rng.randint(2, 19)), "M": month_year(m),
            "Y": str(rng.randint(last - 10, last - 1)), "V_pos": p["pos"], "V_subj": p["subj"],
            "C_subj": rng.choice(["she", "he", "they"]), "n2": str(rng.randint(1, 30)),
            "n3": str(rng.randint(20, 400)),
        }
        vals["A_cap"] = vals["A"][0].upper() + vals["A"][1:]
        s = template
        for k in sorted(vals, key=len, reverse=True):
            s = s.replace("{" + k + "}", vals[k])
        return s[0].upper() + s[1:]

    def word(self, s):
        """Apply the Word-paste habits of this document to a sentence."""
        rng = self.rng
        st = self.st
        if not st.curly:
            s = (s.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'"))
        if st.nbsp:
            s = s.replace("Adult ", "Adult\u00a0") if rng.random() < 0.3 else s
            if rng.random() < 0.2:
                s = s.replace(" %", "\u00a0%")
        if rng.random() < 0.08:
            s = s.rstrip(".") + "…"
        if rng.random() < 0.1:
            s = s.replace(", ", rng.choice([" – ", " — ", "—"]), 1)
        if st.abbr and rng.random() < 0.4:
            for ab, full in ABBR:
                if f" {ab} " in s and ab not in self.abbr_used:
                    self.abbr_used.add(ab)
                    s = s.replace(f" {ab} ", f" {full} ({ab}) ", 1)
                    break
        r = rng.random()
        if r < st.emphasis:
            kind = rng.choice(["**", "*", "_", "***", "__"])
            s = f"{kind}{s}{kind}"
        elif r < st.emphasis * 2:
            words = s.split(" ")
            if len(words) > 6:
                i = rng.randint(0, len(words) - 4)
                j = i + rng.randint(1, 3)
                seg = " ".join(words[i:j])
                if seg and seg[-1].isalnum() and seg[0].isalnum():
                    words[i:j] = [f"**{seg}**" if rng.random() < 0.6 else f"*{seg}*"]
                    s = " ".join(words)
        if rng.random() < 0.06:
            s += self.footnote_ref()
        if st.artefacts and rng.random() < 0.2:
            # Word's invisible characters: soft hyphens, zero-width spaces, no-break hyphens.
            s = (s.replace("safeguarding", "safe\u00adguarding")
                 .replace("non-fatal", "non\u2011fatal")
                 .replace(". ", ".\u200b ", 1))
        return s

    def sentence(self):
        return self.word(self.fill(self.rng.choice(SENTENCES)))

    def footnote_ref(self):
        n = len(self.footnotes) + 1
        t = self.rng.choice(FOOTNOTES)
        t = t.replace("{u}", self.rng.choice(PUBLIC_URLS))
        self.footnotes.append(self.fill(t))
        return f"[^{n}]"

    def paragraph(self, number=None, sentences=None):
        rng = self.rng
        lo, hi = sentences or self.st.para_sentences
        if sentences is None and self.st.long_lines and rng.random() < 0.04:
            lo, hi = 80, 300        # a whole pasted page on one line
        sents = [self.sentence() for _ in range(rng.randint(lo, hi))]
        if rng.random() < 0.05:
            u = rng.choice(PUBLIC_URLS)
            sents.append(rng.choice([f"See [the published guidance]({u}).", f"Guidance is at {u} .",
                                     f"(Source: {u})"]))
        if number is not None:
            sep = "\t" if self.st.tabs else " "
            prefix = f"{number}{sep}"
        else:
            prefix = ""
        if self.st.long_lines:
            text = prefix + " ".join(sents)
            if self.st.trailing and rng.random() < 0.3:
                text += rng.choice([" ", "\t", "   "])
            self.emit(text)
        else:
            self.emit_wrapped(prefix + " ".join(sents))
        self.emit("")

    def emit_wrapped(self, text):
        rng = self.rng
        words = text.split(" ")
        line = ""
        lines = []
        for w in words:
            # Never break before a word that would start a block (a list number, a marker).
            safe = not (w[:1] in "-+*>#=|" or w[:1].isdigit())
            if line and safe and len(line) + 1 + len(w) > self.st.wrap:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        if line:
            lines.append(line)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            if not last and self.st.trailing:
                r = rng.random()
                if r < 0.1:
                    ln += "  "          # hard line break, as Word's shift-enter pastes
                elif r < 0.15:
                    ln += "\\"         # backslash hard line break
                elif r < 0.25:
                    ln += " "
            self.emit(ln)

    def heading(self, level, text):
        self.emit("#" * level + " " + text)
        self.emit("")

    # --- blocks ---------------------------------------------------------------------
    def translations(self, langs):
        rng = self.rng
        self.heading(2, "Crynodeb a chyfieithiadau / Summary in other languages")
        self.paragraph(sentences=(1, 2))
        for code in langs:
            label, direction, sents = TRANSLATIONS[code]
            picked = rng.sample(sents, rng.randint(3, len(sents)))
            body = " ".join(s.replace("{V}", self.p["victim"]) for s in picked)
            self.heading(3, label)
            if rng.random() < 0.4:
                self.emit("> " + body)
            else:
                self.emit(body)
            self.emit("")
            if rng.random() < 0.5:
                self.emit(" ".join(rng.sample(sents, 2)).replace("{V}", self.p["victim"]))
                self.emit("")
        self.emit("Gallwch ofyn am gopi o’r crynodeb hwn yn Gymraeg. You can also ask us for a "
                  f"copy in {rng.choice(['Polish', 'Romanian', 'Urdu', 'Bengali'])} or in any other language.")
        self.emit("")

    def glossary(self):
        rng = self.rng
        self.heading(2, "Terms used in this report")
        for ab, full in rng.sample(ABBR, rng.randint(5, len(ABBR))):
            if rng.random() < 0.5:
                self.emit(f"- {ab}: {full}")
            else:
                self.emit(f"- **{ab}**\t– {full}")
        self.emit("")

    def people_table(self):
        p = self.p
        self.heading(2, "The people in this review")
        self.emit("| Pseudonym | Relationship |")
        self.emit("|---|---|")
        for name, role in p["all"]:
            self.emit(f"| {name} | {role} |")
        self.emit("")

    def chronology(self, rows, part=None):
        rng = self.rng
        title = "Appendix B: combined chronology"
        if part:
            title += f", part {part}"
        self.heading(2, title)
        self.emit("| # | Date | Agency | Event | Action taken |")
        self.emit("|---:|:---|:---|---|---|")
        end = dt.date(self.last_year - 1, 12, 31)
        d = dt.date(self.last_year - rng.randint(6, 12), rng.randint(1, 12), rng.randint(1, 28))
        for i in range(1, rows + 1):
            d = min(d + dt.timedelta(days=rng.choice([0, 1, 2, 3, 7, 9, 14, 21, 30])), end)
            fmt = rng.random()
            if fmt < 0.5:
                ds = d.strftime("%d/%m/%Y")
            elif fmt < 0.8:
                ds = f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
            else:
                ds = month_year(d)
            ev = self.fill(rng.choice(SENTENCES)).replace("|", "/")
            act = self.fill(rng.choice(SENTENCES)).replace("|", "/")
            if rng.random() < 0.25:
                act = act + "; " + self.fill(rng.choice(SENTENCES)).replace("|", "/")
            if rng.random() < self.st.emphasis:
                ev = f"**{ev}**"
            if rng.random() < 0.05:
                act += self.footnote_ref()
            self.emit(f"| {i} | {ds} | {rng.choice(AGENCY_SHORT)} | {ev} | {act} |")
        self.emit("")

    def episodes(self, chapter, count):
        """Key practice episodes: very many short numbered headings."""
        rng = self.rng
        self.heading(2, f"{chapter}. Key practice episodes")
        for i in range(1, count + 1):
            h = self.fill(rng.choice(SHORT_HEADINGS))
            self.heading(3 if i == 1 or rng.random() < 0.4 else 4, f"{chapter}.{i} {h}")
            if rng.random() < 0.7:
                self.paragraph(sentences=(1, 3))

    def numbered_section(self, chapter, title, paras):
        self.heading(2, f"{chapter}. {title}")
        for i in range(1, paras + 1):
            if self.rng.random() < 0.2:
                self.heading(3, f"{chapter}.{i} {self.fill(self.rng.choice(SHORT_HEADINGS))}")
            self.paragraph(number=f"{chapter}.{i}")

    def recommendations(self, chapter, count):
        rng = self.rng
        self.heading(2, f"{chapter}. Recommendations")
        for i in range(1, count + 1):
            stem = self.fill(rng.choice(RECOMMENDATION_STEMS))
            self.emit(f"{i}. **Recommendation {chapter}.{i}**: {stem}.")
            for j in range(1, rng.randint(1, 4) + 1):
                self.emit(f"   {j}. {chapter}.{i}.{j} {self.sentence()}")
                if rng.random() < 0.3:
                    for k in range(rng.randint(1, 3)):
                        self.emit(f"      - ({'abc'[k]}) {self.sentence()}")
        self.emit("")

    def support(self):
        rng = self.rng
        self.heading(2, "Getting help")
        for name, phone, url, hours in rng.sample(HELPLINES, rng.randint(2, len(HELPLINES))):
            self.emit(f"- **{name}**: {phone} ({hours}), [{name} website]({url})")
        self.emit("")
        self.emit("**Leave this site quickly:** use the “Exit this page” button at the top of "
                  "every page. It opens a weather forecast.")
        self.emit("")

    def finish_footnotes(self):
        if self.footnotes:
            self.emit("---")
            self.emit("")
            for i, t in enumerate(self.footnotes, 1):
                self.emit(f"[^{i}]: {t}")
            self.emit("")

    def text(self):
        return "\n".join(self.out) + "\n"


# --------------------------------------------------------------------------------------
# People

ROLE_FAMILY = [
    ("Sister", "{V}’s sister"), ("Brother", "{V}’s brother"), ("Mother", "{V}’s mother"),
    ("Father", "{V}’s father"), ("Aunt", "{V}’s aunt"), ("Friend", "a close friend of {V}"),
    ("Neighbour", "a neighbour"), ("Colleague", "a work colleague of {V}"),
    ("Cousin", "{V}’s cousin"), ("Stepfather", "{V}’s stepfather"),
]
ROLE_PROF = [
    ("Officer", "police officer"), ("GP", "general practitioner"),
    ("Social Worker", "adult social worker"), ("IDVA", "independent domestic violence advocate"),
    ("Health Visitor", "health visitor"), ("Nurse", "practice nurse"),
    ("Paramedic", "paramedic"), ("Housing Officer", "housing officer"),
    ("Probation Officer", "probation practitioner"), ("Support Worker", "recovery worker"),
    ("Care Coordinator", "mental health care coordinator"), ("Midwife", "community midwife"),
]
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def make_people(rng, size_hint):
    a, b = rng.sample(LETTERS, 2)
    victim = f"Adult {a}"
    perp = f"Adult {b}"
    gender = rng.random()
    pos, subj = ("her", "she") if gender < 0.7 else (("his", "he") if gender < 0.9 else ("their", "they"))
    people = [(victim, "victim"), (perp, f"{victim}’s partner, who was convicted of the homicide")]
    children = [f"Child {a}{i}" for i in range(1, rng.randint(0, 4) + 1)]
    for c in children:
        people.append((c, f"child of {victim}"))
    family = []
    nfam = rng.randint(2, 8 if size_hint < 100_000 else 14)
    seen = {}
    for word, role in rng.sample(ROLE_FAMILY * 2, nfam):
        seen[word] = seen.get(word, 0) + 1
        name = f"{word} {a}" if seen[word] == 1 else f"{word} {a}{seen[word]}"
        family.append(name)
        people.append((name, role.replace("{V}", victim)))
    prof = []
    nprof = rng.randint(4, 12 if size_hint < 100_000 else 36)
    for i in range(nprof):
        word, role = rng.choice(ROLE_PROF)
        name = f"{word} {i + 1}"
        prof.append(name)
        people.append((name, role))
    return {"victim": victim, "perp": perp, "children": children, "family": family,
            "professionals": prof, "all": people, "pos": pos, "subj": subj, "letter": a}


# --------------------------------------------------------------------------------------
# Documents

def review_dates(rng, earliest=dt.date(2019, 1, 1)):
    """published, home_office_qa, reviewed, updated (or None): in order, none after the build."""
    span = (BUILD_DATE - earliest).days - 30
    published = earliest + dt.timedelta(days=rng.randint(0, min(span, 1300)))
    qa = published - dt.timedelta(days=rng.randint(20, 200))
    reviewed = published + dt.timedelta(days=rng.randint(0, max(0, (BUILD_DATE - published).days)))
    updated = None
    if rng.random() < 0.5:
        updated = published + dt.timedelta(days=rng.randint(0, max(0, (BUILD_DATE - published).days)))
    return published, qa, reviewed, updated


def front_matter_review(rng, title, summary, status, dates, people, topics, embargo):
    published, qa, reviewed, updated = dates
    lines = ["---"]
    if rng.random() < 0.3:
        lines.append("# exported from the CMS; edit with care")
    lines.append("type: dhr")
    lines.append(f"title: {yaml_dq(title) if rng.random() < 0.7 else yaml_sq(title)}")
    lines.append(f"summary: {yaml_dq(summary)}")
    lines.append(f"status: {status}")
    if status == "published" or rng.random() < 0.5:
        lines.append(f"published: {published.isoformat()}")
        if updated:
            lines.append(f"updated: {updated.isoformat()}")
        lines.append(f"reviewed: {reviewed.isoformat()}")
        lines.append(f"home_office_qa: {qa.isoformat()}")
    if embargo:
        lines.append(f"publish_from: {embargo.isoformat()}")
    lines.append("pseudonyms:")
    for name, role in people["all"]:
        lines.append(f"  - name: {name}")
        lines.append(f"    role: {yaml_dq(role)}")
    lines.append("topics:")
    for t in topics:
        lines.append(f"  - {t}" if rng.random() < 0.6 else f"  - {yaml_dq(t)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def make_review(rng, idx, target):
    st = Style(rng)
    people = make_people(rng, target)
    d = Doc(rng, st, people)
    v = people["victim"]
    year = rng.randint(2016, 2023)
    d.last_year = year
    title = rng.choice([
        f"Domestic Homicide Review: {v}",
        f"DHR – {v} ({year})",
        f"Overview report: the death of {v}",
        f"“{v}”: Domestic Homicide Review overview report",
        f"DHR {year}/{idx % 97 + 1:02d} — {v}",
    ])
    summary = rng.choice([
        f"The review of the death of {v} in {year}, which looks at how agencies responded to {people['pos']} disclosures of abuse.",
        f"What we learned from the death of {v}: coercive control, missed chances to share information – and what has changed.",
        f"{v} was killed by {people['perp']} in {year}. This overview report sets out the panel’s findings and recommendations.",
    ])
    if not st.curly:
        summary = summary.replace("’", "'").replace("–", "-")
    r = rng.random()
    status = "published" if r < 0.92 else ("draft" if r < 0.97 else "withdrawn")
    embargo = None
    if status == "published" and rng.random() < 0.03:
        embargo = dt.date(2027, rng.randint(1, 12), rng.randint(1, 28))
    dates = review_dates(rng, dt.date(year + 1, rng.randint(1, 12), 1))
    topics = rng.sample(TOPICS, rng.randint(4, 18))
    fm = front_matter_review(rng, title, summary, status, dates, people, topics, embargo)

    # Body: a skeleton, then chapters until the target size is reached.
    if rng.random() < 0.5:
        d.emit(f"*Overview report — {month_year(dates[0])}*\\")
        d.emit("*Independent chair’s report to the Community Safety Partnership*")
        d.emit("")
    d.support()
    langs = rng.sample(LANG_CODES, rng.randint(2, len(LANG_CODES)))
    d.translations(langs)
    d.glossary()
    d.numbered_section(1, "Introduction", rng.randint(3, 8))
    d.people_table()
    chapter = 2
    # Chronology: about a quarter of the document, split into parts of at most 1,500 rows.
    rows = max(12, int(target * 0.25 / 330))
    parts = math.ceil(rows / 1500)
    chron_first = rng.random() < 0.5
    if chron_first:
        for part in range(1, parts + 1):
            d.chronology(min(1500, rows - (part - 1) * 1500), part if parts > 1 else None)
    topics_titles = ["Background", "Analysis", "Agency involvement", "Views of the family",
                     "Equality and diversity", "Good practice", "Conclusions", "Lessons learned"]
    while d.size < target * (0.72 if chron_first else 0.47):
        kind = rng.random()
        if kind < 0.35:
            d.episodes(chapter, rng.randint(6, 40))
        else:
            d.numbered_section(chapter, rng.choice(topics_titles), rng.randint(3, 14))
        chapter += 1
    if not chron_first:
        for part in range(1, parts + 1):
            d.chronology(min(1500, rows - (part - 1) * 1500), part if parts > 1 else None)
    while d.size < target * 0.93:
        d.numbered_section(chapter, rng.choice(topics_titles), rng.randint(2, 10))
        chapter += 1
    d.recommendations(chapter, rng.randint(3, 12 if target < 100_000 else 40))
    d.finish_footnotes()
    return fm, d.text(), st, dict(title=title, summary=summary, status=status,
                                  dates=dates, topics=topics, embargo=embargo)


def make_briefing(rng, idx):
    st = Style(rng)
    people = make_people(rng, 10_000)
    d = Doc(rng, st, people)
    v = people["victim"]
    title = f"Learning briefing: {v} and {rng.choice(['coercive control', 'economic abuse', 'older victims', 'stalking', 'non-fatal strangulation'])}"
    summary = f"Seven-minute briefing on the learning from the review of the death of {v}."
    published, qa, reviewed, updated = review_dates(rng)
    topics = rng.sample(TOPICS, rng.randint(2, 8))
    lines = ["---", "type: briefing", f"title: {yaml_dq(title)}", f"summary: {yaml_dq(summary)}",
             "status: published", f"published: {published.isoformat()}",
             f"reviewed: {reviewed.isoformat()}", "pseudonyms:"]
    for name, role in people["all"][:rng.randint(2, 6)]:
        lines += [f"  - name: {name}", f"    role: {yaml_dq(role)}"]
    lines.append("topics:")
    lines += [f"  - {t}" for t in topics]
    lines.append("---")
    for i, h in enumerate(["Background", "What happened", "What we learned", "What you can do",
                           "Questions for supervision", "Find out more", "Getting help"], 1):
        d.heading(2, f"{i}. {h}")
        if rng.random() < 0.5:
            for _ in range(rng.randint(3, 8)):
                d.emit(f"- {d.sentence()}")
            d.emit("")
        else:
            d.paragraph(sentences=(2, 6))
    d.translations(rng.sample(LANG_CODES, rng.randint(1, 4)))
    d.finish_footnotes()
    return "\n".join(lines) + "\n", d.text(), st, dict(
        title=title, summary=summary, status="published",
        dates=(published, qa, reviewed, updated), topics=topics, embargo=None)


PAGES = [
    ("about-dhrs", "About Domestic Homicide Reviews"),
    ("translations", "Crynodebau / Translated summaries"),
    ("get-help", "Get help now"),
    ("for-professionals", "For professionals"),
    ("family-involvement", "How families are involved in a review"),
    ("privacy", "Privacy notice"),
    ("publication-policy", "Our publication policy"),
    ("contact", "Contact the partnership"),
]


def make_page(rng, slug, title):
    st = Style(rng)
    people = make_people(rng, 5_000)
    d = Doc(rng, st, people)
    published, qa, reviewed, updated = review_dates(rng)
    lines = ["---", "type: page", f"title: {yaml_dq(title)}", "status: published",
             f"published: {published.isoformat()}", f"reviewed: {reviewed.isoformat()}", "---"]
    for i in range(rng.randint(3, 8)):
        d.heading(2, rng.choice(["Why we do this", "What happens", "Who is involved",
                                 "How long it takes", "Further reading", "Languages"]))
        d.emit("Reviews look at how agencies worked together, not at who is to blame. "
               "Every review uses pseudonyms chosen with the family where they wish.")
        d.emit("")
        if rng.random() < 0.5:
            d.emit(f"Read [the statutory guidance]({rng.choice(PUBLIC_URLS)}).")
            d.emit("")
    d.support()
    d.translations(rng.sample(LANG_CODES, rng.randint(2, 8)))
    return "\n".join(lines) + "\n", d.text(), st, dict(
        title=title, summary="", status="published",
        dates=(published, qa, reviewed, updated), topics=[], embargo=None)


# --------------------------------------------------------------------------------------
# Writing

def encode(fm, body, st):
    """Apply the document's line endings and BOM; returns bytes."""
    if st.newline == "crlf":
        text = (fm + body).replace("\n", "\r\n")
    elif st.newline == "mixed":
        text = fm + body.replace("\n", "\r\n")
    else:
        text = fm + body
    data = text.encode("utf-8")
    if st.bom:
        data = b"\xef\xbb\xbf" + data
    return data


def hugo_front_matter(meta, kind):
    published, _qa, _reviewed, updated = meta["dates"]
    lines = ["---", f"title: {yaml_dq(meta['title'])}", f"date: {published.isoformat()}"]
    if updated:
        lines.append(f"lastmod: {updated.isoformat()}")
    if meta["summary"]:
        lines.append(f"summary: {yaml_dq(meta['summary'])}")
    lines.append(f"draft: {'false' if meta['status'] == 'published' else 'true'}")
    if meta["embargo"]:
        lines.append(f"publishDate: {meta['embargo'].isoformat()}")
    lines.append(f"type: {kind}")
    if meta["topics"]:
        lines.append("topics:")
        lines += [f"  - {yaml_dq(t)}" for t in meta["topics"]]
    lines.append("---")
    return "\n".join(lines) + "\n"


HUGO_CONFIG = """baseURL = "https://dhr.fernbrook.example/"
languageCode = "en-gb"
title = "Fernbrook Community Safety Partnership"
disableKinds = ["RSS"]

[taxonomies]
  topic = "topics"
"""

HUGO_BASEOF = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body><main>{{ block "main" . }}{{ end }}</main></body>
</html>
"""
HUGO_SINGLE = """{{ define "main" }}<h1>{{ .Title }}</h1>
<p>Last updated <time datetime="{{ .Lastmod.Format "2006-01-02" }}">{{ .Lastmod.Format "2 January 2006" }}</time></p>
{{ .Content }}
{{ with .Params.topics }}<ul>{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
{{ end }}
"""
HUGO_LIST = """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary | plainify | truncate 200 }}</li>{{ end }}</ul>
{{ end }}
"""


def site_yml(rng):
    lines = [
        f"title: {SITE_TITLE}",
        "base_url: https://dhr.fernbrook.example/",
        "language: en-GB",
        f"organisation: {SITE_TITLE}",
        "contact_email: saferfernbrook@fernbrook.example",
        "exit_url: https://www.bbc.co.uk/weather",
        "review_interval_months: 12",
        "helplines:",
    ]
    for name, phone, url, hours in HELPLINES:
        lines += [f"  - name: {yaml_dq(name)}", f"    phone: {yaml_dq(phone)}",
                  f"    url: {url}", f"    hours: {hours}"]
    lines.append("topics:")
    lines += [f"  - {yaml_dq(t)}" for t in TOPICS]
    lines += [
        "accessibility:",
        "  prepared: 2026-09-01",
        "  known_issues:",
        "    - issue: Some older reviews are PDF documents that are not fully accessible",
        "      criterion: 1.3.1",
        "    - issue: Some chronology tables are wide and scroll sideways on small screens",
        "      criterion: 1.4.10",
    ]
    return "\n".join(lines) + "\n"


def review_sizes(rng, n):
    """Long-tailed target sizes in bytes, normalised to about 56 KB a review before overshoot."""
    sizes = []
    for _ in range(n):
        u = rng.random()
        if u < 0.01:
            sizes.append(rng.uniform(1.0e6, 3.0e6))
        elif u < 0.09:
            sizes.append(rng.uniform(1.2e5, 4.0e5))
        else:
            sizes.append(min(9.0e4, 20_000 * math.exp(rng.gauss(0, 0.55))))
    # Always at least one huge and a few large ones, whatever the seed, once n allows.
    if n >= 20:
        sizes[rng.randrange(n)] = rng.uniform(1.5e6, 3.0e6)
    scale = 56_000 * n / sum(sizes)
    return [max(6_000, int(s * scale)) for s in sizes]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    rng = random.Random(f"corpus-f:{a.seed}")
    out = a.out
    content = os.path.join(out, "content")
    hugo = os.path.join(out, "hugo")
    for p in (content, hugo):
        if os.path.exists(p):
            shutil.rmtree(p)
    for sub in ("reviews", "briefings"):
        os.makedirs(os.path.join(content, sub))
        os.makedirs(os.path.join(hugo, "content", sub))
    os.makedirs(os.path.join(hugo, "layouts", "_default"))

    with open(os.path.join(content, "site.yml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(site_yml(rng))
    with open(os.path.join(hugo, "hugo.toml"), "w", encoding="utf-8") as f:
        f.write(HUGO_CONFIG)
    for name, text in (("baseof.html", HUGO_BASEOF), ("single.html", HUGO_SINGLE),
                       ("list.html", HUGO_LIST)):
        with open(os.path.join(hugo, "layouts", "_default", name), "w", encoding="utf-8") as f:
            f.write(text)

    def write(sub, slug, fm, body, st, meta, kind):
        with open(os.path.join(content, sub, slug + ".md"), "wb") as f:
            f.write(encode(fm, body, st))
        with open(os.path.join(hugo, "content", sub, slug + ".md"), "wb") as f:
            f.write(encode(hugo_front_matter(meta, kind), body, st))

    sizes = review_sizes(rng, a.count)
    for i, target in enumerate(sizes, 1):
        r = random.Random(f"corpus-f:{a.seed}:review:{i}")
        fm, body, st, meta = make_review(r, i, target)
        slug = f"dhr-{i:04d}-adult-{fm.split('name: Adult ')[1][0].lower()}"
        write("reviews", slug, fm, body, st, meta, "reviews")
    for i in range(1, max(2, a.count // 10) + 1):
        r = random.Random(f"corpus-f:{a.seed}:briefing:{i}")
        fm, body, st, meta = make_briefing(r, i)
        write("briefings", f"briefing-{i:03d}", fm, body, st, meta, "briefings")
    for slug, title in PAGES:
        r = random.Random(f"corpus-f:{a.seed}:page:{slug}")
        fm, body, st, meta = make_page(r, slug, title)
        write("", slug, fm, body, st, meta, "page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
