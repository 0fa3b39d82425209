"""The site's controls behave as they look, by keyboard and in the accessibility tree (Chromium).

- the colour scheme: one toggle button named for the high-contrast scheme, aria-pressed telling whether it
  is on, Space and Enter switching it, remembered across pages and languages;
- the phone menu (390 px): the first Tab stop after opening is in it, no Tab stop is out of sight (the
  table of contents folded inside it), and the focus leaving it closes it;
- the language menu: aria-haspopup and aria-expanded, and the other language opens at the same section;
- the ふりがな button: among the first Tab stops; the banner's words get readings with the rest;
- the KPI row headers hold only the measure's number and name; 熊本型 is read くまもとがた;
- inline links on phones are at least 24 × 24 px (WCAG 2.5.8).
"""

from __future__ import annotations

import json

import pytest

from conftest import DATA, tab_at
from sitebuild.furigana import KANJI

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
NAMES = {"ja": "高コントラスト（黒地に白い文字）", "en": "High contrast (white on black)"}
FOCUSED = """() => { const e = document.activeElement; return e ? e.outerHTML.slice(0, 120) : null; }"""
# Is the focused element where the reader can see it: rendered, visible, inside the window?
FOCUS_SHOWN = """() => { const e = document.activeElement, r = e.getBoundingClientRect();
  return e.checkVisibility({visibilityProperty: true, opacityProperty: true}) && r.width > 0 && r.height > 0
    && r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight; }"""


@pytest.fixture
def phone(browser):
    with tab_at(browser, PHONE) as tab:
        yield tab


@pytest.fixture
def desktop(browser):
    with tab_at(browser, DESKTOP) as tab:
        yield tab


def tab_to(tab, selector: str, limit: int = 40) -> int:
    """Press Tab until the focus is on `selector`; the number of presses (0: never)."""
    for n in range(1, limit + 1):
        tab.keyboard.press("Tab")
        if tab.evaluate("s => document.activeElement.matches(s)", selector):
            return n
    return 0


# ---------------------------------------------------------------- colour scheme


@pytest.mark.parametrize("lang, path", [("ja", "index.html"), ("en", "en/index.html")])
def test_the_scheme_control_is_one_toggle_button_named_for_high_contrast(site, lang, path):
    html = site.html(path)
    assert html.select('input[name="__palette"]') == []  # not Material's pair of radio buttons
    buttons = html.select("button.site-palette")
    assert len(buttons) == 1
    button = buttons[0]
    assert button["aria-label"] == NAMES[lang] and button["aria-pressed"] == "false"
    assert button["data-off"] == "default indigo indigo" and button["data-on"] == "high-contrast black yellow"
    assert button.has_attr("hidden")  # without JavaScript it could do nothing


def test_space_and_enter_switch_the_scheme_and_the_choice_is_remembered(served_site, desktop):
    desktop.goto(served_site.url + "index.html")
    assert tab_to(desktop, "button.site-palette")
    button = desktop.get_by_role("button", name=NAMES["ja"])
    assert button.get_attribute("aria-pressed") == "false"
    assert desktop.get_by_role("button", name=NAMES["ja"], pressed=False).count() == 1
    desktop.keyboard.press("Space")
    desktop.wait_for_function("() => document.body.dataset.mdColorScheme === 'high-contrast'")
    assert desktop.get_by_role("button", name=NAMES["ja"], pressed=True).count() == 1
    assert desktop.evaluate("document.body.dataset.mdColorAccent") == "yellow"
    desktop.keyboard.press("Enter")
    desktop.wait_for_function("() => document.body.dataset.mdColorScheme === 'default'")
    assert button.get_attribute("aria-pressed") == "false"
    desktop.keyboard.press("Enter")
    desktop.wait_for_function("() => document.body.dataset.mdColorScheme === 'high-contrast'")
    for path, lang in (("strategy.html", "ja"), ("en/places.html", "en")):
        desktop.goto(served_site.url + path)
        assert desktop.evaluate("document.body.dataset.mdColorScheme") == "high-contrast", path
        assert desktop.get_by_role("button", name=NAMES[lang], pressed=True).count() == 1, path
    desktop.get_by_role("button", name=NAMES["en"]).click()
    desktop.goto(served_site.url + "index.html")
    assert desktop.evaluate("document.body.dataset.mdColorScheme") == "default"
    assert desktop.get_by_role("button", name=NAMES["ja"], pressed=False).count() == 1


