"""Stage 3, the checks over the built folder: the allowlist, the links and the language of parts of every page.

Reads a built site folder (``site/``: every ``*.html`` file of both languages, the 404 pages, the printable
pages, the results pages), the project's ``docs/``, ``data/`` and ``mkdocs.yml`` (the menu, for the printable
pages' parts; the project's files, where each finding is placed). Each page is read and parsed once, and its tree
given to the three checks: the allowlist (``safe_output``, html.E…), the language of parts (``language``,
lang.E…), and what the links' check keeps of it (``links``, link.E…: its links and ids; the links are checked
once every page is read). ``findings(project)`` returns every finding, in the order found; hooks/check.py tells
them at the end of the build (hooks/lib/sitebuild/verdict.py), and ``python -m sitebuild.check SITE_DIR`` runs
the same checks on any built folder (``__main__``). Emits nothing.

A page whose bytes passed the allowlist and the language of parts before, at the same address and site address,
with the same code and rules (every file of hooks/lib/ and lxml's versions: ``code_key``), is not parsed again:
the build cache (``sitebuild.cache``, kind ``checks``) keeps its pass with its links and ids, which the links'
check needs of every page. A finding is never kept: every build reports it. Without it a preview's rebuild and a
build of 1,000 pages a language checked every page again (BENCHMARKS.md, "Issue 29").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache as once
from pathlib import Path
from urllib.parse import urlsplit

import sitedata
from sitebuild import cache, htmltree, i18n
from sitedata.findings import Finding

from . import language, links, safe_output
from .pages import built_pages


@dataclass(frozen=True)
class Project:
    """What the checks need besides the built folder: the project's files and the site's address."""

    site_dir: Path
    root: Path  # the folder of mkdocs.yml: findings name files relative to it (docs/x.md, data/x.yml)
    docs_dir: Path
    data_dir: Path
    config_file: Path | None
    site_url: str  # "" without SITE_URL
    print_parts: dict[str, list[str]]  # each printable page -> the docs/ files of its parts (links.print_parts)
    with_links: bool = True  # not in a preview (``mkdocs serve``): it is not published


def project(config, with_links: bool = True) -> Project:
    """The project of a MkDocs config (the build's, or mkdocs.yml's as ``mkdocs.config.load_config`` reads it)."""
    config_file = Path(config.config_file_path) if config.config_file_path else None
    data = sitedata.load(config)
    return Project(
        site_dir=Path(config.site_dir),
        root=config_file.parent if config_file else Path.cwd(),
        docs_dir=Path(config.docs_dir),
        data_dir=sitedata.data_folder(config),
        config_file=config_file,
        site_url=config.site_url or "",
        print_parts=links.print_parts(config.nav, data, i18n.languages(config)),
        with_links=with_links,
    )


@once
def code_key() -> str:
    """What a page's pass depends on besides its bytes: every file of hooks/lib/ (the checks, their rules, the
    code they use) and lxml's versions. Worked out once per process."""
    from lxml import etree

    lib = Path(__file__).resolve().parents[2]
    files = sorted(p for p in lib.rglob("*") if p.suffix in (".py", ".yml", ".json") and p.is_file())
    parts = [part for p in files for part in (p.relative_to(lib).as_posix(), p.read_bytes())]
    return cache.key([*parts, str(etree.LXML_VERSION), str(etree.LIBXML_VERSION)])


def findings(project: Project) -> list[Finding]:
    """Every finding of the built folder: each page's allowlist and language of parts, then its links."""
    found: list[Finding] = []
    pages = {}
    for page in built_pages(project.site_dir, project.docs_dir):
        data = page.path.read_bytes()
        digest = cache.key(["checks 1", code_key(), project.site_url, page.rel, data])
        passed = cache.load("checks", digest)
        if passed is not None:  # these very bytes passed before: only their links and ids are needed
            hrefs, ids = json.loads(passed)
            pages[page.rel] = (hrefs, set(ids))
            continue
        html = data.decode("utf-8")
        if not html.strip():
            pages[page.rel] = ([], set())
            continue
        tree = htmltree.parse(html)
        hits = safe_output.page_findings(page, html, tree, project.site_url, project.data_dir)
        hits += language.page_findings(page, tree, project.docs_dir, project.data_dir, project.config_file)
        pages[page.rel] = links.links_and_ids(tree)
        if not hits:
            hrefs, ids = pages[page.rel]
            cache.store("checks", digest, json.dumps([hrefs, sorted(ids)]).encode())
        found += hits
    if project.with_links:
        root_path = urlsplit(project.site_url or "/").path or "/"
        found += links.broken_links(project.site_dir, project.root, root_path, project.print_parts, pages)
    return found
