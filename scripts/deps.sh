#!/usr/bin/env bash
# Installs the Debian packages ReviewSite needs to build, if they are missing:
# libcmark-dev (the CommonMark parser), zlib1g-dev (inflating PDF streams and DOCX files
# to check attachments) and pkg-config (which SwiftPM uses to find them); for the tests,
# poppler-utils (pdftotext, so PDF attachments' text is checked).
set -euo pipefail
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libcmark && pkg-config --exists zlib \
   && command -v pdftotext >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing libcmark-dev, zlib1g-dev, pkg-config and poppler-utils (needed once)..." >&2
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev zlib1g-dev pkg-config poppler-utils >/dev/null
