"""ふりがな for proper nouns (data/readings.yml): the prefecture's words with their readings in hiragana.

A word must hold a kanji (data.E061), its reading must be hiragana only (data.E062), and a word is listed
once (data.E063); every mistake is a finding with the file and the line. hooks/lib/sitebuild/furigana.py
reads every other word with SudachiPy.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from pydantic import Field, StringConstraints

from .errors import DataError
from .findings import Finding, finding
from .schema import Strict
from .yamlfile import line_of, shown, validate_findings

KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f々〆ヶ]")
HIRAGANA = re.compile(r"^[\u3041-\u3096ー]+$")


class Reading(Strict):
    word: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    reading: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Readings(Strict):
    readings: list[Reading] = Field(min_length=1)


def read_readings(path: Path) -> tuple[dict[str, str], list[Finding]]:
    """The words of data/readings.yml and their readings, and every finding of the file."""
    data, tree, found = validate_findings(Readings, path)
    rel = shown(path)
    out: dict[str, str] = {}
    first: dict[str, int | None] = {}
    for index, entry in enumerate(data.readings if data else ()):
        line = line_of(tree, ("readings", index))
        if not KANJI.search(entry.word):
            found.append(finding("data.E061", rel, line, word=entry.word))
        if not HIRAGANA.match(entry.reading):
            where = line_of(tree, ("readings", index, "reading"))
            found.append(finding("data.E062", rel, where, word=entry.word, reading=entry.reading))
        if entry.word in out:
            found.append(finding("data.E063", rel, line, word=entry.word, first=first[entry.word]))
            continue
        out[entry.word], first[entry.word] = entry.reading, line
    return out, found


def load_readings(path: Path) -> dict[str, str]:
    """The words of data/readings.yml and their readings; DataError with every finding."""
    out, found = read_readings(path)
    if found:
        raise DataError(found)
    return out
