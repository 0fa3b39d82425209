"""What the theme's search is told while the pages are made: Material's lunr index takes no pages, and a
page's ``search: {boost: …}`` is checked.

Reads each page's front matter (``search:``). ``no_lunr_index`` (from
``on_config``) gives Material's search plugin an index that takes no pages: Pagefind indexes the built site
(sitebuild/finish/search_index.py), and the lunr index read and split every page again, a tenth of a build.
``check_boost`` (``on_page_context``) on a boost that is not a number above 0 and up to 10 (search.E006).
Emits nothing else.
"""

from __future__ import annotations

from sitedata.findings import FindingsError, finding


class _NoLunrIndex:
    """What Material's search plugin keeps its lunr index in, taking no pages (Pagefind indexes them)."""

    def __init__(self):
        self.entries: list = []

    def add_entry_from_context(self, page) -> None:
        pass

    def generate_search_index(self, previous) -> str:
        return "{}"


def no_lunr_index(config) -> None:
    for name in ("search", "material/search"):
        if name in config.plugins:
            config.plugins[name].search_index = _NoLunrIndex()


def check_boost(page) -> None:
    search = page.meta.get("search") or {}
    if "boost" in search:
        boost = search["boost"]
        if isinstance(boost, bool) or not isinstance(boost, (int, float)) or not 0 < boost <= 10:
            raise FindingsError([finding("search.E006", "docs/" + page.file.src_uri, None, value=boost)])
