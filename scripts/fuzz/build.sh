#!/usr/bin/env bash
# Builds one libFuzzer target (frontmatter, template or markdown) with AddressSanitizer:
#   bash scripts/fuzz/build.sh frontmatter   → .build/fuzz/fuzz-frontmatter
# The library sources are compiled straight into the fuzzer with swiftc (SwiftPM cannot
# link libFuzzer's own main into a package product).
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
swiftc -sanitize=fuzzer,address -parse-as-library -module-name ReviewSiteKit -O \
  -I Sources/CCmark -Xcc -fmodule-map-file=Sources/CCmark/module.modulemap \
  $(find Sources/ReviewSiteKit -name '*.swift' | sort) "$entry" -lcmark \
  -o ".build/fuzz/fuzz-$target"
echo ".build/fuzz/fuzz-$target"
