"""Accessibility in a real browser (Debian's Chromium through Playwright), both languages.

- axe-core (the copy shipped with axe-playwright-python) with the WCAG 2.0/2.1 A and AA rules finds
  nothing on any built page, at desktop and phone widths, in every colour scheme the site offers;
- the keyboard alone reaches everything: the skip link, a visible focus on every stop, the
  language switcher and the search box, also on a phone-sized screen;
- the KPI tables have captions and header cells; from 320 to 480 px they read top to bottom (no
  sideways scrolling, caption whole, each cell led by its column's name) and keep their table roles;
  desktop and print keep the table; the closed notice and the section reference are two lines.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import tab_at

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
AXE = Axe()  # only for the copy of axe-core it ships (axe_script)
# The WCAG A and AA rules; only the violations come back (not every passing node).
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}


def tab_to(tab, selector: str, limit: int = 60) -> bool:
    """Press Tab until the focused element matches `selector`; False if it never does."""
    for _ in range(limit):
        tab.keyboard.press("Tab")
        if tab.evaluate("s => document.activeElement.matches(s)", selector):
            return True
    return False


@pytest.fixture
def phone(browser):
    with tab_at(browser, PHONE) as tab:
        yield tab


@pytest.fixture
def desktop(browser):
    with tab_at(browser, DESKTOP) as tab:
        yield tab


def axe_violations(tab) -> list[str]:
    """Run axe in every colour scheme the page offers (Material's palette toggle: scheme, primary and
    accent colours as the toggle sets them)."""
    schemes = tab.evaluate(
        "() => { const b = document.querySelector('.site-palette');"
        " return b ? [b.dataset.off.split(' '), b.dataset.on.split(' ')] : []; }"
    )
    assert schemes, "the page offers no colour scheme"
    if not tab.evaluate("() => typeof axe === 'object'"):
        tab.evaluate(AXE.axe_script)  # axe-core, once per page load (about 500 KB of script)
    found = []
    for scheme, primary, accent in schemes:
        tab.evaluate(
            """([s, p, a]) => { const b = document.body; b.setAttribute('data-md-color-scheme', s);
            b.setAttribute('data-md-color-primary', p); b.setAttribute('data-md-color-accent', a); }""",
            [scheme, primary, accent],
        )
        # colours change with a short transition: check the colours the reader ends up with
        tab.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
        for v in tab.evaluate("options => axe.run(document, options)", AXE_OPTIONS)["violations"]:
            targets = [n["target"] for n in v["nodes"][:3]]
            found.append(f"[{scheme}] {v['id']} ({v['impact']}): {v['help']} at {targets}")
    return found


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_wcag_a_or_aa_violation_on_any_page(served_site, browser, viewport):
    pages = served_site.build.pages()
    assert any(p.startswith("en/") for p in pages) and "index.html" in pages
    context = browser.new_context(viewport=viewport)
    tab = context.new_page()
    problems = {}
    try:
        for rel in pages:
            tab.goto(served_site.url + rel)
            found = axe_violations(tab)
            if found:
                problems[rel] = found
    finally:
        context.close()
    assert problems == {}


def test_axe_check_catches_a_real_violation(served_site, desktop):
    """The axe check above can fail: an image without a text alternative is reported."""
    desktop.goto(served_site.url + "index.html")
    desktop.evaluate("""() => { const i = document.createElement('img'); i.src = 'x.png';
        document.querySelector('article').append(i); }""")
    assert any("image-alt" in v for v in axe_violations(desktop))


@pytest.mark.parametrize("path", ["strategy.html", "en/index.html"])
def test_skip_link_is_the_first_stop_and_jumps_to_the_content(served_site, desktop, path):
    desktop.goto(served_site.url + path)
    desktop.keyboard.press("Tab")
    skip = desktop.locator(":focus")
    assert skip.get_attribute("class").split()[0] == "md-skip"
    desktop.wait_for_function("() => getComputedStyle(document.activeElement).opacity === '1'")
    assert skip.is_visible()
    h1_id = desktop.locator("article h1").get_attribute("id")
    skip.press("Enter")
    desktop.wait_for_function(
        "id => location.hash === '#' + encodeURIComponent(id) || location.hash === '#' + id", arg=h1_id
    )
    assert desktop.locator("article h1").is_visible()


FOCUS_STATE = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  // Material's colour-scheme toggle: the focused radio button is hidden, the label after it is what shows
  const shown = e.matches('input.md-option') ? e.nextElementSibling : e;
  const s = getComputedStyle(shown), r = shown.getBoundingClientRect();
  const onScreen = r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0
    && r.left < innerWidth && r.top < innerHeight;
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  return {what: e.tagName + ' ' + (e.getAttribute('href') || e.getAttribute('aria-label') || e.className),
          visible: onScreen && s.visibility === 'visible', outline, skip: e.classList.contains('md-skip')};
}"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("path", ["strategy.html", "en/places.html"])
def test_every_tab_stop_is_on_screen_with_a_visible_focus(served_site, browser, viewport, path):
    context = browser.new_context(viewport=viewport)
    tab = context.new_page()
    try:
        tab.goto(served_site.url + path)
        stops = []
        for _ in range(150):
            tab.keyboard.press("Tab")
            state = tab.evaluate(FOCUS_STATE)
            if state is None or (stops and state["skip"]):
                break  # back at the top of the page
            stops.append(state)
        assert len(stops) > 10
        hidden = [s["what"] for s in stops if not s["visible"]]
        no_ring = [s["what"] for s in stops if not s["outline"]]
        assert hidden == [] and no_ring == []
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_language_switcher_works_by_keyboard(served_site, browser, viewport):
    context = browser.new_context(viewport=viewport)
    tab = context.new_page()
    try:
        tab.goto(served_site.url + "strategy.html")
        assert tab_to(tab, "a.md-select__link[hreflang=en]")
        assert tab.locator(":focus").is_visible()
        tab.keyboard.press("Enter")
        tab.wait_for_url(served_site.url + "en/strategy.html")
        assert tab_to(tab, "a.md-select__link[hreflang=ja]")
        tab.keyboard.press("Enter")
        tab.wait_for_url(served_site.url + "strategy.html")
    finally:
        context.close()


SEARCH_INPUT = "input.md-search__input"
SEARCH_BUTTON = '.md-header button.md-header__button[data-toggle="__search"]'
RESULT_ITEM = ".md-search-result__item"


@pytest.mark.parametrize("path, word", [("index.html", "KPI"), ("en/index.html", "Kumamoto")])
def test_search_is_reached_and_used_by_keyboard_on_a_desktop(served_site, desktop, path, word):
    desktop.goto(served_site.url + path)
    assert tab_to(desktop, SEARCH_INPUT)
    assert desktop.locator(SEARCH_INPUT).is_visible()
    desktop.keyboard.type(word)
    desktop.locator(RESULT_ITEM).first.wait_for(state="visible")


@pytest.mark.parametrize("path, word", [("index.html", "KPI"), ("en/index.html", "Kumamoto")])
def test_search_is_reached_and_used_by_keyboard_on_a_phone(served_site, phone, path, word):
    phone.goto(served_site.url + path)
    assert tab_to(phone, SEARCH_BUTTON)
    button = phone.locator(SEARCH_BUTTON)
    assert button.get_attribute("aria-label")
    assert button.get_attribute("aria-expanded") == "false"
    phone.keyboard.press("Enter")
    phone.wait_for_function("s => document.activeElement.matches(s)", arg=SEARCH_INPUT)
    assert phone.locator(SEARCH_INPUT).is_visible()
    assert button.get_attribute("aria-expanded") == "true"
    phone.keyboard.type(word)
    phone.locator(RESULT_ITEM).first.wait_for(state="visible")
    phone.keyboard.press("Escape")
    phone.wait_for_function("s => document.activeElement.matches(s)", arg=SEARCH_BUTTON)
    assert not phone.locator(SEARCH_INPUT).is_visible()


def test_escape_from_a_search_result_closes_the_box_and_returns_to_the_button_on_a_phone(served_site, phone):
    """The search box's Escape handler (search.js) and the focus return (keyboard.js) in one key press."""
    phone.goto(served_site.url + "index.html")
    assert tab_to(phone, SEARCH_BUTTON)
    phone.keyboard.press("Enter")
    phone.wait_for_function("s => document.activeElement.matches(s)", arg=SEARCH_INPUT)
    phone.keyboard.type("KPI")
    phone.locator(RESULT_ITEM).first.wait_for(state="visible")
    phone.keyboard.press("ArrowDown")
    assert phone.evaluate("document.activeElement.closest('.md-search-result__item') !== null")
    phone.keyboard.press("Escape")
    assert not phone.evaluate("document.getElementById('__search').checked")
    assert phone.evaluate("s => document.activeElement.matches(s)", SEARCH_BUTTON)
    assert phone.locator(SEARCH_BUTTON).get_attribute("aria-expanded") == "false"
    # Escape again, with nothing open, changes nothing
    phone.keyboard.press("Escape")
    assert phone.evaluate("s => document.activeElement.matches(s)", SEARCH_BUTTON)


