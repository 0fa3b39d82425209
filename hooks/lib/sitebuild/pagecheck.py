"""The checks of the pages' Markdown that staff edit (docs/x.md, docs/x.en.md), read once per build.

- **The header.** A page whose first line is ``---`` has a header that ends at the next ``---`` line and
  holds only the keys the site knows (``KEYS``), each as ``key: value``.
- **Markers.** Every HTML comment that looks like an insert marker is one a part makes
  (hooks/lib/sitebuild/inserts.py says which forms are markers), and a page and its twin ask for the
  same parts, with the same words, in the same order, unless one of them says ``own_parts: true``
  (the English page about the やさしい日本語 page describes it rather than translating it).
- **Alternative text.** Every image has its alt text: ``![what it shows](x.png)`` or ``<img … alt="…">``;
  a decorative image says so: ``![](x.png){: alt="" }`` or ``<img … alt="">``.

``check(docs_dir)`` returns a ``Problem`` for each mistake, with the file, the line and the fix in
Japanese and English; hooks/2_validate/page_check.py stops the build with them. The pages made by the
build (print-*.md) are not read: their text is these pages'.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import yaml

from sitedata import textfile

from . import i18n, inserts

# The header keys: MkDocs' and Material's (title, description, search), the translation record
# (hooks/lib/sitebuild/translations.py), ふりがな on every kanji (hooks/4_page/furigana.py) and own_parts.
KEYS = ("title", "description", "translated_from", "search", "furigana", "own_parts")
OWN_PARTS = "own_parts"
_FENCE = re.compile(r"^ {0,3}(```|~~~).*?^ {0,3}\1[ \t]*$", re.M | re.S)
_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*(:|：)")
_CLOSE = re.compile(r"(---|\.\.\.)[ \t]*")
_OPEN = re.compile(r"---[ \t]*")
_HEADER = re.compile(r"\A---[ \t]*\n.*?^(---|\.\.\.)[ \t]*$", re.M | re.S)
_IMAGE = re.compile(r"!\[([^\]]*)\](\([^)]*\)|\[[^\]]*\])(\{:?[^}\n]*\})?")
_IMG = re.compile(r"<img\b[^>]*>", re.I)


@dataclass(frozen=True)
class Problem:
    file: str  # as staff see it: docs/comment.md
    line: int
    ja: str
    en: str

    def __str__(self) -> str:
        where_ja, where_en = f"{self.file} の {self.line} 行目", f"{self.file}, line {self.line}"
        return f"ページの誤り: {where_ja}: {self.ja}\n  Page error: {where_en}: {self.en}"


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


def _blank(match: re.Match) -> str:
    """Code (fenced or inline) kept as line breaks only: no image or marker is looked for in it."""
    return re.sub(r"[^\n]", " ", match.group(0))


def _not_closed(file: str, line: int, last: int) -> Problem:
    return Problem(
        file,
        line,
        f"1 行目の --- で始まる見出し情報（ヘッダー）が閉じていません。{last} 行目のあとに --- だけの行を"
        "入れてください（ヘッダーの行は「名前: 値」の形です）。",
        f"the page's header, opened by the --- on line 1, is not closed: put a line holding only --- after "
        f"line {last} (header lines are `name: value`).",
    )


def header(file: str, text: str) -> tuple[list[Problem], dict]:
    """The problems of a page's header (from a first line ``---`` to the next ``---``) and its keys."""
    lines = text.split("\n")
    if not _OPEN.fullmatch(lines[0]):
        return [], {}
    known, last = ", ".join(KEYS), 1  # last: the last line of the header seen so far
    for number, line in enumerate(lines[1:], 2):
        if _CLOSE.fullmatch(line):
            break
        if not line.strip() or line.startswith((" ", "\t", "#")):
            continue
        key = _KEY.match(line)
        if key is None:
            return [_not_closed(file, number, last)], {}
        if key.group(2) == "：":
            ja = f"ヘッダーの「{key.group(0)}」の全角の「：」は使えません。半角の「: 」にしてください。"
            en = f'the header line "{key.group(0)}" has a full-width colon "：": write a half-width ": ".'
            return [Problem(file, number, ja, en)], {}
        if key.group(1) not in KEYS:
            name = key.group(1)
            ja = f"ヘッダーの「{name}」は、このサイトにない名前です。つづりを確かめてください（使える名前: {known}）。"
            en = f'"{name}" is not a header key the site knows. Check its spelling (known keys: {known}).'
            if last > 1 and name[0].isupper():  # perhaps the page's text, under a header not closed
                ja += f"ページの文章なら、ヘッダーが閉じていません（{last} 行目のあとに --- だけの行を入れます）。"
                en += f" If this line is the page's text, the header is not closed: put --- after line {last}."
            return [Problem(file, number, ja, en)], {}
        last = number
    else:
        return [_not_closed(file, 1, last)], {}
    try:
        keys = yaml.safe_load("\n".join(lines[1 : number - 1])) or {}
    except yaml.YAMLError as error:
        at = 2 + getattr(getattr(error, "problem_mark", None), "line", 0)
        ja = 'ヘッダーの書き方に誤りがあります。「名前: 値」の形で書き、値に「: 」を含むときは値全体を " で囲みます。'
        en = 'the header is not well formed: write `name: value`, and put a value holding ": " in double quotes.'
        return [Problem(file, at, ja, en)], {}
    return [], keys if isinstance(keys, dict) else {}


