#!/usr/bin/env bash
# `make bench [N=1000]`: generates a deterministic corpus of N DHR-sized reviews and times, in
# ONE hyperfine run on the same corpus and the same output folder:
#   reviewsite build (fresh output; the per-file check cache in .reviewsite/ kept, as a
#   deploy job that keeps the site's folder would have it), reviewsite build from clean (no
#   output and no .reviewsite/ caches), reviewsite lint, a no-change rebuild into the
#   existing output, Debian's cmark converting every file in one process, Debian's hugo
#   building the same documents, and cp -r of the corpus; and lint again with a names
#   register (`lintnames`: every text is also matched against the register, as CI with
#   require_names does; sixteenth session: it cost five times a lint without one).
# Then prints medians, ratios to cmark and Hugo, and the peak memory of one build.
# It does this for each corpus asked for, one hyperfine run per corpus:
#   a  scripts/bench/generate_corpus.py    (issue 7: prose, month-year dates, nested chronologies)
#   b  scripts/bench/generate_corpus_b.py  (issue 16, written independently: full dates on most
#      chronology lines, name-dense text, table-heavy action plans, long nested lists, links)
#   c  scripts/bench/generate_corpus_c.py  (fifth session, written blind as a held-out speed
#      corpus: reviews split into many files, long Word-pasted paragraphs, deep headings,
#      footnotes, many pseudonyms; spent: it is now profiled, so no longer held out)
#   d  scripts/bench/generate_corpus_d.py  (sixth session, written blind without reading the
#      code or the other generators: a bilingual English/Welsh site of many small briefings and
#      pages, lists of short lines, wide tables, dense inline markup and cross-links; held out
#      until the tenth session, when it was profiled once: spent)
#   e  scripts/bench/generate_corpus_e.py  (tenth session, written blind in the same way: one
#      long file per review, long numbered paragraphs, blockquotes with nested lists, reference
#      links, contact tables, many numbers that are no identifiers, chronologies as dated prose;
#      held out until the sixteenth session, when a slice was profiled: spent)
#   f  scripts/bench/generate_corpus_f.py  (seventeenth session, written blind in the same way:
#      Word pasted on Windows (CRLF, byte-order marks, no-break spaces, soft hyphens, pages on
#      one line), long-tailed sizes up to 2.4 MB a review, chronologies as pipe tables of up to
#      1,500 rows, multilingual summaries in their scripts, footnotes; measured, then profiled
#      in the same session: spent)
#   g  scripts/bench/generate_corpus_g.py  (the held-out one, seventeenth session, written blind
#      in the same way: reviews as bundles of 13 to 19 short documents, 16,000 files, deep
#      folders of briefings and minutes, hundreds of links a page, block quotes in lists in
#      block quotes, 16 to 32 pseudonyms a review, logs in capitals and minutes in lower case;
#      report it, never profile or tune on it)
#
# Settings (environment variables):
#   N=1000            number of reviews          SEED=7        corpus seed
#   RUNS=5 WARMUP=1   hyperfine runs per command
#   REVIEWSITE=path   binary to time (default .build/release/reviewsite, built if missing)
#   BENCH_DIR=path    where the corpus and output go (default ${TMPDIR:-/tmp}/reviewsite-bench-N)
#   ONLY=build        time only some commands: a comma list of build,clean,lint,lintnames,rebuild,cmark,hugo,cp
#   NAMES=path        the names register for lintnames (default Tests/AnonymisationCorpus36/names.txt)
#   CORPUS=both       which corpus: a to g, both (a and b, the default) or all (a to g)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

N=${N:-1000}
SEED=${SEED:-7}
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-1}
DATE=2026-11-27
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/reviewsite-bench-$N}
ONLY=${ONLY:-build,clean,lint,lintnames,rebuild,cmark,hugo,cp}
NAMES=${NAMES:-$ROOT/Tests/AnonymisationCorpus36/names.txt}
CORPUS_SET=${CORPUS:-both}
case "$CORPUS_SET" in
  a|b|c|d|e|f|g) ;; both) CORPUS_SET="a b" ;; all) CORPUS_SET="a b c d e f g" ;;
  *) echo "bench: CORPUS must be one of a to g, both or all (got '$CORPUS_SET')" >&2; exit 2 ;;
