"""The search box, in a real browser: each language finds its own pages, Japanese words inside longer
phrases are found, a query of several words finds the pages that hold every word (not side by side),
questions and sentences find their page without their function words, everyday spellings find the
page's (variants, data/search_synonyms.yml), every page shown holds the words, results show the page's
own words (not the index's normalised form) with every word marked, an empty result says what to try,
odd input never breaks the box, and the keyboard works it.

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


def one_word_on_its_page(build, lang: str, item: dict) -> bool:
    """A query of one word written as its right pages write it: every page shown must hold it as typed."""
    return " " not in item["q"].strip() and all(
        key(item["q"]) in key(own_text(build, LANG_ROOT[lang] + p)) for p in search_box.wanted(item)
    )


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_query_set_recall_and_no_false_hits(tabs, served_site, menu_pages, lang):
    """The whole query set (tests/search_queries.yml) typed into the box: a right page among the first 3
    for at least 95% of the queries, no page the set says must not be found, nothing for `absent`."""
    root, build = served_site.url + LANG_ROOT[lang], served_site.build
    missed, false_hits = [], []
    for item in QUERIES[lang]:
        answer = search_box.search(tabs[lang], item["q"], root)
        rank = search_box.best_rank(answer, item)
        if not (rank and rank <= 3):
            missed.append((item["q"], answer.pages))
        false_hits += [(item["q"], page) for page in search_box.false_hits(answer, item)]
        assert not answer.foreign, f"{item['q']!r} showed pages of the other language: {answer.foreign}"
        assert set(answer.pages) <= menu_pages[lang], f"{item['q']!r} showed pages outside the menu: {answer.pages}"
        if one_word_on_its_page(build, lang, item):
            assert_each_page_holds(answer, build, lang, [item["q"]])
    for query in QUERIES["absent"][lang]:
        false_hits += [(query, page) for page in search_box.search(tabs[lang], query, root).pages]
    assert len(missed) <= 0.05 * len(QUERIES[lang]), f"not among the first 3: {missed}"
    assert not false_hits, false_hits
    assert not tabs[lang].errors


# What residents typed that found nothing before (issue 28): several words that are not side by side on
# the page, questions, sentences, everyday spellings. Each must find its page among the first 3.
TYPED = [
    ("ja", "子供 居場所", "strategy.html"),
    ("ja", "コロナ 検査", "strategy.html"),
    ("ja", "意見募集 いつまで", "comment.html"),
    ("ja", "図書館で読める", "places.html"),
    ("ja", "子ども", "strategy.html"),
    ("ja", "パブコメ", "comment.html"),
    ("ja", "パブリックコメント", "comment.html"),
    ("ja", "ファックス", "comment.html"),
    ("ja", "ファクス", "comment.html"),
    ("ja", "人口ヴィジョン", "population-vision.html"),
    ("ja", "メディカル・ネットワーク", "strategy.html"),
    ("ja", "ぱれあ", "places.html"),
    ("en", "where can I read the draft", "places.html"),
    ("en", "deadline for comments", "comment.html"),
    ("en", "kids", "strategy.html"),
    ("en", "corona", "basic-policy.html"),
]


@pytest.mark.parametrize("lang, query, want", TYPED, ids=[f"{c[0]}:{c[1]}" for c in TYPED])
def test_what_residents_type_finds_its_page(tabs, served_site, lang, query, want):
    answer = search_box.search(tabs[lang], query, served_site.url + LANG_ROOT[lang])
    assert want in answer.pages[:3] and not answer.foreign, answer
    # every word found is marked in the excerpt of the first result
    marks = tabs[lang].locator(search_box.ITEM_LINK).first.locator("p mark").all_inner_texts()
    assert marks, answer


# query, its words that must each be marked in the first result's excerpt (the page's own words)
MARKED = [
    ("ja", "子供 居場所", {"子供", "居場所"}),
    ("ja", "コロナ 検査", {"コロナ", "検査"}),
    ("en", "where can I read the draft", {"read", "drafts"}),
    ("en", "Kumamoto Castle earthquake museum", {"Kumamoto", "Castle", "earthquake", "museum"}),
]


@pytest.mark.parametrize("lang, query, words", MARKED, ids=[f"{c[0]}:{c[1]}" for c in MARKED])
def test_the_excerpt_marks_every_word(tabs, served_site, lang, query, words):
    search_box.search(tabs[lang], query, served_site.url + LANG_ROOT[lang])
    marks = tabs[lang].locator(search_box.ITEM_LINK).first.locator("p mark").all_inner_texts()
    assert words <= set(marks), marks


# a page whose title or headings hold the words comes first
FIRST = [
    ("ja", "素案はどこで見られる", "places.html"),  # 素案の閲覧場所 (見られる → 閲覧)
    ("ja", "意見 送り方", "comment.html"),  # 意見の送り方
    ("en", "what happens next", "index.html"),  # its heading "What happens next"
    ("en", "how do I send my opinion", "comment.html"),  # "Where to send your opinion, and whom to ask"
]


@pytest.mark.parametrize("lang, query, want", FIRST, ids=[f"{c[0]}:{c[1]}" for c in FIRST])
def test_a_page_with_the_words_in_its_headings_comes_first(tabs, served_site, lang, query, want):
    answer = search_box.search(tabs[lang], query, served_site.url + LANG_ROOT[lang])
    assert answer.pages[:1] == [want], answer


def test_words_not_on_one_page_find_nothing_and_the_box_says_what_to_try(tabs, served_site):
    """Every word must be on the page: 子ども 温泉 finds nothing (温泉 is on no page), and the hint offers
    子ども alone, which finds the strategy; in English the same."""
    for lang, query, offered, hint in (
        ("ja", "子ども 温泉", "子ども", "言葉を減らす"),
        ("en", "children volcano", "children", "fewer words"),
    ):
        tab = tabs[lang]
        answer = search_box.search(tab, query, served_site.url + LANG_ROOT[lang])
        assert answer.pages == [], answer
        shown = tab.locator(".site-search__hint")
        shown.locator("button", has_text=offered).wait_for()
        assert hint in shown.inner_text()
        shown.locator("button", has_text=offered).click()
        tab.wait_for_selector(search_box.ITEM_LINK)
        assert tab.locator(search_box.INPUT).input_value() == offered
        assert shown.is_hidden()


@pytest.mark.parametrize("lang, query, want", cases("ja", "synonyms") + cases("en", "synonyms"))
def test_synonym_finds_its_page_and_only_pages_with_its_words(tabs, served_site, lang, query, want):
    words = words_for(query, lang)
    assert len(words) > 1, f"test set-up: {query!r} is not in data/search_synonyms.yml"
    answer = search_box.search(tabs[lang], query, served_site.url + LANG_ROOT[lang])
    assert want in answer.pages[:3] and not answer.foreign, answer
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
        for part in r["excerpt"].removeprefix("… ").removesuffix(" …").split(" … "):
            assert re.sub(r"\s+", "", part) in re.sub(r"\s+", "", own_text(build, rel)), r
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
    assert search_box.best_rank(search_box.search(tab, word["q"], served_site.url + LANG_ROOT[lang]), word)


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


def test_a_page_with_a_lower_boost_comes_after_the_others(page, served_site):
    """検査 (testing) is on the accessibility page (the site's own tests) and in the strategy (検査体制): with
    the accessibility page's boost below 1 (its front matter), the strategy comes first (issue 28)."""
    search_box.open_page(page, served_site.url + "index.html")
    answer = search_box.search(page, "検査", served_site.url)
    assert answer.pages == ["strategy.html", "accessibility.html"], answer


def test_a_boost_that_is_not_a_number_stops_the_build(project, tmp_path):
    conftest.edit(project, "docs/accessibility.md", "  boost: 0.25", "  boost: 低め")
    conftest.mark_translated(project, "docs/accessibility.en.md")
    result = conftest.build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "[search.E006]" in result.output and "docs/accessibility.md" in result.output, result.output


@pytest.mark.parametrize(
    "lang, query, width",
    [("ja", "子供 居場所", 1280), ("ja", "子ども 温泉", 360), ("en", "where can I read the draft", 360)],
    ids=["ja-results-desktop", "ja-hint-phone", "en-results-phone"],
)
def test_axe_finds_nothing_in_the_results_and_the_hint(browser, served_site, lang, query, width):
    """The results (several words marked) and the hint of an empty result, in every colour scheme."""
    from test_a11y import axe_violations

    context = browser.new_context(viewport={"width": width, "height": 800})
    tab = context.new_page()
    root = served_site.url + LANG_ROOT[lang]
    search_box.open_page(tab, root + "index.html")
    if width < 600:  # on a phone the box opens from the header's button
        tab.locator('.md-header [for="__search"], .md-header [data-toggle="__search"]').first.click()
    answer = search_box.search(tab, query, root)
    if not answer.pages:
        tab.locator(".site-search__hint button").first.wait_for()
    assert axe_violations(tab) == []
    context.close()
