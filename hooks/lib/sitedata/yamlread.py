"""YAML with line numbers at C speed: libyaml (PyYAML's ``CParser``) parses, this module builds the tree.

``parse(text, rel)`` returns plain Python values in ``Map`` (dict) and ``Seq`` (list) containers whose
``lc`` says where each entry is (``lc.key(k)``, ``lc.value(k)``, ``lc.item(i)``: 0-based (line, column),
as ruamel.yaml's round-trip containers say it; ``lc.line``: the container's own line). Scalars are read
by YAML 1.2's core schema, as ruamel.yaml reads them: ``true``/``false`` are booleans but ``yes``,
``no``, ``on`` and ``off`` stay words; ``010`` is ten; a decimal keeps the digits staff typed
(``12.50`` is ``Decimal("12.50")``); a date is a ``datetime.date``. A key written twice in one mapping,
a tag other than YAML's own, or a key that is not a plain word is a finding naming its line
(``read(text, rel)`` gives the tree and the findings, ``parse`` raises them as one ``DataError``).
Anchors and aliases (``&x``, ``*x``) are refused from the parser's events, before anything is composed:
a few hundred bytes of nested aliases (a "billion laughs") would otherwise expand to gigabytes.
PyYAML's pure-Python parser is used where libyaml is missing (slower, same result).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent, NodeEvent, StreamEndEvent
from yaml.nodes import MappingNode, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

from .errors import DataError
from .findings import Finding, finding

_CORE = "tag:yaml.org,2002:"
_RESOLVERS = (  # YAML 1.2's core schema, with the same patterns as ruamel.yaml's (its version 1.2 rows)
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    (
        "float",
        r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
        |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
        |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
        |[-+]?\.(?:inf|Inf|INF)
        |\.(?:nan|NaN|NAN))$""",
        "-+0123456789.",
    ),
    ("int", r"^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$", "-+0123456789"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    (
        "timestamp",
        r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
        |[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?
        (?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?
        (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""",
        "0123456789",
    ),
)


class _Resolver(BaseResolver):
    yaml_implicit_resolvers: dict = {}


for _name, _pattern, _first in _RESOLVERS:
    _Resolver.add_implicit_resolver(_CORE + _name, re.compile(_pattern, re.X), list(_first))

try:
    from yaml.cyaml import CParser as _CParser  # libyaml
except ImportError:  # pragma: no cover
    _CParser = None

if _CParser is not None:

    class _Composer(_CParser, _Resolver):  # libyaml parses and composes; resolving is _Resolver's
        def __init__(self, text: str):
            _CParser.__init__(self, text)
            _Resolver.__init__(self)


else:  # pragma: no cover  (PyYAML without libyaml)
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Composer(Reader, Scanner, Parser, Composer, _Resolver):
        def __init__(self, text: str):
            Reader.__init__(self, text)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)
            _Resolver.__init__(self)


class Lines:
    """Where a container and its entries are: 0-based (line, column) pairs."""

    __slots__ = ("line", "col", "_keys", "_values")

    def __init__(self, mark):
        self.line, self.col = mark.line, mark.column
        self._keys: dict = {}
        self._values: dict = {}

    def key(self, key) -> tuple[int, int]:
        return self._keys[key]

    def value(self, key) -> tuple[int, int]:
        return self._values[key]

    def item(self, index: int) -> tuple[int, int]:
        return self._values[index]


class Map(dict):
    """A YAML mapping, with ``lc``."""

    __slots__ = ("lc",)


class Seq(list):
    """A YAML sequence, with ``lc``."""

    __slots__ = ("lc",)


_TIMESTAMP = SafeConstructor()


def parse(text: str, rel: str):
    """The one document of ``text`` (None when empty) as plain values with line numbers (``rel``: the file,
    for messages); its findings as one DataError. YAML syntax errors are yaml.MarkedYAMLError, for the
    caller to explain."""
    tree, found = read(text, rel)
    if found:
        raise DataError(found)
    return tree


def read(text: str, rel: str) -> tuple[object, list[Finding]]:
    """The tree of ``text`` and the findings of its reading (nothing is composed when an alias is found)."""
    found = anchors(text, rel)
    if found:
        return None, found
    composer = _Composer(text)
    try:
        node = composer.get_single_node()
    finally:
        composer.dispose()
    if node is None:
        return None, []
    builder = _Builder(rel)
    return builder.build(node), builder.found


def anchors(text: str, rel: str) -> list[Finding]:
    """A finding (data.E014) on each line holding an anchor (&x) or an alias (*x), read from the parser's
    events, which never expand anything."""
    if "&" not in text and "*" not in text:
        return []
    found, lines = [], set()
    parser = _Composer(text)  # its events only: nothing is composed
    try:
        while not isinstance(event := parser.get_event(), StreamEndEvent) and event is not None:
            name = event.anchor if isinstance(event, (AliasEvent, NodeEvent)) else None
            if name is not None and event.start_mark.line not in lines:
                lines.add(event.start_mark.line)
                mark = event.start_mark
                found.append(finding("data.E014", rel, mark.line + 1, mark.column + 1, name=name))
    finally:
        parser.dispose()
    return found


class _Builder:
    def __init__(self, rel: str):
        self.rel = rel
        self.found: list[Finding] = []

    def build(self, node):
        if isinstance(node, ScalarNode):
            value = self.scalar(node)
        elif isinstance(node, SequenceNode):
            self.expect(node, "seq")
            value = Seq()
            value.lc = lines = Lines(node.start_mark)
            for index, item in enumerate(node.value):
                lines._values[index] = (item.start_mark.line, item.start_mark.column)
                value.append(self.build(item))
        elif isinstance(node, MappingNode):
            self.expect(node, "map")
            value = Map()
            value.lc = lines = Lines(node.start_mark)
            for key_node, value_node in node.value:
                key = self.key(key_node)
                if key in value:
                    first = lines._keys[key][0] + 1
                    self.add("data.E011", key_node, key=key, first=first)
                    continue
                lines._keys[key] = (key_node.start_mark.line, key_node.start_mark.column)
                lines._values[key] = (value_node.start_mark.line, value_node.start_mark.column)
                value[key] = self.build(value_node)
        else:  # pragma: no cover
            raise TypeError(node)
        return value

    def add(self, id_: str, node, **params) -> None:
        mark = node.start_mark
        self.found.append(finding(id_, self.rel, mark.line + 1, mark.column + 1, **params))

    def expect(self, node, kind: str) -> None:
        if node.tag != _CORE + kind:
            self.unknown_tag(node)

    def unknown_tag(self, node):
        self.add("data.E012", node, tag=node.tag)
        return node.value if isinstance(node, ScalarNode) else None

    def key(self, node):
        if not isinstance(node, ScalarNode):
            self.add("data.E013", node)
            return f"?{node.start_mark.line}:{node.start_mark.column}"  # kept apart from every other key
        value = self.scalar(node)
        return value if isinstance(value, int) else node.value  # 2020: stays a number; other keys are text

    def scalar(self, node: ScalarNode):
        tag, text = node.tag, node.value
        if tag == _CORE + "str":
            return text
        if tag == _CORE + "null":
            return None
        if tag == _CORE + "bool":
            return text.lower() == "true"
        if tag == _CORE + "int":
            return _int(text)
        if tag == _CORE + "float":
            return _decimal(text)
        if tag == _CORE + "timestamp":
            value = _TIMESTAMP.construct_yaml_timestamp(node)
            return value if isinstance(value, dt.datetime) else dt.date(value.year, value.month, value.day)
        return self.unknown_tag(node)


def _int(text: str) -> int:
    digits = text.replace("_", "")
    sign = -1 if digits.startswith("-") else 1
    digits = digits.lstrip("+-")
    for prefix, base in (("0b", 2), ("0x", 16), ("0o", 8)):
        if digits.startswith(prefix):
            return sign * int(digits[2:], base)
    return sign * int(digits)


def _decimal(text: str) -> Decimal:
    """The decimal as typed (12.50 keeps its two places); an exponent or .inf/.nan as Python's float says it."""
    digits = text.replace("_", "")
    if any(c in digits for c in "eEiInN"):
        return Decimal(repr(float(digits.replace(".inf", "inf").replace(".Inf", "inf").replace(".INF", "inf"))))
    return Decimal(digits)
