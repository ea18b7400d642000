#!/usr/bin/env python3
"""Generates the labelled anonymisation corpus (standard library only, deterministic).

Writes content/ (a valid ReviewSite content folder), names.txt (the names register) and
labels.json (every planted identifier: file, line, column, length, rule, kind, severity).

Everything is fictional: names are invented combinations, phone numbers mostly use Ofcom's
drama ranges, postcodes are made-up valid shapes. The prose around the identifiers is
ordinary DHR prose full of things that must stay quiet (pseudonyms, Acts, MARAC, agency
names, month-year dates, times, paragraph numbers, statistics, money, helplines).

Run:  python3 Tests/AnonymisationCorpus/generate.py     (rewrites the files in place)
"""
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261127
R = random.Random(SEED)

# ---------------------------------------------------------------------------------------
# Pools (fictional)
# ---------------------------------------------------------------------------------------

VICTIMS = ["Jo", "Adult R", "Sam", "River", "Morgan", "Alex", "Adult K", "Bea", "Ellie", "Toni",
           "Jess", "Anna", "Hannah", "Adult D", "Kit", "Lou", "Frankie", "Adult V"]
PERPS = ["Lee", "Adult M", "Dan", "Paul", "Adult S", "Rob", "Kieran", "Adult T", "Mark", "Carl"]
CHILDREN = ["Child 1", "Child 2", "Child A", "Child B"]
OTHERS = ["Adult F", "Friend 1", "Sibling 1", "Parent A"]

AGENCIES = ["Avonmere Police", "Wiltshire Police", "Avon and Somerset Constabulary",
            "Avonmere NHS Foundation Trust", "North Vale Hospital", "Queen Elizabeth Hospital",
            "St Mary's Hospital", "Hope Street Surgery", "Park Lane Medical Centre",
            "Avonmere Road Surgery", "Victoria Road Surgery", "Avonmere Council Children's Services",
            "Avonmere Council Adult Social Care", "Avonmere Women's Aid", "Grace House refuge",
            "the National Probation Service", "Avonmere Housing Association",
            "the South Western Ambulance Service", "Avonmere Recovery Partnership",
            "the Department for Work and Pensions", "Kingsmead Academy", "Avonmere College",
            "the community mental health team", "Avonmere Drug and Alcohol Service"]
ACTS = ["the Domestic Violence, Crime and Victims Act 2004", "section 9 of the Domestic Violence, Crime and Victims Act 2004",
        "the Domestic Abuse Act 2021", "section 76 of the Serious Crime Act 2015", "the Care Act 2014",
        "section 42 of the Care Act 2014", "section 47 of the Children Act 1989", "the Mental Health Act 1983",
        "section 17 of the Children Act 1989", "the Protection from Harassment Act 1997",
        "the Housing Act 1996", "the Mental Capacity Act 2005"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]

FIRST = ["Callum", "Siobhan", "Priya", "Kacper", "Aoife", "Oluwaseun", "Ayesha", "Darren", "Leanne",
         "Shannon", "Jamal", "Nicola", "Graham", "Bethany", "Tariq", "Zofia", "Ciaran", "Kerry",
         "Jordan", "Natalie", "Stuart", "Chloe", "Wayne", "Samantha", "Rhys", "Megan", "Tyler",
         "Gemma", "Imran", "Kirsty", "Declan", "Rachel", "Anthony", "Louise", "Mohammed", "Fatima",
         "Tomasz", "Agnieszka", "Craig", "Donna", "Stephen", "Jade", "Liam", "Abigail", "Neil",
         "Sinead", "Ravinder", "Keeley", "Connor", "Tracey", "Deborah", "Gareth", "Yusuf", "Eilidh",
         "Bogdan", "Chantelle", "Marcus", "Sophie", "Kayleigh", "Dominic"]
WORDLIKE = ["Grace", "Hope", "Will", "May", "Rose", "Dawn", "Faith", "Joy", "Mark", "Bill",
            "Iris", "Holly", "Ruby", "Amber", "Crystal", "Heather", "Jack", "Pearl"]
SURNAMES = ["Rigby", "Whitlow", "Thackeray", "Okonjo", "Pask", "Farrant", "Tregarthen", "Lowther",
            "Varley", "Kinsella", "Ardagh", "Penhale", "Brereton", "Adeyemi", "Okafor", "Hollis",
            "Bevan", "Pelham", "Lindqvist", "Marsh", "Ashworth", "Dunmore", "Cheriton", "Halloran",
            "Sadowski", "Quayle", "Entwistle", "Mahmood", "Oyelaran", "Rudge", "Fairbairn", "Cotter",
            "Nwosu", "Pennock", "Haverstock", "Blaylock", "Gorringe", "Treloar", "Winstanley", "Kowalczyk"]
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Dr.", "PC", "PCSO", "DC", "DS", "DI", "DCI", "Supt",
          "Sgt", "Insp", "Cllr", "Nurse", "Sister", "Judge", "Detective Sergeant", "Councillor", "Mrs."]

# The names register: (entry, kind); entry numbers are line numbers of names.txt.
REGISTER = ["Karen Mottram", "Dwayne Pellow", "Stacey Rudd", "Jose Ferreira", "Lorraine Gatward",
            "Tyrone Blackmore", "Kelly-Ann Spurling", "Nathan Oduya", "Bronwen Carew", "Gary Tulloch",
            "Precious Mbeki", "Hayley Dunstan", "Shane Kilbride", "Mottram", "Tregunna", "Vickery",
            "Lisa Marie Fenwick", "Aleksander Nowicki", "Danielle O'Rourke", "Ian Scully"]

STREETS = ["Acacia Avenue", "Kestrel Road", "Millbrook Close", "Station Road", "St Mary's Road",
           "Church Lane", "Orchard Way", "Coronation Street", "Hawthorn Drive", "Meadow View",
           "Elm Grove", "Linden Crescent", "Quarry Hill", "Victoria Terrace", "Brunel Court",
           "The Close", "Albion Place", "Foundry Row", "Willow Walk", "Market Square", "Granby Mews",
           "Tanners Rise", "Oak Tree Gardens", "Castle Green"]
