"""Numbers that add up on the results pages of the fictional sample (`make example`, examples/outcome.xlsx), and
Japanese first: a row naming sections of two drafts is listed on both drafts' pages; the count beside each section
of a draft equals the rows a reader finds behind its link; each page says which numbers are the whole
consultation's and which its own; the words tell opinions from changes, and opinion-led changes from editorial
ones; an English page shows an untranslated row in Japanese (``lang="ja"``) under a notice of how many wait.
"""

from __future__ import annotations

import shutil

import pytest
from openpyxl import load_workbook

import sitedata
from conftest import ROOT, build, copy_project
from sitebuild import results

CONFIG = ROOT / "mkdocs.example.yml"
DATA = sitedata.load(ROOT / "data")
SAMPLE = sitedata.load_outcome(DATA, ROOT / "examples" / "outcome.xlsx")
WORDS = DATA.words


def prefix(lang: str) -> str:
    return "" if lang == "ja" else "en/"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_row_about_two_drafts_is_listed_on_both(example, lang):
    two = [r for r in SAMPLE.rows if len(results.pages_of(DATA, r)) > 1]
    assert two, "the sample has a row about two drafts (番号 13: 基本方針 SDGs、総合戦略 柱4 施策4)"
    for row in two:
        for key in results.pages_of(DATA, row):
            page = example.html(prefix(lang) + results.page_html(key))
            assert page.select(f'tr[data-row="{row.id}"]'), (row.id, key)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_count_beside_each_section_is_what_its_link_shows(example, lang):
    counts = {r.id: r.count for r in SAMPLE.rows}
    checked = 0
    for draft in DATA.consultation.drafts:
        page = example.html(prefix(lang) + draft.page.replace(".md", ".html"))
        for box in page.select(".comment-link"):
            n, _ = results.on_section(DATA, SAMPLE, box["data-section"])
            target, _, anchor = box.select_one("a.comment-link__results")["href"].partition("#")
            if not anchor:
                assert n == 0, box["data-section"]
                continue
            group = example.html(prefix(lang) + target).find(id=anchor)
            assert sum(counts[tr["data-row"]] for tr in group.select("tr[data-row]")) == n, anchor
            checked += 1
    assert checked >= 20


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_each_page_says_whose_numbers_it_gives(example, lang):
    for key in results.page_keys(DATA):
        page = example.html(prefix(lang) + results.page_html(key))
        captions = [p.get_text() for p in page.select(".results-numbers__caption")]
        name = DATA.draft(key).title[lang] if key != results.OTHER else WORDS.text("results.not_about", lang)
        assert captions == [WORDS.text("results.whole", lang), WORDS.text("results.this_page", lang, name=name)]
        whole, mine = page.select("dl.results-numbers")
        own = results.page_totals(DATA, SAMPLE, key)
        opinions = WORDS.text("outcome.opinions_count", lang, n=f"{own.opinions:,}")
        assert opinions in [dd.get_text() for dd in mine.select("dd")], key
        total = WORDS.text("outcome.opinions_count", lang, n=f"{SAMPLE.total:,}")
        assert total in [dd.get_text() for dd in whole.select("dd")], key


def test_the_words_tell_opinions_from_changes_and_editorial_ones():
    for lang in sitedata.LANGS:
        text = WORDS.text("results.on_section", lang, n=4, m=1)
        assert "うち" not in text and "(" not in text  # not "of which": changes are no share of the opinions
    editorial = sum(c.editorial for c in SAMPLE.changes)
    assert editorial == 1
    split = WORDS.text("results.changes_split", "ja", m=6, led=5, editorial=1)
    assert "ご意見による修正 5" in split and "県による字句の修正 1" in split


def test_an_english_page_shows_an_untranslated_row_in_japanese_under_a_notice(tmp_path):
    project = copy_project(tmp_path / "project", ("mkdocs.yml", "mkdocs.example.yml", "docs", "data", "hooks",
                                                  "overrides", "scripts", "examples"))  # fmt: skip
    book = project / "examples" / "outcome.xlsx"
    wb = load_workbook(book)
    ws = wb["意見"]
    for r in (3, 4, 5):  # 番号 1, 2, 3 (basic policy): the English cells left empty
        ws.cell(r, 7).value = ws.cell(r, 8).value = None
    wb.save(book)
    result = build(project, tmp_path / "site", config="mkdocs.example.yml")
    assert result.returncode == 0, result.output
    html = (tmp_path / "site" / "en" / "results-basic-policy.html").read_text(encoding="utf-8")
    listed = results.rows_of(DATA, SAMPLE, "basic-policy") + results.changes_of(DATA, SAMPLE, "basic-policy")
    assert WORDS.html("results.translation_pending", "en", n="3", m=f"{len(listed):,}") in html
    summary = SAMPLE.rows[0].summary.ja
    assert f'<span lang="ja">{summary}</span>' in html
    ja = (tmp_path / "site" / "results-basic-policy.html").read_text(encoding="utf-8")
    assert "results-pending" not in ja and summary in ja
    # The staff's translation page lists the items waiting, in both languages (the Japanese marked on the English).
    waiting = [r.id for r in SAMPLE.rows[:3]]
    for rel, mark in (("staff/translation-status.html", ""), ("en/staff/translation-status.html", ' lang="ja"')):
        page = (tmp_path / "site" / rel).read_text(encoding="utf-8")
        table = page[page.index('<table class="translation-status-results">') :]
        assert [f"<code>{i}</code>" in table for i in waiting] == [True] * 3, rel
        assert table.count("<tr><td><code>") == 3 and f"<td{mark}>{summary[:40]}" in table, rel
    shutil.rmtree(tmp_path / "site")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_each_page_gives_the_next_steps_and_the_dated_history(example, lang):
    assert SAMPLE.plan.name is None and SAMPLE.corrections
    for key in results.page_keys(DATA):
        page = example.html(prefix(lang) + results.page_html(key))
        steps = page.find(id="next-steps").find_next("p").get_text()
        assert steps == WORDS.text("results.plan_unknown", lang)  # said plainly until the data says so
        days = [t["datetime"] for t in page.select(".results-history time")]
        assert days == [SAMPLE.published.isoformat(), *(c.date.isoformat() for c in SAMPLE.corrections)]
