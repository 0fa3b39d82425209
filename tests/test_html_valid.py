"""Every built page is valid HTML for the W3C Nu HTML Checker (npm's vnu-jar, run with Debian's Java).

One exception is allowed, by name: Material writes ``autocomplete="off"`` on its own checkbox toggles
(``<input class="md-toggle" type="checkbox" …>``, the menu and search drawers), which HTML allows only on
text-like inputs. Anything else the checker reports fails the test with the page, line and message.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.validator

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Material's checkbox toggles: the one named exception.
MATERIAL_TOGGLE = re.compile(r'<input class="md-toggle"[^>]*type="checkbox"[^>]*autocomplete="off"')
AUTOCOMPLETE = "Attribute “autocomplete” is only allowed when the input type is"


def check(paths: list[Path]) -> list[dict]:
    """The Nu checker's errors for these files (it reports on stderr, as JSON)."""
    assert VNU.exists(), "the Nu HTML Checker is missing: run `make test`, which runs `npm ci` (package.json)"
    java = shutil.which("java")
    assert java, "Java is missing: run `make test`, which installs Debian's default-jre-headless"
    proc = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    return json.loads(proc.stderr)["messages"]


def is_material_toggle(message: dict) -> bool:
    return message["message"].startswith(AUTOCOMPLETE) and bool(MATERIAL_TOGGLE.search(message.get("extract", "")))


def test_the_checker_reports_errors(tmp_path):
    """The checker runs and finds a plain error: a passing page check below means something."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!doctype html><html lang="ja"><title>x</title><p><a href="x" href="y">x</a>'
        '<input type="checkbox" autocomplete="off">',
        encoding="utf-8",
    )
    messages = check([bad])
    assert any("Duplicate attribute" in m["message"] for m in messages), messages
    # The exception is Material's toggles only, not any checkbox with autocomplete.
    assert [m for m in messages if m["message"].startswith(AUTOCOMPLETE)]
    assert not any(is_material_toggle(m) for m in messages)


def test_every_built_page_is_valid(site):
    pages = sorted(site.site.rglob("*.html"))
    assert site.site / "404.html" in pages and site.site / "en" / "404.html" in pages
    messages = check(pages)
    errors = [m for m in messages if not is_material_toggle(m)]
    report = "\n".join(
        f"{Path(m['url'].removeprefix('file:')).relative_to(site.site)}, line {m.get('lastLine')}: "
        f"{m['message']}\n    {m.get('extract', '').strip()}"
        for m in errors
    )
    assert not errors, f"{len(errors)} HTML errors:\n{report}"
    # The named exception is what it claims to be: Material's toggles, on every page.
    toggled = {m["url"] for m in messages if is_material_toggle(m)}
    assert len(toggled) == len(pages)


def test_the_sample_builds_results_pages_are_valid(example):
    """The results pages, their whole-document page and the comment page with its results, in the sample
    build (`make example`)."""
    pages = sorted(example.site.rglob("*results*.html")) + [example.site / "comment.html", example.site / "index.html"]
    assert len(pages) == 12
    messages = check(pages)
    errors = [m for m in messages if not is_material_toggle(m)]
    assert not errors, "\n".join(f"{m['url']}, line {m.get('lastLine')}: {m['message']}" for m in errors)
