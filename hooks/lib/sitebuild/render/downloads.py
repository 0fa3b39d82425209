"""Links to print a whole document and to download the PDF booklets; shown on screen only.

Reads the document each page belongs to (hooks/lib/sitebuild/printdocs.py) and looks for the booklets that
``make pdf`` writes to ``docs/pdf/`` (not kept in git). Emits ``print_downloads`` in the template
context of every page, which overrides/main.html puts above the page's text:

- a link to the printable page of the whole document the page belongs to (on that printable page,
  a line saying what it is and how to print it);
- a link to each PDF booklet (Japanese, English) with its size, only when the file exists, so a
  site built without ``make pdf`` never links to a missing file.

The box is marked ``data-pagefind-ignore``: the search does not index it.
"""

import posixpath

from markupsafe import Markup, escape

import sitedata
from sitebuild import i18n, printdocs


def size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{max(1, round(size / 1000))} KB"


def booklets(config, lang: str, here: str, words: sitedata.Words) -> list[str]:
    open_, close = ("（", "）") if lang == "ja" else (" (", ")")
    links = []
    for booklet_lang, label in (("ja", "downloads.pdf_ja"), ("en", "downloads.pdf_en")):
        path = printdocs.pdf_path(config.docs_dir, booklet_lang)
        if path.is_file():
            href = posixpath.relpath(f"{printdocs.PDF_DIR}/{path.name}", here)
            links.append(
                f'<a href="{escape(href)}" type="application/pdf" hreflang="{booklet_lang}" download>'
                f"{words.html(label, lang)}"
                f"{open_}PDF, {size_text(path.stat().st_size)}{close}</a>"
            )
    return links


def box(page, config) -> Markup:
    lang = i18n.page_lang(page)
    here = posixpath.dirname(page.url) or "."
    data = sitedata.load(config)
    t = data.words.part("downloads", lang)
    doc = printdocs.document_of(page.file.src_uri, config.nav, data)
    items = []
    if doc is not None:
        if i18n.page_name(page) == doc.print_page:
            items.append(f"<li>{t['this_is_print']}</li>")
        else:
            href = posixpath.relpath(doc.print_url(lang), here)
            items.append(f'<li><a href="{escape(href)}">{t["print"]}</a></li>')
    pdfs = booklets(config, lang, here, data.words)
    if pdfs:
        sep = "・" if lang == "ja" else " · "
        items.append(f"<li>{t['pdf']}{'：' if lang == 'ja' else ': '}{sep.join(pdfs)}</li>")
    if not items:
        return Markup("")
    return Markup(f'<ul class="print-downloads" data-pagefind-ignore>{"".join(items)}</ul>')
