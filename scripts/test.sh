#!/usr/bin/env bash
# Runs every test: unit tests, the YAML test suite, and the end-to-end tests that run the
# built binary on the sample site and on the broken sites in Tests/EndToEndTests/InvalidSites.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
swift build --build-tests
exec swift test --skip-build "$@"