# ---------------------------------------------------------------- the phone menu


@pytest.mark.parametrize("path", ["strategy.html", "en/index.html"])
def test_the_phone_menu_keeps_the_focus_on_what_it_shows_and_closes_when_it_leaves(served_site, phone, path):
    phone.goto(served_site.url + path)
    assert tab_to(phone, 'button[data-toggle="__drawer"]')
    phone.keyboard.press("Enter")
    phone.wait_for_function("() => document.getElementById('__drawer').checked")
    sidebar = ".md-sidebar--primary"
    assert phone.evaluate(f"() => document.querySelector('{sidebar}').contains(document.activeElement)")
    phone.wait_for_timeout(300)  # Material slides the menu in: its links are shown once it is in place
    stops = 0
    while phone.evaluate(f"() => document.querySelector('{sidebar}').contains(document.activeElement)"):
        assert phone.evaluate(FOCUS_SHOWN), phone.evaluate(FOCUSED)
        assert "md-nav--secondary" not in phone.evaluate(
            "() => [...document.activeElement.closest('nav').classList].join(' ')"
        ), phone.evaluate(FOCUSED)  # not the folded table of contents
        phone.keyboard.press("Tab")
        stops += 1
        assert stops < 30
    assert stops >= 8  # the logo and the menu's pages
    # the focus left the menu: the menu closed, so nothing focused is hidden behind it
    assert not phone.evaluate("() => document.getElementById('__drawer').checked")
    assert phone.locator('button[data-toggle="__drawer"]').get_attribute("aria-expanded") == "false"


# ---------------------------------------------------------------- the language menu


def test_the_language_button_says_it_opens_a_list_and_whether_it_is_open(served_site, desktop):
    desktop.goto(served_site.url + "strategy.html")
    button = desktop.locator(".md-select > button")
    assert button.get_attribute("aria-haspopup") == "true"
    assert button.get_attribute("aria-expanded") == "false"
    assert desktop.get_by_role("button", name="言語 / Language", expanded=False).count() == 1
    assert tab_to(desktop, ".md-select > button")
    assert button.get_attribute("aria-expanded") == "true"
    assert desktop.get_by_role("button", name="言語 / Language", expanded=True).count() == 1
    assert desktop.get_by_role("link", name="English").is_visible()
    desktop.keyboard.press("Tab")
    assert button.get_attribute("aria-expanded") == "true"  # on the list's links
    for _ in range(3):
        desktop.keyboard.press("Tab")
    assert not desktop.evaluate("() => document.querySelector('.md-select').contains(document.activeElement)")
    assert button.get_attribute("aria-expanded") == "false"


@pytest.mark.parametrize(
    "path, fragment, target",
    [("strategy.html", "pillar-3", "en/strategy.html"), ("en/basic-policy.html", "pillar-2", "basic-policy.html")],
)
def test_the_other_language_opens_at_the_section_being_read(served_site, desktop, path, fragment, target):
    desktop.goto(served_site.url + path + "#" + fragment)
    desktop.mouse.wheel(0, 60)  # reading on, below the heading
    desktop.wait_for_function("() => scrollY > 0")
    desktop.locator(".md-select > button").focus()  # (Tab from the top of the page would scroll there)
    desktop.keyboard.press("Tab")
    if desktop.evaluate("() => document.activeElement.hasAttribute('aria-current')"):
        desktop.keyboard.press("Tab")
    desktop.keyboard.press("Enter")
    desktop.wait_for_url(served_site.url + target + "#" + fragment)
    top = desktop.evaluate(f"() => document.getElementById('{fragment}').getBoundingClientRect().top")
    assert 0 <= top < 200


def test_at_the_top_of_a_page_the_other_language_opens_at_its_top(served_site, desktop):
    desktop.goto(served_site.url + "strategy.html")
    desktop.get_by_role("button", name="言語 / Language").hover()
    desktop.get_by_role("link", name="English").click()
    desktop.wait_for_url(served_site.url + "en/strategy.html")


# ---------------------------------------------------------------- ふりがな


def test_the_furigana_button_is_among_the_first_tab_stops(served_site, desktop):
    desktop.goto(served_site.url + "index.html")
    n = tab_to(desktop, "button.furigana__button")
    assert 0 < n <= 4, n  # after the skip link and the banner's link, before the header and the menu


