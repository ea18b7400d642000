#!/usr/bin/env bash
# Builds one libFuzzer target (frontmatter, template or markdown) with AddressSanitizer:
#   bash scripts/fuzz/build.sh frontmatter   → .build/fuzz/fuzz-frontmatter
# The library targets' sources and the shared FuzzTargets (Tests/ReviewSiteKitTests) are
# compiled straight into the fuzzer as one module with swiftc (SwiftPM cannot link
# libFuzzer's own main into a package product); their imports of each other are dropped.
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${1:?usage: build.sh frontmatter|template|markdown}"
case "$target" in
  frontmatter) entry=scripts/fuzz/FuzzFrontMatter.swift ;;
  template)    entry=scripts/fuzz/FuzzTemplate.swift ;;
  markdown)    entry=scripts/fuzz/FuzzMarkdown.swift ;;
  *) echo "unknown fuzz target '$target'; use frontmatter, template or markdown" >&2; exit 64 ;;
esac
bash scripts/deps.sh
mkdir -p .build/fuzz
src=.build/fuzz/src
rm -rf "$src" && mkdir -p "$src"
for f in $(find Sources/ReviewSiteCore Sources/ReviewSiteSyntax Sources/ReviewSiteNames \
             Sources/ReviewSiteAnonymisation Sources/ReviewSiteKit -name '*.swift' | sort) \
         Tests/ReviewSiteKitTests/FuzzTargets.swift; do
  sed -E '/^(@testable )?import ReviewSite/d' "$f" > "$src/$(echo "$f" | tr / _)"
done
swiftc -sanitize=fuzzer,address -parse-as-library -module-name ReviewSiteKit -package-name ReviewSite -O \
  -I Sources/CCmark -Xcc -fmodule-map-file=Sources/CCmark/module.modulemap \
  "$src"/*.swift "$entry" -lcmark \
  -o ".build/fuzz/fuzz-$target"
echo ".build/fuzz/fuzz-$target"
