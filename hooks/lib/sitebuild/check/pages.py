"""The built pages of a site folder, as the checks of stage 3 read them: each ``*.html`` file with its language,
its kind, the Markdown file it is built from, and the part of it that is the page's content.

Reads the built folder (``site/``) and ``docs/``; emits nothing. Every ``*.html`` file of the folder is a page:
both languages, the 404 pages (``404.html``, ``en/404.html``: all theme, no Markdown), the printable pages
(``print-*.html``: their content is their parts' text, checked on the parts' own pages) and the generated pages
(the results pages: no file in docs/). A page's Markdown is ``i18n.source_of`` its address (an English page
without its own ``x.en.md`` is built from ``x.md``: mkdocs-static-i18n's fallback).

``content(html)`` finds the page's content in the built HTML by the page's structure: Material's
``<article class="md-content__inner md-typeset">``, without what overrides/main.html puts around the text
(``.print-downloads``, ``.print-frame``: sitebuild/render/downloads.py, print_frame.py), what Material's
partials/content.html adds (its ``<h1>`` of the page's title when the text has none; its tags, actions, source
file, feedback and comments partials, empty for this site) and Zensical's ``<a id="__skip">`` atop the article
(the target of its "skip to content" link, when Zensical renders the prepared site: tests/test_zensical.py). It
is the text of the page as rendered from its Markdown (MkDocs' ``page.content``) that the allowlist checks under
the content's rules. On a ``furigana: always`` page (sitebuild/render/furigana_page.py) the readings put into the
text after it was rendered are taken out again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sitebuild import i18n, printdocs

NOT_FOUND_PAGES = ("404.html", "en/404.html")  # served at any address: their links start at the site's root
ARTICLE = '<article class="md-content__inner md-typeset">'
_FRAME = re.compile(r'<(\w+)\b[^<>]*\bclass="(?:print-downloads|print-frame)\b[^"]*"[^<>]*>')
_TITLE = re.compile(r"<h1>[^<]*</h1>")  # Material's title, when the text has no <h1> of its own
_SKIP = re.compile(r'<a id="__skip"[^<>]*></a>')  # Zensical's target of the "skip to content" link, atop the article
# The readings of hooks/lib/sitebuild/furigana.py's ruby_html, over a word of the text.
_READING = re.compile(r'<ruby>([^<]*)<rt aria-hidden="true" data-pagefind-ignore>[^<]*</rt></ruby>')


@dataclass(frozen=True)
class Page:
    """One built page: its address in the folder (``en/x.html``), its language, and where it comes from."""

    rel: str
    path: Path
    lang: str
    not_found: bool  # a 404 page: the theme's markup only
    printable: bool  # a print-*.html page: its content is its parts' text
    source: Path | None  # its Markdown file in docs/, when it has one


def built_pages(site_dir: Path, docs_dir: Path) -> list[Page]:
    """Every ``*.html`` file of the built folder, by address."""
    pages = []
    for path in sorted(site_dir.rglob("*.html")):
        rel = path.relative_to(site_dir).as_posix()
        lang = i18n.built_lang(rel)
        name = rel[len(lang) + 1 :] if lang != i18n.DEFAULT else rel
        printable = name.startswith(printdocs.PRINT_PREFIX)
        pages.append(Page(rel, path, lang, rel in NOT_FOUND_PAGES, printable, _source(rel, lang, docs_dir)))
    return pages


def _source(rel: str, lang: str, docs_dir: Path) -> Path | None:
    """The page's Markdown file: docs/x.md, docs/x.en.md (else docs/x.md, which the English build falls back to)."""
    if rel in NOT_FOUND_PAGES:
        return None
    name = i18n.source_of(rel).removeprefix("docs/")
    own = docs_dir / name
    if own.is_file():
        return own
    fallback = docs_dir / i18n.japanese_name(name)
    return fallback if lang != i18n.DEFAULT and fallback.is_file() else None


def _end_of(html: str, match: re.Match) -> int:
    """Where the element that ``match`` opens ends (after its end tag), counting the same elements inside it."""
    tag, depth, at = match.group(1), 1, match.end()
    pattern = re.compile(rf"<(/?){tag}\b[^<>]*>", re.I)
    while depth:
        found = pattern.search(html, at)
        if found is None:
            return len(html)
        depth += -1 if found.group(1) else 1
        at = found.end()
    return at


def content(html: str) -> str:
    """The page's content in its built HTML (see the module's docstring); "" when the page has no article."""
    start = html.find(ARTICLE)
    end = html.rfind("</article>")
    if start < 0 or end < start:
        return ""
    at = start + len(ARTICLE)
    if skip := _SKIP.match(html, _skip_space(html, at)):
        at = skip.end()
    while (frame := _FRAME.match(html, _skip_space(html, at))) is not None:  # the frame above the text
        at = _end_of(html, frame)
    at = _skip_space(html, at)
    title = _TITLE.match(html, at)
    if title and "<h1" not in html[title.end() : end]:
        at = _skip_space(html, title.end())
    inner = html[at:end]
    foot = inner.rfind('<div class="print-frame')  # the frame below the text, if any
    if foot >= 0 and (frame := _FRAME.match(inner, foot)) and not inner[_end_of(inner, frame) :].strip():
        inner = inner[:foot]
    text = inner.rstrip()
    return _READING.sub(r"\1", text) if "data-pagefind-ignore>" in text else text


def _skip_space(html: str, at: int) -> int:
    while at < len(html) and html[at].isspace():
        at += 1
    return at
