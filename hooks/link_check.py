"""Every internal link and anchor of the built site works, in both languages.

Reads the built HTML of the whole site after the last language is built: each relative link
(``a``, ``link``, ``img``, ``script``) must reach a file of the site and each ``#anchor`` an
element of that page. A broken one stops the strict build (a preview only warns), naming the page's Markdown file, the line
of the link where it can be found, and what is missing. Emits nothing.
"""

from __future__ import annotations

import logging
import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.link_check")

ATTRS = (("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"))


def _source_of(html_rel: str) -> str:
    """docs/ path of the page a built file comes from (en/x.html -> docs/x.en.md)."""
    if html_rel.startswith("en/"):
        return "docs/" + html_rel[3:-5] + ".en.md"
    return "docs/" + html_rel[:-5] + ".md"


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


def broken_links(site_dir: Path, project_root: Path) -> list[str]:
    pages = {p.relative_to(site_dir).as_posix(): p for p in site_dir.rglob("*.html")}
    soups = {rel: BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser") for rel, path in pages.items()}
    ids = {rel: {el["id"] for el in soup.find_all(id=True)} for rel, soup in soups.items()}
    problems = []
    for rel, soup in sorted(soups.items()):
        if rel == "404.html":
            continue  # served from any address; its links are absolute by design
        for tag, attr in ATTRS:
            for element in soup.find_all(tag):
                href = element.get(attr)
                if not href or href.startswith(("mailto:", "tel:", "data:")):
                    continue
                parts = urlsplit(href)
                if parts.scheme or parts.netloc:
                    continue  # another site, or the absolute hreflang alternates
                target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), unquote(parts.path))) \
                    if parts.path else rel
                missing = None
                if not (site_dir / target).is_file():
                    missing = ("リンク先のページ・ファイルがありません", "the page or file it links to does not exist")
                elif parts.fragment and target.endswith(".html") and unquote(parts.fragment) not in ids.get(target, set()):
                    missing = (f"リンク先のページに見出し・位置「#{unquote(parts.fragment)}」がありません",
                               f'the page it links to has no anchor "#{unquote(parts.fragment)}"')
                if missing:
                    source = _source_of(rel)
                    line = _line_in_source(project_root, source, href)
                    where_ja = f"{source} の {line} 行目" if line else source
                    where_en = f"{source}, line {line}" if line else source
                    problems.append(f"{where_ja}: リンク「{href}」の{missing[0]}。リンクを直してください。\n"
                                    f'  {where_en} (built as {rel}): the link "{href}" is broken: {missing[1]}.')
    return problems


@event_priority(-300)  # after mkdocs-static-i18n has built every language
def on_post_build(config, **kwargs):
    site_dir = Path(config.site_dir)
    if not (site_dir / "en").is_dir() or not (site_dir / "index.html").exists():
        return
    problems = broken_links(site_dir, Path(config.config_file_path).parent)
    if problems and config.strict:
        raise PluginError("\n".join(problems))
    for problem in problems:
        log.warning(problem)
