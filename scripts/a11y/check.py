"""Checks a built ReviewSite site in a real browser (issue 5).

- axe-core on every page in headless Chromium at 1280 and 375 CSS px wide;
- the Nu Html Checker (vnu.jar) on every page and the stylesheet;
- a keyboard test: the first Tab reaches the skip link, the exit link is reachable by Tab,
  Shift pressed three times leaves the page for exit_url without a history entry, and with
  JavaScript off the exit link is still an ordinary working link;
- full-page screenshots at both widths.

Pages are loaded from file://, as a web team may open the folder, except 404.html: a host
serves it at any address, so its links start at the site root ("/assets/site.css") and it is
loaded from a local http server on a free port.

Exits 1 on any violation or error, printing each clearly. Run it through scripts/a11y-check.sh.
"""

import argparse
import functools
import http.server
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.chrome.service import Service

WIDTHS = (1280, 375)
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")

problems: list[str] = []


def problem(text: str) -> None:
    problems.append(text.splitlines()[0])
    print("  FAIL " + text, flush=True)


def browser(javascript: bool = True) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1280,900",
                "--no-first-run", "--disable-extensions", "--allow-file-access-from-files",
                "--lang=en-GB"):
        options.add_argument(arg)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    # An explicit driver path: Selenium Manager never downloads anything.
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def set_width(driver: webdriver.Chrome, width: int, height: int = 900) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def screenshot(driver: webdriver.Chrome, width: int, path: Path) -> None:
    """Full page: grow the viewport to the page's height, capture, then restore it."""
    height = driver.execute_script(
        "return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight))")
    set_width(driver, width, min(max(int(height), 600), 16000))
    time.sleep(0.1)
    data = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    import base64
    path.write_bytes(base64.b64decode(data["data"]))
    set_width(driver, width)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep the report readable
        pass


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def page_url(site: Path, page: Path, http_root: str) -> str:
    rel = page.relative_to(site).as_posix()
    return http_root + rel if rel == "404.html" else page.resolve().as_uri()


