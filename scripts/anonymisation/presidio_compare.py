#!/usr/bin/env python3
"""Runs Presidio's pattern recognisers on a labelled corpus (by default the development corpus,
Tests/AnonymisationCorpus; --corpus DIR and --names FILE as in measure.py) and prints their recall and false positives next to ReviewSite's, rule by rule.

Setup (PyPI only; no spaCy model is downloaded, only regex/pattern recognisers are used):
  python3 -m venv .build/presidio-venv
  .build/presidio-venv/bin/pip install presidio-analyzer phonenumbers
Run:
  .build/presidio-venv/bin/python scripts/anonymisation/presidio_compare.py [REVIEWSITE_BINARY] [--corpus DIR]

Presidio sees the same text ReviewSite scans: each Markdown body, and the front matter
strings that reach the page (title, summary, pseudonym roles, topics). Recognisers are called
directly with nlp_artifacts=None (no NLP engine, so no context words boost the scores); every
result is counted whatever its score. Results are matched to labels exactly as measure.py
matches ReviewSite's diagnostics (same file and line, start column inside the labelled span,
same rule after mapping the Presidio entity to our rule id).
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import measure  # noqa: E402

try:
    import presidio_analyzer
    from presidio_analyzer.predefined_recognizers import (DateRecognizer, EmailRecognizer, PhoneRecognizer,
                                                          UrlRecognizer, NhsRecognizer, UkNinoRecognizer,
                                                          UkPostcodeRecognizer, UkVehicleRegistrationRecognizer)
except ImportError as e:
    sys.exit(f"presidio-analyzer is not installed ({e}); see the setup lines at the top of this script")

# Presidio entity -> our rule id. URL is the closest Presidio has to social-handle: it flags
# every web address, so it is counted against social-handle (recall and false positives).
ENTITY_TO_RULE = {"UK_NHS": "nhs-number", "UK_NINO": "ni-number", "UK_POSTCODE": "postcode",
                  "PHONE_NUMBER": "phone", "EMAIL_ADDRESS": "email",
                  "UK_VEHICLE_REGISTRATION": "vehicle-registration", "DATE_TIME": "date-of-birth",
                  "URL": "social-handle"}
NO_RECOGNISER = ["names-register", "titled-name", "undeclared-name", "address"]


def recognisers():
    return [NhsRecognizer(), UkNinoRecognizer(), UkPostcodeRecognizer(), UkVehicleRegistrationRecognizer(),
            PhoneRecognizer(supported_regions=("GB",)), EmailRecognizer(), DateRecognizer(), UrlRecognizer()]


def run_presidio():
    recs = recognisers()
    findings = []
    content = os.path.join(measure.CORPUS, "content")
    for folder, _, files in sorted(os.walk(content)):
        for name in sorted(files):
            if not name.endswith(".md"):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, measure.CORPUS)
            for text, line, column in measure.scan_units(path):
                for rec in recs:
                    for r in rec.analyze(text, rec.supported_entities, nlp_artifacts=None):
                        rule = ENTITY_TO_RULE.get(r.entity_type)
                        if rule is None:
                            continue
                        ln, col = measure.locate(text, line, column, r.start)
                        findings.append({"file": rel, "line": ln, "column": col, "rule": rule,
                                         "severity": None, "entity": r.entity_type, "score": r.score,
                                         "text": text[r.start:r.end]})
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
    p_findings = run_presidio()
    p_found, p_fps, p_others = measure.match(labels, p_findings)

    print(f"Corpus: {os.path.relpath(measure.CORPUS, measure.ROOT)}\n")
    print(measure.table(labels, found, fps, others, words, title="ReviewSite"))
    print()
    print(measure.table(labels, p_found, p_fps, p_others, words,
                        title=f"Presidio {presidio_analyzer.__version__ if hasattr(presidio_analyzer, '__version__') else ''} pattern recognisers".replace("  ", " ")))
    print()
    print("Presidio has no pattern recogniser for: " + ", ".join(f"`{r}`" for r in NO_RECOGNISER)
          + " (names come only from its spaCy/transformer NER, which this comparison does not load).")
    print("`social-handle` is compared with Presidio's URL recogniser, which flags every web address.")
    print()
    print(measure.side_by_side("Presidio", labels, found, fps, p_found, p_fps, NO_RECOGNISER, argv))

if __name__ == "__main__":
    main(sys.argv[1:])
