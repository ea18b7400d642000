#!/usr/bin/env bash
# Builds a release reviewsite with the Swift runtime linked in (--static-swift-stdlib) and
# installs it with its man page:
#
#   bash scripts/install.sh            # into /usr/local (bin/reviewsite, share/man/man1/reviewsite.1)
#   bash scripts/install.sh ~/.local   # anywhere else
#
# The installed program needs no Swift toolchain: only Debian's libcmark0.30.2, libstdc++6,
# libgcc-s1 and libc6 (the last three are on every Debian system). On another machine:
#   sudo apt-get install libcmark0.30.2
set -euo pipefail
cd "$(dirname "$0")/.."
PREFIX="${1:-${PREFIX:-/usr/local}}"
bash scripts/deps.sh
swift build -c release --static-swift-stdlib --product reviewsite
BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)/reviewsite"
SUDO=""
mkdir -p "$PREFIX" 2>/dev/null || true
if [ ! -w "$PREFIX" ] && [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO install -d "$PREFIX/bin" "$PREFIX/share/man/man1"
$SUDO install -m 755 "$BIN" "$PREFIX/bin/reviewsite"
$SUDO install -m 644 docs/reviewsite.1 "$PREFIX/share/man/man1/reviewsite.1"
echo "Installed $PREFIX/bin/reviewsite and its man page ($PREFIX/share/man/man1/reviewsite.1)."
case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) echo "Add $PREFIX/bin to your PATH to run 'reviewsite' by name." ;;
esac
