"""Every page on a 360 px wide phone screen, in both languages, in Debian's Chromium.

The page must not scroll sideways (only the KPI tables may, inside their own box); no text may be
under 14 px (Material's notes are 12.8 px unless site.css raises them); a full-page screenshot
must be exactly the screen's width. The screenshots are kept in pytest's temporary folder
(printed with -s), or in $SCREENSHOT_DIR if set.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError

PHONE = {"width": 360, "height": 740}
MIN_TEXT_PX = 14  # body text is 16 px; tables and side notes may be 14 px, nothing smaller

# Elements whose right edge passes the screen's, leaving out those inside a box that scrolls or
# clips sideways (the KPI tables) and those that are not shown.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth, out = [];
  const clipped = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
      const x = getComputedStyle(p).overflowX; if (x !== 'visible') return true; } return false; };
  for (const e of document.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect(), s = getComputedStyle(e);
    if (r.width === 0 || r.height === 0 || s.visibility !== 'visible' || s.position === 'fixed') continue;
    if (r.right > width + 1 && !clipped(e)) out.push(e.tagName + '.' + e.className + ' right=' + Math.round(r.right));
  }
  return {scroll: document.documentElement.scrollWidth, width, out: out.slice(0, 5)};
}"""


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def full_page_shot(page, path: Path) -> None:
    """A full-page screenshot, asked again when Chromium itself could not make one.

    Chromium sometimes answers "Unable to capture screenshot" when its compositor is starved (seen
    once in CI with both test workers busy); that says nothing about the page. Any other error, or
    the same one three times in a row, fails the test.
    """
    for attempt in range(3):
        try:
            page.screenshot(path=str(path), full_page=True)
            return
        except PlaywrightError as error:
            if "Unable to capture screenshot" not in str(error) or attempt == 2:
                raise
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path_factory.mktemp("screenshots-360"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


def test_every_page_reads_at_360_px_without_sideways_scrolling(served_site, phone, shots):
    pages = served_site.build.pages()
    assert "strategy.html" in pages and "en/strategy.html" in pages
    problems = {}
    for rel in pages:
        phone.goto(served_site.url + rel)
        viewport = phone.locator('meta[name="viewport"]').get_attribute("content")
        assert "width=device-width" in viewport, rel
        found = phone.evaluate(OVERFLOW)
        small = phone.evaluate(
            """() => [...document.querySelectorAll(
              'article :is(p, li, dt, dd, th, td, caption, summary, .admonition-title)')]
            .filter(e => e.offsetParent !== null && e.innerText.trim())
            .map(e => parseFloat(getComputedStyle(e).fontSize)).filter(px => px < MIN_TEXT_PX).length""".replace(
                "MIN_TEXT_PX", str(MIN_TEXT_PX)
            )
        )
        shot = shots / (rel.replace("/", "_") + ".png")
        full_page_shot(phone, shot)
        width, height = png_size(shot)
        if found["scroll"] > found["width"] or found["out"] or small or width != PHONE["width"]:
            problems[rel] = {
                "scroll width": found["scroll"],
                "too wide": found["out"],
                f"text under {MIN_TEXT_PX} px": small,
                "screenshot width": width,
            }
        assert height >= PHONE["height"], rel
    print(f"\n360 px screenshots: {shots}")
    assert problems == {}


def test_the_overflow_check_catches_a_too_wide_element(served_site, phone):
    """The check above can fail: a 600 px wide block in the text is reported."""
    phone.goto(served_site.url + "index.html")
    phone.evaluate("""() => { const d = document.createElement('div'); d.style.width = '600px';
        d.textContent = 'x'; document.querySelector('article').append(d); }""")
    found = phone.evaluate(OVERFLOW)
    assert found["out"] and found["scroll"] > found["width"]


@pytest.mark.parametrize("path", ["index.html", "en/index.html"])
def test_banner_and_title_are_in_the_first_screen(served_site, phone, path):
    phone.goto(served_site.url + path)
    for selector in (".md-banner .comment-status", "article h1"):
        box = phone.locator(selector).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], selector
        assert box["y"] < PHONE["height"], selector


class _FlakyPage:
    """Stands in for a page whose screenshots fail with the given errors, then succeed."""

    def __init__(self, *errors: str):
        self.errors, self.frames = list(errors), 0

    def screenshot(self, path, full_page):
        if self.errors:
            raise PlaywrightError(self.errors.pop(0))
        Path(path).write_bytes(b"png")

    def evaluate(self, script):
        self.frames += 1


def test_a_screenshot_is_asked_again_only_when_chromium_could_not_make_it(tmp_path):
    page = _FlakyPage("Protocol error (Page.captureScreenshot): Unable to capture screenshot")
    full_page_shot(page, tmp_path / "a.png")
    assert (tmp_path / "a.png").exists() and page.frames == 1
    with pytest.raises(PlaywrightError, match="Unable to capture"):
        full_page_shot(_FlakyPage(*["Unable to capture screenshot"] * 3), tmp_path / "b.png")
    with pytest.raises(PlaywrightError, match="Target closed"):
        full_page_shot(_FlakyPage("Target closed"), tmp_path / "c.png")
