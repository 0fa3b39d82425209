"""Every page exists in Japanese and English, and each English page is up to date.

Reads the Markdown files in docs/. Each Japanese page ``x.md`` needs its English twin
``x.en.md``, and the twin's front matter records which version of the Japanese file it
translates: ``translated_from: <hash>``, the first 12 hex digits of the SHA-256 of the Japanese
file, set by ``make mark-translated PAGE=docs/x.en.md`` (scripts/mark_translated.py).

- A missing twin, or a twin whose hash is not the Japanese file's current one, stops the strict
  build (``mkdocs build --strict``) before anything is written, naming the file and the fix;
  a preview (``mkdocs serve``) only warns, so a page can be drafted before its translation.
- ``<!-- insert: translation-status -->`` becomes the table of every page with its state
  (translated / out of date / missing), shown on the staff page docs/staff/translation-status.md.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from markupsafe import escape
from mkdocs.exceptions import PluginError

import sitedata

log = logging.getLogger("mkdocs.hooks.translations")
FIELD = "translated_from"
_FIELD_LINE = re.compile(rf"^{FIELD}:\s*[\"']?([0-9a-f]+)[\"']?\s*$", re.M)
STATES = {
    "translated": ("翻訳済み", "translated"),
    "outdated": ("英語版が古い", "out of date"),
    "missing": ("英語版がない", "missing"),
    "orphan": ("日本語版がない", "no Japanese original"),
}


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def recorded_hash(path: Path) -> str | None:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---"):
        return None
    front = text.split("\n---", 1)[0]
    match = _FIELD_LINE.search(front)
    return match.group(1) if match else None


@dataclass
class PageState:
    ja: str  # docs-relative path of the Japanese page (or of the English page for an orphan)
    en: str
    state: str

    def problem(self) -> str | None:
        fix = f"make mark-translated PAGE=docs/{self.en}"
        if self.state == "missing":
            return (
                f"docs/{self.ja} の英語版 docs/{self.en} がありません。翻訳を作成してください。\n"
                f"  docs/{self.ja} has no English translation: create docs/{self.en}, then run `{fix}`."
            )
        if self.state == "outdated":
            return (
                f"docs/{self.en} は、変更された docs/{self.ja} の翻訳が済んでいません。英語版を直してから"
                f"`{fix}` を実行してください。\n"
                f"  docs/{self.en} is out of date: docs/{self.ja} changed since it was translated. Update the "
                f"English page, then run `{fix}`."
            )
        if self.state == "orphan":
            return (
                f"docs/{self.en} に対応する日本語のページ docs/{self.ja} がありません。\n"
                f"  docs/{self.en} has no Japanese original: create docs/{self.ja} or remove the English page."
            )
        return None


def page_states(docs_dir: Path) -> list[PageState]:
    states = []
    for path in sorted(docs_dir.rglob("*.md")):
        rel = path.relative_to(docs_dir).as_posix()
        if any(part.startswith("_") for part in Path(rel).parts):
            continue
        if rel.endswith(".en.md"):
            original = rel[: -len(".en.md")] + ".md"
            if not (docs_dir / original).exists():
                states.append(PageState(original, rel, "orphan"))
            continue
        twin = rel[: -len(".md")] + ".en.md"
        if not (docs_dir / twin).exists():
            states.append(PageState(rel, twin, "missing"))
        elif recorded_hash(docs_dir / twin) != source_hash(path):
            states.append(PageState(rel, twin, "outdated"))
        else:
            states.append(PageState(rel, twin, "translated"))
    return states


def missing_twins(docs_dir: Path) -> list[str]:
    return [s.problem() for s in page_states(docs_dir) if s.problem()]


def on_pre_build(config, **kwargs):
    if config.theme.get("language") != "ja":  # check once, in the Japanese (default) build
        return
    problems = missing_twins(Path(config.docs_dir))
    if problems and config.strict:
        # Stop before anything is written, so no half-translated site is left to publish.
        raise PluginError("\n".join(problems))
    for problem in problems:
        log.warning(problem)


def _status_table(docs_dir: Path, lang: str) -> str:
    head = ("ページ（日本語）", "英語版", "状態") if lang == "ja" else ("Page (Japanese)", "English page", "State")
    rows = "".join(
        f'<tr data-state="{s.state}"><td><code>docs/{escape(s.ja)}</code></td><td><code>docs/{escape(s.en)}</code></td>'
        f"<td>{STATES[s.state][0 if lang == 'ja' else 1]}</td></tr>"
        for s in page_states(docs_dir)
    )
    caption = "各ページの翻訳の状態" if lang == "ja" else "Translation state of every page"
    return (
        f'<table class="translation-status"><caption>{caption}</caption><thead><tr>'
        + "".join(f'<th scope="col">{h}</th>' for h in head)
        + f"</tr></thead><tbody>{rows}</tbody></table>"
    )


def on_page_markdown(markdown, page, config, **kwargs):
    lang = sitedata.page_lang(page)
    return sitedata.replace_inserts(
        markdown, {"translation-status": lambda: _status_table(Path(config.docs_dir), lang)}, page
    )
