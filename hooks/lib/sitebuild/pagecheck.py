"""The checks of the pages' Markdown that staff edit (docs/x.md, docs/x.en.md), read once per build.

- **The header.** Every page opens with a header: a first line ``---``, then ``key: value`` lines of the keys
  the site knows (``KEYS``; at least ``title`` and ``description``, else search results and link previews
  show the whole site's description), closed by the next ``---``. A key typed in full-width letters, a
  full-width colon, an invisible character (U+200B) are each told as such.
- **Markers.** Every HTML comment that looks like an insert marker is one a part makes
  (hooks/lib/sitebuild/inserts.py says which forms are markers), and a page and its twin ask for the
  same parts, with the same words, in the same order, unless one of them says ``own_parts: true``
  (the English page about the やさしい日本語 page describes it rather than translating it).
- **Alternative text.** Every image has its alt text: ``![what it shows](x.png)`` or ``<img … alt="…">``;
  a decorative image says so: ``![](x.png){: alt="" }`` or ``<img … alt="">``.
- **The body** (hooks/lib/sitebuild/pagebody.py): table rows, link addresses, heading levels, links to pages.

``check(docs_dir)`` returns a ``sitedata.findings.Finding`` (ids ``page.E…``, catalogue/page.yml) for every
mistake of every page; hooks/lib/sitebuild/prepare/sources.py stops the build with them, all at once. The pages made
by the build (print-*.md) are not read: their text is these pages'.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from pathlib import Path

import lxml.html
import yaml

from sitedata import textfile
from sitedata.findings import Finding, finding

from . import i18n, inserts, pagebody

# The header keys: MkDocs' and Material's (title, description, search), the translation record
# (hooks/lib/sitebuild/translations.py), ふりがな on every kanji (hooks/lib/sitebuild/render/furigana_page.py)
# and own_parts.
KEYS = ("title", "description", "translated_from", "search", "furigana", "own_parts")
REQUIRED = ("title", "description")
OWN_PARTS = "own_parts"
_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*(:|：)")
_CLOSE = re.compile(r"(---|\.\.\.)[ \t]*")
_OPEN = re.compile(r"---[ \t]*")
_HEADER = re.compile(r"\A---[ \t]*\n.*?^(---|\.\.\.)[ \t]*$", re.M | re.S)
_IMAGE = re.compile(r"!\[([^\]]*)\](\([^)]*\)|\[[^\]]*\])(\{:?[^}\n]*\})?")
_IMG = re.compile(r"<img\b[^>]*>", re.I)
_line, _blank, FENCE, CODE = pagebody.line_at, pagebody.blank, pagebody.FENCE, pagebody.CODE
invisible, shown, _char_name = pagebody.invisible, pagebody.shown, pagebody.char_name


def _header_line(file: str, number: int, line: str, last: int) -> tuple[Finding | None, bool]:
    """The finding of one header line, if any, and whether the header ends here unread (not closed)."""
    hidden = invisible(line)
    if hidden:
        code = hidden[1]
        return finding("page.E030", file, number, hidden[0] + 1, char=code, name=_char_name(code)), False
    head = re.split(r"[:：]", line, maxsplit=1)[0] if re.search(r"[:：]", line) else None
    key = _KEY.match(line)
    if key is None:
        normal = unicodedata.normalize("NFKC", head).strip() if head is not None else ""
        if head is not None and re.fullmatch(r"[A-Za-z_][\w-]*", normal):
            return finding("page.E006", file, number, 1, written=head.strip(" \t"), key=normal.lower()), False
        return finding("page.E001", file, number, last=last), True
    if key.group(2) == "：":
        return finding("page.E002", file, number, key.end(), key=key.group(1)), False
    name = key.group(1)
    if unicodedata.normalize("NFKC", name) != name:
        return finding("page.E006", file, number, 1, written=name, key=unicodedata.normalize("NFKC", name)), False
    if name not in KEYS:
        if last > 1 and name[0].isupper():  # perhaps the page's text, under a header not closed
            return finding("page.E004", file, number, name=name, last=last), True
        return finding("page.E003", file, number, 1, name=name, known=", ".join(KEYS)), False
    return None, False


def header(file: str, text: str) -> tuple[list[Finding], dict]:
    """The findings of a page's header (from a first line ``---`` to the next ``---``) and its keys."""
    lines = text.split("\n")
    if not _OPEN.fullmatch(lines[0]):
        return [finding("page.E018", file, 1)], {}
    found, last = [], 1  # last: the last line of the header seen so far
    for number, line in enumerate(lines[1:], 2):
        if _CLOSE.fullmatch(line):
            break
        if not line.strip() or line.startswith((" ", "\t", "#")):
            continue
        wrong, ends = _header_line(file, number, line, last)
        if wrong:
            found.append(wrong)
            if ends:
                return found, {}
        last = number
    else:
        return [*found, finding("page.E001", file, 1, last=last)], {}
    if found:
        return found, {}
    try:
        keys = yaml.safe_load("\n".join(lines[1 : number - 1])) or {}
    except yaml.YAMLError as error:
        at = 2 + getattr(getattr(error, "problem_mark", None), "line", 0)
        return [finding("page.E005", file, at)], {}
    keys = keys if isinstance(keys, dict) else {}
    missing = [finding("page.E019", file, 1, key=key) for key in REQUIRED if not str(keys.get(key) or "").strip()]
    return missing, keys


