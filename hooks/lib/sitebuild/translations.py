"""Which pages are translated: every Japanese page ``x.md`` and its English twin ``x.en.md``.

The twin's front matter records which version of the Japanese file it translates:
``translated_from: <hash>``, the first 12 hex digits of the SHA-256 of the Japanese file, set by
``make mark-translated PAGE=docs/x.en.md`` (scripts/mark_translated.py) or pasted in the web editor.
``page_states(docs_dir)`` gives each page's state (translated / outdated / missing / orphan) and, for a
problem, its finding (translation.E001–E003, with the fix); ``findings(docs_dir)`` all of them, for
hooks/lib/sitebuild/prepare/sources.py; also used by hooks/lib/sitebuild/prepare/glossary.py,
hooks/lib/sitebuild/prepare/parts/translation_status.py and scripts/mark_translated.py.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from sitedata.findings import Finding, finding
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

    def finding(self, docs_dir: Path | None = None) -> Finding | None:
        """The finding of a missing, stale or orphan English page (translation.E001–E003), or None."""
        ja, en = f"docs/{self.ja}", f"docs/{self.en}"
        values = dict(ja=ja, en=en, command=f"make mark-translated PAGE={en}", record=f"{FIELD}: {self.current}")
        if self.state == "missing":
            return finding("translation.E001", ja, None, **values)
        if self.state == "outdated":
            line = _field_line(docs_dir / self.en) if docs_dir else None
            return finding("translation.E002", en, line, **values)
        if self.state == "orphan":
            return finding("translation.E003", en, None, ja=ja, en=en)
        return None


def _field_line(path: Path) -> int | None:
    """The line of ``translated_from:`` in an English page's header."""
    for number, line in enumerate(read_text(path).split("\n"), 1):
        if line.startswith(f"{FIELD}:"):
            return number
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


def findings(docs_dir: Path) -> list[Finding]:
    """The finding of every page without its up-to-date twin."""
    return [f for f in (s.finding(docs_dir) for s in page_states(docs_dir)) if f is not None]
