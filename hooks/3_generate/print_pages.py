"""One printable page per document and language, holding the whole document in reading order.

Reads the documents from hooks/lib/sitebuild/printdocs.py (the drafts of data/consultation.yml, the notice
made of the other pages in ``nav``, and once published the results of data/outcome.yml) and the Markdown of
their pages. Emits, for each document,
``print-<id>.md`` and its English twin ``print-<id>.en.md`` (``print-<id>.html`` and
``en/print-<id>.html``), kept out of ``nav`` (``not_in_nav`` in mkdocs.yml) and out of the search
index. The language switcher pairs them like any page.

Each page part is marked by an empty ``<div class="print-part" id="part-<name>">``. The first
part keeps its headings (its title is the document's title); later parts (and every part of the
results, whose page opens with the document's own title) move one heading level
down (``#`` becomes ``##``), after the other hooks have filled their ``<!-- insert: ... -->``
markers, and their marker carries ``data-shift="1"`` so that scripts/build_pdf.py can make them
chapters again.

The pages are added before mkdocs-static-i18n sorts the files by language (priority -100) and
given their text after it (it makes new File objects without their content).

A printable page holds its parts' text, so MkDocs' warnings about its links repeat the parts' own: they
are left out (staff cannot find a print-*.md; the checks of the sources run on the parts' files).
"""

from __future__ import annotations

import json
import logging
import re

from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File
from mkdocs.utils import meta

import sitedata
from sitebuild import i18n, inserts, printdocs, results, results_page
from sitedata import md_escape

PART = re.compile(r'^<div class="print-part" id="part-([^"]+)" data-shift="(\d)"></div>$', re.M)
FENCE = re.compile(r"^(```|~~~)")
HEADING = re.compile(r"^(#{1,5})(?=\s)")


def _source(files, part: str, lang: str) -> str:
    """A part's Markdown without its front matter; the Japanese text while a translation is missing
    (only a preview builds then: hooks/2_validate/translations.py stops the strict build)."""
    names = list(dict.fromkeys([i18n.source_name(part, lang), part]))
    file = next((f for f in map(files.get_file_from_path, names) if f is not None), None)
    if file is None:
        raise LookupError(f"print_pages: docs/{part} is missing")
    return meta.get_data(file.content_string)[0].strip()


def _results_source(data: sitedata.SiteData, part: str, lang: str) -> str:
    """A results page as a section of the whole results: made from the data, as results_pages.py makes
    the page (whose text is not given to its file yet when this runs), with the anchors of its own."""
    key = part.removeprefix(results.PREFIX).removesuffix(".md")
    return meta.get_data(results_page.page_markdown(data, data.outcome, key, lang, whole=True))[0].strip()


def page_markdown(doc: printdocs.Document, lang: str, files, data: sitedata.SiteData) -> str:
    """The Markdown of a printable page: front matter, then each part behind its marker (after the
    document's title when the document has a title of its own: the results)."""
    title = data.words.text("print.full_text", lang, title=doc.title[lang])
    out = ["---", f"title: {json.dumps(title, ensure_ascii=False)}", "search:", "  exclude: true", "---", ""]
    if doc.own_title:
        out += [f"# {md_escape(doc.title[lang])}", ""]
    for index, part in enumerate(doc.parts):
        text = _results_source(data, part, lang) if doc.id == printdocs.RESULTS else _source(files, part, lang)
        shift = 0 if index == 0 and not doc.own_title else 1
        out += [f'<div class="print-part" id="part-{part[:-3]}" data-shift="{shift}"></div>', "", text, ""]
    return "\n".join(out)


@event_priority(i18n.BEFORE_PAIRING)  # before mkdocs-static-i18n pairs x.md with x.en.md
def _add_pages(files, config):
    for doc in printdocs.documents(config.nav, sitedata.load(config)):
        for lang in i18n.LANGS:
            name = i18n.source_name(doc.print_page, lang)
            if files.get_file_from_path(name) is None:
                files.append(File(name, config.docs_dir, config.site_dir, config.use_directory_urls))
    return files


@event_priority(i18n.AFTER_PAIRING)  # after mkdocs-static-i18n has kept this build's language
def _fill_pages(files, config):
    data = sitedata.load(config)
    docs = {doc.print_page: doc for doc in printdocs.documents(config.nav, data)}
    for file in files.documentation_pages():
        doc = docs.get(i18n.japanese_name(file.src_uri))
        if doc is not None:
            file.content_string = page_markdown(doc, i18n.source_lang(file.src_uri), files, data)
    return files


on_files = CombinedEvent(_add_pages, _fill_pages)


class _Repeated(logging.Filter):
    """Drops MkDocs' warnings about a printable page ("Doc file 'print-notice.md' contains a link …")."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(f"Doc file '{printdocs.PRINT_PREFIX}")


_pages_log = logging.getLogger("mkdocs.structure.pages")
if not any(type(f).__name__ == _Repeated.__name__ for f in _pages_log.filters):  # once, though a preview reloads hooks
    _pages_log.addFilter(_Repeated())


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


@event_priority(inserts.AFTER_PARTS)  # after the generated parts are in (they may add headings)
def on_page_markdown(markdown, page, config, **kwargs):
    if i18n.page_name(page).startswith(printdocs.PRINT_PREFIX):
        return shift_headings(markdown)
    return markdown
