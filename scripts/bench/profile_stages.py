#!/usr/bin/env python3
"""Puts each sample of `perf script` output into a pipeline stage (the first stage found on
its call stack, innermost first) and prints the shares. Used for docs/benchmark.md:

    perf record -F 999 -e cpu-clock -g -o perf.data reviewsite build ...
    perf script -i perf.data -F ip,sym | swift demangle --simplified | python3 scripts/bench/profile_stages.py
"""
import collections
import re
import sys

# (stage, pattern on a mangled or demangled frame); the first match from the innermost frame wins.
STAGES = [
    ("rule: date-of-birth", r"DateOfBirthRule\."),
    ("rule: address", r"AddressRule\."),
    ("rule: postcode", r"PostcodeRule\."),
    ("rule: undeclared-name", r"UndeclaredNameRule\.|FirstNames\."),
    ("rule: titled-name", r"TitledNameRule\."),
    ("rules: StructuredScan (shared by the identifier rules)", r"StructuredScan\."),
    ("rules: the other identifier and detector rules", r"[A-Za-z]+Rule\.|RegisterMatcher|NameMatching\."),
    ("tokenize (ScanText, ScanTokenizer, normal form)", r"ScanTokenizer|ScanText|NormalForm|ReaderText|WordHash"),
    ("anonymisation engine (findings to diagnostics, masking, built-page scan)", r"AnonymisationCheck|Mask\.|SiteScan|HTMLText|EchoGuard|CleanTexts|WriteStage\.leaks"),
    ("diagnostics: sort, format, print", r"TextReport|DiagnosticFormat|Diagnostic\.<|SourceLocation\.<|sort|FileHandle"),
    ("caches: store and read (JSON, text)", r"BuildCache|CheckCache|JSONEncoder|JSONDecoder|JSONWriter|__JSON|_JSON"),
    ("render: Markdown to HTML", r"HTMLRenderer|HTMLOutput|LinkTarget|RenderStage\.body"),
    ("render: templates, page values, listings", r"Template|RenderStage|PageContext|AtomFeed|Sitemap|OpenData|AccessibilityStatement|Escape\."),
    ("write: staging folder, files, commit", r"StagingFolder|WriteStage|OutputFolder|ThemeAssets"),
    ("Markdown parse (cmark and the Swift tree)", r"cmark_|MarkdownParser|MarkdownBuilder"),
    ("load: read, front matter, metadata rules, text hash", r"ReadStage|LoadStage|FrontMatter|YAML|MetadataRules|ContentAccessibility|TextHash|BodyChunks"),
    ("assemble", r"AssembleStage|SiteModel"),
]
compiled = [(n, re.compile(p)) for n, p in STAGES]
counts = collections.Counter()
selfs = collections.Counter()
total = 0
stack = []

def flush():
    global total
    if not stack:
        return
    total += 1
    selfs[stack[0]] += 1
    for frame in stack:
        for name, pat in compiled:
            if pat.search(frame):
                counts[name] += 1
                return
    counts["other (malloc/free without stack, kernel, start-up)"] += 1

for line in sys.stdin:
    line = line.rstrip("\n")
    if not line.strip():
        flush(); stack = []
        continue
    parts = line.strip().split(None, 1)
    if len(parts) == 2 and re.match(r"^[0-9a-f]+$", parts[0]):
        stack.append(parts[1])
    elif stack == [] and line and not line[0].isspace():
        continue
flush()
print("%d samples" % total)
for name, n in counts.most_common():
    print("%6.1f%%  %s" % (100.0 * n / total, name))
print("\ntop self:")
for sym, n in selfs.most_common(15):
    print("%6.1f%%  %s" % (100.0 * n / total, sym[:110]))
