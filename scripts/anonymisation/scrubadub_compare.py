#!/usr/bin/env python3
"""Runs scrubadub's pattern detectors on a labelled corpus (by default the development corpus,
Tests/AnonymisationCorpus; --corpus DIR and --names FILE as in measure.py) and prints their
recall and false positives next to ReviewSite's, rule by rule, in the same shape as
presidio_compare.py.

Setup (PyPI only; no model or corpus is downloaded: the TextBlob name detector, which needs
NLTK data, and the spaCy and Stanford detectors are not used):
  python3 -m venv .build/scrubadub-venv
  .build/scrubadub-venv/bin/pip install scrubadub
Run:
  .build/scrubadub-venv/bin/python scripts/anonymisation/scrubadub_compare.py [REVIEWSITE_BINARY] [--corpus DIR]

scrubadub sees the same text ReviewSite scans (measure.scan_units): each Markdown body, and the
front matter strings that reach the page. Every filth it reports is counted. Results are matched
to labels exactly as measure.py matches ReviewSite's diagnostics (same file and line, start
column inside the labelled span, same rule after mapping the scrubadub filth type to our rule).
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import measure  # noqa: E402

try:
    import scrubadub
    import scrubadub.detectors
except ImportError as e:
    sys.exit(f"scrubadub is not installed ({e}); see the setup lines at the top of this script")

# scrubadub filth type -> our rule id. URL is the closest it has to social-handle (it flags every
# web address), and its Twitter detector flags bare @handles; both count against social-handle.
FILTH_TO_RULE = {"email": "email", "phone": "phone", "postalcode": "postcode",
                 "national_insurance_number": "ni-number", "vehicle_licence_plate": "vehicle-registration",
                 "date_of_birth": "date-of-birth", "url": "social-handle", "twitter": "social-handle"}
NO_DETECTOR = ["names-register", "titled-name", "undeclared-name", "nhs-number", "address"]


# The pattern detectors, by their names in scrubadub's detector catalogue (the locale-specific
# ones, such as the NI number detector, are not exported from scrubadub.detectors).
DETECTORS = ["email", "phone", "postalcode", "national_insurance_number", "vehicle_licence_plate",
             "date_of_birth", "url", "twitter"]


def scrubber():
    catalogue = scrubadub.detectors.detector_catalogue.get_all()
    detectors = [catalogue[name](locale="en_GB") for name in DETECTORS]
    return scrubadub.Scrubber(locale="en_GB", detector_list=detectors)


def run_scrubadub():
    s = scrubber()
    findings = []
    content = os.path.join(measure.CORPUS, "content")
    for folder, _, files in sorted(os.walk(content)):
        for name in sorted(files):
            if not name.endswith(".md"):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, measure.CORPUS)
            for text, line, column in measure.scan_units(path):
                for f in s.iter_filth(text):
                    # Merged filth (two detectors on one span) carries its parts.
                    parts = getattr(f, "filths", None) or [f]
                    for part in parts:
                        rule = FILTH_TO_RULE.get(part.type)
                        if rule is None:
                            continue
                        ln, col = measure.locate(text, line, column, part.beg)
                        findings.append({"file": rel, "line": ln, "column": col, "rule": rule,
                                         "severity": None, "entity": part.type, "text": part.text})
    return findings


def main(argv):
    measure.configure(argv)
    args = measure.positional(argv)
    binary = args[0] if args else os.environ.get(
        "REVIEWSITE", os.path.join(measure.ROOT, ".build", "release", "reviewsite"))
    labels = measure.load_labels()
    words = measure.count_words()
    diags = [d for d in measure.run_reviewsite(os.path.abspath(binary), labels) if d["rule"] in measure.RULES]
    found, fps, others = measure.match(labels, diags)
    s_findings = run_scrubadub()
    s_found, s_fps, s_others = measure.match(labels, s_findings)

    print(f"Corpus: {os.path.relpath(measure.CORPUS, measure.ROOT)}\n")
    print(measure.table(labels, found, fps, others, words, title="ReviewSite"))
    print()
    print(measure.table(labels, s_found, s_fps, s_others, words,
                        title=f"scrubadub {scrubadub.__version__} pattern detectors"))
    print()
    print("scrubadub has no pattern detector for: " + ", ".join(f"`{r}`" for r in NO_DETECTOR)
          + " (its name detectors need TextBlob/NLTK, spaCy or Stanford models, which this comparison does not load).")
    print("`social-handle` is compared with scrubadub's URL detector, which flags every web address, and its Twitter @handle detector.")
    print()
    print(measure.side_by_side("scrubadub", labels, found, fps, s_found, s_fps, NO_DETECTOR, argv))

if __name__ == "__main__":
    main(sys.argv[1:])