HOUSES = ["Rose Cottage", "The Old Rectory", "Ivy Farm", "Brook Bungalow", "Mill Barn", "Hill Farmhouse",
          "The Granary", "Oakley Grange", "The Old Vicarage", "Beech Villa"]
TOWNS = ["Avonmere", "Kingsmead", "North Vale", "Lockbridge", "Easterby"]
EMAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com",
                 "icloud.com", "live.co.uk", "sky.com"]

# ---------------------------------------------------------------------------------------
# Identifier factories: each returns (text, [(rule, kind, severity, start, length)])
# ---------------------------------------------------------------------------------------


def whole(text, rule, kind, sev="error"):
    return text, [(rule, kind, sev, 0, len(text))]


def nhs_digits(valid=True):
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if d[0] == 0 or len(set(d)) == 1:
            continue
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        if valid and c != 10:
            return "".join(map(str, d + [c]))
        if not valid:
            bad = (c + R.randint(1, 9)) % 10
            if bad != c:
                return "".join(map(str, d + [bad]))


def fmt10(s, style):
    return {0: f"{s[:3]} {s[3:6]} {s[6:]}", 1: f"{s[:3]}-{s[3:6]}-{s[6:]}", 2: s}[style]


def nhs():
    style = R.choice([0, 0, 1, 2])
    return whole(fmt10(nhs_digits(), style), "nhs-number", ["spaced", "spaced", "dashed", "run"][[0, 0, 1, 2].index(style)])


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = "".join(str(R.randint(0, 9)) for _ in range(6))
    suf = R.choice("ABCD")
    if R.random() < 0.5:
        return whole(f"{p}{d}{suf}", "ni-number", "run")
    return whole(f"{p} {d[:2]} {d[2:4]} {d[4:]} {suf}", "ni-number", "spaced")


