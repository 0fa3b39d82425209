"""Mistakes in the consultation's outcome in its engineers' form (data/outcome.yml) and in its response categories
(data/outcome_categories.yml), checked in-process from a table of cases: each case puts the fictional sample
(examples/outcome.yml, the source of examples/outcome.xlsx; valid) into a copy of data/, edits it, loads it with
sitedata and expects the findings' ids (outcome.E…) with the file and the line — or, for a slip of the file's shape
(the data files' reader), the words. The workbook's own slips are in tests/test_workbook.py.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

import sitedata
from conftest import ROOT
from sitedata.findings import FindingsError

SAMPLE = ROOT / "examples" / "outcome.yml"


@dataclass
class Case:
    name: str
    old: str
    new: str
    ids: tuple[str, ...]  # the findings' ids, by line (empty: a slip of the shape, told by ``words``)
    words: tuple[str, ...] = ()  # in the message
    line_of: str | None = None  # the message names the line holding this text (after the edit)
    offsets: tuple[int, ...] = (0,)  # ... or a line this far from it
    file: str = "outcome.yml"


CASES = [
    Case(
        "undated",
        "published: 2021-03-05",
        "published: null",
        ("outcome.E011",),
    ),
    Case(
        "no-submitters",
        "submitters: 38\n",
        "",
        ("outcome.E012",),
    ),
    Case(
        "row-without-category",
        "    count: 3\n    category: explained\n",
        "    count: 3\n",
        (),
        words=('"rows[1](id: o-001)" is missing the required field "category:"',),
        line_of="- id: o-001",
    ),
    Case(
        "row-without-view",
        "      ja: 社会の変化が大きいため4年間としています。長期的な視点は総合戦略及び人口ビジョンで示しています。\n",
        "",
        (),
        words=(
            '"rows[1](id: o-001).view" has no Japanese text',
            "「rows[1](id: o-001).view」に日本語の文（ja）がありません",
        ),
        line_of="    view:",
        offsets=(0, 1),
    ),
    Case(
        "unknown-section",
        "sections: [bp-1-1]",
        "sections: [bp-9-9]",
        ("outcome.E001",),
        line_of="[bp-9-9]",
    ),
    Case(
        "unknown-category",
        "    category: reference\n",
        "    category: referral\n",
        ("outcome.E002",),
        line_of="category: referral",
    ),
    Case(
        "unknown-change",
        "changes: [c-05]",
        "changes: [c-55]",
        ("outcome.E003", "outcome.E006"),
        line_of="[c-55]",
    ),
    Case(
        "duplicate-row-id",
        "  - id: o-002\n",
        "  - id: o-001\n",
        ("outcome.E020",),
        line_of="  - id: o-001\n    sections: [bp-1]",
    ),
    Case(
        "duplicate-change-id",
        "  - id: c-02\n",
        "  - id: c-01\n",
        ("outcome.E003", "outcome.E020"),
        line_of="  - id: c-01\n    section: st-2-3",
    ),
    Case(
        "draft-text-not-in-the-draft-ja",
        "      ja: 県外からの移住者数\n",
        "      ja: 県外からの転入者数\n",
        ("outcome.E007",),
        line_of="ja: 県外からの転入者数",
    ),
    Case(
        "draft-text-not-in-the-draft-en",
        "      en: Number of people moving in from outside the prefecture\n",
        "      en: Number of people moving to the prefecture\n",
        ("outcome.E008",),
        line_of="en: Number of people moving to the prefecture",
    ),
    Case(
        "draft-text-in-another-section",
        "    section: st-2-2\n",
        "    section: st-2-3\n",
        ("outcome.E007", "outcome.E008"),
        line_of="ja: 県外からの移住者数\n",
    ),
    Case(
        "change-in-an-unknown-section",
        "    section: st-2-2\n",
        "    section: st-9\n",
        ("outcome.E005",),
        line_of="section: st-9",
    ),
    Case(
        "revised-row-without-change",
        "    changes: [c-05]\n",
        "",
        ("outcome.E004", "outcome.E006"),
        line_of="  - id: o-002",
        offsets=(3,),
    ),
    Case(
        "change-with-no-row",
        "    editorial: true\n",
        "    reason:\n      ja: 表記の統一\n      en: Consistent wording\n",
        ("outcome.E006",),
        line_of="  - id: c-04",
    ),
    Case(
        "change-without-reason",
        "    editorial: true\n",
        "",
        ("outcome.E006", "outcome.E013"),
        line_of="  - id: c-04",
    ),
    Case(
        "opinions-typed-wrong",
        "organisations: 6\n",
        "organisations: 6\nopinions: 99\n",
        ("outcome.E010",),
        line_of="opinions: 99",
    ),
    Case(
        "more-organisations-than-submitters",
        "organisations: 6",
        "organisations: 60",
        ("outcome.E009",),
        line_of="organisations: 60",
    ),
    Case(
        "category-duplicate-code",
        "  - code: other\n",
        "  - code: revised\n",
        ("outcome.E021",),
        line_of="  - code: revised\n    label:\n      ja: 対応5",
        file="outcome_categories.yml",
    ),
    Case(
        "category-without-english",
        "      en: Not an opinion on the draft, but received and noted as an opinion.\n",
        "",
        (),
        words=('"categories[5].description" has no English text',),
        line_of="ja: 素案に対する意見ではないが",
        offsets=(0, -1),
        file="outcome_categories.yml",
    ),
]


def sample_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    shutil.copy(SAMPLE, folder / "outcome.yml")
    return folder


def load(folder: Path) -> sitedata.Outcome:
    data = sitedata.load(folder)
    return sitedata.load_outcome(data, folder / "outcome.yml")


def test_the_sample_and_the_real_file_load(tmp_path):
    outcome = load(sample_folder(tmp_path))
    assert outcome.total == sum(r.count for r in outcome.rows) > len(outcome.rows) >= 30
    real = sitedata.load_outcome(sitedata.load(ROOT / "data"), ROOT / "data" / "outcome.yml")
    assert real.published is None and not real.rows


def test_no_opinions_is_a_valid_outcome(tmp_path):
    folder = sample_folder(tmp_path)
    (folder / "outcome.yml").write_text("published: 2021-03-05\nsubmitters: 0\n", encoding="utf-8")
    outcome = load(folder)
    assert outcome.published is not None and outcome.total == 0 and not outcome.rows


def test_the_shipped_categories_are_the_joint_plans_five():
    categories = sitedata.load(ROOT / "data").categories
    assert [c.label.ja for c in categories] == [
        "対応1（補足・修正）",
        "対応2（既記載）",
        "対応3（説明・理解）",
        "対応4（事業参考）",
        "対応5（その他）",
    ]
    assert [c.code for c in categories if c.needs_change] == ["revised"]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_an_outcome_mistake_is_named_with_file_and_line(tmp_path, case):
    folder = sample_folder(tmp_path)
    path = folder / case.file
    text = path.read_text(encoding="utf-8")
    assert case.old in text, f"test set-up: {case.old!r} not in {case.file}"
    path.write_text(text.replace(case.old, case.new, 1), encoding="utf-8")
    with pytest.raises(FindingsError) as raised:
        load(folder)
    message = str(raised.value)
    assert raised.value.file == f"data/{case.file}", message
    if case.ids:
        assert tuple(raised.value.ids) == case.ids, message
    for words in case.words:
        assert words in message, message
    if case.line_of:
        edited = path.read_text(encoding="utf-8")
        assert case.line_of in edited, f"test set-up: {case.line_of!r}"
        want = edited[: edited.index(case.line_of)].count("\n") + 1 + (case.line_of.startswith("\n"))
        lines = {f.line for f in raised.value.findings} if case.ids else {raised.value.line}
        assert lines & {want + offset for offset in case.offsets}, message


def test_a_row_without_english_publishes_in_japanese_first(tmp_path):
    folder = sample_folder(tmp_path)
    edit = "      en: A plan period of four years is short; a longer-term view is needed.\n"
    path = folder / "outcome.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(edit, "", 1), encoding="utf-8")
    outcome = load(folder)
    row = outcome.rows[0]
    assert row.summary.en is None and not row.translated() and outcome.untranslated() == [row]


def test_every_mistake_is_found_in_one_run(tmp_path):
    folder = sample_folder(tmp_path)
    path = folder / "outcome.yml"
    text = path.read_text(encoding="utf-8")
    for old, new in (
        ("[bp-1-1]", "[bp-9-9]"),
        ("    category: reference\n", "    category: referral\n"),
        ("changes: [c-05]", "changes: [c-55]"),
        ("organisations: 6", "organisations: 60"),
    ):
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FindingsError) as raised:
        load(folder)
    found = [(f.id, f.line) for f in raised.value.findings]
    assert [i for i, _ in found] == ["outcome.E009", "outcome.E003", "outcome.E001", "outcome.E002", "outcome.E006"]
    assert [line for _, line in found] == sorted(line for _, line in found)  # by line, all in one run
