"""Every CSV the site writes (the KPIs, the places, the results) makes a cell that Excel would run as a formula
inert (hooks/lib/sitebuild/csvsafe.py): a text beginning with = + - @, a tab or a carriage return gets a leading
apostrophe. One test per leading character for each kind of file, in-process; and the sample build's CSV files
hold no such cell at all.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import io
import shutil

import pytest
from openpyxl import Workbook

import sitedata
from conftest import ROOT
from sitebuild import csvsafe

TRIGGERS = ["=", "+", "-", "@", "\t", "\r"]


def hook(name: str):
    return importlib.import_module(f"sitebuild.prepare.{name}")


def cells(text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for c in row]


@pytest.mark.parametrize("char", TRIGGERS, ids=["equals", "plus", "minus", "at", "tab", "cr"])
def test_a_kpi_or_place_cell_beginning_with_a_formula_character_is_inert(monkeypatch, char):
    open_data = hook("open_data")
    value = f'{char}HYPERLINK("http://example.com","x")'
    for name in ("kpi_rows", "place_rows"):
        columns = open_data.FILES["kpis" if name == "kpi_rows" else "places"]
        monkeypatch.setattr(open_data, name, lambda data, columns=columns: [{c: value for c in columns}])
    files = open_data.outputs(sitedata.load())
    for name in ("opendata/kpis.csv", "opendata/places.csv"):
        body = cells(files[name])[len(open_data.FILES[name[9:-4]]) :]
        assert body and all(c == "'" + value for c in body), name


def test_a_number_stays_a_number():
    assert csvsafe.inert(-3) == -3 and csvsafe.inert("10%") == "10%" and csvsafe.inert(None) is None


@pytest.mark.parametrize("char", ["=", "+", "-", "@"], ids=["equals", "plus", "minus", "at"])
def test_a_residents_opinion_beginning_with_a_formula_character_is_inert(tmp_path, char):
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    wb = Workbook()
    ws = wb.active
    ws.title = "意見"
    ws.append(["公表日", dt.datetime(2021, 3, 5)])
    ws.append(["提出者数", 1])
    ws.append(["番号", "該当箇所", "意見の概要", "県の考え方", "対応区分"])
    ws.append([1, "全般", f"{char}10%の目標は低すぎる", f"{char}1+1", "3"])
    ws.cell(4, 3).data_type = ws.cell(4, 4).data_type = "s"  # text, as a resident's words are typed
    wb.save(folder / "outcome.xlsx")
    files = hook("open_data_results").outputs(sitedata.load(folder))
    rows = list(csv.DictReader(io.StringIO(files["opendata/results-rows.csv"].lstrip("\ufeff"))))
    assert rows[0]["summary_ja"] == f"'{char}10%の目標は低すぎる" and rows[0]["view_ja"] == f"'{char}1+1"
    assert '"summary": {\n' in files["opendata/results.json"]  # the JSON keeps the words as they are


def test_no_csv_of_the_sample_build_holds_a_cell_excel_would_run(example):
    found = list(example.site.rglob("*.csv"))
    assert len(found) >= 5  # kpis, places, results-rows, -changes, -counts
    for path in found:
        for cell in cells(path.read_text(encoding="utf-8")):
            assert not cell.startswith(tuple(TRIGGERS)), (path.name, cell)
