#!/usr/bin/env bash
# Installs the Debian packages ReviewSite needs to build, if they are missing:
# libcmark-dev (the CommonMark parser) and pkg-config (which SwiftPM uses to find it).
set -euo pipefail
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libcmark; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing libcmark-dev and pkg-config (needed once)..." >&2
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config >/dev/null
