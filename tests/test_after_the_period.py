"""After the comment period: the banner and the comment page say it is over and what comes next.

Until data/outcome.yml is filled, what comes next is what the notice says (the opinions taken into account,
the plans drawn up for the next assembly session) and that the notice does not say where the results will
be published; once it is filled (the fictional sample, ``make example``), the results with their link.
Without JavaScript the state shown is that of the day of the build (SOURCE_DATE_EPOCH); with it, that of
the browser's day in Japan.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_banner import AFTER, NEXT, PERIOD, banner_at, japan

from conftest import DATA, build, copy_project

OPEN_DAY = japan(PERIOD.start + 3 * dt.timedelta(days=1), 12)


def shown_text(element) -> str:
    """The text of a built element without its hidden parts (what a browser without JavaScript shows)."""
    for hidden in element.select("[hidden]"):
        hidden.decompose()
    return " ".join(element.get_text(" ").split())


def opening(tab) -> str:
    """The comment page's first paragraph under its title, as the browser shows it."""
    return tab.locator("article h1 + p").inner_text()


@pytest.mark.parametrize("javascript", [True, False])
@pytest.mark.parametrize("lang, path", [("ja", "comment.html"), ("en", "en/comment.html")])
def test_the_comment_page_opens_with_the_period_closed_and_what_comes_next(
    served_site, browser, javascript, lang, path
):
    context = browser.new_context(java_script_enabled=javascript)
    tab = context.new_page()
    try:
        if javascript:
            tab.clock.set_fixed_time(AFTER)
        tab.goto(served_site.url + path)
        first = opening(tab)
        assert first.startswith({"ja": "意見募集は終了しました。", "en": "The comment period has closed."}[lang])
        assert NEXT[lang] in first
        assert "募集しています" not in tab.locator("article").inner_text()
        assert "invites opinions" not in tab.locator("article").inner_text()
        tab.locator("article h1 + p a").click()
        tab.wait_for_url("**#next-steps")
        section = tab.locator("#next-steps + p").inner_text()
        until = {
            "ja": "結果の公表の時期や場所は、お知らせには示されていません。公表されたら、このページに載せます。",
            "en": "The notice does not say when or where the results will be published. "
            "Once they are published, they will be given on this page.",
        }
        assert section.endswith(until[lang]), section
    finally:
        context.close()


def test_while_open_the_comment_page_and_banner_say_it_is_open(served_site, browser):
    context, banner = banner_at(browser, served_site.url + "comment.html", OPEN_DAY)
    try:
        tab = banner.page
        n = (PERIOD.end - OPEN_DAY.date()).days + 1
        assert opening(tab) == f"意見募集中（本日を含めた残りの日数：{n}）"
        assert not tab.locator(".comment-status__next").first.is_visible()
    finally:
        context.close()


@pytest.fixture(scope="module")
def built_in_the_period(tmp_path_factory):
    """The real site as built on a day inside the comment period (its sources dated then)."""
    project = copy_project(tmp_path_factory.mktemp("in-period") / "project")
    day = dt.datetime(PERIOD.start.year, PERIOD.start.month, PERIOD.start.day + 2, 12, tzinfo=dt.UTC)
    with pytest.MonkeyPatch.context() as patch:  # for this build only
        patch.setenv("SOURCE_DATE_EPOCH", str(int(day.timestamp())))
        result = build(project, project.parent / "site")
    assert result.returncode == 0, result.output
    return result


def test_built_during_the_period_the_static_text_says_open_until_the_end(built_in_the_period):
    end = {lang: DATA.consultation.period.end for lang in ("ja", "en")}
    for rel, lang in (("index.html", "ja"), ("en/index.html", "en")):
        banner = built_in_the_period.html(rel).select_one(".md-banner .comment-status")
        text = shown_text(banner)
        assert banner["data-state"] == "open"
        ending = {
            "ja": "意見募集中（令和3年(2021年)1月23日(土)まで）",
            "en": "Open for comment until Saturday 23 January 2021",
        }
        assert text.startswith(ending[lang]), text
        assert "今後" not in text and "What happens next" not in text
        assert end[lang].isoformat() == banner["data-end"]
    lead = built_in_the_period.html("comment.html").select_one("article h1 + p")
    assert shown_text(lead) == "意見募集中（令和3年(2021年)1月23日(土)まで）"


def test_built_after_the_period_the_static_text_says_closed(site):
    for rel in ("index.html", "comment.html", "en/places.html"):
        banner = site.html(rel).select_one(".md-banner .comment-status")
        assert banner["data-state"] == "closed", rel
        assert banner.select_one("a:not([hidden])")["href"].endswith("comment.html#next-steps"), rel


def test_once_the_results_are_published_banner_and_page_link_to_them(example, served_example, browser):
    outcome_day = "令和3年(2021年)3月5日(金)"  # examples/outcome.yml: published 2021-03-05 (fictional)
    banner = example.html("strategy.html").select_one(".md-banner .comment-status")
    assert f"意見募集の結果を公表しました（{outcome_day}）" in shown_text(banner)
    assert banner.select_one("a:not([hidden])")["href"] == "comment.html#results"
    assert "今後、県は" not in shown_text(banner)
    lead = example.html("en/comment.html").select_one("article h1 + p")
    assert shown_text(lead).startswith("Results published on")
    assert lead.select_one("a:not([hidden])")["href"] == "#results"
    context, live = banner_at(browser, served_example + "index.html", AFTER)
    try:
        assert outcome_day in live.locator(".comment-status__state").inner_text()
        live.locator("a:visible").click()
        live.page.wait_for_url("**/comment.html#results")
    finally:
        context.close()
