"""Data-file findings of issue 26 beyond the one-slip table of tests/test_data_errors.py: several slips in
several files reported at once and in order, the alias "bomb" stopped from the parser's events, the values
shown as typed (2.5, U+200B), the contact address in mailto: links, a glossary term entered twice, and the
GitHub annotations written once per finding. In process, on copies of data/ (and docs/ for the glossary)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import sitedata
from conftest import DATA, ROOT
from sitedata import yamlfile, yamlread
from sitedata.findings import catalogue


def copy_data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    return folder


def edit(path: Path, old: str, new: str) -> str:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} not in {path.name}"
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return text


def line(text: str, needle: str) -> int:
    return next(n for n, row in enumerate(text.splitlines(), 1) if needle in row)


def findings(folder: Path) -> list:
    with pytest.raises(sitedata.DataError) as raised:
        sitedata.check_all(folder)
    return raised.value.findings


def test_five_slips_in_two_files_are_all_reported_in_one_run_sorted_by_file_and_line(tmp_path):
    folder = copy_data(tmp_path)
    places = edit(folder / "places.yml", "    count: 10", "    count: 2.5")
    places = edit(folder / "places.yml", "      en: Kumamoto Prefectural Library", "      en: TBD")
    places = edit(folder / "places.yml", "  - id: university", "  - id: library")
    consultation = edit(folder / "consultation.yml", "kikaku@pref", "kikaku＠pref")
    consultation = edit(folder / "consultation.yml", "  end: 2021-01-23", "  end: 2020-12-01")
    got = [(f.id, f.file, f.line) for f in findings(folder)]
    assert got == [
        ("data.E023", "data/consultation.yml", line(consultation, "period:")),
        ("data.E039", "data/consultation.yml", line(consultation, "email:")),
        ("data.E032", "data/places.yml", line(places, "count: 2.5")),
        ("data.E067", "data/places.yml", line(places, "en: TBD")),
        ("data.E041", "data/places.yml", line(places.replace("- id: library", "-", 1), "- id: library")),
    ]


def test_slips_in_every_kind_of_data_file_are_reported_together(tmp_path):
    """The interface words, the synonyms and the readings are checked in the same run as the main files."""
    folder = copy_data(tmp_path)
    edit(folder / "places.yml", "    count: 10", "    count: 2.5")
    edit(folder / "search_synonyms.yml", "ja: [締切, 締め切り,", "ja: [締切、締め切り,")
    edit(folder / "interface.yml", "    en: Pillar {n}\n", "    en: Pillar {number}\n")
    edit(folder / "readings.yml", "    reading: くまもとけん", "    reading: クマモトケン")
    got = {(f.id, f.file) for f in findings(folder)}
    assert got == {
        ("data.E032", "data/places.yml"),
        ("data.E055", "data/search_synonyms.yml"),
        ("data.E060", "data/interface.yml"),
        ("data.E062", "data/readings.yml"),
    }


def test_every_duplicate_is_reported_not_only_the_first(tmp_path):
    folder = copy_data(tmp_path)
    edit(folder / "places.yml", "  - id: university", "  - id: library")
    edit(folder / "places.yml", "  - id: palea", "  - id: website")
    edit(folder / "strategy.yml", "    pillar: 2\n    measure: 1", "    pillar: 9\n    measure: 1")
    got = [(f.id, f.file) for f in findings(folder)]
    assert got.count(("data.E041", "data/places.yml")) == 2
    assert ("data.E044", "data/strategy.yml") in got


BOMB = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
)  # 9 levels of nine aliases each: 9**9 (387 million) strings once expanded


def test_an_alias_bomb_is_refused_from_the_parser_events_before_anything_is_composed(tmp_path, monkeypatch):
    assert len(BOMB.encode()) < 800
    folder = copy_data(tmp_path)
    (folder / "places.yml").write_text(BOMB + "\n", encoding="utf-8")
    expected = [("data.E014", "data/places.yml", n) for n in range(1, 10)]
    with monkeypatch.context() as patched:

        def never(*args, **kwargs):
            raise AssertionError("the file was composed")

        patched.setattr(yamlread._Composer, "get_single_node", never)
        _, found = yamlfile.read_findings(folder / "places.yml")
        assert [(f.id, f.file, f.line) for f in found] == expected
    got = [(f.id, f.file, f.line) for f in findings(folder)]  # and so in the build's check of every file
    assert got == expected


def test_an_alias_in_any_reader_of_the_data_is_refused():
    with pytest.raises(sitedata.DataError) as raised:
        yamlread.parse("a: &x {ja: 文, en: text}\nb: *x\n", "data/x.yml")
    assert [(f.id, f.line, f.column) for f in raised.value.findings] == [("data.E014", 1, 4), ("data.E014", 2, 4)]


def test_values_are_shown_as_staff_typed_them(tmp_path):
    folder = copy_data(tmp_path)
    edit(folder / "places.yml", "    count: 10", "    count: 2.5")
    edit(folder / "places.yml", "      ja: 熊本県立図書館", "      ja: 熊本県立\u200b図書館")
    by_id = {f.id: str(f) for f in findings(folder)}
    assert "2.5" in by_id["data.E032"] and "Decimal" not in by_id["data.E032"]
    assert "U+200B" in by_id["data.E065"] and "zero width space" in by_id["data.E065"]


def test_the_advice_for_japanese_in_an_english_data_text_works_in_a_data_file(tmp_path):
    folder = copy_data(tmp_path)
    edit(folder / "places.yml", "      en: Kumamoto Prefectural Library", "      en: 熊本県立図書館")
    (found,) = findings(folder)
    assert found.id == "data.E066" and found.params["text"] == "熊本県立図書館"
    assert "span" not in str(found) and "docs/" not in str(found)


def test_the_full_width_at_is_named_with_its_code_and_the_character_to_type(tmp_path):
    folder = copy_data(tmp_path)
    edit(folder / "consultation.yml", "kikaku@pref", "kikaku＠pref")
    (found,) = findings(folder)
    assert (found.params["char"], found.params["code"], found.params["plain"]) == ("＠", "U+FF20", "@")


def test_the_mailto_link_encodes_the_address_and_its_fields():
    contact = DATA.consultation.contact
    assert contact.mailto() == "mailto:kikaku@pref.kumamoto.lg.jp"
    assert contact.mailto(subject="柱1 & 2", body="a\r\nb") == (
        "mailto:kikaku@pref.kumamoto.lg.jp?subject=%E6%9F%B11%20%26%202&body=a%0D%0Ab"
    )
    odd = contact.model_copy(update={"email": "a?b&c@x.jp"})  # not possible from the data file: quoted anyway
    assert odd.mailto(subject="x") == "mailto:a%3Fb%26c@x.jp?subject=x"


def test_the_comment_links_use_the_encoded_mailto():
    from sitebuild.comments import mailto

    section = next(iter(DATA.sections.values()))
    href = mailto(DATA, section, "ja")
    assert href.startswith("mailto:kikaku@pref.kumamoto.lg.jp?subject=%") and " " not in href


def test_a_glossary_term_entered_twice_is_one_finding_at_its_line(tmp_path):
    from sitebuild.prepare import glossary

    folder = copy_data(tmp_path)
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    text = edit(
        folder / "glossary.yml",
        "  - ja: 素案\n    en: draft\n",
        "  - ja: 素案\n    en: draft\n  - ja: 素案\n    en: draft plan\n",
    )
    got = [(f.id, f.file, f.line) for f in glossary.check(tmp_path, tmp_path / "docs")]
    first = line(text, "- ja: 素案")
    assert got == [("glossary.E001", "data/glossary.yml", first + 2)]
    assert glossary.check(ROOT, ROOT / "docs") == []
    together = [(f.id, f.file, f.line) for f in findings(folder)]  # with the other data files' findings
    assert together == [("glossary.E001", "data/glossary.yml", first + 2)]


def test_the_findings_gathered_from_several_files_are_annotated_once_each(tmp_path, monkeypatch, capsys):
    folder = copy_data(tmp_path)
    edit(folder / "places.yml", "    count: 10", "    count: 2.5")  # found by load(), inside check_all
    edit(folder / "search_synonyms.yml", "ja: [締切, 締め切り,", "ja: [締切、締め切り,")  # found after it
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    findings(folder)
    printed = [row for row in capsys.readouterr().out.splitlines() if row.startswith("::error")]
    assert sorted(row.split("title=")[1].split(" ")[0] for row in printed) == ["data.E032", "data.E055"]


def test_every_data_id_used_by_the_code_is_in_the_catalogue():
    import re

    used = set()
    for path in [*(ROOT / "hooks/lib/sitedata").glob("*.py"), ROOT / "hooks/lib/sitebuild/prepare/glossary.py"]:
        used |= set(re.findall(r'"((?:data|glossary)\.[EW]\d{3})"', path.read_text(encoding="utf-8")))
    assert used <= set(catalogue()), used - set(catalogue())


@pytest.mark.parametrize(
    "typed, char, plain",
    [
        ("kikaku１@pref.kumamoto", "１", "1"),
        ("kikaku@ｐref.kumamoto", "ｐ", "p"),
        ("kikaku@pref．kumamoto", "．", "."),
        ("ｋikaku@pref.kumamoto", "ｋ", "k"),
    ],
)
def test_every_full_width_look_alike_in_the_address_is_named(tmp_path, typed, char, plain):
    folder = copy_data(tmp_path)
    edit(folder / "consultation.yml", "kikaku@pref.kumamoto", typed)
    (found,) = findings(folder)
    assert (found.id, found.params["char"], found.params["plain"]) == ("data.E039", char, plain)


def test_a_paragraph_of_a_block_text_may_begin_with_a_full_width_space():
    from sitedata.slips import line_slips

    text = "intro:\n  ja: |\n    　熊本県は、\n    　ご意見を募集します。\n  en: Kumamoto\n"
    assert list(line_slips("data/x.yml", text)) == []
    assert [f.id for f in line_slips("data/x.yml", "intro:\n　 ja: 文\n")] == ["data.E064"]
