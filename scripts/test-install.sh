#!/usr/bin/env bash
# Checks that an installed reviewsite works without the Swift toolchain: installs into a
# temporary prefix, checks that no Swift library is linked dynamically, then runs
# init → new → build → status → lint in an empty folder far from the repository, with a
# bare environment. When it can (as root, with unshare), it also hides the toolchain's
# folder behind an empty file system while doing so, as on a machine without Swift.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="$(mktemp -d /tmp/reviewsite-install-test.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
bash scripts/install.sh "$WORK/prefix" >/dev/null
BIN="$WORK/prefix/bin/reviewsite"
test -f "$WORK/prefix/share/man/man1/reviewsite.1"

if ldd "$BIN" | grep -Ei 'libswift|libFoundation|libdispatch|libBlocksRuntime|libicu' ; then
  echo "test-install: the installed binary still needs the Swift libraries above" >&2
  exit 1
fi
echo "test-install: shared libraries: $(ldd "$BIN" | awk '{print $1}' | tr '\n' ' ')"

cat > "$WORK/journey.sh" <<'JOURNEY'
set -euo pipefail
BIN="$1"; SITE="$2"
# init writes "today" into site.yml; the journey's today is the day it builds for.
export SOURCE_DATE_EPOCH=1795780800  # 27 November 2026
mkdir -p "$SITE" && cd "$SITE"
"$BIN" --version
trap 'echo "test-install: failed at line $LINENO" >&2' ERR
"$BIN" init . >/dev/null
"$BIN" new dhr dhr-adult-a-2026 >/dev/null
"$BIN" new briefing adult-a >/dev/null
# (Output is kept in a variable first: 'grep -q' on a pipe can fail the writer under pipefail.)
out="$("$BIN" build --date 2026-11-27)"; echo "$out"; grep '^Built ' <<<"$out" >/dev/null
test -f output/index.html && test -f output/assets/site.css
out="$("$BIN" status --date 2026-11-27)"; grep '^Drafts: 2' <<<"$out" >/dev/null
out="$("$BIN" lint --date 2026-11-27)"; echo "$out"; grep '0 errors and 0 warnings' <<<"$out" >/dev/null
echo "test-install: init, new, build, status and lint work"
JOURNEY

# A folder with no repository above it, and an environment with nothing from the toolchain.
SITE="$WORK/empty/site"
TOOLCHAIN="$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")")"
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null && [ -d "$TOOLCHAIN" ] && [ "$TOOLCHAIN" != "/" ] \
   && [ "$TOOLCHAIN" != "/usr" ] && unshare --mount true 2>/dev/null; then
  echo "test-install: hiding the Swift toolchain at $TOOLCHAIN"
  unshare --mount sh -c "mount -t tmpfs none '$TOOLCHAIN' && env -i PATH=/usr/bin:/bin HOME='$WORK' bash '$WORK/journey.sh' '$BIN' '$SITE'"
else
  echo "test-install: cannot hide the toolchain here (needs root and unshare); relying on the ldd check"
  env -i PATH=/usr/bin:/bin HOME="$WORK" bash "$WORK/journey.sh" "$BIN" "$SITE"
fi