PC_AREAS1 = ["B", "M", "L", "G", "S", "N", "E", "W"]
PC_AREAS2 = ["BS", "BA", "SN", "GL", "CF", "TA", "EX", "PL", "DN", "LS", "CR", "NE", "SW", "SE", "NW", "EC", "WC", "RG", "OX"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def postcode():
    shape = R.choice(["A9", "A99", "AA9", "AA99", "A9A", "AA9A", "AA9", "AA99", "GIR", "BFPO"])
    inward = f"{R.randint(0, 9)}{R.choice(INWARD)}{R.choice(INWARD)}"
    if shape == "GIR":
        return whole("GIR 0AA", "postcode", "GIR 0AA")
    if shape == "BFPO":
        return whole(f"BFPO {R.randint(1, 999)}", "postcode", "BFPO")
    if shape == "A9":
        out = R.choice(PC_AREAS1) + str(R.randint(1, 9))
    elif shape == "A99":
        out = R.choice(["B", "M", "L", "G", "S"]) + str(R.randint(10, 99))
    elif shape == "AA9":
        out = R.choice(PC_AREAS2) + str(R.randint(1, 9))
    elif shape == "AA99":
        out = R.choice(["BS", "BA", "DN", "LS", "NE", "CF", "PL", "EX"]) + str(R.randint(10, 49))
    elif shape == "A9A":
        out = R.choice(["W1", "E1", "N1"]) + R.choice("ABCDEFGHJKPSTUW")
    else:
        out = R.choice(["EC1", "SW1", "WC2", "EC4"]) + R.choice("ABEHMNPRVWXY")
    r = R.random()
    if r < 0.15:
        return whole(out + inward, "postcode", shape + " no space")
    if r < 0.2:
        return whole((out + " " + inward).lower(), "postcode", shape + " lower case")
    return whole(out + " " + inward, "postcode", shape)


def phone():
    k = R.choice(["mobile", "mobile", "landline", "london", "bristol", "plus44m", "plus44l", "bracket", "dashed", "03"])
    m = f"07700 900{R.randint(0, 999):03d}" if R.random() < 0.6 else f"07{R.randint(400, 999)} {R.randint(100000, 999999)}"
    if k == "mobile":
        t = m if R.random() < 0.8 else m.replace(" ", "")
    elif k == "landline":
        t = f"01632 960{R.randint(0, 999):03d}" if R.random() < 0.5 else f"01{R.choice(['225', '249', '373', '454', '761'])} {R.randint(100000, 999999)}"
    elif k == "london":
        t = f"020 7946 0{R.randint(0, 999):03d}"
    elif k == "bristol":
        t = f"0117 496 0{R.randint(0, 999):03d}"
    elif k == "plus44m":
        t = f"+44 7700 900{R.randint(0, 999):03d}" if R.random() < 0.7 else f"+447700900{R.randint(0, 999):03d}"
    elif k == "plus44l":
        t = f"+44 (0)117 496 0{R.randint(0, 999):03d}"
    elif k == "bracket":
        t = f"(0117) 496-0{R.randint(0, 999):03d}"
    elif k == "dashed":
        t = f"07700-900-{R.randint(0, 999):03d}"
    else:
        t = f"0300 {R.randint(100, 999)} {R.randint(1000, 9999)}"
    return whole(t, "phone", k)


def local_part(first, last):
    f, l = first.lower(), last.lower()
    return R.choice([f"{f}.{l}", f"{f}{l}{R.randint(70, 99)}", f"{f[0]}{l}", f"{f}_{l}", f"{l}.{f[0]}{R.randint(1, 9)}"])


def email():
    lp = local_part(R.choice(FIRST), R.choice(SURNAMES))
    dom = R.choice(EMAIL_DOMAINS)
    r = R.random()
    if r < 0.6:
        return whole(f"{lp}@{dom}", "email", "plain")
    if r < 0.8:
        return whole(f"{lp} at {dom.replace('.', ' dot ')}", "email", "at-dot words")
    if r < 0.9:
        return whole(f"{lp} [at] {dom.replace('.', ' [dot] ')}", "email", "[at] [dot]")
    return whole(f"{lp} (at) {dom}", "email", "(at)")


VR_FIRST = "ABCDEFGHKLMNOPRSVWY"
VR_SECOND = "ABCDEFGHJKLMNOPRSTUVWXY"
VR_LAST = "ABCDEFGHJKLMNOPRSTUVWXYZ"


def vehicle():
    age = R.choice([f"{R.randint(2, 25):02d}", str(R.randint(51, 75))])
    t = R.choice(VR_FIRST) + R.choice(VR_SECOND) + age
    rest = "".join(R.choice(VR_LAST) for _ in range(3))
    if R.random() < 0.8:
        return whole(f"{t} {rest}", "vehicle-registration", "spaced")
    return whole(t + rest, "vehicle-registration", "run")


def full_date(year_lo=1950, year_hi=2024):
    y = R.randint(year_lo, year_hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    k = R.choice(["d Month yyyy", "d Month yyyy", "dth Month yyyy", "dth of Month yyyy", "Month d, yyyy",
                  "d Mon yyyy", "dd/mm/yyyy", "dd/mm/yy", "dd-mm-yyyy", "dd.mm.yyyy", "yyyy-mm-dd"])
    suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    t = {"d Month yyyy": f"{d} {MONTHS[m - 1]} {y}",
         "dth Month yyyy": f"{d}{suffix} {MONTHS[m - 1]} {y}",
         "dth of Month yyyy": f"{d}{suffix} of {MONTHS[m - 1]} {y}",
         "Month d, yyyy": f"{MONTHS[m - 1]} {d}, {y}",
         "d Mon yyyy": f"{d} {MON3[m - 1]} {y}",
         "dd/mm/yyyy": f"{d:02d}/{m:02d}/{y}",
         "dd/mm/yy": f"{d:02d}/{m:02d}/{y % 100:02d}",
         "dd-mm-yyyy": f"{d:02d}-{m:02d}-{y}",
         "dd.mm.yyyy": f"{d:02d}.{m:02d}.{y}",
         "yyyy-mm-dd": f"{y}-{m:02d}-{d:02d}"}[k]
    return t, k


def dob():
    t, k = full_date(1945, 2015)
    return whole(t, "date-of-birth", "near keyword: " + k)


def other_date():
    t, k = full_date(2017, 2024)
    # An event date (issue 12): its own rule, summed up once per file by ReviewSite.
    return whole(t, "event-date", "other full date: " + k, "warning")


def address():
    r = R.random()
    if r < 0.55:
        num = R.choice([str(R.randint(1, 250)), f"{R.randint(1, 90)}a", f"{(lambda n: f'{n}-{n + 2}')(R.randint(1, 120))}"])
        return whole(f"{num} {R.choice(STREETS)}", "address", "house number and street")
    if r < 0.8:
        return whole(R.choice(["Flat", "Flat", "Apartment", "Apt"]) + f" {R.randint(1, 40)}{R.choice(['', '', 'b'])}",
                     "address", "flat", "warning")
    return whole(R.choice(HOUSES), "address", "named house", "warning")


def social():
    f, l = R.choice(FIRST).lower(), R.choice(SURNAMES).lower()
    k = R.choice(["handle", "handle", "facebook", "instagram", "tiktok", "x", "linkedin", "snapchat"])
    t = {"handle": f"@{f}{l[0]}_{R.randint(80, 99)}",
         "facebook": f"facebook.com/{f}.{l}.{R.randint(1, 99)}",
         "instagram": f"https://www.instagram.com/{f}_{l}x/",
         "tiktok": f"tiktok.com/@{f}bear{R.randint(1, 99)}",
         "x": f"https://x.com/{f}{l[:3]}{R.randint(1, 9)}",
         "linkedin": f"linkedin.com/in/{f}-{l}-{R.randint(1000, 9999)}",
         "snapchat": f"snapchat.com/add/{f}_{l[:2]}xo"}[k]
    return whole(t, "social-handle", k, "warning")


def register():
    i = R.randrange(len(REGISTER))
    e = REGISTER[i]
    k = R.choice(["as written", "as written", "as written", "capitals", "possessive", "email", "handle", "url", "hyphenated"])
    words = e.split()
    if k == "capitals":
        return whole(e.upper(), "names-register", k)
    if k == "possessive":
        return e + "'s", [("names-register", k, "error", 0, len(e) + 2)]
    if k == "hyphenated":
        # A double-barrelled surname: the whole entry, then a hyphen and another name.
        t = f"{e}-{R.choice(SURNAMES)}"
        return t, [("names-register", k, "error", 0, len(e))]
    joined = ".".join(w.lower().replace("'", "") for w in words)
    if k == "email":
        t = f"{joined}@{R.choice(EMAIL_DOMAINS)}"
        return t, [("names-register", k, "error", 0, len(joined)), ("email", "plain (register name)", "error", 0, len(t))]
    if k == "handle":
        j = re.sub(r"[^a-z]", "", "".join(words).lower())  # handles allow no ' or -
        t = f"@{j}{R.randint(80, 99)}"
        return t, [("names-register", k, "error", 1, len(j)), ("social-handle", "handle (register name)", "warning", 0, len(t))]
    t = f"facebook.com/{joined}.{R.randint(1, 9)}"
    return t, [("names-register", k, "error", 13, len(joined)), ("social-handle", "facebook (register name)", "warning", 0, len(t))]


def undeclared():
    r = R.random()
    f = R.choice(FIRST)
    if r < 0.55:
        t = f"{f} {R.choice(SURNAMES)}"
        return t, [("undeclared-name", "given name and surname", "error", 0, len(t))]
    return whole(f, "undeclared-name", "given name alone")


def wordlike_surname():
    t = f"{R.choice(WORDLIKE)} {R.choice(SURNAMES)}"
    return t, [("undeclared-name", "word-like name and surname", "error", 0, len(t))]


def wordlike():
    w = R.choice([x for x in WORDLIKE if x not in ("May", "Will", "Mark", "Bill", "Jack")])
    return w


def titled():
    t = R.choice(TITLES)
    n = R.choice(SURNAMES) if R.random() < 0.75 else f"{R.choice(FIRST)} {R.choice(SURNAMES)}"
    s = f"{t} {n}"
    return s, [("titled-name", "title " + t.rstrip("."), "error", 0, len(s))]


FACTORIES = {"NHS": nhs, "NI": ni, "PCODE": postcode, "PHONE": phone, "EMAIL": email, "VRM": vehicle,
             "DOB": dob, "FD": other_date, "ADDR": address, "SOC": social, "REG": register,
             "UN": undeclared, "WLS": wordlike_surname, "TN": titled}

# ---------------------------------------------------------------------------------------
# Sentences. {V} victim, {P} perpetrator, {C} child, {O} other pseudonym, {A}/{A2} agencies,
# {MY} month and year, {T} time, {ACT} an Act, {N} a number word, {M} money, {S} statistic.
# Upper-case slots from FACTORIES plant an identifier. {WLP} word-like name + possessive,
# {WLV} word-like name + reporting verb, {WLM} word-like name mid-sentence,
# {WLQ} word-like name at the start of a sentence with no other signal.
# ---------------------------------------------------------------------------------------

NEUTRAL = [
    "{V} was in contact with {A} on {N} occasions during the period under review.",
    "In {MY} {V} told a health visitor that things at home were difficult, but did not say more.",
    "The review panel met {N} times between {MY} and {MY2}.",
    "{P} was known to {A} because of an earlier conviction for criminal damage.",
    "A MARAC referral was considered but not made, because the risk assessment was not completed.",
    "The IDVA service had no record of contact with {V} before {MY}.",
    "The MASH received a notification from {A} in {MY} and recorded it as information only.",
    "This review was commissioned under {ACT}.",
    "Agencies have a duty under {ACT} to cooperate with the review.",
    "At 10:30 that morning {V} attended an appointment with the practice nurse.",
    "Officers arrived at {T} and spoke to {V} and {P} together in the kitchen.",
    "The call lasted about {N} minutes and was recorded as a verbal argument.",
    "Nationally, around 1 in 4 women experience domestic abuse in their lifetime.",
    "The Office for National Statistics estimates that 2.3 million adults experienced domestic abuse in the year ending March 2023.",
    "Rent arrears had reached {M} by the end of {YEAR}.",
    "{V} owed {M} on a catalogue account that {P} had opened in her name.",
    "The family told the chair that {V} loved music, walking by the river and her friends.",
    "{C} was at primary school at the time and was described by staff as bright and quiet.",
    "Paragraph 13.2 of the statutory guidance describes what an individual management review should cover.",
    "As set out at paragraph 4.3, the police response focused on the incident rather than the relationship.",
    "The GP practice did not have a routine enquiry approach to domestic abuse.",
    "No single agency held the whole picture, and information was not shared.",
    "{A} accepted the findings and has already changed its referral form.",
    "A DASH risk assessment was started but not finished, because {P} was in the next room.",
    "The panel noted that {V} was never seen alone by {A}.",
    "Between {YEAR} and {YEAR2} the number of calls to the address rose from {N} to {N2}.",
    "Coercive control became a criminal offence under {ACT}.",
    "{P} declined the invitation to contribute to the review through the prison service.",
    "The chair, Nadia Berrow, has no connection with any of the agencies involved.",
    "Dr Miriam Castellane, the partnership's domestic abuse lead, reviewed the action plan.",
    "Alan Whitcombe chaired the review panel on behalf of the partnership.",
    "Anyone worried about domestic abuse can call the National Domestic Abuse Helpline on 0808 2000 247, free and at any time.",
    "Men can call the Respect Men's Advice Line on 0808 8010 327 for confidential advice.",
    "The Galop helpline (0800 999 5428) supports LGBT+ people experiencing domestic abuse.",
    "In an emergency, call 999; for non-urgent police matters, call 101, and for urgent medical advice call 111.",
    "Comments on this report can be sent to safer.avonmere@avonmere.example.",
    "Referrals are made through safeguarding@avonmere.example or the MASH duty line.",
    "The case was heard at MARAC in {MY}, and actions were given to {A} and the IDVA service.",
    "The crime reference for the incident was {BADNHS}, and no further action was taken.",
    "A case number ({BADNHS}) was opened by {A} but closed within a week.",
    "The housing officer visited at 14:15 and found nobody at home.",
    "By {MY} {V} had missed {N} appointments in a row.",
    "{C} told a teacher that there was shouting at home most nights.",
    "The school made a note of the concern but did not make a referral to the MASH.",
    "May was a difficult month for the family, and contact with agencies fell away.",
    "Will the partnership be able to show that the changes have worked?",
    "Grace periods on rent arrears were offered twice and not taken up.",
    "Hope remained that {V} would accept the offer of refuge space.",
    "Faith leaders were not consulted during the review, and the panel regrets this.",
    "Mark the point at which the pattern of control became visible to agencies.",
    "Bill payments were taken from {V}'s account by {P} without her knowledge.",
    "Staff from Grace House refuge told the review that {V} had visited once.",
    "{V} was registered at Hope Street Surgery throughout the period.",
    "The surgery at Park Lane Medical Centre saw {C} for asthma on {N} occasions.",
    "A referral was sent to Avonmere Road Surgery in {MY}.",
    "{V} attended the emergency department at Queen Elizabeth Hospital in {MY}.",
    "{V} lived in the BS7 area of the city for most of her adult life.",
    "{P} drove a grey hatchback and often waited outside her workplace.",
    "The journey along the M25 motorway took them most of the day.",
    "Leaflets were printed on A4 paper and left in the waiting room.",
    "Recommendation 4 asks the partnership to audit MARAC referrals each year.",
    "In Year 9 {C} began to miss school on Mondays.",
    "{V} was aged 34 when she died, and is greatly missed by her family.",
    "Mr A, a neighbour, told the police he had heard shouting on several nights.",
    "Mrs B, {V}'s manager, said she had noticed bruising on one occasion.",
    "A Nurse Practitioner at the surgery reviewed {V}'s medication.",
    "The Lord Chancellor's guidance on disclosure was followed.",
    "Officers from the Public Protection Unit reviewed the file in {MY}.",
    "The probation officer completed an OASys assessment, which rated {P} as medium risk.",
    "At {T} {P} phoned {V} {N} times in a row.",
    "Approximately 64 per cent of the calls were made late at night.",
    "The panel's terms of reference are at Appendix 2.",
    "Section 3 of this report describes the review process, and section 9 sets out the recommendations.",
    "The family's contribution was invaluable, and the panel thanks them.",
    "{V} had worked at a local supermarket for {N} years.",
    "Her manager, {O}, said that {V} was always reliable and kind.",
    "{O} told the chair that {P} would ring the shop to check she was there.",
    "On two occasions in {MY} the police were called by a neighbour.",
    "A Clare's Law disclosure was considered and not made.",
    "The Domestic Violence Disclosure Scheme was not used.",
    "The health visitor completed {N} home visits before {C} started school.",
    "Universal Credit payments were made into a joint account controlled by {P}.",
    "{P} pleaded guilty in {MY} and was sentenced to {N2} years' imprisonment.",
    "The inquest was opened and adjourned pending the criminal trial.",
    "Agencies told the review that caseloads were high throughout {YEAR}.",
    "The review considered research on economic abuse published by Surviving Economic Abuse.",
    "The Home Office quality assurance panel reviewed the report in {MY}.",
    "A total of {M} was spent on the review, including the independent chair's fees.",
    "Compared with 2019, referrals to the IDVA service rose by 18.5% in 2022.",
    "The risk was scored at 12 on the DASH checklist, below the threshold of 14 for MARAC.",
    "{A2} and {A} held a joint meeting in {MY}.",
    "There is no evidence that {V} was asked directly about domestic abuse by {A}.",
    "Training on coercive control was delivered to 450 staff across 12 teams.",
    "The CSP agreed the action plan at its meeting in {MY}.",
    "{C} now lives with {V}'s mother and is doing well at school.",
    "{V}'s sister said that {V} had changed after she moved in with {P}.",
    "Version 2.1 of the referral pathway was published in {MY}.",
    "Between 09:00 and 17:00 the MASH duty desk takes calls from professionals.",
    "Figure 3 shows contact with agencies by quarter.",
    "A Detective Sergeant from the Public Protection Unit reviewed the case in {MY}.",
    "The Sergeant on duty decided that no further action was needed.",
    "Sarah's Law, the Child Sex Offender Disclosure Scheme, was not relevant to this review.",
    "{C}'s school takes part in Operation Encompass, so it is told the next morning after a police call.",
    "SafeLives, Women's Aid and Refuge all publish guidance on routine enquiry.",
    "Citizens Advice helped {V} with a debt relief order in {MY}.",
    "The Samaritans can be called free on 116 123 at any time.",
    "The Freedom Programme was offered to {V} twice, in {MY} and {MY2}.",
    "Pharmacies in the area take part in the Ask for ANI codeword scheme.",
    "Victim Support contacted {V} by letter after the incident in {MY}.",
    "{V} was seen at the Jobcentre Plus office {N} times in {YEAR}.",
    "The review heard from Dr Barnardo's, which ran the children's centre until {YEAR}.",
    "Contact with agencies peaked in Q3 {YEAR}, when {N} incidents were logged.",
    "The 2021 Act created a statutory definition of domestic abuse that includes children.",
]

LEAKY = [
    "{V}'s NHS number, {NHS}, appeared in the discharge letter copied to the panel.",
    "NHS number {NHS} was recorded on the referral form sent to {A}.",
    "{NHS} was given as the patient identifier in the GP records.",
    "The ambulance record listed {V}'s NHS number as {NHS}.",
    "{P}'s National Insurance number ({NI}) was used to open the joint claim.",
    "{NI} was the National Insurance number on the tenancy application.",
    "The benefit claim was made under National Insurance number {NI} in {MY}.",
    "{V} lived at an address in {PCODE} at the time.",
    "The refuge was in {TOWN}, {PCODE}, about forty miles away.",
    "{PCODE} was the postcode recorded by {A} for the family home.",
    "Post was redirected to {PCODE} after {V} moved.",
    "{P} was serving overseas and gave his address as {PCODE}.",
    "{V} called {A} from {PHONE} at {T}.",
    "{PHONE} was the mobile number {P} used to send the messages.",
    "{P} rang the surgery {N} times from {PHONE} in a single afternoon.",
    "The referral gave {V}'s number as {PHONE} and asked for a call back.",
    "The IDVA left a message on {PHONE} but the call was not returned.",
    "{V} used the email address {EMAIL} to contact the housing team.",
    "{EMAIL} was the address {P} used to message {V}'s friends.",
    "Messages were sent from {EMAIL} to {V}'s employer.",
    "{P} set up a new account, {EMAIL}, to get round the block.",
    "{P}'s car, registration {VRM}, was seen outside the refuge in {MY}.",
    "{VRM} was flagged on the automatic number plate recognition system.",
    "Officers stopped a van ({VRM}) on the ring road in {MY}.",
    "{V} was born on {DOB} in {TOWN}.",
    "{C} was born on {DOB}, shortly before the family moved.",
    "{P} (DOB {DOB}) was known to {A}.",
    "The referral recorded a date of birth of {DOB} for {V}.",
    "{V} died on {DOB} at the family home.",
    "{V} died in hospital on {DOB}.",
    "The funeral took place on {DOB}.",
    "{V}'s mother was born on {DOB} and lives nearby.",
    "{DOB} is recorded in the hospital notes as {V}'s date of birth.",
    "Date of birth: {DOB}.",
    "On {FD} officers attended the address after a call from a neighbour.",
    "{V} saw her GP on {FD} about poor sleep.",
    "{FD}: {V} attended the emergency department with a wrist injury.",
    "A strategy meeting was held on {FD} and agreed a section 47 enquiry.",
    "The last contact with {A} was on {FD}, when {V} said she felt safe.",
    "The police were called to {ADDR} in {MY} after reports of shouting.",
    "{ADDR} was the home {V} shared with {P} from {YEAR}.",
    "{V} and {C} moved to {ADDR} in {TOWN} in {MY}.",
    "{P} was bailed to an address at {ADDR}, {TOWN}.",
    "The family lived at {ADDR} on the edge of {TOWN}.",
    "{P} posted photographs of {V} on his account {SOC}.",
    "{V}'s friend shared screenshots from {SOC} with the police.",
    "{SOC} was the account {P} used to follow {V} after the separation.",
    "The messages came from a profile at {SOC}.",
    "{REG} was the neighbour who called the police in {MY}.",
    "The police spoke to {REG} at the scene.",
    "{V}'s friend, {REG}, gave a statement to the review.",
    "A witness statement from {REG} was read at the trial.",
    "{REG} told officers that {P} had threatened {V} before.",
    "The probation officer, {REG}, supervised {P} from {YEAR}.",
    "{UN} from {A} visited the family in {MY}.",
    "{V}'s key worker, {UN}, made a referral to the IDVA service.",
    "{UN} said that {V} had seemed frightened at the last appointment.",
    "The health visitor, {UN}, completed the home visit in {MY}.",
    "A neighbour, {UN}, heard screaming and called 999.",
    "{V} stayed with her friend {UN} for a few nights in {MY}.",
    "{P}'s brother, {UN}, collected {C} from school on {N} occasions.",
    "{WLS} from the housing team called {V} twice.",
    "The social worker, {WLS}, visited the family in {MY}.",
    "{WLS} was the neighbour who looked after {C}.",
    "{WLP} account of the night was consistent with the police log.",
    "The chair met {WLP} mother, who asked the review to be honest about what happened.",
    "{WLV} the police that {P} had a knife.",
    "On the phone, {WLV} the IDVA that she was afraid to go home.",
    "{V} confided in her colleague {WLM} about the messages.",
    "{V} spoke to {WLM} about leaving {P} but did not say when.",
    "The landlord passed the keys to {WLM} when the tenancy ended.",
    "{WLQ} had worked with {V} for {N} years and noticed the change in her.",
    "{TN} reviewed {V} at the surgery in {MY}.",
    "{TN} attended the address and completed the DASH risk assessment.",
    "The case was allocated to {TN} from the Public Protection Unit.",
    "{V} was seen by {TN}, who referred her to the community mental health team.",
    "At the strategy meeting, {TN} raised concerns about {C}.",
    "The ward manager, {TN}, made a safeguarding referral in {MY}.",
]

TABLE_LEAKY = [
    ("{V} attended the emergency department; NHS number {NHS} on the record", "health"),
    ("Call from {PHONE} to the police control room", "police"),
    ("{TN} completed a home visit", "visit"),
    ("Letter sent to {ADDR}, {PCODE}", "housing"),
    ("Car {VRM} seen outside the refuge", "police"),
    ("{REG} reported shouting to the police", "police"),
    ("DOB {DOB} recorded on referral", "referral"),
    ("Email from {EMAIL} to the housing officer", "housing"),
    ("Contact with {UN} at the food bank", "voluntary"),
]
TABLE_NEUTRAL = [
    "Police called by a neighbour; verbal argument recorded",
    "{V} seen by the practice nurse at 10:30",
    "MARAC referral considered, not made",
    "IDVA service offered support; {V} declined",
    "Strategy meeting under section 47 of the Children Act 1989",
    "Rent arrears of {M} reported to the housing officer",
    "{C} missed 6 days of school",
    "MASH screening recorded as information only",
    "GP review of medication for low mood",
    "Referral to the IDVA service accepted",
]

SECTIONS = ["Executive summary", "The review process", "Background", "Chronology", "Key findings",
            "Analysis", "Learning", "Conclusions"]

# ---------------------------------------------------------------------------------------
# Assembly with exact columns
# ---------------------------------------------------------------------------------------

labels = []


class Line:
    def __init__(self):
        self.text = ""
        self.marks = []  # (col0, rule, kind, sev, length, text)

    def add(self, s):
        self.text += s

    def plant(self, s, sub):
        base = len(self.text)
        for rule, kind, sev, start, length in sub:
            self.marks.append((base + start, rule, kind, sev, length, s[start:start + length]))
        self.text += s


SLOT = re.compile(r"\{([A-Z0-9]+)\}")


class Doc:
    def __init__(self, v, p, c, o):
        self.v, self.p, self.c, self.o = v, p, c, o

    def simple(self, name):
        y = R.randint(2017, 2023)
        return {"V": self.v, "P": self.p, "C": self.c, "O": self.o, "A": R.choice(AGENCIES),
                "A2": R.choice(AGENCIES), "MY": f"{R.choice(MONTHS)} {y}", "MY2": f"{R.choice(MONTHS)} {y + 1}",
                "YEAR": str(y), "YEAR2": str(y + 2), "T": f"{R.randint(7, 23):02d}:{R.choice(['00', '15', '30', '45', '05', '50'])}",
                "N": R.choice(["two", "three", "four", "five", "six", "seven", "eight", "11", "14"]),
                "N2": R.choice(["nine", "ten", "12", "15", "18"]),
                "M": R.choice(["£1,250", "£380", "£12,000", "£2.4 million", "£37,500", "£650", "£4,800"]),
                "TOWN": R.choice(TOWNS), "ACT": R.choice(ACTS),
                "BADNHS": nhs_digits(valid=False)}.get(name)

    def render(self, template, line):
        pos = 0
        for m in SLOT.finditer(template):
            line.add(template[pos:m.start()])
            name = m.group(1)
            s = self.simple(name)
            if s is not None:
                line.add(s)
            elif name in FACTORIES:
                t, sub = FACTORIES[name]()
                line.plant(t, sub)
            elif name == "WLP":
                w = wordlike()
                line.plant(w + "'s", [("undeclared-name", "word-like name + possessive", "error", 0, len(w))])
            elif name == "WLV":
                w = wordlike()
                v = R.choice(["told", "said to", "told"])
                line.plant(w, [("undeclared-name", "word-like name + reporting verb", "error", 0, len(w))])
                line.add(" " + v)
            elif name == "WLM":
                w = wordlike()
                line.plant(w, [("undeclared-name", "word-like name mid-sentence", "warning", 0, len(w))])
            elif name == "WLQ":
                w = wordlike()
                line.plant(w, [("undeclared-name", "word-like name at sentence start, no other signal", "quiet", 0, len(w))])
            else:
                raise KeyError(name)
            pos = m.end()
        line.add(template[pos:])


def paragraph(doc, number, leak_p):
    line = Line()
    line.add(f"{number} ")
    n = R.randint(3, 6)
    for i in range(n):
        if i:
            line.add(" ")
        if R.random() < leak_p:
            doc.render(R.choice(LEAKY), line)
        else:
            doc.render(R.choice(NEUTRAL), line)
    return line


def chronology_table(doc):
    lines = []
    head = Line()
    head.add("```table")
    lines.append(head)
    for t in ["caption: Summary of contact with agencies", "| When | Agency | What happened |", "| --- | --- | --- |"]:
        ln = Line()
        ln.add(t)
        lines.append(ln)
    for _ in range(R.randint(5, 9)):
        ln = Line()
        ln.add(f"| {R.choice(MONTHS)} {R.randint(2018, 2022)} | {R.choice(AGENCIES)} | ")
        if R.random() < 0.4:
            doc.render(R.choice(TABLE_LEAKY)[0], ln)
        else:
            doc.render(R.choice(TABLE_NEUTRAL), ln)
        ln.add(" |")
        lines.append(ln)
    end = Line()
    end.add("```")
    lines.append(end)
    return lines


def link_paragraph(doc, number):
    """Identifiers in link text and link targets."""
    line = Line()
    line.add(f"{number} ")
    k = R.choice(["email-target", "social-target", "name-text", "neutral", "neutral"])
    if k == "email-target":
        t, sub = email()
        if "@" in t and " " not in t:
            line.add(f"{doc.v}'s last message to the housing team came from [her personal address](mailto:")
            line.plant(t, sub)
            line.add(").")
        else:
            line.add(f"{doc.v} wrote from ")
            line.plant(t, sub)
            line.add(" to the housing team.")
    elif k == "social-target":
        f, l = R.choice(FIRST).lower(), R.choice(SURNAMES).lower()
        t = f"https://www.facebook.com/{f}.{l}.{R.randint(1, 99)}"
        line.add(f"{doc.p} posted about {doc.v} on [his public profile](")
        line.plant(t, [("social-handle", "facebook link target", "warning", 0, len(t))])
        line.add(").")
    elif k == "name-text":
        line.add("The statement by [")
        t, sub = undeclared()
        line.plant(t, [(r, "link text: " + kd, s, a, b) for r, kd, s, a, b in sub])
        line.add("](https://www.avonmere-csp.example/reviews/) is summarised in section 5.")
    else:
        line.add("The [National Domestic Abuse Helpline](https://www.nationaldahelpline.org.uk/) and the "
                 "[Home Office statutory guidance](https://www.gov.uk/government/publications/domestic-homicide-review-statutory-guidance) "
                 f"were shared with {doc.v}'s family in {R.choice(MONTHS)} {R.randint(2019, 2023)}.")
    return line


def front_matter(doc, kind, slug, idx):
    lines = []

    def plain(s):
        ln = Line()
        ln.add(s)
        lines.append(ln)

    plain("---")
    plain(f"type: {kind}")
    year = 2017 + idx % 7
    title = f"DHR: {doc.v} ({year})" if kind == "dhr" else f"Learning briefing: {doc.v} ({year})"
    plain(f'title: "{title}"')
    ln = Line()
    ln.add('summary: "')
    if idx % 6 == 1:
        ln.add(f"The review into the death of {doc.v}, who lived at ")
        t, sub = address()
        ln.plant(t, sub)
        ln.add(f" and was killed by her partner in {R.choice(MONTHS)} {year}.")
    elif idx % 6 == 3:
        ln.add(f"The review into the death of {doc.v}. Her neighbour ")
        t, sub = undeclared()
        ln.plant(t, sub)
        ln.add(" raised the alarm.")
    elif idx % 6 == 5:
        ln.add(f"{doc.v} was born on ")
        t, sub = dob()
        ln.plant(t, sub)
        ln.add(" and died in " + f"{R.choice(MONTHS)} {year}.")
    else:
        ln.add(f"The review into the death of {doc.v}, who was killed by {doc.p} in {R.choice(MONTHS)} {year}. It looks at how agencies under {R.choice(ACTS)} shared information.")
    ln.add('"')
    lines.append(ln)
    plain("status: published")
    plain(f"published: 2026-0{1 + idx % 8}-10")
    plain(f"reviewed: 2026-0{1 + idx % 8}-20")
    if kind == "dhr":
        plain(f"home_office_qa: 2025-12-{10 + idx % 15:02d}")
    plain("pseudonyms:")
    for name, role in [(doc.v, "the victim"), (doc.p, f"{doc.v}'s partner"), (doc.c, f"{doc.v}'s child"), (doc.o, f"{doc.v}'s manager")]:
        plain(f'  - name: "{name}"')
        ln = Line()
        ln.add('    role: "')
        if name == doc.p and idx % 5 == 2:
            ln.add(f"{doc.v}'s partner, known to friends as ")
            t, sub = register()
            ln.plant(t, sub)
        else:
            ln.add(role)
        ln.add('"')
        lines.append(ln)
    plain("topics:")
    plain('  - "coercive control"')
    plain(f'  - "{R.choice(["economic abuse", "health services", "routine enquiry", "children", "housing", "MARAC"])}"')
    plain("---")
    return lines


def document(idx):
    v = VICTIMS[idx % len(VICTIMS)]
    p = PERPS[(idx * 7) % len(PERPS)]
    c = CHILDREN[idx % len(CHILDREN)]
    o = OTHERS[idx % len(OTHERS)]
    doc = Doc(v, p, c, o)
    kind = "dhr" if idx % 4 else "briefing"
    slug = f"{'dhr' if kind == 'dhr' else 'briefing'}-{v.lower().replace(' ', '-')}-{idx:02d}"
    lines = front_matter(doc, kind, slug, idx)
    leak_p = 0.11
    for s, title in enumerate(SECTIONS, start=1):
        h = Line()
        h.add(f"## {title}")
        lines += [h, Line()]
        if title == "Chronology":
            lines += chronology_table(doc) + [Line()]
        count = R.randint(3, 6)
        for i in range(1, count + 1):
            if title == "Chronology" and R.random() < 0.3:
                # "3.4 May 2021 ..." paragraph number followed by a month and year: a trap.
                ln = Line()
                ln.add(f"{s}.{i} {R.choice(MONTHS)} {R.randint(2018, 2022)}: ")
                doc.render(R.choice(NEUTRAL), ln)
                lines.append(ln)
            elif i == count and R.random() < 0.35:
                lines.append(link_paragraph(doc, f"{s}.{i}"))
            else:
                lines.append(paragraph(doc, f"{s}.{i}", leak_p))
            lines.append(Line())
    folder = "reviews" if kind == "dhr" else "briefings"
    return f"content/{folder}/{slug}.md", lines


def write_file(rel, lines):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for n, ln in enumerate(lines, start=1):
            f.write(ln.text + "\n")
            for col0, rule, kind, sev, length, text in ln.marks:
                assert ln.text[col0:col0 + length] == text
                labels.append({"file": rel, "line": n, "column": col0 + 1, "length": length,
                               "rule": rule, "kind": kind, "severity": sev, "text": text})


SITE_YML = """# Corpus site settings. Everyone and everything in this corpus is fictional.
title: Avonmere Community Safety Partnership
base_url: https://www.avonmere-csp.example/
language: en-GB
organisation: Avonmere Community Safety Partnership
contact_email: safer.avonmere@avonmere.example
review_interval_months: 12
public_names:
  - Miriam Castellane
  - Nadia Berrow
  - Alan Whitcombe
helplines:
  - name: National Domestic Abuse Helpline
    phone: 0808 2000 247
    url: https://www.nationaldahelpline.org.uk/
    hours: Free, confidential, 24 hours a day
  - name: Respect Men's Advice Line
    phone: 0808 8010 327
    url: https://mensadviceline.org.uk/
    hours: Free and confidential
  - name: Galop LGBT+ Domestic Abuse Helpline
    phone: 0800 999 5428
    url: https://galop.org.uk/
    hours: Free and confidential
  - In an emergency call 999
  - "Avonmere Outreach: 0117 496 0123, outreach.team@avonmere.example"
accessibility:
  prepared: 2026-09-01
  known_issues: []
"""

SIMPLE_PAGES = {
    "content/index.md": ("page", "Avonmere Community Safety Partnership",
                         "The partnership publishes Domestic Homicide Reviews and learning briefings so that agencies learn from every death."),
    "content/reviews/index.md": ("page", "Domestic Homicide Reviews",
                                 "Each review looks at how agencies worked with the person who died, and what must change."),
    "content/briefings/index.md": ("page", "Learning briefings",
                                   "Short summaries of the learning from reviews, for frontline staff."),
}


# Hand-written development documents (issue 12): handwritten/*.md, copied into
# content/reviews/ with each planted identifier marked inline as
#     [[rule|severity|kind|text]]
# (severity: error, warning or quiet). The marks are taken out and become labels.
# Their register entries follow REGISTER in names.txt.
HANDWRITTEN_REGISTER = ["Pieter van der Berg", "Aisha al-Hassan", "Rhodri ap Gwilym", "Roisin O'Callaghan",
                        "Lachlan McAllister", "Blessing Oyewole-Bankole", "Mehmet Yilmaz", "Wei Chen",
                        "Nkechi Eze", "Bartosz Wisniewski", "Guled Warsame", "Ioana Popescu",
                        "Maria de la Cruz", "Harpreet Kaur Sandhu", "Dylan ap Iorwerth"]
MARK = re.compile(r"\[\[([a-z-]+)\|(error|warning|quiet)\|([^|\]]*)\|([^\]]+)\]\]")


def handwritten():
    folder = os.path.join(HERE, "handwritten")
    if not os.path.isdir(folder):
        return
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".md"):
            continue
        lines = []
        for raw in open(os.path.join(folder, name), encoding="utf-8").read().split("\n"):
            ln = Line()
            pos = 0
            for m in MARK.finditer(raw):
                ln.add(raw[pos:m.start()])
                rule, sev, kind, text = m.groups()
                ln.plant(text, [(rule, "handwritten: " + kind, sev, 0, len(text))])
                pos = m.end()
            ln.add(raw[pos:])
            lines.append(ln)
        if lines and lines[-1].text == "":
            lines.pop()
        write_file(f"content/reviews/{name}", lines)


def main():
    out = os.path.join(HERE, "content")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    with open(os.path.join(out, "site.yml"), "w") as f:
        f.write(SITE_YML)
    for rel, (kind, title, text) in SIMPLE_PAGES.items():
        write_file(rel, [_plain(x) for x in ["---", f"type: {kind}", f'title: "{title}"', "status: published",
                                                "published: 2026-01-10", "reviewed: 2026-06-01", "---", text]])
    for idx in range(50):
        rel, lines = document(idx)
        write_file(rel, lines)
    handwritten()
    with open(os.path.join(HERE, "names.txt"), "w") as f:
        f.write("\n".join(REGISTER + HANDWRITTEN_REGISTER) + "\n")
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump({"seed": SEED, "labels": labels}, f, indent=0)
    print(f"{len(labels)} labels")


def _plain(s):
    ln = Line()
    ln.add(s)
    return ln


if __name__ == "__main__":
    main()
