"""Taking part: comment links per section, the printable form, the outcome, the update feeds."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qs, unquote, urlsplit

import feedparser
import pytest
from lxml import etree

import sitedata
from conftest import DATA, PUBLISHED_URL, ROOT, assert_fails, build

PERIOD = DATA.consultation.period
CONTACT = DATA.consultation.contact
EMAIL = CONTACT.email
ONE_DAY = dt.timedelta(days=1)
# Every "comment on this section" link the data asks for: one per pillar and per measure (both drafts),
# one per cross-cutting item (the basic policy only).
SECTION_LINKS = len(DATA.strategy.pillars) + sum(len(p.measures) for p in DATA.strategy.pillars)
TITLES = {
    "ja": "「新しいくまもと創造に向けた基本方針」(素案)",
    "en": 'Draft "Basic Policy for Creating a New Kumamoto"',
}


def links_of(page, section_id):
    return page.select(f'.comment-link[data-section="{section_id}"] a.comment-link__mail')


def subject_and_body(href):
    parts = urlsplit(href)
    assert parts.scheme == "mailto" and parts.path == EMAIL
    # RFC 6068: percent-encoded UTF-8, no raw spaces or non-ASCII in the URL itself.
    assert href.isascii() and " " not in href
    query = parse_qs(parts.query)
    return query["subject"][0], query["body"][0]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(("page_name", "prefix"), [("basic-policy", "bp"), ("strategy", "st")])
def test_every_measure_has_exactly_one_comment_link_with_its_reference(site, lang, page_name, prefix):
    page = site.html(f"{page_name}.html" if lang == "ja" else f"en/{page_name}.html")
    title = DATA.draft(page_name).title[lang]
    expected_ids = []
    for pillar in DATA.strategy.pillars:
        expected_ids.append(f"{prefix}-{pillar.id}")
        for measure in pillar.measures:
            sid = f"{prefix}-{pillar.id}-{measure.id}"
            expected_ids.append(sid)
            links = links_of(page, sid)
            assert len(links) == 1, sid
            subject, body = subject_and_body(links[0]["href"])
            ref = (
                f"{title} 柱{pillar.id} 施策{measure.id}"
                if lang == "ja"
                else f"{title} Pillar {pillar.id} Measure {measure.id}"
            )
            assert subject.startswith(ref)
            assert ref in body
            shown = links[0].find_parent(class_="comment-link").select_one(".comment-link__ref").get_text()
            assert shown.endswith(
                f"柱{pillar.id} 施策{measure.id}" if lang == "ja" else f"Pillar {pillar.id} Measure {measure.id}"
            )
    if prefix == "bp":
        expected_ids += [f"bp-{c.id}" for c in DATA.strategy.cross_cutting]
    found = [box["data-section"] for box in page.select(".comment-link[data-section]")]
    assert sorted(found) == sorted(expected_ids)
    assert len(found) == len(set(found))


def test_japanese_subject_decodes_back_exactly(site):
    link = links_of(site.html("basic-policy.html"), "bp-1-2")[0]["href"]
    raw_subject = link.split("subject=", 1)[1].split("&", 1)[0]
    assert unquote(raw_subject, encoding="utf-8", errors="strict") == f"{TITLES['ja']} 柱1 施策2"
    assert "%E6%9F%B1" in raw_subject  # 柱, percent-encoded UTF-8
    en_subject, _ = subject_and_body(links_of(site.html("en/basic-policy.html"), "bp-1-2")[0]["href"])
    assert en_subject == f"{TITLES['en']} Pillar 1 Measure 2 ({TITLES['ja']} 柱1 施策2)"


def test_population_vision_and_cross_cutting_links(site):
    pv = links_of(site.html("population-vision.html"), "pv")
    assert len(pv) == 1
    assert subject_and_body(pv[0]["href"])[0] == "熊本県人口ビジョン(改訂素案)"
    minamata = links_of(site.html("basic-policy.html"), "bp-minamata-disease")
    assert subject_and_body(minamata[0]["href"])[0] == f"{TITLES['ja']} 水俣病問題"


@pytest.mark.parametrize(
    ("day", "state"),
    [(PERIOD.start - 5 * ONE_DAY, "upcoming"), (PERIOD.end, "open"), (PERIOD.end + ONE_DAY, "closed")],
    ids=["upcoming", "last-day", "closed"],
)
def test_links_follow_the_period_on_the_browser_clock(served_site, browser, day, state):
    context = browser.new_context(timezone_id="Asia/Tokyo")
    page = context.new_page()
    page.clock.set_fixed_time(dt.datetime.fromisoformat(f"{day.isoformat()}T12:00:00+09:00"))
    page.goto(served_site.url + "basic-policy.html")
    page.wait_for_load_state("load")
    box = page.locator('.comment-link[data-section="bp-1-2"]')
    if state == "open":
        assert box.locator("a.comment-link__mail").count() == 1
        assert box.locator(".comment-link__closed").count() == 0
    else:
        assert box.locator("a.comment-link__mail").count() == 0
        text = box.locator(".comment-link__closed").inner_text()
        assert text == (
            "意見募集は終了しました" if state == "closed" else f"意見募集は{sitedata.date_ja(PERIOD.start)}からです"
        )
    expected = SECTION_LINKS + len(DATA.strategy.cross_cutting)
    assert page.locator("a.comment-link__mail").count() == (expected if state == "open" else 0)
    context.close()


def test_links_work_without_javascript_during_the_period(served_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served_site.url + "en/strategy.html")
    assert page.locator("a.comment-link__mail").count() == SECTION_LINKS
    context.close()


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_opinion_form_prints_on_one_a4_page(served_site, page, tmp_path, lang):
    import subprocess

    page.goto(served_site.url + ("opinion-form.html" if lang == "ja" else "en/opinion-form.html"))
    pdf = tmp_path / "form.pdf"
    page.pdf(path=str(pdf), format="A4")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for fact in (CONTACT.fax, EMAIL, CONTACT.phone, CONTACT.extension):
        assert fact in text
    assert sitedata.period_text(PERIOD, lang) in text
    assert ("ご意見" if lang == "ja" else "Your opinion") in text
    assert ("戦略推進班" if lang == "ja" else "Strategy Promotion Team") in text
    # Nothing the notice does not state: no postal address, no "required".
    assert "〒" not in text and "必須" not in text and "required field" not in text.lower()


OUTCOME = """published: 2021-03-01
submitters: 3
rows:
  - id: t-1
    sections: [bp-1-2]
    count: 5
    category: included
    summary:
      ja: テスト用の要約
      en: Test summary
    view:
      ja: テスト用の考え方
      en: Test view
  - id: t-2
    sections: [pv]
    count: 2
    category: explained
    summary:
      ja: テスト用の要約２
      en: Test summary 2
    view:
      ja: テスト用の考え方２
      en: Test view 2
