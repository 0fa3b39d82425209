"""The search box, in a real browser: each language finds its own pages, Japanese words inside longer
phrases are found, every page shown holds the query (or a synonym's words from
data/search_synonyms.yml), results show the page's own words (not the index's normalised form), odd
input never breaks the box, and the keyboard works it.

The queries and the pages they must find are in tests/search_queries.yml (also measured by
scripts/search_recall.py).
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from urllib.parse import urlsplit

import pytest
import yaml

import conftest
import search_box

QUERIES = search_box.load_queries()
LANG_ROOT = {"ja": "", "en": "en/"}


SYNONYMS = yaml.safe_load((conftest.ROOT / "data" / "search_synonyms.yml").read_text(encoding="utf-8"))["synonyms"]


def cases(lang: str, part: str | None = None):
    items = QUERIES[part][lang] if part else QUERIES[lang]
    return [pytest.param(lang, item["q"], item["page"], id=f"{lang}:{item['q']}") for item in items]


def key(text: str) -> str:
    """How a query and a page's text are compared: NFKC, lower case, no spaces, dashes as "-"."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).lower())
    return re.sub(r"[\u2010-\u2015\u2212]", "-", text)


def own_text(build, rel: str) -> str:
    """The text of a page's article as a reader sees it (without what the search leaves out)."""
    article = build.html(rel).select_one("article")
    for left_out in article.select("[data-pagefind-ignore], .headerlink"):
        left_out.decompose()
    return article.get_text("")


def words_for(query: str, lang: str) -> list[str]:
    """The query and the words data/search_synonyms.yml gives for it."""
    return [query] + [s["find"][lang] for s in SYNONYMS if key(query) in {key(w) for w in s["words"][lang]}]


def assert_each_page_holds(answer, build, lang, words):
    for page in answer.pages:
        text = key(own_text(build, LANG_ROOT[lang] + page))
        assert any(key(w) in text for w in words), f"{answer.query!r}: {page} holds none of {words}"


@pytest.fixture(scope="module")
def tabs(served_site, browser):
    """One tab per language, on that language's home page, with every page error recorded."""
    context = browser.new_context()
    opened = {}
    for lang, sub in LANG_ROOT.items():
        tab = context.new_page()
        tab.errors = []
        tab.on("pageerror", lambda err, tab=tab: tab.errors.append(str(err)))
        tab.on("console", lambda m, tab=tab: tab.errors.append(m.text) if m.type in ("error", "warning") else None)
        search_box.open_page(tab, served_site.url + sub + "index.html")
        opened[lang] = tab
    yield opened
    context.close()


@pytest.fixture(scope="module")
def menu_pages(served_site):
    """The pages in each language's menu, read from the built home pages."""
    pages = {}
    for lang, sub in LANG_ROOT.items():
        soup = served_site.build.html(sub + "index.html")
        pages[lang] = {a["href"].split("#")[0] for a in soup.select(".md-nav--primary a.md-nav__link[href]")}
        pages[lang] = {"index.html" if h in ("", ".", "./") else h.removeprefix("./") for h in pages[lang]}
    return pages


@pytest.mark.parametrize("lang, query, want", cases("ja") + cases("en"))
def test_query_finds_its_page_in_the_first_five(tabs, served_site, menu_pages, lang, query, want):
    answer = search_box.search(tabs[lang], query, served_site.url + LANG_ROOT[lang])
    assert not answer.foreign, f"{query!r} showed pages of the other language: {answer.foreign}"
    assert want in answer.pages[:5], f"{query!r}: want {want} in the first 5, got {answer.pages} ({answer.meta})"
    assert set(answer.pages) <= menu_pages[lang], f"{query!r} showed pages outside the menu: {answer.pages}"
    assert_each_page_holds(answer, served_site.build, lang, [query])
    assert not tabs[lang].errors


@pytest.mark.parametrize("lang, query, want", cases("ja", "synonyms") + cases("en", "synonyms"))
def test_synonym_finds_its_page_and_only_pages_with_its_words(tabs, served_site, lang, query, want):
    words = words_for(query, lang)
    assert len(words) > 1, f"test set-up: {query!r} is not in data/search_synonyms.yml"
    answer = search_box.search(tabs[lang], query, served_site.url + LANG_ROOT[lang])
    assert want in answer.pages[:5] and not answer.foreign, answer
    assert_each_page_holds(answer, served_site.build, lang, words)
    marked = tabs[lang].locator(search_box.ITEM_LINK).first.locator("mark").first.inner_text()
    assert key(marked) in {key(w) for w in words}, marked


def shown_results(tab) -> list[dict]:
    """Every result link (pages and their sections) as the reader sees it."""
    return tab.eval_on_selector_all(
        search_box.RESULT + " a.md-search-result__link",
        """links => links.map(a => ({
        href: a.href, title: a.querySelector('.site-search__title').textContent,
        excerpt: a.querySelector('p').textContent, mark: (a.querySelector('p mark') || {}).textContent}))""",
    )


# query, a result page, words that page shows in its excerpt exactly so (the index holds "令和 2 年 (2020 年)",
# "096-333-2019(直通)", "第 2 期")
OWN_WORDS = [
    ("ja", "2020年", "comment.html", "令和2年(2020年)12月25日(金)"),
    ("ja", "直通", "comment.html", "096-333-2019（直通）"),
    ("ja", "ＵＩターン", "strategy.html", "UIターン"),
    ("ja", "第2期", "strategy.html", "第2期熊本県"),
    ("en", "co2", "strategy.html", "CO₂"),
]


