"""Mistakes in data files, as findings of the catalogue (hooks/lib/sitedata/catalogue/data.yml).

``DataError`` is the FindingsError of the data files; ``findings_of(exc, tree, rel)`` turns every error of a
pydantic validation into a finding of its kind (a missing field, a missing or empty ja/en text, an unknown
field, a value that is not a number, a date, an id …), at the line of the YAML tree (``yamlread``'s ``lc``).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from .findings import FindingsError

# The text kinds of ja/en fields: (missing, empty) ids, by language.
_TEXT_IDS = dict(en=("data.E016", "data.E018"), ja=("data.E017", "data.E019"))
_PATTERN_IDS = {"id": "data.E033", "url": "data.E034", "page": "data.E035"}


class DataError(FindingsError):
    """Mistakes in a data file: ``DataError(findings)`` (or one finding), a FindingsError."""


def _path(loc: tuple, tree: Any = None) -> str:
    """kpis[9](id: p2-m3-exports).name: 1-based positions, with the entry's id where it has one."""
    parts, node = [], tree
    for key in loc:
        try:
            node = node[key] if node is not None else None
        except (KeyError, IndexError, TypeError):
            node = None
        if isinstance(key, int):
            entry_id = node.get("id") if isinstance(node, dict) else None
            parts.append(f"[{key + 1}]" + (f"(id: {entry_id})" if entry_id is not None else ""))
        else:
            parts.append(f".{key}")
    return "".join(parts).lstrip(".")


def code(char: str) -> str:
    """U+200B for a character."""
    return f"U+{ord(char):04X}"


def explain(err: dict, tree: Any = None) -> tuple[str, dict]:
    """The id and values of the finding of one pydantic error."""
    kind, loc = err["type"], tuple(k for k in err["loc"] if k not in ("function-after",))
    field = str(loc[-1]) if loc else ""
    path, parent = _path(loc, tree), _path(loc[:-1], tree)
    value = err.get("input")
    if kind == "missing":
        if field in _TEXT_IDS:
            return _TEXT_IDS[field][0], dict(parent=parent)
        if len(loc) == 1:
            return "data.E070", dict(field=field)
        return "data.E015", dict(parent=parent, field=field)
    if kind in ("string_too_short", "string_type") and field in _TEXT_IDS:
        return _TEXT_IDS[field][1], dict(path=path)
    if kind == "extra_forbidden":
        return "data.E020", dict(path=path)
    if kind == "literal_error":
        return "data.E021", dict(path=path, value=value, allowed=err.get("ctx", {}).get("expected", ""))
    if kind.startswith(("date", "datetime")):
        return "data.E022", dict(path=path, value=value)
    if kind == "value_error":
        return _value_error(str(err.get("ctx", {}).get("error", "")), path, value)
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        if isinstance(value, str) and "：" in value:
            return "data.E028", dict(path=path)
        return "data.E029", dict(path=path)
    if kind == "list_type":
        return "data.E030", dict(path=path)
    if kind == "too_short":
        return "data.E031", dict(path=path)
    if kind.startswith(("int", "float", "decimal")):
        return "data.E032", dict(path=path, value=value)
    if kind == "string_pattern_mismatch":
        return _PATTERN_IDS.get(field, "data.E037"), dict(path=path, value=value, problem=err["msg"])
    if kind in ("greater_than_equal", "greater_than"):
        ctx = err.get("ctx", {})
        return "data.E036", dict(path=path, value=value, minimum=ctx.get("ge", ctx.get("gt", "")))
    return "data.E037", dict(path=path, problem=err["msg"])


def _value_error(msg: str, path: str, value: Any) -> tuple[str, dict]:
    """The checks of sitedata.schema raise ValueError("NAME") or ValueError("NAME:detail")."""
    name, _, detail = msg.removeprefix("Value error, ").partition(":")
    if name == "END_BEFORE_START":
        return "data.E023", dict(path=path)
    if name == "PHONE":
        return "data.E024", dict(path=path, value=value)
    if name == "EXTENSION":
        return "data.E025", dict(path=path, value=value)
    if name == "FIGURE":
        return "data.E026", dict(path=path, value=value)
    if name == "SET_NEEDS":
        return "data.E027", dict(path=path, need=", ".join(detail.split(",")))
    if name == "EMAIL_LOOKALIKE":
        plain = unicodedata.normalize("NFKC", detail)
        return "data.E039", dict(value=value, char=detail, code=code(detail), plain=plain)
    if name == "EMAIL_CHAR":
        shown = detail if detail.isprintable() and not detail.isspace() else ""
        return "data.E038", dict(value=value, char=shown, code=code(detail))
    if name == "EMAIL":
        return "data.E040", dict(value=value)
    return "data.E037", dict(path=path, problem=msg)
