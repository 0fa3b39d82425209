"""The results pages, built from the fictional sample (`make example`: mkdocs.example.yml, examples/outcome.yml):
their structure in both languages (every link from a row to its change and back lands on an id; the
count tables equal the rows), the redline's text alternatives, the sample notice on every page, and
that nothing of the sample reaches the real site's output.
"""

from __future__ import annotations

import re

import pytest

import sitedata
from conftest import ROOT
from sitebuild import results

SAMPLE_DATA = sitedata.load(ROOT / "data")
SAMPLE = sitedata.load_outcome(SAMPLE_DATA, ROOT / "examples" / "outcome.xlsx")
KEYS = results.page_keys(SAMPLE_DATA)
ALT = {"ja": ("削除", "追加"), "en": ("deleted", "added")}


def rel(key: str, lang: str) -> str:
    return ("" if lang == "ja" else "en/") + results.page_html(key)


def test_the_sample_is_what_the_issue_asks_for():
    drafts = {results.page_of(SAMPLE_DATA, r.sections[0]) for r in SAMPLE.rows}
    assert len(SAMPLE.rows) >= 30 and drafts == set(KEYS)
    assert {r.category for r in SAMPLE.rows} == {c.code for c in SAMPLE_DATA.categories}
    assert any(r.count > 1 for r in SAMPLE.rows)
    assert len(SAMPLE.changes) >= 5 and any(c.editorial for c in SAMPLE.changes)
    kpi_names = {k.name.ja for k in SAMPLE_DATA.strategy.kpis}
    assert any(c.draft.ja in kpi_names for c in SAMPLE.changes)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_page_of_the_sample_build_says_it_is_a_sample_in_both_languages(example, lang):
    words = SAMPLE_DATA.words
    pages = [p for p in example.pages() if (p.startswith("en/")) == (lang == "en")]
    assert len(pages) >= 15 and results.page_html("strategy") in "".join(pages)
    for page in pages + ["404.html"] * (lang == "ja"):
        notice = example.html(page).select_one(".sample-notice")
        assert notice is not None, page
        for each in sitedata.LANGS:
            assert notice.select_one(f'[lang="{each}"]').get_text() == words.text("sample.notice", each), page


