"""Deployed under a sub-path (e.g. https://example.jp/kikaku/draft/), every internal link still works."""

from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from conftest import PUBLISHED_URL

BASE = PUBLISHED_URL  # a sub-path


@pytest.fixture(scope="module")
def subsite(published):
    return published


def target_file(site_dir: Path, url: str) -> Path | None:
    """The built file a URL on the deployed host refers to, or None when it leaves the site."""
    parts = urlsplit(url)
    if parts.netloc != "example.jp" or not parts.path.startswith(urlsplit(BASE).path):
        return None
    rel = unquote(parts.path[len(urlsplit(BASE).path) :])
    return site_dir / (rel or "index.html")


def test_every_internal_link_and_anchor_resolves_under_the_sub_path(subsite):
    checked = 0
    for rel in subsite.pages():
        page = subsite.html(rel)
        page_url = BASE + rel
        ids_cache = {}
        for element, attr in (
            [(a, "href") for a in page.find_all("a", href=True)]
            + [(s, "src") for s in page.find_all(["script", "img"], src=True)]
            + [(link, "href") for link in page.find_all("link", href=True)]
        ):
            raw = element[attr]
            if raw.startswith(("mailto:", "tel:")):
                continue
            url = urljoin(page_url, raw)
            if urlsplit(url).netloc != "example.jp":
                continue  # a link to another site, e.g. the prefecture's homepage
            path = target_file(subsite.site, url)
            assert path is not None, (rel, raw, url)
            assert path.exists(), (rel, raw, url)
            fragment = urlsplit(url).fragment
            if fragment and path.suffix == ".html":
                key = path.relative_to(subsite.site).as_posix()
                if key not in ids_cache:
                    ids_cache[key] = {e["id"] for e in subsite.html(key).find_all(id=True)}
                assert unquote(fragment) in ids_cache[key], (rel, raw)
            checked += 1
    assert checked > 100


def test_alternates_and_switcher_use_the_sub_path(subsite):
    for rel in subsite.pages():
        page = subsite.html(rel)
        alternates = page.select('link[rel="alternate"][hreflang]')
        assert sorted(link["hreflang"] for link in alternates) == ["en", "ja", "x-default"], rel
        for link in alternates:
            assert link["href"].startswith(BASE)
            assert target_file(subsite.site, link["href"]).exists()
        # the two languages, and the やさしい にほんご page (a Japanese page, linked from every page's menu)
        switcher = page.select("a.md-select__link")
        easy = [a for a in switcher if "md-select__link--easy" in a["class"]]
        assert sorted(a["hreflang"] for a in switcher if a not in easy) == ["en", "ja"], rel
        assert [a["href"].rsplit("/", 1)[-1] for a in easy] == ["easy.html"], rel
        for a in switcher:
            assert target_file(subsite.site, urljoin(BASE + rel, a["href"])).exists()
