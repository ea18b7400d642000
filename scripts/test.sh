#!/usr/bin/env bash
# Runs every test: the source format check (scripts/format.sh), unit tests, the YAML test suite, the end-to-end tests that run the built
# binary on the sample site and on the broken sites in Tests/EndToEndTests/InvalidSites, and
# the installed binary without the Swift toolchain (scripts/test-install.sh), and
# the accessibility checks of every page in a real browser (scripts/a11y-check.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/format.sh
swift build --build-tests
swift test --skip-build "$@"
bash scripts/test-install.sh
bash scripts/a11y-check.sh
