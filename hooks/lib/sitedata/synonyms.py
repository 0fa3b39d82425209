"""Search synonyms (data/search_synonyms.yml): words a reader may type and the words on a page they lead to.

``read_synonyms(path)`` gives the synonyms, their YAML tree and every finding: a word listed twice in one
language or the same as its ``find`` (data.E054), a list typed with 、 or ， between its words instead of
commas (data.E055: it would be one word, and 締切 would no longer find the period).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from .errors import DataError
from .findings import Finding, finding
from .schema import LANGS, Synonyms
from .yamlfile import line_of, shown, validate_findings

_SEPARATORS = re.compile("[、，､﹐﹑]")  # an ideographic comma, a full-width one, their half-width and small forms


def search_key(text: str) -> str:
    """A query or a page's text as the search compares them: NFKC, lower case, no spaces, dashes and
    the minus sign as "-" (docs/assets/search.js does the same to the reader's query)."""
    return re.sub(r"[\u2010-\u2015\u2212]", "-", re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).lower()))


def read_synonyms(path: Path) -> tuple[Synonyms | None, Any, list[Finding]]:
    """(the synonyms or None, the YAML tree, every finding of the file)."""
    rel = shown(path)
    synonyms, tree, found = validate_findings(Synonyms, path)
    if synonyms is None:
        return None, tree, found
    for lang in LANGS:
        seen: set = set()
        for i, item in enumerate(synonyms.synonyms):
            for j, word in enumerate(item.words[lang]):
                line = line_of(tree, ("synonyms", i, "words", lang, j))
                mark = _SEPARATORS.search(word)
                if mark:
                    found.append(finding("data.E055", rel, line, word=word, lang=lang, mark=mark.group(0)))
                key = search_key(word)
                if key in seen or key == search_key(item.find[lang]):
                    found.append(finding("data.E054", rel, line, word=word, lang=lang))
                seen.add(key)
    return synonyms, tree, found


def load_synonyms(path: Path) -> tuple[Synonyms, Any]:
    """The search synonyms and their YAML tree (for line numbers); DataError with every finding."""
    synonyms, tree, found = read_synonyms(path)
    if found:
        raise DataError(found)
    return synonyms, tree
