"""One printable page per document and language, holding the whole document in reading order.

Reads the documents from hooks/lib/sitebuild/printdocs.py (the drafts of data/consultation.yml, the notice
made of the other pages in ``nav``, and once published the results of data/outcome.yml) and the Markdown of
their pages in the docs folder. Emits, for each document, the text of ``print-<id>.md`` and of its English
twin ``print-<id>.en.md`` (``print-<id>.html`` and ``en/print-<id>.html``; ``page_markdown``), kept out of
``nav`` (``not_in_nav`` in mkdocs.yml) and out of the search index. The language switcher pairs them like any
page.

Each page part is marked by an empty ``<div class="print-part" id="part-<name>">``. The first
part keeps its headings (its title is the document's title); later parts (and every part of the
results, whose page opens with the document's own title) move one heading level
down (``#`` becomes ``##``: ``shift_headings``), once their ``<!-- insert: ... -->`` markers are filled,
and their marker carries ``data-shift="1"`` so that scripts/build_pdf.py can make them chapters again.

A printable page holds its parts' text, so MkDocs' warnings about its links repeat the parts' own: they
are left out (``quiet_repeated_warnings``: staff cannot find a print-*.md; the checks of the sources run on
the parts' files).
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from mkdocs.utils import meta

import sitedata
from sitebuild import i18n, printdocs, results, results_page
from sitedata import md_escape

PART = re.compile(r'^<div class="print-part" id="part-([^"]+)" data-shift="(\d)"></div>$', re.M)
FENCE = re.compile(r"^(```|~~~)")
HEADING = re.compile(r"^(#{1,5})(?=\s)")


def read_page(path: Path) -> str:
    """A page's text as MkDocs reads it (UTF-8, a byte-order mark dropped, universal newlines)."""
    with open(path, encoding="utf-8-sig", errors="strict") as file:
        return file.read()


def _source(docs_dir: Path, part: str, lang: str) -> str:
    """A part's Markdown without its front matter; the Japanese text while a translation is missing
    (only a preview builds then: hooks/lib/sitebuild/translations.py's findings stop the strict build)."""
    names = list(dict.fromkeys([i18n.source_name(part, lang), part]))
    path = next((p for p in (docs_dir / name for name in names) if p.is_file()), None)
    if path is None:
        raise LookupError(f"print_pages: docs/{part} is missing")
    return meta.get_data(read_page(path))[0].strip()


def _results_source(data: sitedata.SiteData, part: str, lang: str) -> str:
    """A results page as a section of the whole results: made from the data, as results_pages.py makes
    the page, with the anchors of its own."""
    key = part.removeprefix(results.PREFIX).removesuffix(".md")
    return meta.get_data(results_page.page_markdown(data, data.outcome, key, lang, whole=True))[0].strip()


def page_markdown(doc: printdocs.Document, lang: str, docs_dir: Path, data: sitedata.SiteData) -> str:
    """The Markdown of a printable page: front matter, then each part behind its marker (after the
    document's title when the document has a title of its own: the results)."""
    title = data.words.text("print.full_text", lang, title=doc.title[lang])
    out = ["---", f"title: {json.dumps(title, ensure_ascii=False)}", "search:", "  exclude: true", "---", ""]
    if doc.own_title:
        out += [f"# {md_escape(doc.title[lang])}", ""]
    for index, part in enumerate(doc.parts):
        text = _results_source(data, part, lang) if doc.id == printdocs.RESULTS else _source(docs_dir, part, lang)
        shift = 0 if index == 0 and not doc.own_title else 1
        out += [f'<div class="print-part" id="part-{part[:-3]}" data-shift="{shift}"></div>', "", text, ""]
    return "\n".join(out)


def is_print_page(name: str) -> bool:
    """A printable page's source name, in either language (print-notice.md, print-notice.en.md)."""
    return i18n.japanese_name(name).startswith(printdocs.PRINT_PREFIX)


def shift_headings(markdown: str) -> str:
    """Move every heading of the parts after a ``data-shift="1"`` marker one level down."""
    out, shift, fenced = [], 0, False
    for line in markdown.split("\n"):
        marker = PART.match(line)
        if marker:
            shift = int(marker.group(2))
        elif FENCE.match(line.lstrip()):
            fenced = not fenced
        elif shift and not fenced:
            line = HEADING.sub(lambda m, shift=shift: m.group(1) + "#" * shift, line)
        out.append(line)
    return "\n".join(out)


REPEATED = f"Doc file '{printdocs.PRINT_PREFIX}"  # the start of MkDocs' warnings about a printable page's links


class _Repeated(logging.Filter):
    """Drops MkDocs' warnings about a printable page ("Doc file 'print-notice.md' contains a link …")."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(REPEATED)


def quiet_repeated_warnings() -> None:
    """Leave out MkDocs' warnings about the printable pages' links (once per process: a preview's rebuilds ask
    again). The text is MkDocs' own (mkdocs/structure/pages.py; tests/test_print.py fails if it changes)."""
    pages_log = logging.getLogger("mkdocs.structure.pages")
    if not any(type(f).__name__ == _Repeated.__name__ for f in pages_log.filters):
        pages_log.addFilter(_Repeated())
