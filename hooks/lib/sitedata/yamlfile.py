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
from .textfile import ROOT, read_text, shown  # noqa: F401  (ROOT: sitedata's, re-exported)
from .yamlread import parse

_FULLWIDTH_KEY = re.compile(r"^\s*(-\s+)?[A-Za-z_][A-Za-z0-9_]*\s*：")
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
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t"):
            raise DataError(
                rel,
                number,
                "字下げにタブ文字が使われています。半角スペースで字下げしてください。",
                "The line is indented with a tab. Indent with spaces instead.",
            )
        if _FULLWIDTH_KEY.match(line):
            raise DataError(
                rel,
                number,
                "全角のコロン「：」が使われています。"
                "項目名のあとは半角の「:」と半角スペースにしてください（例 ja: 文）。",
                'A full-width colon "：" is used after a field name. Use a half-width ":" and a space '
                '(e.g. "ja: text").',
            )
        date = _DATE_VALUE.match(line)
        if date and not date.group(2).isascii():
            raise DataError(
                rel,
                number,
                f"日付「{date.group(2)}」に全角の数字が使われています。2020-12-25 のように半角の数字で書いてください。",
                f'The date "{date.group(2)}" uses full-width digits. Write it with ordinary digits, e.g. 2020-12-25.',
            )
        if date:
            try:
                dt.date.fromisoformat(date.group(2))
            except ValueError:
                raise DataError(
                    rel,
                    number,
                    f"日付「{date.group(2)}」はありません。"
                    "2020-12-25 のように 年-月-日 で、実在する日付を書いてください。",
                    f'"{date.group(2)}" is not a real date. Write it as YYYY-MM-DD, e.g. 2020-12-25.',
                ) from None
    try:
        return parse(text, rel)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise DataError(
            rel,
            line,
            f"YAML の書き方に誤りがあります（{exc.problem}）。字下げ・コロン・引用符を確かめてください。",
            f"The YAML is malformed ({exc.problem}). Check indentation, colons and quotes.",
        ) from None
    except (YAMLError, ValueError) as exc:
        raise DataError(
            rel, None, f"YAML として読めません（{exc}）。", f"The file cannot be read as YAML ({exc})."
        ) from None


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
