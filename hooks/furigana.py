"""ふりがな: readings over the kanji words of the Japanese pages, made at build time.

Reads ``data/readings.yml`` (the prefecture's proper nouns with their readings: places, offices,
buildings; checked like the other data files, mistakes reported with the file and line) and reads
everything else with the morphological analyser SudachiPy and its core dictionary
(``sudachidict_core``; both pinned in pyproject.toml). A word of the data file is read as written
there wherever it occurs; the analyser reads the text around it.

Emits, for every Japanese page (not the staff pages):

- ``furigana/<page>.json`` at the site root: for each text of the page's ``<article>`` that holds a
  kanji, the readings of its kanji words as ``[start, length, reading]`` (start and length in UTF-16
  code units, as JavaScript counts), keyed by the text itself;
- ``<meta name="furigana" content="furigana/<page>.json">`` in the page's head, which tells
  ``docs/assets/furigana.js`` to offer the 「ふりがなをつける」/「ふりがなを消す」 button. The button
  fetches the file and puts ``<ruby>word<rt aria-hidden="true">reading</rt></ruby>`` over the words
  only when pressed; the choice is remembered (localStorage). The page's HTML itself is unchanged,
  so with ふりがな off the search index, copy and paste, printing and screen readers see the plain
  text, and the first view of a page carries no readings.

A page whose front matter says ``furigana: always`` (the やさしい日本語 page, docs/easy.md) gets the
readings in its HTML instead, over every kanji word of its body (header, menu, text, footer), shown
without the button (text the browser writes later, such as the comment-status banner's state, has none).

Readings are not put inside code, ``<pre>``, ``<kbd>``, ``<samp>``, existing ``<ruby>``, ``<svg>``,
text marked in another language (``lang="en"``), or the printed page's head and foot
(``.print-frame``, whose words the print tests read as they are). They are put inside links and
headings: a ``<ruby>`` inside ``<a>`` or ``<h2>`` keeps the link and the heading's anchor (the anchor id is made
from the Markdown before this hook runs).
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, StringConstraints

import sitedata
from sitedata import DataError, Strict

READINGS_FILE = sitedata.DATA_DIR / "readings.yml"
OUTPUT_DIR = "furigana"

KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f々〆ヶ]")
KANJI_RUN = re.compile(r"(?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f々〆ヶ])+")
HIRAGANA = re.compile(r"^[\u3041-\u3096ー]+$")

# Elements whose text gets no readings (their end tag closes the skip).
SKIP = {"code", "pre", "kbd", "samp", "script", "style", "ruby", "rt", "rp", "svg", "textarea", "title"}
TAG = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.S)
ARTICLE = re.compile(r"(<article\b[^>]*>)(.*?)(</article>)", re.S)
BODY = re.compile(r"(<body\b[^>]*>)(.*)(</body>)", re.S)
OTHER_LANG = re.compile(r"""\blang\s*=\s*["']?(?!ja)[a-zA-Z]""")
# The printed page's head and foot (hooks/print_frame.py) keep their exact words.
NO_READINGS = re.compile(r"""\bclass\s*=\s*["'][^"']*\bprint-frame\b""")


# ---------------------------------------------------------------- the data file


class Reading(Strict):
    word: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    reading: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Readings(Strict):
    readings: list[Reading] = Field(min_length=1)


def load_readings(path: Path = READINGS_FILE) -> dict[str, str]:
    """The words of data/readings.yml and their readings; DataError (file, line, fix) on a mistake."""
    data, tree = sitedata._validate(Readings, path)
    rel = sitedata.shown(path)
    out: dict[str, str] = {}
    for index, entry in enumerate(data.readings):
        line = sitedata._line_of(tree, ("readings", index))
        if not KANJI.search(entry.word):
            raise DataError(
                rel,
                line,
                f"「{entry.word}」には漢字がありません。ふりがなが要るのは漢字を含む語だけです。この項目を消してください。",
                f'"{entry.word}" has no kanji: only words with kanji need a reading. Remove the entry.',
            )
        if not HIRAGANA.match(entry.reading):
            raise DataError(
                rel,
                sitedata._line_of(tree, ("readings", index, "reading")),
                f"「{entry.word}」の読み「{entry.reading}」はひらがなだけで書いてください（カタカナ・漢字・空白は使えません）。",
                f'The reading "{entry.reading}" of "{entry.word}" must be written in hiragana only '
                "(no katakana, kanji or spaces).",
            )
        if entry.word in out:
            raise DataError(
                rel,
                line,
                f"「{entry.word}」が2回書かれています。1つにしてください。",
                f'"{entry.word}" is listed twice. Keep one entry.',
            )
        out[entry.word] = entry.reading
    return out


