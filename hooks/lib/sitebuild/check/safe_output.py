"""Safe pages: every built page is checked against the allowlist in hooks/lib/sitebuild/check/allowed_html.yml.

Reads each built page (hooks/lib/sitebuild/check/pages.py) and its Markdown; hooks/lib/sitebuild/safe_html.py
checks the page's content (its Markdown, the Markdown extensions, the generated parts from data/) and the theme's
markup around it separately against the allowlist: allowed elements and attributes, no ``on…`` event attribute
and no ``style``, links only relative, https:, http:, mailto: or tel:, and everything a page loads or sends to
(images, scripts, styles, frames, forms, meta refresh) from the site itself, and none of the theme's own ids
(``id="__config"``) in content. Each finding (html.E001…) names the Markdown file and line, or the data file and
line, where it comes from, what was found and what to do, in Japanese and English. A printable page (print-*.md)
holds its parts' text, checked on their own pages: only its frame is checked, so nothing is reported twice or at
a file staff cannot find; a 404 page is the theme's markup alone. Nothing is removed silently. Emits nothing.
"""

from __future__ import annotations

from pathlib import Path

from sitebuild.safe_html import check_fragment, check_theme, findings, frame
from sitedata.findings import Finding

from .pages import Page, content


def _content_lines(html: str, text: str) -> range | None:
    """The lines of the page that hold its content and nothing else, or None when the content shares a line
    with the markup around it (or is not there as it is: a ``furigana: always`` page)."""
    at = html.find(text) if text else -1
    if at < 0 or (at and html[at - 1] != "\n"):
        return None
    end = at + len(text)
    rest = html.find("\n", end)
    if html[end : rest if rest >= 0 else len(html)].strip():
        return None
    first = html.count("\n", 0, at) + 1
    return range(first, first + text.count("\n") + 1)


def theme_hits(html: str, tree, text: str, site_url: str) -> tuple:
    """The hits of the page's markup around its content ``text`` (the content's lines passed over in the page's
    tree; a page whose content shares a line with the frame is parsed again without it, as safe_html.frame)."""
    if not text or text not in html:
        return check_theme(tree, site_url)
    lines = _content_lines(html, text)
    if lines is None:
        return check_fragment(frame(html, text), "theme", site_url)
    return check_theme(tree, site_url, lines)


def page_findings(page: Page, html: str, tree, site_url: str, data_dir: Path) -> list[Finding]:
    """The findings of one built page (``tree``: its HTML parsed, htmltree.parse)."""
    if page.not_found:
        hits = check_theme(tree, site_url)
    else:
        text = content(html)
        hits = theme_hits(html, tree, text, site_url)
        if not page.printable:
            # A printable page's content is its parts' text, checked (and reported at their files) on their
            # own pages: only the frame around it is checked, so nothing is said twice or of a print-*.md.
            hits = check_fragment(text, "content", site_url) + hits
    return findings(hits, page.source, data_dir, page.rel) if hits else []
