"""ふりがな: readings over the kanji words of the Japanese pages, made at build time.

Reads ``data/readings.yml`` and the built Japanese pages; the readings are worked out by
hooks/lib/sitebuild/furigana.py (``data/readings.yml`` for the prefecture's proper nouns, SudachiPy
with its core dictionary for everything else).

Emits, for every Japanese page (not the staff pages):

- ``furigana/<page>.json`` at the site root: for each text of the page's ``<article>`` and of its
  comment-status banner (the words of every state: sitebuild/render/comment_status.py) that holds a kanji,
  the readings of its kanji words as ``[start, length, reading]`` (start and length in UTF-16 code
  units, as JavaScript counts), keyed by the text itself;
- ``<meta name="furigana" content="furigana/<page>.json">`` in the page's head, which tells
  ``docs/assets/furigana.js`` to offer the 「ふりがなをつける」/「ふりがなを消す」 button. The button
  fetches the file and puts ``<ruby>word<rt aria-hidden="true">reading</rt></ruby>`` over the words
  only when pressed; the choice is remembered (localStorage). The page's HTML itself is unchanged,
  so with ふりがな off the search index, copy and paste, printing and screen readers see the plain
  text, and the first view of a page carries no readings.

A page whose front matter says ``furigana: always`` (the やさしい日本語 page, docs/easy.md) gets the
readings in its HTML instead, over every kanji word of its body (header, menu, text, footer), shown
without the button (the banner's words are in the HTML, so they get their readings too).

Readings are not put inside code, ``<pre>``, ``<kbd>``, ``<samp>``, existing ``<ruby>``, ``<svg>``,
text marked in another language (``lang="en"``), or the printed page's head and foot
(``.print-frame``, whose words the print tests read as they are). They are put inside links and
headings: a ``<ruby>`` inside ``<a>`` or ``<h2>`` keeps the link and the heading's anchor (the anchor id is made
from the Markdown before this hook runs).

A page's readings file is kept in the environment's build cache (``hooks/lib/sitebuild/cache.py``) under a
key of everything it is made from: the page's ``<article>``, the words of data/readings.yml, the code that
reads (hooks/lib/sitebuild/furigana.py, hooks/lib/sitedata/readings.py) and the versions of SudachiPy and its
dictionary. A page built again unchanged takes its file from there, without loading the analyser; so does
a ``furigana: always`` page its body with the readings.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import sitebuild.furigana
import sitedata
import sitedata.readings
from sitebuild import cache, i18n
from sitebuild.furigana import ARTICLE, BANNER, BODY, OUTPUT_DIR, page_readings, ruby_html


def _wanted(page) -> bool:
    return i18n.page_lang(page) == "ja" and not page.file.src_uri.startswith("staff/")


def _always(page) -> bool:
    return page.meta.get("furigana") == "always"


@lru_cache(maxsize=1)
def _reader() -> tuple[bytes | str, ...]:
    """What the readings depend on besides the page and the words: the code and the analyser's versions."""
    code = (Path(sitebuild.furigana.__file__).read_bytes(), Path(sitedata.readings.__file__).read_bytes())
    return (*code, metadata.version("sudachipy"), metadata.version("sudachidict_core"))


def _made_from(words: dict[str, str]) -> list[str | bytes]:
    """What a page's readings depend on besides the page: the code, the analyser's versions and the words."""
    return [*_reader(), json.dumps(list(words.items()), ensure_ascii=False)]


def readings_file(article: str, words: dict[str, str]) -> bytes:
    """The page's readings as JSON (``{}`` when it has none), from the build cache when it was made before."""
    return cache.kept(
        "furigana",
        ["furigana 1", *_made_from(words), article],
        lambda: json.dumps(page_readings(article, words), ensure_ascii=False, separators=(",", ":")).encode(),
    )


def always_html(body: str, words: dict[str, str]) -> str:
    """The body of a ``furigana: always`` page with its readings, from the build cache when made before
    (so that a build whose pages did not change never loads the analyser)."""
    made = cache.kept(
        "furigana", ["furigana always 1", *_made_from(words), body], lambda: ruby_html(body, words).encode()
    )
    return made.decode("utf-8")


def json_path(page) -> str:
    """furigana/strategy.json for strategy.html (Japanese pages are built at the site root)."""
    return f"{OUTPUT_DIR}/{page.url[: -len('.html')] if page.url.endswith('.html') else page.url + 'index'}.json"


def with_furigana(output: str, page, config) -> str:
    """The finished Japanese page with its readings: the ``furigana`` meta (its file written beside the
    site), or on a ``furigana: always`` page the readings in its HTML; any other page as it is."""
    if not _wanted(page):
        return output
    words = sitedata.load(config).readings
    if _always(page):  # the whole visible page: header, menu, text and footer
        body = BODY.search(output)
        return output[: body.start(2)] + always_html(body.group(2), words) + output[body.end(2) :] if body else output
    article = ARTICLE.search(output)
    if not article:
        return output
    banner = BANNER.search(output)  # the comment-status banner: its words are read too
    readings = readings_file(article.group(2) + (banner.group(0) if banner else ""), words)
    if readings == b"{}":
        return output
    rel = json_path(page)
    target = Path(config.site_dir) / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(readings)
    depth = page.url.count("/")
    href = "../" * depth + rel
    return output.replace("</head>", f'<meta name="furigana" content="{href}"></head>', 1)
