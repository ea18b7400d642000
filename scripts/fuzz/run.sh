#!/usr/bin/env bash
# Runs a fuzzing campaign on one target, growing its corpus in Tests/ReviewSiteKitTests/Fixtures/fuzz-corpus/<target>
# (kept in the repository and replayed by the normal tests):
#   bash scripts/fuzz/run.sh markdown 2000000     # executions (default 1,000,000)
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${1:?usage: run.sh frontmatter|template|markdown [runs]}"
runs="${2:-1000000}"
bash scripts/fuzz/build.sh "$target" >/dev/null
corpus="Tests/ReviewSiteKitTests/Fixtures/fuzz-corpus/$target"
# Seeds: the project's own sample files of that kind.
case "$target" in
  template) seeds="themes/default" ;;
  *)        seeds="content Tests/EndToEndTests/InvalidSites" ;;
esac
mkdir -p "$corpus" .build/fuzz/crashes
".build/fuzz/fuzz-$target" -runs="$runs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix=.build/fuzz/crashes/ -print_final_stats=1 "$corpus" $seeds
