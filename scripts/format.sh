#!/usr/bin/env bash
# `bash scripts/format.sh` checks the Swift sources against .swift-format (as CI does);
# `bash scripts/format.sh fix` formats them in place. Generated files are left out: they are
# rewritten by their generators (scripts/embed-theme.py, Sources/ReviewSiteNames/Data).
set -euo pipefail
cd "$(dirname "$0")/.."
files=()
while IFS= read -r f; do files+=("$f"); done < <(git ls-files -- 'Package.swift' 'Sources/*.swift' 'Tests/*.swift' \
  ':!Sources/ReviewSiteNames/FirstNamesData.swift' ':!Sources/ReviewSiteNames/EnglishWordsData.swift' ':!Sources/ReviewSiteNames/UKPlacesData.swift' ':!Sources/ReviewSiteKit/Theme/BuiltInTheme.swift')
if [ "${1:-lint}" = fix ]; then
  swift format format -i --parallel "${files[@]}"
else
  swift format lint --strict --parallel "${files[@]}"
  echo "swift format: ${#files[@]} files follow .swift-format"
fi
