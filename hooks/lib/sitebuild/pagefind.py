"""Pagefind's program over the built pages: ``index(site, pages, words)`` writes ``pagefind/``.

Pagefind's extended build (it splits Japanese into words), 1.6.0 from npm (package.json, package-lock.json;
`make site` installs it): PyPI's 1.5.2 took ~2 s of CPU and ~300 MB per build; 1.6.0 splits with ICU4X
(about 0.25 s, 24 MB) and finds at least as much (BENCHMARKS.md). It is run as a program (its command
line): it has written the whole index when it ends, and the build waits for that. Each language is indexed
on its own and kept in the build cache (``sitebuild.cache``) under the program and the indexed text of
that language's pages; ``merged`` puts the languages' indexes together as Pagefind would have written them
in one run. Used by hooks/lib/sitebuild/finish/search_index.py, with ``sitebuild.search`` (the pages' indexed form).
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from sitedata.findings import FindingsError, finding

from . import cache, i18n
from .search import CONFIG, index_form

ENTRY = "pagefind-entry.json"  # the index's entry file: its version and, for each language, its files' hash
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


PROJECT = Path(__file__).resolve().parents[3]  # hooks/lib/sitebuild/ is three folders down
PAGEFIND_GLOB = "node_modules/@pagefind/*/bin/pagefind_extended*"


def pagefind_binary() -> str:
    """The program: ``PAGEFIND_BINARY_PATH`` if set, else the one npm installed for this machine."""
    if os.environ.get("PAGEFIND_BINARY_PATH"):
        return os.environ["PAGEFIND_BINARY_PATH"]
    found = sorted(p for p in PROJECT.glob(PAGEFIND_GLOB) if not p.name.endswith(".sha256"))
    if not found:
        raise FindingsError([finding("search.E002", "package.json")])
    return str(found[0])


def index(site: Path, pages: Mapping[str, str], words: dict[str, dict]) -> None:
    """Index the pages, one language at a time: Pagefind keeps one index per language, the same bytes whether
    the languages are indexed together or apart (tests/test_search_index.py), so an edit to a page makes its
    language's index again and the other's comes from the build cache."""
    binary = pagefind_binary()
    stat = Path(binary).stat()
    program = [str(Path(binary).resolve()), str(stat.st_size), str(stat.st_mtime_ns), json.dumps(CONFIG)]
    parts = []
    for lang in sorted({i18n.built_lang(url) for url in pages}):
        urls = sorted(url for url in pages if i18n.built_lang(url) == lang)
        parts.append(_language_index(binary, program, urls, pages, words))
    write_index(site / "pagefind", merged(parts))


def _language_index(binary: str, program: list[str], urls: list[str], pages: Mapping[str, str], words) -> dict:
    """The index of one language's pages: from the build cache when the same program has indexed the same text,
    else Pagefind's program over their indexed forms, written one by one to a temporary folder (not all
    held at once: 2,000 pages of a large site would take hundreds of megabytes)."""
    with tempfile.TemporaryDirectory() as folder:
        source, out = Path(folder) / "pages", Path(folder) / "index"
        texts = []  # each page's address and the digest of its indexed form
        for url in urls:
            form = index_form(pages[url], words[url])
            (source / url).parent.mkdir(parents=True, exist_ok=True)
            (source / url).write_text(form, encoding="utf-8")
            texts += [url, cache.key([form])]
        digest = cache.key([*program, *texts])
        kept = cache.load("pagefind", digest)
        if kept is not None:
            return cache.unpack(kept)
        files = _run(binary, source, out)
    cache.store("pagefind", digest, cache.pack(files))
    return files


def merged(parts: list[dict[str, bytes]]) -> dict[str, bytes]:
    """One index from the languages' indexes: their files together and one entry file naming every language.
    A file in two of them must be the same bytes (Pagefind's own scripts) and a language in one only; else
    this Pagefind writes what the site does not know, and the build stops rather than publish a broken search."""
    files: dict[str, bytes] = {}
    entry: dict | None = None
    for part in parts:
        this = json.loads(part[ENTRY])
        entry = entry or {**this, "languages": {}}
        if {**this, "languages": {}} != {**entry, "languages": {}} or this["languages"].keys() & entry["languages"]:
            _unknown(ENTRY)
        entry["languages"].update(this["languages"])
        for path, content in part.items():
            if path != ENTRY and files.setdefault(path, content) != content:
                _unknown(path)
    if entry is not None:
        files[ENTRY] = json.dumps(entry, ensure_ascii=False).encode("utf-8")
    return files


def _unknown(path: str) -> None:
    raise FindingsError([finding("search.E004", "package.json", path=path)])


def _run(binary: str, source: Path, out: Path) -> dict[str, bytes]:
    """Pagefind's program over ``source``, writing its index into ``out``: the index's files (a path inside
    it and its bytes), read once the program has ended, or a plain error if it did not end well."""
    command = [binary, "--site", str(source), "--output-path", str(out), "--silent"]
    command += ["--root-selector", CONFIG["root_selector"], "--keep-index-url"]
    for selector in CONFIG["exclude_selectors"]:
        command += ["--exclude-selectors", selector]
    try:
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, timeout=PATIENCE)
        said = (done.stderr or done.stdout).decode("utf-8", "replace").strip()[-500:]
        ended = done.returncode == 0 and (out / ENTRY).is_file()
    except (OSError, subprocess.TimeoutExpired) as error:
        said, ended = str(error), False
    if not ended:
        raise FindingsError([finding("search.E003", "package.json", said=said or "—")])
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def write_index(folder: Path, files: Mapping[str, bytes]) -> None:
    """Write Pagefind's files (a path inside the index and its bytes) in the order of
    their names, leaving out the interfaces this site does not use and sorting the entry file's
    languages (Pagefind lists them in a varying order)."""
    for name in sorted(files):
        path = PurePosixPath(name)
        if path.is_absolute() or ".." in path.parts:
            raise FindingsError([finding("search.E005", "package.json", path=str(path))])
        if name in UNUSED:
            continue
        content = files[name]
        if name == ENTRY:
            entry = json.loads(content)
            entry["languages"] = dict(sorted(entry["languages"].items()))
            content = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(content)
