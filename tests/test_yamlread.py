"""The data files' YAML reader (hooks/lib/sitedata/yamlread.py, libyaml): the values and line numbers it gives
are those of ruamel.yaml's round-trip reader, which the site used before (and which still reads mkdocs.yml),
for every data file of the project and the sample; and YAML 1.2's words and numbers, in process."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from ruamel.yaml import YAML

import sitedata
from conftest import ROOT
from sitedata.yamlfile import plain
from sitedata.yamlread import parse

ALLOWLIST = ROOT / "hooks/lib/sitebuild/check/allowed_html.yml"
FILES = sorted(ROOT.glob("data/*.yml")) + [ROOT / "examples" / "outcome.yml", ALLOWLIST]


def _ruamel_plain(node):
    from ruamel.yaml.scalarfloat import ScalarFloat

    if isinstance(node, dict):
        return {k if isinstance(k, int) else str(k): _ruamel_plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_ruamel_plain(v) for v in node]
    if isinstance(node, ScalarFloat):
        return float(node)
    if isinstance(node, dt.date) and not isinstance(node, dt.datetime):
        return dt.date(node.year, node.month, node.day)
    return str(node) if isinstance(node, str) else node


def _positions(tree, path=()):
    """Every (path, what, (line, column)) of a tree with ``lc``."""
    if isinstance(tree, dict):
        yield path, "own", (tree.lc.line, tree.lc.col)
        for key, value in tree.items():
            name = key if isinstance(key, int) else str(key)
            yield path + (name,), "key", tuple(tree.lc.key(key))
            yield path + (name,), "value", tuple(tree.lc.value(key))
            yield from _positions(value, path + (name,))
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            yield path + (index,), "item", tuple(tree.lc.item(index))
            yield from _positions(value, path + (index,))


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_data_file_reads_as_ruamel_read_it(path):
    text = path.read_text(encoding="utf-8")
    old, new = YAML(typ="rt").load(text), parse(text, path.name)
    assert _floats(plain(new)) == _ruamel_plain(old)
    assert list(_positions(new)) == list(_positions(old))


def _floats(node):
    if isinstance(node, dict):
        return {k: _floats(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_floats(v) for v in node]
    return float(node) if isinstance(node, Decimal) else node


@pytest.mark.parametrize(
    "text, value",
    [
        ("a: yes", "yes"),  # YAML 1.2: a word, not a boolean
        ("a: off", "off"),
        ("a: true", True),
        ("a: False", False),
        ("a: 010", 10),  # not octal
        ("a: 0o17", 15),
        ("a: 0x1F", 31),
        ("a: 1_000", 1000),
        ("a: -3", -3),
        ("a: 12.50", Decimal("12.50")),  # the digits as typed
        ("a: 1234.0", Decimal("1234.0")),
        ("a: .5", Decimal("0.5")),
        ("a: 1e3", Decimal("1000.0")),
        ("a: ~", None),
        ("a: null", None),
        ("a:", None),
        ("a: 2020-12-25", dt.date(2020, 12, 25)),
        ("a: 2020-12-25 10:30:00", dt.datetime(2020, 12, 25, 10, 30)),
        ("a: '2020-12-25'", "2020-12-25"),
        ("a: 096-333-2019", "096-333-2019"),
        ("a: !!str 12", "12"),
        ("a: 熊本県", "熊本県"),
    ],
)
def test_words_and_numbers_are_read_as_yaml_1_2(text, value):
    got = parse(text, "x.yml")["a"]
    assert got == value and type(got) is type(value)


@pytest.mark.parametrize(
    "text, found",
    [
        ("a: 1\nb: 2\na: 3\n", [("data.E011", 3, 1)]),
        ("a:\n  - x\n  - !ENV y\n", [("data.E012", 3, 5)]),
        ("a:\n  ? [x, y]\n  : 1\n", [("data.E013", 2, 5)]),
        ("a: 1\na: 2\nb: !ENV x\nb: 3\n", [("data.E011", 2, 1), ("data.E012", 3, 4), ("data.E011", 4, 1)]),
    ],
)
def test_every_slip_the_reader_catches_is_named_at_its_line(text, found):
    with pytest.raises(sitedata.DataError) as caught:
        parse(text, "data/x.yml")
    assert [(f.id, f.line, f.column) for f in caught.value.findings] == found


def test_an_alias_or_an_anchor_is_refused_at_its_line():
    """An alias would be read as its anchor: refused, with nothing composed (tests/test_data_findings.py)."""
    with pytest.raises(sitedata.DataError) as caught:
        parse("a: &x {ja: 文, en: text}\nb: *x\n", "data/x.yml")
    assert [(f.id, f.line) for f in caught.value.findings] == [("data.E014", 1), ("data.E014", 2)]
    assert parse("a: R&D *and* more\nb: '&x'\n", "data/x.yml") == {"a": "R&D *and* more", "b": "&x"}
