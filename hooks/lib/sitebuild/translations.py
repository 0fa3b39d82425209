"""Which pages are translated: every Japanese page ``x.md`` and its English twin ``x.en.md``.

The twin's front matter records which version of the Japanese file it translates:
``translated_from: <hash>``, the first 12 hex digits of the SHA-256 of the Japanese file, set by
``make mark-translated PAGE=docs/x.en.md`` (scripts/mark_translated.py) or pasted in the web editor.
``page_states(docs_dir)`` gives each page's state (translated / outdated / missing / orphan) and, for a
problem, the message with the fix; used by hooks/2_validate/translations.py and glossary.py,
hooks/3_generate/translation_status.py and scripts/mark_translated.py.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from sitedata.textfile import read_text

from . import i18n

FIELD = "translated_from"
_FIELD_LINE = re.compile(rf"^{FIELD}:\s*[\"']?([0-9a-f]+)[\"']?\s*$", re.M)


def source_hash(path: Path) -> str:
    """The hash of the Japanese page's text as read (sitedata.textfile: a page saved with a BOM or CRLF
    line ends has the hash of the same text saved plainly; one not in UTF-8 stops with the fix)."""
    return hashlib.sha256(read_text(path).encode("utf-8")).hexdigest()[:12]


def recorded_hash(path: Path) -> str | None:
    text = read_text(path)
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
    current: str = ""  # the Japanese page's hash now: the value its English twin's translated_from must hold

    def problem(self) -> str | None:
        fix = f"make mark-translated PAGE=docs/{self.en}"
        line = f"{FIELD}: {self.current}"
        if self.state == "missing":
            return (
                f"docs/{self.ja} の英語版 docs/{self.en} がありません。翻訳を作成してください"
                f"（先頭の --- と --- の間に `{line}` の行を入れます）。\n"
                f"  docs/{self.ja} has no English translation: create docs/{self.en}, then run `{fix}` "
                f"(or, in the web editor, put the line `{line}` in its front matter, between the two --- lines)."
            )
        if self.state == "outdated":
            return (
                f"docs/{self.en} は、変更された docs/{self.ja} の翻訳が済んでいません。英語版を直してから"
                f"`{fix}` を実行してください（ブラウザで編集しているときは、docs/{self.en} の先頭の --- と --- "
                f"の間の translated_from の行を `{line}` に書き換えます）。\n"
                f"  docs/{self.en} is out of date: docs/{self.ja} changed since it was translated. Update the "
                f"English page, then run `{fix}` (or, in the web editor, change its front-matter line "
                f"translated_from to `{line}`)."
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
        if i18n.source_lang(rel) != i18n.DEFAULT:
            original = i18n.japanese_name(rel)
            if not (docs_dir / original).exists():
                states.append(PageState(original, rel, "orphan"))
            continue
        twin = i18n.source_name(rel, "en")
        current = source_hash(path)
        if not (docs_dir / twin).exists():
            states.append(PageState(rel, twin, "missing", current))
        elif recorded_hash(docs_dir / twin) != current:
            states.append(PageState(rel, twin, "outdated", current))
        else:
            states.append(PageState(rel, twin, "translated", current))
    return states


def missing_twins(docs_dir: Path) -> list[str]:
    return [s.problem() for s in page_states(docs_dir) if s.problem()]
