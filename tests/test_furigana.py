"""ふりがな (hooks/lib/sitebuild/render/furigana_page.py, docs/assets/furigana*.js, data/readings.yml) and the
やさしい日本語 page.

The readings of every entry of data/readings.yml and of a set of ordinary words as the built pages
give them; the button in Chromium (off by default, on and off, remembered across pages, nothing
from another host, read once by screen readers, hidden in print); the search index without the
readings; the data file's checks; the やさしい日本語 page with ふりがな over every kanji, its dates
from the data, and the links to it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

import sitedata
from conftest import build
from sitebuild import furigana

ROOT = Path(__file__).resolve().parent.parent

KANJI = furigana.KANJI

# Ordinary words of the pages and their readings (for words with kana, the reading of their kanji only:
# 取組み -> とりく). Checked by hand; each also shows a correction the hook makes to the analyser.
ORDINARY = {
    "index.html": {
        "意見": "いけん",
        "募集は": "ぼしゅう",  # (募集中, in the banner's words, is read as one word: ぼしゅうちゅう)
        "期間": "きかん",
        "素案": "そあん",
        "基本方針": "きほんほうしん",
        "地方創生": "ちほうそうせい",
        "創造的復興": "そうぞうてきふっこう",
        "取組み": "とりく",
        "県民": "けんみん",
        "定例会": "ていれいかい",
        "25日": "にち",
        "23日": "にち",
    },
    "strategy.html": {
        "感染症": "かんせんしょう",
        "若者": "わかもの",
        "居場所": "いばしょ",
        "観光": "かんこう",
        "子供": "こども",
        "豪雨": "ごうう",
        "1日": "にち",
    },
    "accessibility.html": {
        "日本語": "にほんご",
        "高齢の方": "こうれいかた",
        "行っ": "おこな",
        "試験": "しけん",
        "日本時間": "にほんじかん",
        "最終日": "さいしゅうび",
    },
    "places.html": {"閲覧": "えつらん", "本館": "ほんかん", "分館": "ぶんかん", "情報": "じょうほう"},
}


def readings_json(site: Path, page: str) -> dict:
    return json.loads((site / furigana.OUTPUT_DIR / (page[: -len(".html")] + ".json")).read_text(encoding="utf-8"))


def utf16_to_index(text: str, units: int) -> int:
    count = 0
    for index, char in enumerate(text):
        if count >= units:
            return index
        count += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def readings_in(text: str, spans: list, start: int, length: int) -> str | None:
    """The readings over text[start:start+length] joined, if every kanji there has one; else None."""
    covered, out = set(), []
    for s16, n16, reading in spans:
        s = utf16_to_index(text, s16)
        e = utf16_to_index(text, s16 + n16)
        if s >= start and e <= start + length:
            covered.update(range(s, e))
            out.append(reading)
        elif s < start + length and e > start:  # a reading that runs across the word's edge
            return None
    kanji = {i for i in range(start, start + length) if KANJI.match(text[i])}
    return "".join(out) if kanji <= covered else None


def word_readings(site: Path, pages: list[str], word: str) -> list[str]:
    """Every reading the built pages give to ``word``, one per occurrence."""
    found = []
    for page in pages:
        path = site / furigana.OUTPUT_DIR / (page[: -len(".html")] + ".json")
        if not path.exists():
            continue
        for text, spans in readings_json(site, page).items():
            for match in re.finditer(re.escape(word), text):
                found.append(readings_in(text, spans, match.start(), len(word)))
    return found


def japanese_pages(site) -> list[str]:
    return [p for p in site.pages() if "/" not in p]


def test_every_entry_of_the_readings_file_is_read_so_where_it_occurs(site):
    entries = yaml.safe_load((ROOT / "data" / "readings.yml").read_text(encoding="utf-8"))["readings"]
    pages = japanese_pages(site)
    missing, wrong = [], {}
    for entry in entries:
        got = word_readings(site.site, pages, entry["word"])
        if not got:
            missing.append(entry["word"])
        elif entry["reading"] not in got:
            wrong[entry["word"]] = sorted({g or "-" for g in got})
    assert missing == [], f"entries that occur on no Japanese page: {missing}"
    assert wrong == {}


def test_ordinary_words_are_read_right(site):
    wrong = {}
    for page, words in ORDINARY.items():
        for word, reading in words.items():
            got = word_readings(site.site, [page], word)
            assert got, f"{word} is not on {page}"
            if any(g != reading for g in got):
                wrong[f"{page}: {word}"] = sorted({g or "-" for g in got})
    assert wrong == {}


def test_pages_are_unchanged_and_name_their_readings(site):
    for page in japanese_pages(site):
        html = (site.site / page).read_text(encoding="utf-8")
        if page == "easy.html":
            continue
        assert "<ruby>" not in html and "<rt" not in html, page
        if page == "404.html":
            continue
        meta = re.search(r'<meta name="furigana" content="([^"]+)">', html)
        assert meta and (site.site / meta.group(1)).is_file(), page
    for page in site.pages():
        if page.startswith("en/") or page.startswith("staff/"):
            assert 'name="furigana"' not in (site.site / page).read_text(encoding="utf-8"), page


def test_the_search_index_has_no_readings(site):
    """Pagefind's index is made from the pages' HTML, which holds no reading (the easy page is not indexed)."""
    import gzip

    words = "".join(
        gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
        for p in (site.site / "pagefind").rglob("*.pf_fragment")
    )
    assert "益城町" in words or "益城" in words
    for reading in ("ましきまち", "くまがわ", "みなまたびょう", "きほんほうしん"):
        assert reading not in words, reading


# ---------------------------------------------------------------- the data file's checks


@pytest.mark.parametrize(
    "text, line, ja, en",
    [
        ("readings:\n  - word: 益城町\n    reading: マシキマチ\n", 3, "ひらがなだけ", "hiragana only"),
        (
            "readings:\n  - word: 益城町\n    reading: ましきまち\n  - word: 益城町\n    reading: ましきまち\n",
            4,
            "2回書かれています",
            "listed twice",
        ),
        ("readings:\n  - word: パレア\n    reading: ぱれあ\n", 2, "漢字がありません", "has no kanji"),
        ("readings:\n  - word: 益城町\n", 2, "reading", "reading"),
    ],
)
def test_mistakes_in_the_readings_file_name_the_line(tmp_path, monkeypatch, text, line, ja, en):
    monkeypatch.setattr(sitedata, "ROOT", tmp_path)
    path = tmp_path / "data" / "readings.yml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    with pytest.raises(sitedata.DataError) as err:
        furigana.load_readings(path)
    message = str(err.value)
    assert f"data/readings.yml の {line} 行目" in message and f"data/readings.yml, line {line}" in message
    assert ja in message and en in message


def test_a_mistake_in_the_readings_file_stops_the_build(project):
    path = project / "data" / "readings.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("reading: ましきまち", "reading: ましき まち"), encoding="utf-8"
    )
    result = build(project, project / "site")
    assert result.returncode != 0
    assert "data/readings.yml の" in result.output and "ひらがなだけ" in result.output
    assert not any((project / "site").rglob("*.html"))


# ---------------------------------------------------------------- the やさしい日本語 page


def test_the_easy_page_has_furigana_over_every_kanji(site):
    soup = site.html("easy.html")
    body = soup.body
    for tag in body.find_all(["script", "style", "svg", "rt"]) + body.select(".print-frame"):
        tag.decompose()  # (.print-frame: the printed page's head and foot keep their exact words)
    bare = [s for s in body.find_all(string=KANJI) if not s.find_parent("ruby")]
    assert bare == []
    rubies = soup.select("article ruby")
    assert len(rubies) > 50
    for ruby in site.html("easy.html").select("ruby"):
        assert ruby.rt is not None and ruby.rt.get("aria-hidden") == "true" and ruby.rt.has_attr("data-pagefind-ignore")


def test_readings_inside_headings_and_links_keep_them_working(site):
    """Readings go inside headings and links: the heading's id and ¶ anchor come from the plain text."""
    soup = site.html("easy.html")
    headings = [h for h in soup.select("article h2") if h.find("ruby")]
    assert headings
    for heading in headings:
        for rt in heading.find_all("rt"):
            rt.decompose()
        plain = heading.get_text().replace("\u00b6", "").strip()
        assert heading["id"] == plain.lower().replace(" ", "-")
        assert heading.select_one("a.headerlink")["href"] == "#" + heading["id"]
    links = [a for a in soup.select('article a[href$=".html"]') if a.find("ruby")]
    assert links and all((site.site / a["href"]).is_file() for a in links)


