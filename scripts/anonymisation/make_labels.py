#!/usr/bin/env python3
"""Builds a hand-written labelled anonymisation corpus from its marked sources.

  python3 scripts/anonymisation/make_labels.py Tests/AnonymisationCorpus2

Used by every hand-written corpus (Tests/AnonymisationCorpus2 to 49, 52 to 54, 57 to 74, 76, 78 to 84, 86 to 88, 90 to 95, 97 to 100, 102, 103, 105 to 117, 119, 121, 123 to 127 and 130 to 132;
Tests/AnonymisationHeldout45, 47, 50, 51, 55, 56, 77, 85, 89, 96, 101, 104, 118, 120, 122, 128, 129 and 133 to 136),
written by the conventions in scripts/anonymisation/LABELLING.md;
each once had its own copy of this script, which the helpers writing them adapted (titles
such as DI, DCI and Supt; the quasi-identifier rule). This is the union of those copies, and
gives every corpus the same labels.json and content/ as its own copy did.

Reads every file under source/ (the hand-written text, with each planted identifier marked
as [[rule:text]], [[rule/kind:text]] or [[rule!severity:text]]), writes the same file with
the markers removed under content/, and writes labels.json in the format of
Tests/AnonymisationCorpus/labels.json: file (relative to this folder), 1-based line and
column counted in Unicode characters from the first line of the file (front matter included),
length and text of the span, rule, kind and expected severity.

The prose is not generated: this script only strips markers and records where they were.
It also checks the planted values (NHS check digits, NI prefixes, names-register spans that
really come from names.txt, undeclared and titled names that are not in it) and warns about
register names left unmarked in the text. Standard library only.
"""
import json
import os
import re
import sys

if len(sys.argv) != 2 or not os.path.isdir(os.path.join(sys.argv[1], "source")):
    sys.exit("usage: make_labels.py CORPUS_FOLDER (a folder with source/ and names.txt)")
HERE = os.path.abspath(sys.argv[1])
SOURCE = os.path.join(HERE, "source")
CONTENT = os.path.join(HERE, "content")

RULES = ["names-register", "titled-name", "undeclared-name", "nhs-number", "ni-number", "postcode",
         "phone", "email", "vehicle-registration", "date-of-birth", "address", "social-handle", "quasi-identifier"]
DEFAULT_SEVERITY = {r: "error" for r in RULES}
DEFAULT_SEVERITY["social-handle"] = "warning"
DEFAULT_SEVERITY["quasi-identifier"] = "warning"

MARK = re.compile(r"\[\[([a-z-]+)(?:/([^:!\]]+))?(?:!(error|warning|quiet))?:(.+?)\]\]")
PARTICLES = {"de", "la", "van", "der", "bin", "ap", "al", "mc", "mac", "o", "von", "da", "le"}
WELSH_STREET = re.compile(r"\b(Heol|Ffordd|Stryd|Lôn|Maes|Cilgant|Rhodfa|Llwyn|Ffordd)\b")
WELSH_AREAS = {"CF", "SA", "LL", "NP", "SY", "LD"}


