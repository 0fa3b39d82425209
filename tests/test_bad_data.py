"""A mistake in a data file or a missing translation stops the whole build with a plain message.

These whole builds check the wiring (the build stops, no traceback, nothing left to publish) for each
kind of check; the full list of data mistakes is tested in-process in tests/test_data_errors.py."""

from __future__ import annotations

import re

from conftest import assert_fails, build, edit, line_of, mark_translated


def test_broken_yaml(project, tmp_path):
    edit(project, "data/places.yml", "  - id: library\n", "  - id: [library\n")
    line = line_of(project, "data/places.yml", "[library")
    out = assert_fails(project, tmp_path, "data/places.yml")
    assert re.search(rf"line {line}\b|line {line + 1}\b", out), out


def test_unknown_pillar(project, tmp_path):
    edit(
        project,
        "data/strategy.yml",
        "  - id: p2-m1-medical-network\n    pillar: 2",
        "  - id: p2-m1-medical-network\n    pillar: 5",
    )
    line = line_of(project, "data/strategy.yml", "pillar: 5")
    assert_fails(
        project,
        tmp_path,
        f"data/strategy.yml, line {line}",
        "pillar 5",
        "p2-m1-medical-network",
        "Pillars are 1, 2, 3, 4",
    )


def test_missing_english_page_fails_the_strict_build(project, tmp_path):
    (project / "docs" / "places.en.md").unlink()
    assert_fails(project, tmp_path, "docs/places.md has no English translation", "docs/places.en.md")


def test_unknown_insert_marker(project, tmp_path):
    edit(project, "docs/places.md", "<!-- insert: places -->", "<!-- insert: placse -->")
    mark_translated(project, "docs/places.en.md")
    line = line_of(project, "docs/places.md", "insert: placse")
    assert_fails(project, tmp_path, f"docs/places.md, line {line}", "placse")


def test_kpi_with_figures_is_shown(project, tmp_path):
    """The data model holds a baseline, a target, a unit and a target year once they are decided."""
    edit(
        project,
        "data/strategy.yml",
        "      en: Total guest-nights\n    status: pending",
        "      en: Total guest-nights\n    status: set\n    baseline: 1234\n    baseline_year: 2019\n"
        "    target: 2000.5\n    target_year: 2024\n    unit:\n      ja: 万人\n      en: ten thousand people",
    )
    result = build(project, tmp_path / "out")
    assert result.returncode == 0, result.output
    ja = result.html("strategy.html").select_one('td[data-kpi-id="p2-m3-overnight-guests"]').parent
    figures = ja.select_one("td.kpi__figures").get_text(" ", strip=True)
    assert figures == "現状値: 1,234万人（令和元年度） → 目標値: 2,000.5万人（令和6年度）"
    en = result.html("en/strategy.html").select_one('td[data-kpi-id="p2-m3-overnight-guests"]').parent
    assert (
        en.select_one("td.kpi__figures").get_text(" ", strip=True)
        == "Baseline: 1,234 ten thousand people (FY2019) → Target: 2,000.5 ten thousand people (FY2024)"
    )


# ---------------------------------------------------------------- data/search_synonyms.yml


def test_synonym_word_listed_twice(project, tmp_path):
    edit(project, "data/search_synonyms.yml", "ja: [締切, 締め切り,", "ja: [締切, 締め切り, ＤＥＡＤ, dead,")
    line = line_of(project, "data/search_synonyms.yml", "ＤＥＡＤ")
    assert_fails(
        project,
        tmp_path,
        f"data/search_synonyms.yml の {line} 行目",
        f"data/search_synonyms.yml, line {line}",
        '"dead" (ja) is listed twice',
    )


def test_synonym_pointing_to_words_on_no_page(project, tmp_path):
    edit(project, "data/search_synonyms.yml", "      ja: ご意見募集の期間\n", "      ja: ご意見の締切日\n")
    line = line_of(project, "data/search_synonyms.yml", "ご意見の締切日")
    assert_fails(
        project,
        tmp_path,
        f"data/search_synonyms.yml の {line} 行目",
        "「ご意見の締切日」（ja）は、検索するどのページにも",
        f'data/search_synonyms.yml, line {line}: No page in the search holds "ご意見の締切日" (ja)',
    )
