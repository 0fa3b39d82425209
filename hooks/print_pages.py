"""One printable page per document and language, holding the whole document in reading order.

Reads the documents from hooks/printdocs.py (the drafts of data/consultation.yml, and the notice made
of the other pages in ``nav``) and the Markdown of their pages. Emits, for each document,
``print-<id>.md`` and its English twin ``print-<id>.en.md`` (``print-<id>.html`` and
``en/print-<id>.html``), kept out of ``nav`` (``not_in_nav`` in mkdocs.yml) and out of the search
index. The language switcher pairs them like any page.

Each page part is marked by an empty ``<div class="print-part" id="part-<name>">``. The first
part keeps its headings (its title is the document's title); later parts move one heading level
down (``#`` becomes ``##``), after the other hooks have filled their ``<!-- insert: ... -->``
markers, and their marker carries ``data-shift="1"`` so that scripts/build_pdf.py can make them
chapters again.

The pages are added before mkdocs-static-i18n sorts the files by language (priority -100) and
given their text after it (it makes new File objects without their content).
"""

from __future__ import annotations

import json
import re

from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File
from mkdocs.utils import meta

import printdocs

PART = re.compile(r'^<div class="print-part" id="part-([^"]+)" data-shift="(\d)"></div>$', re.M)
FENCE = re.compile(r"^(```|~~~)")
HEADING = re.compile(r"^(#{1,5})(?=\s)")


def _source(files, part: str, lang: str) -> str:
    """A part's Markdown without its front matter; the Japanese text while a translation is missing
    (only a preview builds then: hooks/translations.py stops the strict build)."""
    names = ([part[:-3] + ".en.md"] if lang == "en" else []) + [part]
    file = next((f for f in map(files.get_file_from_path, names) if f is not None), None)
    if file is None:
        raise LookupError(f"print_pages: docs/{part} is missing")
    return meta.get_data(file.content_string)[0].strip()


def page_markdown(doc: printdocs.Document, lang: str, files) -> str:
    """The Markdown of a printable page: front matter, then each part behind its marker."""
    title = printdocs.label("full_text", lang, title=doc.title[lang])
    out = ["---", f"title: {json.dumps(title, ensure_ascii=False)}", "search:", "  exclude: true", "---", ""]
    for index, part in enumerate(doc.parts):
        out += [
            f'<div class="print-part" id="part-{part[:-3]}" data-shift="{0 if index == 0 else 1}"></div>',
            "",
            _source(files, part, lang),
            "",
        ]
    return "\n".join(out)


@event_priority(0)  # before mkdocs-static-i18n (-100): it pairs x.md with x.en.md
def _add_pages(files, config):
    for doc in printdocs.documents(config.nav):
        for lang in ("ja", "en"):
            name = doc.print_page if lang == "ja" else doc.print_page[:-3] + ".en.md"
            if files.get_file_from_path(name) is None:
                files.append(File(name, config.docs_dir, config.site_dir, config.use_directory_urls))
    return files


@event_priority(-110)  # after mkdocs-static-i18n has kept this build's language
def _fill_pages(files, config):
    docs = {doc.print_page: doc for doc in printdocs.documents(config.nav)}
    for file in files.documentation_pages():
        doc = docs.get(printdocs.japanese_name(file.src_uri))
        if doc is not None:
            file.content_string = page_markdown(doc, "en" if file.src_uri.endswith(".en.md") else "ja", files)
    return files


on_files = CombinedEvent(_add_pages, _fill_pages)


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
            line = HEADING.sub(lambda m: m.group(1) + "#" * shift, line)
        out.append(line)
    return "\n".join(out)


@event_priority(-50)  # after the hooks that fill the inserts (and may add headings)
def on_page_markdown(markdown, page, config, **kwargs):
    if printdocs.japanese_name(page.file.src_uri).startswith(printdocs.PRINT_PREFIX):
        return shift_headings(markdown)
    return markdown
