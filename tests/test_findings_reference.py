"""The staff reference of every finding (docs/staff/findings.md,
hooks/lib/sitebuild/prepare/parts/findings_reference.py): every id of the catalogue on both built pages, each at its
anchor (#data-e001) with its level, message, fix and example in the page's language, the other language marked; the
pages are neither in the menu nor in the search index."""

from __future__ import annotations

import importlib

import pytest
import yaml

from conftest import ROOT
from sitedata.findings import Entry, catalogue

PAGES = {"ja": "staff/findings.html", "en": "en/staff/findings.html"}


reference = importlib.import_module("sitebuild.prepare.parts.findings_reference")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_id_of_the_catalogue_is_on_the_page_at_its_anchor(site, lang):
    page = site.html(PAGES[lang])
    article = page.select_one("article")
    for id_, entry in catalogue().items():
        heading = article.find(id=reference.anchor(id_))
        assert heading is not None and heading.name == "h3", id_
        assert heading.get_text().startswith(id_), heading
        title = entry.title_ja if lang == "ja" else entry.title_en
        assert title in heading.get_text()
        details = heading.find_next_sibling("dl")
        shown = [dd.get_text() for dd in details.find_all("dd")]
        message, fix = (entry.ja, entry.fix_ja) if lang == "ja" else (entry.en, entry.fix_en)
        assert shown[1] == message, (id_, shown)
        if fix:
            assert shown[2] == fix, (id_, shown)
        if entry.example:
            assert details.select_one("pre code").get_text() == entry.example
    prefixes = {id_.split(".")[0] for id_ in catalogue()}
    assert {h2["id"] for h2 in article.select("h2[id]")} >= prefixes


def test_the_anchor_of_an_id():
    assert reference.anchor("data.E001") == "data-e001"
    assert reference.anchor("translation.W002") == "translation-w002"


def test_japanese_in_an_english_entry_is_marked_and_the_text_is_escaped():
    entry = Entry(
        "data.E999", "error", "全角の＠", 'Full-width "＠"', "「{value}」", 'The "＠" in <{value}> & more',
        "直す", "Type @ instead of ＠.", "email: kikaku＠pref", "データ", "Data",
    )  # fmt: skip
    words = {key: key for key in ("level", "error", "warning", "message", "fix", "example", "no_fix")}
    html = reference._entry(entry, "en", words)
    assert '<span lang="ja">＠</span>' in html
    assert "&lt;{value}&gt; &amp; more" in html
    assert '<pre><code>email: kikaku<span lang="ja">＠</span>pref</code></pre>' in html
    # The heading's text holds Japanese: the page's menu of headings shows the id alone.
    assert 'data-toc-label="data.E999"' in html.splitlines()[0]
    japanese = reference._entry(entry, "ja", words)
    assert "lang=" not in japanese  # nothing to mark in the Japanese words, nor in the example


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_reference_is_neither_in_the_menu_nor_in_search(site, lang):
    source = ROOT / "docs" / ("staff/findings.md" if lang == "ja" else "staff/findings.en.md")
    front = yaml.safe_load(source.read_text(encoding="utf-8").split("---")[1])
    assert front["search"] == {"exclude": True}
    home = site.html("index.html" if lang == "ja" else "en/index.html")
    assert not [a for a in home.select("nav a[href]") if "findings" in a["href"]]
    assert site.html(PAGES[lang]).html["lang"] == lang
