"""Every internal link and anchor of the built site works, in both languages.

Reads the built HTML of the whole site after the last language is built: each relative link
(``a``, ``link``, ``img``, ``script``) must reach a file of the site and each ``#anchor`` an
element of that page. Runs once per build, after the last language (not under ``mkdocs serve``). A broken one stops the
strict build (a non-strict build only warns), naming the page's Markdown file, the line
of the link where it can be found, and what is missing. Emits nothing.
"""

from __future__ import annotations

import logging
import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitebuild import i18n

log = logging.getLogger("mkdocs.hooks.link_check")

ATTRS = (("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"))


def _line_in_source(root: Path, source: str, href: str) -> int | None:
    path = root / source
    if not path.exists():
        return None
    parts = urlsplit(href)
    stem = posixpath.basename(parts.path).rsplit(".", 1)[0]
    needles = [n for n in (f"#{parts.fragment}" if parts.fragment else "", f"{stem}.md" if stem else "") if n]
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if any(n in line for n in needles):
            return number
    return None


NOT_FOUND_PAGES = ("404.html", "en/404.html")  # served at any address: their links start at the site's root


def broken_links(site_dir: Path, project_root: Path, root_path: str = "/") -> list[str]:
    pages = {p.relative_to(site_dir).as_posix(): p for p in site_dir.rglob("*.html")}
    trees = {rel: lxml.html.fromstring(path.read_bytes()) for rel, path in pages.items()}
    ids = {rel: set(tree.xpath("//@id")) for rel, tree in trees.items()}
    problems = []
    for rel, tree in sorted(trees.items()):
        for tag, attr in ATTRS:
            for href in tree.xpath(f"//{tag}/@{attr}"):
                if not href or href.startswith(("mailto:", "tel:", "data:")):
                    continue
                parts = urlsplit(href)
                if parts.scheme or parts.netloc:
                    continue  # another site, or the absolute hreflang alternates
                path = unquote(parts.path)
                if rel in NOT_FOUND_PAGES and path.startswith(root_path):
                    path = "/" + path[len(root_path) :]
                base = "/" if rel in NOT_FOUND_PAGES else posixpath.dirname(rel)
                target = posixpath.normpath(posixpath.join(base, path)).lstrip("/") if parts.path else rel
                missing = None
                if not (site_dir / target).is_file():
                    missing = ("リンク先のページ・ファイルがありません", "the page or file it links to does not exist")
                elif (
                    parts.fragment
                    and target.endswith(".html")
                    and unquote(parts.fragment) not in ids.get(target, set())
                ):
                    missing = (
                        f"リンク先のページに見出し・位置「#{unquote(parts.fragment)}」がありません",
                        f'the page it links to has no anchor "#{unquote(parts.fragment)}"',
                    )
                if missing:
                    source = i18n.source_of(rel)
                    line = _line_in_source(project_root, source, href)
                    where_ja = f"{source} の {line} 行目" if line else source
                    where_en = f"{source}, line {line}" if line else source
                    problems.append(
                        f"{where_ja}: リンク「{href}」の{missing[0]}。リンクを直してください。\n"
                        f'  {where_en} (built as {rel}): the link "{href}" is broken: {missing[1]}.'
                    )
    return problems


@event_priority(i18n.ALL_BUILT)
def on_post_build(config, **kwargs):
    # Once, when every language's pages are written (and before MkDocs' own count of warnings can stop
    # the build); not under `mkdocs serve`, as a preview is not published.
    if not i18n.all_languages_built(config) or i18n.serving():
        return
    site_dir = Path(config.site_dir)
    root_path = urlsplit(config.site_url or "/").path or "/"
    problems = broken_links(site_dir, Path(config.config_file_path).parent, root_path)
    if problems and config.strict:
        raise PluginError("\n".join(problems))
    for problem in problems:
        log.warning(problem)
