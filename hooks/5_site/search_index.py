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
kept, as nothing reads it: its search plugin is given an index that takes no pages (it read and split every
page again, a tenth of a build), and the file it still writes is removed.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority

import sitedata
from sitebuild import i18n
from sitebuild.pagefind import index, pagefind_binary
from sitebuild.search import own_words, write_synonyms
from sitedata.findings import FindingsError, finding


class _NoLunrIndex:
    """What Material's search plugin keeps its lunr index in, taking no pages (Pagefind indexes them)."""

    def __init__(self):
        self.entries: list = []

    def add_entry_from_context(self, page) -> None:
        pass

    def generate_search_index(self, previous) -> str:
        return "{}"


def on_config(config, **kwargs):
    for name in ("search", "material/search"):
        if name in config.plugins:
            config.plugins[name].search_index = _NoLunrIndex()
    return config


_preview_index: list[Path] = []  # under `mkdocs serve`: the first build's index, reused
_menu: set[str] = set()  # addresses of the pages in the menu, both languages (filled per language build)
_boost: dict[str, str] = {}  # a page's `search: {boost: …}` from its front matter, by address


def on_pre_build(config, **kwargs):
    if i18n.first_build(config):
        _menu.clear()
        _boost.clear()
        sitedata.load(config).synonyms  # noqa: B018  (a mistake in the synonyms stops the build before the pages are made)


def on_nav(nav, config, files, **kwargs):
    for page in nav.pages:
        _menu.add(page.url)
    return nav


def on_page_context(context, page, config, nav, **kwargs):
    search = page.meta.get("search") or {}
    if search.get("exclude"):
        _menu.discard(page.url)
    if "boost" in search:
        boost = search["boost"]
        if isinstance(boost, bool) or not isinstance(boost, (int, float)) or not 0 < boost <= 10:
            raise FindingsError([finding("search.E006", "docs/" + page.file.src_uri, None, value=boost)])
        _boost[page.url] = str(boost)
    return context


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


@event_priority(i18n.ALL_BUILT)
def _index_site(config, **kwargs):
    if not i18n.all_languages_built(config):
        return
    pagefind_binary()  # the program is there, before any page is read (else a plain message)
    site = Path(config.site_dir)
    urls = sorted(url for url in _menu if (site / url).is_file())
    pages = _Built(site, urls)  # read from the site folder when asked for: 2,000 pages held at once took a gigabyte
    words = {url: own_words(html) for url, html in pages.items()}
    for url in words:
        if url in _boost:
            words[url]["boost"] = _boost[url]  # Pagefind metadata, read by docs/assets/search-results.js
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


@event_priority(i18n.AFTER_PLUGIN)  # mkdocs-static-i18n writes Material's lunr index again as its last step
def _drop_lunr_index(config, **kwargs):
    """Material's lunr index is removed: nothing reads it. (This runs after each language's build; the
    last time is after the plugin's last step.)"""
    site = Path(config.site_dir)
    (site / "search" / "search_index.json").unlink(missing_ok=True)
    if (site / "search").is_dir() and not any((site / "search").iterdir()):
        (site / "search").rmdir()


on_post_build = CombinedEvent(_index_site, _drop_lunr_index)
