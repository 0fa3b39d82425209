"""The built site: both languages, the switcher, hreflang, sitemap, generated tables and places."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

import sitedata
from conftest import DATA, PUBLISHED_URL

WORDS = sitedata.load().words  # data/interface.yml

SITE_URL = PUBLISHED_URL  # the address of the build for publication (`published`)


def ja_pages(site):
    return [p for p in site.pages() if not p.startswith("en/")]


def test_every_page_exists_in_both_languages(site):
    ja = ja_pages(site)
    en = [p for p in site.pages() if p.startswith("en/")]
    assert len(ja) >= 6
    assert sorted("en/" + p for p in ja) == sorted(en)


def test_html_lang_is_right_on_every_page(site):
    for rel in site.pages():
        html = site.html(rel).find("html")
        assert html["lang"] == ("en" if rel.startswith("en/") else "ja"), rel


def test_every_page_is_in_its_own_language(site):
    for rel in site.pages():
        if "staff/" in rel:
            continue  # the staff pages are mostly file names
        article = site.html(rel).find("article")
        if rel.startswith("en/"):
            # Japanese appears only as names marked lang="ja" (the places' names on their signs, the
            # やさしい日本語 page's name), never as running text.
            names = [e.extract().get_text() for e in article.select('[lang="ja"]')]
            assert all(len(name) <= 40 for name in names), (rel, names)
        text = article.get_text()
        kana = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", text))
        if rel.startswith("en/"):
            assert kana < 0.05 * len(text), rel
        else:
            assert kana > 0.3 * len(re.sub(r"\s", "", text)), rel


def twin(rel: str) -> str:
    return rel[3:] if rel.startswith("en/") else "en/" + rel


def test_switcher_goes_to_the_same_page_in_the_other_language(site):
    for rel in site.pages():
        # (the menu's third link, to the やさしい日本語 page, is tested in tests/test_furigana.py)
        links = {
            a["hreflang"]: a["href"] for a in site.html(rel).select("a.md-select__link:not(.md-select__link--easy)")
        }
        assert set(links) == {"ja", "en"}, rel
        for lang, href in links.items():
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(rel), href))
            expected = rel if (lang == "en") == rel.startswith("en/") else twin(rel)
            assert resolved == expected, (rel, lang, href)
            assert (site.site / resolved).exists()


def test_hreflang_alternates_are_absolute_and_point_to_the_twin(published):
    for rel in published.pages():
        alternates = {
            link["hreflang"]: link["href"] for link in published.html(rel).select('link[rel="alternate"][hreflang]')
        }
        ja_rel = twin(rel) if rel.startswith("en/") else rel
        assert alternates == {
            "ja": SITE_URL + ja_rel,
            "en": SITE_URL + "en/" + ja_rel,
            "x-default": SITE_URL + ja_rel,
        }, rel


def test_sitemap_lists_both_languages(published):
    sitemap = BeautifulSoup((published.site / "sitemap.xml").read_text(encoding="utf-8"), "xml")
    locs = {loc.text for loc in sitemap.find_all("loc")}
    alternates = {link["href"] for link in sitemap.find_all("link")}
    for rel in ja_pages(published):
        assert SITE_URL + rel in locs
        assert SITE_URL + "en/" + rel in locs | alternates


def test_navigation_labels_are_translated(site):
    ja_nav = [a.get_text(" ", strip=True) for a in site.html("index.html").select("nav.md-nav--primary a.md-nav__link")]
    en_nav = [
        a.get_text(" ", strip=True) for a in site.html("en/index.html").select("nav.md-nav--primary a.md-nav__link")
    ]
    assert "基本方針（素案）" in ja_nav and "閲覧場所" in ja_nav
    assert "Basic policy (draft)" in en_nav and "Where to read the drafts" in en_nav
    assert not any(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", label) for label in en_nav)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_each_pillar_kpi_table_holds_exactly_the_data_files_kpis(site, lang):
    page = site.html("strategy.html" if lang == "ja" else "en/strategy.html")
    tables = page.select(".kpi-table table")
    assert [int(t["data-pillar"]) for t in tables] == [p.id for p in DATA.strategy.pillars]
    for table in tables:
        pid = int(table["data-pillar"])
        expected = [k for k in DATA.strategy.kpis if k.pillar == pid]
        cells = table.select("td.kpi__name")
        assert [c["data-kpi-id"] for c in cells] == [k.id for k in expected]
        assert [c.get_text(strip=True) for c in cells] == [k.name[lang] for k in expected]
        # A KPI whose figures are pending shows the status: no number is invented.
        for cell, kpi in zip(cells, expected, strict=True):
            if kpi.status == "pending":
                assert cell.find_next_sibling("td").get_text(strip=True) == WORDS.text("strategy.pending", lang), kpi.id
        measures = [th.get_text(" ", strip=True) for th in table.select("tbody th")]
        pillar = DATA.pillar(pid)
        assert len(measures) == len(pillar.measures)
        for text, measure in zip(measures, pillar.measures, strict=True):
            assert measure.title[lang] in text
        assert table.find("caption").get_text(strip=True)
        assert all(th.get("scope") for th in table.find_all("th"))


def test_kpi_status_without_kpis_is_stated_not_invented(site):
    ja = site.html("strategy.html")
    said = {"pending": "主なKPIは調整中です", "none": "主なKPIの記載はありません"}
    for pillar in DATA.strategy.pillars:
        table = ja.select_one(f"table[data-pillar='{pillar.id}']").get_text()
        for status, words in said.items():
            measures = [m for m in pillar.measures if m.kpi_status == status]
            assert table.count(words) == len(measures), (pillar.id, status)
    assert {m.kpi_status for p in DATA.strategy.pillars for m in p.measures} >= set(said)  # both cases are tested
    assert len(ja.select("td.kpi__name")) == len(DATA.strategy.kpis)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_places_page_lists_the_data_files_places_in_order(site, lang):
    page = site.html("places.html" if lang == "ja" else "en/places.html")
    items = page.select("ol.places > li")
    assert [li["id"] for li in items] == [f"place-{p.id}" for p in DATA.places.places]
    for li, place in zip(items, DATA.places.places, strict=True):
        assert li.select_one(".places__name").get_text(strip=True) == place.name[lang]
        if place.detail:
            assert place.detail[lang] in li.get_text()
        if place.count:
            count = f"県内{place.count}カ所" if lang == "ja" else f"{place.count} offices across the prefecture"
            assert count in li.get_text(), place.id
    assert any(place.count for place in DATA.places.places)  # the count is tested


def test_places_follow_the_notice():
    names = [p.name.ja for p in DATA.places.places]
    assert names == [
        "熊本県ホームページ",
        "熊本県企画振興部企画課",
        "各広域本部・地域振興局総務（振興）課",
        "熊本県庁情報プラザ",
        "くまもと県民交流館パレア",
        "熊本県立美術館",
        "熊本県立図書館",
        "熊本県立大学",
    ]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_contact_is_complete(site, lang):
    text = site.html("comment.html" if lang == "ja" else "en/comment.html").select_one(".contact").get_text(" ")
    contact = DATA.consultation.contact
    for fact in (contact.phone, contact.extension, contact.fax, contact.email):
        assert fact in text
    for word in (
        ("企画振興部", "企画課", "戦略推進班")
        if lang == "ja"
        else ("Planning and Promotion Department", "Planning Division", "Strategy Promotion Team")
    ):
        assert word in text


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_basic_policy_has_every_pillar_measure_and_cross_cutting_item(site, lang):
    page = site.html("basic-policy.html" if lang == "ja" else "en/basic-policy.html")
    for pillar in DATA.strategy.pillars:
        heading = page.find(id=f"pillar-{pillar.id}")
        assert heading.name == "h2" and pillar.title[lang] in heading.get_text()
        assert pillar.direction[lang].split()[0] in page.get_text()
        for measure in pillar.measures:
            assert measure.title[lang] in page.find(id=f"pillar-{pillar.id}-measure-{measure.id}").get_text()
    for item in DATA.strategy.cross_cutting:
        assert page.find(id=item.id).get_text(strip=True).startswith(item.title[lang])
    assert DATA.strategy.principle[lang].split()[0] in page.find("blockquote").get_text()


def test_corrected_extraction_errors_are_published_correctly(site):
    text = " ".join(site.html(p).get_text() for p in ja_pages(site))
    assert "ブライト企業" in text and "ブライ企業" not in text.replace("ブライト企業", "")
    assert "再エネ100宣言 RE Action" in text and "REAクション" not in text
    assert "CO₂排出実質ゼロ" in text
    assert "社会的変容を復興を" not in text
    assert (
        "熊本地震と令和2年7月豪雨からの創造的復興を両輪に、新型コロナウイルス感染症による社会の変容を見据え、「新しいくまもと」を創造する。"
        in text
    )


def test_japanese_headings_get_readable_anchors(site):
    for rel in ja_pages(site):
        for heading in site.html(rel).select("article h1, article h2, article h3"):
            anchor = heading.get("id", "")
            assert anchor and not re.fullmatch(r"[\d_-]*", anchor), (rel, anchor)
    h1 = site.html("strategy.html").find("h1")
    assert re.search(r"[\u4e00-\u9fff]", h1["id"])


LOADING = [
    ("script", "src"),
    ("link", "href"),
    ("img", "src"),
    ("iframe", "src"),
    ("source", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("embed", "src"),
    ("object", "data"),
]


def test_no_page_loads_anything_from_another_host(site):
    for rel in site.pages():
        page = site.html(rel)
        for tag, attr in LOADING:
            for element in page.find_all(tag):
                url = element.get(attr)
                if not url or (
                    tag == "link"
                    and "alternate" in element.get("rel", [])
                    or tag == "link"
                    and "canonical" in element.get("rel", [])
                ):
                    continue
                host = urlsplit(url).netloc
                assert host == "", (rel, tag, url)
        assert "@import" not in " ".join(s.get_text() for s in page.find_all("style"))
    for css in site.site.rglob("*.css"):
        for url in re.findall(r"url\(([^)]+)\)", css.read_text(encoding="utf-8")):
            assert not re.match(r"['\"]?(https?:)?//", url), (css, url)
    for page in site.site.rglob("*.html"):
        assert "fonts.googleapis" not in page.read_text(encoding="utf-8")


def test_not_found_page_in_each_language(site):
    """404.html is Japanese, en/404.html English (hooks/lib/sitebuild/render/not_found.py); their links start at
    the site's root."""
    for rel, lang, heading in (("404.html", "ja", "ページが見つかりません"), ("en/404.html", "en", "Page not found")):
        soup = site.html(rel)
        assert soup.html["lang"] == lang
        assert soup.select_one("article h1").get_text(strip=True) == heading
        links = [a["href"] for a in soup.select("article a")]
        assert links and all(h.startswith("/") for h in links)
        for href in links:
            assert (site.site / href.lstrip("/")).is_file(), href
