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


def redline_html(draft: str, final: str, lang: str, deleted: str, added: str) -> str:
    """The final text with the draft's deleted words in ``<del>`` and the new words in ``<ins>``."""
    a, b = words(draft, lang), words(final, lang)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(str(escape("".join(a[i1:i2]))))
            continue
        if i2 > i1:
            out.append(_mark("del", deleted, "".join(a[i1:i2])))
        if j2 > j1:
            out.append(_mark("ins", added, "".join(b[j1:j2])))
    return "".join(out)
