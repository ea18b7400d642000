#!/usr/bin/env bash
# Runs every test: the source format check (scripts/format.sh), unit tests, the YAML test suite, the end-to-end tests that run the built
# binary on the sample site and on the broken sites in Tests/EndToEndTests/InvalidSites, and
# the installed binary without the Swift toolchain (scripts/test-install.sh), `make bench` on
# three reviews of every corpus,
# the anonymisation figures on the development corpora (scripts/anonymisation/measure.py),
# the accessibility checks of every page in a real browser (scripts/a11y-check.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/format.sh
swift build --build-tests
swift test --skip-build "$@"
# The anonymisation figures on the development corpora must not fall (floors set just below
# the measured figures; docs/anonymisation-measurement.md). Corpora 2 to 5 gained false
# positives on 30 November (third session) when a date of death became an error wherever the
# text repeats it, or a chronology row says someone was born or died: their writers labelled a
# birth's or death's date once or not at all; LABELLING.md now says every time.
# Corpus 48's ceiling rose from 4.5 to 5.0 in the thirty-fifth session: `St` after a street's
# name is read as `Street` now (sets 79 and 83 labelled `Market St`, `Wellfield St`), and
# corpus 48's writer left two streets written so unlabelled, where cars were parked.
# measure.py's own logic first (how a masked file path is matched back to its file).
(cd scripts/anonymisation && python3 -m unittest -q test_measure)
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --floor 98.0,0.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus2 --floor 99.0,3.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus3 --floor 98.0,7.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus4 --floor 94.0,11.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus5 --floor 97.0,9.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus6 --floor 99.0,1.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus7 --floor 98.0,5.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus8 --floor 96.0,7.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus9 --floor 95.5,1.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus10 --floor 95.5,10.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus11 --floor 98.0,9.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus12 --floor 99.0,0.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus13 --floor 98.5,3.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus14 --floor 98.5,1.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus15 --floor 99.0,4.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus16 --floor 99.0,1.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus17 --floor 96.0,3.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus18 --floor 95.0,3.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus19 --floor 96.5,3.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus20 --floor 95.5,3.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus21 --floor 94.5,4.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus22 --floor 94.0,3.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus23 --floor 96.5,0.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus24 --floor 97.0,2.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus25 --floor 95.5,8.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus26 --floor 96.0,4.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus27 --floor 97.5,1.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus28 --floor 95.5,2.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus29 --floor 95.5,1.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus30 --floor 96.0,1.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus31 --floor 95.5,3.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus32 --floor 94.0,3.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus33 --floor 93.5,3.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus34 --floor 93.5,9.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus35 --floor 93.5,6.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus36 --floor 95.5,7.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus37 --floor 91.5,7.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus38 --floor 87.5,8.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus39 --floor 94.0,4.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus40 --floor 92.5,6.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus41 --floor 92.0,4.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus42 --floor 86.5,4.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus43 --floor 87.5,7.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus44 --floor 95.5,9.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus45 --floor 96.0,7.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus46 --floor 95.0,3.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus47 --floor 96.0,8.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus48 --floor 96.0,5.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus49 --floor 96.5,4.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus52 --floor 93.5,7.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus53 --floor 94.5,3.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus54 --floor 93.5,1.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus59 --floor 90.0,5.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus60 --floor 96.5,5.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus61 --floor 94.5,6.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus62 --floor 93.5,12.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus63 --floor 94.5,1.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus64 --floor 92.5,7.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus65 --floor 93.0,5.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus66 --floor 94.0,3.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus67 --floor 96.5,5.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus68 --floor 95.5,1.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus69 --floor 93.0,2.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus70 --floor 96.0,5.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus71 --floor 97.0,5.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus72 --floor 95.5,7.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus73 --floor 96.5,3.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus74 --floor 96.0,3.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus78 --floor 89.5,6.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus57 --floor 96.0,2.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus76 --floor 95.0,2.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus58 --floor 94.5,4.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus80 --floor 94.5,5.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus79 --floor 97.5,5.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus82 --floor 95.5,4.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus83 --floor 97.5,3.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus86 --floor 95.5,9.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus81 --floor 92.5,7.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus84 --floor 96.5,2.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus87 --floor 94.0,6.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus90 --floor 95.5,3.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus88 --floor 95.0,5.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus92 --floor 93.5,6.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus93 --floor 96.0,4.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus95 --floor 95.0,4.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus91 --floor 91.5,5.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus97 --floor 96.0,6.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus102 --floor 89.0,4.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus106 --floor 95.5,14.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus99 --floor 91.0,6.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus105 --floor 95.0,6.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus94 --floor 94.5,7.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus110 --floor 94.5,5.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus109 --floor 92.0,11.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus107 --floor 94.0,6.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus111 --floor 93.5,11.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus114 --floor 92.5,10.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus113 --floor 92.0,9.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus100 --floor 97.5,2.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus98 --floor 93.5,4.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus108 --floor 96.0,8.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus103 --floor 93.5,9.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus112 --floor 95.0,7.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus115 --floor 94.0,11.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus116 --floor 97.5,10.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus119 --floor 94.5,11.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus121 --floor 90.5,10.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus117 --floor 98.0,9.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus123 --floor 94.5,8.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus127 --floor 94.5,16.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus124 --floor 94.5,11.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus126 --floor 93.5,4.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus125 --floor 95.0,10.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus131 --floor 96.5,13.5 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus132 --floor 95.5,10.0 | tail -1
python3 scripts/anonymisation/measure.py .build/debug/reviewsite --corpus Tests/AnonymisationCorpus130 --floor 92.0,6.5 | tail -1
bash scripts/test-install.sh
# `make bench` itself on three reviews of every corpus, one run each: its figures mean nothing
# at this size, but every generator must still write a corpus the tool lints and builds without
# an error, and the script must run to its end (corpus D had stopped linting, and a site
# listing the Samaritans had stopped building, with nobody noticing).
SMOKE=$(mktemp -d)
if ! N=3 RUNS=1 WARMUP=0 CORPUS=all BENCH_DIR="$SMOKE" REVIEWSITE=.build/debug/reviewsite \
  bash scripts/bench/bench.sh > "$SMOKE/bench.log" 2>&1; then
  tail -30 "$SMOKE/bench.log"
  echo "make bench failed on three reviews of each corpus (log above)" >&2
  exit 1
fi
echo "make bench: all $(grep -c 'ReviewSite benchmark' "$SMOKE/bench.log") corpora generated, linted, built and timed (three reviews each)"
rm -rf "$SMOKE"
bash scripts/a11y-check.sh
