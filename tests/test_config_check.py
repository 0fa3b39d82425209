"""mkdocs.yml's own slips (hooks/lib/sitebuild/configcheck.py), told before MkDocs reads the file: in-process on a
copy of mkdocs.yml, asserted on ids and lines; the command `make site`, `make serve` and `make publish` run first,
with its exit status, both languages and, under GitHub Actions, an annotation; `make serve` itself stopping on
a tab before MkDocs starts (no traceback)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, line_of
from sitebuild import configcheck

NAV = "  - 閲覧場所: places.md"
AUTHOR = "site_author: 熊本県 企画振興部 企画課"


def _copy(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    path = tmp_path / "mkdocs.yml"
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return path


def _places(found) -> list[tuple[str, str, int | None, int | None]]:
    return [(f.id, f.file, f.line, f.column) for f in found]


def test_the_real_mkdocs_yml_passes():
    assert configcheck.check(ROOT / "mkdocs.yml") == []


CASES = [
    ("tab", (NAV, "\t- 閲覧場所: places.md"), NAV.strip(), "menu.E007", 1),
    ("tab-after-spaces", (NAV, "  \t- 閲覧場所: places.md"), NAV.strip(), "menu.E007", 3),
    ("full-width-space", (NAV, "　- 閲覧場所: places.md"), NAV.strip(), "menu.E008", 1),
    ("full-width-spaces-after-one-space", (NAV, " 　- 閲覧場所: places.md"), NAV.strip(), "menu.E008", 2),
    ("missing-colon", (AUTHOR, "site_author 熊本県 企画振興部 企画課"), "site_author", "menu.E012", 1),
    ("full-width-colon", (AUTHOR, "site_author：熊本県 企画振興部 企画課"), "site_author", "menu.E009", 12),
    ("full-width-colon-in-the-menu", (NAV, "  - 閲覧場所：places.md"), "閲覧場所", "menu.E009", 9),
]


@pytest.mark.parametrize("name, edit, needle, id, column", CASES, ids=[c[0] for c in CASES])
def test_a_slip_of_mkdocs_yml_is_a_finding_at_its_line(tmp_path, name, edit, needle, id, column):
    path = _copy(tmp_path, edit)
    line = line_of(tmp_path, "mkdocs.yml", needle)
    found = configcheck.check(path)
    assert _places(found) == [(id, "mkdocs.yml", line, column)], "\n".join(map(str, found))
    text = str(found[0])
    assert f"mkdocs.yml の {line} 行目" in text and f"mkdocs.yml, line {line}" in text
    assert "cannot start any token" not in text and "could not find expected" not in text


def test_every_tab_at_once(tmp_path):
    path = _copy(
        tmp_path,
        (NAV, "\t- 閲覧場所: places.md"),
        ("  - オープンデータ: opendata.md", "\t- オープンデータ: opendata.md"),
    )
    lines = [line_of(tmp_path, "mkdocs.yml", "閲覧場所: places"), line_of(tmp_path, "mkdocs.yml", "opendata.md")]
    assert [(f.id, f.line) for f in configcheck.check(path)] == [("menu.E007", n) for n in lines]


def _run(folder: Path, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sitebuild.configcheck", "mkdocs.yml"],
        cwd=folder,
        env=dict(os.environ, **env),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_command_stops_with_both_languages_and_an_annotation(tmp_path):
    _copy(tmp_path, (NAV, "\t- 閲覧場所: places.md"))
    line = line_of(tmp_path, "mkdocs.yml", "閲覧場所: places")
    plain = _run(tmp_path, GITHUB_ACTIONS="false")
    assert plain.returncode == 1 and "Traceback" not in plain.stderr
    assert f"[menu.E007] メニューの誤り: mkdocs.yml の {line} 行目" in plain.stderr
    assert (
        f"Menu error: mkdocs.yml, line {line}, column 1: This line of mkdocs.yml is indented with a tab."
        in plain.stderr
    )
    summary = tmp_path / "summary.md"
    actions = _run(tmp_path, GITHUB_ACTIONS="true", GITHUB_STEP_SUMMARY=str(summary))
    assert re.search(rf"^::error file=mkdocs.yml,line={line},col=1,title=menu.E007 ", actions.stdout, re.M), (
        actions.stdout
    )
    assert "`menu.E007`" in summary.read_text(encoding="utf-8")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    assert _run(tmp_path).returncode == 0


def test_make_site_serve_and_publish_run_the_check_before_mkdocs():
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(
        r"(?m)^config-check: \$\(BIN\)/mkdocs\n\t@\$\(BIN\)/python -m sitebuild.configcheck mkdocs.yml$", text
    )
    for target in ("site", "serve", "publish"):
        prerequisites = re.search(rf"(?m)^{target}: (.*)$", text).group(1).split()
        assert prerequisites[-1] == "config-check", (target, prerequisites)  # made last, just before the recipe


def test_make_serve_stops_on_a_tab_before_mkdocs_starts(project, tmp_path):
    """As staff run it: `make serve` (the copy's Makefile, this checkout's .venv); no traceback, no server."""
    shutil.copy(ROOT / "Makefile", project / "Makefile")
    _copy(project, (NAV, "\t- 閲覧場所: places.md"))
    line = line_of(project, "mkdocs.yml", "閲覧場所: places")
    bin_ = str(ROOT / ".venv" / "bin")
    proc = subprocess.run(
        ["make", "serve", f"BIN={bin_}", "-o", f"{bin_}/mkdocs", "-o", "node_modules/.installed", "-o", "bytecode"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, output
    assert f"[menu.E007] メニューの誤り: mkdocs.yml の {line} 行目" in output, output
    assert "Traceback" not in output and "Serving on" not in output and "cannot start any token" not in output