def test_menu_opens_and_closes_by_keyboard_on_a_phone(served_site, phone):
    phone.goto(served_site.url + "en/index.html")
    menu = '.md-header button.md-header__button[data-toggle="__drawer"]'
    assert tab_to(phone, menu)
    phone.keyboard.press("Enter")
    phone.wait_for_function("() => document.activeElement.closest('.md-sidebar--primary') !== null")
    focused = phone.locator(":focus")
    assert focused.is_visible() and focused.get_attribute("href")
    assert phone.locator(menu).get_attribute("aria-expanded") == "true"
    phone.keyboard.press("Escape")
    phone.wait_for_function("s => document.activeElement.matches(s)", arg=menu)
    assert not phone.locator(".md-sidebar--primary a[href]").first.is_visible()


# ---------------------------------------------------------------- KPI tables


@pytest.mark.parametrize("path", ["strategy.html", "en/strategy.html"])
def test_kpi_tables_have_captions_and_header_cells(served_site, path):
    html = served_site.build.html(path)
    wrappers = html.select("div.kpi-table")
    assert wrappers
    for wrapper in wrappers:
        table = wrapper.find("table")
        caption = table.find("caption")
        assert caption and caption.get_text(strip=True)
        assert wrapper["role"] == "region" and wrapper["tabindex"] == "0"
        assert wrapper["aria-labelledby"] == caption["id"]
        heads = table.select("thead th")
        assert heads and all(th.get("scope") == "col" for th in heads)
        for body in table.select("tbody"):
            rows = body.select("tr")
            assert rows[0].find("th", scope=["row", "rowgroup"]), body
        assert all(td.find_parent("table") is table for td in table.select("td"))


