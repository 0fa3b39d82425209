"""ふりがな: the readings of the kanji words of a Japanese text (hooks/lib/sitebuild/render/furigana_page.py uses them).

``words`` are the prefecture's proper nouns with their readings from ``data/readings.yml`` (places,
offices, buildings; ``sitedata.readings``), read as written there wherever they occur; everything else is
read with the morphological analyser SudachiPy and its core dictionary
(``sudachidict_core``; both pinned in pyproject.toml). A word of the data file is read as written
the analyser reads the text around them.

``page_readings(article_html, words)`` gives, for each text of a page that holds a kanji, its readings as
``[start, length, reading]`` (start and length in UTF-16 code units, as JavaScript counts);
``ruby_html(fragment, words)`` writes them as ``<ruby>`` into the HTML. Readings are not put inside code,
``<pre>``, ``<kbd>``, ``<samp>``, existing ``<ruby>``, ``<svg>``, text marked in another language
(``lang="en"``), or the printed page's head and foot (``.print-frame``).
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from sitedata.readings import KANJI, load_readings  # noqa: F401  (load_readings: for the tests)

OUTPUT_DIR = "furigana"

KANJI_RUN = re.compile(r"(?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f々〆ヶ])+")

# Elements whose text gets no readings (their end tag closes the skip).
SKIP = {"code", "pre", "kbd", "samp", "script", "style", "ruby", "rt", "rp", "svg", "textarea", "title"}
TAG = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.S)
ARTICLE = re.compile(r"(<article\b[^>]*>)(.*?)(</article>)", re.S)
BANNER = re.compile(r"<aside class=\"md-banner\">.*?</aside>", re.S)  # Material's announce banner
BODY = re.compile(r"(<body\b[^>]*>)(.*)(</body>)", re.S)
OTHER_LANG = re.compile(r"""\blang\s*=\s*["']?(?!ja)[a-zA-Z]""")
# The printed page's head and foot (hooks/lib/sitebuild/render/print_frame.py) keep their exact words.
NO_READINGS = re.compile(r"""\bclass\s*=\s*["'][^"']*\bprint-frame\b""")


# ---------------------------------------------------------------- the analyser


@lru_cache(maxsize=1)
def _tokenizer():
    from sudachipy import Dictionary, SplitMode

    return Dictionary(dict="core").tokenizer(mode=SplitMode.C)


def hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


@lru_cache(maxsize=8192)  # words repeat across texts: each pattern is built and compiled once
def align(surface: str, reading: str) -> tuple[tuple[int, int, str], ...] | None:
    """The reading of each kanji run of ``surface`` (offsets in ``surface``), matching its kana to
    the reading: 取組み + とりくみ -> 取組 = とりく. None when they cannot be matched."""
    if not KANJI.search(surface) or not reading:
        return None
    parts = re.split(f"({KANJI_RUN.pattern})", surface)
    pattern = "".join("(.+?)" if KANJI.match(p) else re.escape(hiragana(p)) for p in parts if p)
    match = re.fullmatch(pattern, reading)
    if not match:
        return None
    out, at, group = [], 0, 1
    for part in parts:
        if not part:
            continue
        if KANJI.match(part):
            out.append((at, len(part), match.group(group)))
            group += 1
        at += len(part)
    return tuple(out)


DIGIT_DAY = {2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 20, 24}  # ふつか, みっか … はつか, にじゅうよっか: 日 is read か


def _context_reading(morphemes, index: int) -> str | None:
    """Corrections by context of readings the dictionary gets wrong on text like this site's
    (measured on the site's pages; see BENCHMARKS.md): the analyser's reading otherwise."""
    m = morphemes[index]
    surface, before = m.surface(), morphemes[index - 1].surface() if index else ""
    if surface == "日" and before.isdigit():
        return "か" if int(before) in DIGIT_DAY else "にち"  # 25日 is にじゅうごにち, not にじゅうごか
    if surface == "日本":
        return "にほん"  # the site writes 日本語, 日本時間: にほん (the dictionary gives にっぽん)
    earlier = {p.surface() for p in morphemes[max(0, index - 2) : index]}
    if surface.startswith("行") and earlier & {"を", "は", "も"} and m.dictionary_form() == "行く":
        return "おこな" + hiragana(m.reading_form())[1:]  # 確認を行っています, 試験は行っていません: おこなって
    if surface == "方" and before in ("の", "ある", "いる"):
        return "かた"  # 高齢の方, 障がいのある方: a person (かた), not a direction (ほう)
    return None