def describe(violation: dict) -> str:
    lines = [f"{violation['id']} ({violation.get('impact')}): {violation['help']}  {violation['helpUrl']}"]
    for node in violation["nodes"][:5]:
        target = ", ".join(str(t) for t in node.get("target", []))
        summary = (node.get("failureSummary") or "").replace("\n", " ")
        lines.append(f"        at {target}: {node.get('html', '')[:160]}")
        if summary:
            lines.append(f"           {summary[:300]}")
    if len(violation["nodes"]) > 5:
        lines.append(f"        … and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


def check_page_basics(driver: webdriver.Chrome, name: str) -> None:
    """What axe does not check: the stylesheet loaded, no third-party code, one h1, the stamps."""
    facts = driver.execute_script("""
        const skip = document.querySelector('.skip-link');
        const external = [...document.querySelectorAll('script[src], link[rel=stylesheet], img[src], iframe')]
          .map(e => e.getAttribute('src') || e.getAttribute('href'))
          .filter(u => /^(https?:)?\\/\\//.test(u || ''));
        return {
          lang: document.documentElement.lang,
          styled: !!skip && getComputedStyle(skip).position === 'absolute',
          external: external,
          h1: document.querySelectorAll('h1').length,
          stamps: document.querySelectorAll('.stamps time[datetime]').length,
          exit: !!document.querySelector('a.exit-this-page[href]'),
          landmarks: ['header', 'nav', 'main', 'footer'].filter(t => !document.querySelector(t)),
          overflow: document.documentElement.scrollWidth > window.innerWidth + 1,
        };""")
    if facts["lang"] != "en-GB":
        problem(f"{name}: <html lang> is '{facts['lang']}', expected en-GB")
    if not facts["styled"]:
        problem(f"{name}: the stylesheet did not load (check the relative link to assets/site.css)")
    if facts["external"]:
        problem(f"{name}: loads third-party files: {facts['external']}")
    if facts["h1"] != 1:
        problem(f"{name}: has {facts['h1']} h1 headings; a page needs exactly one")
    if facts["stamps"] < 1:
        problem(f"{name}: no 'Last updated'/'Last reviewed' stamp with <time datetime>")
    if not facts["exit"]:
        problem(f"{name}: no 'Exit this page' link")
    if facts["landmarks"]:
        problem(f"{name}: missing landmarks: {facts['landmarks']}")
    if facts["overflow"]:
        problem(f"{name}: the page scrolls sideways at {driver.execute_script('return window.innerWidth')} px")


def run_axe(driver: webdriver.Chrome, pages: list[Path], site: Path, http_root: str, shots: Path) -> int:
    axe = Axe(driver)
    count = 0
    options = json.dumps({"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})
    # The two widths, then the desktop width again with the reader's dark colour scheme.
    for width, scheme in [(w, "light") for w in WIDTHS] + [(WIDTHS[0], "dark")]:
        set_width(driver, width)
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "features": [{"name": "prefers-color-scheme", "value": scheme}]})
        label = f"{width} px" + (" dark" if scheme == "dark" else "")
        folder = f"{width}" + ("-dark" if scheme == "dark" else "")
        for page in pages:
            name = page.relative_to(site).as_posix()
            driver.get(page_url(site, page, http_root))
            axe.inject()
            results = axe.run(options=options)
            violations = results.get("violations", [])
            count += len(violations)
            status = "ok" if not violations else f"{len(violations)} violation(s)"
            print(f"  axe {label:>12}  {name}: {status}", flush=True)
            for v in violations:
                problem(f"axe {label} {name}: {describe(v)}")
            check_page_basics(driver, f"{name} at {label}")
            shot = shots / folder / (name.replace("/", "__").removesuffix(".html") + ".png")
            shot.parent.mkdir(parents=True, exist_ok=True)
            screenshot(driver, width, shot)
    return count


def active(driver: webdriver.Chrome) -> str:
    return driver.execute_script(
        "const e = document.activeElement; return e ? (e.className || e.tagName) + '|' + (e.textContent || '').trim() : ''")


def keyboard_test(site: Path, exit_url: str) -> None:
    page = site / "reviews" / "index.html"
    if not page.exists():
        page = site / "index.html"
    url = page.resolve().as_uri()
    driver = browser()
    try:
        set_width(driver, 1280)
        driver.get(url)
        ActionChains(driver).send_keys(Keys.TAB).perform()
        first = active(driver)
        if not first.startswith("skip-link"):
            problem(f"keyboard: the first Tab focuses '{first}', not the skip link")
        else:
            print("  keyboard: the first Tab focuses the skip link", flush=True)
            visible = driver.execute_script(
                "const r = document.activeElement.getBoundingClientRect(); return r.left >= 0 && r.top >= 0 && r.width > 0")
            if not visible:
                problem("keyboard: the skip link is focused but not visible on screen")
            ActionChains(driver).send_keys(Keys.ENTER).perform()
            if driver.execute_script("return document.activeElement.id") != "main-content":
                problem("keyboard: activating the skip link does not move focus to the main content")
        driver.get(url)
        for presses in range(1, 11):
            ActionChains(driver).send_keys(Keys.TAB).perform()
            if "exit-this-page" in active(driver):
                print(f"  keyboard: the exit link is reached by Tab ({presses} presses)", flush=True)
                break
        else:
            problem("keyboard: the exit link was not reached in 10 Tab presses")

        # Triple Shift: the site opened from a blank tab; after exiting, Back must not return to it.
        driver.get("about:blank")
        driver.get(url)
        time.sleep(0.3)
        body = driver.find_element(By.TAG_NAME, "body")
        chain = ActionChains(driver)
        for _ in range(3):
            chain.key_down(Keys.SHIFT, body).key_up(Keys.SHIFT, body).pause(0.1)
        chain.perform()
        left = wait_for(lambda: driver.current_url != url, 10)
        landed = driver.current_url
        if not left:
            problem("keyboard: pressing Shift three times did not leave the page")
        elif not (landed.startswith(exit_url) or landed.startswith("chrome-error:")):
            problem(f"keyboard: Shift three times went to {landed}, not to exit_url {exit_url}")
        else:
            # With no network here the exit site may show an error page; the address is what counts.
            driver.back()
            time.sleep(0.5)
            if driver.current_url == url:
                problem("keyboard: after exiting, Back returns to the page (the history entry was not replaced)")
            else:
                print(f"  keyboard: Shift three times left for {landed} and replaced the history entry", flush=True)
    finally:
        driver.quit()

    driver = browser(javascript=False)
    try:
        driver.get(url)
        link = driver.find_element(By.CSS_SELECTOR, "a.exit-this-page")
        if link.get_attribute("href") != exit_url or not link.is_displayed():
            problem(f"no JavaScript: the exit link is not a visible link to {exit_url}")
        controls = driver.find_elements(By.CSS_SELECTOR, "[data-view-controls]")
        if controls and controls[0].is_displayed():
            problem("no JavaScript: the accessibility view buttons show, but cannot work without JavaScript")
        link.click()
        if not wait_for(lambda: driver.current_url != url, 10):
            problem("no JavaScript: clicking the exit link did not leave the page")
        else:
            print(f"  no JavaScript: the exit link is an ordinary link and leaves the page", flush=True)
    finally:
        driver.quit()


def view_test(site: Path) -> None:
    """The accessibility view: buttons change the page and are remembered without cookies."""
    page = site / "index.html"
    driver = browser()
    try:
        driver.get(page.resolve().as_uri())
        for button in driver.find_elements(By.CSS_SELECTOR, "[data-view]"):
            button.click()
        driver.get((site / "reviews" / "index.html").resolve().as_uri())
        classes = driver.execute_script("return document.documentElement.className")
        cookies = driver.execute_script("return document.cookie")
        if "view-large-text" not in classes or "view-high-contrast" not in classes:
            problem(f"accessibility view: not remembered on the next page (html class '{classes}')")
        elif cookies:
            problem(f"accessibility view: the site set cookies: {cookies}")
        else:
            print("  accessibility view: larger text and high contrast remembered on the next page, no cookies", flush=True)
    finally:
        driver.quit()


def wait_for(condition, seconds: float) -> bool:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if condition():
                return True
        except WebDriverException:
            pass
        time.sleep(0.1)
    return False


def run_vnu(vnu: Path, site: Path, pages: list[Path]) -> int:
    css = sorted(str(p) for p in (site / "assets").glob("*.css"))
    command = ["java", "-jar", str(vnu), "--errors-only", "--format", "gnu", "--also-check-css"]
    result = subprocess.run(command + [str(p) for p in pages] + css, capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    errors = [line for line in output.splitlines() if line.strip()]
    for line in errors:
        problem("vnu " + line.replace(str(site) + "/", "").replace(site.resolve().as_uri() + "/", ""))
    if result.returncode != 0 and not errors:
        problem(f"vnu exited with {result.returncode}")
    return len(errors)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", required=True, type=Path)
    parser.add_argument("--screenshots", required=True, type=Path)
    parser.add_argument("--exit-url", required=True)
    parser.add_argument("--vnu", required=True, type=Path)
    args = parser.parse_args()
    site = args.site.resolve()
    pages = sorted(site.rglob("*.html"))
    if not pages:
        print(f"no pages in {site}")
        return 1
    started = time.time()
    server, http_root = serve(site)
    print(f"axe-core in {CHROMIUM} on {len(pages)} pages", flush=True)
    driver = browser()
    try:
        violations = run_axe(driver, pages, site, http_root, args.screenshots)
    finally:
        driver.quit()
    print("keyboard and view tests", flush=True)
    keyboard_test(site, args.exit_url)
    view_test(site)
    server.shutdown()
    print("Nu Html Checker", flush=True)
    vnu_errors = run_vnu(args.vnu, site, pages)
    others = len(problems) - violations - vnu_errors
    print(f"\nscreenshots: {args.screenshots} (1280/, 375/ and 1280-dark/)")
    print(f"axe: {violations} violations on {len(pages)} pages at 1280 and 375 px and in dark mode; vnu: {vnu_errors} errors; "
          f"other checks: {others} problems ({time.time() - started:.0f} s)")
    if problems:
        print(f"\nFAILED: {len(problems)} problem(s):")
        for p in problems:
            print("  - " + p)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
