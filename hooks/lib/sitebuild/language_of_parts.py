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
neither shown nor read out, and are skipped, as are scripts and styles. ``report`` says where each
finding comes from (the page's Markdown file and line, a data file, or the theme and mkdocs.yml) and
how to mark it, in Japanese and English. Used by hooks/6_check/lang_check.py and tests/test_language_of_parts.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import htmltree
from .allowlist import Finding
from .safe_html import source_of

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
        found.append((owner, 1, place, [Part(run, f"<{owner.tag.lower()}>", piece.strip()[:80]) for run in runs]))


def _attribute_parts(found: list, element, page_lang: str, likely) -> None:
    tag = element.tag.lower()
    for place, (name, value) in enumerate(_spoken(element, tag)):
        runs = _foreign_runs(value, page_lang) if likely(value) else ()
        if runs and _read(element, page_lang, text=False):
            found.append((element, 0, place, [Part(run, f"<{tag} {name}>", value[:80]) for run in runs]))


@lru_cache(maxsize=256)  # a page built again unchanged (a rebuild of the preview) is not read again
def findings(html: str, page_lang: str) -> tuple[Part, ...]:
    """Every run in the other language that is not marked with its ``lang``, in the order of a walk down the
    tree: each element's attributes, then its own text and the text after each of its children (a child's
    tail belongs to the element), then its children. Only the texts and attributes that hold a character of
    the other language are looked at closely (lxml's own iterators find them)."""
    if not html.strip():
        return ()
    root = htmltree.document(html)
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


# ---------------------------------------------------------------- the message


def _advice(page_lang: str, run: str) -> tuple[str, str]:
    if page_lang == EN:
        return (
            f"英語のページに、日本語であることが示されていない日本語「{run}」があります（読み上げソフトが英語の声で"
            f'読みます）。日本語の部分を <span lang="ja">{run}</span> のように囲むか、英語で書いてください。',
            f'The English page has Japanese text "{run}" that is not marked as Japanese (screen readers read it '
            f'with an English voice). Wrap it as <span lang="ja">{run}</span>, or write it in English.',
        )
    return (
        f"日本語のページに、英語であることが示されていない英語の文「{run}」があります（読み上げソフトが日本語の"
        f'声で読みます）。英語の部分を <span lang="en">{run}</span> のように囲むか、日本語で書いてください。',
        f'The Japanese page has an English phrase "{run}" that is not marked as English (screen readers read '
        f'it with a Japanese voice). Wrap it as <span lang="en">{run}</span>, or write it in Japanese.',
    )


def _data_line(part: Part, page_lang: str, data_dir: Path) -> tuple[str, int | None]:
    """The data file and line of the text: the whole text first, else the run on a line of the page's
    language (``en:`` on an English page), so that the Japanese original is not named instead."""
    files = [(f"data/{p.name}", p.read_text(encoding="utf-8").splitlines()) for p in sorted(data_dir.glob("*.yml"))]
    tries = [(part.context, None), (part.text, f"{page_lang}:")] if len(part.context) > 3 else [(part.text, None)]
    for needle, key in tries:
        for name, lines in files:
            for number, line in enumerate(lines, 1):
                if needle in line and (key is None or line.strip().startswith(key)):
                    return name, number
    return "", None


def _source(part: Part, sources: list[Path], page_lang: str, data_dir: Path) -> tuple[str, int | None]:
    """The first of the page sources that holds the text (a whole-document page's parts come from several
    pages), else a data file."""
    for needles in ((part.context, part.text), (part.text,)):
        for source in sources:
            file, line = source_of(Finding(part.where, "", "", needles), source, data_dir)
            if file.startswith("docs/"):
                return file, line
    return _data_line(part, page_lang, data_dir)


def report(parts: tuple[Part, ...], built: str, page_lang: str, sources: list[Path], data_dir: Path) -> str:
    """Each finding with the file and line it most likely comes from (``sources``: the page's Markdown, or
    the pages a generated page is made of), and the fix, in both languages."""
    lines = []
    for part in parts:
        ja, en = _advice(page_lang, part.text)
        file, line = _source(part, sources, page_lang, data_dir)
        if file:
            w_ja = f"{file} の {line} 行目" if line else file
            w_en = f"{file}, line {line}" if line else file
        else:
            w_ja = f"{built}（テーマ・mkdocs.yml・overrides/ またはフックが出力）"
            w_en = f"{built} (written by the theme, mkdocs.yml, overrides/ or a hook)"
        lines.append(f"{w_ja}: {part.where} — {ja}\n  {w_en} (built as {built}): {part.where} — {en}")
    return "言語の指定がない部分があります / Text in the other language is not marked:\n" + "\n".join(lines)
