"""Reading a data file: YAML with line numbers (``sitedata.yamlread``, libyaml), the common slips caught
before parsing (``sitedata.slips``), and validation, every mistake a finding of the catalogue.

``validate_findings(model, path)`` reads a file and checks it against its model (``sitedata.schema``),
and gives the model (None when it does not fit), the tree and every finding of the file: each pydantic
error at its line (``line_of``), the slips of its lines and texts. ``validate`` raises them as one
``DataError``. A file is read (``sitedata.textfile``: UTF-8 only) again only when it has changed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from yaml import MarkedYAMLError, YAMLError

from .errors import DataError, explain
from .findings import Finding, finding
from .slips import invisible, line_slips, text_slips
from .textfile import ROOT, _text, last_read, shown  # noqa: F401  (ROOT: sitedata's, re-exported)
from .yamlread import read

__all__ = ["ROOT", "line_of", "line_slips", "plain", "read_findings", "read_yaml", "shown", "validate"]


def line_of(tree: Any, loc: tuple) -> int | None:
    """The 1-based line of the deepest node of ``loc`` found in the tree (``yamlread``'s ``lc``)."""
    return place_of(tree, loc)[0]


def place_of(tree: Any, loc: tuple) -> tuple[int | None, int | None]:
    """The 1-based (line, column) of the deepest node of ``loc`` found in the tree: a key's, an item's."""
    place = (None, None)
    node = tree
    for key in loc:
        lc = getattr(node, "lc", None)
        try:
            if isinstance(key, int) and isinstance(node, list):
                if lc is not None and key < len(node):
                    place = lc.item(key)
                node = node[key]
            elif isinstance(node, dict) and key in node:
                if lc is not None:
                    place = lc.key(key)
                node = node[key]
            else:
                break
        except (KeyError, IndexError, TypeError):
            break
    if place[0] is None:
        lc = getattr(tree, "lc", None)
        return (lc.line + 1, None) if lc is not None else (None, None)
    return place[0] + 1, place[1] + 1


def read_findings(path: Path) -> tuple[Any, list[Finding]]:
    """The file's YAML tree (None when it cannot be read) and the findings of reading it; read again only
    when the file has changed."""
    if not path.exists():
        return None, [finding("data.E006", shown(path))]
    stat = path.stat()
    tree, found = _read_cached(path, stat.st_mtime_ns, stat.st_size)
    return tree, list(found)


def read_yaml(path: Path) -> Any:
    """The file's YAML tree (with line numbers); DataError with every finding of reading it."""
    tree, found = read_findings(path)
    if found:
        raise DataError(found)
    return tree


@lru_cache(maxsize=32)
def _read_cached(path: Path, _mtime: int, _size: int) -> tuple[Any, tuple[Finding, ...]]:
    rel = shown(path)
    last_read[:] = [rel]
    text, unreadable = _text(path.read_bytes(), rel)  # UTF-8 (a BOM and CRLF are fine)
    if unreadable:
        return None, (unreadable,)
    found = list(line_slips(rel, text))
    if found:  # the parser would stop on them, or read them wrongly
        return None, tuple(found + invisible(rel, text))
    try:
        tree, found = read(text, rel)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        return None, (finding("data.E005", rel, line, column, problem=exc.problem), *invisible(rel, text))
    except (YAMLError, ValueError) as exc:
        return None, (finding("data.E007", rel, problem=exc), *invisible(rel, text))
    found += invisible(rel, text)
    if tree is not None:
        found += text_slips(rel, tree)
    return tree, tuple(found)


def validate_findings(model: type[BaseModel], path: Path) -> tuple[Any, Any, list[Finding]]:
    """(the model or None, the tree, every finding of the file)."""
    tree, found = read_findings(path)
    rel = shown(path)
    if tree is None:
        return None, None, found or [finding("data.E008", rel)]
    try:
        return model.model_validate(plain(tree)), tree, found
    except ValidationError as exc:
        for err in exc.errors():
            id_, params = explain(err, tree)
            loc = tuple(k for k in err["loc"] if k != "function-after")
            found.append(finding(id_, rel, *place_of(tree, loc), **params))
        return None, tree, found


def validate(model: type[BaseModel], path: Path) -> tuple[Any, Any]:
    """(the model, the tree) of a file; DataError with every finding of the file."""
    data, tree, found = validate_findings(model, path)
    if found:
        raise DataError(found)
    return data, tree


def plain(node: Any) -> Any:
    """The tree without its line numbers: plain dicts and lists (dates, decimals and the rest as read)."""
    if isinstance(node, dict):
        return {k: plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    return node


def duplicate_findings(rel: str, tree: Any, key: str, ids: list) -> list[Finding]:
    """A finding (data.E041) for each id of the list ``key`` used again, at the line of the entry."""
    first: dict = {}
    found = []
    for index, value in enumerate(ids):
        if value is None:
            continue
        if value in first:
            found.append(
                finding(
                    "data.E041", rel, line_of(tree, (key, index)),
                    list=key, value=value, first=line_of(tree, (key, first[value])),
                )
            )  # fmt: skip
        else:
            first[value] = index
    return found


def duplicates(rel: str, tree: Any, items: list, key: str, ids: list, *_words: str) -> None:
    """DataError with every id used twice in the list ``key`` (``items``, ``_words``: as before, unused)."""
    found = duplicate_findings(rel, tree, key, ids)
    if found:
        raise DataError(found)
