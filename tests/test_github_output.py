"""The staff check as GitHub Actions runs it (.github/workflows/site.yml, job "check"): with GITHUB_ACTIONS=true
every finding of the strict build is a workflow annotation on its file and line, printed where the runner reads
it (MkDocs' own output does not swallow it), and the run's summary ($GITHUB_STEP_SUMMARY) has the table in
Japanese and English; and the escaping of sitedata.findings.annotation, which GitHub would otherwise cut."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from conftest import copy_project, edit, line_of
from sitedata.findings import annotation, catalogue, finding

ANNOTATION = re.compile(r"^::(error|warning) file=([^,]*),line=(\d+)(?:,col=(\d+))?,title=([^:]*)::(.*)$", re.M)


def _unescape(text: str) -> str:
    return text.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def _staff_check(project, tmp_path):
    """`make site`'s build of a project copy as the workflow's job runs it: GitHub's variables set."""
    summary = tmp_path / "summary.md"
    env = dict(os.environ, GITHUB_ACTIONS="true", GITHUB_STEP_SUMMARY=str(summary), NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "out")],
        cwd=project, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode != 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert not (tmp_path / "out" / "index.html").exists()
    return proc, summary.read_text(encoding="utf-8") if summary.exists() else ""


def _slips(project, rel: str, which: tuple[str, ...]) -> list[tuple[str, str, int]]:
    """Slips of the converted kinds in a data file, each on a line of its own (a tab, a full-width colon, a date
    in full-width digits, a date that is not); the findings expected, as (id, file, line)."""
    slips = {
        "data/consultation.yml": {
            "data.E001": ("    ja: 熊本県\n", "\tja: 熊本県\n", "\tja: 熊本県"),
            "data.E002": ("    en: Planning Division\n", "    en：Planning Division\n", "en：Planning"),
            "data.E003": ("  start: 2020-12-25", "  start: ２０２０-１２-２５", "start: ２"),
            "data.E004": ("  end: 2021-01-23", "  end: 2021-01-32", "2021-01-32"),
        },
        "data/places.yml": {
            "data.E001": ("    url: https://www.pref.kumamoto.jp", "\turl: https://www.pref.kumamoto.jp", "\turl:"),
            "data.E002": ("      en: 6th floor, Main", "      en：6th floor, Main", "en：6th"),
        },
    }[rel]
    expected = []
    for id_ in which:
        old, new, needle = slips[id_]
        edit(project, rel, old, new)
        expected.append((id_, rel, line_of(project, rel, needle)))
    return expected


def _assert_reported(proc, summary: str, expected: list[tuple[str, str, int]]) -> None:
    found = [(m.group(5).split(" ")[0], m.group(2), int(m.group(3))) for m in ANNOTATION.finditer(proc.stdout)]
    assert sorted(found) == sorted(expected), proc.stdout + proc.stderr
    for match in ANNOTATION.finditer(proc.stdout):
        level, id_ = match.group(1), _unescape(match.group(5)).split(" ")[0]
        entry = catalogue()[id_]
        assert level == entry.level
        assert _unescape(match.group(5)) == f"{id_} {entry.title_ja} / {entry.title_en}"
        body = _unescape(match.group(6))
        rel, line = match.group(2), match.group(3)
        assert f"{rel} の {line} 行目" in body and f"{rel}, line {line}" in body
        assert entry.fix_ja in body and entry.fix_en in body
    # The summary: the bilingual table, one row per finding, sorted by file and line.
    assert "| id | 場所 / Where | 内容と直し方 | What and how to fix |" in summary
    rows = [row for row in summary.splitlines() if row.startswith("| `")]
    assert [row.split("`")[1] for row in rows] == [id_ for id_, _, _ in sorted(expected, key=lambda f: (f[1], f[2]))]
    for id_, rel, line in expected:
        assert any(f"`{id_}` | {rel} の {line} 行目" in row for row in rows), summary
    # The annotations are printed once each, before MkDocs' own "Aborted" message, not inside it.
    assert len(ANNOTATION.findall(proc.stdout + proc.stderr)) == len(expected)


def test_every_slip_of_a_data_file_is_an_annotation_at_its_line_and_a_row_of_the_summary(tmp_path):
    project = copy_project(tmp_path / "project")
    expected = _slips(project, "data/consultation.yml", ("data.E001", "data.E002", "data.E003", "data.E004"))
    proc, summary = _staff_check(project, tmp_path)
    _assert_reported(proc, summary, expected)


def test_slips_in_several_data_files_are_all_annotated_in_one_run(tmp_path):
    project = copy_project(tmp_path / "project")
    expected = _slips(project, "data/places.yml", ("data.E001", "data.E002"))
    expected += _slips(project, "data/consultation.yml", ("data.E003", "data.E004"))
    proc, summary = _staff_check(project, tmp_path)
    _assert_reported(proc, summary, expected)


def test_without_github_actions_no_annotation_is_printed(tmp_path):
    project = copy_project(tmp_path / "project")
    _slips(project, "data/places.yml", ("data.E001",))
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("GITHUB_ACTIONS", None)
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "out")],
        cwd=project, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode != 0 and "[data.E001]" in proc.stderr
    assert "::error" not in proc.stdout + proc.stderr


# ---------------------------------------------------------------- the escaping of the workflow command


def _props(command: str) -> dict[str, str]:
    head = command.split("::")[1]
    _, props = head.split(" ", 1)
    return dict(prop.split("=", 1) for prop in props.split(","))


def test_the_message_escapes_percent_cr_and_lf():
    f = finding("data.E005", "data/places.yml", 3, 5, problem="100% sure\r\nnext: line")
    command = annotation(f)
    message = command.split("::", 2)[2]
    assert "\n" not in command and "\r" not in command
    assert "100%25 sure%0D%0Anext: line" in message  # in the message, ":" and "," stay as they are
    assert _unescape(message).startswith("data/places.yml の 3 行目 5 文字目: ")


def test_properties_escape_colon_comma_percent_and_newlines():
    f = finding("data.E001", "data/a,b:c%d\n.yml", 7)
    command = annotation(f)
    assert command.startswith("::error file=data/a%2Cb%3Ac%25d%0A.yml,line=7,title=")
    props = _props(command)
    assert set(props) == {"file", "line", "title"}  # the comma in the file name did not make a property
    assert _unescape(props["file"]) == "data/a,b:c%d\n.yml"
    assert _unescape(props["title"]) == "data.E001 字下げのタブ / Tab used for indenting"


def test_a_title_holding_a_colon_or_a_comma_is_escaped():
    entry = catalogue()["data.E002"]
    command = annotation(finding("data.E002", "data/places.yml", 2, 9, key="ja"))
    title = _props(command)["title"]
    assert ":" not in title and "," not in title
    assert _unescape(title) == f"data.E002 {entry.title_ja} / {entry.title_en}"
    assert ",col=9," in command


def test_a_finding_without_a_line_names_only_its_file():
    command = annotation(finding("data.E001", "data/places.yml"))
    assert command.startswith("::error file=data/places.yml,title=")
