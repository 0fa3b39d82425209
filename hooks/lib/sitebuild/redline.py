"""A change shown as a redline: the words deleted from the draft and added in the final text.

``words(text, lang)`` splits a text into words: Japanese with SudachiPy (the analyser that makes the
ふりがな, hooks/lib/sitebuild/furigana.py; its finest split, mode A), English at spaces and punctuation.
``redline_html(draft, final, lang, deleted, added)`` compares the two word lists with difflib and writes
``<del>`` and ``<ins>``, each holding a text alternative (``deleted``/``added``, e.g. 「削除」「追加」) that
screen readers read and print shows (``.redline__alt``: docs/assets/site.css, print.css), so the
change is never told by colour alone.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from markupsafe import escape

from sitedata import LANGS

_EN_WORD = re.compile(r"\s+|[\w'’]+|[^\w\s]")


@lru_cache(maxsize=1)
def _tokenizer():
    from sudachipy import Dictionary, SplitMode

    return Dictionary(dict="core").tokenizer(mode=SplitMode.A)


def words(text: str, lang: str) -> list[str]:
    """The words of ``text`` in order; joined they give the text back."""
    if lang == LANGS[0]:
        return [m.surface() for m in _tokenizer().tokenize(text)]
    return _EN_WORD.findall(text)


def _mark(tag: str, alt: str, text: str) -> str:
    return (
        f'<{tag}><span class="redline__alt">[{escape(alt)}: </span>{escape(text)}'
        f'<span class="redline__alt">]</span></{tag}>'
    )


def chunks(draft: str, final: str, lang: str) -> list[tuple[str, str]]:
    """(old, new) pieces in order: equal where old == new. A short stretch kept between two changes
    (white space, a short word such as "and" or の) joins them, so a reader sees "safe and secure"
    replaced as a phrase, not word by word."""
    short = 1 if lang == LANGS[0] else 3
    a, b = words(draft, lang), words(final, lang)
    out: list[list[str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        old, new = "".join(a[i1:i2]), "".join(b[j1:j2])
        if out and op != "equal" and out[-1][2] != "equal":
            out[-1][0] += old
            out[-1][1] += new
        else:
            out.append([old, new, op if op == "equal" else "change"])
    merged: list[list[str]] = []
    for index, piece in enumerate(out):
        between = 0 < index < len(out) - 1 and piece[2] == "equal" and len(piece[0].strip()) <= short
        if between or (merged and merged[-1][2] == "change" and piece[2] == "change"):
            merged[-1][0] += piece[0]
            merged[-1][1] += piece[1]
        else:
            merged.append(list(piece))
    return [(old, new) if kind == "change" else (old, old) for old, new, kind in merged]


def redline_html(draft: str, final: str, lang: str, deleted: str, added: str) -> str:
    """The final text with the draft's deleted words in ``<del>`` and the new words in ``<ins>``."""
    out = []
    for old, new in chunks(draft, final, lang):
        if old == new:
            out.append(str(escape(old)))
            continue
        if old:
            out.append(_mark("del", deleted, old))
        if new:
            out.append(_mark("ins", added, new))
    return "".join(out)
