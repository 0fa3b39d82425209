"""The results pages of the sample build in Debian's Chromium: the filter by category and section (our
own script, docs/assets/results-filter.js) and every row without JavaScript; axe finds no WCAG A/AA
violation on them at desktop and phone widths; the redline's words are printed (print media).
"""

from __future__ import annotations

import pytest
from test_a11y import DESKTOP, PHONE, axe_violations

from conftest import free_port, serve

PAGES = ["results-strategy.html", "en/results-strategy.html", "results-basic-policy.html", "comment.html"]
PAGES += ["print-results.html", "en/print-results.html"]  # every results page on one page, for printing


@pytest.fixture(scope="module")
def served_example(example):
    port = free_port()
    server = serve(example.site, port)
    yield f"http://127.0.0.1:{port}/"
    server.shutdown()


def test_without_javascript_every_row_is_shown_and_the_filter_is_hidden(served_example, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(served_example + "results-strategy.html")
    rows = tab.locator("table.results tr[data-category]")
    assert rows.count() > 5
    assert all(rows.nth(i).is_visible() for i in range(rows.count()))
    assert not tab.locator(".results-filter").is_visible()
    context.close()


@pytest.mark.parametrize("rel", ["results-strategy.html", "en/results-strategy.html"])
def test_the_filter_shows_only_the_chosen_category_and_section(served_example, browser, rel):
    context = browser.new_context()
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
    assert not tab.locator('tbody[data-section="st-2-3"] .results__group').is_visible()
    tab.select_option("#filter-category", "explained")  # no row of st-2-2 is
    assert not any(rows.nth(i).is_visible() for i in range(total))
    assert "0" in status.inner_text()
    context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_nothing_on_the_results_pages(served_example, browser, viewport):
    context = browser.new_context(viewport=viewport)
    tab = context.new_page()
    problems = {}
    for rel in PAGES:
        tab.goto(served_example + rel)
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
    assert tab.locator("table.results thead").evaluate("e => getComputedStyle(e).display") == "table-header-group"
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
