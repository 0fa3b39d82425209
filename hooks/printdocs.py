"""The documents a reader prints or downloads whole; shared by the print hooks and scripts/build_pdf.py.

Not a hook itself. Reads data/consultation.yml (through ``sitedata``) and the ``nav`` of mkdocs.yml:

- each draft in ``drafts`` is one document, made of its page;
- the consultation notice is one more document, made of the pages that carry the notice's text
  (``NOTICE_PAGES``: home, how to comment, where to read the draft), in ``nav`` order. Other pages
  (e.g. accessibility) belong to no document.

Each document has one printable page per language, ``print-<id>.md`` and ``print-<id>.en.md``
(built at ``print-<id>.html`` and ``en/print-<id>.html`` by hooks/print_pages.py), and the site has
one PDF booklet per language, ``docs/pdf/<PDF_STEM>-<lang>.pdf`` (built by ``make pdf``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sitedata

NOTICE = "notice"
NOTICE_PAGES = ("index.md", "comment.md", "places.md")
PRINT_PREFIX = "print-"
PDF_DIR = "pdf"  # under docs/; ignored by git, written by `make pdf`
PDF_STEM = "kumamoto-draft-policy"

LABELS = {
    "document": {"ja": "文書", "en": "Document"},
    "period": {"ja": "意見募集期間", "en": "Comment period"},
    "page_url": {"ja": "このページのURL", "en": "Address of this page"},
    "latest": {
        "ja": "最新の版は、上記のURLでウェブサイトに掲載しています。",
        "en": "The latest version is online at the address above.",
    },
    "full_text": {"ja": "{title}（全文・印刷用）", "en": "{title} (full text, for printing)"},
}


def label(key: str, lang: str, **values) -> str:
    return LABELS[key][lang].format(**values)


@dataclass(frozen=True)
class Document:
    id: str
    title: sitedata.Text
    parts: tuple[str, ...]  # the Japanese source files, in reading order

    @property
    def print_page(self) -> str:
        """The Japanese source name of the printable page, e.g. print-strategy.md."""
        return f"{PRINT_PREFIX}{self.id}.md"

    def print_url(self, lang: str) -> str:
        """The built page, relative to the site root: print-strategy.html or en/print-strategy.html."""
        return ("en/" if lang == "en" else "") + self.print_page[:-3] + ".html"


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


_cache: dict = {}


def documents(nav) -> list[Document]:
    """The consultation notice first, then the drafts in the data file's order.

    Worked out once per build's data and nav (two hooks ask for every page)."""
    data = sitedata.load()
    key = (id(data), id(nav))
    if _cache.get("key") != key:
        _cache.update(key=key, docs=_documents(data, nav), refs=(data, nav))
    return _cache["docs"]


def _documents(data, nav) -> list[Document]:
    in_nav = nav_files(nav)
    notice_pages = sorted(NOTICE_PAGES, key=lambda p: in_nav.index(p) if p in in_nav else len(in_nav))
    notice = Document(NOTICE, data.consultation.title, tuple(notice_pages))
    return [notice] + [Document(d.id, d.title, (d.page,)) for d in data.consultation.drafts]


def japanese_name(src_uri: str) -> str:
    """x.en.md -> x.md (the name the Japanese page and the data files use)."""
    return src_uri[: -len(".en.md")] + ".md" if src_uri.endswith(".en.md") else src_uri


def document_of(src_uri: str, nav) -> Document | None:
    """The document a page (in either language, printable page or not) belongs to."""
    name = japanese_name(src_uri)
    for doc in documents(nav):
        if name == doc.print_page or name in doc.parts:
            return doc
    return None


def pdf_path(docs_dir: str | Path, lang: str) -> Path:
    return Path(docs_dir) / PDF_DIR / f"{PDF_STEM}-{lang}.pdf"
