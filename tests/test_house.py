"""The house rules of hooks/ (ARCHITECTURE.md), checked on the source so that they stay true:
small modules, interface words only in data/interface.yml, one adapter to mkdocs-static-i18n, one
dispatcher for the generated parts, every hook in mkdocs.yml with its docstring; and the adapter's
name conversions and the dispatcher's messages, in-process.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml
from mkdocs.exceptions import PluginError

import sitedata
from conftest import ROOT
from sitebuild import i18n, inserts
from sitedata.interface import KEYS

HOOKS = ROOT / "hooks"
MODULES = sorted(HOOKS.rglob("*.py"))
ADAPTER = HOOKS / "lib" / "sitebuild" / "i18n.py"


def _source(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_no_module_is_over_about_250_lines():
    long = {p.relative_to(ROOT).as_posix(): n for p in MODULES if (n := len(_source(p).splitlines())) > 260}
    assert long == {}, long


def test_interface_words_live_in_the_data_file_not_in_python():
    """No {"ja": …, "en": …} literal in the hooks: staff correct a label in data/interface.yml."""
    found = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in MODULES
        for n, line in enumerate(_source(p).splitlines(), 1)
        if '"ja":' in line
    ]
    assert found == [], found


def test_every_interface_word_is_used_by_the_code():
    """Each key of sitedata.interface.KEYS appears in a module or template that uses its part, so a key
    nothing reads is not kept in data/interface.yml (the build refuses keys outside KEYS)."""
    code = {
        p: _source(p)
        for p in [*MODULES, *(ROOT / "overrides").rglob("*.html")]
        if p != HOOKS / "lib/sitedata/interface.py"
    }
    unused = []
    for part, keys in KEYS.items():
        stem = part.split("_")[0]
        users = [
            text
            for path, text in code.items()
            if f"{part}." in text or f'"{part}"' in text or f"{stem}_{{" in text or path.suffix == ".html"
        ]
        assert users, f"no module uses the part {part}"
        unused += [f"{part}.{key}" for key in keys if not any(re.search(rf"\b{key}\b", text) for text in users)]
    assert unused == [], unused


def test_the_interface_file_holds_exactly_the_keys_the_code_asks_for():
    tree = yaml.safe_load((ROOT / "data" / "interface.yml").read_text(encoding="utf-8"))
    assert {part: tuple(words) for part, words in tree.items()} == KEYS


PRIVATE = re.compile(
    r"""plugins\.get\(["']i18n|\.current_language\b|\.building\b|build_languages|\.locale\b|locale_alternate_of"""
    r"""|norm_src_uri|["']\.en\.md["']|["']en/["']|startswith\(["']en/"""
)


def test_only_the_adapter_reads_the_i18n_plugin_or_writes_the_name_conversions():
    found = [
        f"{p.relative_to(ROOT)}:{n}: {line.strip()}"
        for p in MODULES
        if p != ADAPTER
        for n, line in enumerate(_source(p).splitlines(), 1)
        if PRIVATE.search(line)
    ]
    assert found == [], found


STAGES = ["hooks/run.py", "hooks/prepare.py", "hooks/render.py", "hooks/finish.py", "hooks/check.py"]
HOOK_FILES = [ROOT / h for h in STAGES]
# What a hook's event function may hold: calls into hooks/lib/, and the tests and assignments around them.
THIN = (ast.Expr, ast.Return, ast.Assign, ast.If, ast.Pass)


def test_the_hooks_are_the_run_and_the_three_stages_in_mkdocs_yml_in_that_order():
    """mkdocs.yml lists exactly the five hook files, in the order of the build (ARCHITECTURE.md); hooks/ holds no
    other module (the code is in hooks/lib/)."""
    listed = re.findall(r"^  - (hooks/\S+\.py)$", _source(ROOT / "mkdocs.yml"), re.M)
    assert listed == STAGES
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in HOOKS.rglob("*.py") if "lib" not in p.parts)
    assert on_disk == sorted(STAGES)


