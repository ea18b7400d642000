#!/usr/bin/env python3
"""Measures recall and false positives of ReviewSite's anonymisation rules on a labelled
corpus: by default the development corpus in Tests/AnonymisationCorpus (standard library only).

Usage:
  python3 scripts/anonymisation/measure.py [REVIEWSITE_BINARY] [--list] [--json OUT]
                                           [--corpus DIR] [--names FILE] [--floor RECALL,FP]

--floor 98.0,0.5 exits 1 when overall recall falls below 98.0% or identifier false
positives rise above 0.5 per 10,000 words (scripts/test.sh runs it on the development
corpora).

--corpus DIR picks another labelled corpus with the same layout (DIR/content, DIR/labels.json),
for example the held-out set in Tests/AnonymisationHeldout45; --names FILE defaults to
DIR/names.txt. Never use --list on the held-out corpus: looking at its misses spends it (see
Tests/AnonymisationHeldout45/README.md).

The binary defaults to $REVIEWSITE, else .build/release/reviewsite. Build it with
  swift build -c release --product reviewsite

Matching: a diagnostic finds a label when it has the label's rule, the same file and line,
and its column falls inside the labelled span (one column of slack on the left, for front
matter values where the reported column may be the opening quote). Severity does not decide
whether a label is found; a wrong severity is counted separately. A diagnostic that matches
no label of its rule is a false positive, unless it falls inside a labelled identifier of
another rule (for example undeclared-name on the name inside a planted email address): that
is counted as "other" and not as a false positive, since the text is an identifier anyway.
A names-register finding that starts at an initial (`T. Kowalski`) finds the label of the
surname right after it, where the writer labelled only the surname (twenty-fifth session: it
moved sets 31 and 43 by one label each, and no held-out set).
Words are counted over the Markdown bodies and front matter (whitespace-separated tokens).
"""
import collections
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "Tests", "AnonymisationCorpus")

RULES = ["names-register", "titled-name", "undeclared-name", "nhs-number", "ni-number", "postcode",
         "phone", "email", "vehicle-registration", "date-of-birth", "event-date", "address", "social-handle",
         "quasi-identifier"]
STRUCTURED = {"nhs-number", "ni-number", "postcode", "phone", "email", "vehicle-registration",
              "date-of-birth", "event-date", "address", "social-handle"}
NAME_RULES = {"titled-name", "undeclared-name"}


VALUE_OPTIONS = ("--json", "--corpus", "--names", "--floor")


def option(argv, name, default=None):
    if name in argv:
        i = argv.index(name)
        if i + 1 >= len(argv):
            sys.exit(f"{name} needs a value")
        return argv[i + 1]
    return default


def positional(argv):
    return [a for i, a in enumerate(argv)
            if not a.startswith("--") and (i == 0 or argv[i - 1] not in VALUE_OPTIONS)]


def configure(argv):
    """Sets CORPUS and NAMES from --corpus and --names (relative paths are taken from the
    current directory). Called by main() here and by the comparison scripts."""
    global CORPUS, NAMES
    CORPUS = os.path.abspath(option(argv, "--corpus", CORPUS))
    NAMES = os.path.abspath(option(argv, "--names", os.path.join(CORPUS, "names.txt")))
    if not os.path.isfile(os.path.join(CORPUS, "labels.json")):
        sys.exit(f"no labels.json in {CORPUS}")
    if "--list" in argv and held_out():
        sys.exit(f"{os.path.relpath(CORPUS, ROOT)} is a held-out corpus: --list would show its misses. "
                 "Report totals only; a document whose miss is looked at moves to the development corpus.")


NAMES = os.path.join(CORPUS, "names.txt")


def held_out():
    """A corpus with a HELDOUT file is for final figures only: no --list, no per-kind table."""
    return os.path.isfile(os.path.join(CORPUS, "HELDOUT"))


def load_labels():
    with open(os.path.join(CORPUS, "labels.json"), encoding="utf-8") as f:
        return json.load(f)["labels"]