def test_the_banners_words_get_readings_with_the_page(served_site, page):
    page.clock.set_fixed_time("2021-03-01T12:00:00+09:00")  # after the period
    page.goto(served_site.url + "strategy.html")
    page.locator("button.furigana__button").click()
    page.wait_for_selector("article ruby")
    state = page.locator(".md-banner .comment-status__state")
    page.wait_for_function("() => document.querySelector('.md-banner .comment-status__state ruby')")
    pairs = state.evaluate(
        "s => [...s.querySelectorAll('ruby')].filter(r => r.checkVisibility())"
        ".map(r => [r.firstChild.data, r.querySelector('rt').textContent])"
    )
    assert ["意見", "いけん"] in pairs and ["募集", "ぼしゅう"] in pairs and ["終了", "しゅうりょう"] in pairs
    assert "しゅうりょう" not in state.aria_snapshot()  # screen readers read each word once
    page.locator("button.furigana__button").click()
    assert page.locator(".md-banner ruby").count() == 0
    page.evaluate("() => localStorage.removeItem('furigana')")


def test_kumamoto_gata_is_read_kumamotogata(site):
    readings = json.loads((site.site / "furigana" / "strategy.json").read_text(encoding="utf-8"))
    texts = [(text, spans) for text, spans in readings.items() if "熊本型" in text]
    assert texts
    for text, spans in texts:
        start = text.index("熊本型")
        assert [start, 3, "くまもとがた"] in spans, spans


# ---------------------------------------------------------------- KPI row headers


def test_kpi_row_headers_hold_only_the_measures_name(site):
    for rel, lang in (("strategy.html", "ja"), ("en/strategy.html", "en")):
        headers = site.html(rel).select("table.kpi th[scope=rowgroup]")
        measures = [(p, m) for p in DATA.strategy.pillars for m in p.measures]
        assert len(headers) == len(measures), rel
        for th, (pillar, measure) in zip(headers, measures, strict=True):
            expected = f"{DATA.words.text('strategy.measure', lang, n=measure.id)} {measure.title[lang]}"
            assert " ".join(th.get_text(" ").split()) == " ".join(expected.split()), rel
            assert th.select("a, .comment-link") == [], rel
            link = th.find_next_sibling("td").select(".comment-link")
            assert [c["data-section"] for c in link] == [f"st-{pillar.id}-{measure.id}"], rel


def test_a_screen_reader_hears_only_the_measure_as_each_cells_row_header(served_site, page):
    page.goto(served_site.url + "strategy.html")
    header = page.get_by_role("rowheader").first
    assert header.inner_text().split() == ["施策1", "被災者・被災地域の1日も早い復旧・復興に向けた取組み"]
    assert "意見" not in header.aria_snapshot()


# ---------------------------------------------------------------- tap targets

SMALL_TARGETS = """() => [...document.querySelectorAll('a[href], button, summary')]
  .filter(a => a.checkVisibility({visibilityProperty: true, opacityProperty: true}))
  .map(a => { const r = a.getBoundingClientRect(); return [a.outerHTML.slice(0, 80), r.width, r.height]; })
  .filter(([, w, h]) => w > 0 && (w < 24 || h < 24))"""


@pytest.mark.parametrize(
    "path", ["index.html", "strategy.html", "comment.html", "opinion-form.html", "en/places.html", "en/comment.html"]
)
def test_links_and_buttons_on_phones_are_at_least_24_px(served_site, phone, path):
    phone.goto(served_site.url + path)
    phone.wait_for_load_state("load")
    assert phone.evaluate(SMALL_TARGETS) == []


def test_the_easy_page_gives_the_banners_words_their_readings(site):
    """The やさしい日本語 page has its readings in its HTML: the banner's words of every state too."""
    banner = site.html("easy.html").select_one(".md-banner .comment-status")
    pairs = {(r.contents[0], r.rt.get_text()) for r in banner.select("ruby")}
    assert {("終了", "しゅうりょう"), ("開始", "かいし"), ("本日", "ほんじつ"), ("日数", "にっすう")} <= pairs
    assert ("日", "ひ") not in pairs
    bare = [t for t in banner.find_all(string=True) if t.parent.name not in ("rt", "ruby") and KANJI.search(t)]
    assert bare == []
