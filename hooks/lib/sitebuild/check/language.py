"""Language of parts (WCAG 2.1 3.1.2): every built page marks the text that is in the other language.

Reads each built page (hooks/lib/sitebuild/check/pages.py, the 404 pages too) and the Markdown, data files
and mkdocs.yml its texts come from; the rules are in hooks/lib/sitebuild/language_of_parts.py. On an English
page every run of Japanese script must sit inside an element with ``lang="ja"``, and the interface texts a
reader hears (``title``, ``aria-label``, ``alt`` …) must be English; on a Japanese page the same for English
phrases of three words or more. Names from data/*.yml are marked by the generators; in a page's Markdown staff
write ``<span lang="ja">…</span>`` (CONTRIBUTING.md). Each finding (lang.E001…) names the Markdown file and
line, or the data file and line (or mkdocs.yml's), the text, and the fix, in Japanese and English. Emits nothing.
"""

from __future__ import annotations

from pathlib import Path

from sitebuild import i18n
from sitebuild.language_of_parts import findings_in, placed
from sitedata.findings import Finding

from .pages import Page


def sources(page: Page, docs_dir: Path) -> list[Path]:
    """The page's own Markdown file; for a page made by a hook (the whole-document print pages, the results
    pages), every page of its language, so that a finding names the file staff edit; none for a 404 page."""
    if page.not_found:
        return []
    if page.source is not None:
        return [page.source]
    docs = sorted(docs_dir.rglob("*.md"))
    return [p for p in docs if i18n.source_lang(p.name) == page.lang and not p.name.startswith(("print-", "_"))]


def page_findings(page: Page, tree, docs_dir: Path, data_dir: Path, config_file: Path | None) -> list[Finding]:
    """The findings of one built page (``tree``: its HTML parsed, htmltree.parse)."""
    parts = findings_in(tree, page.lang)
    return placed(parts, page.rel, page.lang, sources(page, docs_dir), data_dir, config_file) if parts else []
