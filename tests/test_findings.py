"""The one finding type and its bilingual catalogue (hooks/lib/sitedata/findings.py, catalogue/*.yml).

Every id the code names is in the catalogue and every catalogue id is named by the code; each entry has its
words in both languages, a fix and an example; the report is sorted by file and line and capped; the GitHub
annotations are escaped as GitHub reads them. The words of one message are checked here once, and nowhere else.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitedata import findings
from sitedata.findings import Finding, FindingsError, annotation, catalogue, finding, report, summary

ROOT = Path(__file__).resolve().parent.parent
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
ID = re.compile(r"""["']((?:%s)\.[EW]\d{3})["']""")


def _ids_in_code() -> dict[str, str]:
    prefixes = "|".join(sorted({i.split(".")[0] for i in catalogue()}))
    pattern = re.compile(ID.pattern % prefixes)
    found = {}
    for path in sorted([*(ROOT / "hooks").rglob("*.py"), *(ROOT / "scripts").rglob("*.py")]):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            found.setdefault(match.group(1), path.relative_to(ROOT).as_posix())
    return found


def test_every_id_the_code_names_is_in_the_catalogue_and_every_entry_is_used():
    used = _ids_in_code()
    missing = {i: where for i, where in used.items() if i not in catalogue()}
    assert not missing, f"ids used but not in hooks/lib/sitedata/catalogue/: {missing}"
    unused = sorted(set(catalogue()) - set(used))
    assert not unused, f"catalogue ids no check uses: {unused}"


@pytest.mark.parametrize("entry", list(catalogue().values()), ids=list(catalogue()))
def test_each_entry_has_both_languages_a_fix_and_an_example(entry):
    assert entry.ja and entry.en and entry.title_ja and entry.title_en
    assert entry.fix_ja and entry.fix_en, f"{entry.id}: no fix"
    assert entry.example, f"{entry.id}: no example"
    # English words hold Japanese only where they quote what staff write (「…」, "…", a placeholder （…）) or
    # fill in a value ({…}).
    for english in (entry.en, entry.fix_en, entry.title_en):
        assert not JAPANESE.search(re.sub(r"「[^」]*」|（[^）]*）|\{[^}]*\}|\"[^\"]*\"", "", english)), (
            f"{entry.id}: {english}"
        )


def test_the_catalogue_refuses_an_entry_whose_languages_use_different_fields(tmp_path, monkeypatch):
    (tmp_path / "data.yml").write_text(
        "kind: {ja: データ, en: Data}\nfindings:\n  data.E001:\n    level: error\n"
        "    title: {ja: t, en: t}\n    ja: '{a}'\n    en: '{b}'\n    fix: {ja: f, en: f}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(findings, "CATALOGUE_DIR", tmp_path)
    catalogue.cache_clear()
    try:
        with pytest.raises(ValueError, match="different fields"):
            catalogue()
    finally:
        monkeypatch.undo()
        catalogue.cache_clear()


def test_a_finding_needs_every_value_its_words_use():
    with pytest.raises(KeyError, match="key"):
        finding("data.E002", "data/places.yml", 3)


def test_values_are_shown_as_staff_wrote_them():
    from decimal import Decimal

    assert findings.shown_value(Decimal("2.5")) == "2.5"
    f = finding("data.E003", "data/consultation.yml", 4, value=Decimal("2.5"))
    assert "2.5" in f.ja and "Decimal" not in f.ja + f.en


def test_the_report_is_sorted_by_file_and_line_with_every_finding_up_to_the_cap():
    found = [finding("data.E001", "data/strategy.yml", n) for n in (30, 4, 12)]
    found.append(finding("data.E001", "data/places.yml", 50))
    text = report(found, cap=3)
    order = [text.index(where) for where in ("data/places.yml の 50", "data/strategy.yml の 4 ", "strategy.yml の 12")]
    assert order == sorted(order)
    assert "data/strategy.yml の 30" not in text
    assert "ほかに 1 件" in text and "1 more" in text
    assert "4 件" in text.splitlines()[0]
    assert [f.line for f in FindingsError(found).findings] == [50, 4, 12, 30]


def test_the_message_names_the_id_the_place_and_the_fix_in_both_languages():
    f = finding("data.E002", "data/places.yml", 12, 3, key="ja")
    ja, en = str(f).split("\n")
    assert ja.startswith("[data.E002] データファイルの誤り: data/places.yml の 12 行目 3 文字目: ")
    assert "直し方: " in ja
    assert en.startswith("  Data file error: data/places.yml, line 12, column 3: ") and "Fix: " in en


def test_a_workbook_cell_is_named_as_staff_see_it():
    f = Finding("data.E001", "意見", None, None, {}, "D14")
    assert f.where_ja() == "意見!D14" and f.where_en() == "sheet 意見, cell D14"


def test_annotations_are_escaped_as_github_reads_them():
    f = Finding("data.E002", "data/a,b:c.yml", 7, 2, {"key": "x%y\r\nz"})
    line = annotation(f)
    head, body = line.split("::", 2)[1:]
    assert head.startswith("error file=data/a%2Cb%3Ac.yml,line=7,col=2,title=data.E002 ")
    assert "\n" not in line and "\r" not in line
    assert "x%25y%0D%0Az" in body and "%0A" in body  # the English follows the Japanese on its own line


def test_github_output_only_under_github_actions(tmp_path, capsys):
    summary_file = tmp_path / "summary.md"
    found = [finding("data.E001", "data/places.yml", 3), finding("data.E004", "data/consultation.yml", 9, value="x")]
    findings.github(found, {"GITHUB_ACTIONS": "false", "GITHUB_STEP_SUMMARY": str(summary_file)})
    assert capsys.readouterr().out == "" and not summary_file.exists()
    findings.github(found, {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary_file)})
    out = capsys.readouterr().out.splitlines()
    assert [line.split(",")[0] for line in out] == [
        "::error file=data/places.yml",
        "::error file=data/consultation.yml",
    ]
    table = summary_file.read_text(encoding="utf-8")
    assert table == summary(found) and table.count("\n| `data.E") == 2


def test_every_id_the_staff_guide_names_is_in_the_catalogue_and_it_links_the_reference():
    """CONTRIBUTING.md's "if the build stops" paragraphs name ids: each one is a finding the build can give."""
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    prefixes = "|".join(sorted({i.split(".")[0] for i in catalogue()}))
    named = set(re.findall(rf"\b((?:{prefixes})\.[EW]\d{{3}})\b", guide))
    assert len(named) >= 40, sorted(named)
    assert named <= set(catalogue()), sorted(named - set(catalogue()))
    assert "staff/findings.html" in guide
