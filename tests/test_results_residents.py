"""The results as residents meet them, in the fictional sample (`make example`): in the menu of both languages
once published (and never in the real site while nothing is published), and found by the site's search — the
opinions and the prefecture's views, in Japanese and English — on their results page (Chromium, the real box).
"""

from __future__ import annotations

import pytest

import search_box
from conftest import ROOT, build, free_port, serve
from sitebuild import results

LANG_ROOT = {"ja": "", "en": "en/"}


def menu(build_, lang: str) -> list[str]:
    soup = build_.html(LANG_ROOT[lang] + "index.html")
    return [a["href"] for a in soup.select(".md-nav--primary a.md-nav__link[href]")]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_results_are_in_the_menu_once_published(example, site, lang):
    assert results.page_html("basic-policy") in menu(example, lang)
    assert not [h for h in menu(site, lang) if h.startswith(results.PREFIX)]
    page = example.html(LANG_ROOT[lang] + results.page_html("strategy"))
    titles = [a.get_text(strip=True) for a in page.select(".md-nav--primary a.md-nav__link[href^=results-]")]
    assert len(titles) >= 1


@pytest.fixture(scope="module")
def served_example(tmp_path_factory):
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    result = build(ROOT, tmp_path_factory.mktemp("example") / "site", site_url=url, config="mkdocs.example.yml")
    assert result.returncode == 0, result.output
    server = serve(result.site, port)
    yield url
    server.shutdown()


@pytest.mark.parametrize(
    ("lang", "query", "page", "row"),
    [
        ("ja", "段ボールベッド", "results-basic-policy.html", 4),  # an opinion (番号 4)
        ("ja", "駐車場", "results-other.html", 32),  # an opinion not about the drafts (番号 32)
        ("ja", "ユニバーサルツーリズム", "results-strategy.html", 20),  # the prefecture's view (番号 20)
        ("ja", "避難所 段ボールベッド", "results-basic-policy.html", 4),  # two words of one row
        ("en", "cardboard beds", "results-basic-policy.html", 4),
        ("en", "parking", "results-other.html", 32),
    ],
)
def test_search_finds_the_opinions_and_views_on_their_results_page(served_example, browser, lang, query, page, row):
    """The hit is the results page, with a link to the row itself (番号 N) that holds the words."""
    context = browser.new_context()
    tab = context.new_page()
    try:
        search_box.open_page(tab, served_example + LANG_ROOT[lang] + "index.html")
        answer = search_box.search(tab, query, served_example + LANG_ROOT[lang])
        assert page in answer.pages, (query, answer.pages)
        assert any(link.endswith(f"{page}#row-{row}") for link in answer.links), (query, answer.links)
    finally:
        context.close()
