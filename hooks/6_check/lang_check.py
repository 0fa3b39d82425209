"""Language of parts (WCAG 2.1 3.1.2): every built page marks the text that is in the other language.

Reads each page as it is written (and the 404 page); the rules are in
hooks/lib/sitebuild/language_of_parts.py. On an English page every run of Japanese script must sit
inside an element with ``lang="ja"``, and the interface texts a reader hears (``title``, ``aria-label``,
``alt`` …) must be English; on a Japanese page the same for English phrases of three words or more.
Names from data/*.yml are marked by the generators; in a page's Markdown staff write
``<span lang="ja">…</span>`` (CONTRIBUTING.md). Each finding (lang.E001…) names the Markdown file and line,
or the data file and line (or mkdocs.yml's), the text, and the fix, in Japanese and English; the findings of
every page are told together once every language is built (hooks/lib/sitebuild/verdict.py): they stop the
strict build (a preview under ``mkdocs serve`` only warns). Emits nothing. A page whose bytes passed before,
with the same code, is not checked again (the build cache keeps passes only).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

import sitedata
from sitebuild import cache, i18n, verdict
from sitebuild.language_of_parts import findings, placed


def _sources(page, lang: str, config) -> list[Path]:
    """The page's own Markdown file; for a page made by a hook (the whole-document print pages), every
    page of its language, so that a finding names the file staff edit."""
    own = Path(page.file.abs_src_path) if page.file.abs_src_path else None
    if own is not None and own.exists() and own.is_relative_to(Path(config.docs_dir)):
        return [own]
    docs = sorted(Path(config.docs_dir).rglob("*.md"))
    return [p for p in docs if i18n.source_lang(p.name) == lang and not p.name.startswith(("print-", "_"))]


def _check(output: str, built: str, lang: str, sources: list[Path], config) -> None:
    digest = cache.passed("lang_check", [lang, output])
    if digest is None:  # these very bytes passed this very check before (sitebuild/cache.py)
        return
    parts = findings(output, lang)
    if not parts:
        cache.remember_pass(digest)
        return
    config_file = Path(config.config_file_path) if config.config_file_path else None
    verdict.add(placed(parts, built, lang, sources, sitedata.data_folder(config), config_file))


@event_priority(-1000)  # the last look at each page, after every hook that adds to it
def on_post_page(output, page, config, **kwargs):
    lang = i18n.page_lang(page)
    _check(output, page.file.dest_uri, lang, _sources(page, lang, config), config)
    return output


@event_priority(-1000)
def on_post_template(output_content, template_name, config, **kwargs):
    if template_name == "404.html":
        lang = i18n.build_language(config)
        _check(output_content, i18n.localized("404.html", lang), lang, [], config)
    return output_content
