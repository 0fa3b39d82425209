"""The results on paper (sample build, `make example`): one whole-document page for every results page,
``print-results.html`` (hooks/lib/sitebuild/prepare/print_pages.py, hooks/lib/sitebuild/printdocs.py), and the PDF
booklets (scripts/build_pdf.py) holding the results after the drafts: the prefecture's four-column table
with its header on every sheet and each row whole, the changes, and the sample's notice on the cover and
at the top of every page. The real build has neither while data/outcome.yml is unpublished
(tests/test_print.py: the notice and the drafts only).
"""

from __future__ import annotations

from collections import Counter

import pytest
from mkdocs.config import load_config
from test_pdf import MARGIN, area, spaced

import build_pdf
import sitedata
from conftest import LANGS, ROOT, flat, pdf_text, sheets
from sitebuild import printdocs, results

CONFIG = load_config(str(ROOT / "mkdocs.example.yml"))
DATA = sitedata.load(CONFIG)  # the project's data with the fictional sample workbook examples/outcome.xlsx
SAMPLE = DATA.outcome
WORDS = DATA.words
COLUMNS = ("number", "section", "summary", "view")


def test_the_results_are_one_more_document_after_the_drafts():
    docs = printdocs.documents(CONFIG.nav, DATA)
    assert [d.id for d in docs] == ["notice", *(d.id for d in DATA.consultation.drafts), printdocs.RESULTS]
    assert docs[-1].parts == tuple(results.page_file(key) for key in results.page_keys(DATA))
    assert [d.id for d in printdocs.documents(CONFIG.nav, sitedata.load())] == [d.id for d in docs[:-1]]


@pytest.mark.parametrize("lang", LANGS)
def test_the_whole_results_page_holds_every_results_page_as_a_section(example, lang):
    prefix = "" if lang == "ja" else "en/"
    whole = example.html(prefix + "print-results.html")
    article = whole.select_one("article")
    for link in article.select(".headerlink"):
        link.decompose()
    assert [h.get_text(strip=True) for h in article.find_all("h1")] == [WORDS.text("print.results_title", lang)]
    titles = [flat(h.get_text()) for h in article.find_all("h2")]
    for key in results.page_keys(DATA):
        name = DATA.draft(key).title[lang] if key != results.OTHER else WORDS.text("results.not_about", lang)
        assert flat(WORDS.text("results.title", lang, name=name)) in titles, key
        page = example.html(prefix + results.page_html(key))
        assert [a["href"] for a in page.select(".print-downloads a")][0] == "print-results.html", key
        assert page.select_one(".print-frame").get_text().count(WORDS.text("print.results_title", lang)) == 1
    assert [r["id"] for r in article.select("tr[id^=row-]")] == [
        f"row-{r.id}"
        for key in results.page_keys(DATA)
        for r in results.rows_of(DATA, SAMPLE, key)
        if results.pages_of(DATA, r)[0] == key  # a row listed on two drafts' pages: its id once, on its home page
    ]
    assert {c["id"] for c in article.select("[id^=change-]")} == {f"change-{c.id}" for c in SAMPLE.changes}
    for table in article.select("table.results"):
        heads = [th.get_text() for th in table.select("thead th")]
        assert heads == [WORDS.text("results." + k, lang) for k in COLUMNS]
    assert not article.select(".results-filter")  # paper has no filter
    ids = Counter(e["id"] for e in whole.find_all(id=True))
    assert not [i for i, n in ids.items() if n > 1]


# ---------------------------------------------------------------- the PDF booklets of the sample


@pytest.fixture(scope="module")
def sample_booklets(example, tmp_path_factory):
    out = tmp_path_factory.mktemp("sample-booklets")
    return {lang: build_pdf.write_booklet(example.site, lang, out, CONFIG.nav, DATA) for lang in LANGS}


def text_of(lang: str, text: str) -> str:
    return flat(text) if lang == "ja" else spaced(text)


