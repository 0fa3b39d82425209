"""The documents a reader prints or downloads whole; shared by the print hooks and scripts/build_pdf.py.

Not a hook itself. Reads data/consultation.yml (through ``sitedata``) and the ``nav`` of mkdocs.yml:

- each draft in ``drafts`` is one document, made of its page;
- the consultation notice is one more document, made of the pages that carry the notice's text
  (``NOTICE_PAGES``: home, how to comment, where to read the draft), in ``nav`` order. Other pages
  (e.g. accessibility) belong to no document;
- once the outcome is published with opinions (data/outcome.yml), the results are one more, last,
  document (``RESULTS``), made of the results pages (one per draft and one for other opinions,
  sitebuild/prepare/results_pages.py): like the prefecture's 「意見募集の結果及び県の考え方」, one document
  for the whole consultation, printed apart from the drafts, which stay the drafts. Its printable page
  opens with its own title and holds every results page as a section (``own_title``).

Each document has one printable page per language, ``print-<id>.md`` and ``print-<id>.en.md``
(built at ``print-<id>.html`` and ``en/print-<id>.html``: sitebuild/prepare/print_pages.py), and the site has
one PDF booklet per language, ``docs/pdf/<PDF_STEM>-<lang>.pdf`` (built by ``make pdf``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import sitedata

from . import i18n, results

NOTICE = "notice"
RESULTS = "results"
NOTICE_PAGES = ("index.md", "comment.md", "places.md")
PRINT_PREFIX = "print-"
PDF_DIR = "pdf"  # under docs/; ignored by git, written by `make pdf`
PDF_STEM = "kumamoto-draft-policy"


@dataclass(frozen=True)
class Document:
    id: str
    title: sitedata.Text
    parts: tuple[str, ...]  # the Japanese source files, in reading order
    own_title: bool = False  # the printable page opens with the title; every part is a section of it

    @property
    def print_page(self) -> str:
        """The Japanese source name of the printable page, e.g. print-strategy.md."""
        return f"{PRINT_PREFIX}{self.id}.md"

    def print_url(self, lang: str) -> str:
        """The built page, relative to the site root: print-strategy.html or en/print-strategy.html."""
        return i18n.built_name(self.print_page, lang)


def nav_files(nav) -> list[str]:
    """The Markdown files of a ``nav`` setting, in order (nested sections flattened)."""
    out: list[str] = []
    for item in nav or []:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            out += nav_files(value)
        elif isinstance(value, str) and value.endswith(".md"):
            out.append(value)
    return out


def load_nav(mkdocs_yml: str | Path):
    """The ``nav`` of mkdocs.yml, for scripts and tests (hooks get it from the config)."""
    from mkdocs.config import load_config

    return load_config(str(mkdocs_yml)).nav


def documents(nav, data: sitedata.SiteData | None = None) -> list[Document]:
    """The consultation notice first, then the drafts in the data file's order, then the results once
    published (of this project's data unless ``data`` is given). Worked out once per data and menu (two
    hooks ask for every page)."""
    return _documents(data or sitedata.load(), _files_of(nav))


_flattened: list[tuple[object, tuple[str, ...]]] = []  # the last menu asked about and its files


def _files_of(nav) -> tuple[str, ...]:
    """``nav_files`` of the menu, flattened once per menu: MkDocs reads the ``nav`` setting once and leaves
    it as it is through the build, and two hooks ask for every page (a menu of 1,000 pages, flattened again
    for each of 2,000 pages, took seconds)."""
    if not _flattened or _flattened[0][0] is not nav:
        _flattened[:] = [(nav, tuple(nav_files(nav)))]
    return _flattened[0][1]


@lru_cache(maxsize=4)
def _documents(data: sitedata.SiteData, in_nav: tuple[str, ...]) -> list[Document]:
    notice_pages = sorted(NOTICE_PAGES, key=lambda p: in_nav.index(p) if p in in_nav else len(in_nav))
    notice = Document(NOTICE, data.consultation.title, tuple(notice_pages))
    docs = [notice] + [Document(d.id, d.title, (d.page,)) for d in data.consultation.drafts]
    if data.outcome.published is not None and data.outcome.rows:
        title = sitedata.Text(**{lang: data.words.text("print.results_title", lang) for lang in sitedata.LANGS})
        pages = tuple(results.page_file(key) for key in results.page_keys(data))
        docs.append(Document(RESULTS, title, pages, own_title=True))
    return docs


def document_of(src_uri: str, nav, data: sitedata.SiteData | None = None) -> Document | None:
    """The document a page (in either language, printable page or not) belongs to."""
    name = i18n.japanese_name(src_uri)
    for doc in documents(nav, data):
        if name == doc.print_page or name in doc.parts:
            return doc
    return None


def pdf_path(docs_dir: str | Path, lang: str) -> Path:
    return Path(docs_dir) / PDF_DIR / f"{PDF_STEM}-{lang}.pdf"


def results_included(nav, data: sitedata.SiteData, lang: str) -> str:
    """The PDF booklet cover's line saying it holds the results, as HTML; empty while they are not a document."""
    if not any(doc.id == RESULTS for doc in documents(nav, data)):
        return ""
    return str(data.words.html("print.results_included", lang, date=sitedata.date_text(data.outcome.published, lang)))