NARROW = [320, 360, 480]

# Everything inside the KPI tables that sticks out to the right of the screen, and the caption's state.
KPI_LAYOUT = """w => {
  const wide = [...document.querySelectorAll('.kpi-table, .kpi-table *')]
    .filter(e => e.getBoundingClientRect().right > w + 0.5 || e.getBoundingClientRect().left < -0.5)
    .map(e => e.tagName + '.' + e.className);
  const captions = [...document.querySelectorAll('.kpi-table caption')].map(c => {
    const r = c.getBoundingClientRect();
    return {text: c.textContent, left: r.left, right: r.right, cut: c.scrollWidth > c.clientWidth};
  });
  const scrolls = [...document.querySelectorAll('.kpi-table')].filter(e => e.scrollWidth > e.clientWidth).length;
  return {page: document.documentElement.scrollWidth, wide, captions, scrolls};
}"""


@pytest.mark.parametrize("width", NARROW)
@pytest.mark.parametrize("path", ["strategy.html", "en/strategy.html"])
def test_kpi_tables_read_top_to_bottom_on_a_phone(served_site, browser, path, width):
    context = browser.new_context(viewport={"width": width, "height": 740})
    tab = context.new_page()
    try:
        tab.goto(served_site.url + path)
        layout = tab.evaluate(KPI_LAYOUT, width)
        assert layout["page"] <= width
        assert layout["wide"] == [] and layout["scrolls"] == 0, layout
        assert layout["captions"] and all(
            c["left"] >= 0 and c["right"] <= width and not c["cut"] for c in layout["captions"]
        ), layout["captions"]
        # each data cell is led by its column's name, taken from the header row
        heads = tab.locator("table.kpi").first.locator("thead th").all_inner_texts()
        shown = tab.eval_on_selector_all(
            "table.kpi td[data-label]",
            "tds => tds.map(td => [td.dataset.label, getComputedStyle(td, '::before').content])",
        )
        assert shown and all(label in heads[1:] and label in content for label, content in shown), shown[:3]
        # one KPI's name and its figures are a block below the measure, not side by side
        name = tab.locator("table.kpi td.kpi__name").first
        figures = name.locator("xpath=following-sibling::td[1]")
        assert figures.bounding_box()["y"] >= name.bounding_box()["y"] + name.bounding_box()["height"] - 1
    finally:
        context.close()


