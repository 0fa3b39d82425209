"""The checks of a page's body (docs/x.md) that would otherwise publish it wrong with no word to staff.

- **Tables.** Every row of a table has as many cells as its header row: a row missing a ``|`` would put
  its values in the wrong columns and leave a cell empty (Python-Markdown fills or drops cells silently).
- **Link addresses.** A link's address holds no space: ``[x](places .md)`` or ``(https://a b)`` is no link
  at all (a space is allowed only inside ``<…>``, and before a title in quotes).
- **Headings** go down one level at a time: ``#`` then ``####`` is a gap a screen reader announces.
- **Links to pages** (``x.md``, relative) lead to a page of docs/ (a page retired, or misspelt, is named at
  every line that still links to it); the pages the build makes (print-*.md, results-*.md) are not looked for;
  a link to a page without its ``.md``, a link starting with /, an image not in docs/ are told here too, so
  that one build gives them with the rest (MkDocs would warn of them only once the pages are built).

Code (fenced and inline), comments and the header are left out. ``check(docs_dir, rel, file, text)``
returns the findings (ids ``page.E015``–``page.E017``, ``page.E020``, ``page.E024``–``page.E027``;
catalogue/page.yml).
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sitedata.findings import Finding, finding

FENCE = re.compile(r"^ {0,3}(```|~~~).*?^ {0,3}\1[ \t]*$", re.M | re.S)
CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
COMMENT = re.compile(r"<!--.*?-->", re.S)
HEADER = re.compile(r"\A---[ \t]*\n.*?^(---|\.\.\.)[ \t]*$", re.M | re.S)
_DELIMITER = re.compile(r"^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_SPACED = re.compile(r"\]\(([^()<>\n]*?[ \t\u3000][^()\n]*)\)")
_TITLE = re.compile(r"^\S+[ \t]+(\"[^\"]*\"|'[^']*'|\([^)]*\))[ \t]*$")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?=[ \t]|$)", re.M)
_LINK = re.compile(r"\]\(\s*<?([^()\s<>]+)>?(?:\s+[\"'(][^)]*)?\)|^ {0,3}\[[^\]\n]+\]:[ \t]*<?(\S+?)>?(?:\s|$)", re.M)
GENERATED = ("print-", "results-")  # the pages the build makes (sitebuild/printdocs.py, sitebuild/results.py)


def invisible(text: str) -> tuple[int, str] | None:
    """The first invisible character of ``text`` (a zero-width space, a BOM inside a line …): its index and
    its name as ``U+200B``."""
    for at, char in enumerate(text):
        if unicodedata.category(char) == "Cf":
            return at, f"U+{ord(char):04X}"
    return None


def char_name(code: str) -> str:
    return unicodedata.name(chr(int(code[2:], 16)), code)


def shown(text: str) -> str:
    """Text for a message, each invisible character written as <U+200B>."""
    return "".join(f"<U+{ord(c):04X}>" if unicodedata.category(c) == "Cf" else c for c in text)


def line_at(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


def blank(match: re.Match) -> str:
    """Text kept as line breaks only: nothing is looked for in it."""
    return re.sub(r"[^\n]", " ", match.group(0))


def _cells(row: str) -> int:
    row = re.sub(r"\\\|", "", row.strip())
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|"):
        row = row[:-1]
    return row.count("|") + 1


def tables(file: str, text: str) -> list[Finding]:
    """Each table row whose number of cells is not its header row's."""
    found, lines = [], text.split("\n")
    number = 1
    while number < len(lines):
        head, rule = lines[number - 1], lines[number]
        if "|" in head and _DELIMITER.match(rule) and "-" in rule and _cells(head) == _cells(rule):
            expected, header_line = _cells(head), number
            number += 1
            while number < len(lines) and lines[number].strip() and "|" in lines[number]:
                cells = _cells(lines[number])
                if cells != expected:
                    found.append(
                        finding("page.E015", file, number + 1, cells=cells, expected=expected, header=header_line)
                    )
                number += 1
        number += 1
    return found


def spaced_links(file: str, text: str) -> list[Finding]:
    """A link whose address holds a space (but not a title after it: ``[x](a.md "Title")``)."""
    found = []
    for match in _SPACED.finditer(text):
        address = match.group(1).strip(" \t")
        if not address or _TITLE.match(address) or not re.search(r"[ \t\u3000]", address):
            continue
        found.append(finding("page.E016", file, line_at(text, match.start()), url=shown(address)))
    return found


def headings(file: str, text: str) -> list[Finding]:
    """A heading more than one level below the one before it."""
    found, previous, previous_line = [], 0, 0
    for match in _HEADING.finditer(text):
        level, line = len(match.group(1)), line_at(text, match.start())
        if previous and level > previous + 1:
            found.append(
                finding(
                    "page.E017",
                    file,
                    line,
                    level=level,
                    previous=previous,
                    previous_line=previous_line,
                    fit=previous + 1,
                )
            )
        previous, previous_line = level, line
    return found


def _target(docs_dir: Path, rel: str, path: str) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(rel), unquote(path)))


def page_links(docs_dir: Path, rel: str, file: str, text: str) -> list[Finding]:
    """A relative link to a Markdown page that is not in docs/ (page.E020), a link to a page without its ``.md``
    (page.E024, page.E025 with the page meant), a link starting with / (page.E026), an image not in docs/
    (page.E027). Links to other files (a CSV, the bill of materials) are the build's: its link check sees them."""
    found = []
    for match in _LINK.finditer(text):
        url, line = match.group(1) or match.group(2), line_at(text, match.start())
        parts = urlsplit(url)
        if parts.scheme or parts.netloc or not parts.path:
            continue
        image = match.group(1) and re.search(r"!\[[^\[\]]*$", text[max(0, match.start() - 300) : match.start()])
        if parts.path.startswith("/"):
            found.append(finding("page.E026", file, line, url=url))
            continue
        target = _target(docs_dir, rel, parts.path)
        if target.startswith("..") or posixpath.basename(target).startswith(GENERATED):
            continue
        there = (docs_dir / target).exists()
        if image and not there:
            found.append(finding("page.E027", file, line, url=url))
        elif parts.path.endswith(".md") and not there:
            found.append(finding("page.E020", file, line, url=shown(url), target=shown(f"docs/{target}")))
        elif not image and not there and "." not in posixpath.basename(parts.path):
            if (docs_dir / f"{target}.md").is_file():
                found.append(finding("page.E025", file, line, url=url, hint=f"{parts.path}.md"))
            else:
                found.append(finding("page.E024", file, line, url=url))
    return found


def check(docs_dir: Path, rel: str, file: str, text: str) -> list[Finding]:
    """The body's findings: tables, link addresses, headings, links to pages (code and comments left out)."""
    body = CODE.sub(blank, FENCE.sub(blank, COMMENT.sub(blank, HEADER.sub(blank, text))))
    return tables(file, body) + spaced_links(file, body) + headings(file, body) + page_links(docs_dir, rel, file, body)