def test_the_easy_page_takes_its_facts_from_the_data(site):
    data = sitedata.load()
    text = re.sub(r"<rt[^>]*>.*?</rt>|<[^>]+>", "", (site.site / "easy.html").read_text(encoding="utf-8"))
    period = data.consultation.period
    assert f"{sitedata.easy_date(period.start)}から {sitedata.easy_date(period.end)}までです" in text
    assert "2021年1月23日（土曜日）" == sitedata.easy_date(period.end)
    assert data.consultation.contact.email in text and data.consultation.contact.phone in text
    for place in data.places.places:
        assert place.name.ja in text, place.id
    for draft in data.consultation.drafts:
        assert draft.title.ja in text, draft.id


def test_the_easy_page_is_linked_from_the_home_page_and_every_language_menu(site):
    assert site.html("index.html").select_one('article a[href="easy.html"]') is not None
    for page in ("index.html", "strategy.html", "en/index.html", "en/strategy.html", "easy.html", "en/easy.html"):
        links = site.html(page).select(".md-select__list a[lang=ja][hreflang=ja]")
        hrefs = {a["href"] for a in links}
        expected = "../easy.html" if page.startswith("en/") else "easy.html"
        assert expected in hrefs, page
        assert any(a.get_text(strip=True) == "やさしい にほんご" for a in links), page