esac
THEME="$ROOT/themes/default"

# Debian tools the benchmark needs, installed once if missing.
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v cmark >/dev/null || need+=(cmark)
command -v hugo >/dev/null || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing ${need[*]} (needed once)..." >&2
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ -z "${REVIEWSITE:-}" ]; then
  REVIEWSITE="$ROOT/.build/release/reviewsite"
  if [ ! -x "$REVIEWSITE" ]; then
    bash scripts/deps.sh
    swift build -c release --product reviewsite
  fi
fi
REVIEWSITE=$(cd "$(dirname "$REVIEWSITE")" && pwd)/$(basename "$REVIEWSITE")

# One corpus: generate it if needed, check it lints, time everything in one hyperfine run.
run_corpus() {
NAME=$1
case "$NAME" in
  a) GENERATOR=scripts/bench/generate_corpus.py; CORPUS_DIR=corpus ;;
  b) GENERATOR=scripts/bench/generate_corpus_b.py; CORPUS_DIR=corpus-b ;;
  c) GENERATOR=scripts/bench/generate_corpus_c.py; CORPUS_DIR=corpus-c ;;
  d) GENERATOR=scripts/bench/generate_corpus_d.py; CORPUS_DIR=corpus-d ;;
  e) GENERATOR=scripts/bench/generate_corpus_e.py; CORPUS_DIR=corpus-e ;;
  f) GENERATOR=scripts/bench/generate_corpus_f.py; CORPUS_DIR=corpus-f ;;
  g) GENERATOR=scripts/bench/generate_corpus_g.py; CORPUS_DIR=corpus-g ;;
esac
# The corpus is regenerated only when N, SEED or the generator change.
CORPUS="$BENCH_DIR/$CORPUS_DIR"
CONTENT="$CORPUS/content"
OUT="$BENCH_DIR/output"
STAMP="$N:$SEED:$(cksum < "$GENERATOR")"
if [ "$(cat "$CORPUS/.stamp" 2>/dev/null)" != "$STAMP" ]; then
  mkdir -p "$CORPUS"
  python3 "$GENERATOR" --count "$N" --seed "$SEED" --out "$CORPUS"
  echo "$STAMP" > "$CORPUS/.stamp"
fi
echo "corpus $NAME: $N reviews, $(du -sh "$CONTENT" | cut -f1) in $CONTENT" >&2

# The tool must accept the corpus; a benchmark of a failing build means nothing.
if ! "$REVIEWSITE" lint --content "$CONTENT" --date "$DATE" > "$BENCH_DIR/lint.txt"; then
  tail -20 "$BENCH_DIR/lint.txt" >&2
  echo "bench: the corpus does not lint cleanly; fix $GENERATOR" >&2
  exit 1
fi

q() { printf '%q' "$1"; }
RS=$(q "$REVIEWSITE"); C=$(q "$CONTENT"); O=$(q "$OUT"); T=$(q "$THEME")
OWNER=$(q "$BENCH_DIR/output.owner")
BUILD="$RS build --content $C --theme $T --output $O --date $DATE"
FRESH="rm -rf $O $OWNER"
# The build caches live in .reviewsite/ beside the content folder (issue 11).
CLEAN="rm -rf $O $OWNER $(q "$CORPUS/.reviewsite")"
# The rebuild needs an output folder that ReviewSite wrote; any other command may replace it.
ENSURE_BUILT="[ \"\$(cat $OWNER 2>/dev/null)\" = reviewsite ] || { rm -rf $O && $BUILD >/dev/null && echo reviewsite > $OWNER; }"

args=()
add() { # name prepare command
  case ",$ONLY," in *",$1,"*) args+=(--command-name "$1" --prepare "$2" "$3") ;; esac
}
add build   "$FRESH && echo reviewsite > $OWNER" "$BUILD"
add clean   "$CLEAN && echo reviewsite > $OWNER" "$BUILD"
add rebuild "$ENSURE_BUILT" "$BUILD"
add lint    "true" "$RS lint --content $C --date $DATE"
# (Exit 1 is lint's "errors found": a register of other people can match a corpus's words, as
# set 36's matches initials in corpus G; the time still counts. A crash still fails the run.)
add lintnames "true" "$RS lint --content $C --names $(q "$NAMES") --date $DATE || [ \$? -eq 1 ]"
add cmark   "$FRESH && mkdir -p $O" "cmark $C/reviews/*.md > $O/all.html"
add hugo    "$FRESH" "hugo --quiet --source $(q "$CORPUS/hugo") --destination $O"
add cp      "$FRESH" "cp -r $C $O"

