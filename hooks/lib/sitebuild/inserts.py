"""The generated parts of pages: ``<!-- insert: NAME ARGS -->`` markers in docs/*.md.

What counts as a marker (``read``): an HTML comment whose text, after Unicode NFKC normalisation
(full-width letters, colon and spaces become ASCII), is the word ``insert`` in any case, an optional
colon, then a part's name and its words, with any spacing: ``<!-- Insert： places -->``,
``<!--insert:places-->`` and ``<!-- insert places -->`` all ask for ``places``. A comment that only looks
like one (``looks_like``: a first word within two letters of ``insert``, such as ``insret``, or a known
part's name as its first or second word) is a mistake that hooks/lib/sitebuild/pagecheck.py reports.

A generator (a module of hooks/lib/sitebuild/prepare/parts/) registers the parts it makes::

    @inserts.part("kpi-tables")
    def kpi_tables(where):  # where.data, where.lang, where.name, where.source, where.docs_dir
        return "..."

and ``fill`` fills every marker of a page, in one pass, with what its part returns (Markdown or HTML),
given the marker's words as further arguments. The registry is filled by importing
``sitebuild.prepare.parts`` (done here before any name is looked up). A marker whose name no generator
registered, or with the wrong number of words, stops the build there, naming the page's file and line.
"""

from __future__ import annotations

import importlib
import inspect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sitedata
from sitedata import textfile
from sitedata.findings import Finding, FindingsError, finding

COMMENT = re.compile(r"<!--(.*?)-->", re.S)  # every HTML comment of a page; read() says which are markers
_FORM = re.compile(r"insert\s*:?\s*([a-z0-9-]+)((?:\s+[^\s>]+)*)", re.I)
_WORD = re.compile(r"[^\s:]+")

_parts: dict[str, Callable[..., str]] = {}


@dataclass(frozen=True)
class Where:
    """The page a part is made for: the build's data, the page's language, its source name in docs/
    (``comment.en.md``), its text as its file holds it (front matter included), and the docs folder."""

    data: sitedata.SiteData
    lang: str
    name: str
    source: str
    docs_dir: Path


def part(name: str) -> Callable[[Callable[..., str]], Callable[..., str]]:
    """Register ``function(where, *words)`` as the maker of ``<!-- insert: name words… -->``."""

    def register(function: Callable[..., str]) -> Callable[..., str]:
        _parts[name] = function
        return function

    return register


def _registered() -> dict[str, Callable[..., str]]:
    """The parts, with the site's own registered (importing their package registers them, once)."""
    importlib.import_module("sitebuild.prepare.parts")
    return _parts


def names() -> list[str]:
    return sorted(_registered())


@dataclass(frozen=True)
class Marker:
    """What a marker asks for: a part's name and its words."""

    name: str
    words: tuple[str, ...]

    def __str__(self) -> str:
        return f"<!-- insert: {' '.join((self.name, *self.words))} -->"


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def read(comment: str) -> Marker | None:
    """The marker an HTML comment's text (between ``<!--`` and ``-->``) is, or None."""
    match = _FORM.fullmatch(_normal(comment))
    return Marker(match.group(1).lower(), tuple(match.group(2).split())) if match else None


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions) between two short words."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def looks_like(comment: str) -> bool:
    """A comment that is no marker but was most likely meant as one (a misspelt ``insert``, a marker
    without its ``-->``, a part's name without ``insert:``)."""
    words = _WORD.findall(_normal(comment).lower())
    if read(comment) is not None or not words:
        return False
    known = set(_registered())
    return words[0].startswith("insert") or _distance(words[0], "insert") <= 2 or bool(set(words[:2]) & known)


def problem(marker: Marker, file: str, line: int | None) -> Finding | None:
    """What is wrong with a marker at ``file``/``line`` (page.E009, page.E010), or None if a part makes it."""
    function = _registered().get(marker.name)
    if function is None:
        return finding("page.E009", file, line, marker=str(marker), name=marker.name, known=", ".join(names()))
    try:
        inspect.signature(function).bind(None, *marker.words)
    except TypeError:
        return finding("page.E010", file, line, marker=str(marker))
    return None


def _line(path: Path, marker: str) -> int | None:
    """The line of a marker in the page's file in docs/ (None for a page the build makes: no such file)."""
    try:
        source = textfile.read_text(path)
    except (OSError, sitedata.DataError):
        return None
    at = source.find(marker)
    return source.count("\n", 0, at) + 1 if at >= 0 else None


def fill(markdown: str, where: Where) -> str:
    """Every marker of the page's Markdown replaced by its part, in the page's language (other comments are
    kept). The checks of the sources (sitebuild/prepare/sources.py) have stopped the build at any wrong marker
    of the sources before; the error here is for a page made otherwise."""

    def swap(match: re.Match) -> str:
        marker = read(match.group(1))
        if marker is None:
            return match.group(0)
        wrong = problem(marker, f"docs/{where.name}", _line(where.docs_dir / where.name, match.group(0)))
        if wrong:
            raise FindingsError([wrong])
        return _parts[marker.name](where, *marker.words)

    return COMMENT.sub(swap, markdown)