"""


def test_results_section_appears_only_with_an_outcome(site, project, tmp_path):
    assert site.html("comment.html").find(id="results") is None
    assert not list(site.site.glob("results-*.html"))
    assert (
        "今後、いただいたご意見を反映の上、次期県議会定例会に向けて策定を進めていきます。"
        in site.html("comment.html").get_text()
    )
    (project / "data" / "outcome.yml").write_text(OUTCOME, encoding="utf-8")
    result = build(project, tmp_path / "out", site_url=PUBLISHED_URL)
    assert result.returncode == 0, result.output
    for rel, lang in (("comment.html", "ja"), ("en/comment.html", "en")):
        page = result.html(rel)
        assert page.find(id="results").name == "h2"
        assert ("7件" if lang == "ja" else "7") in page.select_one("dl.outcome-summary").get_text()
        links = [a["href"] for a in page.select("#results-pages + ul a")]
        assert links == [f"results-{d.id}.html" for d in DATA.consultation.drafts] + ["results-other.html"]
        results = result.html(rel.replace("comment.html", "results-basic-policy.html"))
        row = results.select_one("table.results tr#row-t-1")
        assert ("テスト用の要約" if lang == "ja" else "Test summary") in row.get_text()
        assert row.select_one("td a")["href"] == "basic-policy.html#pillar-1-measure-2"
    feed = feedparser.parse((result.site / "feed.xml").read_bytes())
    assert [e.title for e in feed.entries][0] == "意見募集の結果を公表しました"
    assert feed.entries[0].link.endswith("comment.html#results")


def test_outcome_with_an_unknown_section_stops_the_build(project, tmp_path):
    (project / "data" / "outcome.yml").write_text(
        OUTCOME.replace("sections: [pv]", "sections: [bp-9-9]"), encoding="utf-8"
    )
    assert_fails(project, tmp_path, "data/outcome.yml, line 15", "bp-9-9")


@pytest.mark.parametrize(("lang", "rel"), [("ja", "feed.xml"), ("en", "en/feed.xml")])
def test_feeds_are_valid_atom_with_dates_from_the_data(published, lang, rel):
    raw = (published.site / rel).read_bytes()
    root = etree.fromstring(raw)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    feed = feedparser.parse(raw)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    assert feed.feed.get("language") == lang
    self_link = [link.href for link in feed.feed.links if link.rel == "self"][0]
    assert self_link == PUBLISHED_URL + rel
    dates = {e.title: e.updated for e in feed.entries}
    # opened on the first day, closed at the start of the day after the last one (Japan time)
    assert sorted(dates.values()) == [
        f"{PERIOD.start.isoformat()}T00:00:00+09:00",
        f"{(PERIOD.end + ONE_DAY).isoformat()}T00:00:00+09:00",
    ]
    for entry in feed.entries:
        assert entry.link.startswith(PUBLISHED_URL) and entry.id.startswith("urn:uuid:")
    for page in published.pages():
        heads = published.html(page).select('head link[type="application/atom+xml"]')
        assert [h["href"] for h in heads] == [PUBLISHED_URL + ("en/feed.xml" if page.startswith("en/") else "feed.xml")]


def test_feeds_are_identical_across_two_builds(project, tmp_path):
    first = build(project, tmp_path / "one", site_url=PUBLISHED_URL)
    second = build(project, tmp_path / "two", site_url=PUBLISHED_URL)
    assert first.returncode == 0 and second.returncode == 0
    for rel in ("feed.xml", "en/feed.xml"):
        assert (first.site / rel).read_bytes() == (second.site / rel).read_bytes()


def test_closed_banner_links_to_the_results_once_published(project, tmp_path, browser):
    from conftest import free_port, serve

    (project / "data" / "outcome.yml").write_text(OUTCOME, encoding="utf-8")
    port = free_port()
    result = build(project, tmp_path / "out", site_url=f"http://127.0.0.1:{port}/")
    assert result.returncode == 0, result.output
    server = serve(result.site, port)
    try:
        for day, expected in (("2021-02-01", "comment.html#results"), ("2021-01-10", "comment.html")):
            context = browser.new_context(timezone_id="Asia/Tokyo")
            page = context.new_page()
            page.clock.set_fixed_time(dt.datetime.fromisoformat(f"{day}T12:00:00+09:00"))
            page.goto(f"http://127.0.0.1:{port}/en/strategy.html")
            link = page.locator(".md-banner .comment-status__link:visible")
            assert link.get_attribute("href") == expected
            if expected.endswith("#results"):
                assert link.inner_text() == "Results"
                link.click()
                page.wait_for_url(f"http://127.0.0.1:{port}/en/comment.html#results")
                assert page.locator("#results").is_visible()
            context.close()
    finally:
        server.shutdown()


def test_closed_banner_links_to_what_comes_next_without_an_outcome(served_site, browser):
    context = browser.new_context(timezone_id="Asia/Tokyo")
    page = context.new_page()
    page.clock.set_fixed_time(dt.datetime.fromisoformat("2021-02-01T12:00:00+09:00"))
    page.goto(served_site.url + "strategy.html")
    assert page.locator(".comment-status").get_attribute("data-state") == "closed"
    link = page.locator(".comment-status__link:visible")
    assert link.get_attribute("href") == "comment.html#next-steps"
    assert link.inner_text() == "今後の予定"
    context.close()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_each_correction_after_publication_is_an_entry_of_the_feed(lang):
    """The dated log of corrections (訂正・更新の履歴) of the results is in the feed too, as the results pages
    show it: one entry per correction, dated from the data, after the publication's (the fictional sample)."""
    from sitebuild.finish import feeds

    sample = sitedata.load_outcome(DATA, ROOT / "examples" / "outcome.xlsx")
    assert sample.corrections, "the sample has a dated correction"
    feed = feedparser.parse(feeds.feed_xml(DATA, sample, lang, PUBLISHED_URL))
    assert not feed.bozo, feed.bozo_exception
    title = DATA.words.text("feed.correction", lang)
    fixes = [e for e in feed.entries if e.title == title]
    assert [e.updated[:10] for e in fixes] == sorted((c.date.isoformat() for c in sample.corrections), reverse=True)
    assert [e.summary for e in fixes] == [c.text[lang] for c in reversed(sample.corrections)]
    assert all(e.updated > f"{sample.published.isoformat()}" for e in fixes)
