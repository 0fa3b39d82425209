"""The PDF booklets (scripts/build_pdf.py, WeasyPrint) and the site's links to them.

The booklets are built from the test site into a temporary folder and read back with poppler:
pdffonts (every font embedded, no Type 3), pdfinfo (A4, page count) and pdftotext. ``-raw`` keeps
the text in drawing order, so a table cell's lines stay together; Japanese is compared without
white space, as a printed line may break between any two characters.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

import build_pdf
import sitedata
from conftest import DATA, LANGS, ROOT, build, flat, page_count, pdf_text, sheets
from sitebuild import printdocs

WORDS = sitedata.load().words  # data/interface.yml

NAV = printdocs.load_nav(ROOT / "mkdocs.yml")
# The booklets' length. When a change of the text changes it, look at the new booklet's pages
# (pdftoppm -png -r 50 booklet.pdf page) and then update the number here.
EXPECTED_PAGES = {"ja": 11, "en": 13}
CJK = r"[\u2e80-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"
# Kangxi radicals and CJK compatibility ideographs: what a bad font mapping gives back for 行, 体, ...
LOOK_ALIKES = r"[\u2e80-\u2fdf\uf900-\ufaff]"


def spaced(text: str) -> str:
    """English as printed, on one line: a line break is a space, except after a hyphen."""
    return re.sub(r"-\s+", "-", re.sub(r"\s+", " ", text)).strip()


@pytest.fixture(scope="module")
def booklets(site, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("booklets")
    return {lang: build_pdf.write_booklet(site.site, lang, out, NAV) for lang in LANGS}


@pytest.mark.parametrize("lang", LANGS)
def test_every_font_is_embedded_and_none_is_type3(booklets, lang):
    rows = subprocess.run(["pdffonts", str(booklets[lang])], capture_output=True, text=True, check=True).stdout
    fonts = rows.splitlines()[2:]
    assert fonts
    for row in fonts:
        assert "Type 3" not in row, row
        emb = re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row).group(1)
        assert emb == "yes", row
        # Debian's Noto Sans CJK JP, and DejaVu Sans for the one character Noto lacks (₂ in CO₂).
        assert "Noto-Sans-CJK-JP" in row or "DejaVu-Sans" in row, row
    assert any("Noto-Sans-CJK-JP " in row for row in fonts) and any("Noto-Sans-CJK-JP-Bold" in row for row in fonts)


@pytest.mark.parametrize("lang", LANGS)
def test_a4_and_a_stable_page_count(booklets, site, lang, tmp_path):
    pdf = booklets[lang]
    count = page_count(pdf)
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", str(count), str(pdf)], capture_output=True, text=True).stdout
    assert len(re.findall(r"size:\s+595\.\d+ x 841\.\d+ pts", info)) == count
    assert count == EXPECTED_PAGES[lang], f"the {lang} booklet has {count} pages (see EXPECTED_PAGES)"
    again = build_pdf.write_booklet(site.site, lang, tmp_path, NAV)
    assert page_count(again) == count
    assert pdf_text(again) == pdf_text(pdf)


def test_japanese_text_comes_back_exactly(booklets):
    text = pdf_text(booklets["ja"])
    assert not re.search(LOOK_ALIKES, text), set(re.findall(LOOK_ALIKES, text))
    assert "\ufffd" not in text
    whole = flat(text)
    sentences = [
        DATA.strategy.principle.ja,
        "熊本地震と令和2年7月豪雨からの創造的復興を両輪に、新型コロナウイルス感染症による社会の変容を見据え、「新しいくまもと」を創造する。",
        "県では、新たな県政運営の基本方針として「新しいくまもと創造に向けた基本方針」の素案を取りまとめました。",
        "今後、いただいたご意見を反映の上、次期県議会定例会に向けて策定を進めていきます。",
        "また、本基本方針とともに検討を進めてきた、「第2期熊本県まち・ひと・しごと創生総合戦略」の素案及び「熊本県人口ビジョン」の改訂素案についても、併せてご意見を募集します。",
        sitedata.period_text(DATA.consultation.period, "ja"),
    ]
    sentences += [p.direction.ja for p in DATA.strategy.pillars]
    sentences += [m.title.ja for p in DATA.strategy.pillars for m in p.measures]
    sentences += [i.ja for p in DATA.strategy.pillars for m in p.measures for i in m.initiatives]
    for sentence in sentences:
        assert flat(sentence) in whole, sentence


@pytest.mark.parametrize("lang", LANGS)
def test_every_kpi_name_is_in_the_booklet(booklets, lang):
    text = pdf_text(booklets[lang])
    whole = flat(text) if lang == "ja" else spaced(text)
    for kpi in DATA.strategy.kpis:
        assert (flat(kpi.name.ja) if lang == "ja" else spaced(kpi.name.en)) in whole, kpi.id


@pytest.mark.parametrize("lang", LANGS)
def test_cover_gives_title_drafts_period_and_prefecture(booklets, lang):
    cover = flat(pdf_text(booklets[lang], 1, 1))
    c = DATA.consultation
    for fact in [
        c.title[lang],
        c.contact.organisation[lang],
        sitedata.period_text(c.period, lang),
        WORDS.text("print.period", lang),
    ] + [d.title[lang] for d in c.drafts]:
        assert flat(fact) in cover, fact


TOC_LINE = re.compile(r"^\s*(.+?)\s*\.{3,}\s*(\d+)$", re.M)


@pytest.mark.parametrize("lang", LANGS)
def test_contents_give_the_right_page_numbers(booklets, lang):
    pages = sheets(booklets[lang])
    contents = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(booklets[lang]), "-"], capture_output=True, text=True, check=True
    ).stdout  # leaders on their line
    assert flat(build_pdf.TEXT["toc"][lang]) in flat(contents)
    entries = TOC_LINE.findall(contents)
    assert len(entries) >= 20
    titles = [flat(d.title[lang]) for d in DATA.consultation.drafts]
    for title, number in entries:
        assert flat(title) in flat(pages[int(number) - 1]), (title, number)
    listed = [flat(t) for t, _ in entries]
    assert all(t in listed for t in titles)
    assert [int(n) for _, n in entries] == sorted(int(n) for _, n in entries)


def area(pdf: Path, number: int, top: float, height: float) -> str:
    """The text of a band of an A4 page, ``top`` and ``height`` in points (the booklet's margins are 18 mm)."""
    return subprocess.run(
        [
            "pdftotext",
            "-raw",
            "-f",
            str(number),
            "-l",
            str(number),
            "-x",
            "0",
            "-y",
            str(top),
            "-W",
            "596",
            "-H",
            str(height),
            str(pdf),
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


MARGIN = 51  # 18 mm in points


@pytest.mark.parametrize("lang", LANGS)
def test_pages_are_numbered_and_never_blank_or_near_empty(booklets, lang):
    pdf = booklets[lang]
    for number in range(1, page_count(pdf) + 1):
        foot = area(pdf, number, 842 - MARGIN, MARGIN).split()
        assert foot == ([] if number == 1 else [str(number)]), (lang, number, foot)  # the cover has no number
        body = flat(area(pdf, number, MARGIN, 842 - 2 * MARGIN))
        assert len(body) >= 100, (lang, number, body)


@pytest.mark.parametrize("lang", LANGS)
def test_kpi_tables_repeat_their_header_and_keep_each_measure_on_one_page(booklets, lang):
    pages = [flat(p) for p in sheets(booklets[lang])]
    header = [flat(WORDS.text("strategy." + k, lang)) for k in ("measures", "initiatives", "kpi", "figures")]
    for pillar in DATA.strategy.pillars:
        for measure in pillar.measures:
            kpis = [k.name[lang] for k in DATA.kpis_of(pillar.id, measure.id)]
            holding = [
                p
                for p in pages
                if all(flat(k) in p for k in kpis)
                and flat(measure.title[lang]) in p
                and all(flat(i[lang]) in p for i in measure.initiatives)
            ]
            assert holding, (lang, pillar.id, measure.id)
    with_kpis = [p for p in pages if any(flat(k.name[lang]) in p for k in DATA.strategy.kpis)]
    assert len(with_kpis) >= 2
    for page in with_kpis:
        assert all(h in page for h in header)


@pytest.mark.parametrize("lang", LANGS)
def test_places_and_contact_come_at_the_end(booklets, lang):
    whole = flat(pdf_text(booklets[lang]))
    last_kpi = max(whole.rfind(flat(k.name[lang])) for k in DATA.strategy.kpis)
    contact = DATA.consultation.contact
    for fact in (contact.email, contact.phone, contact.fax, contact.extension):
        assert whole.rfind(fact) > last_kpi, fact
    last_page = flat(sheets(booklets[lang])[-1])
    for place in DATA.places.places:
        assert flat(place.name[lang]) in last_page, place.id
    assert "(https://www.pref.kumamoto.jp)" in last_page  # an external link prints its address


def test_english_booklet_has_no_untranslated_japanese(site, booklets):
    # The Japanese that the English pages mark as Japanese (lang="ja": the places' names on their signs)
    # is printed as it is; compared without white space, as a printed line may break inside it.
    marked = {
        re.sub(r"\s+", "", span.get_text())
        for rel in site.pages()
        if rel.startswith("en/")
        for span in site.html(rel).select('[lang="ja"]:not(html)')
    }
    text = re.sub(r"\s+", "", pdf_text(booklets["en"]))
    for words in sorted(marked, key=len, reverse=True):
        text = text.replace(words, "") if words else text
    # Other Japanese appears only as a name or a quoted word in brackets, never as running text.
    bracketed = re.findall(r"\(([^()]*)\)", text)
    assert all(len(re.findall(CJK, b)) < 20 for b in bracketed), [b for b in bracketed if re.search(CJK, b)]
    outside = re.sub(r"\([^()]*\)", "", text)
    assert not re.search(CJK, outside), re.findall(rf".{{0,30}}{CJK}+.{{0,30}}", outside)


# ---------------------------------------------------------------- the site links to the booklets


def test_the_site_links_to_the_booklets_only_when_they_exist(project, tmp_path):
    pdf_dir = printdocs.pdf_path(project / "docs", "ja").parent
    if pdf_dir.exists():
        for old in pdf_dir.iterdir():
            old.unlink()
    without = build(project, tmp_path / "without")
    assert without.returncode == 0, without.output
    for rel in without.pages():
        assert not without.html(rel).select("a[type='application/pdf']"), rel

    pdf_dir.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        printdocs.pdf_path(project / "docs", lang).write_bytes(b"%PDF-1.7\n" + b"0" * 250_000)
    with_pdfs = build(project, tmp_path / "with")
    assert with_pdfs.returncode == 0, with_pdfs.output
    for rel in with_pdfs.pages():
        links = with_pdfs.html(rel).select(".print-downloads a[type='application/pdf']")
        assert [a["hreflang"] for a in links] == ["ja", "en"], rel
        for a in links:
            target = (with_pdfs.site / rel).parent / a["href"]
            assert target.resolve().is_file(), (rel, a["href"])
            assert "0.3 MB" in a.get_text(), a.get_text()
    assert "日本語版" in with_pdfs.html("strategy.html").select_one(".print-downloads").get_text()
    assert "English" in with_pdfs.html("en/strategy.html").select_one(".print-downloads").get_text()
