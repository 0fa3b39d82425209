"""Where a finding of a built page comes from: the Markdown file and line staff typed it at, else a data file.

The checks of built pages (hooks/lib/sitebuild/safe_html.py, language_of_parts.py) find things in HTML; staff
edit ``docs/*.md`` and ``data/*.yml``. A check returns a ``Hit``: the catalogue id and values of its finding,
its line in the checked HTML, and what to look for in the sources (``needles``, best first) with, for each,
how many times it occurs in the checked HTML before the element (``before``). ``place`` turns hits into
catalogue findings (``sitedata.findings.Finding``): at the line of the page's Markdown that holds the same
occurrence of the needle (the second ``<iframe src="x">`` of a page is named at its own line, not at the first),
else at the first line of a data file that holds it, else at the built page and its line (the theme, a hook).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from sitedata.findings import Finding, finding
from sitedata.textfile import read_text


@dataclass(frozen=True)
class Hit:
    """A finding of a built page before it is placed at its source (the check's own data, not the finding)."""

    id: str
    params: tuple[tuple[str, str], ...]
    line: int | None = None  # in the checked HTML
    needles: tuple[str, ...] = ()
    before: tuple[int, ...] = field(default=(), compare=False)  # each needle's occurrences before the element


def _keys(needle: str) -> str | None:
    n = needle.strip().lower()
    return n if len(n) >= 2 else None


def count(line: str, needle: str) -> int:
    """How many times a line holds the (lowercased) needle, as written or with its entities decoded."""
    low = line.lower()
    return max(low.count(needle), html.unescape(low).count(needle) if "&" in low else 0)


def occurrences_before(text: str, offset: int, needles: tuple[str, ...]) -> tuple[int, ...]:
    """For each needle, its occurrences in ``text`` before ``offset``, counted line by line as ``count`` does."""
    lines = text[:offset].split("\n")
    found = []
    for needle in needles:
        n = _keys(needle)
        found.append(sum(count(line, n) for line in lines) if n else 0)
    return tuple(found)


_TAGS: dict[str, re.Pattern] = {}


def element_offset(text: str, element, root) -> int:
    """Where the element's start tag begins in ``text``: the n-th ``<tag`` of the text for the n-th element
    of that name in the tree, when the two counts agree; else the start of its line (lxml gives the line
    where the start tag ends)."""
    tag = element.tag
    pattern = _TAGS.setdefault(tag, re.compile(rf"<{re.escape(tag)}(?![\w:-])", re.I))
    starts = [m.start() for m in pattern.finditer(text)]
    elements = [e for e in root.iter(tag) if e.sourceline is not None]
    if len(starts) == len(elements):
        return starts[elements.index(element)]
    line = element.sourceline or 1
    return sum(len(part) + 1 for part in text.split("\n")[: line - 1])


def _body_start(lines: list[str]) -> int:
    """The index of the first line after a page's front matter (the content's occurrences are counted there)."""
    if lines and lines[0].strip() == "---":
        for index, line in enumerate(lines[1:], 1):
            if line.strip() == "---":
                return index + 1
    return 0


def find_line(text: str, needles: tuple[str, ...], before: tuple[int, ...] = ()) -> tuple[int, int | None] | None:
    """(line, column) of the first needle found in ``text``: of its occurrence number ``before`` + 1 after the
    front matter when ``before`` is given (the last one if there are fewer), else of its first occurrence."""
    lines = text.splitlines()
    for index, needle in enumerate(needles):
        n = _keys(needle)
        if n is None:
            continue
        wanted = before[index] if index < len(before) else None
        start = _body_start(lines) if wanted is not None else 0
        seen, last = 0, None
        for number in range(start, len(lines)):
            here = count(lines[number], n)
            if not here:
                continue
            if wanted is None or seen + here > wanted:
                nth = 0 if wanted is None else wanted - seen
                return number + 1, _column(lines[number], n, nth)
            seen, last = seen + here, number
        if last is not None:
            return last + 1, _column(lines[last], n, 0)
    return None


def _column(line: str, needle: str, nth: int) -> int | None:
    position = -1
    low = line.lower()
    for _ in range(nth + 1):
        position = low.find(needle, position + 1)
        if position < 0:
            return None
    return position + 1


def docs_path(path: Path) -> str:
    parts = path.as_posix().split("/docs/")
    return "docs/" + parts[-1] if len(parts) > 1 else path.name


def data_line(data_dir: Path, needles: tuple[str, ...]) -> tuple[str, int, int | None] | None:
    """The first data file and line holding the first needle."""
    for path in sorted(data_dir.glob("*.yml")):
        found = find_line(read_text(path), needles)
        if found:
            return f"data/{path.name}", *found
    return None


def place(hit: Hit, page_source: Path | None, data_dir: Path, built: str) -> Finding:
    """The finding of ``hit``: at the page's Markdown, else a data file, else the built page (``built``)."""
    params = dict(hit.params)
    if page_source is not None and page_source.exists():
        found = find_line(read_text(page_source), hit.needles, hit.before)
        if found:
            return finding(hit.id, docs_path(page_source), found[0], found[1], **params)
    found = data_line(data_dir, hit.needles[:1])
    if found:
        return finding(hit.id, found[0], found[1], found[2], **params)
    return finding(hit.id, built_name(built), hit.line, **params)


def built_name(built: str) -> str:
    """A built page as the finding names it: site/en/index.html."""
    return built if built.startswith("site/") else f"site/{built}"
