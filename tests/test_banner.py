"""The comment-status banner on every page, as a browser shows it on a given day.

The rule: "today" is the date in Japan (Asia/Tokyo). The period's first and last days are both
inside it. While it is open the banner counts the days left including today and the last day
("あと N 日"), and on the last day says so. The expected answers are worked out here, in Python,
from data/consultation.yml; the browser's clock is set with Playwright's page.clock.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest

import sitedata
from conftest import DATA, ROOT

PERIOD = DATA.consultation.period
JST = ZoneInfo("Asia/Tokyo")


def japan(day: dt.date, hour: int = 0, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=JST)


def expected(now: dt.datetime, lang: str) -> tuple[str, str]:
    """(state, words) the banner must show at the instant `now`, worked out independently."""
    today = now.astimezone(JST).date()
    if today < PERIOD.start:
        return "upcoming", {"ja": "意見募集の開始前です", "en": "Not yet open for comment"}[lang]
    if today > PERIOD.end:
        return "closed", {"ja": "意見募集は終了しました。", "en": "The comment period has closed."}[lang]
    if today == PERIOD.end:
        return "open", {"ja": "意見募集中（本日が最終日です）", "en": "Open for comment: today is the last day"}[lang]
    n = (PERIOD.end - today).days + 1
    return "open", {
        "ja": f"意見募集中（本日を含めた残りの日数：{n}）",
        "en": f"Open for comment: {n} days left, including today",
    }[lang]


ONE_DAY = dt.timedelta(days=1)
MOMENTS = {
    "the last second before the period": japan(PERIOD.start - ONE_DAY, 23, 59, 59),
    "a week before": japan(PERIOD.start - 7 * ONE_DAY, 12),
    "the first day, midnight in Japan": japan(PERIOD.start),
    "the day after the first": japan(PERIOD.start + ONE_DAY, 9),
    "the day before the last": japan(PERIOD.end - ONE_DAY, 18),
    "the last day, late evening": japan(PERIOD.end, 23, 59),
    "midnight after the last day": japan(PERIOD.end + ONE_DAY),
    "a year later": japan(PERIOD.end + 365 * ONE_DAY, 12),
}


def banner_at(browser, url: str, when: dt.datetime, timezone_id: str | None = None):
    context = browser.new_context(timezone_id=timezone_id) if timezone_id else browser.new_context()
    tab = context.new_page()
    tab.clock.set_fixed_time(when)
    tab.goto(url)
    banner = tab.locator(".md-banner .comment-status")
    banner.locator(".comment-status__state").wait_for(state="visible")
    return context, banner


def test_the_moments_cover_all_three_states():
    states = {expected(when, "ja")[0] for when in MOMENTS.values()}
    assert states == {"upcoming", "open", "closed"}


@pytest.mark.parametrize("moment", list(MOMENTS))
@pytest.mark.parametrize("lang, path", [("ja", "index.html"), ("en", "en/strategy.html")])
def test_banner_shows_the_state_of_the_day(served_site, browser, moment, lang, path):
    when = MOMENTS[moment]
    state, words = expected(when, lang)
    context, banner = banner_at(browser, served_site.url + path, when)
    try:
        assert banner.get_attribute("data-state") == state
        assert banner.locator(".comment-status__state").inner_text() == words
        assert sitedata.period_text(PERIOD, lang) in banner.inner_text()
    finally:
        context.close()


# Moments near the period's edges, in Japan time, that fall on another date in some time zones.
EDGES = {
    "00:30 in Japan the day after the last day": japan(PERIOD.end + ONE_DAY, 0, 30),
    "23:30 in Japan the day before the first day": japan(PERIOD.start - ONE_DAY, 23, 30),
    "00:30 in Japan on the first day": japan(PERIOD.start, 0, 30),
    "23:30 in Japan on the last day": japan(PERIOD.end, 23, 30),
}


@pytest.mark.parametrize("moment", list(EDGES))
@pytest.mark.parametrize("timezone_id", ["America/Los_Angeles", "UTC", "Asia/Tokyo", "Pacific/Kiritimati"])
def test_the_day_is_counted_in_japan_time_wherever_the_reader_is(served_site, browser, timezone_id, moment):
    """Both uses of the one "today in Japan" function: the banner and the comment links."""
    when = EDGES[moment]
    state, words = expected(when, "ja")
    context, banner = banner_at(browser, served_site.url + "basic-policy.html", when, timezone_id)
    try:
        tab = banner.page
        assert tab.evaluate("new Date().getTimezoneOffset()") == -when.astimezone(
            ZoneInfo(timezone_id)
        ).utcoffset() / dt.timedelta(minutes=1)  # the browser really is in that time zone
        assert banner.get_attribute("data-state") == state
        assert banner.locator(".comment-status__state").inner_text() == words
        tab.wait_for_load_state("load")
        mail_links = tab.locator(".comment-link a.comment-link__mail").count()
        notices = tab.locator(".comment-link .comment-link__closed").count()
        boxes = tab.locator(".comment-link").count()
        assert boxes > 0
        assert (mail_links, notices) == ((boxes, 0) if state == "open" else (0, boxes))
    finally:
        context.close()


def test_today_in_japan_is_defined_once_and_the_inline_script_ships_no_comments(served_site):
    scripts = list((ROOT / "docs" / "assets").glob("*.js")) + list((ROOT / "overrides").rglob("*.js"))
    defining = [p.name for p in scripts if "todayInJapan =" in p.read_text(encoding="utf-8")]
    assert defining == ["comment-status.js"]
    assert not [p.name for p in scripts if "Asia/Tokyo" in p.read_text(encoding="utf-8")]
    source = (ROOT / "overrides" / "partials" / "comment-status.js").read_text(encoding="utf-8")
    assert "/*" in source and "//" in source  # the source keeps its explanations
    for rel in served_site.build.pages():
        inline = [s.get_text() for s in served_site.build.html(rel).select(".md-banner script")]
        assert len(inline) == 1 and inline[0].strip().startswith("window.todayInJapan = function"), rel
        assert "/*" not in inline[0] and not re.search(r"^\s*//", inline[0], re.M), rel
        assert len(inline[0]) < 0.7 * len(source), rel


def test_every_page_has_the_banner_with_the_period(served_site):
    for rel in served_site.build.pages():
        lang = "en" if rel.startswith("en/") else "ja"
        banners = served_site.build.html(rel).select(".md-banner .comment-status")
        assert len(banners) == 1, rel
        banner = banners[0]
        assert banner["data-start"] == PERIOD.start.isoformat(), rel
        assert banner["data-end"] == PERIOD.end.isoformat(), rel
        assert sitedata.period_text(PERIOD, lang) in banner.get_text(), rel


NEXT = {  # what the notice says comes next (data/interface.yml, banner.next)
    "ja": "今後、県は、いただいたご意見を反映の上、次期県議会定例会に向けて策定を進めます。",
    "en": "The prefecture will take account of the opinions received and go on drawing up the final plans, "
    "working towards the next regular session of the prefectural assembly.",
}
AFTER = japan(PERIOD.end + 30 * ONE_DAY, 12)


def shown_link(banner):
    links = [a for a in banner.locator("a").all() if a.is_visible()]
    assert len(links) == 1
    return links[0].get_attribute("href"), links[0].inner_text()


@pytest.mark.parametrize(
    "lang, path, href, link",
    [
        ("ja", "strategy.html", "comment.html#next-steps", "今後の予定"),
        ("en", "en/strategy.html", "comment.html#next-steps", "What happens next"),
    ],
)
def test_after_the_period_the_banner_says_what_comes_next(served_site, browser, lang, path, href, link):
    context, banner = banner_at(browser, served_site.url + path, AFTER)
    try:
        assert banner.locator(".comment-status__state").inner_text() == expected(AFTER, lang)[1]
        assert banner.locator(".comment-status__next").inner_text() == NEXT[lang]
        assert shown_link(banner) == (href, link)
        banner.locator("a:visible").click()
        banner.page.wait_for_url("**/comment.html#next-steps")
        assert banner.page.locator("#next-steps").is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("when", [japan(PERIOD.start + 3 * ONE_DAY, 12), japan(PERIOD.start - 3 * ONE_DAY, 12)])
def test_before_the_end_the_banner_says_nothing_of_what_comes_next(served_site, browser, when):
    context, banner = banner_at(browser, served_site.url + "index.html", when)
    try:
        assert not banner.locator(".comment-status__next").is_visible()
        assert shown_link(banner) == ("comment.html", "意見の送り方")
    finally:
        context.close()


def test_without_javascript_the_banner_states_the_period_and_the_state_of_the_build_day(served_site, browser):
    """The real site is built after the period (its sources' date): without JavaScript it says so."""
    for lang, path in [("ja", "strategy.html"), ("en", "en/strategy.html")]:
        context = browser.new_context(java_script_enabled=False)
        tab = context.new_page()
        try:
            tab.goto(served_site.url + path)
            banner = tab.locator(".md-banner .comment-status")
            assert banner.is_visible()
            assert sitedata.period_text(PERIOD, lang) in banner.inner_text()
            assert banner.locator(".comment-status__state").inner_text() == expected(AFTER, lang)[1]
            assert banner.locator(".comment-status__next").inner_text() == NEXT[lang]
            assert shown_link(banner) == (
                "comment.html#next-steps",
                {"ja": "今後の予定", "en": "What happens next"}[lang],
            )
            assert banner.get_attribute("data-state") == "closed"
            assert banner.get_attribute("data-today") is None  # the script did not run
        finally:
            context.close()


@pytest.mark.parametrize(
    "lang, path, target",
    [
        ("ja", "strategy.html", "comment.html"),
        ("en", "en/strategy.html", "en/comment.html"),
    ],
)
def test_banner_links_to_how_to_comment_in_the_same_language(served_site, page, lang, path, target):
    page.clock.set_fixed_time(japan(PERIOD.start + ONE_DAY, 12))  # while the period is open
    page.goto(served_site.url + path)
    page.locator(".md-banner .comment-status a:visible").click()
    page.wait_for_url(served_site.url + target)
    assert page.locator("html").get_attribute("lang") == lang
