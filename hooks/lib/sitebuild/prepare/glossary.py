"""The prefecture's terms are rendered the agreed way in English, from data/glossary.yml.

Reads the glossary (``sitedata.glossary``), the pages (docs/x.md with docs/x.en.md) and every ja/en
text pair in the data files. Where a Japanese text uses a term, its English twin must use the agreed rendering
(glossary.E002 in a data file, glossary.E003 on a page); a rendering listed under ``avoid`` may appear
nowhere in English (glossary.E004). A term entered twice in the glossary is one finding at its line
(glossary.E001; prepare/sources.py reports the glossary's own findings with every other data file's), and the texts
are not compared with a glossary that has findings. The findings stop the
strict build before anything is written; ``mkdocs serve`` only warns (prepare/sources.py). Emits nothing.
"""

from __future__ import annotations

from pathlib import Path

from sitebuild.translations import page_states
from sitedata.findings import Finding, finding
from sitedata.glossary import Glossary, read_glossary
from sitedata.textfile import read_text
from sitedata.yamlfile import read_findings


def _line(text: str, needle: str) -> int:
    at = text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def _pairs(node, path=()):
    """(ja, en, line of en) for every mapping with both ja and en texts in a data tree (sitedata.yamlread)."""
    if isinstance(node, dict):
        if isinstance(node.get("ja"), str) and isinstance(node.get("en"), str):
            yield node["ja"], node["en"], node.lc.value("en")[0] + 1
        for value in node.values():
            yield from _pairs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _pairs(value)


def check(root: Path, docs_dir: Path) -> list[Finding]:
    """Every finding of the glossary, or (when it has none) of the English texts against it."""
    glossary, found = read_glossary(root / "data" / "glossary.yml")
    if found:
        return found

    for path in sorted((root / "data").glob("*.yml")):
        if path.name == "glossary.yml":
            continue
        tree, _ = read_findings(path)  # a data file's own findings are prepare/sources.py's
        rel = f"data/{path.name}"
        for ja, en, line in _pairs(tree):
            for term in _missing(glossary, ja, en):
                found.append(finding("glossary.E002", rel, line, term=term.ja, rendering=term.en))
            found += _avoided(glossary, en, rel, lambda form, line=line: line)
    for pair in page_states(docs_dir):
        if pair.state in ("missing", "orphan"):
            continue  # reported by translations.py
        ja, en = read_text(docs_dir / pair.ja), read_text(docs_dir / pair.en)
        rel = f"docs/{pair.en}"
        for term in _missing(glossary, ja, en):
            found.append(
                finding(
                    "glossary.E003", rel, None,
                    term=term.ja, rendering=term.en, page=f"docs/{pair.ja}", page_line=_line(ja, term.ja),
                )
            )  # fmt: skip
        found += _avoided(glossary, en, rel, lambda form, en=en: _line(en.lower(), form.lower()))
    return found


def _missing(glossary: Glossary, ja: str, en: str):
    """The terms the Japanese text uses whose agreed rendering the English text lacks."""
    return (t for t in glossary.terms if t.ja in ja and t.en.lower() not in en.lower())


def _avoided(glossary: Glossary, en: str, where: str, line_of) -> list[Finding]:
    """A finding for each rendering listed under ``avoid`` that the English text uses."""
    return [
        finding("glossary.E004", where, line_of(form), form=form, term=term.ja, rendering=term.en)
        for term in glossary.terms
        for form in term.avoid
        if form.lower() in en.lower()
    ]