def register():
    entries = []
    with open(os.path.join(HERE, "names.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            # Blank lines and `#` comments, as ReviewSite itself reads the register.
            if not parts or parts[0].startswith("#"):
                continue
            # Particles (de la, van der, bin, ap) belong to the surname.
            i = len(parts) - 1
            while i > 1 and parts[i - 1].lower() in PARTICLES:
                i -= 1
            entries.append({"full": " ".join(parts), "first": parts[0], "middle": parts[1:i],
                            "last": " ".join(parts[i:])})
    return entries


def tokens(text):
    return [t for t in re.split(r"[\s,.\-']+", text) if t]


def nhs_valid(digits):
    if len(digits) != 10:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


NI_BAD_FIRST, NI_BAD_SECOND = set("DFIQUV"), set("DFIOQUV")
NI_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_valid(text):
    s = re.sub(r"\s", "", text).upper()
    m = re.fullmatch(r"([A-Z]{2})(\d{6})([A-D])", s)
    return bool(m) and s[0] not in NI_BAD_FIRST and s[1] not in NI_BAD_SECOND and m.group(1) not in NI_BAD_PREFIX


TITLES = ["PCSO", "Detective", "Chief", "Superintendent", "Constable", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Professor", "Prof", "Reverend", "Rev", "Revd", "Councillor",
          "Cllr", "PC", "DC", "DS", "DI", "DCI", "Supt", "Sgt", "Sergeant", "Inspector", "Sister", "Father", "Imam", "Pastor", "Judge", "Nurse"]


def classify(rule, text, reg):
    t = text
    if rule == "names-register":
        if "," in t:
            return "reversed (Surname, First)"
        if t.isupper() and len(t.split()) > 1:
            return "capitals"
        if re.match(r"^[A-Z]\.?\s", t) and len(t.split()) >= 2:
            return "initial + surname"
        if t.endswith("'s") or t.endswith("’s"):
            return "possessive"
        for e in reg:
            if t == e["full"]:
                return "full name with middle" if e["middle"] else "full name"
        for e in reg:
            if t == e["first"] + " " + e["last"] and e["middle"]:
                return "first + surname (middle omitted)"
            if t == e["last"]:
                return "surname alone"
            if t == e["first"]:
                return "first name alone"
            if t in (e["last"] + "s", e["last"] + "es"):
                return "family plural"
            if e["middle"] and t == " ".join([e["first"]] + e["middle"]):
                return "first + middle"
        return "other part"
    if rule == "titled-name":
        return "title " + t.split()[0].rstrip(".")
    if rule == "undeclared-name":
        return "full name" if len(t.split()) == 2 else "full name, %d words" % len(t.split())
    if rule == "nhs-number":
        return "hyphenated" if "-" in t else ("spaced" if " " in t else "unspaced")
    if rule == "ni-number":
        return "spaced" if " " in t else "unspaced"
    if rule == "postcode":
        if t.upper().startswith("BFPO"):
            return "BFPO"
        area = re.match(r"[A-Z]+", t.upper()).group(0)
        return "Welsh area" if area in WELSH_AREAS else "full postcode"
    if rule == "phone":
        if t.startswith("+") or t.startswith("00"):
            return "international"
        if "." in t:
            return "dotted"
        return "mobile" if re.sub(r"\D", "", t).startswith("07") else "landline"
    if rule == "email":
        return "spaced around @ and ." if " @ " in t or " . " in t else "plain"
    if rule == "vehicle-registration":
        s = t.upper()
        if re.fullmatch(r"[A-Z]{2}\d{2}\s?[A-Z]{3}", s):
            return "current"
        if re.fullmatch(r"[A-Z]\d{1,3}\s?[A-Z]{3}", s):
            return "prefix"
        if re.fullmatch(r"[A-Z]{3}\s?\d{1,3}[A-Z]", s):
            return "suffix"
        return "dateless"
    if rule == "date-of-birth":
        if re.search(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", t):
            return "numeric date"
        if re.search(r"\b\d{1,2}(st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}", t) or re.search(r"[A-Z][a-z]+\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}", t):
            return "full date"
        return "month and year"
    if rule == "address":
        if re.match(r"^(Flat|Apartment|Room|Unit)\b", t):
            return "flat"
        if WELSH_STREET.search(t):
            return "Welsh street"
        if not re.match(r"^\d", t):
            return "named house + street"
        return "number + street"
    if rule == "social-handle":
        low = t.lower()
        for key, name in [("facebook", "Facebook"), ("fb.com", "Facebook"), ("instagram", "Instagram"),
                          ("twitter", "X/Twitter"), ("x.com", "X/Twitter"), ("threads", "Threads"),
                          ("youtube", "YouTube"), ("wa.me", "WhatsApp"), ("tiktok", "TikTok"),
                          ("snapchat", "Snapchat"), ("linkedin", "LinkedIn")]:
            if key in low:
                return name
        return "bare @handle"
    return ""


def pseudonyms_of(text):
    names = set()
    if text.startswith("---\n"):
        fm = text.split("\n---\n", 1)[0]
        for m in re.finditer(r'^\s*- name:\s*"?([^"\n]+)"?', fm, re.M):
            names.add(m.group(1).strip())
    return names


def main():
    reg = register()
    reg_tokens = set()
    for e in reg:
        for tok in tokens(e["full"]):
            if tok.lower() not in PARTICLES:
                reg_tokens.add(tok.lower())
    labels, problems, warnings = [], [], []
    words = 0
    for folder, _, files in sorted(os.walk(SOURCE)):
        for name in sorted(files):
            src = os.path.join(folder, name)
            rel = os.path.relpath(src, SOURCE)
            dst = os.path.join(CONTENT, rel)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(src, encoding="utf-8") as f:
                raw = f.read()
            out_lines, spans = [], []
            for n, line in enumerate(raw.split("\n"), start=1):
                out, pos = [], 0
                col = 0  # characters written so far on this output line
                for m in MARK.finditer(line):
                    before = line[pos:m.start()]
                    out.append(before)
                    col += len(before)
                    rule, kind, sev, text = m.group(1), m.group(2), m.group(3), m.group(4)
                    if rule not in RULES:
                        problems.append(f"{rel}:{n}: unknown rule {rule!r}")
                    spans.append({"file": os.path.join("content", rel), "line": n, "column": col + 1,
                                  "length": len(text), "rule": rule,
                                  "kind": kind or classify(rule, text, reg),
                                  "severity": sev or DEFAULT_SEVERITY.get(rule, "error"), "text": text})
                    out.append(text)
                    col += len(text)
                    pos = m.end()
                out.append(line[pos:])
                new = "".join(out)
                if "[[" in new or "]]" in new:
                    problems.append(f"{rel}:{n}: unclosed or malformed marker")
                out_lines.append(new)
            result = "\n".join(out_lines)
            with open(dst, "w", encoding="utf-8") as f:
                f.write(result)
            if not name.endswith(".md"):
                continue
            words += len(result.split())
            pseud = pseudonyms_of(result)
            for ps in pseud:
                for tok in tokens(ps):
                    if tok.lower() in reg_tokens:
                        problems.append(f"{rel}: pseudonym {ps!r} collides with a register name")
            # Check every span against the written file.
            written = result.split("\n")
            for s in spans:
                got = written[s["line"] - 1][s["column"] - 1:s["column"] - 1 + s["length"]]
                if got != s["text"]:
                    problems.append(f"{rel}:{s['line']}: span mismatch {got!r} != {s['text']!r}")
                t, r = s["text"], s["rule"]
                if r == "nhs-number" and not nhs_valid(re.sub(r"\D", "", t)):
                    problems.append(f"{rel}:{s['line']}: NHS number {t!r} fails the check digit")
                if r == "ni-number" and not ni_valid(t):
                    problems.append(f"{rel}:{s['line']}: NI number {t!r} is not valid")
                if r == "names-register" and "variant" not in s["kind"]:
                    toks = [x for x in tokens(re.sub(r"['’]s$", "", t)) if len(x) > 1 and x.lower() not in PARTICLES and x not in TITLES]
                    for x in toks:
                        xl = x.lower()
                        if xl not in reg_tokens and xl.rstrip("s") not in reg_tokens and xl[:-2] not in reg_tokens:
                            problems.append(f"{rel}:{s['line']}: names-register span {t!r}: {x!r} not in names.txt")
                if r in ("undeclared-name", "titled-name"):
                    toks = [x for x in tokens(t) if x not in TITLES and x.lower() not in PARTICLES and len(x) > 1]
                    for x in toks:
                        if x.lower() in reg_tokens:
                            problems.append(f"{rel}:{s['line']}: {r} span {t!r} uses register name {x!r}")
                        if x in pseud:
                            problems.append(f"{rel}:{s['line']}: {r} span {t!r} uses pseudonym {x!r}")
                    if r == "titled-name" and t.split()[0].rstrip(".") not in TITLES:
                        problems.append(f"{rel}:{s['line']}: titled-name {t!r} does not start with a title")
            labels.extend(spans)
            # Register names (first names and surnames) left unmarked in the text.
            for n, line in enumerate(written, start=1):
                covered = [(s["column"] - 1, s["column"] - 1 + s["length"]) for s in spans if s["line"] == n]
                for e in reg:
                    for part in {e["first"], e["last"]}:
                        for m in re.finditer(r"(?<![\w@./])" + re.escape(part) + r"(?!\w)", line, re.I):
                            if not any(a <= m.start() < b for a, b in covered):
                                warnings.append(f"{rel}:{n}:{m.start() + 1}: unmarked register name {m.group(0)!r}")
    labels.sort(key=lambda s: (s["file"], s["line"], s["column"]))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": None, "labels": labels}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    counts = {r: sum(1 for s in labels if s["rule"] == r) for r in RULES}
    for w in warnings:
        print("warning:", w)
    for p in problems:
        print("PROBLEM:", p)
    print(json.dumps(counts))
    print(f"labels: {len(labels)}  words: {words}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
