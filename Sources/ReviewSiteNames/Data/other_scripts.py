"""Romanises given names written in other scripts as they are usually spelled in the UK.

Used by generate-first-names.py (twenty-sixth session, issue 12). Each function returns a set
of spellings, because one name is written several ways in English (`दीपक` is `Dipak` and
`Deepak`; `ગીતા` is `Gita` and `Geeta`). Only what a name list needs: no tones, no stress.
"""
import unicodedata

# Brahmic scripts share one layout: the same letter sits at the same offset from the start
# of its Unicode block (Devanagari U+0900, Bengali U+0980, Gujarati U+0A80, Oriya U+0B00,
# Tamil U+0B80), so one table keyed by offset reads all five.
BLOCKS = {0x0900: "deva", 0x0980: "beng", 0x0A80: "gujr", 0x0B00: "orya", 0x0B80: "taml"}
INDEPENDENT = {0x05: "a", 0x06: "A", 0x07: "i", 0x08: "I", 0x09: "u", 0x0A: "U", 0x0B: "ri", 0x0F: "e",
               0x10: "ai", 0x13: "o", 0x14: "au", 0x0E: "e", 0x12: "o"}
CONSONANT = {0x15: "k", 0x16: "kh", 0x17: "g", 0x18: "gh", 0x19: "n", 0x1A: "ch", 0x1B: "chh", 0x1C: "j",
             0x1D: "jh", 0x1E: "n", 0x1F: "t", 0x20: "th", 0x21: "d", 0x22: "dh", 0x23: "n", 0x24: "t",
             0x25: "th", 0x26: "d", 0x27: "dh", 0x28: "n", 0x29: "n", 0x2A: "p", 0x2B: "ph", 0x2C: "b",
             0x2D: "bh", 0x2E: "m", 0x2F: "y", 0x30: "r", 0x31: "r", 0x32: "l", 0x33: "l", 0x34: "zh",
             0x35: "v", 0x36: "sh", 0x37: "sh", 0x38: "s", 0x39: "h", 0x5C: "r", 0x5D: "rh", 0x5F: "y"}
SIGN = {0x3E: "A", 0x3F: "i", 0x40: "I", 0x41: "u", 0x42: "U", 0x43: "ri", 0x46: "e", 0x47: "e",
        0x48: "ai", 0x4A: "o", 0x4B: "o", 0x4C: "au"}
VIRAMA, ANUSVARA, CANDRABINDU, VISARGA, NUKTA = 0x4D, 0x02, 0x01, 0x03, 0x3C


def _brahmic_letters(name):
    """The name as a list of (consonant, vowel) syllables; vowel None means a virama."""
    out = []
    block, script = None, None
    for ch in name:
        cp = ord(ch)
        base = cp & ~0x7F
        if base not in BLOCKS:
            return None, None
        block, script = base, BLOCKS[base]
        off = cp - base
        if off in CONSONANT:
            out.append([CONSONANT[off], "a"])
        elif off in SIGN and out and out[-1][0]:
            out[-1][1] = SIGN[off]
        elif off == VIRAMA and out:
            out[-1][1] = None
        elif off in INDEPENDENT:
            out.append(["", INDEPENDENT[off]])
        elif off in (ANUSVARA, CANDRABINDU) and out:
            out[-1].append("n")
        elif off in (VISARGA, NUKTA):
            continue
        else:
            return None, None
    return out, script


