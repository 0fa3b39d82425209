"""The site search: one Pagefind index per language, Japanese split into words, and its synonyms.

Reads data/search_synonyms.yml (checked at the start of the build; each ``find`` must be on a page of
its language, checked once the pages are built). Indexes the built pages that are in the site's menu
(both languages; staff pages, the print pages and 404 are left out, and so is a page whose front matter says
``search: {exclude: true}``). Emits ``pagefind/`` at the site root: Pagefind's extended build
(pip package ``pagefind[extended]``) writes one index per page language (``<html lang>``), so a
Japanese page searches Japanese pages only and an English page English pages only, and it splits
Japanese text into words at indexing time (復興 inside 創造的復興 is a word of its own).

Text is indexed in Unicode NFKC form, the same form docs/assets/search.js gives the reader's query,
so full-width and half-width letters and digits, and CO₂ and CO2, find each other. A space is put
between digits and the Japanese next to them (令和 2 年 (2020 年) 12 月 25 日): without it Pagefind
indexes such digits one by one, and 2020年 or 12月25日 would find nothing. That form serves for
matching only: each page also carries, as Pagefind metadata kept out of the index, its own title
(``title``), its text (``text``) and its headings (``headings``, JSON ``[[id, text], …]``), from which
docs/assets/search.js shows the title and cuts the excerpts, in the page's own words.

Emits ``pagefind/synonyms.json``: for each language, a reader's word (in ``sitedata.search_key``
form) and the ``find`` words the search also looks for.

Material's own search box stays (overrides/partials/search.html) and docs/assets/search.js drives
it; Material's lunr index (search/search_index.json, both languages in one file) is removed, as
nothing reads it any more.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import tempfile
import time
import unicodedata
from html import escape
from pathlib import Path

import lxml.html

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

import sitedata

CONFIG = {
    "root_selector": "article",  # the page's text, not the menus, header or footer
    "exclude_selectors": [".headerlink"],  # the ¶ after each heading
    "keep_index_url": True,  # index.html stays in result addresses (works from any folder)
}

# Pagefind's ready-made interfaces, which this site does not use (it keeps Material's search box).
UNUSED = [
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
]

ARTICLE = re.compile(r"<article\b.*?</article>", re.S)  # the indexed part (root_selector)
TEXT = re.compile(r">([^<]+)<")  # text between two tags
DIGITS_AND_JAPANESE = re.compile(r"(?<=[0-9])(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])(?=[0-9])")
INLINE = {
    "a",
    "abbr",
    "b",
    "bdi",
    "cite",
    "code",
    "data",
    "dfn",
    "em",
    "i",
    "kbd",
    "mark",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "time",
    "u",
    "var",
    "wbr",
}
LEFT_OUT = (
    './/*[@data-pagefind-ignore] | .//a[contains(concat(" ", @class, " "), " headerlink ")]'
    " | .//script | .//style"
)  # as Pagefind leaves them out (exclude_selectors)

_preview_index: list[Path] = []  # under `mkdocs serve`: the first build's index, reused
_menu: set[str] = set()  # addresses of the pages in the menu, both languages (filled per language build)


def on_pre_build(config, **kwargs):
    if not sitedata.building_other_languages(config):
        _menu.clear()
        sitedata.load_synonyms()  # a mistake in the synonyms stops the build before the pages are made


def on_nav(nav, config, files, **kwargs):
    for page in nav.pages:
        _menu.add(page.url)
    return nav


def on_page_context(context, page, config, nav, **kwargs):
    if (page.meta.get("search") or {}).get("exclude"):
        _menu.discard(page.url)
    return context


def plain_text(element) -> str:
    """The text a reader sees in an element: a space where a block starts or ends."""
    parts: list[str] = []

    def walk(e):
        block = e.tag not in INLINE
        parts.append(" " if block else "")
        parts.append(e.text or "")
        for child in e:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")
        parts.append(" " if block else "")

    walk(element)
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def own_words(html: str) -> dict[str, str]:
    """The page's own words, as Pagefind metadata: its title, its text and its headings, read from
    its article without what Pagefind leaves out. Empty for a page without an article."""
    article = ARTICLE.search(html)
    if not article:
        return {}
    root = lxml.html.fragment_fromstring(article.group(0))
    for left_out in root.xpath(LEFT_OUT):
        left_out.drop_tree()  # its tail (the text after it) stays
    headings = root.xpath(".//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6")
    return {
        "title": next((plain_text(h) for h in headings if h.tag == "h1"), ""),
        "text": plain_text(root),
        "headings": json.dumps([[h.get("id"), plain_text(h)] for h in headings if h.get("id")], ensure_ascii=False),
    }


def index_form(html: str, words: dict[str, str]) -> str:
    """The page with the text of its article in the indexed form (NFKC, digits apart from Japanese),
    and its own words (``own_words``) as metadata kept out of the index (data-pagefind-ignore)."""
    metas = "".join(
        f'<div data-pagefind-ignore data-pagefind-meta="{key}">{escape(value)}</div>' for key, value in words.items()
    )

    def text(m):
        return ">" + DIGITS_AND_JAPANESE.sub(" ", unicodedata.normalize("NFKC", m.group(1))) + "<"

    def article(m):
        indexed = TEXT.sub(text, m.group(0))
        end = indexed.rindex("</article>")
        return indexed[:end] + metas + indexed[end:]

    return ARTICLE.sub(article, html)


async def _index(site: Path, pages: dict[str, str], words: dict[str, dict]) -> None:
    """Index the pages in one call: their indexed form is written to a temporary folder with the
    same layout, which Pagefind reads as a whole (one request, instead of one per page)."""
    from pagefind.index import PagefindIndex

    with tempfile.TemporaryDirectory() as folder:
        for url, html in pages.items():
            copy = Path(folder) / url
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(index_form(html, words[url]), encoding="utf-8")
        async with PagefindIndex(config={**CONFIG, "output_path": str(site / "pagefind")}) as index:
            await index.add_directory(path=folder)


def _write_synonyms(site: Path, words: dict[str, dict]) -> None:
    """pagefind/synonyms.json, once each ``find`` is known to be on a page of its language (the
    page's own text, ``own_words``, which search.js matches against)."""
    synonyms, tree = sitedata.load_synonyms()
    texts = {lang: [] for lang in sitedata.LANGS}
    for url, own in words.items():
        texts["en" if url.startswith("en/") else "ja"].append(sitedata.search_key(own.get("text", "")))
    table: dict = {lang: {} for lang in sitedata.LANGS}
    for i, item in enumerate(synonyms.synonyms):
        for lang in sitedata.LANGS:
            find = item.find[lang]
            if not any(sitedata.search_key(find) in text for text in texts[lang]):
                raise sitedata.DataError(
                    "data/search_synonyms.yml",
                    sitedata._line_of(tree, ("synonyms", i, "find", lang)),
                    f"「{find}」（{lang}）は、検索するどのページにも書かれていません。ページにある言葉をそのまま書いてください。",
                    f'No page in the search holds "{find}" ({lang}). Write words that are on a page, as written there.',
                )
            for word in item.words[lang]:
                table[lang].setdefault(sitedata.search_key(word), []).append(find)
    (site / "pagefind").mkdir(exist_ok=True)
    (site / "pagefind" / "synonyms.json").write_text(
        json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8"
    )


def _stable_entry(path: Path) -> None:
    """Pagefind lists the languages in a varying order: sort them, so two builds are identical."""
    for _ in range(50):  # on a large site Pagefind may still be finishing the file: wait up to 5 s
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            break
        except (OSError, ValueError):
            time.sleep(0.1)
    else:
        raise PluginError(
            f"検索: Pagefind が {path.name} を書けませんでした。もう一度ビルドしてください。\n"
            f"  Search: Pagefind did not write {path.name}; build again."
        )
    entry["languages"] = dict(sorted(entry["languages"].items()))
    path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


@event_priority(-200)  # after mkdocs-static-i18n has built every language
def on_post_build(config, **kwargs):
    if sitedata.building_other_languages(config):
        return
    try:
        import pagefind_bin_extended  # noqa: F401  (the build that splits Japanese into words)
    except ImportError as err:
        raise PluginError(
            "検索: pagefind[extended] がありません。`make site` で入れてください。\n"
            "  Search: pagefind[extended] is missing; `make site` installs it."
        ) from err
    site = Path(config.site_dir)
    urls = sorted(url for url in _menu if (site / url).is_file())
    pages = {url: (site / url).read_text(encoding="utf-8") for url in urls}  # each page read and parsed once
    words = {url: own_words(html) for url, html in pages.items()}
    _write_synonyms(site, words)
    if sitedata.RUN["command"] == "serve" and _preview_index:
        # A preview rebuild: reuse the index of the preview's first build (search may lag behind
        # an edit until `mkdocs serve` is restarted; the published build always indexes afresh).
        shutil.copytree(_preview_index[0], site / "pagefind", dirs_exist_ok=True)
        _drop_unused(site)
        return
    asyncio.run(_index(site, pages, words))
    _stable_entry(site / "pagefind" / "pagefind-entry.json")
    if sitedata.RUN["command"] == "serve":
        keep = Path(tempfile.mkdtemp(prefix="pagefind-preview-"))
        shutil.copytree(site / "pagefind", keep, dirs_exist_ok=True)
        _preview_index.append(keep)
    _drop_unused(site)


def _drop_unused(site: Path) -> None:
    for name in UNUSED:
        (site / "pagefind" / name).unlink(missing_ok=True)
    (site / "search" / "search_index.json").unlink(missing_ok=True)
    if (site / "search").is_dir() and not any((site / "search").iterdir()):
        (site / "search").rmdir()
