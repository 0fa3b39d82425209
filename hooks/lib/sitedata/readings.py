"""ふりがな for proper nouns (data/readings.yml): the prefecture's words with their readings in hiragana.

A word must hold a kanji, its reading must be hiragana only, and a word is listed once; a mistake stops
the build with the file and the line. hooks/lib/sitebuild/furigana.py reads every other word with SudachiPy.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from pydantic import Field, StringConstraints

from .errors import DataError
from .schema import Strict
from .yamlfile import line_of, shown, validate

KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f々〆ヶ]")
HIRAGANA = re.compile(r"^[\u3041-\u3096ー]+$")


class Reading(Strict):
    word: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    reading: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Readings(Strict):
    readings: list[Reading] = Field(min_length=1)


def load_readings(path: Path) -> dict[str, str]:
    """The words of data/readings.yml and their readings; DataError (file, line, fix) on a mistake."""
    data, tree = validate(Readings, path)
    rel = shown(path)
    out: dict[str, str] = {}
    for index, entry in enumerate(data.readings):
        line = line_of(tree, ("readings", index))
        if not KANJI.search(entry.word):
            raise DataError(
                rel,
                line,
                f"「{entry.word}」には漢字がありません。ふりがなが要るのは漢字を含む語だけです。この項目を消してください。",
                f'"{entry.word}" has no kanji: only words with kanji need a reading. Remove the entry.',
            )
        if not HIRAGANA.match(entry.reading):
            raise DataError(
                rel,
                line_of(tree, ("readings", index, "reading")),
                f"「{entry.word}」の読み「{entry.reading}」はひらがなだけで書いてください（カタカナ・漢字・空白は使えません）。",
                f'The reading "{entry.reading}" of "{entry.word}" must be written in hiragana only '
                "(no katakana, kanji or spaces).",
            )
        if entry.word in out:
            raise DataError(
                rel,
                line,
                f"「{entry.word}」が2回書かれています。1つにしてください。",
                f'"{entry.word}" is listed twice. Keep one entry.',
            )
        out[entry.word] = entry.reading
    return out