def brahmic(name):
    """`अनिल` → {Anil}; `दीपक` → {Dipak, Deepak}; `கவிதா` → {Kavitha, Kavita}."""
    syllables, script = _brahmic_letters(name)
    if not syllables:
        return set()
    # The inherent vowel is not said at a word's end (`अनिल` is Anil, not Anila).
    # After a cluster it is kept (`वीरेन्द्र` is Virendra), and Tamil always says it.
    last = syllables[-1]
    if script != "taml" and last[0] and last[1] == "a" and len(last) == 2 and len(syllables) > 1 and syllables[-2][1] is not None:
        last[1] = None
    spellings = {""}
    for index, syllable in enumerate(syllables):
        consonant, vowel, *nasal = syllable
        if script == "taml":
            consonants = {tamil(consonant, syllables[index - 1] if index else None)}
            if consonant == "ch" and not index:
                consonants = {"s", "ch"}
            elif consonant == "t" and not index:
                consonants = {"th", "t"}
        else:
            consonants = {consonant}
        long = {"A": {"a", "aa"}, "I": {"i", "ee"}, "U": {"u", "oo"}}
        vowels = long.get(vowel, {vowel or ""})
        if vowel == "A" and consonant:
            vowels = {"a"}            # a long a after a consonant is written `a` (Sunita, not Sunitaa)
        elif vowel == "a" and consonant and 0 < index < len(syllables) - 1 and not nasal \
                and syllables[index - 1][1] is not None and syllables[index + 1][1] is not None:
            vowels = {"a", ""}        # an inherent vowel inside a name is often not said (Kamala, Kamla)
        tail = "n" if nasal else ""
        spellings = {s + c + v + tail for s in spellings for c in consonants for v in vowels}
        if len(spellings) > 16:
            return set()              # too many ways to write it: leave it out
    return {s[0].upper() + s[1:] for s in spellings if s}


# Tamil writes voiced and unvoiced stops with one letter: voiced between vowels and after a
# nasal (`முருகன்` is Murugan), unvoiced doubled or first; its dental t is written `th`
# (Kavitha, Geetha) and its `ச` is `s` between vowels (Sangeetha).
TAMIL_VOICED = {"k": "g", "t": "d", "p": "b", "ch": "s"}


def tamil(consonant, before):
    if before is None:
        return consonant
    if before[1] is not None:                       # after a vowel
        return "th" if consonant == "t" else TAMIL_VOICED.get(consonant, consonant)
    if before[0] in ("n", "m") and consonant in TAMIL_VOICED:   # after a nasal
        return "j" if consonant == "ch" else "th" if consonant == "t" else TAMIL_VOICED[consonant]
    return "th" if consonant == "t" else consonant


GREEK = dict(zip("αβγδεζηθικλμνξοπρστυφχψω", ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m",
                                               "n", "x", "o", "p", "r", "s", "t", "i", "f", "ch", "ps", "o"]))
GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "μπ": "b", "ντ": "d", "γκ": "g", "γγ": "ng",
               "αυ": "av", "ευ": "ev"}
GEORGIAN = dict(zip("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
                    ["a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh", "r", "s",
                     "t", "u", "p", "k", "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h"]))
ARMENIAN = dict(zip("աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքևօֆ",
                    ["a", "b", "g", "d", "e", "z", "e", "y", "t", "zh", "i", "l", "kh", "ts", "k", "h", "dz",
                     "gh", "ch", "m", "y", "n", "sh", "o", "ch", "p", "j", "r", "s", "v", "t", "r", "ts", "u",
                     "p", "k", "ev", "o", "f"]))


def _by_table(name, table, pairs=None):
    text = "".join(c for c in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(c))
    out, i = "", 0
    while i < len(text):
        if pairs and text[i:i + 2] in pairs:
            out += pairs[text[i:i + 2]]
            i += 2
            continue
        c = text[i]
        if c == "ς":
            c = "σ"
        if c not in table:
            return set()
        out += table[c]
        i += 1
    return {out[0].upper() + out[1:]} if out else set()


def greek(name):
    """`Γιάννης` → {Giannis, Yiannis}: the Greek standard, and the `Y` British Greeks often write."""
    spellings = _by_table(name, GREEK, GREEK_PAIRS)
    return spellings | {"Y" + s[2:] for s in spellings if s.startswith("Gi")}


def georgian(name):
    """`მანანა` → {Manana}."""
    return _by_table(name, GEORGIAN)


def armenian(name):
    """`Արամ` → {Aram}; `ու` is `u`."""
    return _by_table(name.replace("ու", "ւ").replace("ՈՒ", "ւ").replace("Ու", "ւ"), ARMENIAN)


SCRIPTS = {"hi_IN": brahmic, "mr_IN": brahmic, "ne_NP": brahmic, "gu_IN": brahmic, "or_IN": brahmic,
           "bn_BD": brahmic, "ta_IN": brahmic, "el_GR": greek, "ka_GE": georgian, "hy_AM": armenian}
