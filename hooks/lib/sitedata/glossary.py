"""The agreed English terms (data/glossary.yml): each Japanese term with its rendering and the renderings
not to use. ``read_glossary(path)`` gives the glossary and every finding of the file, a term entered twice
among them (glossary.E001, at the line of the second entry). hooks/lib/sitebuild/prepare/glossary.py compares the
pages and the data files' English with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, StringConstraints

from .findings import Finding, finding
from .schema import Strict
from .yamlfile import line_of, shown, validate_findings

Word = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Term(Strict):
    ja: Word
    en: Word
    avoid: list[Word] = []


class Glossary(Strict):
    terms: list[Term] = Field(min_length=1)


def read_glossary(path: Path) -> tuple[Glossary | None, list[Finding]]:
    """The glossary (None when the file does not fit), and its findings."""
    glossary, tree, found = validate_findings(Glossary, path)
    first: dict[str, int | None] = {}
    for index, term in enumerate(glossary.terms if glossary else ()):
        line = line_of(tree, ("terms", index))
        if term.ja in first:
            found.append(finding("glossary.E001", shown(path), line, term=term.ja, first=first[term.ja]))
        first.setdefault(term.ja, line)
    return glossary, found
