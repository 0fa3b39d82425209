"""Every internal link and anchor of the built site works, in both languages.

Reads the built HTML of the whole site after the last language is built: each relative link
(``a``, ``link``, ``img``, ``script``) must reach a file of the site and each ``#anchor`` an
element of that page. Runs once per build, after the last language (not under ``mkdocs serve``). Each broken one is
a finding (link.E001…) naming the page's Markdown file, the line of the link where it can be found, and what is
missing. Then, still after the last language, every finding of the checks of the output (these links, and the
allowlist's and the language of parts' of every page: hooks/lib/sitebuild/verdict.py) is told at once: it stops
the strict build, so nothing is published (a non-strict build, or a preview, only warns). Emits nothing.
"""

from __future__ import annotations

import logging
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree
from mkdocs.plugins import event_priority

import sitedata
from sitebuild import htmltree, i18n, printdocs, verdict
from sitedata import textfile
from sitedata.findings import Finding, finding

log = logging.getLogger("mkdocs.hooks.link_check")

ATTRS = (("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"))


def _typed(href: str) -> list[str]:
    """The ways a built link may be written in its page's Markdown: as built, with ``x.html`` as the ``x.md``
    staff write, and without the ``../`` that English pages add before the site's own files."""
    parts = urlsplit(href)
    forms = [href]
    if parts.path.endswith(".html"):
        forms.append(parts.path[: -len(".html")] + ".md" + (f"#{parts.fragment}" if parts.fragment else ""))
    return forms + [form[3:] for form in forms if form.startswith("../")]


def _line_in_source(root: Path, source: str, href: str, nth: int = 0) -> tuple[int | None, int | None, str]:
    """The line and column of the ``nth`` link to ``href`` in a page's Markdown (the whole target, with its
    anchor), and the link as typed there; (None, None, the link as staff would type it) when the Markdown does
    not hold it (a generated part made it)."""
    path, forms = root / source, _typed(href)
    lines = textfile.read_text(path).splitlines() if path.exists() else []
    for form in forms:
        pattern = re.compile(_TARGET + re.escape(form) + r"(?![\w./#-])")
        found = [(number, m.start() + 1) for number, line in enumerate(lines, 1) for m in pattern.finditer(line)]
        if found:
            return *found[min(nth, len(found) - 1)], form
    return None, None, forms[-1]


# Where a link's address is typed: a Markdown link's (x) or [x]: x, an HTML attribute (not a file name in a sentence).
_TARGET = r"""(?:(?<=\]\()|(?<=\]: )|(?<=<)|(?<=href=)|(?<=src=)|(?<=href=")|(?<=src=")|(?<=href=')|(?<=src='))"""
NOT_FOUND_PAGES = ("404.html", "en/404.html")  # served at any address: their links start at the site's root
_IDS = etree.XPath("//@id", smart_strings=False)
_LINKS = [etree.XPath(f"//{tag}/@{attr}", smart_strings=False) for tag, attr in ATTRS]


def _resolve(href: str, not_found: bool, base: str, root_path: str) -> tuple[str | None, str] | None:
    """(the built file a link of a page in folder ``base`` reaches, None for the page itself; its anchor), or
    None for a link the check leaves alone (another site, mailto:, tel:, data:)."""
    if not href or href.startswith(("mailto:", "tel:", "data:")):
        return None
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None  # another site, or the absolute hreflang alternates
    path = unquote(parts.path)
    if not_found and path.startswith(root_path):
        path = "/" + path[len(root_path) :]
    target = posixpath.normpath(posixpath.join(base, path)).lstrip("/") if parts.path else None
    return target, unquote(parts.fragment)


def _broken(site_dir: Path, root_path: str) -> list[tuple[str, str, str, str | None]]:
    """(built page, link as built, built page it reaches, the anchor missing there or None when the page or
    file itself is missing) for each broken link. A link is worked out once per folder (pages repeat their
    menus and rows), each file looked for once. Each page is parsed once and only its links and ids are kept
    (the trees of a site of thousands of pages would take gigabytes)."""
    pages = {p.relative_to(site_dir).as_posix(): p for p in site_dir.rglob("*.html")}
    links_of: dict[str, list[str]] = {}
    ids: dict[str, set[str]] = {}
    for rel, path in pages.items():
        tree = htmltree.page(path.read_bytes())
        links_of[rel] = [href for links in _LINKS for href in links(tree)]
        ids[rel] = set(_IDS(tree))
    is_file: dict[str, bool] = {}
    resolved: dict[tuple, tuple[str | None, str] | None] = {}
    broken = []
    for rel, hrefs in sorted(links_of.items()):
        not_found = rel in NOT_FOUND_PAGES
        base = "/" if not_found else posixpath.dirname(rel)
        for href in hrefs:
            key = (not_found, base, href)
            if key not in resolved:
                resolved[key] = _resolve(href, not_found, base, root_path)
            if resolved[key] is None:
                continue
            target, anchor = resolved[key]
            target = rel if target is None else target
            if target not in is_file:
                is_file[target] = (site_dir / target).is_file()
            if not is_file[target]:
                broken.append((rel, href, target, None))
            elif anchor and target.endswith(".html") and anchor not in ids.get(target, ()):
                broken.append((rel, href, target, anchor))
    return broken


def broken_links(
    site_dir: Path, project_root: Path, root_path: str = "/", print_parts: dict[str, list[str]] | None = None
) -> list[Finding]:
    """A finding for each broken link, at the line of the page's Markdown where it is typed (link.E001, E002),
    else at the page, as made by the build from the data (E003, E004). A printable page (``print_parts``: its
    built name -> the docs/ files of its parts) holds its parts' text: its links are reported at the part that
    holds them, once."""
    problems, seen, count = [], set(), {}
    print_parts = print_parts or {}
    for rel, href, target, anchor in sorted(_broken(site_dir, root_path), key=lambda found: found[0] in print_parts):
        nth = count[rel, href] = count.get((rel, href), -1) + 1
        for source in print_parts.get(rel, [i18n.source_of(rel)]):
            line, column, typed = _line_in_source(project_root, source, href, nth)
            if line:
                break
        else:
            source = print_parts.get(rel, [i18n.source_of(rel)])[0]
        if (source, line, typed, anchor) in seen:
            continue
        seen.add((source, line, typed, anchor))
        if anchor is None:
            problems.append(finding("link.E001" if line else "link.E003", source, line, column, link=typed))
        else:
            page = source if typed.startswith("#") else i18n.source_of(target)
            id_ = "link.E002" if line else "link.E004"
            problems.append(finding(id_, source, line, column, link=typed, page=page, anchor=anchor))
    return problems


@event_priority(i18n.ALL_BUILT)
def on_post_build(config, **kwargs):
    # Once, when every language's pages are written (and before MkDocs' own count of warnings can stop
    # the build): the links (not under `mkdocs serve`, as a preview is not published), then every finding.
    if not i18n.all_languages_built(config):
        return
    if not i18n.serving():
        verdict.add(_links(config))
    verdict.settle(config.strict, log)


def _links(config) -> list[Finding]:
    site_dir = Path(config.site_dir)
    root_path = urlsplit(config.site_url or "/").path or "/"
    print_parts = {
        doc.print_url(lang): ["docs/" + i18n.source_name(part, lang) for part in doc.parts]
        for doc in printdocs.documents(config.nav, sitedata.load(config))
        for lang in i18n.languages(config)
    }
    return broken_links(site_dir, Path(config.config_file_path).parent, root_path, print_parts)