def markers(file: str, text: str) -> tuple[list[Problem], list[tuple[inserts.Marker, int]]]:
    """The problems of a page's markers, and its markers with their lines."""
    problems, found = [], []
    code_free = _FENCE.sub(_blank, text)
    for match in inserts.COMMENT.finditer(code_free):
        line, marker = _line(text, match.start()), inserts.read(match.group(1))
        if "<!--" in match.group(1):
            problems.append(_unclosed(file, line))
            continue
        if marker is None:
            if inserts.looks_like(match.group(1)):
                shown = match.group(0).split("\n")[0]
                problems.append(
                    Problem(
                        file,
                        line,
                        f"「{shown}」は差し込みの印として読めません。<!-- insert: 名前 --> の形で書いてください"
                        f"（使える名前: {', '.join(inserts.names())}）。",
                        f'"{shown}" looks like an insert marker but cannot be read as one: write it as '
                        f"<!-- insert: name --> (known parts: {', '.join(inserts.names())}).",
                    )
                )
            continue
        wrong = inserts.problem(marker)
        if wrong:
            problems.append(Problem(file, line, *wrong))
        found.append((marker, line))
    opened = code_free.rfind("<!--")
    if opened >= 0 and "-->" not in code_free[opened:]:
        problems.append(_unclosed(file, _line(text, opened)))
    return problems, found


def _unclosed(file: str, line: int) -> Problem:
    return Problem(
        file,
        line,
        "「<!--」で始めたコメントが「-->」で閉じていません。閉じないと、そこから後ろの文章が公開されません。",
        'a comment opened with "<!--" is not closed with "-->": the text after it would not be published.',
    )


def images(file: str, text: str) -> list[Problem]:
    """An image without alt text, unless it says it is decorative."""
    problems = []
    code_free = _CODE.sub(_blank, _FENCE.sub(_blank, inserts.COMMENT.sub(_blank, _HEADER.sub(_blank, text))))
    for match in _IMAGE.finditer(code_free):
        if not match.group(1).strip() and "alt=" not in (match.group(3) or ""):
            problems.append(_no_alt(file, _line(text, match.start()), match.group(0)))
    for match in _IMG.finditer(code_free):
        if "alt" not in lxml.html.fragment_fromstring(match.group(0)).attrib:
            problems.append(_no_alt(file, _line(text, match.start()), match.group(0)))
    return problems


def _no_alt(file: str, line: int, image: str) -> Problem:
    return Problem(
        file,
        line,
        f"画像「{image}」に代わりの文（alt）がありません。画像が伝えることを ![熊本県庁の地図](map.png) のように"
        '書いてください。飾りだけの画像なら ![](map.png){: alt="" } と書きます。',
        f'the image "{image}" has no alternative text: say what it shows, e.g. ![Map of the prefectural '
        'office](map.png), or, for a purely decorative image, write ![](map.png){: alt="" }.',
    )


def twins(ja: tuple[str, list], en: tuple[str, list]) -> list[Problem]:
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


def _lacking(has_file: str, has: tuple, lacks_file: str, lacks: list, at: int) -> Problem:
    (marker, line), before = has, lacks[at][1] if at < len(lacks) else None
    return Problem(
        has_file,
        line,
        f"差し込み「{marker}」が {lacks_file} にありません"
        + (f"（{lacks_file} の {before} 行目の印の前に入れます）" if before else "")
        + "。日本語版と英語版には、同じ差し込みを同じ順に書いてください。",
        f'the marker "{marker}" is not in {lacks_file}'
        + (f" (it belongs before the marker on line {before} there)" if before else "")
        + ". A page and its English twin ask for the same generated parts in the same order.",
    )


def pages(docs_dir: Path) -> list[Path]:
    """The pages staff edit: every Markdown file of docs/ but those left out of the site (``_*``)."""
    return [
        p
        for p in sorted(docs_dir.rglob("*.md"))
        if not any(part.startswith("_") for part in p.relative_to(docs_dir).parts)
    ]


def check(docs_dir: Path) -> list[Problem]:
    problems, found, own = [], {}, set()
    for path in pages(docs_dir):
        rel = path.relative_to(docs_dir).as_posix()
        file, text = f"docs/{rel}", textfile.read_text(path)
        wrong, keys = header(file, text)
        wrong_markers, found[rel] = markers(file, text)
        problems += wrong + wrong_markers + images(file, text)
        if keys.get(OWN_PARTS) is True or wrong_markers:
            own.add(i18n.japanese_name(rel))
    for rel in found:
        name = i18n.japanese_name(rel)
        if rel == name or name in own or name not in found:
            continue
        problems += twins((f"docs/{name}", found[name]), (f"docs/{rel}", found[rel]))
    return problems