# hyperfine wants "--prepare P CMD" pairs as separate lists: prepares first, then commands.
preps=(); cmds=(); names=()
for ((i = 0; i < ${#args[@]}; i += 5)); do
  names+=(--command-name "${args[i+1]}"); preps+=(--prepare "${args[i+3]}"); cmds+=("${args[i+4]}")
done
JSON="$BENCH_DIR/hyperfine-$NAME.json"
hyperfine --warmup "$WARMUP" --runs "$RUNS" --export-json "$JSON" --style basic \
  "${names[@]}" "${preps[@]}" "${cmds[@]}"
rm -rf "$OUT" "$BENCH_DIR/output.owner"

# Peak memory of one full build into a fresh output folder.
PEAK=""
case ",$ONLY," in *",build,"*)
  /usr/bin/time -v "$REVIEWSITE" build --content "$CONTENT" --theme "$THEME" --output "$OUT" --date "$DATE" \
    > /dev/null 2> "$BENCH_DIR/time-v-$NAME.txt"
  PEAK=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$BENCH_DIR/time-v-$NAME.txt")
  rm -rf "$OUT" ;;
esac

python3 - "$JSON" "$N" "$PEAK" "$NAME" "$CONTENT" <<'EOF'
import json, os, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
n, peak, name, content = sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(content) for f in fs)
load = open("/proc/loadavg").read().split()[:3]
med = {k: r["median"] for k, r in results.items()}
print("\nReviewSite benchmark, corpus %s: %s reviews, %.0f MB (medians of %d runs; load average after: %s)"
      % (name.upper(), n, size / 1e6, len(next(iter(results.values()))["times"]), " ".join(load)))
print("%-9s %10s %10s %10s %10s %10s" % ("command", "median s", "min s", "user s", "x cmark", "x hugo"))
for k, r in results.items():
    xc = "%.2f" % (med[k] / med["cmark"]) if "cmark" in med else "-"
    xh = "%.2f" % (med[k] / med["hugo"]) if "hugo" in med else "-"
    print("%-9s %10.3f %10.3f %10.3f %10s %10s" % (k, med[k], r["min"], r["user"], xc, xh))
if "lintnames" in med and "lint" in med:
    print("lint with a names register = %.2f x lint without one" % (med["lintnames"] / med["lint"]))
if "rebuild" in med and "build" in med:
    print("no-change rebuild = %.1f%% of a full build (target <= 5%%)" % (100 * med["rebuild"] / med["build"]))
if peak:
    print("peak memory of one build: %.0f MB (maximum resident set size)" % (int(peak) / 1024))
targets = []
if "build" in med and "cmark" in med:
    targets.append(("build <= 1.0x cmark", med["build"] / med["cmark"] <= 1.0))
if "build" in med and "hugo" in med:
    targets.append(("build <= 0.4x hugo", med["build"] / med["hugo"] <= 0.4))
if "clean" in med and "cmark" in med:
    targets.append(("clean build <= 1.0x cmark", med["clean"] / med["cmark"] <= 1.0))
if "clean" in med and "hugo" in med:
    targets.append(("clean build <= 0.4x hugo", med["clean"] / med["hugo"] <= 0.4))
if "lint" in med and "cmark" in med:
    targets.append(("lint <= 0.6x cmark", med["lint"] / med["cmark"] <= 0.6))
if "rebuild" in med and "build" in med:
    targets.append(("rebuild <= 5% of build", med["rebuild"] / med["build"] <= 0.05))
if peak:
    targets.append(("peak memory <= 400 MB", int(peak) / 1024 <= 400))
for name, ok in targets:
    print("%-26s %s" % (name, "met" if ok else "MISSED"))
EOF
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
for c in $CORPUS_SET; do run_corpus "$c"; done