def markers(file: str, text: str) -> tuple[list[Finding], list[tuple[inserts.Marker, int]]]:
    """The findings of a page's markers, and its markers with their lines."""
    problems, found = [], []
    code_free = FENCE.sub(_blank, text)
    for match in inserts.COMMENT.finditer(code_free):
        line, inner = _line(text, match.start()), match.group(1)
        if "<!--" in inner:
            problems.append(finding("page.E011", file, line))
            continue
        hidden = invisible(inner)
        if hidden and (inserts.read(_visible(inner)) or inserts.looks_like(_visible(inner))):
            at = match.start(1) + hidden[0]
            column = at - code_free.rfind("\n", 0, at)
            problems.append(
                finding("page.E007", file, _line(text, at), column, char=hidden[1], name=_char_name(hidden[1]))
            )
            continue
        marker = inserts.read(inner)
        if marker is None:
            if inserts.looks_like(inner):
                problems.append(
                    finding(
                        "page.E008",
                        file,
                        line,
                        shown=shown(match.group(0).split("\n")[0]),
                        known=", ".join(inserts.names()),
                    )
                )
            continue
        wrong = inserts.problem(marker, file, line)
        if wrong:
            problems.append(wrong)
        found.append((marker, line))
    opened = code_free.rfind("<!--")
    if opened >= 0 and "-->" not in code_free[opened:]:
        problems.append(finding("page.E011", file, _line(text, opened)))
    return problems, found


def _visible(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def images(file: str, text: str) -> list[Finding]:
    """An image without alt text, unless it says it is decorative."""
    problems = []
    code_free = CODE.sub(_blank, FENCE.sub(_blank, inserts.COMMENT.sub(_blank, _HEADER.sub(_blank, text))))
    for match in _IMAGE.finditer(code_free):
        if not match.group(1).strip() and "alt=" not in (match.group(3) or ""):
            problems.append(finding("page.E012", file, _line(text, match.start()), image=match.group(0)))
    for match in _IMG.finditer(code_free):
        if "alt" not in lxml.html.fragment_fromstring(match.group(0)).attrib:
            problems.append(finding("page.E012", file, _line(text, match.start()), image=match.group(0)))
    return problems


def twins(ja: tuple[str, list], en: tuple[str, list]) -> list[Finding]:
    """A page and its English twin ask for the same parts in the same order: each marker one of them
    lacks, named at the line of the page that has it."""
    problems = []
    matcher = difflib.SequenceMatcher(a=[m for m, _ in ja[1]], b=[m for m, _ in en[1]], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if i2 > i1 and op != "equal":
            problems.append(_lacking(ja[0], ja[1][i1], en[0], en[1], j1))
        if j2 > j1 and op != "equal":
            problems.append(_lacking(en[0], en[1][j1], ja[0], ja[1], i1))
    return problems


def _lacking(has_file: str, has: tuple, lacks_file: str, lacks: list, at: int) -> Finding:
    (marker, line), before = has, lacks[at][1] if at < len(lacks) else None
    if before:
        return finding("page.E013", has_file, line, marker=str(marker), other=lacks_file, before=before)
    return finding("page.E014", has_file, line, marker=str(marker), other=lacks_file)


def pages(docs_dir: Path) -> list[Path]:
    """The pages staff edit: every Markdown file of docs/ but those left out of the site (``_*``)."""
    return [
        p
        for p in sorted(docs_dir.rglob("*.md"))
        if not any(part.startswith("_") for part in p.relative_to(docs_dir).parts)
    ]


def check(docs_dir: Path) -> list[Finding]:
    """Every finding of every page of ``docs_dir``."""
    problems, found, own = [], {}, set()
    for path in pages(docs_dir):
        rel = path.relative_to(docs_dir).as_posix()
        file, text = f"docs/{rel}", textfile.read_text(path)
        wrong, keys = header(file, text)
        wrong_markers, found[rel] = markers(file, text)
        problems += wrong + wrong_markers + images(file, text) + pagebody.check(docs_dir, rel, file, text)
        if keys.get(OWN_PARTS) is True or wrong_markers:
            own.add(i18n.japanese_name(rel))
    for rel in found:
        name = i18n.japanese_name(rel)
        if rel == name or name in own or name not in found:
            continue
        problems += twins((f"docs/{name}", found[name]), (f"docs/{rel}", found[rel]))
    return problems
