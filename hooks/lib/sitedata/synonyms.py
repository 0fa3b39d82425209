"""Search synonyms (data/search_synonyms.yml): words a reader may type and the words on a page they lead to."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from .errors import DataError
from .schema import LANGS, Synonyms
from .yamlfile import line_of, shown, validate


def search_key(text: str) -> str:
    """A query or a page's text as the search compares them: NFKC, lower case, no spaces, dashes and
    the minus sign as "-" (docs/assets/search.js does the same to the reader's query)."""
    return re.sub(r"[\u2010-\u2015\u2212]", "-", re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).lower()))


def load_synonyms(path: Path) -> tuple[Synonyms, Any]:
    """The search synonyms and their YAML tree (for line numbers); a word listed twice in one
    language, or one that is its own ``find``, stops the build."""
    rel = shown(path)
    synonyms, tree = validate(Synonyms, path)
    for lang in LANGS:
        seen: set = set()
        for i, item in enumerate(synonyms.synonyms):
            for j, word in enumerate(item.words[lang]):
                key = search_key(word)
                if key in seen or key == search_key(item.find[lang]):
                    raise DataError(
                        rel,
                        line_of(tree, ("synonyms", i, "words", lang, j)),
                        f"言葉「{word}」（{lang}）が二度書かれているか、find と同じです。一度だけ書いてください。",
                        f'The word "{word}" ({lang}) is listed twice, or is the same as its find. List it once.',
                    )
                seen.add(key)
    return synonyms, tree
