"""Reading a data file: YAML with line numbers (``sitedata.yamlread``, libyaml), the common slips caught
before parsing, and validation.

``validate(model, path)`` reads a file and checks it against its model (``sitedata.schema``); every
mistake becomes a ``DataError`` naming the file (``shown``), the line (``line_of``) and the fix.
A file is read (``sitedata.textfile.read_text``: UTF-8 only) again only when it has changed.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from yaml import MarkedYAMLError, YAMLError

from .errors import DataError, explain
from .findings import finding
from .textfile import ROOT, read_text, shown  # noqa: F401  (ROOT: sitedata's, re-exported)
from .yamlread import parse

_FULLWIDTH_KEY = re.compile(r"^\s*(-\s+)?(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*：")
_DATE_VALUE = re.compile(r"^\s*([A-Za-z_]+):\s*[\"']?(\d{4}-\d{1,2}-\d{1,2})[\"']?\s*(#.*)?$")


def line_of(tree: Any, loc: tuple) -> int | None:
    """The 1-based line of the deepest node of ``loc`` found in the tree (``yamlread``'s ``lc``)."""
    line = None
    node = tree
    for key in loc:
        lc = getattr(node, "lc", None)
        try:
            if isinstance(key, int) and isinstance(node, list):
                if lc is not None and key < len(node):
                    line = lc.item(key)[0] + 1
                node = node[key]
            elif isinstance(node, dict) and key in node:
                if lc is not None:
                    line = lc.key(key)[0] + 1
                node = node[key]
            else:
                break
        except (KeyError, IndexError, TypeError):
            break
    if line is None and getattr(tree, "lc", None) is not None:
        line = tree.lc.line + 1
    return line


def read_yaml(path: Path) -> Any:
    """The file's YAML tree (with line numbers), read again only when the file has changed."""
    rel = shown(path)
    if not path.exists():
        raise DataError(rel, None, "ファイルがありません。", "The file is missing.")
    stat = path.stat()
    return _read_yaml_cached(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def _read_yaml_cached(path: Path, _mtime: int, _size: int) -> Any:
    rel = shown(path)
    text = read_text(path)  # UTF-8 (a BOM and CRLF are fine), else a DataError with the fix
    found = list(line_slips(rel, text))
    if found:
        raise DataError(found)
    try:
        return parse(text, rel)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise DataError(finding("data.E005", rel, line, column, problem=exc.problem)) from None
    except (YAMLError, ValueError) as exc:
        raise DataError(
            rel, None, f"YAML として読めません（{exc}）。", f"The file cannot be read as YAML ({exc})."
        ) from None


def line_slips(rel: str, text: str):
    """The findings of the slips seen line by line before parsing: a tab or a full-width colon, a date in
    full-width digits or one that does not exist."""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t"):
            yield finding("data.E001", rel, number, len(line) - len(stripped) + 1)
        colon = _FULLWIDTH_KEY.match(line)
        if colon:
            yield finding("data.E002", rel, number, colon.end(), key=colon.group("key"))
        date = _DATE_VALUE.match(line)
        if date and not date.group(2).isascii():
            yield finding("data.E003", rel, number, date.start(2) + 1, value=date.group(2))
        elif date:
            try:
                dt.date.fromisoformat(date.group(2))
            except ValueError:
                yield finding("data.E004", rel, number, date.start(2) + 1, value=date.group(2))


def validate(model: type[BaseModel], path: Path) -> tuple[Any, Any]:
    tree = read_yaml(path)
    rel = shown(path)
    if tree is None:
        raise DataError(rel, None, "ファイルが空です。", "The file is empty.")
    try:
        return model.model_validate(plain(tree)), tree
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(k for k in first["loc"] if k != "function-after")
        ja, en = explain(first, tree)
        more = len(exc.errors()) - 1
        if more:
            ja += f"（ほかに {more} 件の誤りがあります。直して再度ビルドしてください）"
            en += f" ({more} more error(s); fix this one and build again.)"
        raise DataError(rel, line_of(tree, loc), ja, en) from None


def plain(node: Any) -> Any:
    """The tree without its line numbers: plain dicts and lists (dates, decimals and the rest as read)."""
    if isinstance(node, dict):
        return {k: plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    return node


def duplicates(rel: str, tree: Any, items: list, key: str, ids: list, what_ja: str, what_en: str) -> None:
    seen: set = set()
    for index, value in enumerate(ids):
        if value in seen:
            raise DataError(
                rel,
                line_of(tree, (key, index)),
                f"{what_ja} の id「{value}」が重複しています。ほかと違う id にしてください。",
                f'The {what_en} id "{value}" is used twice. Give each entry its own id.',
            )
        seen.add(value)
