"""The site search: one Pagefind index per language, Japanese split into words, and its synonyms.

Reads data/search_synonyms.yml (checked at the start of the build; each ``find`` must be on a page of
its language, checked once the pages are built). Indexes the built pages that are in the site's menu
(both languages; staff pages, the print pages and 404 are left out, and so is a page whose front matter says
``search: {exclude: true}``; ``search: {boost: 0.5}`` ranks a page after the others that hold the words
as well as it does, ``boost: 2`` before them, as in Material's own search). Emits ``pagefind/`` at the site
root: Pagefind's extended build (npm's ``pagefind`` 1.6.0, package.json; run as a program) writes one index per
page language (``<html lang>``), so a Japanese page searches Japanese pages only and an English page
English pages only, and it splits Japanese text into words at indexing time (復興 inside 創造的復興 is a
word of its own).

Text is indexed in Unicode NFKC form, the same form docs/assets/search.js gives the reader's query,
so full-width and half-width letters and digits, and CO₂ and CO2, find each other. A space is put
between digits and the Japanese next to them (令和 2 年 (2020 年) 12 月 25 日): without it Pagefind
indexes such digits one by one, and 2020年 or 12月25日 would find nothing. That form serves for
matching only: each page also carries, as Pagefind metadata kept out of the index, its own title
(``title``), its text (``text``) and its headings (``headings``, JSON ``[[id, text], …]``), from which
docs/assets/search.js shows the title and cuts the excerpts, in the page's own words.

Emits ``pagefind/synonyms.json``: for each language, a reader's word (in ``sitedata.search_key``
form) and the ``find`` words the search also looks for.

Material's own search box stays (overrides/partials/search.html) and docs/assets/search.js drives
it; Material's lunr index (search/search_index.json, both languages in one file) is neither made nor
kept, as nothing reads it: its search plugin is given an index that takes no pages (sitebuild/render/search_meta.py;
it read and split every page again, a tenth of a build), and the file it still writes is removed
(``drop_lunr_index``). Which pages are indexed, and their boost, is read from the built site and the docs'
front matter (``indexed_pages``).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from mkdocs.utils import meta

import sitedata
from sitebuild import i18n
from sitebuild.pagefind import index, pagefind_binary
from sitebuild.search import own_words, write_synonyms

# A page of the menu, as Material marks the menu's link to the page being shown (partials/nav-item.html):
# a page outside the menu (staff pages, the print pages, 404) has none. tests/test_search_index.py fails if
# Material stops writing it.
IN_MENU = 'class="md-nav__link md-nav__link--active"'

_preview_index: list[Path] = []  # under `mkdocs serve`: the first build's index, reused by the rebuilds


class _Built(Mapping):
    """The built pages by address, each read from the site folder when it is asked for."""

    def __init__(self, site: Path, urls: list[str]):
        self.site, self.urls = site, urls

    def __getitem__(self, url: str) -> str:
        return (self.site / url).read_text(encoding="utf-8")

    def __iter__(self):
        return iter(self.urls)

    def __len__(self) -> int:
        return len(self.urls)


def search_meta(project: Path, url: str) -> dict:
    """A built page's ``search:`` from the front matter of its source (docs/x.md, docs/x.en.md); {} for a page
    made at build time (it has no source in docs/)."""
    source = project / i18n.source_of(url)
    if not source.is_file():
        return {}
    return meta.get_data(source.read_text(encoding="utf-8-sig"))[1].get("search") or {}


def indexed_pages(site: Path, project: Path) -> tuple[list[str], dict[str, str]]:
    """The addresses of the built pages in the menu, both languages, less those whose front matter says
    ``search: {exclude: true}``; and each one's ``search: {boost: …}`` (checked while the pages were made)."""
    urls, boosts = [], {}
    for path in sorted(site.rglob("*.html")):
        url = path.relative_to(site).as_posix()
        if IN_MENU not in path.read_text(encoding="utf-8"):
            continue
        search = search_meta(project, url)
        if search.get("exclude"):
            continue
        urls.append(url)
        if "boost" in search:
            boosts[url] = str(search["boost"])
    return sorted(urls), boosts


def index_site(config) -> None:
    """Pagefind's index and the synonyms over the built site (from ``on_post_build`` once every language is built)."""
    pagefind_binary()  # the program is there, before any page is read (else a plain message)
    site = Path(config.site_dir)
    urls, boosts = indexed_pages(site, Path(config.config_file_path).resolve().parent)
    pages = _Built(site, urls)  # read from the site folder when asked for: 2,000 pages held at once took a gigabyte
    words = {url: own_words(html) for url, html in pages.items()}
    for url in words:
        if url in boosts:
            words[url]["boost"] = boosts[url]  # Pagefind metadata, read by docs/assets/search-results.js
    write_synonyms(site, words, sitedata.load(config))
    if i18n.serving() and _preview_index:
        # A preview rebuild: reuse the index of the preview's first build (search may lag behind
        # an edit until `mkdocs serve` is restarted; the published build always indexes afresh).
        shutil.copytree(_preview_index[0], site / "pagefind", dirs_exist_ok=True)
        return
    index(site, pages, words)  # the index is complete once this returns (sitebuild/pagefind.py)
    if i18n.serving():
        keep = Path(tempfile.mkdtemp(prefix="pagefind-preview-"))
        shutil.copytree(site / "pagefind", keep, dirs_exist_ok=True)
        _preview_index.append(keep)


def drop_lunr_index(site: Path) -> None:
    """Material's lunr index is removed: nothing reads it. (Called after each language's build; the last
    time is after the plugin's last step, which writes it again.)"""
    (site / "search" / "search_index.json").unlink(missing_ok=True)
    if (site / "search").is_dir() and not any((site / "search").iterdir()):
        (site / "search").rmdir()
