"""A mistake in a data file or a missing translation stops the build with a plain message."""

from __future__ import annotations

import re


from conftest import assert_fails, build, edit, line_of, mark_translated


def test_broken_yaml(project, tmp_path):
    edit(project, "data/places.yml", "  - id: library\n", "  - id: [library\n")
    line = line_of(project, "data/places.yml", "[library")
    out = assert_fails(project, tmp_path, "data/places.yml")
    assert re.search(rf"line {line}\b|line {line + 1}\b", out), out


def test_tab_indentation(project, tmp_path):
    edit(project, "data/places.yml", "    name:\n      ja: 熊本県立図書館", "    name:\n\t  ja: 熊本県立図書館")
    line = line_of(project, "data/places.yml", "\t  ja: 熊本県立図書館")
    assert_fails(project, tmp_path, f"data/places.yml, line {line}", "tab")


def test_full_width_colon(project, tmp_path):
    edit(project, "data/places.yml", "      ja: 熊本県立大学", "      ja：熊本県立大学")
    line = line_of(project, "data/places.yml", "ja：熊本県立大学")
    assert_fails(project, tmp_path, f"data/places.yml, line {line}", "full-width")


def test_missing_field(project, tmp_path):
    edit(project, "data/consultation.yml", "  fax: 096-382-4066\n", "")
    assert_fails(project, tmp_path, "data/consultation.yml, line", '"fax:"', "contact")


def test_missing_english_text(project, tmp_path):
    edit(project, "data/strategy.yml", "      en: Number of foreign workers accepted (agriculture)\n", "")
    line = line_of(project, "data/strategy.yml", "ja: 外国人材受入人数（農業）")
    out = assert_fails(project, tmp_path, "data/strategy.yml", "no English text", "英語の文（en）がありません")
    assert re.search(rf"line ({line - 1}|{line})\b", out), out


def test_empty_english_text(project, tmp_path):
    edit(project, "data/places.yml", "      en: Kumamoto Prefectural Library", '      en: ""')
    line = line_of(project, "data/places.yml", 'en: ""')
    assert_fails(project, tmp_path, f"data/places.yml, line {line}", "English text is empty")


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


def test_unknown_measure(project, tmp_path):
    edit(project, "data/strategy.yml", "    pillar: 2\n    measure: 1", "    pillar: 2\n    measure: 7")
    assert_fails(project, tmp_path, "data/strategy.yml, line", "measure 7")


def test_duplicate_kpi_id(project, tmp_path):
    edit(project, "data/strategy.yml", "  - id: p2-m2-migrants", "  - id: p2-m2-children-places")
    line = [
        n
        for n, text in enumerate((project / "data/strategy.yml").read_text().splitlines(), 1)
        if "- id: p2-m2-children-places" in text
    ][-1]
    assert_fails(project, tmp_path, f"data/strategy.yml, line {line}", '"p2-m2-children-places" is used twice')


def test_duplicate_place_id(project, tmp_path):
    edit(project, "data/places.yml", "  - id: university", "  - id: library")
    line = [
        n for n, text in enumerate((project / "data/places.yml").read_text().splitlines(), 1) if "- id: library" in text
    ][-1]
    assert_fails(project, tmp_path, f"data/places.yml, line {line}", '"library" is used twice')


def test_end_before_start(project, tmp_path):
    edit(project, "data/consultation.yml", "  end: 2021-01-23", "  end: 2020-12-01")
    assert_fails(project, tmp_path, "data/consultation.yml, line", "end date is before the start date")


def test_bad_date(project, tmp_path):
    edit(project, "data/consultation.yml", "  start: 2020-12-25", "  start: 2020-12-32")
    line = line_of(project, "data/consultation.yml", "2020-12-32")
    assert_fails(project, tmp_path, f"data/consultation.yml, line {line}", "YYYY-MM-DD")


def test_date_that_is_not_a_date(project, tmp_path):
    edit(project, "data/consultation.yml", "  end: 2021-01-23", "  end: 令和3年1月23日")
    line = line_of(project, "data/consultation.yml", "令和3年1月23日")
    assert_fails(project, tmp_path, f"data/consultation.yml, line {line}", "YYYY-MM-DD")


def test_kpi_set_without_figures(project, tmp_path):
    edit(
        project,
        "data/strategy.yml",
        "      en: Total number of overnight guests\n    status: pending",
        "      en: Total number of overnight guests\n    status: set",
    )
    assert_fails(project, tmp_path, "data/strategy.yml, line", "baseline")


def test_unknown_field_name(project, tmp_path):
    edit(project, "data/places.yml", "    detail:\n      ja: 行政棟本館1階", "    detial:\n      ja: 行政棟本館1階")
    line = line_of(project, "data/places.yml", "detial:")
    assert_fails(project, tmp_path, f"data/places.yml, line {line}", "not a known field")


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
        "      en: Total number of overnight guests\n    status: pending",
        "      en: Total number of overnight guests\n    status: set\n    baseline: 1234\n    baseline_year: 2019\n"
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


def test_synonym_without_english_words(project, tmp_path):
    edit(project, "data/search_synonyms.yml", "      en: [deadline, closing date, until when]\n", "")
    line = line_of(project, "data/search_synonyms.yml", "ja: [締切")
    out = assert_fails(
        project,
        tmp_path,
        "data/search_synonyms.yml",
        '"synonyms[1].words" has no English text',
        "「synonyms[1].words」に英語の文（en）がありません",
    )
    assert re.search(rf"line ({line - 1}|{line})\b", out), out


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