def test_nothing_of_the_sample_reaches_the_real_site(site, example):
    """`make site` builds no results page, no notice, and no word of the sample anywhere in its output."""
    assert (example.site / "results-strategy.html").exists()
    assert not list(site.site.rglob("results-*.html"))
    needles = {"sample-notice", "sample-print", "o-001", "c-01"}
    for row in SAMPLE.rows:
        needles |= {row.summary.ja, row.summary.en, row.view.ja}
    for change in SAMPLE.changes:
        needles |= {change.final.ja, change.final.en}
    needles |= {c.label.ja for c in SAMPLE_DATA.categories}
    for path in site.site.rglob("*"):
        if path.suffix in {".html", ".xml", ".json", ".csv", ".js", ".txt", ".conf"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            found = [n for n in needles if n in text]
            assert not found, f"{path.relative_to(site.site)}: {found[:3]}"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_rows_and_changes_link_to_each_other_and_land_on_ids(example, lang):
    pages = {key: example.html(rel(key, lang)) for key in KEYS}
    rows_seen, changes_seen = set(), set()
    for page in pages.values():
        for row in page.select("table.results tr[data-category]"):
            rows_seen.add(row["id"].removeprefix("row-"))
            for link in row.select('a[href*="#change-"]'):
                target, anchor = link["href"].split("#")
                target_page = page if not target else pages[target.removeprefix("results-").removesuffix(".html")]
                change = target_page.find(id=anchor)
                assert change is not None and change.name == "h3", link["href"]
                back = change.find_next("dl", class_="change").select(f'a[href$="#{row["id"]}"]')
                assert back, f"{anchor} does not link back to {row['id']}"
            for link in row.select("td")[0].select("a"):  # a section of a draft (the build's link check follows it)
                assert re.match(r"(basic-policy|strategy|population-vision)\.html(#|$)", link["href"]), link["href"]
        for heading in page.select('h3[id^="change-"]'):
            changes_seen.add(heading["id"].removeprefix("change-"))
            for link in heading.find_next("dl", class_="change").select('a[href*="#row-"]'):
                target, anchor = link["href"].split("#")
                target_page = page if not target else pages[target.removeprefix("results-").removesuffix(".html")]
                assert target_page.find(id=anchor).name == "tr", link["href"]
    assert rows_seen == {r.id for r in SAMPLE.rows}
    assert changes_seen == {c.id for c in SAMPLE.changes}


def numbers(row) -> list[int]:
    return [int(td.get_text().replace(",", "")) for td in row.select("td")]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_count_tables_equal_the_rows(example, lang):
    counts = {r.id: r.count for r in SAMPLE.rows}
    for key in KEYS:
        page = example.html(rel(key, lang))
        rows = page.select("table.results tr[data-category]")
        by_cat, by_sec = page.select("table.results-counts")
        labels = {c.label[lang]: c.code for c in SAMPLE_DATA.categories}
        for line in by_cat.select("tbody tr"):
            code = labels[line.th.get_text()]
            mine = [r for r in rows if r["data-category"] == code]
            assert numbers(line) == [sum(counts[r["id"][4:]] for r in mine), len(mine)], (key, code)
        assert numbers(by_cat.select_one("tfoot tr")) == [sum(counts[r["id"][4:]] for r in rows), len(rows)]
        changes = page.select('h3[id^="change-"]')
        total = [0, 0, 0]
        for line in by_sec.select("tbody tr"):
            label = line.th.get_text()
            body = next((g for g in page.select(".results-group") if g.caption.get_text() == label), None)
            mine = body.select("tr[data-category]") if body else []
            section = body["data-section"] if body else None
            n_changes = (
                sum(1 for h in changes if h.find_next("dl")["data-section"] == section) if section else numbers(line)[2]
            )
            assert numbers(line) == [sum(counts[r["id"][4:]] for r in mine), len(mine), n_changes], (key, label)
            total = [a + b for a, b in zip(total, numbers(line), strict=True)]
        assert (
            numbers(by_sec.select_one("tfoot tr"))
            == total
            == [
                sum(counts[r["id"][4:]] for r in rows),
                len(rows),
                len(changes),
            ]
        )


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_each_redline_names_its_deletions_and_additions_in_words(example, lang):
    deleted, added = ALT[lang]
    by_id = {c.id: c for c in SAMPLE.changes}
    seen = 0
    for key in KEYS:
        page = example.html(rel(key, lang))
        for heading in page.select('h3[id^="change-"]'):
            change = by_id[heading["id"].removeprefix("change-")]
            line = heading.find_next("p", class_="redline")
            for mark, word in (("del", deleted), ("ins", added)):
                for element in line.select(mark):
                    alts = element.select(".redline__alt")
                    assert alts[0].get_text() == f"[{word}: " and alts[1].get_text() == "]"
            old, new = line.__copy__(), line.__copy__()
            for tree, drop in ((old, "ins"), (new, "del")):
                for element in tree.select(f"{drop}, .redline__alt"):
                    element.decompose()
            assert old.get_text() == change.draft[lang]
            assert new.get_text() == change.final[lang]
            seen += bool(line.select("del, ins"))
    assert seen == len(SAMPLE.changes)


def test_japanese_is_compared_word_by_word():
    from sitebuild import redline

    html = redline.redline_html("安全・安心な社会の実現", "誰もが安全・安心に暮らせる社会の実現", "ja", "削除", "追加")
    inserted = re.findall(r"<ins>.*?</span>(.*?)<span", html)
    assert "誰もが" in inserted[0] and "社会の実現" not in "".join(inserted)
    assert redline.words("Realising a safe society.", "en") == ["Realising", " ", "a", " ", "safe", " ", "society", "."]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_drafts_answer_back_with_their_counts(example, site, lang):
    """Where each section's comment link was: 「ご意見 N 件（うち修正 M 件）」 linking to its rows."""
    words = SAMPLE_DATA.words
    prefix = "" if lang == "ja" else "en/"
    seen = set()
    for draft in SAMPLE_DATA.consultation.drafts:
        page = example.html(prefix + draft.page.replace(".md", ".html"))
        assert not page.select("a.comment-link__mail")
        for box in page.select(".comment-link"):
            sid = box["data-section"]
            n, m = results.on_section(SAMPLE_DATA, SAMPLE, sid)
            link = box.select_one("a.comment-link__results")
            assert link.get_text() == words.text("results.on_section", lang, n=n, m=m), sid
            target, _, anchor = link["href"].partition("#")
            landing = example.html(prefix + target)
            assert not anchor or landing.find(id=anchor) is not None, link["href"]
            seen.add(sid)
        assert site.html(prefix + draft.page.replace(".md", ".html")).select("a.comment-link__mail")
    assert seen == set(SAMPLE_DATA.sections)
    assert results.on_section(SAMPLE_DATA, SAMPLE, "st-2-2") == (5, 1)  # o-018 (4 opinions), o-019; change c-01


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_home_page_and_banner_say_the_results_are_published(example, site, lang):
    prefix = "" if lang == "ja" else "en/"
    words = SAMPLE_DATA.words
    home = example.html(prefix + "index.html")
    summary = home.find(id="results-summary")
    assert summary is not None and summary.find_next("p").find_next("a")["href"] == "comment.html#results"
    assert words.text("outcome.next_heading", lang) not in home.get_text()
    real = site.html(prefix + "index.html")
    assert real.find(id="results-summary") is None
    assert words.text("feed.next", lang).split()[0] in real.get_text()
    day = sitedata.date_text(SAMPLE.published, lang)
    banner = home.select_one(".comment-status")
    assert banner.select_one('[data-when="published"]').get_text() == words.text("banner.published", lang, date=day)
    assert not real.select_one(".comment-status").select('[data-when="published"]')


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_comment_page_says_what_happens_to_the_opinions_until_the_results_replace_it(example, site, lang):
    """「いただいたご意見の扱い」 (what the notice says comes next) is generated: the results take its place."""
    prefix = "" if lang == "ja" else "en/"
    words = SAMPLE_DATA.words
    heading, next_steps = words.text("outcome.handling_heading", lang), words.text("feed.next", lang)
    real = site.html(prefix + "comment.html").select_one("article")
    section = next((h for h in real.select("h2") if h.get_text(strip=True).rstrip("¶") == heading), None)
    assert section is not None and section.find_next("p").get_text(" ", strip=True).startswith(
        " ".join(next_steps.split())
    )
    assert real.find(id="results") is None
    sample = example.html(prefix + "comment.html").select_one("article")
    assert sample.find(id="results") is not None
    text = " ".join(sample.get_text().split())
    assert heading not in text and " ".join(next_steps.split()) not in text
