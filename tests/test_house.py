"""The house rules of hooks/ (ARCHITECTURE.md), checked on the source so that they stay true:
small modules, interface words only in data/interface.yml, one adapter to mkdocs-static-i18n, one
dispatcher for the generated parts, every hook in mkdocs.yml with its docstring; and the adapter's
name conversions and the dispatcher's messages, in-process.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
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


def test_plugin_dependent_priorities_are_the_adapters_constants():
    """An event_priority below 0 that depends on the plugin's (-100) is named in the adapter."""
    found = []
    for p in MODULES:
        for n, line in enumerate(_source(p).splitlines(), 1):
            match = re.search(r"event_priority\((-?\d+)\)", line)
            if match and -300 <= int(match.group(1)) <= -50:
                found.append(f"{p.relative_to(ROOT)}:{n}: {line.strip()}")
    assert found == [], found


def test_every_hook_is_in_mkdocs_yml_in_stage_order_with_its_docstring():
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = re.findall(r"^  - (hooks/\S+\.py)$", text, re.M)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in [*HOOKS.glob("[1-6]_*/*.py"), *HOOKS.glob("*.py")])
    assert sorted(listed) == on_disk
    stages = [Path(h).parent.name for h in listed if Path(h).parent != Path("hooks")]
    assert stages == sorted(stages), "mkdocs.yml lists the hooks stage by stage (1_run … 6_check)"
    for path in [*on_disk, *(p.relative_to(ROOT).as_posix() for p in (HOOKS / "lib").rglob("*.py"))]:
        doc = ast.get_docstring(ast.parse(_source(ROOT / path)))
        assert doc and len(doc) > 60, f"{path} opens with no docstring saying what it reads and emits"


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


@dataclass
class _File:
    src_uri: str
    abs_src_path: str


@dataclass
class _Page:
    file: _File


def _page(tmp_path: Path, text: str) -> _Page:
    source = tmp_path / "docs" / "example.md"
    source.parent.mkdir()
    source.write_text(text, encoding="utf-8")
    return _Page(_File("example.md", str(source)))


def test_a_marker_is_filled_by_its_part(tmp_path):
    @inserts.part("test-echo")
    def echo(where, word):
        return f"[{word}]"

    text = "# Title\n\n<!-- insert: test-echo hello -->\n"
    assert inserts.fill(text, _page(tmp_path, text), config=None) == "# Title\n\n[hello]\n"


def test_an_unknown_marker_is_named_with_file_and_line(tmp_path):
    text = "# Title\n\nSome text.\n\n<!-- insert: kpi-tabels -->\n"
    with pytest.raises(PluginError) as raised:
        inserts.fill(text, _page(tmp_path, text), config=None)
    message = str(raised.value)
    assert "docs/example.md の 5 行目" in message and "docs/example.md, line 5" in message
    assert '"kpi-tabels"' in message


def test_a_marker_with_the_wrong_number_of_words_is_named(tmp_path):
    @inserts.part("test-one-word")
    def one(where, word):
        return word

    text = "<!-- insert: test-one-word a b -->\n"
    with pytest.raises(PluginError) as raised:
        inserts.fill(text, _page(tmp_path, text), config=None)
    assert "docs/example.md, line 1" in str(raised.value) and "wrong number of words" in str(raised.value)


def test_the_interface_words_escape_what_they_put_in():
    words = sitedata.load().words
    assert words.html("consultation.places_count", "en", n="<b>") == "&lt;b&gt; offices across the prefecture"
    assert words.text("strategy.pillar", "ja", n=3) == "柱3"


def test_architecture_md_lists_every_hook_in_the_order_of_mkdocs_yml():
    """The table of hooks in ARCHITECTURE.md is the build's order: kept in step with mkdocs.yml."""
    listed = [Path(h).stem for h in re.findall(r"^  - (hooks/\S+\.py)$", _source(ROOT / "mkdocs.yml"), re.M)]
    rows = [line.split(" | ")[1] for line in _source(ROOT / "ARCHITECTURE.md").splitlines() if re.match(r"\| \d", line)]
    in_table = [Path(name).stem for row in rows for name in re.findall(r"`([^`]+)`", row)]
    # The run, stage 2 and stage 3's files are hooks/run.py, render.py and finish.py now (the lead's table to come).
    moved = {"failsafe", "preview", "explain", "reproducible", "template_cache", "theme_text", "interface_language"}
    moved |= {"safe_content", "print_frame", "downloads", "i18n_links", "comment_status", "sample_notice", "furigana"}
    moved |= {"sitemaps", "feeds", "search_index", "csp", "not_found", "sbom"}
    staged = [name for name in listed if name not in ("run", "render", "finish")]
    assert [name for name in in_table if name not in moved] == staged
