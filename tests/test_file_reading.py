"""Whole builds of a project copy for the slips of issue 18 that the data-error table cannot show:
a page saved as Shift_JIS (the build and `make mark-translated` refuse it), values typed the way an
input method gives them (a full-width phone number, figures), and the guard that turns an unexpected
error into a message for staff with the traceback in build-error.log."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import assert_fails, build, edit

ENCODING_FIX = ("UTF-8 で保存し直してください", "Save the file again as UTF-8", "looks like Shift_JIS")


def save_as_shift_jis(project, rel):
    path = project / rel
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp932"))


def test_a_japanese_page_saved_as_shift_jis_stops_the_build_with_the_fix(project, tmp_path):
    save_as_shift_jis(project, "docs/index.md")
    output = assert_fails(project, tmp_path, "[data.E009]", "docs/index.md の", "docs/index.md, line", *ENCODING_FIX)
    assert "out of date" not in output and "UnicodeDecodeError" not in output, output


@pytest.mark.parametrize("saved", ["docs/index.md", "docs/index.en.md"])
def test_mark_translated_refuses_a_page_not_saved_as_utf8(project, saved):
    save_as_shift_jis(project, saved)
    before = (project / "docs/index.en.md").read_bytes()
    proc = subprocess.run(
        [sys.executable, "scripts/mark_translated.py", "docs/index.en.md"], cwd=project, capture_output=True, text=True
    )
    assert proc.returncode != 0
    assert f"{saved} の" in proc.stderr and "docs/index.en.md was not marked" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and all(words in proc.stderr for words in ENCODING_FIX), proc.stderr
    assert (project / "docs/index.en.md").read_bytes() == before


def test_values_typed_with_an_input_method_are_published_as_plain_figures(project, tmp_path):
    edit(project, "data/consultation.yml", "  phone: 096-333-2019", "  phone: ０９６－３３３－２０１９")
    edit(
        project,
        "data/strategy.yml",
        "      en: Total guest-nights\n    status: pending",
        "      en: Total guest-nights\n    status: set\n    baseline: 1234\n    baseline_year: 2019\n"
        "    target: 1300.50\n    target_year: 2024\n    unit:\n      ja: 万人\n      en: ten thousand people",
    )
    result = build(project, tmp_path / "out")
    assert result.returncode == 0, result.output
    for page in ("comment.html", "en/comment.html"):
        links = [a for a in result.html(page).select(".contact a[href^='tel:']")]
        assert [a["href"] for a in links] == ["tel:+81963332019"], page
        assert "096-333-2019" in links[0].get_text(), page
    records = json.loads((result.site / "opendata/kpis.json").read_text(encoding="utf-8"))["records"]
    kpi = next(r for r in records if r["kpi_id"] == "p2-m3-overnight-guests")
    assert (kpi["baseline"], kpi["target"]) == (1234, 1300.5) and type(kpi["baseline"]) is int
    csv = (result.site / "opendata/kpis.csv").read_text(encoding="utf-8-sig")
    assert ",1234,2019,1300.50,2024," in csv, csv


PAGE_FAULT = """
def {event}({args}, page, **kwargs):
    if page.file.src_uri == "{page}":
        raise ValueError("a fault in a hook")
"""
FILES_FAULT = """
def on_files(files, **kwargs):
    raise ValueError("a fault in a hook")
"""


@pytest.mark.parametrize(
    ("fault", "where_ja", "where_en"),
    [
        (
            PAGE_FAULT.format(event="on_page_markdown", args="markdown", page="places.en.md"),
            "（処理中のファイル: docs/places.en.md）",
            "while working on docs/places.en.md.",
        ),
        (
            PAGE_FAULT.format(event="on_page_context", args="context", page="index.md"),
            "（処理中のファイル: docs/index.md）",
            "while working on docs/index.md.",
        ),
        (FILES_FAULT, "（最後に読んだファイル: ", "after reading "),  # no page yet: the file read last
    ],
    ids=["english-page", "japanese-page", "before-the-pages"],
)
def test_an_unexpected_error_is_told_in_both_languages_with_the_file_and_logged(
    project, tmp_path, fault, where_ja, where_en
):
    (project / "hooks/fault.py").write_text(fault)
    edit(project, "mkdocs.yml", "  - hooks/prepare.py\n", "  - hooks/prepare.py\n  - hooks/fault.py\n")
    output = assert_fails(
        project,
        tmp_path,
        "ビルドが予期しないエラーで止まりました" + where_ja,
        "サイトの管理者に知らせてください",
        "The build stopped on an unexpected error " + where_en,
        "report the error to the site's maintainers (attach the file build-error.log)",
    )
    assert "ValueError" not in output and "Error reading page" not in output and "Error building page" not in output
    logged = (project / "build-error.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "ValueError: a fault in a hook" in logged and where_en in logged