@pytest.mark.pdf
@pytest.mark.parametrize("lang", LANGS)
def test_the_booklet_holds_the_results_after_the_drafts_and_before_how_to_comment(sample_booklets, lang):
    whole = text_of(lang, pdf_text(sample_booklets[lang]))
    cover = text_of(lang, pdf_text(sample_booklets[lang], 1, 1))
    day = sitedata.date_text(SAMPLE.published, lang)
    assert text_of(lang, WORDS.text("print.results_included", lang, date=day)) in cover
    last_kpi = max(whole.find(text_of(lang, k.name[lang])) for k in DATA.strategy.kpis)  # in the strategy
    heading = text_of(lang, WORDS.text("results.title", lang, name=DATA.consultation.drafts[0].title[lang]))
    first_result = whole.find(heading, last_kpi)
    places = whole.rfind(text_of(lang, DATA.places.places[-1].name[lang]))
    assert last_kpi < first_result < places
    for change in SAMPLE.changes:
        assert text_of(lang, change.final[lang]) in whole, change.id
    deleted, added = (text_of(lang, WORDS.text(f"results.{k}", lang)) for k in ("deleted", "added"))
    assert whole.count(deleted) >= 1 and whole.count(added) >= len(SAMPLE.changes) - 1


@pytest.mark.pdf
@pytest.mark.parametrize("lang", LANGS)
def test_the_results_table_repeats_its_header_and_keeps_each_row_on_one_sheet(sample_booklets, lang):
    pages = [text_of(lang, s) for s in sheets(sample_booklets[lang])]
    header = [text_of(lang, WORDS.text("results." + k, lang)) for k in COLUMNS]
    with_rows = set()
    for row in SAMPLE.rows:
        holding = [
            n
            for n, p in enumerate(pages)
            if text_of(lang, row.summary[lang]) in p and text_of(lang, row.view[lang]) in p
        ]
        assert holding, (lang, row.id)  # summary and view on one sheet: the row is whole
        with_rows.update(holding)
    assert len(with_rows) >= 3
    for n in with_rows:
        assert all(h in pages[n] for h in header), (lang, n + 1)


@pytest.mark.pdf
@pytest.mark.parametrize("lang", LANGS)
def test_the_sample_booklet_says_it_is_a_sample_on_the_cover_and_atop_every_page(sample_booklets, lang):
    pdf = sample_booklets[lang]
    notice = [flat(WORDS.text("sample.notice", each)) for each in sitedata.LANGS]
    assert all(n in flat(pdf_text(pdf, 1, 1)) for n in notice)
    for number in range(2, len(sheets(pdf)) + 1):
        top = flat(area(pdf, number, 0, MARGIN))
        assert all(n in top for n in notice), (lang, number, top)


def test_a_sample_booklet_is_never_written_where_the_real_site_links_booklets(example):
    with pytest.raises(SystemExit, match="docs/pdf"):
        build_pdf.write_booklet(example.site, "ja", printdocs.pdf_path(ROOT / "docs", "ja").parent, CONFIG.nav, DATA)


@pytest.mark.parametrize("rel", ["results-strategy.html", "en/results-strategy.html", "print-results.html"])
def test_every_sheet_of_a_printed_sample_page_says_it_is_a_sample(served_example, browser, tmp_path, rel):
    """Printed from the browser (Chromium), not only the booklets: the notice in the top margin of every sheet
    (assets/sample-print.css, hooks/lib/sitebuild/render/sample_notice.py), not on the first sheet only."""
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(served_example + rel)
    pdf = tmp_path / "page.pdf"
    tab.pdf(path=str(pdf), prefer_css_page_size=True)
    context.close()
    notice = [flat(WORDS.text("sample.notice", each)) for each in sitedata.LANGS]
    printed = sheets(pdf)
    assert len(printed) > 1, rel
    for number, text in enumerate(printed, 1):
        assert all(n in flat(text) for n in notice), (rel, number)
