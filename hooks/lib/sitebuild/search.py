"""The site search's index: Pagefind's extended build over the built pages, and the synonyms file.

``own_words(html)`` reads a page's title, text and headings (and a results page's rows) once; ``index_form`` is
the page as Pagefind indexes it (NFKC, digits apart from the Japanese next to them); ``write_synonyms`` checks
each synonym's ``find`` against the pages and writes ``pagefind/synonyms.json``, and the words of an empty result
(data/interface.yml's ``search`` part) ``pagefind/search-words.json``. Pagefind's program itself is run by
``sitebuild.pagefind``. Used by sitebuild/finish/search_index.py, whose docstring says what the search does and why.
"""

from __future__ import annotations

import json
import re
import unicodedata
from html import escape
from pathlib import Path

import lxml.html

import sitedata
from sitedata.findings import FindingsError, finding

from . import i18n

CONFIG = {
    "root_selector": "article",  # the page's text, not the menus, header or footer
    "exclude_selectors": [".headerlink"],  # the ¶ after each heading
    "keep_index_url": True,  # index.html stays in result addresses (works from any folder)
}

HINTS = ("fewer", "try")  # data/interface.yml's search words, for an empty result (docs/assets/search.js)
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
    words = {
        "title": next((plain_text(h) for h in headings if h.tag == "h1"), ""),
        "text": plain_text(root),
        "headings": json.dumps([[h.get("id"), plain_text(h)] for h in headings if h.get("id")], ensure_ascii=False),
    }
    rows = _result_rows(root)
    if rows:
        words["rows"] = json.dumps(rows, ensure_ascii=False)
    return words


def _result_rows(root) -> list[list[str]]:
    """The rows of a results page (``tr id="row-N"``): [id, its name as the table says it (番号 4 / No. 4), its
    text], so that a search whose words are in one opinion or view leads to that row."""
    found = []
    for row in root.xpath('.//tr[starts-with(@id, "row-")]'):
        column = row.xpath("ancestor::table[1]/thead/tr/th[1]")
        number = row.xpath("./th[1]")
        if column and number:
            found.append([row.get("id"), f"{plain_text(column[0])} {plain_text(number[0])}", plain_text(row)])
    return found


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


def write_synonyms(site: Path, words: dict[str, dict], data: sitedata.SiteData) -> None:
    """pagefind/synonyms.json, once each ``find`` is known to be on a page of its language (the
    page's own text, ``own_words``, which search.js matches against), for each language the folder has pages of."""
    synonyms, tree = data.synonyms
    texts = {lang: [] for lang in sitedata.LANGS}
    for url, own in words.items():
        texts[i18n.built_lang(url)].append(sitedata.search_key(own.get("text", "")))
    table: dict = {lang: {} for lang in sitedata.LANGS}
    found = []  # every find that is on no page, all at once
    for i, item in enumerate(synonyms.synonyms):
        for lang in sitedata.LANGS:
            find = item.find[lang]
            # (a folder of one language only, as another renderer builds it, is checked for that language)
            if texts[lang] and not any(sitedata.search_key(find) in text for text in texts[lang]):
                line = sitedata.line_of(tree, ("synonyms", i, "find", lang))
                found.append(finding("search.E001", "data/search_synonyms.yml", line, find=find, lang=lang))
            for word in item.words[lang]:
                table[lang].setdefault(sitedata.search_key(word), []).append(find)
    if found:
        raise FindingsError(found)
    (site / "pagefind").mkdir(exist_ok=True)
    (site / "pagefind" / "synonyms.json").write_text(
        json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8"
    )
    hints = {lang: {name: data.words.text(f"search.{name}", lang) for name in HINTS} for lang in sitedata.LANGS}
    (site / "pagefind" / "search-words.json").write_text(
        json.dumps(hints, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8"
    )