@pytest.mark.parametrize("path", ["strategy.html", "en/strategy.html"])
def test_kpi_tables_keep_their_structure_for_screen_readers_on_a_phone(served_site, phone, path):
    phone.goto(served_site.url + path)
    captions = phone.locator("table.kpi caption").all_inner_texts()
    tables = phone.get_by_role("table")
    assert tables.count() == len(captions) > 0
    for caption in captions:
        table = phone.get_by_role("table", name=caption, exact=True)
        assert table.count() == 1
        assert table.get_by_role("columnheader").count() == 4
        assert table.get_by_role("rowheader").count() == table.locator("tbody").count()
        assert table.get_by_role("cell").count() == table.locator("td").count()
        tree = table.aria_snapshot()
        assert "- row " in tree and "- columnheader " in tree and "- cell " in tree, tree[:500]


@pytest.mark.parametrize("width, media", [(1280, "screen"), (360, "print")])
def test_kpi_tables_stay_tables_on_a_desktop_and_on_paper(served_site, browser, width, media):
    context = browser.new_context(viewport={"width": width, "height": 800})
    tab = context.new_page()
    try:
        tab.emulate_media(media=media)
        tab.goto(served_site.url + "strategy.html")
        shown = tab.eval_on_selector_all(
            "table.kpi, table.kpi tr, table.kpi td, table.kpi thead",
            "es => [...new Set(es.map(e => e.tagName + ':' + getComputedStyle(e).display))].sort()",
        )
        assert shown == ["TABLE:table", "TD:table-cell", "THEAD:table-header-group", "TR:table-row"], shown
    finally:
        context.close()


@pytest.mark.parametrize("path", ["strategy.html", "en/strategy.html"])
def test_closed_notice_and_section_reference_are_two_lines(served_site, phone, path):
    phone.clock.set_fixed_time("2021-06-01T12:00:00+09:00")  # after the comment period
    phone.goto(served_site.url + path)
    notice = phone.locator("td .comment-link__closed").first
    ref = notice.locator("xpath=following-sibling::span[contains(@class, 'comment-link__ref')]")
    a, b = notice.bounding_box(), ref.bounding_box()
    assert b["y"] >= a["y"] + a["height"] - 1, (a, b)


# ---------------------------------------------------------------- colour schemes

BODY_COLOURS = (
    "() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('article')).color]"
)
# The colour-scheme toggle button itself: tests/test_controls.py.


def test_print_is_black_on_white_in_the_high_contrast_scheme(served_site, desktop):
    desktop.goto(served_site.url + "strategy.html")
    desktop.evaluate("""() => { const b = document.body; b.dataset.mdColorScheme = 'high-contrast';
        b.dataset.mdColorPrimary = 'black'; b.dataset.mdColorAccent = 'yellow'; }""")
    desktop.emulate_media(media="print")
    desktop.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    assert desktop.evaluate(BODY_COLOURS) == ["rgb(255, 255, 255)", "rgb(0, 0, 0)"]
    link = desktop.locator("article a[href]").first.evaluate("a => getComputedStyle(a).color")
    assert link != "rgb(255, 255, 0)", link  # not the screen's yellow links
    desktop.emulate_media(media="screen")
    desktop.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    assert desktop.evaluate(BODY_COLOURS) == ["rgb(0, 0, 0)", "rgb(255, 255, 255)"]


def test_axe_check_catches_poor_contrast_in_the_high_contrast_scheme(served_site, desktop):
    """The axe check runs in the high-contrast scheme too: grey text on its black is reported."""
    desktop.goto(served_site.url + "index.html")
    desktop.evaluate("""() => { const p = document.createElement('p'); p.textContent = 'テスト';
        p.className = 'low-contrast-test'; document.querySelector('article').append(p);
        p.style.color = '#333'; }""")  # on white, #333 passes; on black it does not
    found = axe_violations(desktop)
    assert any(v.startswith("[high-contrast] color-contrast") for v in found), found
    assert not any(v.startswith("[default] color-contrast") for v in found), found