@lru_cache(maxsize=8192)
def _analyse(text: str) -> tuple[tuple[int, int, str], ...]:
    """Readings of the kanji words of a text that holds no word of the data file."""
    tokenizer = _tokenizer()
    morphemes = list(tokenizer.tokenize(text))
    out = []
    for index, m in enumerate(morphemes):
        surface = m.surface()
        if not KANJI.search(surface):
            continue
        start = m.begin()
        reading = _context_reading(morphemes, index) or hiragana(m.reading_form())
        spans = align(surface, reading)
        if spans is None:  # e.g. 文字（フォント） as one word: read each kanji run on its own
            spans = []
            for run in KANJI_RUN.finditer(surface):
                if run.group(0) != surface:
                    spans += [(run.start() + s, n, r) for s, n, r in _analyse(run.group(0))]
        out += [(start + s, n, r) for s, n, r in spans]
    return tuple(out)


@lru_cache(maxsize=4)
def _word_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def readings_of(text: str, words: dict[str, str]) -> list[tuple[int, int, str]]:
    """``[(start, length, reading)]`` for the kanji words of ``text`` (offsets in code points):
    the data file's words as written there, the rest as the analyser reads it."""
    if not KANJI.search(text):
        return []
    out: list[tuple[int, int, str]] = []
    at = 0
    pattern = _word_pattern(tuple(words)) if words else None
    for match in pattern.finditer(text) if pattern else ():
        out += [(at + s, n, r) for s, n, r in _analyse(text[at : match.start()])] if match.start() > at else []
        word = match.group(0)
        out += [(match.start() + s, n, r) for s, n, r in (align(word, words[word]) or [(0, len(word), words[word])])]
        at = match.end()
    if at < len(text):
        out += [(at + s, n, r) for s, n, r in _analyse(text[at:])]
    return out


# ---------------------------------------------------------------- the page's texts


VOID = {"br", "img", "wbr", "hr", "input", "meta", "link", "col", "source"}


def texts(fragment: str, tags: bool = True):
    """Split HTML into (kind, piece): ("tag", markup) or ("text", text that may get readings) or
    ("skip", text inside an element that gets none); without ``tags``, the texts alone."""
    stack: list[str] = []  # open elements that stop readings
    at = 0
    for match in TAG.finditer(fragment):
        start = match.start()
        if start > at:
            yield ("skip" if stack else "text", fragment[at:start])
        closing, name, attrs = match.groups()
        if name:
            name = name.lower()
            if closing:
                if stack and stack[-1] == name:
                    stack.pop()
            elif (
                stack
                or name in SKIP
                or ("lang" in attrs and OTHER_LANG.search(attrs))  # (the patterns' own words: a quick look first)
                or ("print-frame" in attrs and NO_READINGS.search(attrs))
            ) and not attrs.rstrip().endswith("/"):
                if name not in VOID:
                    stack.append(name)
        if tags:
            yield ("tag", match.group(0))
        at = match.end()
    if at < len(fragment):
        yield ("skip" if stack else "text", fragment[at:])


def utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def page_readings(article_html: str, words: dict[str, str]) -> dict[str, list]:
    """{text: [[start, length, reading], ...]} for the texts of an article that have kanji words."""
    return _page_readings(article_html, tuple(words.items()))


@lru_cache(maxsize=256)  # a page built again unchanged (a rebuild of the preview) is not read again
def _page_readings(article_html: str, word_items: tuple[tuple[str, str], ...]) -> dict[str, list]:
    out: dict[str, list] = {}
    for kind, piece in texts(article_html, tags=False):
        if kind != "text":
            continue
        text = html.unescape(piece)
        if text in out or not KANJI.search(text):
            continue
        spans = _text_readings(text, word_items)
        if spans:
            out[text] = [list(span) for span in spans]
    return out


@lru_cache(maxsize=8192)  # pages repeat their texts (the menu, the footer, the rows of the results pages)
def _text_readings(text: str, word_items: tuple[tuple[str, str], ...]) -> tuple[tuple[int, int, str], ...]:
    """The readings of one text, in UTF-16 code units."""
    spans = readings_of(text, dict(word_items))
    return tuple((utf16(text, s), utf16(text, s + n) - utf16(text, s), r) for s, n, r in spans)


def ruby_html(fragment: str, words: dict[str, str]) -> str:
    """The HTML with ``<ruby>word<rt aria-hidden="true" data-pagefind-ignore>reading</rt></ruby>`` over
    every kanji word: read once by screen readers, and left out of the search index should the page
    ever be indexed (it is not in the menu, which hooks/lib/sitebuild/finish/search_index.py indexes)."""
    out = []
    for kind, piece in texts(fragment):
        if kind != "text" or not KANJI.search(piece):
            out.append(piece)
            continue
        text, at = html.unescape(piece), 0
        for start, length, reading in readings_of(text, words):
            out.append(html.escape(text[at:start], quote=False))
            out.append(
                f"<ruby>{html.escape(text[start : start + length], quote=False)}"
                f'<rt aria-hidden="true" data-pagefind-ignore>{reading}</rt></ruby>'
            )
            at = start + length
        out.append(html.escape(text[at:], quote=False))
    return "".join(out)
