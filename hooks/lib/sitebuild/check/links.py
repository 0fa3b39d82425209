"""Every internal link and anchor of the built site works, in both languages.

Reads the built HTML of the whole site (hooks/lib/sitebuild/check/pages.py): each relative link (``a``, ``link``,
``img``, ``script``) must reach a file of the site and each ``#anchor`` an element of that page. Each broken one
is a finding (link.E001…) naming the page's Markdown file, the line of the link where it can be found, and what
is missing. ``links_and_ids(tree)`` is what the check keeps of each page (its tree is dropped: the trees of a site
of thousands of pages would take gigabytes); ``print_parts(nav, data, langs)`` the parts of the printable pages,
whose links are told at the part that holds them. Emits nothing.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree

import sitedata
from sitebuild import htmltree, i18n, printdocs
from sitedata import textfile
from sitedata.findings import Finding, finding

from .pages import NOT_FOUND_PAGES

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


def links_and_ids(tree) -> tuple[list[str], set[str]]:
    """A parsed page's links (as built, in the order of ATTRS) and the ids of its elements."""
    return [href for links in _LINKS for href in links(tree)], set(_IDS(tree))


def read_pages(site_dir: Path) -> dict[str, tuple[list[str], set[str]]]:
    """Every page of the built folder, its links and ids (``links_and_ids``), each parsed once."""
    found = {}
    for path in site_dir.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        found[path.relative_to(site_dir).as_posix()] = (
            links_and_ids(htmltree.parse(html)) if html.strip() else ([], set())
        )
    return found


def _broken(site_dir: Path, root_path: str, pages: dict) -> list[tuple[str, str, str, str | None]]:
    """(built page, link as built, built page it reaches, the anchor missing there or None when the page or
    file itself is missing) for each broken link of ``pages`` (``read_pages``). A link is worked out once per
    folder (pages repeat their menus and rows), each file looked for once."""
    links_of = {rel: hrefs for rel, (hrefs, _) in pages.items()}
    ids = {rel: found for rel, (_, found) in pages.items()}
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
    site_dir: Path,
    project_root: Path,
    root_path: str = "/",
    print_parts: dict[str, list[str]] | None = None,
    pages: dict[str, tuple[list[str], set[str]]] | None = None,
) -> list[Finding]:
    """A finding for each broken link, at the line of the page's Markdown where it is typed (link.E001, E002),
    else at the page, as made by the build from the data (E003, E004). A printable page (``print_parts``: its
    built name -> the docs/ files of its parts) holds its parts' text: its links are reported at the part that
    holds them, once. ``pages``: each page's links and ids, when the caller has read them (else read here)."""
    problems, seen, count = [], set(), {}
    print_parts = print_parts or {}
    broken = _broken(site_dir, root_path, read_pages(site_dir) if pages is None else pages)
    for rel, href, target, anchor in sorted(broken, key=lambda found: found[0] in print_parts):
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


def print_parts(nav, data: sitedata.SiteData, langs: list[str]) -> dict[str, list[str]]:
    """Each printable page's built name -> the docs/ files of its parts, in every language."""
    return {
        doc.print_url(lang): ["docs/" + i18n.source_name(part, lang) for part in doc.parts]
        for doc in printdocs.documents(nav, data)
        for lang in langs
    }