def test_every_module_opens_with_a_docstring_of_what_it_reads_and_emits():
    for path in MODULES:
        doc = ast.get_docstring(ast.parse(_source(path)))
        assert doc and len(doc) > 60, f"{path.relative_to(ROOT)} opens with no docstring saying what it reads and emits"


@pytest.mark.parametrize("path", HOOK_FILES, ids=lambda p: p.name)
def test_a_hook_holds_no_logic(path):
    """Each event function of a hook calls the plain functions of hooks/lib/ in the order the build needs, with at
    most a test of which build or which template it is: no loop, no try, no nested function, no class, at most eight
    statements; the hook file itself defines nothing else (a CombinedEvent joins two of its functions; a logger)."""
    tree = ast.parse(_source(path))
    for node in tree.body:
        if isinstance(node, ast.Expr | ast.Import | ast.ImportFrom):
            continue
        if isinstance(node, ast.Assign):
            called = getattr(node.value, "func", None)
            assert (getattr(called, "id", "") or getattr(called, "attr", "")) in ("CombinedEvent", "getLogger"), (
                f"{path.name}:{node.lineno}: a hook file defines only its event functions (and its logger)"
            )
            continue
        assert isinstance(node, ast.FunctionDef), f"{path.name}:{node.lineno}: {type(node).__name__} in a hook"
        statements = [s for s in ast.walk(node) if isinstance(s, ast.stmt) and s is not node]
        logic = [type(s).__name__ for s in statements if not isinstance(s, THIN)]
        assert logic == [], f"{path.name}:{node.lineno} {node.name}: {logic}"
        assert len(statements) <= 8, f"{path.name}:{node.lineno} {node.name} holds {len(statements)} statements"
        assert not any(isinstance(s, ast.comprehension) for s in ast.walk(node)), f"{path.name} {node.name}"


def test_the_only_event_priorities_are_the_adapters_names_for_the_plugins_order():
    """No bare number orders the hooks: the order is mkdocs.yml's list and the calls in each hook. Only where a
    hook must run around mkdocs-static-i18n's own (-100) does it name the adapter's constant."""
    found = []
    for path in MODULES:
        for node in ast.walk(ast.parse(_source(path))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "event_priority":
                arg = node.args[0]
                if not (isinstance(arg, ast.Attribute) and getattr(arg.value, "id", "") == "i18n"):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(arg)}")
    assert found == [], found
    used = {m for path in MODULES for m in re.findall(r"event_priority\(i18n\.(\w+)\)", _source(path))}
    assert used == {"AFTER_PAIRING", "ALL_BUILT", "AFTER_PLUGIN"}
    assert set(re.findall(r"^([A-Z_]+) = -\d+", _source(ADAPTER), re.M)) == used  # none unused is kept


_MUTABLE = (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp, ast.Call)
# Module-level calls whose result is fixed once made (not state): loggers, patterns, paths, markup.
_FIXED = {
    "CombinedEvent",
    "getLogger",
    "compile",
    "XPath",
    "Path",
    "frozenset",
    "tuple",
    "TypeVar",
    "resolve",
    "Markup",
    "escape",
}


def _module_state() -> set[str]:
    """Every module-level name of hooks/lib/ (not a CONSTANT, not ``__all__``) bound to a list, dict, set or an
    object made by a call that is not fixed once made."""
    state = set()
    for path in MODULES:
        where = HOOKS / "lib" if path.is_relative_to(HOOKS / "lib") else ROOT
        module = path.relative_to(where).with_suffix("").as_posix().replace("/", ".").removesuffix(".__init__")
        for node in ast.parse(_source(path)).body:
            target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
            value, name = getattr(node, "value", None), getattr(target, "id", "")
            if not name or name.isupper() or name == "__all__" or not isinstance(value, _MUTABLE):
                continue
            called = getattr(value, "func", None)
            if called is not None and (getattr(called, "attr", "") or getattr(called, "id", "")) in _FIXED:
                continue
            state.add(f"{module}.{name}")
    return state


