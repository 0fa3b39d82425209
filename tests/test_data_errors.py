"""Data-file mistakes, checked in-process from a table of cases: each case edits a copy of data/,
loads it with sitedata, and expects a DataError naming the file and line with the given words.

The whole-build tests in tests/test_bad_data.py check the wiring (the build stops, nothing is left to
publish); this table is the quick, complete list of the mistakes the data layer catches.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

import sitedata
from conftest import DATA, ROOT


@dataclass
class Case:
    name: str
    file: str  # in data/
    old: str
    new: str
    words: tuple[str, ...]  # in the message
    line_of: str | None = None  # the message names the line holding this text (after the edit)
    last: bool = False  # ... its last occurrence (a duplicate)
    offsets: tuple[int, ...] = (0,)  # ... or a line this far from it (-1: the mapping that lacks a key)
    encoding: str = "utf-8"  # the file is saved in this encoding after the edit (a slip of a Windows editor)


CASES = [
    Case(
        "broken-yaml",
        "places.yml",
        "  - id: library\n",
        "  - id: [library\n",
        ("The YAML is malformed", "YAML の書き方に誤りがあります"),
        line_of="[library",
        offsets=(0, 1),
    ),
    Case(
        "tab",
        "places.yml",
        "    name:\n      ja: 熊本県立図書館",
        "    name:\n\t  ja: 熊本県立図書館",
        ("tab",),
        line_of="\t  ja: 熊本県立図書館",
    ),
    Case(
        "full-width-colon",
        "places.yml",
        "      ja: 熊本県立大学",
        "      ja：熊本県立大学",
        ("full-width",),
        line_of="ja：熊本県立大学",
    ),
    Case(
        "field-twice",
        "places.yml",
        "      ja: 熊本県立図書館\n",
        "      ja: 熊本県立図書館\n      ja: 熊本県立図書館（二重）\n",
        ('"ja" is written twice', "2回書かれています", "line 56"),
        line_of="ja: 熊本県立図書館（二重）",
    ),
    Case(
        "unknown-tag",
        "places.yml",
        "      ja: 熊本県立図書館\n",
        "      ja: !ENV 熊本県立図書館\n",
        ('"!ENV" cannot be used',),
        line_of="!ENV",
    ),
    Case("missing-field", "consultation.yml", "  fax: 096-382-4066\n", "", ('"fax:"', "contact")),
    Case(
        "missing-english",
        "strategy.yml",
        "      en: Number of foreign workers accepted (agriculture)\n",
        "",
        ("no English text", "英語の文（en）がありません"),
        line_of="ja: 外国人材受入人数（農業）",
        offsets=(0, -1),
    ),
    Case(
        "empty-english",
        "places.yml",
        "      en: Kumamoto Prefectural Library",
        '      en: ""',
        ("English text is empty",),
        line_of='en: ""',
    ),
    Case(
        "unknown-pillar",
        "strategy.yml",
        "  - id: p2-m1-medical-network\n    pillar: 2",
        "  - id: p2-m1-medical-network\n    pillar: 5",
        ("pillar 5", "p2-m1-medical-network", "Pillars are 1, 2, 3, 4"),
        line_of="pillar: 5",
    ),
    Case(
        "unknown-measure",
        "strategy.yml",
        "    pillar: 2\n    measure: 1",
        "    pillar: 2\n    measure: 7",
        ("measure 7",),
    ),
    Case(
        "duplicate-kpi",
        "strategy.yml",
        "  - id: p2-m2-migrants",
        "  - id: p2-m2-children-places",
        ('"p2-m2-children-places" is used twice',),
        line_of="- id: p2-m2-children-places",
        last=True,
    ),
    Case(
        "duplicate-place",
        "places.yml",
        "  - id: university",
        "  - id: library",
        ('"library" is used twice',),
        line_of="- id: library",
        last=True,
    ),
    Case(
        "end-before-start",
        "consultation.yml",
        "  end: 2021-01-23",
        "  end: 2020-12-01",
        ("end date is before the start date",),
    ),
    Case(
        "bad-date",
        "consultation.yml",
        "  start: 2020-12-25",
        "  start: 2020-12-32",
        ("YYYY-MM-DD",),
        line_of="2020-12-32",
    ),
    Case(
        "era-date",
        "consultation.yml",
        "  end: 2021-01-23",
        "  end: 令和3年1月23日",
        ("YYYY-MM-DD",),
        line_of="令和3年1月23日",
    ),
    Case(
        "kpi-set-without-figures",
        "strategy.yml",
        "      en: Total guest-nights\n    status: pending",
        "      en: Total guest-nights\n    status: set",
        ("baseline",),
    ),
    Case(
        "unknown-field",
        "places.yml",
        "    detail:\n      ja: 行政棟本館1階",
        "    detial:\n      ja: 行政棟本館1階",
        ("not a known field",),
        line_of="detial:",
    ),
    Case(
        "synonym-without-english",
        "search_synonyms.yml",
        "      en: [deadline, closing date, until when]\n",
        "",
        ('"synonyms[1].words" has no English text', "「synonyms[1].words」に英語の文（en）がありません"),
        line_of="ja: [締切",
        offsets=(0, -1),
    ),
    Case(
        "synonym-listed-twice",
        "search_synonyms.yml",
        "ja: [締切, 締め切り,",
        "ja: [締切, 締め切り, ＤＥＡＤ, dead,",
        ('"dead" (ja) is listed twice',),
        line_of="ＤＥＡＤ",
    ),
    # data/interface.yml: the words of the generated parts
    Case(
        "interface-missing-english",
        "interface.yml",
        "    ja: 現状値\n    en: Baseline\n",
        "    ja: 現状値\n",
        ('"strategy.baseline" has no English text', "「strategy.baseline」に英語の文（en）がありません"),
        line_of="ja: 現状値",
        offsets=(0, -1),
    ),
    Case(
        "interface-empty-english",
        "interface.yml",
        "    en: How to comment\n",
        "    en: \n",
        ('"banner.link.en": the English text is empty', "「banner.link.en」の英語の文（en）が空です"),
        line_of="ja: 意見の送り方",
        offsets=(1,),
    ),
    Case(
        "interface-misspelt-key",
        "interface.yml",
        "  baseline:\n    ja: 現状値",
        "  basline:\n    ja: 現状値",
        ('"strategy.basline" is not a word the site uses', "「strategy.basline」はサイトで使われていない言葉です"),
        line_of="basline:",
    ),
    Case(
        "interface-unused-key",
        "interface.yml",
        "# 意見募集のお知らせ",
        "  slogan:\n    ja: 標語\n    en: Slogan\n\n# 意見募集のお知らせ",
        ('"strategy.slogan" is not a word the site uses', "Check the spelling or remove it"),
        line_of="slogan:",
    ),
    Case(
        "interface-missing-key",
        "interface.yml",
        "  results:\n    ja: 意見募集の結果\n    en: Results\n",
        "",
        ('"banner" has no words "results:"', "「banner」に言葉「results:」がありません"),
        line_of="banner:",
    ),
    Case(
        "interface-placeholder-differs",
        "interface.yml",
        "    en: Pillar {n}\n",
        "    en: Pillar {number}\n",
        ('"strategy.pillar": the Japanese and English texts must hold the same {…} parts', "ja: ['n'], en: ['number']"),
        line_of="en: Pillar {number}",
    ),
    Case(
        "interface-unclosed-brace",
        "interface.yml",
        "    en: Measure {n}\n",
        "    en: Measure {n\n",
        ("with matching braces", "波かっこは対にしてください"),
        line_of="en: Measure {n",
    ),
    # Files not saved as UTF-8 (sitedata.textfile)
    Case(
        "shift-jis",
        "places.yml",
        "",
        "",
        (
            "UTF-8 で保存し直してください",
            "Save the file again as UTF-8",
            "Shift_JIS のようです",
            "looks like Shift_JIS",
        ),
        line_of="# 素案の掲載（閲覧）場所",
        encoding="shift_jis",
    ),
    Case(
        "utf-16",
        "consultation.yml",
        "",
        "",
        ("UTF-8 で保存し直してください", "Save the file again as UTF-8", "UTF-16"),
        line_of="# 意見募集（パブリック・コメント）の基本情報",
        encoding="utf-16",
    ),
    Case(
        "full-width-date",
        "consultation.yml",
        "  end: 2021-01-23",
        "  end: ２０２１-０１-２３",
        ("uses full-width digits", "全角の数字"),
        line_of="end: ２０２１-０１-２３",
    ),
    # Valid but impossible values
    Case(
        "phone-too-short",
        "consultation.yml",
        "  phone: 096-333-2019",
        "  phone: 096-333-201",
        (
            '"contact.phone": "096-333-201" is not a Japanese telephone or fax number',
            "日本の電話番号・FAX番号として正しくありません",
        ),
        line_of="phone: 096-333-201",
    ),
    Case(
        "fax-with-a-letter",
        "consultation.yml",
        "  fax: 096-382-4066",
        "  fax: 096-382-4O66",
        (
            '"contact.fax": "096-382-4O66" is not a Japanese telephone or fax number',
            "市外局番から 096-333-2019 のように",
        ),
        line_of="fax: 096-382-4O66",
    ),
    Case(
        "mobile-phone-with-ten-digits",
        "consultation.yml",
        "  phone: 096-333-2019",
        "  phone: 090-333-2019",
        ("11 for mobile and IP numbers", "携帯電話・IP電話"),
        line_of="phone: 090-333-2019",
    ),
    Case(
        "extension-with-words",
        "consultation.yml",
        '  extension: "3627"',
        '  extension: "内線3627"',
        ('"contact.extension": write the extension "内線3627" in digits only', "数字だけで書いてください"),
        line_of="extension:",
    ),
    Case(
        "period-end-year-typo",
        "consultation.yml",
        "  end: 2021-01-23",
        "  end: 2183-01-23",
        ("The period's end date (2183-01-23) is not in a plausible year", "年の打ち間違い"),
        line_of="end: 2183-01-23",
    ),
    Case(
        "period-years-both-typed-wrong",
        "consultation.yml",
        "  start: 2020-12-25\n  end: 2021-01-23",
        "  start: 2120-12-25\n  end: 2121-01-23",
        ("The period's start date (2120-12-25) is not in a plausible year", "ありえません"),
        line_of="start: 2120-12-25",
    ),
    Case(
        "period-longer-than-a-year",
        "consultation.yml",
        "  end: 2021-01-23",
        "  end: 2022-01-23",
        ("The comment period is longer than a year", "意見募集の期間が1年を超えています"),
        line_of="end: 2022-01-23",
    ),
    Case(
        "kpi-target-year-before-baseline-year",
        "strategy.yml",
        "      en: Total guest-nights\n    status: pending",
        "      en: Total guest-nights\n    status: set\n    baseline: 1234\n    baseline_year: 2024\n"
        "    target: 2000\n    target_year: 2019\n    unit:\n      ja: 万人\n      en: ten thousand people",
        ("the target year (2019) is before the baseline year (2024)", "目標年度"),
        line_of="target_year: 2019",
    ),
    Case(
        "kpi-year-typo",  # published as an era year before Meiji: an unexpected error until this check
        "strategy.yml",
        "      en: Total guest-nights\n    status: pending",
        "      en: Total guest-nights\n    status: set\n    baseline: 1234\n    baseline_year: 1019\n"
        "    target: 2000\n    target_year: 2024\n    unit:\n      ja: 万人\n      en: ten thousand people",
        ("baseline_year 1019 is not a plausible fiscal year", "西暦の打ち間違い"),
        line_of="baseline_year: 1019",
    ),
    Case(
        "kpi-figure-with-a-comma",  # typed as staff would: no quotes
        "strategy.yml",
        "      en: Total guest-nights\n    status: pending",
        "      en: Total guest-nights\n    status: set\n    baseline: 1,234\n    baseline_year: 2019\n"
        "    target: 2000\n    target_year: 2024\n    unit:\n      ja: 万人\n      en: ten thousand people",
        ("must be a plain number", "no commas", "カンマ"),
        line_of="baseline: 1,234",
    ),
    Case(
        "results-published-before-the-period-opened",
        "outcome.yml",
        "\npublished: null",
        "\npublished: 2020-12-01\nopinions: 3\nsubmitters: 2",
        ("is not after the end of the comment period (2021-01-23)", "公表日"),
        line_of="published: 2020-12-01",
    ),
    Case(
        "results-published-in-a-typo-year",
        "outcome.yml",
        "\npublished: null",
        "\npublished: 2201-03-01\nopinions: 3\nsubmitters: 2",
        ("more than 2 years after the end of the comment period", "年の打ち間違い"),
        line_of="published: 2201-03-01",
    ),
]


def check(folder: Path, file: str) -> None:
    """Load the data the way the build does, for the file the case changed."""
    if file == "search_synonyms.yml":
        sitedata.load_synonyms(folder / file)
    elif file == "outcome.yml":
        sitedata.load_outcome(sitedata.load(folder), folder / file)
    elif file == "interface.yml":
        sitedata.load(folder).words  # noqa: B018
    else:
        sitedata.load(folder)


def test_the_real_data_loads_from_a_copy(tmp_path):
    """A copy of data/ outside the project loads (no ValueError for a folder elsewhere)."""
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    for file in ("consultation.yml", "search_synonyms.yml", "outcome.yml", "interface.yml"):
        check(folder, file)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_data_mistake_is_named_with_file_and_line(tmp_path, case):
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    path = folder / case.file
    text = path.read_text(encoding="utf-8")
    assert case.old in text, f"test set-up: {case.old!r} not in data/{case.file}"
    edited = text.replace(case.old, case.new, 1)
    path.write_bytes(edited.encode(case.encoding))
    with pytest.raises(sitedata.DataError) as raised:
        check(folder, case.file)
    message = str(raised.value)
    assert raised.value.file == f"data/{case.file}", message
    assert message.startswith("データファイルの誤り: ") and "\n  Data file error: " in message
    assert "Traceback" not in message and "Error" not in message.replace("Data file error", ""), message
    for words in case.words:
        assert words in message, message
    if case.line_of:
        lines = [n for n, line in enumerate(edited.splitlines(), 1) if case.line_of in line]
        want = lines[-1] if case.last else lines[0]
        allowed = {want + offset for offset in case.offsets}
        assert raised.value.line in allowed, message
        assert f"data/{case.file}, line {raised.value.line}:" in message
        assert f"data/{case.file} の {raised.value.line} 行目" in message


# ---------------------------------------------------------------- what is read and published as typed


def copy_data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    return folder


def test_a_data_file_saved_with_a_bom_and_crlf_reads_the_same(tmp_path):
    folder = copy_data(tmp_path)
    for path in folder.glob("*.yml"):
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    data = sitedata.load(folder)
    assert data.consultation == DATA.consultation and data.strategy == DATA.strategy
    assert data.words.text("banner.link", "ja") == DATA.words.text("banner.link", "ja")


def test_a_full_width_phone_number_is_published_half_width_with_a_working_tel_link(tmp_path):
    folder = copy_data(tmp_path)
    path = folder / "consultation.yml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  phone: 096-333-2019", "  phone: ０９６－３３３－２０１９")
    path.write_text(text.replace("  fax: 096-382-4066", "  fax: 096ー382ー4066"), encoding="utf-8")  # ー: long vowel
    contact = sitedata.load(folder).consultation.contact
    assert (contact.phone, contact.fax, contact.tel) == ("096-333-2019", "096-382-4066", "tel:+81963332019")


def test_figures_stay_as_typed(tmp_path):
    """An integer stays an integer (not 1234.0), a decimal keeps the digits typed (12.50); full-width digits
    from an input method are the same number."""
    folder = copy_data(tmp_path)
    path = folder / "strategy.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "      en: Total guest-nights\n    status: pending",
            "      en: Total guest-nights\n    status: set\n    baseline: １２３４\n"
            "    baseline_year: 2019\n    target: 12.50\n    target_year: 2024\n"
            "    unit:\n      ja: 万人\n      en: ten thousand people",
        ),
        encoding="utf-8",
    )
    kpi = next(k for k in sitedata.load(folder).strategy.kpis if k.id == "p2-m3-overnight-guests")
    assert type(kpi.baseline) is int and sitedata.number(kpi.baseline) == "1,234"
    assert str(kpi.target) == "12.50" and sitedata.number(kpi.target) == "12.50"


@pytest.mark.parametrize("page", ["index.md", "index.en.md"])
def test_a_page_saved_as_shift_jis_is_named_with_the_fix(tmp_path, page):
    from sitebuild.translations import page_states
    from sitedata.textfile import check_sources

    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    text = (docs / page).read_text(encoding="utf-8")
    (docs / page).write_bytes(text.encode("cp932", errors="replace"))
    line = next(n for n, row in enumerate(text.splitlines(), 1) if not row.isascii())
    for check_pages in (lambda: check_sources(tmp_path), lambda: page_states(docs)):
        with pytest.raises(sitedata.DataError) as raised:
            check_pages()
        message = str(raised.value)
        assert message.startswith(f"ページの誤り: docs/{page} の {line} 行目: "), message
        assert f"\n  Page error: docs/{page}, line {line}: " in message
        for words in ("UTF-8 で保存し直してください", "Save the file again as UTF-8", "looks like Shift_JIS"):
            assert words in message


def test_a_page_saved_again_with_a_bom_and_crlf_keeps_its_translation(tmp_path):
    """A Windows editor's BOM and CRLF line ends are not a change of the text: the English twin stays
    up to date."""
    from sitebuild.translations import page_states

    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    for page in ("index.md", "index.en.md"):
        (docs / page).write_bytes(b"\xef\xbb\xbf" + (docs / page).read_bytes().replace(b"\n", b"\r\n"))
    assert {s.ja: s.state for s in page_states(docs)}["index.md"] == "translated"