# ---------------------------------------------------------------- in Chromium


def _own_host_only(served_site, requests):
    own = urlsplit(served_site.url).netloc
    return [u for u in requests if u.startswith("http") and urlsplit(u).netloc != own]


@pytest.mark.browser
def test_the_button_shows_and_hides_readings_and_is_remembered(served_site, page):
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(served_site.url + "strategy.html")
    button = page.locator("button.furigana__button")
    assert button.inner_text() == "ふりがなをつける"
    assert page.locator("article ruby").count() == 0  # off by default
    plain = page.locator("article").inner_text()

    button.click()
    page.wait_for_selector("article ruby")
    assert button.inner_text() == "ふりがなを消す"
    pairs = page.eval_on_selector_all(
        "article ruby", "rs => rs.map(r => [r.firstChild.data, r.querySelector('rt').textContent])"
    )
    assert ["益城町", "ましきまち"] in pairs and ["南阿蘇村", "みなみあそむら"] in pairs
    assert all(
        r == "true" for r in page.eval_on_selector_all("article rt", "rs => rs.map(r => r.getAttribute('aria-hidden'))")
    )
    # Screen readers: each word once, without its reading.
    snapshot = page.locator("article").aria_snapshot()
    assert "益城町" in snapshot and "ましきまち" not in snapshot
    # Print: the readings the button added are hidden, and so is the button.
    page.emulate_media(media="print")
    assert page.eval_on_selector("article rt", "r => getComputedStyle(r).display") == "none"
    assert page.eval_on_selector(".furigana", "b => getComputedStyle(b).display") == "none"
    page.emulate_media(media="screen")

    page.goto(served_site.url + "places.html")  # remembered on the next page
    page.wait_for_selector("article ruby")
    assert page.locator("button.furigana__button").inner_text() == "ふりがなを消す"
    page.locator("button.furigana__button").click()
    assert page.locator("article ruby").count() == 0
    assert page.locator("button.furigana__button").inner_text() == "ふりがなをつける"

    page.goto(served_site.url + "strategy.html")  # off is remembered too
    page.wait_for_load_state("networkidle")
    assert page.locator("article ruby").count() == 0
    assert page.locator("article").inner_text() == plain  # the text is back as it was

    page.goto(served_site.url + "en/strategy.html")  # English pages have no button
    assert page.locator("button.furigana__button").count() == 0
    page.goto(served_site.url + "easy.html")  # the easy page has ふりがな always, and no button
    page.wait_for_load_state("networkidle")
    assert page.locator("button.furigana__button").count() == 0
    assert page.locator("article ruby").count() > 50
    assert page.eval_on_selector("article rt", "r => getComputedStyle(r).display") != "none"
    assert _own_host_only(served_site, requests) == []
    assert errors == []