def test_the_state_kept_for_a_run_is_what_architecture_md_lists():
    """Module-level state lives only where it could not be derived from files, the configuration or the call's
    arguments; each is named in ARCHITECTURE.md ("State kept for a run") with its reason."""
    section = _source(ROOT / "ARCHITECTURE.md").split("## State kept for a run", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^- `([\w.]+)`", section, re.M))
    assert _module_state() == listed


# ---------------------------------------------------------------- the adapter's conversions


@pytest.mark.parametrize(
    "call, expected",
    [
        (lambda: i18n.japanese_name("strategy.en.md"), "strategy.md"),
        (lambda: i18n.japanese_name("staff/translation-status.md"), "staff/translation-status.md"),
        (lambda: i18n.source_name("strategy.md", "en"), "strategy.en.md"),
        (lambda: i18n.source_name("strategy.en.md", "ja"), "strategy.md"),
        (lambda: i18n.built_name("strategy.md", "en"), "en/strategy.html"),
        (lambda: i18n.built_name("staff/translation-status.md", "ja"), "staff/translation-status.html"),
        (lambda: i18n.source_of("en/staff/translation-status.html"), "docs/staff/translation-status.en.md"),
        (lambda: i18n.source_of("index.html"), "docs/index.md"),
        (lambda: i18n.twin_urls("en/places.html", "en"), {"ja": "places.html", "en": "en/places.html"}),
        (lambda: i18n.localized("feed.xml", "en"), "en/feed.xml"),
        (lambda: i18n.built_lang("en/index.html"), "en"),
        (lambda: i18n.source_lang("print-notice.en.md"), "en"),
    ],
)
def test_the_adapters_name_conversions(call, expected):
    assert call() == expected


# ---------------------------------------------------------------- the dispatcher of generated parts


def _page(tmp_path: Path, text: str) -> inserts.Where:
    source = tmp_path / "docs" / "example.md"
    source.parent.mkdir()
    source.write_text(text, encoding="utf-8")
    return inserts.Where(sitedata.load(), "ja", "example.md", text, source.parent)


def test_a_marker_is_filled_by_its_part(tmp_path):
    @inserts.part("test-echo")
    def echo(where, word):
        return f"[{word}]"

    text = "# Title\n\n<!-- insert: test-echo hello -->\n"
    assert inserts.fill(text, _page(tmp_path, text)) == "# Title\n\n[hello]\n"


def test_an_unknown_marker_is_named_with_file_and_line(tmp_path):
    text = "# Title\n\nSome text.\n\n<!-- insert: kpi-tabels -->\n"
    with pytest.raises(PluginError) as raised:
        inserts.fill(text, _page(tmp_path, text))
    message = str(raised.value)
    assert "docs/example.md の 5 行目" in message and "docs/example.md, line 5" in message
    assert '"kpi-tabels"' in message


def test_a_marker_with_the_wrong_number_of_words_is_named(tmp_path):
    @inserts.part("test-one-word")
    def one(where, word):
        return word

    text = "<!-- insert: test-one-word a b -->\n"
    with pytest.raises(PluginError) as raised:
        inserts.fill(text, _page(tmp_path, text))
    assert "docs/example.md, line 1" in str(raised.value) and "wrong number of words" in str(raised.value)


def test_the_interface_words_escape_what_they_put_in():
    words = sitedata.load().words
    assert words.html("consultation.places_count", "en", n="<b>") == "&lt;b&gt; offices across the prefecture"
    assert words.text("strategy.pillar", "ja", n=3) == "柱3"


def test_architecture_md_describes_the_stages_with_no_table_of_priorities():
    """ARCHITECTURE.md names each hook file and each stage's package, and orders nothing by priority numbers."""
    text = _source(ROOT / "ARCHITECTURE.md")
    for name in [*STAGES, "sitebuild/prepare/", "sitebuild/render/", "sitebuild/finish/", "sitebuild/check/"]:
        assert name in text, name
    assert "| order |" not in text and not re.search(r"\(-\d{2,}\)", text)
