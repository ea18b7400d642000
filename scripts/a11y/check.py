"""Checks a built ReviewSite site in a real browser (issues 5 and 13).

- axe-core on every page in headless Chromium at 1280 and 375 CSS px wide, and in dark mode,
  with the checks axe does not make (one h1 and no heading before it, aria-current, landmarks…);
- the Nu Html Checker (vnu.jar) on every page and the stylesheet;
- a keyboard test: the first Tab reaches the skip link, the exit link is reachable by Tab,
  Shift pressed three times leaves the page for exit_url without a history entry, and with
  JavaScript off the exit link is still an ordinary working link;
- what an expert audit does by hand (issue 13): focus contrast in the default, Larger text,
  High contrast and dark views; focus not obscured by the sticky bar at 1280x720 and 320x256;
  forced colours; print in every view; Exit this page as GOV.UK Frontend's component; what is
  stored; the copy button;
- full-page screenshots at both widths, print screenshots and forced-colours crops.

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

    def do_POST(self):  # noqa: N802: the exit test's page reports its overlay here as it leaves
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            beacons.append(json.loads(body))
        except ValueError:
            pass
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()


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
          firstHeading: (document.querySelector('h1, h2, h3, h4, h5, h6') || {}).tagName,
          navCurrent: (() => {
            // The link to this page or its section needs aria-current; no other link may have it.
            const folder = u => u.split('#')[0].replace(/index\\.html$/, '');
            const title = document.querySelector('.site-title');
            const root = title ? folder(title.href) : '';
            const here = folder(location.href);
            return [...document.querySelectorAll('.site-nav a[href]')].filter(a => {
              const f = folder(a.href);
              const current = f === root ? here === root : here.startsWith(f);
              return current !== a.hasAttribute('aria-current');
            }).map(a => a.textContent.trim() + (a.hasAttribute('aria-current') ? ' (has it, wrongly)' : ''));
          })(),
          copyLink: !!document.querySelector('a[data-copy], a.copy-link[data-copy]'),
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
    if facts["firstHeading"] != "H1":
        problem(f"{name}: the first heading is an {facts['firstHeading']}, before the h1")
    if facts["navCurrent"]:
        problem(f"{name}: aria-current missing on the link to this page or its section, or wrong: {facts['navCurrent']}")
    if facts["copyLink"]:
        problem(f"{name}: 'Link to this page' is a link that copies; make it a button")
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



# ---------------------------------------------------------------------------------------------
# Expert checks (issue 13): what an audit by keyboard, zoom, forced colours and print finds and
# axe does not. Helpers for colours and contrast are in expert.js, installed on each page.

EXPERT_JS = (Path(__file__).parent / "expert.js").read_text(encoding="utf-8")
# name, classes on <html>, prefers-color-scheme
VIEWS = [("default", [], "light"), ("Larger text", ["view-large-text"], "light"),
         ("High contrast", ["view-high-contrast"], "light"), ("dark", [], "dark")]
beacons: list[dict] = []


def emulate(driver: webdriver.Chrome, scheme: str = "light", media: str = "", forced: bool = False) -> None:
    features = [{"name": "prefers-color-scheme", "value": scheme},
                {"name": "forced-colors", "value": "active" if forced else "none"}]
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media, "features": features})


def open_page(driver: webdriver.Chrome, url: str, classes: list[str] = ()) -> None:
    """Loads a page in a view: the view's button pressed as a reader would (so the pressed
    style is checked too), or the class set where a page has no buttons (JavaScript off)."""
    driver.get(url)
    driver.execute_script(EXPERT_JS)
    driver.execute_script("""
        const want = arguments[0];
        for (const b of document.querySelectorAll('[data-view]')) {
          const on = want.includes('view-' + b.getAttribute('data-view'));
          if ((b.getAttribute('aria-pressed') === 'true') !== on) b.click();
        }
        for (const c of want) document.documentElement.classList.add(c);
        if (document.activeElement && document.activeElement.blur) document.activeElement.blur();""", list(classes))


def key(driver: webdriver.Chrome, name: str, shift: bool = False) -> None:
    """A real key press through CDP: Tab moves focus and :focus-visible applies, as for a person."""
    codes = {"Tab": ("Tab", 9), "Enter": ("Enter", 13), "Shift": ("ShiftLeft", 16)}
    code, vk = codes[name]
    down = {"type": "rawKeyDown", "key": name, "code": code, "windowsVirtualKeyCode": vk,
            "modifiers": 8 if shift or name == "Shift" else 0}
    if name == "Enter":
        down.update(type="keyDown", text="\r")
    driver.execute_cdp_cmd("Input.dispatchKeyEvent", down)
    driver.execute_cdp_cmd("Input.dispatchKeyEvent", {"type": "keyUp", "key": name, "code": code,
                                                      "windowsVirtualKeyCode": vk, "modifiers": 8 if shift else 0})


def settle(driver: webdriver.Chrome) -> None:
    """Waits until the page has scrolled to the focused element and measured it."""
    driver.execute_async_script("const done = arguments[0]; requestAnimationFrame(() => setTimeout(done, 0))")


def tab_stops(driver: webdriver.Chrome) -> int:
    return driver.execute_script("""
        return [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
          .filter(e => e.tabIndex >= 0 && !e.disabled && e.checkVisibility()).length""")


class Findings:
    """Collects failures of one check; the same failure on many pages is printed once, with a count."""
    def __init__(self, check: str):
        self.check = check
        self.seen: dict[str, list[str]] = {}

    def add(self, what: str, page: str) -> None:
        self.seen.setdefault(what, []).append(page)

    def report(self, passed: str) -> None:
        if not self.seen:
            print(f"  {self.check}: ok, {passed}", flush=True)
        for what, pages in self.seen.items():
            more = f" (and {len(pages) - 1} more pages)" if len(pages) > 1 else ""
            problem(f"{self.check}: {pages[0]}{more}: {what}")


def record_focus_js(kind: str) -> str:
    """Installs a focusin listener that measures each focused element once it has scrolled."""
    return """
      window.__stops = [];
      document.addEventListener('focusin', e => {
        const el = e.target;
        setTimeout(() => {
          if (document.activeElement !== el) { window.__stops.push({name: 'lost ' + el.tagName, lost: true}); return; }
          const a = window.__a11y;
          const stop = {name: a.name(el), container: !el.matches('a, button, input, select, textarea, summary')};
          if ('%s' === 'contrast') {
            stop.text = a.worstText(el, 300);
            stop.indicator = a.indicator(el);
          } else {
            const big = el.getBoundingClientRect().height > window.innerHeight / 2;
            stop.cover = a.covered(el, big);
          }
          window.__stops.push(stop);
        }, 0);
      }, true);""" % kind


def focus_contrast_test(site: Path, pages: list[Path], http_root: str) -> None:
    """Tab through every page in each view: text in the focused element 4.5:1, indicator 3:1;
    the main content focused by the skip link keeps its background and its text contrast."""
    found = Findings("focus contrast")
    driver = browser()
    stops_checked = 0
    try:
        set_width(driver, 1280, 900)
        for view, classes, scheme in VIEWS:
            emulate(driver, scheme)
            driver.get(pages[0].resolve().as_uri())
            driver.execute_script("sessionStorage.clear(); localStorage.clear()")
            for page in pages:
                name = page.relative_to(site).as_posix()
                open_page(driver, page_url(site, page, http_root), classes)
                driver.execute_script("__a11y.remember();" + record_focus_js("contrast"))
                for _ in range(tab_stops(driver) + 1):
                    key(driver, "Tab")
                    settle(driver)
                time.sleep(0.05)
                for stop in driver.execute_script("return window.__stops"):
                    if stop.get("lost"):
                        found.add(f"{view}: a focus stop was not measured ({stop['name']}); the check is unreliable", name)
                        continue
                    stops_checked += 1
                    text, ind = stop["text"], stop["indicator"]
                    if text and text["ratio"] < 4.5:
                        found.add(f"{view}: focused {stop['name']}: text {text['at']} is {text['fg']} on "
                                  f"{text['bg']}, {text['ratio']:.2f}:1 (needs 4.5:1)", name)
                    if not ind["ok"]:
                        found.add(f"{view}: focused {stop['name']}: no focus indicator reaches 3:1 "
                                  f"({'; '.join(ind['parts']) or 'nothing changes'})", name)
                # The skip link moves focus to <main tabindex="-1">: no background change, text readable.
                driver.execute_script("document.activeElement.blur(); window.scrollTo(0, 0); __a11y.remember()")
                key(driver, "Tab")
                key(driver, "Enter")
                time.sleep(0.05)
                main = driver.execute_script("""
                    const m = document.activeElement;
                    if (!m || m.tagName !== 'MAIN') return null;
                    return {text: __a11y.worstText(m, 2000), indicator: __a11y.indicator(m)}""")
                if main is None:
                    found.add(f"{view}: the skip link did not focus <main>", name)
                    continue
                if main["indicator"]["background_changed"]:
                    found.add(f"{view}: focused <main> changes background {main['indicator']['was_bg']} to "
                              f"{main['indicator']['now_bg']}", name)
                if main["text"] and main["text"]["ratio"] < 4.5:
                    t = main["text"]
                    found.add(f"{view}: with <main> focused, {t['at']} is {t['fg']} on {t['bg']}, "
                              f"{t['ratio']:.2f}:1 (needs 4.5:1)", name)
    finally:
        driver.quit()
    found.report(f"{stops_checked} focus stops and <main> on {len(pages)} pages in {len(VIEWS)} views")


def obscured_test(site: Path, pages: list[Path], http_root: str) -> None:
    """WCAG 2.4.11: no Tab or Shift+Tab stop, skip link target or contents target under the
    sticky Exit bar, at 1280x720 and at 320x256 (400% zoom of 1280x1024)."""
    found = Findings("focus not obscured")
    driver = browser()
    count = 0
    try:
        emulate(driver)
        for (width, height), view, classes in [((1280, 720), "default", []), ((320, 256), "default", []),
                                               ((320, 256), "Larger text", ["view-large-text"])]:
            set_width(driver, width, height)
            label = f"{width}x{height} {view}"
            for page in pages:
                name = page.relative_to(site).as_posix()
                open_page(driver, page_url(site, page, http_root), classes)
                driver.execute_script(record_focus_js("cover"))
                n = tab_stops(driver)
                for _ in range(n):
                    key(driver, "Tab")
                    settle(driver)
                for _ in range(n - 1):
                    key(driver, "Tab", shift=True)
                    settle(driver)
                time.sleep(0.05)
                for i, stop in enumerate(driver.execute_script("return window.__stops")):
                    if stop.get("lost"):
                        found.add(f"{label}: a focus stop was not measured ({stop['name']}); the check is unreliable", name)
                        continue
                    count += 1
                    direction = "Tab" if i < n else "Shift+Tab"
                    cover = stop["cover"]
                    if cover["offscreen"]:
                        found.add(f"{label}: {direction} to {stop['name']}: off screen at {cover['rect']}", name)
                    elif cover["hits"]:
                        found.add(f"{label}: {direction} to {stop['name']}: {'; '.join(cover['hits'])}", name)
                # The skip link's target and each contents link's target.
                targets = driver.execute_script("""
                    return ['#main-content', ...[...document.querySelectorAll('nav.contents a[href^="#"]')]
                      .map(a => a.getAttribute('href'))]""")
                for target in targets:
                    count += 1
                    cover = driver.execute_script("""
                        window.scrollTo(0, 0);
                        const link = document.querySelector('a[href="' + arguments[0] + '"]');
                        link.click();
                        let t = document.getElementById(arguments[0].slice(1));
                        if (t && t.tagName === 'MAIN') t = __a11y.textElements(t, 1)[0] || t;
                        return {name: __a11y.name(t), cover: __a11y.covered(t, t.getBoundingClientRect().height > innerHeight / 2)}""", target)
                    c = cover["cover"]
                    if c["offscreen"] or c["hits"]:
                        found.add(f"{label}: after the link to {target}, {cover['name']} is "
                                  f"{'off screen' if c['offscreen'] else '; '.join(c['hits'])}", name)
    finally:
        driver.quit()
    found.report(f"{count} focus stops and link targets on {len(pages)} pages at 1280x720 and 320x256")


def clip_shot(driver: webdriver.Chrome, selector: str, margin: int = 8) -> bytes:
    rect = driver.execute_script("""
        const e = document.querySelector(arguments[0]); e.scrollIntoView({block: 'center'});
        const r = e.getBoundingClientRect();
        return [r.left + scrollX, r.top + scrollY, r.width, r.height]""", selector)
    clip = {"x": max(rect[0] - margin, 0), "y": max(rect[1] - margin, 0),
            "width": rect[2] + 2 * margin, "height": rect[3] + 2 * margin, "scale": 1}
    import base64
    return base64.b64decode(driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "clip": clip})["data"])


def forced_colours_test(site: Path, shots: Path) -> None:
    """Windows High Contrast (forced-colors: active): pressed and unpressed view buttons look
    different, and focus is visible on buttons (pressed or not), links and the table box."""
    found = Findings("forced colours")
    driver = browser()
    review = next(iter(sorted((site / "reviews").glob("*/index.html"))), site / "index.html")
    folder = shots / "forced-colours"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        set_width(driver, 1280, 900)
        emulate(driver, forced=True)
        url = review.resolve().as_uri()
        open_page(driver, url)
        driver.execute_script("sessionStorage.clear(); localStorage.clear()")
        open_page(driver, url)
        button = '[data-view="high-contrast"]'
        if not driver.find_elements(By.CSS_SELECTOR, button):
            found.add("no High contrast button", review.name)
        else:
            off = clip_shot(driver, button)
            driver.execute_script("document.querySelector(arguments[0]).click(); document.activeElement.blur()", button)
            on = clip_shot(driver, button)
            (folder / "button-unpressed.png").write_bytes(off)
            (folder / "button-pressed.png").write_bytes(on)
            if off == on:
                found.add("the High contrast button looks the same pressed and unpressed", "reviews")
        targets = [("pressed view button", '[data-view="high-contrast"]'),
                   ("unpressed view button", '[data-view="large-text"]'),
                   ("navigation link", ".site-nav a"), ("contents link", "nav.contents a"),
                   ("table box", ".table-wrap[tabindex]"), ("exit link", ".exit-this-page")]
        for label, selector in targets:
            if not driver.find_elements(By.CSS_SELECTOR, selector):
                continue
            driver.execute_script("document.activeElement.blur(); window.scrollTo(0, 0)")
            for _ in range(300):
                key(driver, "Tab")
                if driver.execute_script("return document.activeElement === document.querySelector(arguments[0])", selector):
                    break
            else:
                found.add(f"Tab never reached the {label}", "reviews")
                continue
            focused = clip_shot(driver, selector)
            driver.execute_script("document.activeElement.blur()")
            unfocused = clip_shot(driver, selector)
            (folder / f"{label.replace(' ', '-')}-focused.png").write_bytes(focused)
            if focused == unfocused:
                found.add(f"focus on the {label} is invisible (focused and unfocused look the same)", "reviews")
    finally:
        driver.quit()
    found.report("pressed and unpressed differ, focus visible on buttons, links and the table box")


def print_test(site: Path, pages: list[Path], http_root: str, shots: Path) -> None:
    """Print media in each view: dark text on white everywhere, and external links print their address."""
    found = Findings("print")
    driver = browser()
    try:
        set_width(driver, 1280, 900)
        for view, classes, scheme in VIEWS:
            emulate(driver, scheme, media="print")
            for page in pages:
                name = page.relative_to(site).as_posix()
                open_page(driver, page_url(site, page, http_root), classes)
                result = driver.execute_script("""
                    const a = window.__a11y, white = {r: 255, g: 255, b: 255, a: 1}, bad = [];
                    for (const el of a.textElements(document.body, 5000)) {
                      const bg = a.background(el), fg = a.parse(getComputedStyle(el).color);
                      const r = Math.min(a.ratio(a.blend(fg, bg), bg), a.ratio(a.blend(fg, white), white));
                      if (r < 4.5) bad.push(a.name(el) + ' is ' + a.hex(fg) + ' on ' + a.hex(bg) + ' (' + r.toFixed(2) + ':1 on paper)');
                    }
                    const links = [...document.querySelectorAll('main a[href^="http"], .support-box a[href^="http"]')]
                      .filter(l => l.checkVisibility());
                    const missing = links.filter(l => !getComputedStyle(l, '::after').content.includes(l.getAttribute('href')))
                      .map(l => a.name(l));
                    return {bad: bad, links: links.length, missing: missing}""")
                for line in result["bad"][:3]:
                    found.add(f"{view}: {line}", name)
                if len(result["bad"]) > 3:
                    found.add(f"{view}: and {len(result['bad']) - 3} more text elements below 4.5:1", name)
                if result["missing"]:
                    found.add(f"{view}: {len(result['missing'])} of {result['links']} external links print "
                              f"no address, e.g. {result['missing'][0]}", name)
                if name.startswith("reviews/dhr-jo"):
                    shot = shots / f"print-{view.lower().replace(' ', '-')}" / (name.replace("/", "__").removesuffix(".html") + ".png")
                    shot.parent.mkdir(parents=True, exist_ok=True)
                    screenshot(driver, 1280, shot)
    finally:
        driver.quit()
    found.report(f"dark on white and link addresses on {len(pages)} pages in {len(VIEWS)} views")


def exit_test(site: Path, exit_url: str, beacon_url: str) -> None:
    """Exit this page as GOV.UK Frontend's component: Shift three times (1.5 s apart) within its
    5 s window, status messages after each press, the lit indicator, the "Loading." overlay,
    the window resetting after 5 s; with JavaScript off no Shift hint is shown or read."""
    found = Findings("exit this page")
    page = next(iter(sorted((site / "reviews").glob("*/index.html"))), site / "index.html")
    url = page.resolve().as_uri()
    driver = browser()
    try:
        set_width(driver, 1280, 900)
        driver.get("about:blank")
        open_page(driver, url)
        facts = driver.execute_script("""
            const bar = document.querySelector('.exit-bar');
            return {status: !!(bar && bar.querySelector('[role=status]')),
                    hint: !!bar && bar.textContent.includes('Shift')}""")
        if not facts["status"]:
            found.add("no role=status message area in the Exit this page bar", "reviews")
        if not facts["hint"]:
            found.add("with JavaScript on, the '(or press Shift three times)' hint is missing", "reviews")
        state = "return {status: (document.querySelector('.exit-bar [role=status]') || {}).textContent || '', " \
                "lit: document.querySelectorAll('.exit-indicator .is-on').length}"
        expected = ["Shift, press 2 more times to exit.", "Shift, press 1 more time to exit."]
        for press in (1, 2):
            key(driver, "Shift")
            time.sleep(0.2)
            now = driver.execute_script(state)
            if now["status"].strip() != expected[press - 1]:
                found.add(f"after Shift press {press} the status says '{now['status'].strip()}', not '{expected[press - 1]}'", "reviews")
            if now["lit"] != press:
                found.add(f"after Shift press {press} the indicator shows {now['lit']} lit, not {press}", "reviews")
            time.sleep(1.3)
        # Watch for the loading overlay: the page is leaving, so report it to the local server.
        driver.execute_script("""
            const url = arguments[0];
            new MutationObserver(() => {
              const o = document.querySelector('[role=alert]');
              if (o && !window.__sent && o.textContent.trim()) {
                window.__sent = true;
                navigator.sendBeacon(url, JSON.stringify({overlay: o.textContent.trim(),
                  visible: o.checkVisibility(), bodyHidden: [...document.body.children]
                    .filter(c => c !== o && c.checkVisibility({visibilityProperty: true})).length}));
              }
            }).observe(document.body, {childList: true, subtree: true, characterData: true});""", beacon_url)
        key(driver, "Shift")
        if not wait_for(lambda: driver.current_url != url, 10):
            found.add("three Shift presses 1.5 s apart did not leave the page", "reviews")
        else:
            landed = driver.current_url
            if not (landed.startswith(exit_url) or landed.startswith("chrome-error:")):
                found.add(f"Shift three times went to {landed}, not {exit_url}", "reviews")
            driver.back()
            time.sleep(0.5)
            if driver.current_url == url:
                found.add("after exiting, Back returns to the page", "reviews")
        time.sleep(0.3)
        overlay = next((b for b in beacons if "overlay" in b), None)
        if not overlay:
            found.add("no 'Loading.' overlay (role=alert) while leaving", "reviews")
        elif overlay["overlay"] != "Loading." or not overlay["visible"] or overlay["bodyHidden"]:
            found.add(f"the overlay while leaving is {overlay}", "reviews")
        # The window: two presses, then more than 5 s, then one press must not leave.
        open_page(driver, url)
        key(driver, "Shift"); time.sleep(0.3); key(driver, "Shift")
        time.sleep(5.5)
        expired = driver.execute_script(state)
        key(driver, "Shift")
        time.sleep(1)
        if driver.current_url != url:
            found.add("a press after the 5 s window counted with the earlier two and left the page", "reviews")
        elif expired["lit"] != 0 or "expired" not in expired["status"]:
            found.add(f"after 5 s the presses did not reset (status '{expired['status']}', {expired['lit']} lit)", "reviews")
    finally:
        driver.quit()
    driver = browser(javascript=False)
    try:
        driver.get(url)
        read = driver.execute_script("""
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const out = [];
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (/shift/i.test(n.data) && n.parentElement.checkVisibility()) out.push(n.data.trim());
            }
            return out""")
        if read:
            found.add(f"with JavaScript off, the Shift hint is shown or read: {read[0]!r}", "reviews")
    finally:
        driver.quit()
    found.report("three presses 1.5 s apart exit with status messages, indicator and overlay; "
                 "the window resets after 5 s; no Shift hint without JavaScript")


def storage_test(site: Path) -> None:
    """The accessibility view is kept for the tab only (sessionStorage): nothing in localStorage,
    no cookies, and nothing left once the views are turned off."""
    found = Findings("storage")
    driver = browser()
    try:
        home = (site / "index.html").resolve().as_uri()
        other = (site / "reviews" / "index.html").resolve().as_uri()
        driver.get(home)
        driver.execute_script("localStorage.clear(); sessionStorage.clear()")
        driver.get(home)
        for button in driver.find_elements(By.CSS_SELECTOR, "[data-view]"):
            button.click()
        driver.get(other)
        facts = driver.execute_script("return {cls: document.documentElement.className, local: localStorage.length, "
                                      "cookie: document.cookie}")
        if "view-large-text" not in facts["cls"] or "view-high-contrast" not in facts["cls"]:
            found.add(f"views turned on are not kept on the next page (html class '{facts['cls']}')", "index.html")
        if facts["local"]:
            found.add(f"{facts['local']} item(s) in localStorage with the views on", "index.html")
        for button in driver.find_elements(By.CSS_SELECTOR, "[data-view]"):
            button.click()
        facts = driver.execute_script("return {local: JSON.stringify(localStorage), session: JSON.stringify(sessionStorage), "
                                      "cookie: document.cookie}")
        if facts["local"] != "{}":
            found.add(f"localStorage after turning the views off: {facts['local']}", "index.html")
        if facts["session"] != "{}":
            found.add(f"sessionStorage after turning the views off: {facts['session']}", "index.html")
        if facts["cookie"]:
            found.add(f"cookies set: {facts['cookie']}", "index.html")
    finally:
        driver.quit()
    found.report("views kept for the tab in sessionStorage, nothing in localStorage or cookies, nothing left when off")


def copy_test(site: Path) -> None:
    """"Link to this page" is a button that copies (with JavaScript), and its message is cleared."""
    found = Findings("link to this page")
    page = (site / "reviews" / "index.html").resolve().as_uri()
    driver = browser()
    try:
        driver.get(page)
        buttons = driver.find_elements(By.CSS_SELECTOR, "button[data-copy]")
        if not buttons or not buttons[0].is_displayed():
            found.add("no visible 'Link to this page' button", "reviews/index.html")
        else:
            buttons[0].click()
            status = lambda: driver.execute_script("return (document.querySelector('[data-copy-status]') || {}).textContent || ''").strip()
            if not wait_for(lambda: status() != "", 3):
                found.add("clicking the button shows no status message", "reviews/index.html")
            elif not wait_for(lambda: status() == "", 8):
                found.add(f"the status message '{status()}' is still there after 8 s", "reviews/index.html")
    finally:
        driver.quit()
    driver = browser(javascript=False)
    try:
        driver.get(page)
        share = driver.execute_script("""
            const s = document.querySelector('.share');
            const b = s && [...s.querySelectorAll('button')].filter(b => b.checkVisibility());
            return {buttons: b ? b.length : 0, text: s ? s.innerText : ''}""")
        if share["buttons"]:
            found.add("without JavaScript a copy button shows that cannot work", "reviews/index.html")
        if "https://" not in share["text"]:
            found.add("without JavaScript the page's address is not shown", "reviews/index.html")
    finally:
        driver.quit()
    found.report("a button that copies and clears its message after a few seconds; the address shown without JavaScript")


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


CHECKS = ["axe", "keyboard", "focus", "obscured", "forced", "print", "exit", "storage", "copy", "vnu"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", required=True, type=Path)
    parser.add_argument("--screenshots", required=True, type=Path)
    parser.add_argument("--exit-url", required=True)
    parser.add_argument("--vnu", required=True, type=Path)
    parser.add_argument("--only", default=",".join(CHECKS),
                        help="comma-separated checks to run: " + ", ".join(CHECKS))
    args = parser.parse_args()
    only = [c.strip() for c in args.only.split(",") if c.strip()]
    unknown = [c for c in only if c not in CHECKS]
    if unknown:
        print(f"unknown check(s) {unknown}; the checks are {', '.join(CHECKS)}")
        return 2
    site = args.site.resolve()
    pages = sorted(site.rglob("*.html"))
    if not pages:
        print(f"no pages in {site}")
        return 1
    started = time.time()
    server, http_root = serve(site)
    violations = vnu_errors = 0
    if "axe" in only:
        print(f"axe-core in {CHROMIUM} on {len(pages)} pages", flush=True)
        driver = browser()
        try:
            violations = run_axe(driver, pages, site, http_root, args.screenshots)
        finally:
            driver.quit()
    if "keyboard" in only:
        print("keyboard test", flush=True)
        keyboard_test(site, args.exit_url)
    steps = [("focus", "focus contrast in the default, Larger text, High contrast and dark views",
              lambda: focus_contrast_test(site, pages, http_root)),
             ("obscured", "focus not obscured by the sticky Exit bar at 1280x720 and 320x256",
              lambda: obscured_test(site, pages, http_root)),
             ("forced", "forced colours", lambda: forced_colours_test(site, args.screenshots)),
             ("print", "print in every view", lambda: print_test(site, pages, http_root, args.screenshots)),
             ("exit", "Exit this page", lambda: exit_test(site, args.exit_url, http_root + "beacon")),
             ("storage", "view settings storage", lambda: storage_test(site)),
             ("copy", "Link to this page", lambda: copy_test(site))]
    for name, title, run in steps:
        if name in only:
            print(title, flush=True)
            step = time.time()
            run()
            print(f"  ({time.time() - step:.0f} s)", flush=True)
    server.shutdown()
    if "vnu" in only:
        print("Nu Html Checker", flush=True)
        vnu_errors = run_vnu(args.vnu, site, pages)
    others = len(problems) - violations - vnu_errors
    print(f"\nscreenshots: {args.screenshots} (1280/, 375/, 1280-dark/, print-*/ and forced-colours/)")
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