def count_words():
    words = 0
    for folder, _, files in os.walk(os.path.join(CORPUS, "content")):
        for name in files:
            if name.endswith(".md"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    words += len(f.read().split())
    return words


def run_reviewsite(binary, labels=()):
    cmd = [binary, "lint", "--content", os.path.relpath(os.path.join(CORPUS, "content"), ROOT),
           "--names", os.path.relpath(NAMES, ROOT), "--format", "json", "--date", "2026-11-27"]
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.exit(f"reviewsite failed ({p.returncode}): {p.stderr}")
    diags = json.loads(p.stdout)["diagnostics"]
    files = [os.path.relpath(os.path.join(dirpath, f), CORPUS)
             for dirpath, _, names in os.walk(os.path.join(CORPUS, "content")) for f in names]
    for d in diags:  # files relative to the corpus folder, as in labels.json
        d["file"] = unmask(os.path.relpath(os.path.join(ROOT, d["file"]), CORPUS), files)
        # A misspelt register name is labelled names-register: register-variant finds it.
        if d["rule"] == "register-variant":
            d["rule"] = "names-register"
    attribute(diags, labels)
    return diags


def unmask(path, files):
    """The corpus file a diagnostic's path names. A file whose name holds a register name is
    printed masked (`dhr-e*****-summary.md`, as the tool prints it for everyone): match the
    mask's first letter and stars against the corpus's files."""
    if "*****" not in path:
        return path
    # (The tool masks a name's word, or the whole name when it starts with one: `a*****.md` for
    # `alesia-agency-contributions.md`, held-out set 63; the looser pattern only if needed.)
    for stars in (r"[^/.\-_]*", r"[^/.]*"):
        pattern = re.compile(re.escape(path).replace(re.escape("*****"), stars) + "$")
        matches = [f for f in files if pattern.match(f)]
        if len(matches) == 1:
            return matches[0]
        if matches:
            # (Two files whose names hold register names that start alike print alike: `a*****.md`
            # for `alesia.md` and `ayaantu.md`, held-out set 63. `attribute` picks between them.)
            return tuple(matches)
    return path


def attribute(diags, labels):
    """A finding whose masked path fits several files goes to the one with a label of its rule
    at its line and column, else with any label there, else to the first (where it can only
    count as a false positive)."""
    for d in diags:
        if isinstance(d["file"], tuple):
            at = [lab for lab in labels if lab["file"] in d["file"] and inside(lab, d["line"], d["column"])]
            same = [lab["file"] for lab in at if lab.get("rule") == d.get("rule")]
            d["file"] = (same or [lab["file"] for lab in at] or list(d["file"]))[0]


def is_file_name_finding(d):
    """A finding about a page's file name (it becomes the page's web address): no label can
    mark a file name, so these are counted apart, not as false positives."""
    return "the file name holds" in d.get("message", "")


# Shared by the comparison scripts (presidio_compare.py, scrubadub_compare.py).
FM_VALUE = re.compile(r'^(\s*(?:- )?(?:title|summary|role)?:?\s*)"(.*)"\s*$')


def scan_units(path):
    """Yields (text, first line, first column) for each part of the file ReviewSite scans."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        for n in range(1, end):
            ln = lines[n]
            key = ln.strip().split(":")[0]
            if key in ("title", "summary", "role") or (ln.startswith("  - \"")):
                m = FM_VALUE.match(ln)
                if m:
                    yield m.group(2), n + 1, len(m.group(1)) + 2
        body_start = end + 1
    else:
        body_start = 0
    yield "\n".join(lines[body_start:]), body_start + 1, 1


def locate(text, line, column, offset):
    before = text[:offset]
    nl = before.count("\n")
    if nl == 0:
        return line, column + offset
    return line + nl, offset - before.rfind("\n")


def expand_event_dates(diags, labels):
    """ReviewSite sums up a file's event dates in one warning, "N full dates on lines 14, 15,
    18; …". Each listed line counts as a finding of every event-date label on that line, and
    a listed line with no such label as one false positive there."""
    out = []
    for d in diags:
        if d["rule"] != "event-date":
            out.append(d)
            continue
        m = re.search(r"on lines? ([0-9, ]+);", d["message"])
        lines = [int(x) for x in m.group(1).split(",")] if m else [d["line"]]
        for line in lines:
            labs = [lab for lab in labels if lab["rule"] == "event-date" and lab["file"] == d["file"] and lab["line"] == line]
            for lab in labs or [None]:
                e = dict(d)
                e["line"] = line
                e["column"] = lab["column"] if lab else 1
                out.append(e)
    return out


def inside(label, line, column):
    return label["line"] == line and label["column"] - 1 <= column < label["column"] + label["length"]


def match(labels, findings):
    """findings: dicts with file, line, column, rule, severity (severity may be None).
    Returns (per-label found finding or None, false positives, others)."""
    by_line = collections.defaultdict(list)
    for i, lab in enumerate(labels):
        by_line[(lab["file"], lab["line"])].append(i)
    found = [None] * len(labels)
    fps, others = [], []
    for d in findings:
        cands = [i for i in by_line.get((d["file"], d["line"]), []) if inside(labels[i], d["line"], d["column"])]
        same = [i for i in cands if labels[i]["rule"] == d["rule"]]
        if not cands:
            line_labels = [labels[i] for i in by_line.get((d["file"], d["line"]), [])]
            same = cands = (after_title(d, line_labels, labels) or before_initial(d, line_labels, labels)
                            or in_link(d, line_labels, labels))
        if same:
            for i in same:
                if found[i] is None:
                    found[i] = d
        elif cands:
            others.append(d)
        else:
            fps.append(d)
    # "MENEZES, Sabina": one names-register finding covers a reversed name, which a writer may
    # label as two parts; the part right after the found one (", " between) is covered too.
    for key, idx in by_line.items():
        idx = sorted(idx, key=lambda i: labels[i]["column"])
        for a, b in zip(idx, idx[1:]):
            la, lb = labels[a], labels[b]
            if (found[a] is not None and found[b] is None and la["rule"] == lb["rule"] == "names-register"
                    and 0 <= lb["column"] - (la["column"] + la["length"]) <= 2):
                found[b] = found[a]
    # "Feven\nTesfay": a name a line break splits, which a writer labels as two parts. One
    # finding of the whole entry (not "one part of it") on the first line covers the second.
    for b, lb in enumerate(labels):
        if found[b] is not None or lb["rule"] != "names-register":
            continue
        for a in by_line.get((lb["file"], lb["line"] - 1), []):
            la, d = labels[a], found[a]
            if (la["rule"] == "names-register" and d is not None and "one part" not in d.get("message", "")
                    and split_by_line_break(la, lb)):
                found[b] = d
    return found, fps, others


def after_title(d, line_labels, labels):
    """`Major Holderness-Pym`, `Charge Nurse Dariusz Nowicki`, `SGT 2209 ASPINALL`: a titled-name
    finding that starts at a title LABELLING.md's script does not know, so the writer labelled
    the name after it as undeclared-name. The finding (its message names the title) reports that
    name: it counts as finding the label that starts right after the title (and a full stop,
    spaces and a collar number)."""
    m = re.match(r"title followed by a name \((\S+) ", d.get("message", ""))
    if d["rule"] != "titled-name" or not m:
        return []
    line = content_lines(d["file"])[d["line"] - 1]
    start = d["column"] - 1
    if line[start:start + len(m.group(1))] != m.group(1):
        return []
    i = start + len(m.group(1))
    if line[i:i + 1] == ".":
        i += 1
    while line[i:i + 1] in (" ", "\u00a0") and i < len(line):
        i += 1
    # (`SGT 2209 ASPINALL`: past a collar number.)
    n = re.match(r"[0-9]{2,6} +", line[i:])
    if n:
        i += n.end()
    return [labels.index(lab) for lab in line_labels
            if lab["rule"] in ("undeclared-name", "titled-name") and lab["column"] - 1 == i]


def before_initial(d, line_labels, labels):
    """`T. Kowalski`, `T Kowalski`: a names-register finding that starts at an initial, where the
    writer labelled only the surname after it. The finding reports that name: it counts as finding
    the label that starts right after the initial (a capital, an optional full stop, one space)."""
    if d["rule"] != "names-register":
        return []
    line = content_lines(d["file"])[d["line"] - 1]
    m = re.match(r"[A-Z]\.? ", line[d["column"] - 1:])
    if not m:
        return []
    start = d["column"] - 1 + m.end()
    return [labels.index(lab) for lab in line_labels
            if lab["rule"] == "names-register" and lab["column"] - 1 == start]


def in_link(d, line_labels, labels, line=None):
    """`instagram.com/ricky.gallardo.afloat`: a social-handle finding of a whole profile link,
    where the writer labelled only the handle in it (LABELLING.md marks "the handle or link").
    It counts as finding a social-handle label that starts inside the same run of text (no
    space, bracket or quote between; thirty-second session)."""
    if d["rule"] != "social-handle":
        return []
    if line is None:
        line = content_lines(d["file"])[d["line"] - 1]
    start = d["column"] - 1
    m = re.match(r"[^\s()\[\]<>\"'`,;|]+", line[start:])
    if not m:
        return []
    return [labels.index(lab) for lab in line_labels
            if lab["rule"] == "social-handle" and start < lab["column"] - 1 < start + m.end()]


def split_by_line_break(first, second):
    """Whether label `first` ends its line and `second` starts the next one (only spaces,
    quote marks, list and block-quote markers around the line break)."""
    lines = content_lines(first["file"])
    before = lines[first["line"] - 1][first["column"] - 1 + first["length"]:]
    after = lines[second["line"] - 1][:second["column"] - 1]
    marks = " \t\u00a0\"'\u201c\u201d\u2018\u2019>*_-"
    return before.strip(marks + ",") == "" and after.strip(marks) == ""


_LINES = {}


def content_lines(path):
    if path not in _LINES:
        with open(os.path.join(CORPUS, path), encoding="utf-8") as f:
            _LINES[path] = f.read().split("\n")
    return _LINES[path]


def table(labels, found, fps, others, words, rules=RULES, title="ReviewSite"):
    rows = []
    tot_p = tot_f = tot_fp = 0
    for rule in rules:
        idx = [i for i, lab in enumerate(labels) if lab["rule"] == rule]
        f = sum(1 for i in idx if found[i] is not None)
        fp = sum(1 for d in fps if d["rule"] == rule)
        sev = sum(1 for i in idx if found[i] is not None and found[i].get("severity")
                  and labels[i]["severity"] != "quiet" and found[i]["severity"] != labels[i]["severity"])
        rows.append((rule, len(idx), f, fp, sev))
        tot_p += len(idx)
        tot_f += f
        tot_fp += fp
    lines = [f"### {title}", "",
             "| rule | planted | found | recall | false positives | FP per 10,000 words | wrong severity |",
             "|---|--:|--:|--:|--:|--:|--:|"]
    for rule, p, f, fp, sev in rows:
        rec = f"{100 * f / p:.1f}%" if p else "n/a"
        lines.append(f"| `{rule}` | {p} | {f} | {rec} | {fp} | {10000 * fp / words:.2f} | {sev} |")
    lines.append(f"| **overall** | {tot_p} | {tot_f} | {100 * tot_f / tot_p:.1f}% | {tot_fp} | {10000 * tot_fp / words:.2f} | |")
    lines.append("")
    lines.append(f"Words: {words:,}. Findings inside an identifier labelled for another rule (not counted as false positives): {len(others)}.")
    return "\n".join(lines)


def groups(labels, found, fps, words):
    """Recall overall, for structured identifiers, register names and other names."""
    def recall(rules):
        idx = [i for i, lab in enumerate(labels) if rules is None or lab["rule"] in rules]
        f = sum(1 for i in idx if found[i] is not None)
        return f"{100 * f / len(idx):.1f}% ({f}/{len(idx)})" if idx else "n/a"
    # event-date is one summary warning per file listing the lines with full dates ("check
    # none is a date of birth"), not a claim that a date identifies anyone: its listed lines
    # are shown apart from the false positives of the identifier rules.
    ident = [d for d in fps if d["rule"] != "event-date"]
    return ("| recall overall | structured | names register | other names | FP per 10,000 words (identifier rules) | event-date lines listed per 10,000 words |\n"
            "|--:|--:|--:|--:|--:|--:|\n"
            f"| {recall(None)} | {recall(STRUCTURED)} | {recall({'names-register'})} | {recall(NAME_RULES)} | "
            f"{10000 * len(ident) / words:.2f} | {10000 * (len(fps) - len(ident)) / words:.2f} |")


def kinds_table(labels, found):
    c = collections.defaultdict(lambda: [0, 0])
    for i, lab in enumerate(labels):
        k = (lab["rule"], lab["kind"])
        c[k][0] += 1
        c[k][1] += found[i] is not None
    out = ["| rule | kind | planted | found |", "|---|---|--:|--:|"]
    for (rule, kind), (p, f) in sorted(c.items()):
        out.append(f"| `{rule}` | {kind} | {p} | {f} |")
    return "\n".join(out)


def detail(labels, found, fps):
    out = ["Missed planted identifiers:"]
    for i, lab in enumerate(labels):
        if found[i] is None:
            out.append(f"  MISS {lab['file']}:{lab['line']}:{lab['column']} {lab['rule']} [{lab['kind']}] {lab['text']!r}")
    out.append("False positives:")
    for d in fps:
        out.append(f"  FP   {d['file']}:{d['line']}:{d['column']} {d['rule']} {d.get('severity') or ''} {d.get('text', d.get('message', ''))[:100]!r}")
    return "\n".join(out)


def side_by_side(name, labels, found, fps, other_found, other_fps, unsupported, argv):
    """ReviewSite and another tool per rule, on the same labels (presidio_compare.py and
    scrubadub_compare.py); with --list, the other tool's misses and false positives."""
    def pct(n, d):
        return f"{100 * n / d:.1f}%" if d else "n/a"
    out = [f"| rule | ReviewSite recall | {name} recall | ReviewSite FP | {name} FP |", "|---|--:|--:|--:|--:|"]
    for rule in RULES:
        idx = [i for i, lab in enumerate(labels) if lab["rule"] == rule]
        ours = sum(found[i] is not None for i in idx)
        theirs = sum(other_found[i] is not None for i in idx)
        note = " (none)" if rule in unsupported else ""
        out.append(f"| `{rule}` | {pct(ours, len(idx))} | {pct(theirs, len(idx))}{note} | "
                   f"{sum(d['rule'] == rule for d in fps)} | {sum(d['rule'] == rule for d in other_fps)} |")
    if "--list" in argv:
        out.append(f"\n{name} misses by rule and kind:")
        c = collections.Counter((labels[i]["rule"], labels[i]["kind"]) for i in range(len(labels))
                                if other_found[i] is None and labels[i]["rule"] not in unsupported)
        out += [f"  {rule} [{kind}]: {n}" for (rule, kind), n in sorted(c.items())]
        out.append(f"\n{name} false positives by rule (most frequent texts):")
        for rule in RULES:
            texts = collections.Counter(d["text"] for d in other_fps if d["rule"] == rule)
            if texts:
                out.append(f"  {rule}: {sum(texts.values())}: " + "; ".join(f"{t!r} x{n}" for t, n in texts.most_common(8)))
    return "\n".join(out)


def main(argv):
    configure(argv)
    args = positional(argv)
    binary = args[0] if args else os.environ.get("REVIEWSITE", os.path.join(ROOT, ".build", "release", "reviewsite"))
    labels = load_labels()
    words = count_words()
    diags = run_reviewsite(os.path.abspath(binary), labels)
    file_names = [d for d in diags if is_file_name_finding(d)]
    anon = expand_event_dates([d for d in diags if d["rule"] in RULES and not is_file_name_finding(d)], labels)
    rest = collections.Counter(d["rule"] for d in diags if d["rule"] not in RULES)
    found, fps, others = match(labels, anon)
    print(f"Corpus: {os.path.relpath(CORPUS, ROOT)}\n")
    print(table(labels, found, fps, others, words))
    print()
    print(groups(labels, found, fps, words))
    if rest:
        print(f"\nOther (non-anonymisation) diagnostics on the corpus: {dict(rest)}")
    if file_names:
        print(f"\nPage file names holding a name or identifier (not labelled, not counted above): {len(file_names)}")
    print()
    if held_out():
        print("(Per-kind table not shown for a held-out corpus: it would point at what to tune.)")
    else:
        print(kinds_table(labels, found))
    if "--list" in argv:
        # Show the text at each false positive, from the corpus file itself.
        for d in fps:
            with open(os.path.join(CORPUS, d["file"]), encoding="utf-8") as f:
                text = f.read().split("\n")[d["line"] - 1]
            d["text"] = text[max(0, d["column"] - 1):d["column"] + 60]
        print()
        print(detail(labels, found, fps))
    floor = option(argv, "--floor")
    if floor:
        # A regression check for CI (scripts/test.sh): the figures of a development corpus
        # must not fall below what they were when the floor was set.
        min_recall, max_fp = (float(x) for x in floor.split(","))
        recall = 100 * sum(1 for x in found if x is not None) / len(labels)
        fp = 10000 * sum(1 for d in fps if d["rule"] != "event-date") / words
        if recall < min_recall or fp > max_fp:
            sys.exit(f"FAILED: {os.path.relpath(CORPUS, ROOT)}: recall {recall:.1f}% (floor {min_recall}%), "
                     f"false positives {fp:.2f} per 10,000 words (ceiling {max_fp})")
        print(f"floor met: recall {recall:.1f}% >= {min_recall}%, false positives {fp:.2f} <= {max_fp} per 10,000 words")
    if "--json" in argv:
        out = argv[argv.index("--json") + 1]
        with open(out, "w") as f:
            json.dump({"found": [x is not None for x in found], "fps": fps, "others": others, "words": words}, f)


if __name__ == "__main__":
    main(sys.argv[1:])
