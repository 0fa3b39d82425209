"""The results workbook (data/outcome.xlsx) as staff keep it: written by openpyxl and saved by LibreOffice Calc
(Debian's libreoffice-calc-nogui, the stand-in for Excel here: ``soffice --headless --convert-to xlsx``), read with
the headers and values staff write, every slip found at once at its cell (「意見!E3」) with the row's 番号, and a
readable copy beside it that a pull request's diff shows.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook

import sitedata
from conftest import ROOT, build, copy_project
from sitedata.findings import FindingsError

sys.path.insert(0, str(ROOT / "scripts"))
import outcome_workbook  # noqa: E402

SAMPLE_TREE = yaml.safe_load((ROOT / "examples" / "outcome.yml").read_text(encoding="utf-8"))
SOFFICE = shutil.which("soffice")
HEAD = ["番号", "該当箇所", "意見の概要", "県の考え方", "対応区分", "件数"]


def data_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    return folder


def write(path: Path, sheets: dict[str, list[list]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def load(folder: Path):
    return sitedata.load(folder).outcome


def figures(day=dt.datetime(2021, 3, 5), submitters=1):
    return [["公表日", day], ["提出者数", submitters]]


def test_the_sample_workbook_reads_as_the_sample_yaml(tmp_path):
    folder = data_copy(tmp_path)
    outcome_workbook.write(SAMPLE_TREE, folder / "outcome.xlsx", sitedata.load())
    outcome = load(folder)
    assert [r.id for r in outcome.rows] == [str(n) for n in range(1, 33)]
    pv = {"population-vision": "pv"}  # the draft of one section is that section
    want = [([pv.get(s, s) for s in r["sections"]], r.get("count", 1), r["category"], r["summary"]["ja"])
            for r in SAMPLE_TREE["rows"]]  # fmt: skip
    assert [(r.sections, r.count, r.category, r.summary.ja) for r in outcome.rows] == want
    assert outcome.rows[12].changes == ["6"] and outcome.changes[3].editorial  # 関連する番号 13; 字句の修正 ○
    assert (outcome.published, outcome.submitters, outcome.organisations) == (dt.date(2021, 3, 5), 38, 6)


def test_headers_and_values_as_staff_write_them(tmp_path):
    folder = data_copy(tmp_path)
    rows = [
        ["　番号　", "該当\n箇所", "意見の 概要", "県の考え方", "対応区分", "件 数", "意見の概要（英語）"],
        [1.0, "基本方針 柱1 施策2", "一行目\n二行目", "考え方", "対応3", None, "Line one"],
        ["２", "基本方針　柱１　施策２、総合戦略 柱4 施策4", "b", "考え方", "3", "２", None],
        [3, "全般", "c", "考え方", "対応3（説明・理解）", 1, None],
        [4, "人口ビジョン\n総合戦略", "d", "考え方", "説明・理解", None, None],
        [5, "基本方針", "e", "考え方", "explained", None, None],
        [None, None, None, None, None, None, None],  # trailing empty rows, as Excel keeps formatted ones
        [None, None, None, None, None, None, None],
    ]
    write(folder / "outcome.xlsx", {"集計": figures("令和３年３月５日", 6), "意見一覧": rows})
    outcome = load(folder)
    assert [r.id for r in outcome.rows] == ["1", "2", "3", "4", "5"]
    assert [r.sections for r in outcome.rows] == [
        ["bp-1-2"], ["bp-1-2", "st-4-4"], ["other"], ["pv", "strategy"], ["basic-policy"]
    ]  # fmt: skip
    assert {r.category for r in outcome.rows} == {"explained"}
    assert [r.count for r in outcome.rows] == [1, 2, 1, 1, 1]
    assert outcome.rows[0].summary.ja == "一行目\n二行目" and outcome.rows[0].summary.en == "Line one"
    assert outcome.rows[1].summary.en is None and outcome.rows[1].summary["en"] == "b"  # Japanese first
    assert outcome.published == dt.date(2021, 3, 5)


def test_every_slip_is_found_at_once_at_its_cell_with_the_rows_number(tmp_path):
    folder = data_copy(tmp_path)
    rows = [
        HEAD,
        [1, "基本方針 柱9 施策1", "a", "b", "対応3", None],  # B2: no such section
        [2, "柱1 施策2", "a", "b", "対応3", None],  # B3: which draft?
        [3, "全般", "a", "b", "対応6", None],  # E4: no such category
        ["3-2", "全般", "a", "b", "対応3", None],  # A5: not a number
        [5, "全般", "a", None, "対応3", "3件"],  # D6 empty, F6 not a count
        [5, "全般", "a", "b", "対応3", None],  # A7: 番号 twice
    ]
    changes = [
        ["修正箇所", "素案", "修正後", "理由", "関連する番号", "字句の修正"],
        ["基本方針 柱1", "x", "y", "r", "99", "たぶん"],
    ]
    write(folder / "outcome.xlsx", {"概要": figures("3月上旬", "38人"), "意見": rows, "修正": changes})
    with pytest.raises(FindingsError) as raised:
        load(folder)
    found = [(f.id, f.file, f.cell, f.params.get("number")) for f in raised.value.findings]
    assert found == [  # by sheet, then row, then column
        ("workbook.E011", "修正", "E2", "1"),
        ("workbook.E012", "修正", "F2", "1"),
        ("workbook.E008", "意見", "B2", "1"),
        ("workbook.E009", "意見", "B3", "2"),
        ("workbook.E007", "意見", "E4", "3"),
        ("workbook.E004", "意見", "A5", None),
        ("workbook.E010", "意見", "D6", "5"),
        ("workbook.E006", "意見", "F6", "5"),
        ("workbook.E005", "意見", "A7", "5"),
        ("workbook.E013", "概要", "B1", None),
        ("workbook.E014", "概要", "B2", None),
    ]
    text = str(raised.value)
    assert "意見!E4" in text and "sheet 意見, cell E4" in text and "対応3" in text  # the codes it accepts


def test_the_checks_across_entries_name_the_cell(tmp_path):
    folder = data_copy(tmp_path)
    rows = [HEAD, [1, "全般", "a", "b", "対応1", None], [2, "全般", "a", "b", "対応3", None]]
    changes = [
        ["修正箇所", "素案", "修正後", "理由", "関連する番号", "字句の修正"],
        ["基本方針 柱4 施策3", "安全・安心な社会の実現", "安全・安心な社会の実現", None, "2", "○"],
    ]
    write(folder / "outcome.xlsx", {"概要": figures(dt.datetime(2021, 3, 5), 380), "意見": rows, "修正": changes})
    with pytest.raises(FindingsError) as raised:
        load(folder)
    found = [(f.id, f.file, f.cell) for f in raised.value.findings]
    assert found == [
        ("outcome.E016", "修正", "C2"),  # a change that changes nothing
        ("outcome.E017", "修正", "E2"),  # an editorial change that row 2 claims
        ("outcome.E004", "意見", "E2"),  # 対応1 needs a change
        ("outcome.E015", "概要", "B2"),  # 380 submitters for 2 opinions
    ]


@pytest.mark.parametrize(
    ("day", "submitters", "ids"),
    [
        (dt.datetime(2020, 12, 28), 1, ["outcome.E018"]),  # before the period ended
        (dt.datetime(2099, 1, 1), 1, ["outcome.E019"]),  # in the future
        (dt.datetime(2021, 3, 5), 0, ["outcome.E014"]),  # rows but nobody submitted
    ],
)
def test_implausible_figures_stop(tmp_path, day, submitters, ids):
    folder = data_copy(tmp_path)
    write(folder / "outcome.xlsx", {"概要": figures(day, submitters), "意見": [HEAD, [1, "全般", "a", "b", "3", 2]]})
    with pytest.raises(FindingsError) as raised:
        load(folder)
    assert raised.value.ids == ids


def test_findings_sort_by_row_then_column(tmp_path):
    folder = data_copy(tmp_path)
    rows = [HEAD] + [[n, "全般", "a", "b", "3", None] for n in range(1, 12)]
    rows[9][4] = rows[10][4] = "対応9"  # E10, E11
    rows[2][4] = "対応9"  # E3
    write(folder / "outcome.xlsx", {"概要": figures(submitters=1), "意見": rows})
    with pytest.raises(FindingsError) as raised:
        load(folder)
    assert [f.cell for f in raised.value.findings] == ["E3", "E10", "E11"]


def test_a_csv_utf8_file_with_the_figures_above_the_rows(tmp_path):
    folder = data_copy(tmp_path)
    text = "公表日,2021/3/5\n提出者数,2\n" + ",".join(HEAD) + "\n1,総合戦略 柱4 施策4,a,b,対応2,2\n,,,,,\n"
    (folder / "outcome.csv").write_bytes("\ufeff".encode() + text.encode("utf-8"))  # Excel's "CSV UTF-8"
    outcome = load(folder)
    assert (outcome.published, [(r.id, r.sections, r.category) for r in outcome.rows]) == (
        dt.date(2021, 3, 5), [("1", ["st-4-4"], "included")]
    )  # fmt: skip


def test_the_readable_copy_shows_a_changed_row_in_words(tmp_path):
    folder = data_copy(tmp_path)
    sheets = {"概要": figures(), "意見": [HEAD, [1, "全般", "最初の意見", "考え方", "3", None]]}
    write(folder / "outcome.xlsx", sheets)
    load(folder)
    before = (folder / "outcome.xlsx.txt").read_text(encoding="utf-8")
    sheets["意見"].append([2, "総合戦略 柱4 施策4", "二つ目の意見\n二行目", "考え方", "3", None])
    write(folder / "outcome.xlsx", sheets)
    load(folder)
    after = (folder / "outcome.xlsx.txt").read_text(encoding="utf-8")
    added = after.splitlines()[len(before.splitlines()) :]
    assert added == ["-- 3", "番号: 2", "該当箇所: 総合戦略 柱4 施策4", "意見の概要: 二つ目の意見", "    二行目",
                     "県の考え方: 考え方", "対応区分: 3"]  # fmt: skip


def test_the_samples_readable_copy_is_in_step():
    from sitedata.workbook import read, text_copy

    assert text_copy(read(ROOT / "examples" / "outcome.xlsx")) == (ROOT / "examples" / "outcome.xlsx.txt").read_text(
        encoding="utf-8"
    )


def soffice(src: Path, out: Path) -> Path:
    """``src`` opened and saved as .xlsx by LibreOffice Calc (CSV: UTF-8, comma, as Excel's "CSV UTF-8")."""
    cmd = [SOFFICE, "--headless", f"-env:UserInstallation=file://{out}/profile", "--convert-to", "xlsx"]
    if src.suffix == ".csv":
        cmd += ["--infilter=CSV:44,34,76,1"]
    subprocess.run([*cmd, "--outdir", str(out), str(src)], check=True, capture_output=True, timeout=180)
    return out / f"{src.stem}.xlsx"


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice Calc (libreoffice-calc-nogui) is installed by make test")
def test_a_workbook_saved_by_libreoffice_from_a_csv(tmp_path):
    folder = data_copy(tmp_path)
    csv = tmp_path / "outcome.csv"
    csv.write_text(
        "公表日,2021/3/5\n提出者数,2\nうち団体,1\n"
        + ",".join(HEAD)
        + '\n１,"基本方針 柱1 施策2、総合戦略 柱4 施策4","一行目\n二行目",考え方,対応3（説明・理解）,2\n'
        + "2,全般,b,考え方,4,\n",
        encoding="utf-8",
    )
    shutil.copy(soffice(csv, tmp_path), folder / "outcome.xlsx")
    outcome = load(folder)
    assert outcome.published == dt.date(2021, 3, 5)  # LibreOffice made it a date cell
    assert [(r.id, r.sections, r.category, r.count) for r in outcome.rows] == [
        ("1", ["bp-1-2", "st-4-4"], "explained", 2), ("2", ["other"], "reference", 1)
    ]  # fmt: skip
    assert outcome.rows[0].summary.ja == "一行目\n二行目"


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice Calc (libreoffice-calc-nogui) is installed by make test")
def test_the_site_builds_from_a_workbook_saved_by_libreoffice(tmp_path):
    project = copy_project(tmp_path / "project")
    written = tmp_path / "written" / "outcome.xlsx"
    written.parent.mkdir()
    outcome_workbook.write(SAMPLE_TREE, written, sitedata.load())  # the sample's rows, without its marks
    saved = soffice(written, tmp_path)
    shutil.copy(saved, project / "data" / "outcome.xlsx")
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    page = (tmp_path / "site" / "results-basic-policy.html").read_text(encoding="utf-8")
    assert "段ボールベッド" in page and 'id="row-4"' in page
    assert (project / "data" / "outcome.xlsx.txt").exists()


def test_a_build_from_a_workbook_with_slips_stops_naming_each_cell(tmp_path):
    project = copy_project(tmp_path / "project")
    rows = [HEAD, [1, "基本方針 柱9", "a", "b", "対応3", None], [2, "全般", "a", "b", "対応9", None]]
    write(project / "data" / "outcome.xlsx", {"概要": figures(), "意見": rows})
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "意見!B2" in result.output and "意見!E3" in result.output and "sheet 意見, cell E3" in result.output
    assert not (tmp_path / "site" / "index.html").exists()


def test_the_sample_workbook_cannot_reach_the_real_build(tmp_path):
    folder = data_copy(tmp_path)
    shutil.copy(ROOT / "examples" / "outcome.xlsx", folder / "outcome.xlsx")
    with pytest.raises(FindingsError) as raised:
        load(folder)
    assert [(f.id, f.file, f.cell) for f in raised.value.findings] == [("workbook.E018", "公表日・提出者数", "A1")]


def test_every_sheet_of_the_sample_says_it_is_fictional_on_screen_and_printed():
    from openpyxl import load_workbook

    wb = load_workbook(ROOT / "examples" / "outcome.xlsx")
    assert len(wb.worksheets) == 4  # 公表日・提出者数, 意見, 修正, 訂正・更新の履歴
    for ws in wb.worksheets:
        assert "架空の見本" in ws["A1"].value and "FICTIONAL SAMPLE" in ws["A1"].value, ws.title
        assert "架空の見本" in ws.oddHeader.center.text and "架空の見本" in ws.evenHeader.center.text, ws.title


def test_the_sample_uses_the_glossarys_renderings():
    """What the glossary check asks of the data files' ja/en pairs, asked of the sample's rows and changes."""
    from sitebuild.prepare import glossary
    from sitedata.glossary import read_glossary

    terms, found = read_glossary(ROOT / "data" / "glossary.yml")
    assert terms is not None and found == []
    outcome = sitedata.load_outcome(sitedata.load(), ROOT / "examples" / "outcome.xlsx")
    problems = []
    for item in [*outcome.rows, *outcome.changes]:
        for name in ("summary", "view", "draft", "final", "reason"):
            text = getattr(item, name, None)
            if text is not None and text.en is not None:
                problems += [(item.id, name, t.ja) for t in glossary._missing(terms, text.ja, text.en)]
                problems += [(item.id, name, p) for p in glossary._avoided(terms, text.en, name, lambda form: 0)]
    assert problems == []


def test_under_github_actions_the_runs_summary_shows_the_changed_rows(tmp_path, monkeypatch):
    folder = data_copy(tmp_path)
    write(folder / "outcome.xlsx", {"概要": figures(), "意見": [HEAD, [1, "全般", "最初の意見", "考え方", "3", None]]})
    load(folder)
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    rows = [HEAD, [1, "全般", "直した意見", "考え方", "3", None]]
    write(folder / "outcome.xlsx", {"概要": figures(), "意見": rows})
    load(folder)
    text = summary.read_text(encoding="utf-8")
    assert "-意見の概要: 最初の意見" in text and "+意見の概要: 直した意見" in text


def test_the_glossarys_renderings_are_checked_in_the_workbook(tmp_path):
    folder = data_copy(tmp_path)
    rows = [
        HEAD + ["意見の概要（英語）"],
        [1, "全般", "KPIが調整中である。", "考え方", "3", None, 'The KPIs are "being finalised".'],
    ]
    write(folder / "outcome.xlsx", {"概要": figures(), "意見": rows})
    with pytest.raises(FindingsError) as raised:
        load(folder)
    assert [(f.id, f.file, f.cell) for f in raised.value.findings] == [
        ("outcome.E022", "意見", "G2"), ("outcome.E023", "意見", "G2")
    ]  # fmt: skip


def test_the_adopted_plan_and_the_corrections_are_read_and_checked(tmp_path):
    folder = data_copy(tmp_path)
    plan = [["策定した計画", "新しいくまもと創造に向けた基本方針"], ["策定日", dt.datetime(2021, 3, 20)],
            ["掲載先", "https://example.jp/plan"]]  # fmt: skip
    history = [["日付", "訂正・更新の内容"], [dt.datetime(2021, 3, 12), "番号 1 の件数を訂正しました。"]]
    sheets = {"概要": figures() + plan, "意見": [HEAD, [1, "全般", "a", "b", "3", None]], "履歴": history}
    write(folder / "outcome.xlsx", sheets)
    outcome = load(folder)
    assert (outcome.plan.name.ja, outcome.plan.date, outcome.plan.url) == (
        "新しいくまもと創造に向けた基本方針", dt.date(2021, 3, 20), "https://example.jp/plan"
    )  # fmt: skip
    assert [(c.date, c.text.ja) for c in outcome.corrections] == [
        (dt.date(2021, 3, 12), "番号 1 の件数を訂正しました。")
    ]
    sheets["概要"][-1] = ["掲載先", "県のホームページ"]
    sheets["履歴"][1][0] = dt.datetime(2021, 1, 5)
    write(folder / "outcome.xlsx", sheets)
    with pytest.raises(FindingsError) as raised:
        load(folder)
    assert [(f.id, f.file, f.cell) for f in raised.value.findings] == [("workbook.E019", "概要", "B5")]
    sheets["概要"][-1] = ["掲載先", "https://example.jp/plan"]
    write(folder / "outcome.xlsx", sheets)
    with pytest.raises(FindingsError) as raised:
        load(folder)
    assert [(f.id, f.file, f.cell) for f in raised.value.findings] == [("outcome.E024", "履歴", "A2")]


def test_a_generated_workbook_of_300_rows_of_varied_text_builds(tmp_path):
    from bench.results import PARTS, generate

    project = copy_project(
        tmp_path / "project", ("mkdocs.yml", "docs", "data", "hooks", "overrides", "scripts", *PARTS)
    )
    generate(project, 300)
    result = build(project, tmp_path / "site", config="mkdocs.example.yml")
    assert result.returncode == 0, result.output
    shown = sum(
        (tmp_path / "site" / f"results-{key}.html").read_text(encoding="utf-8").count('<tr id="row-')
        for key in ("basic-policy", "strategy", "population-vision", "other")
    )
    assert shown == 300
    summaries = {
        r.summary.ja for r in sitedata.load_outcome(sitedata.load(), project / "examples" / "outcome.xlsx").rows
    }
    assert len(summaries) > 250  # varied, not the sample's 32 rows repeated
