"""The site search's index: Pagefind's extended build over the built pages, and the synonyms file.

``own_words(html)`` reads a page's title, text and headings once; ``index_form`` is the page as Pagefind
indexes it (NFKC, digits apart from the Japanese next to them); ``index(site, pages, words)`` writes
``pagefind/``; ``write_synonyms`` checks each synonym's ``find`` against the pages and writes
``pagefind/synonyms.json``; ``stable_entry`` keeps Pagefind's entry file the same from build to build.
Used by hooks/5_site/search_index.py, whose docstring says what the search does and why.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
import unicodedata
from collections.abc import Mapping
from html import escape
from pathlib import Path, PurePosixPath

import lxml.html
from mkdocs.exceptions import PluginError

import sitedata

from . import cache, i18n

CONFIG = {
    "root_selector": "article",  # the page's text, not the menus, header or footer
    "exclude_selectors": [".headerlink"],  # the ¶ after each heading
    "keep_index_url": True,  # index.html stays in result addresses (works from any folder)
}

PATIENCE = 600  # seconds Pagefind's program may take (a few here), after which the build stops with a message

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


# Pagefind's extended build (it splits Japanese into words), 1.6.0 from npm (package.json, package-lock.json;
# `make site` installs it): PyPI's 1.5.2 took ~2 s of CPU and ~300 MB per build; 1.6.0 splits with ICU4X
# (about 0.25 s, 24 MB) and finds at least as much (BENCHMARKS.md). Run as a program (its command line): it has
# written the whole index when it ends, and the build waits for that.
PROJECT = Path(__file__).resolve().parents[3]  # hooks/lib/sitebuild/ is three folders down
PAGEFIND_GLOB = "node_modules/@pagefind/*/bin/pagefind_extended*"


def pagefind_binary() -> str:
    """The program: ``PAGEFIND_BINARY_PATH`` if set, else the one npm installed for this machine."""
    if os.environ.get("PAGEFIND_BINARY_PATH"):
        return os.environ["PAGEFIND_BINARY_PATH"]
    found = sorted(p for p in PROJECT.glob(PAGEFIND_GLOB) if not p.name.endswith(".sha256"))
    if not found:
        raise PluginError(
            "検索: Pagefind（npm の pagefind）がありません。`make site` で入れてください。\n"
            "  Search: Pagefind (npm's pagefind) is missing; `make site` installs it."
        )
    return str(found[0])


def index(site: Path, pages: Mapping[str, str], words: dict[str, dict]) -> None:
    """Index the pages: their indexed form in a temporary folder, which Pagefind's program reads whole and
    indexes into another, or the index of the same text from the build cache."""
    binary = pagefind_binary()
    program, stat = Path(binary).resolve(), Path(binary).stat()
    with tempfile.TemporaryDirectory() as folder:
        source, out = Path(folder) / "pages", Path(folder) / "index"
        texts = []  # each page's address and the digest of its indexed form (the pages are not all kept at once)
        for url in sorted(pages):
            form = index_form(pages[url], words[url])
            copy = source / url
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(form, encoding="utf-8")
            texts += [url, cache.key([form])]
        digest = cache.key([str(program), str(stat.st_size), str(stat.st_mtime_ns), json.dumps(CONFIG), *texts])
        kept = cache.load("pagefind", digest)  # the same program over the same text writes the same index
        if kept is not None:
            write_index(site / "pagefind", [{"path": p, "content": c} for p, c in cache.unpack(kept).items()])
            return
        files = _run(binary, source, out)
    cache.store("pagefind", digest, cache.pack({f["path"]: f["content"] for f in files}))
    write_index(site / "pagefind", files)


def _run(binary: str, source: Path, out: Path) -> list[dict]:
    """Pagefind's program over ``source``, writing its index into ``out``: the index's files (a path inside
    it and its bytes), read once the program has ended, or a plain error if it did not end well."""
    command = [binary, "--site", str(source), "--output-path", str(out), "--silent"]
    command += ["--root-selector", CONFIG["root_selector"], "--keep-index-url"]
    for selector in CONFIG["exclude_selectors"]:
        command += ["--exclude-selectors", selector]
    try:
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, timeout=PATIENCE)
        said = (done.stderr or done.stdout).decode("utf-8", "replace").strip()[-500:]
        ended = done.returncode == 0 and (out / "pagefind-entry.json").is_file()
    except (OSError, subprocess.TimeoutExpired) as error:
        said, ended = str(error), False
    if not ended:
        raise PluginError(
            f"検索: Pagefind が索引を書き終えずに止まりました（{said or '説明なし'}）。もう一度ビルドし、"
            "続くときは報告してください。\n  Search: Pagefind stopped before it had written the index"
            f" ({said or 'no reason given'}). Build again; if it happens again, report it."
        )
    return [{"path": p.relative_to(out).as_posix(), "content": p.read_bytes()} for p in out.rglob("*") if p.is_file()]


def write_index(folder: Path, files: list[dict]) -> None:
    """Write Pagefind's files (a path inside the index and its bytes) in the order of
    their names, leaving out the interfaces this site does not use and sorting the entry file's
    languages (Pagefind lists them in a varying order)."""
    for file in sorted(files, key=lambda f: f["path"]):
        path = PurePosixPath(file["path"])
        if path.is_absolute() or ".." in path.parts:
            raise PluginError(
                f"検索: Pagefind のファイル名 {path} が索引の外を指しています。\n"
                f"  Search: Pagefind named a file outside its index: {path}."
            )
        if path.as_posix() in UNUSED:
            continue
        content = file["content"]
        if path.as_posix() == "pagefind-entry.json":
            entry = json.loads(content)
            entry["languages"] = dict(sorted(entry["languages"].items()))
            content = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(content)


def write_synonyms(site: Path, words: dict[str, dict], data: sitedata.SiteData) -> None:
    """pagefind/synonyms.json, once each ``find`` is known to be on a page of its language (the
    page's own text, ``own_words``, which search.js matches against)."""
    synonyms, tree = data.synonyms
    texts = {lang: [] for lang in sitedata.LANGS}
    for url, own in words.items():
        texts[i18n.built_lang(url)].append(sitedata.search_key(own.get("text", "")))
    table: dict = {lang: {} for lang in sitedata.LANGS}
    for i, item in enumerate(synonyms.synonyms):
        for lang in sitedata.LANGS:
            find = item.find[lang]
            if not any(sitedata.search_key(find) in text for text in texts[lang]):
                raise sitedata.DataError(
                    "data/search_synonyms.yml",
                    sitedata.line_of(tree, ("synonyms", i, "find", lang)),
                    f"「{find}」（{lang}）は、検索するどのページにも書かれていません。ページにある言葉をそのまま書いてください。",
                    f'No page in the search holds "{find}" ({lang}). Write words that are on a page, as written there.',
                )
            for word in item.words[lang]:
                table[lang].setdefault(sitedata.search_key(word), []).append(find)
    (site / "pagefind").mkdir(exist_ok=True)
    (site / "pagefind" / "synonyms.json").write_text(
        json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8"
    )
