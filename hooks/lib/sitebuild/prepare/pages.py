"""What stage 1 makes of each page: the pages the build adds (printable and results pages) and the Markdown of
every page with its generated parts in.

Reads the docs folder, the menu (``nav``) and the build's data (``sitedata.SiteData``). ``added_names`` are the
Japanese source names of the pages made from the data and the other pages (print-*.md, results-*.md; each with
its English twin), ``added_text`` the text of one of them (front matter included), and ``page_markdown`` a
page's Markdown (without its front matter, as MkDocs gives it to ``on_page_markdown``) with every
``<!-- insert: … -->`` marker filled (``sitebuild.inserts``), then a printable page's later parts' headings
moved one level down (prepare/print_pages.py): the same function for the MkDocs build (hooks/prepare.py) and
for the plain docs folder (``python -m sitebuild.prepare``).
"""

from __future__ import annotations

from pathlib import Path

import sitedata
from sitebuild import i18n, inserts, printdocs

from . import print_pages, results_pages


def added_names(nav, data: sitedata.SiteData) -> list[str]:
    """The printable pages of every document, then the results pages (Japanese names)."""
    return [doc.print_page for doc in printdocs.documents(nav, data)] + results_pages.page_names(data)


def added_text(name: str, docs_dir: Path, nav, data: sitedata.SiteData) -> str | None:
    """The text of an added page by its source name in either language; None for a page of docs/."""
    docs = {doc.print_page: doc for doc in printdocs.documents(nav, data)}
    doc = docs.get(i18n.japanese_name(name))
    if doc is not None:
        return print_pages.page_markdown(doc, i18n.source_lang(name), docs_dir, data)
    return results_pages.page_text(data, name)


def page_markdown(markdown: str, name: str, lang: str, source: str, data: sitedata.SiteData, docs_dir: Path) -> str:
    """A page's Markdown with its parts filled in; a printable page's later parts a heading level down.
    ``name``: its source name (comment.en.md), ``source``: its text as its file holds it."""
    filled = inserts.fill(markdown, inserts.Where(data, lang, name, source, docs_dir))
    return print_pages.shift_headings(filled) if print_pages.is_print_page(name) else filled
