"""Printing: every page on A4 as Chromium prints it (page.pdf), and the whole-document pages.

Each page of the served site is printed once with Debian's Chromium and read back with pdftotext,
one sheet at a time. Japanese is compared without white space (a printed line may break anywhere).
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

import sitedata
from conftest import DATA, LANGS, ROOT, flat, lang_of, sheets
from sitebuild import printdocs

WORDS = sitedata.load().words  # data/interface.yml

NAV = printdocs.load_nav(ROOT / "mkdocs.yml")


def title_of(soup) -> str:
    h1 = soup.select_one("article h1")
    for link in h1.select(".headerlink"):
        link.decompose()
    return flat(h1.get_text())


@dataclass
class Printed:
    rel: str
    pdf: Path
    sheets: list[str]  # pdftotext of each sheet, in order

    @property
    def flat(self) -> list[str]:
        return [flat(s) for s in self.sheets]


@pytest.fixture(scope="module")
def printed(served_site, browser, tmp_path_factory) -> dict[str, Printed]:
    """Every page of the site (both languages, printable pages too), printed by Chromium."""
    out = tmp_path_factory.mktemp("printed")
    context = browser.new_context()
    tab = context.new_page()
    result = {}
    for rel in served_site.build.pages():
        tab.goto(served_site.url + rel)
        pdf = out / (rel.replace("/", "_") + ".pdf")
        tab.pdf(path=str(pdf), prefer_css_page_size=True)
        result[rel] = Printed(rel, pdf, sheets(pdf))
    context.close()
    return result


def test_every_sheet_is_a4(printed):
    for item in printed.values():
        info = subprocess.run(
            ["pdfinfo", "-f", "1", "-l", str(len(item.sheets)), str(item.pdf)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        sizes = re.findall(r"size:\s+([\d.]+) x ([\d.]+) pts", info)
        assert len(sizes) == len(item.sheets), item.rel
        for width, height in sizes:
            assert abs(float(width) - 595.3) < 1.5 and abs(float(height) - 841.9) < 1.5, (item.rel, width, height)


def framed(key: str, lang: str, value: str) -> str:
    """A line of the print frame as printed: the label, the colon print.css adds, the value."""
    return flat(WORDS.text("print." + key, lang) + ("：" if lang == "ja" else ":") + value)


def test_top_of_each_page_gives_its_document_comment_period_and_title(printed, served_site):
    for rel, item in printed.items():
        lang = lang_of(rel)
        first = item.flat[0]
        period = first.find(framed("period", lang, sitedata.period_text(DATA.consultation.period, lang)))
        assert 0 <= period < 300, (rel, first[:400])
        title = title_of(served_site.build.html(rel))
        assert first.find(title, period) > period, (rel, title)
    for doc in printdocs.documents(NAV):
        for lang in LANGS:
            for part in (doc.print_page,) + doc.parts:
                rel = ("en/" if lang == "en" else "") + part[:-3] + ".html"
                first = printed[rel].flat[0]
                document = first.find(framed("document", lang, doc.title[lang]))
                assert 0 <= document < first.find(framed("period", lang, "")), (rel, first[:400])


def test_end_of_each_page_gives_its_address_and_the_latest_version_line(printed, served_site):
    for rel, item in printed.items():
        lang = lang_of(rel)
        last = item.flat[-1]
        # pdftotext -raw gives text in drawing order, and Chromium draws a code block's Japanese glyphs after the
        # frame: the code blocks (of the staff reference's examples) that come last in that order are set aside.
        blocks = {flat(pre.get_text()) for pre in served_site.build.html(rel).select("article pre")} - {""}
        while ending := next((b for b in blocks if last.endswith(b)), None):
            last = last[: -len(ending)]
        assert last.endswith(
            framed("page_url", lang, served_site.url + rel) + flat(WORDS.text("print.latest", lang))
        ), (
            rel,
            last[-200:],
        )


CHROME = [
    ".md-header",
    ".md-tabs",
    ".md-sidebar",
    ".md-search",
    ".md-banner",
    ".md-footer",
    ".md-top",
    ".md-skip",
    ".md-dialog",
    ".print-downloads",
    ".headerlink",
    ".md-content__button",
]


@pytest.mark.parametrize("rel", ["index.html", "en/strategy.html", "print-notice.html", "en/print-strategy.html"])
def test_no_header_navigation_search_banner_or_footer_on_paper(served_site, page, rel):
    page.goto(served_site.url + rel)
    page.emulate_media(media="print")
    shown = page.evaluate(
        """selectors => selectors.flatMap(s => [...document.querySelectorAll(s)]
        .filter(e => e.checkVisibility()).map(e => s))""",
        CHROME,
    )
    assert shown == [], (rel, shown)
    assert page.locator("article .print-frame--head").is_visible()
    page.emulate_media(media="screen")
    assert not page.locator("article .print-frame--head").is_visible()
    assert page.locator("header.md-header").is_visible()


def test_no_site_chrome_text_on_paper(printed, site):
    names = {
        lang: flat(
            site.html("en/index.html" if lang == "en" else "index.html")
            .select_one(".md-header__topic .md-ellipsis")
            .get_text()
        )
        for lang in LANGS
    }
    for rel, item in printed.items():
        assert names[lang_of(rel)] not in "".join(item.flat), rel


def test_external_links_print_their_address(printed, served_site):
    checked = 0
    for rel, item in printed.items():
        text = "".join(item.flat)
        for a in served_site.build.html(rel).select("article a[href^='http']"):
            assert flat(f"({a['href']})") in text, (rel, a["href"])
            checked += 1
    assert checked >= 4  # the prefecture's website on both places pages and both notices
    assert "(https://www.pref.kumamoto.jp)" in "".join(printed["places.html"].flat)


@pytest.mark.parametrize("rel", ["strategy.html", "print-strategy.html", "en/strategy.html", "en/print-strategy.html"])
def test_kpi_tables_keep_each_measure_on_one_sheet_with_the_header_row(printed, rel):
    lang = lang_of(rel)
    item = printed[rel]
    header = [flat(WORDS.text("strategy." + k, lang)) for k in ("initiatives", "kpi", "figures")]
    for pillar in DATA.strategy.pillars:
        for measure in pillar.measures:
            pieces = (
                [measure.title[lang]]
                + [i[lang] for i in measure.initiatives]
                + [k.name[lang] for k in DATA.kpis_of(pillar.id, measure.id)]
            )
            holding = [n for n, text in enumerate(item.flat) if flat(measure.title[lang]) in text]
            assert holding, (rel, measure.title[lang])
            sheet = item.flat[holding[-1]]
            for piece in pieces:
                assert flat(piece) in sheet, (rel, pillar.id, measure.id, piece)
    for n, text in enumerate(item.flat):
        if any(flat(k.name[lang]) in text for k in DATA.strategy.kpis):
            assert all(h in text for h in header), (rel, n + 1)
    assert len(item.sheets) >= 2  # the tables run over several sheets, so the header repeats for real


def test_no_blank_or_near_empty_sheet(printed, served_site):
    for rel, item in printed.items():
        lang = lang_of(rel)
        foot = framed("page_url", lang, served_site.url + rel) + flat(WORDS.text("print.latest", lang))
        for n, text in enumerate(item.flat, 1):
            body = re.sub(r"^\d+/\d+", "", text).replace(foot, "")
            # A short page fills one short sheet; a longer one never leaves a sheet of leftovers.
            assert len(body) >= (60 if len(item.sheets) > 1 else 1), (rel, n, text)


# ---------------------------------------------------------------- the whole-document pages (no browser)


def test_each_document_has_a_whole_page_in_each_language_with_every_part_in_order(site):
    docs = printdocs.documents(NAV)
    assert [d.id for d in docs] == ["notice"] + [d.id for d in DATA.consultation.drafts]
    for doc in docs:
        for lang in LANGS:
            whole = site.html(doc.print_url(lang))
            assert whole.find("html")["lang"] == lang
            text = flat(whole.select_one("article").get_text())
            at = 0
            for part in doc.parts:
                rel = ("en/" if lang == "en" else "") + part[:-3] + ".html"
                source = site.html(rel).select_one("article")
                for screen_only in source.select(".print-frame, .print-downloads, .headerlink"):
                    screen_only.decompose()
                for block in source.find_all(["h1", "h2", "h3", "p", "li", "td"]):
                    piece = flat(block.get_text())
                    if piece:
                        assert piece in text, (doc.id, lang, part, piece)
                title = title_of(site.html(rel))
                found = text.find(title, at)
                assert found >= at, (doc.id, lang, "parts out of order", part)
                at = found
    assert len(site.html("print-strategy.html").select("td.kpi__name")) == len(DATA.strategy.kpis)
    assert len(site.html("en/print-strategy.html").select("td.kpi__name")) == len(DATA.strategy.kpis)


def test_later_parts_of_a_whole_page_are_sections_of_it(site):
    whole = site.html("print-notice.html").select_one("article")
    assert len(whole.find_all("h1")) == 1
    for link in whole.select(".headerlink"):
        link.decompose()
    assert [h.get_text(strip=True) for h in whole.find_all("h2")][-2:] == ["意見の送り方", "素案の閲覧場所"]
    ids = [e["id"] for e in whole.find_all(id=True)]
    assert len(ids) == len(set(ids))


def test_every_page_links_to_the_whole_page_of_its_document_which_is_not_in_the_menu(site):
    for doc in printdocs.documents(NAV):
        for lang in LANGS:
            target = doc.print_url(lang)
            for part in doc.parts:
                rel = ("en/" if lang == "en" else "") + part[:-3] + ".html"
                links = [a["href"] for a in site.html(rel).select(".print-downloads a")]
                assert target.removeprefix("en/") in links, (rel, links)
            nav_links = [a["href"] for a in site.html(target).select("nav.md-nav--primary a")]
            assert nav_links and not any("print-" in href for href in nav_links)
