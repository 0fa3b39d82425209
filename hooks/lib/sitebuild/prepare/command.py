"""``python -m sitebuild.prepare OUT [--lang ja|en] [--config mkdocs.yml]``: the prepared site of one language as
a plain docs folder, for a renderer that runs no MkDocs hooks (one language per site).

Reads mkdocs.yml (its docs folder, ``exclude_docs``, its menu; MkDocs loads its hooks, and with them the parts
registered there), data/ and docs/. Checks them as ``make site`` does (``sitebuild.configcheck``, then the strict
build's checks of the sources: prepare/sources.py) and stops with every finding (``FindingsError``'s message:
the file, the line and the fix, in Japanese and English; exit 1) on any slip the build stops on, links included.
Otherwise writes into OUT (a new or empty folder):

- every page of the language under its plain name, ``x.md`` (for English the text of docs/x.en.md; the Japanese
  text where a page has no English, as mkdocs-static-i18n falls back), its front matter as written and its
  Markdown as the MkDocs build renders it: every marker filled (``pages.page_markdown``);
- the printable pages and, once published, the results pages (``print-<id>.md``, ``results-<key>.md``);
- the open data files (``opendata/…``);
- every other file of docs/ (docs/assets/ and the rest) copied as it is.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.utils import meta

from sitebuild import configcheck, i18n
from sitedata.findings import FindingsError

from . import open_data, open_data_results, pages, sources
from .print_pages import read_page


def _split(text: str) -> tuple[str, str]:
    """A page's front matter (as written, with the blank lines after it) and its Markdown, as MkDocs splits them."""
    body = meta.get_data(text)[0]
    return text[: len(text) - len(body)], body


def _as_rendered(body: str) -> str:
    """A page's Markdown as the build's on_page_markdown hooks get it: mkdocs-static-i18n's own on_page_markdown
    (its admonition titles, none here) runs first and joins the lines again, without the last newline."""
    return "\n".join(body.splitlines())


def _sources(docs_dir: Path, config, lang: str) -> dict[str, Path]:
    """The plain name (x.md, assets/site.css) of each file of the language and the docs/ file it comes from."""
    found: dict[str, Path] = {}
    others = tuple(f".{code}.md" for code in i18n.LANGS if code != i18n.DEFAULT)
    for path in sorted(p for p in docs_dir.rglob("*") if p.is_file()):
        rel = path.relative_to(docs_dir).as_posix()
        if config.exclude_docs and config.exclude_docs.match_file(rel):
            continue
        if not rel.endswith(".md"):
            found[rel] = path
        elif not rel.endswith(others):  # a Japanese page: its English twin if the language has one
            twin = docs_dir / i18n.source_name(rel, lang)
            found[rel] = twin if twin.is_file() else path
    return found


def _write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)


def prepare(out: Path, lang: str, config_file: Path) -> list[str]:
    """Check the sources and write the prepared docs folder of ``lang`` into ``out``; the files written."""
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty: give a new or empty folder")
    slips = configcheck.check(config_file, config_file.name)  # as make site checks it before MkDocs reads it
    if slips:
        raise FindingsError(slips)
    config = load_config(str(config_file))
    docs_dir = Path(config.docs_dir)
    data = sources.check_data(config)
    found = sources.findings(config, data)
    if found:
        raise FindingsError(found)
    files = _sources(docs_dir, config, lang)
    origin = {name: path.relative_to(docs_dir).as_posix() for name, path in files.items() if name.endswith(".md")}
    texts = {name: read_page(docs_dir / source) for name, source in origin.items()}
    for name in pages.added_names(config.nav, data):
        origin[name] = i18n.source_name(name, lang)
        texts[name] = pages.added_text(origin[name], docs_dir, config.nav, data)
    written = []
    for name, text in texts.items():
        front, body = _split(text)
        _write(out / name, front + pages.page_markdown(_as_rendered(body), origin[name], lang, text, data, docs_dir))
        written.append(name)
    for name, path in files.items():
        if not name.endswith(".md"):
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, out / name)
            written.append(name)
    for name, content in {**open_data.outputs(data), **open_data_results.outputs(data)}.items():
        _write(out / name, content)
        written.append(name)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitebuild.prepare", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the folder to write (new or empty)")
    parser.add_argument("--lang", choices=i18n.LANGS, default=i18n.DEFAULT)
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    args = parser.parse_args(argv)
    try:
        written = prepare(args.out, args.lang, args.config)
    except (FindingsError, FileExistsError) as error:
        print(str(error), file=sys.stderr)
        return 1
    print(f"{len(written)} files written to {args.out}")
    return 0
