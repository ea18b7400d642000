#!/usr/bin/env bash
# Builds the sample site in content/ into output/ with the default theme.
# Extra arguments go to `reviewsite build`, e.g. `bash scripts/site.sh --date 2026-11-27`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
swift build -c release --product reviewsite
exec .build/release/reviewsite build "$@"
