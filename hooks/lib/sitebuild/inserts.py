"""The generated parts of pages: ``<!-- insert: NAME ARGS -->`` markers in docs/*.md.

A generator (a hook in hooks/3_generate/) registers the parts it makes::

    @inserts.part("kpi-tables")
    def kpi_tables(where):  # where.data, where.lang, where.page, where.config
        return "..."

and hooks/3_generate/inserts.py fills every marker of every page, in one pass, with what its part
returns (Markdown or HTML), given the marker's words as further arguments. A marker whose name no
generator registered, or with the wrong number of words, stops the build there, naming the page's file
and line.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from mkdocs.exceptions import PluginError

import sitedata

from . import i18n

AFTER_PARTS = -50  # on_page_markdown: a hook that works on the page with its generated parts in
MARKER = re.compile(r"<!--\s*insert:\s*([a-z0-9-]+)((?:\s+[^\s>]+)*)\s*-->")

_parts: dict[str, Callable[..., str]] = {}


@dataclass(frozen=True)
class Where:
    """The page a part is made for."""

    page: Any
    config: Any

    @cached_property
    def lang(self) -> str:
        return i18n.page_lang(self.page)

    @cached_property
    def data(self) -> sitedata.SiteData:
        return sitedata.load(self.config)


def part(name: str) -> Callable[[Callable[..., str]], Callable[..., str]]:
    """Register ``function(where, *words)`` as the maker of ``<!-- insert: name words… -->``."""

    def register(function: Callable[..., str]) -> Callable[..., str]:
        _parts[name] = function
        return function

    return register


def names() -> list[str]:
    return sorted(_parts)


def _line(page: Any, marker: str) -> int | str:
    try:
        source = open(page.file.abs_src_path, encoding="utf-8").read()
    except (OSError, TypeError):
        return "?"
    at = source.find(marker)
    return source.count("\n", 0, at) + 1 if at >= 0 else "?"


def fill(markdown: str, page: Any, config: Any) -> str:
    """Every marker of the page replaced by its part, in the page's language."""
    where = Where(page, config)

    def swap(match: re.Match) -> str:
        name, words = match.group(1), match.group(2).split()
        src = f"docs/{page.file.src_uri}"
        function = _parts.get(name)
        if function is None:
            line = _line(page, match.group(0))
            raise PluginError(
                f"{src} の {line} 行目: 「{match.group(0)}」という差し込みはありません。"
                f"名前のつづりを確かめてください（使える名前: {', '.join(names())}）。\n"
                f'  {src}, line {line}: there is no generated part called "{name}". Check the spelling of '
                f"the marker (known parts: {', '.join(names())})."
            )
        try:
            inspect.signature(function).bind(where, *words)
        except TypeError:
            line = _line(page, match.group(0))
            raise PluginError(
                f"{src} の {line} 行目: 差し込み「{match.group(0)}」のことばの数が正しくありません。\n"
                f'  {src}, line {line}: the marker "{match.group(0)}" has the wrong number of words.'
            ) from None
        return function(where, *words)

    return MARKER.sub(swap, markdown)
