"""The results pages of the sample build in Debian's Chromium: the filter by category and section (our
own script, docs/assets/results-filter.js) and every row without JavaScript; axe finds no WCAG A/AA
violation on them at desktop and phone widths; the redline's words are printed (print media).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_a11y import DESKTOP, PHONE, axe_violations

PAGES = ["results-strategy.html", "en/results-strategy.html", "results-basic-policy.html", "comment.html"]
PAGES += ["print-results.html", "en/print-results.html"]  # every results page on one page, for printing


def test_without_javascript_every_row_is_shown_and_the_filter_is_hidden(served_example, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(served_example + "results-strategy.html")
    rows = tab.locator("table.results tr[data-category]")
    assert rows.count() > 5
    assert all(rows.nth(i).is_visible() for i in range(rows.count()))
    assert not tab.locator(".results-filter").is_visible()
    context.close()


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
@pytest.mark.parametrize("rel", ["results-strategy.html", "en/results-strategy.html"])
def test_the_filter_shows_only_the_chosen_category_and_section(served_example, browser, rel, width):
    """On a phone too (390 px, each row a block): a section without a shown row keeps no empty heading."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    tab = context.new_page()
    tab.goto(served_example + rel)
    rows = tab.locator("table.results tr[data-category]")
    total = rows.count()
    status = tab.locator(".results-filter__status")
    assert tab.locator(".results-filter").is_visible()
    assert str(total) in status.inner_text()
    tab.select_option("#filter-category", "revised")
    shown = [rows.nth(i) for i in range(total) if rows.nth(i).is_visible()]
    assert shown and all(r.get_attribute("data-category") == "revised" for r in shown)
    assert len(shown) < total and f"{len(shown)}" in status.inner_text()
    tab.select_option("#filter-category", value="")
    tab.select_option("#filter-section", "st-2-2")
    shown = [rows.nth(i) for i in range(total) if rows.nth(i).is_visible()]
    assert {r.get_attribute("data-section") for r in shown} == {"st-2-2"}
    # the other sections' group headings go with their rows
    assert not tab.locator('.results-group[data-section="st-2-3"] caption').is_visible()
    tab.select_option("#filter-category", "explained")  # no row of st-2-2 is
    assert not any(rows.nth(i).is_visible() for i in range(total))
    assert "0" in status.inner_text()
    context.close()


GROUPS = """() => [...document.querySelectorAll('table.results')].map(t => { const g = t.closest('.results-group');
    return g && [g.dataset.section, getComputedStyle(g).contentVisibility, g.querySelectorAll('table').length,
        [...t.querySelectorAll('tr[data-category]')].map(r => r.dataset.section)]; })"""
LAY_OUT_ALL = "() => document.querySelectorAll('.results-group').forEach(g => g.style.contentVisibility = 'visible')"
NEXT_FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
RENDERED = """() => [...document.querySelectorAll('.results-group')].map(
    g => g.querySelector('tr[data-category]').checkVisibility({contentVisibilityAuto: true}))"""
# the shown groups that start three screens or more below the top of the window (Chromium lays out those within
# one and a half screens of the window): laid out or not
FAR = """() => [...document.querySelectorAll('.results-group:not([hidden])')]
    .filter(g => g.getBoundingClientRect().top > 3 * innerHeight)
    .map(g => g.querySelector('tr[data-category]').checkVisibility({contentVisibilityAuto: true}))"""


def test_each_section_is_a_table_of_its_own_laid_out_only_near_the_screen(served_example, browser):
    """What keeps the filter instant on a page of hundreds of rows (issue 19 part 7; its speed is measured by
    `python -m bench --only results`, not here): each section's rows are one table in a .results-group that the
    browser skips while it is off screen (content-visibility: auto), and a change of the filter lays out no
    group off screen, so that it costs the rows in view, not every row of the page."""
    context = browser.new_context(viewport={"width": 1280, "height": 400})
    tab = context.new_page()
    tab.goto(served_example + "results-basic-policy.html")
    groups = tab.evaluate(GROUPS)
    assert len(groups) > 5 and all(groups), groups
    for section, visibility, tables, rows in groups:
        assert visibility == "auto" and tables == 1 and rows and set(rows) == {section}
    tab.locator(".results-group").first.scroll_into_view_if_needed()
    tab.wait_for_function(f"() => ({RENDERED})()[0]")  # the first section is laid out once in view ...
    assert not tab.evaluate(RENDERED)[-1]  # ... the last, far below, is not
    for category in ("revised", "", "explained", ""):
        tab.select_option("#filter-category", category)
        tab.evaluate(NEXT_FRAMES)
        far = tab.evaluate(FAR)
        assert (far or category) and not any(far), category  # with every row shown, some are far below
    assert str(len(sum((g[3] for g in groups), []))) in tab.locator(".results-filter__status").inner_text()
    context.close()


@pytest.mark.parametrize("last", ["row", "section"])
def test_a_link_to_a_row_or_section_far_down_the_page_lands_on_it(served_example, browser, last):
    """The links from the changes (#row-…) and from the drafts (#rows-…) to a table not laid out yet."""
    context = browser.new_context(viewport={"width": 1280, "height": 400})
    tab = context.new_page()
    tab.goto(served_example + "results-basic-policy.html")
    target = tab.locator("tr[data-category]" if last == "row" else ".results-group").last.get_attribute("id")
    tab = context.new_page()
    tab.goto(served_example + f"results-basic-policy.html#{target}")
    expect(tab.locator(f"#{target}")).to_be_in_viewport()
    assert tab.evaluate("() => scrollY") > 1000
    context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_nothing_on_the_results_pages(served_example, browser, viewport):
    context = browser.new_context(viewport=viewport)
    tab = context.new_page()
    problems = {}
    for rel in PAGES:
        tab.goto(served_example + rel)
        # Each section's table is laid out only near the screen (content-visibility: auto). axe reads them all
        # at once, and a table styled only then would show axe its links' colours half-way through the colour
        # scheme's transition, which no reader sees: lay them all out first, as a reader scrolling would.
        tab.evaluate(LAY_OUT_ALL)
        found = axe_violations(tab)
        if found:
            problems[rel] = found
    context.close()
    assert not problems, problems


def test_printed_redline_says_deleted_and_added_in_words(served_example, browser):
    context = browser.new_context()
    tab = context.new_page()
    tab.emulate_media(media="print")
    tab.goto(served_example + "results-basic-policy.html")
    alt = tab.locator(".redline del .redline__alt").first
    assert alt.is_visible() and "削除" in alt.inner_text()
    assert "追加" in tab.locator(".redline ins .redline__alt").first.inner_text()
    assert not tab.locator(".results-filter").is_visible()
    heads = tab.locator("table.results thead").evaluate_all("es => es.map(e => getComputedStyle(e).display)")
    assert len(heads) > 1 and set(heads) == {"table-header-group"}  # each section's table: repeated on each sheet
    shown = tab.locator(".results-group").evaluate_all("es => es.map(e => getComputedStyle(e).contentVisibility)")
    assert set(shown) == {"visible"}  # on paper every section is laid out
    assert tab.locator(".sample-notice").is_visible()
    tab.emulate_media(media="screen")
    box = alt.bounding_box()
    assert box is None or box["width"] <= 1  # on screen the words are for screen readers only
    context.close()


@pytest.mark.parametrize(
    "rel",
    ["results-strategy.html", "en/results-strategy.html", "en/results-basic-policy.html", "en/print-results.html"],
)
def test_no_sideways_scrolling_on_a_phone(served_example, browser, rel):
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    tab.goto(served_example + rel)
    assert tab.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    context.close()
