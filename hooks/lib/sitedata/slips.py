"""The slips of a data file that its schema cannot see, as findings of the catalogue (data.yml).

Line by line, before parsing (``line_slips``; the first kind ends the file's checks, as the parser would
stop on them or read them wrongly): a tab (data.E001) or a full-width space (U+3000, data.E064) used for
indenting, a full-width colon after a field name (data.E002), a date in full-width digits (data.E003) or
one that does not exist (data.E004). ``invisible`` names each invisible character (zero-width space U+200B,
a byte-order mark U+FEFF inside the file, a no-break space U+00A0 …) as ``U+200B`` (data.E065).
On the tree (``text_slips``): Japanese in an English text (``en:``, data.E066) and a placeholder left in a
text (``en: TBD``, ``TODO``, ``未定``, ``xxx``: data.E067).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from .errors import _path, code
from .findings import Finding, finding

_FULLWIDTH_KEY = re.compile(r"^\s*(-\s+)?(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*：")
_DATE_VALUE = re.compile(r"^\s*([A-Za-z_]+):\s*[\"']?(\d{4}-\d{1,2}-\d{1,2})[\"']?\s*(#.*)?$")
_INDENT = re.compile(r"^[ \t\u3000]*")
# A line that starts a field or an item after its indentation (not a paragraph of a block text, which a
# full-width space may begin, as Japanese paragraphs do).
_STARTS_ENTRY = re.compile(r"(?:-(?:\s|$)|[A-Za-z_][A-Za-z0-9_]*\s*[:：])")
# Characters that cannot be seen (or look like a space) and change what a word is: zero-width space and
# joiners, word joiner, byte-order mark, no-break and other odd spaces, soft hyphen, direction marks.
INVISIBLE = re.compile(
    "[\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3164\ufeff\uffa0]"
)
# Japanese script (the same classes as sitebuild.language_of_parts): CJK punctuation and the full-width
# space, kana, kanji and the full-width forms (（）：０-９, half-width katakana).
JAPANESE = re.compile(
    r"[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+"
)
PLACEHOLDER = re.compile(
    r"[\s(\[（【「<]*(?:tbd|tba|todo|fixme|x{3,}|ｘ{3,}|\?{2,}|？{2,}|未定|未記入|未入力|要確認)[\s)\]）】」>.。!！]*",
    re.IGNORECASE,
)


def line_slips(rel: str, text: str):
    """The findings of the slips seen line by line before parsing: a tab or a full-width space for
    indenting, a full-width colon, a date in full-width digits or one that does not exist."""
    for number, line in enumerate(text.splitlines(), 1):
        indent = _INDENT.match(line).group(0)
        if "\t" in indent:
            yield finding("data.E001", rel, number, indent.index("\t") + 1)
        elif "\u3000" in indent and _STARTS_ENTRY.match(line, len(indent)):
            yield finding("data.E064", rel, number, indent.index("\u3000") + 1)
        colon = _FULLWIDTH_KEY.match(line)
        if colon:
            yield finding("data.E002", rel, number, colon.end(), key=colon.group("key"))
        date = _DATE_VALUE.match(line)
        if date and not date.group(2).isascii():
            yield finding("data.E003", rel, number, date.start(2) + 1, value=date.group(2))
        elif date:
            try:
                dt.date.fromisoformat(date.group(2))
            except ValueError:
                yield finding("data.E004", rel, number, date.start(2) + 1, value=date.group(2))


def invisible(rel: str, text: str) -> list[Finding]:
    """Each invisible character, once per line and character, at its line and column."""
    found, seen = [], set()
    for number, line in enumerate(text.splitlines(), 1):
        for match in INVISIBLE.finditer(line):
            char = match.group(0)
            if (number, char) not in seen:
                seen.add((number, char))
                name = unicodedata.name(char, "").lower() or "control character"
                found.append(finding("data.E065", rel, number, match.start() + 1, code=code(char), name=name))
    return found


def text_slips(rel: str, tree: Any) -> list[Finding]:
    """Japanese in an English text, and placeholders, in every ja/en text of a data tree."""
    found: list[Finding] = []
    for loc, line, column, lang, text in _texts(tree):
        if PLACEHOLDER.fullmatch(text):
            found.append(finding("data.E067", rel, line, column, path=_path(loc, tree), value=text.strip()))
        elif lang == "en" and (japanese := JAPANESE.search(text)):
            found.append(finding("data.E066", rel, line, column, path=_path(loc, tree), text=japanese.group(0)))
    return found


def _texts(node: Any, loc: tuple = ()):
    """(loc, line, column, lang, text) of every string under a ja: or en: key (a list of them too)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("ja", "en") and isinstance(value, str):
                line, column = node.lc.value(key)
                yield (*loc, key), line + 1, column + 1, key, value
            elif key in ("ja", "en") and isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, str):
                        line, column = value.lc.item(index)
                        yield (*loc, key, index), line + 1, column + 1, key, item
            else:
                yield from _texts(value, (*loc, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _texts(value, (*loc, index))