@pytest.mark.parametrize("lang, query, page, words", OWN_WORDS, ids=[f"{c[0]}:{c[1]}" for c in OWN_WORDS])
def test_results_show_the_pages_own_words(tabs, served_site, lang, query, page, words):
    answer = search_box.search(tabs[lang], query, served_site.url + LANG_ROOT[lang])
    assert page in answer.pages, answer
    build, root = served_site.build, served_site.url + LANG_ROOT[lang]
    results = shown_results(tabs[lang])
    assert any(r["href"].startswith(root + page) and words in r["excerpt"] for r in results), results
    for r in results:
        rel = LANG_ROOT[lang] + urlsplit(r["href"]).path.rsplit("/", 1)[-1]
        if "#" not in r["href"]:  # a page: its own title
            h1 = build.html(rel).select_one("article h1")
            for link in h1.select(".headerlink"):
                link.decompose()
            assert r["title"] == h1.get_text().strip(), r
        # the excerpt is a piece of the page's own text, the query marked in it
        excerpt = r["excerpt"].removeprefix("… ").removesuffix(" …")
        assert re.sub(r"\s+", "", excerpt) in re.sub(r"\s+", "", own_text(build, rel)), r
        assert key(r["mark"]) == key(query), r


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_words_on_no_page_find_nothing(tabs, served_site, lang):
    none_text = search_box.translations(tabs[lang])["search.result.none"]
    assert QUERIES["absent"][lang]
    for query in QUERIES["absent"][lang]:
        answer = search_box.search(tabs[lang], query, served_site.url + LANG_ROOT[lang])
        assert answer.pages == [] and answer.meta == none_text, (query, answer)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_symbols_never_break_the_box(tabs, served_site, lang):
    tab = tabs[lang]
    placeholder = search_box.translations(tab)["search.result.placeholder"]
    assert QUERIES["symbols"]
    for query in QUERIES["symbols"]:
        answer = search_box.search(tab, query, served_site.url + LANG_ROOT[lang])
        assert answer.meta and answer.meta != placeholder, (query, answer)
        assert not tab.errors, (query, tab.errors)
    # and the box still answers afterwards
    word = QUERIES[lang][0]
    assert word["page"] in search_box.search(tab, word["q"], served_site.url + LANG_ROOT[lang]).pages


def test_a_word_in_both_languages_finds_each_languages_own_pages(tabs, served_site):
    for lang, sub in LANG_ROOT.items():
        answer = search_box.search(tabs[lang], "KPI", served_site.url + sub)
        assert answer.pages and not answer.foreign, (lang, answer)


def test_keyboard_opens_searches_and_follows_the_first_result(page, served_site):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.set_viewport_size({"width": 1280, "height": 800})
    search_box.open_page(page, served_site.url + "index.html")
    page.keyboard.press("/")
    assert page.evaluate("s => document.activeElement.matches(s)", search_box.INPUT)
    assert page.evaluate("document.getElementById('__search').checked")
    page.keyboard.type("熊本城")
    page.wait_for_selector(search_box.ITEM_LINK)
    page.keyboard.press("ArrowDown")
    assert page.evaluate("s => document.activeElement.matches(s)", search_box.ITEM_LINK)
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")
    page.keyboard.press("/")
    page.keyboard.press("Enter")
    page.wait_for_url("**/strategy.html")
    own = urlsplit(served_site.url).netloc
    assert all(urlsplit(u).netloc == own for u in requests if u.startswith("http")), requests


def test_tab_reaches_the_box_and_the_results(page, served_site):
    page.set_viewport_size({"width": 1280, "height": 800})
    search_box.open_page(page, served_site.url + "en/index.html")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", search_box.INPUT):
            break
    else:
        pytest.fail("Tab never reached the search box")
    page.keyboard.type("library")
    page.wait_for_selector(search_box.ITEM_LINK)
    page.keyboard.press("Tab")  # from the box to the first result
    first = page.locator(search_box.ITEM_LINK).first.get_attribute("href")
    assert page.evaluate("document.activeElement.getAttribute('href')") == first


@pytest.fixture(scope="module")
def sub_path_site(tmp_path_factory):
    """The site built for, and served under, a sub-path: http://127.0.0.1:PORT/kikaku/draft/."""
    port = conftest.free_port()
    www = tmp_path_factory.mktemp("www")
    url = f"http://127.0.0.1:{port}/kikaku/draft/"
    result = conftest.build(conftest.ROOT, www / "kikaku" / "draft", site_url=url)
    assert result.returncode == 0, result.output
    server = conftest.serve(www, port)
    yield url
    server.shutdown()


def test_result_links_work_under_a_sub_path(page, sub_path_site):
    for lang, query, want in (("ja", "パレア", "places.html"), ("en", "Mashiki", "strategy.html")):
        root = sub_path_site + LANG_ROOT[lang]
        search_box.open_page(page, root + "index.html")
        answer = search_box.search(page, query, root)
        assert answer.pages[:1] == [want] and not answer.foreign, answer
        page.locator(search_box.ITEM_LINK).first.click()
        page.wait_for_url(root + want + "*")
        assert page.title()


def test_one_index_per_language_and_no_lunr_index(site):
    pagefind = site.site / "pagefind"
    assert (pagefind / "pagefind.js").is_file()
    for lang in ("ja", "en"):
        assert list(pagefind.glob(f"pagefind.{lang}_*.pf_meta")), lang
        assert list((pagefind / "fragment").glob(f"{lang}_*.pf_fragment")), lang
    assert not (site.site / "search" / "search_index.json").exists()
    assert not list(pagefind.glob("pagefind-*ui*"))
    for rel in ("index.html", "en/strategy.html"):
        box = site.html(rel).select_one("[data-site-search]")
        assert box is not None and box.select_one("input.md-search__input")
        # the page's bundle address leads to the one pagefind/ folder at the site's root
        assert posixpath.normpath(posixpath.join(posixpath.dirname(rel), box["data-bundle"])) == "pagefind", rel
