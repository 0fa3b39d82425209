"""Language of parts (WCAG 2.1 3.1.2): text in the other language must say so with ``lang``.

``findings(html, page_lang)`` reads a built page (lxml) and returns each run of text a screen reader
would read with the wrong voice:

- on an English page, every run of Japanese script (hiragana, katakana, kanji, Japanese punctuation
  such as 「」、。 and full-width forms such as （）：) whose nearest ``lang`` is not Japanese;
- on a Japanese page, every English phrase of ``MIN_ENGLISH_WORDS`` (3) or more Latin words in a row
  whose nearest ``lang`` is not English. Shorter Latin runs are names and abbreviations (Kumamoto, KPI,
  SDGs, RE Action) and are read well enough in a Japanese voice. Addresses (https://…, e-mail) and
  computer text (``<code>``, ``<kbd>``, ``<pre>``, ``<samp>``) are not sentences and are left out.

Both the text of the page (the ``<title>`` and everything in ``<body>``) and the attributes people hear
or see (``title``, ``aria-label``, ``alt``, ``placeholder``, the ``content`` of the description meta
tags, a button's ``value``) are read. The texts a script shows (``data-text-*``, the comment banner's
states) are read too; other ``data-*`` attributes (Pagefind's ``data-pagefind-…``) are data for scripts,
neither shown nor read out, and are skipped, as are scripts and styles. ``placed`` makes each run a
catalogue finding (hooks/lib/sitedata/catalogue/lang.yml) at the file it comes from: the page's Markdown
file and line (lang.E001, E002: mark it or translate it), a data file's line (E003, E004: a data file's
text cannot be marked, so write it in the field's language), or mkdocs.yml's line or the built page, for
the frame (E005, E006). Used by hooks/lib/sitebuild/check/language.py and tests/test_language_of_parts.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sitedata.findings import Finding, finding
from sitedata.textfile import read_text

from . import htmltree
from .sources import built_name, docs_path, find_line

# Japanese script: CJK punctuation (、。「」〜々), hiragana, katakana (with ・ and ー), kanji and the
# full-width forms (（）：０-９, half-width katakana).
JAPANESE = re.compile(
    r"[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+"
)
# A run of Japanese with the spaces and short Latin pieces inside it (やさしい にほんご, 再エネ100宣言 RE Action).
JAPANESE_RUN = re.compile(JAPANESE.pattern + r"(?:[\s0-9A-Za-z.()\-]{0,12}" + JAPANESE.pattern + r")*")
JA, EN = "ja", "en"
MIN_ENGLISH_WORDS = 3
_WORD = r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*"
ENGLISH_RUN = re.compile(rf"{_WORD}(?:[ ,]+{_WORD}){{{MIN_ENGLISH_WORDS - 1},}}")
# Addresses, e-mail addresses and markup written out as text (an HTML tag shown, e.g. "<input autofocus>"): code,
# not sentences.
NOT_SENTENCES = re.compile(r"(?:https?://|mailto:|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|</?[A-Za-z][^<>]*>")

SKIPPED = {"script", "style", "template", "code", "kbd", "pre", "samp"}
SPOKEN_ATTRIBUTES = ("title", "aria-label", "aria-description", "aria-roledescription", "alt", "placeholder")
SHOWN_DATA = "data-text-"  # texts a script shows in the page (the comment banner's states)
DESCRIPTION_META = {"description", "og:title", "og:description", "twitter:title", "twitter:description"}


@dataclass(frozen=True)
class Part:
    """One run of text in the other language, where it is (an element's text or one of its attributes)."""

    text: str  # the run itself
    where: str  # e.g. <a title>, <p>
    context: str  # the whole text or attribute around it, shortened
    line: int | None = field(default=None, compare=False)  # the element's line in the built page


def _own_lang(element, inherited: str) -> str:
    value = element.get("lang") or element.get("{http://www.w3.org/XML/1998/namespace}lang")
    return value.strip().lower() if value is not None else inherited


@lru_cache(maxsize=8192)  # pages repeat their texts (the menu, the footer, the rows of the results pages)
def _foreign_runs(text: str, page_lang: str) -> tuple[str, ...]:
    if page_lang == JA:
        text = NOT_SENTENCES.sub(" ", text)
        return tuple(m.group(0) for m in ENGLISH_RUN.finditer(text))
    return tuple(m.group(0).strip() for m in JAPANESE_RUN.finditer(text))


# A character every run of the other language holds: the texts without one are passed over at once.
_LATIN = re.compile("[A-Za-z]")
_SPOKEN = frozenset(SPOKEN_ATTRIBUTES)
_FORM = frozenset(("meta", "input", "button"))  # the elements _spoken reads by their kind


def _marked(lang: str, page_lang: str) -> bool:
    """True when the text's nearest lang is the other language (ja, ja-JP …; en, en-GB …)."""
    other = EN if page_lang == JA else JA
    return lang == other or lang.startswith(other + "-")


def _spoken(element, tag: str) -> list[tuple[str, str]]:
    """The attributes of the element that people hear or see."""
    attrs = [(a, element.get(a)) for a in SPOKEN_ATTRIBUTES if element.get(a)]
    attrs += [(a, v) for a, v in element.attrib.items() if a.startswith(SHOWN_DATA) and v]
    if tag == "meta" and (element.get("name") or element.get("property") or "").lower() in DESCRIPTION_META:
        attrs.append(("content", element.get("content") or ""))
    if tag in ("input", "button") and (element.get("type") or "").lower() in ("button", "submit", "reset"):
        attrs.append(("value", element.get("value") or ""))
    return attrs


def _read(element, page_lang: str, text: bool) -> bool:
    """Whether the text (``text``) or the attributes of an element are read: it is inside no skipped element,
    its nearest ``lang`` is not the other language, and a text is not in ``<head>`` (but for the title)."""
    lang, in_head = None, False
    for at in (element, *element.iterancestors()):
        tag = at.tag.lower()
        if tag in SKIPPED:
            return False
        in_head = in_head or tag == "head"
        lang = _own_lang(at, None) if lang is None else lang
    return not _marked(lang or "", page_lang) and (not text or not in_head or element.tag.lower() == "title")


def _text_part(found: list, owner, element, place: int | None, piece: str, page_lang: str) -> None:
    """The runs of a text of ``owner`` (its own text, or the tail of its child ``element``), if it is read."""
    runs = _foreign_runs(piece, page_lang)
    if runs and _read(owner, page_lang, text=True):
        place = owner.index(element) + 1 if place is None else place
        where, context = f"<{owner.tag.lower()}>", piece.strip()[:80]
        found.append((owner, 1, place, [Part(run, where, context, owner.sourceline) for run in runs]))


def _attribute_parts(found: list, element, page_lang: str, likely) -> None:
    tag = element.tag.lower()
    for place, (name, value) in enumerate(_spoken(element, tag)):
        runs = _foreign_runs(value, page_lang) if likely(value) else ()
        if runs and _read(element, page_lang, text=False):
            parts = [Part(run, f"<{tag} {name}>", value[:80], element.sourceline) for run in runs]
            found.append((element, 0, place, parts))


def findings(html: str, page_lang: str) -> tuple[Part, ...]:
    """Every run in the other language of a page's HTML that is not marked with its ``lang`` (``findings_in``)."""
    return findings_in(htmltree.parse(html), page_lang) if html.strip() else ()


def findings_in(root, page_lang: str) -> tuple[Part, ...]:
    """Every run in the other language that is not marked with its ``lang`` in a parsed page (htmltree.parse),
    in the order of a walk down the tree: each element's attributes, then its own text and the text after each
    of its children (a child's tail belongs to the element), then its children. Only the texts and attributes
    that hold a character of the other language are looked at closely (lxml's own iterators find them)."""
    likely = (_LATIN if page_lang == JA else JAPANESE).search
    found = []  # (element, 0 for an attribute or 1 for a text, its place in the element, the parts)
    for element in root.iter():
        tag, text, tail = element.tag, element.text, element.tail
        if isinstance(tag, str):  # an element (a comment's text is not read; its tail is)
            if text and likely(text):
                _text_part(found, element, element, 0, text, page_lang)
            keys = element.keys()  # a look at the names first: lxml's XPath tests of attributes are slower
            if (keys and (not _SPOKEN.isdisjoint(keys) or SHOWN_DATA in "".join(keys))) or tag.lower() in _FORM:
                _attribute_parts(found, element, page_lang, likely)
        if tail and likely(tail) and (owner := element.getparent()) is not None:
            _text_part(found, owner, element, None, tail, page_lang)
    if not found:
        return ()
    order = {element: number for number, element in enumerate(root.iter())}
    found.sort(key=lambda f: (order[f[0]], f[1], f[2]))
    return tuple(part for *_, parts in found for part in parts)


# ---------------------------------------------------------------- where it comes from

_IDS = {  # (the page's language, where the text comes from) -> the finding's id
    (EN, "page"): "lang.E001",
    (JA, "page"): "lang.E002",
    (EN, "data"): "lang.E003",
    (JA, "data"): "lang.E004",
    (EN, "frame"): "lang.E005",
    (JA, "frame"): "lang.E006",
}


def _data_line(part: Part, page_lang: str, data_dir: Path) -> tuple[str, int | None]:
    """The data file and line of the text: the whole text first, else the run on a line of the page's
    language (``en:`` on an English page), so that the Japanese original is not named instead."""
    files = [(f"data/{p.name}", read_text(p).splitlines()) for p in sorted(data_dir.glob("*.yml"))]
    tries = [(part.context, None), (part.text, f"{page_lang}:")] if len(part.context) > 3 else [(part.text, None)]
    for needle, key in tries:
        for name, lines in files:
            for number, line in enumerate(lines, 1):
                if needle in line and (key is None or line.strip().startswith(key)):
                    return name, number
    return "", None


_MARKED = re.compile(r'<(\w+)\b[^<>]*\slang="(ja|en)[^"]*"[^<>]*>.*?</\1>')


def _unmarked(text: str, page_lang: str) -> str:
    """A page's Markdown with the parts marked as the other language (``<span lang="ja">…</span>`` on an
    English page) blanked, each character by a space: a run is never named where it is marked already."""
    other = EN if page_lang == JA else JA
    return _MARKED.sub(lambda m: " " * len(m.group(0)) if m.group(2) == other else m.group(0), text)


def _place(part: Part, sources: list[Path], page_lang: str, data_dir: Path, config_file: Path | None):
    """(where it comes from, file, line, column): the first of the page sources that holds the text where it
    is not marked (a whole-document page's parts come from several pages), else a data file, else mkdocs.yml."""
    texts = {source: _unmarked(read_text(source), page_lang) for source in sources if source.exists()}
    for needles in ((part.context, part.text), (part.text,)):
        for source, text in texts.items():
            found = find_line(text, needles)
            if found:
                return "page", docs_path(source), *found
    file, line = _data_line(part, page_lang, data_dir)
    if file:
        return "data", file, line, None
    if config_file is not None and config_file.exists():
        found = find_line(read_text(config_file), (part.text,))
        if found:
            return "frame", config_file.name, *found
    return "frame", "", None, None


def placed(
    parts, built: str, page_lang: str, sources: list[Path], data_dir: Path, config_file: Path | None = None
) -> list[Finding]:
    """Each run as a finding at the file and line it most likely comes from (``sources``: the page's
    Markdown, or the pages a generated page is made of; then the data files, mkdocs.yml, the built page)."""
    found = []
    for part in parts:
        kind, file, line, column = _place(part, sources, page_lang, data_dir, config_file)
        if not file:
            file, line = built_name(built), part.line
        found.append(finding(_IDS[page_lang, kind], file, line, column, text=part.text, element=part.where))
    return found