def _readings() -> dict[str, str]:
    stat = READINGS_FILE.stat() if READINGS_FILE.exists() else None
    return _readings_cached(stat.st_mtime_ns if stat else 0, stat.st_size if stat else 0)


@lru_cache(maxsize=2)
def _readings_cached(_mtime: int, _size: int) -> dict[str, str]:
    return load_readings()


# ---------------------------------------------------------------- the analyser


@lru_cache(maxsize=1)
def _tokenizer():
    from sudachipy import Dictionary, SplitMode

    return Dictionary(dict="core").tokenizer(mode=SplitMode.C)


def hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def align(surface: str, reading: str) -> list[tuple[int, int, str]] | None:
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
    return out


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


def readings_of(text: str, words: dict[str, str] | None = None) -> list[tuple[int, int, str]]:
    """``[(start, length, reading)]`` for the kanji words of ``text`` (offsets in code points):
    the data file's words as written there, the rest as the analyser reads it."""
    if not KANJI.search(text):
        return []
    words = _readings() if words is None else words
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


def texts(fragment: str):
    """Split HTML into (kind, piece): ("tag", markup) or ("text", text that may get readings) or
    ("skip", text inside an element that gets none)."""
    stack: list[str] = []  # open elements that stop readings
    at = 0
    for match in TAG.finditer(fragment):
        if match.start() > at:
            yield ("skip" if stack else "text", fragment[at : match.start()])
        closing, name, attrs = match.group(1), (match.group(2) or "").lower(), match.group(3) or ""
        if name:
            void = attrs.rstrip().endswith("/")
            if closing:
                if stack and stack[-1] == name:
                    stack.pop()
            elif not void and (name in SKIP or OTHER_LANG.search(attrs) or NO_READINGS.search(attrs) or stack):
                if name not in ("br", "img", "wbr", "hr", "input", "meta", "link", "col", "source"):
                    stack.append(name)
        yield ("tag", match.group(0))
        at = match.end()
    if at < len(fragment):
        yield ("skip" if stack else "text", fragment[at:])


def utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def page_readings(article_html: str) -> dict[str, list]:
    """{text: [[start, length, reading], ...]} for the texts of an article that have kanji words."""
    out: dict[str, list] = {}
    for kind, piece in texts(article_html):
        if kind != "text":
            continue
        text = html.unescape(piece)
        if text in out or not KANJI.search(text):
            continue
        spans = readings_of(text)
        if spans:
            out[text] = [[utf16(text, s), utf16(text, s + n) - utf16(text, s), r] for s, n, r in spans]
    return out


def ruby_html(fragment: str) -> str:
    """The HTML with ``<ruby>word<rt aria-hidden="true" data-pagefind-ignore>reading</rt></ruby>`` over
    every kanji word: read once by screen readers, and left out of the search index should the page
    ever be indexed (it is not in the menu, which hooks/search_index.py indexes)."""
    out = []
    for kind, piece in texts(fragment):
        if kind != "text" or not KANJI.search(piece):
            out.append(piece)
            continue
        text, at = html.unescape(piece), 0
        for start, length, reading in readings_of(text):
            out.append(html.escape(text[at:start], quote=False))
            out.append(
                f"<ruby>{html.escape(text[start : start + length], quote=False)}"
                f'<rt aria-hidden="true" data-pagefind-ignore>{reading}</rt></ruby>'
            )
            at = start + length
        out.append(html.escape(text[at:], quote=False))
    return "".join(out)


# ---------------------------------------------------------------- hooks


def _wanted(page) -> bool:
    return sitedata.page_lang(page) == "ja" and not page.file.src_uri.startswith("staff/")


def _always(page) -> bool:
    return page.meta.get("furigana") == "always"


def on_pre_build(config, **kwargs):
    _readings()  # a mistake in data/readings.yml stops the build before any page is made


def json_path(page) -> str:
    """furigana/strategy.json for strategy.html (Japanese pages are built at the site root)."""
    return f"{OUTPUT_DIR}/{page.url[: -len('.html')] if page.url.endswith('.html') else page.url + 'index'}.json"


def on_post_page(output, page, config, **kwargs):
    if not _wanted(page):
        return output
    if _always(page):  # the whole visible page: header, menu, text and footer
        body = BODY.search(output)
        return output[: body.start(2)] + ruby_html(body.group(2)) + output[body.end(2) :] if body else output
    article = ARTICLE.search(output)
    if not article:
        return output
    readings = page_readings(article.group(2))
    if not readings:
        return output
    rel = json_path(page)
    target = Path(config.site_dir) / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(readings, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    depth = page.url.count("/")
    href = "../" * depth + rel
    return output.replace("</head>", f'<meta name="furigana" content="{href}"></head>', 1)
