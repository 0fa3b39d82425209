"""Data-file mistakes, checked in-process from a table of cases: each case edits a copy of data/,
checks it as the build does (``sitedata.check_all``), and expects exactly one finding: the case's id, at
the file and the line (the words are the catalogue's, hooks/lib/sitedata/catalogue/data.yml).

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
from sitedata.findings import FindingsError


@dataclass
class Case:
    name: str
    file: str  # in data/
    old: str
    new: str
    id: str  # the finding's id (catalogue/data.yml)
    line_of: str | None = None  # the finding is at the line holding this text (after the edit)
    last: bool = False  # ... its last occurrence (a duplicate)
    offsets: tuple[int, ...] = (0,)  # ... or a line this far from it (-1: the mapping that lacks a key)
    encoding: str = "utf-8"  # the file is saved in this encoding after the edit (a slip of a Windows editor)
    also: tuple[str, ...] = ()  # the ids of the other findings the same slip makes true (in the same file)


CASES = [
    Case(
        "broken-yaml",
        "places.yml",
        "  - id: library\n",
        "  - id: [library\n",
        "data.E005",
        line_of="[library",
        offsets=(0, 1),
    ),
    Case(
        "tab",
        "places.yml",
        "    name:\n      ja: 熊本県立図書館",
        "    name:\n\t  ja: 熊本県立図書館",
        "data.E001",
        line_of="\t  ja: 熊本県立図書館",
    ),
    Case(
        "full-width-colon",
        "places.yml",
        "      ja: 熊本県立大学",
        "      ja：熊本県立大学",
        "data.E002",
        line_of="ja：熊本県立大学",
    ),
    Case(
        "field-twice",
        "places.yml",
        "      ja: 熊本県立図書館\n",
        "      ja: 熊本県立図書館\n      ja: 熊本県立図書館（二重）\n",
        "data.E011",
        line_of="ja: 熊本県立図書館（二重）",
    ),
    Case(
        "unknown-tag",
        "places.yml",
        "      ja: 熊本県立図書館\n",
        "      ja: !ENV 熊本県立図書館\n",
        "data.E012",
        line_of="!ENV",
    ),
    Case("missing-field", "consultation.yml", "  fax: 096-382-4066\n", "", "data.E015"),
    Case(
        "missing-english",
        "strategy.yml",
        "      en: Number of foreign workers accepted (agriculture)\n",
        "",
        "data.E016",
        line_of="ja: 外国人材受入人数（農業）",
        offsets=(0, -1),
    ),
    Case(
        "empty-english",
        "places.yml",
        "      en: Kumamoto Prefectural Library",
        '      en: ""',
        "data.E018",
        line_of='en: ""',
    ),
    Case(
        "unknown-pillar",
        "strategy.yml",
        "  - id: p2-m1-medical-network\n    pillar: 2",
        "  - id: p2-m1-medical-network\n    pillar: 5",
        "data.E044",
        line_of="pillar: 5",
        also=("data.E048",),  # pillar 2's measure 1 has lost its only KPI
    ),
    Case(
        "unknown-measure",
        "strategy.yml",
        "    pillar: 2\n    measure: 1",
        "    pillar: 2\n    measure: 7",
        "data.E045",
        also=("data.E048",),
    ),
    Case(
        "duplicate-kpi",
        "strategy.yml",
        "  - id: p2-m2-migrants",
        "  - id: p2-m2-children-places",
        "data.E041",
        line_of="- id: p2-m2-children-places",
        last=True,
    ),
    Case(
        "duplicate-place",
        "places.yml",
        "  - id: university",
        "  - id: library",
        "data.E041",
        line_of="- id: library",
        last=True,
    ),
    Case(
        "end-before-start",
        "consultation.yml",
        "  end: 2021-01-23",
        "  end: 2020-12-01",
        "data.E023",
    ),
    Case(
        "bad-date",
        "consultation.yml",
        "  start: 2020-12-25",
        "  start: 2020-12-32",
        "data.E004",
        line_of="2020-12-32",
    ),
    Case(
        "era-date",
        "consultation.yml",
        "  end: 2021-01-23",
        "  end: 令和3年1月23日",
        "data.E022",
        line_of="令和3年1月23日",
    ),
    Case(
        "kpi-set-without-figures",
        "strategy.yml",
        "      en: Total guest-nights\n    status: pending",
        "      en: Total guest-nights\n    status: set",
        "data.E027",
    ),
    Case(
        "unknown-field",
        "places.yml",
        "    detail:\n      ja: 行政棟本館1階",
        "    detial:\n      ja: 行政棟本館1階",
        "data.E020",
        line_of="detial:",
    ),
    Case(
        "synonym-without-english",
        "search_synonyms.yml",
        "      en: [deadline, closing date, until when]\n",
        "",
        "data.E016",
        line_of="ja: [締切",
        offsets=(0, -1),
    ),
    Case(
        "synonym-listed-twice",
        "search_synonyms.yml",
        "ja: [締切, 締め切り,",
        "ja: [締切, 締め切り, ＤＥＡＤ, dead,",
        "data.E054",
        line_of="ＤＥＡＤ",
    ),
    # data/interface.yml: the words of the generated parts
    Case(
        "interface-missing-english",
        "interface.yml",
        "    ja: 現状値\n    en: Baseline\n",
        "    ja: 現状値\n",
        "data.E016",
        line_of="ja: 現状値",
        offsets=(0, -1),
    ),
    Case(
        "interface-empty-english",
        "interface.yml",
        "    en: How to comment\n",
        "    en: \n",
        "data.E018",
        line_of="ja: 意見の送り方",
        offsets=(1,),
    ),
    Case(
        "interface-misspelt-key",
        "interface.yml",
        "  baseline:\n    ja: 現状値",
        "  basline:\n    ja: 現状値",
        "data.E056",
        also=("data.E059",),  # and so "baseline" is missing
        line_of="basline:",
    ),
    Case(
        "interface-unused-key",
        "interface.yml",
        "# 意見募集のお知らせ",
        "  slogan:\n    ja: 標語\n    en: Slogan\n\n# 意見募集のお知らせ",
        "data.E057",
        line_of="slogan:",
    ),
    Case(
        "interface-missing-key",
        "interface.yml",
        "  results:\n    ja: 意見募集の結果\n    en: Results\n",
        "",
        "data.E059",
        line_of="banner:",
    ),
    Case(
        "interface-placeholder-differs",
        "interface.yml",
        "    en: Pillar {n}\n",
        "    en: Pillar {number}\n",
        "data.E060",
        line_of="en: Pillar {number}",
    ),
    Case(
        "interface-unclosed-brace",
        "interface.yml",
        "    en: Measure {n}\n",
        "    en: Measure {n\n",
        "data.E069",
        line_of="en: Measure {n",
    ),
    # Files not saved as UTF-8 (sitedata.textfile)
    Case(
        "shift-jis",
        "places.yml",
        "",
        "",
        "data.E009",
        line_of="# 素案の掲載（閲覧）場所",
        encoding="shift_jis",
    ),
    Case(
        "utf-16",
        "consultation.yml",
        "",
        "",
        "data.E009",
        line_of="# 意見募集（パブリック・コメント）の基本情報",
        encoding="utf-16",
    ),
    Case(
        "full-width-date",
        "consultation.yml",
        "  end: 2021-01-23",
        "  end: ２０２１-０１-２３",
        "data.E003",
        line_of="end: ２０２１-０１-２３",
    ),
    # Valid but impossible values
    Case(
        "phone-too-short",
        "consultation.yml",
        "  phone: 096-333-2019",
        "  phone: 096-333-201",
        "data.E024",
        line_of="phone: 096-333-201",
    ),
    Case(
        "fax-with-a-letter",
        "consultation.yml",
        "  fax: 096-382-4066",
        "  fax: 096-382-4O66",
        "data.E024",
        line_of="fax: 096-382-4O66",
    ),
    Case(
        "mobile-phone-with-ten-digits",
        "consultation.yml",
        "  phone: 096-333-2019",
        "  phone: 090-333-2019",
        "data.E024",
        line_of="phone: 090-333-2019",
    ),
    Case(
        "extension-with-words",
        "consultation.yml",
        '  extension: "3627"',
        '  extension: "内線3627"',
        "data.E025",
        line_of="extension:",
    ),
    Case(
        "period-end-year-typo",
        "consultation.yml",
        "  end: 2021-01-23",
        "  end: 2183-01-23",
        "data.E050",
        line_of="end: 2183-01-23",
        also=("data.E051",),  # and so longer than a year
    ),
    Case(
        "period-years-both-typed-wrong",
        "consultation.yml",
        "  start: 2020-12-25\n  end: 2021-01-23",
        "  start: 2120-12-25\n  end: 2121-01-23",
        "data.E050",
        line_of="start: 2120-12-25",
        also=("data.E050",),  # each of the two dates
    ),
    Case(
        "period-longer-than-a-year",
        "consultation.yml",
        "  end: 2021-01-23",
        "  end: 2022-01-23",
        "data.E051",
        line_of="end: 2022-01-23",
    ),
    Case(
        "kpi-target-year-before-baseline-year",
        "strategy.yml",
        "      en: Total guest-nights\n    status: pending",
        "      en: Total guest-nights\n    status: set\n    baseline: 1234\n    baseline_year: 2024\n"
        "    target: 2000\n    target_year: 2019\n    unit:\n      ja: 万人\n      en: ten thousand people",
        "data.E047",
        line_of="target_year: 2019",
    ),
    Case(
        "kpi-year-typo",  # published as an era year before Meiji: an unexpected error until this check
        "strategy.yml",
        "      en: Total guest-nights\n    status: pending",
        "      en: Total guest-nights\n    status: set\n    baseline: 1234\n    baseline_year: 1019\n"
        "    target: 2000\n    target_year: 2024\n    unit:\n      ja: 万人\n      en: ten thousand people",
        "data.E046",
        line_of="baseline_year: 1019",
    ),
    Case(
        "kpi-figure-with-a-comma",  # typed as staff would: no quotes
        "strategy.yml",
        "      en: Total guest-nights\n    status: pending",
        "      en: Total guest-nights\n    status: set\n    baseline: 1,234\n    baseline_year: 2019\n"
        "    target: 2000\n    target_year: 2024\n    unit:\n      ja: 万人\n      en: ten thousand people",
        "data.E026",
        line_of="baseline: 1,234",
    ),
    Case(
        "results-published-before-the-period-opened",
        "outcome.yml",
        "\npublished: null",
        "\npublished: 2020-12-01\nsubmitters: 0",
        "outcome.E018",
        line_of="published: 2020-12-01",
    ),
    Case(
        "results-published-in-the-future",
        "outcome.yml",
        "\npublished: null",
        "\npublished: 2201-03-01\nsubmitters: 0",
        "outcome.E019",
        line_of="published: 2201-03-01",
    ),
    # The slips of issue 26 (a new member of staff's pull request)
    Case(
        "count-with-a-decimal",  # was 「数で書いてください（今の値: Decimal('2.5')）」
        "places.yml",
        "    count: 10",
        "    count: 2.5",
        "data.E032",
        line_of="count: 2.5",
    ),
    Case(
        "email-full-width-at",  # was given the rules for ids and URLs
        "consultation.yml",
        "kikaku@pref",
        "kikaku＠pref",
        "data.E039",
        line_of="email:",
    ),
    Case(
        "email-full-width-letter",
        "consultation.yml",
        "kikaku@pref",
        "ｋikaku@pref",
        "data.E039",
        line_of="email:",
    ),
    Case(
        "email-full-width-dot",
        "consultation.yml",
        "kikaku@pref.kumamoto",
        "kikaku@pref．kumamoto",
        "data.E039",
        line_of="email:",
    ),
    Case(
        "email-with-a-query",  # was accepted: every comment link would copy each opinion to a third party
        "consultation.yml",
        "kikaku@pref.kumamoto.lg.jp",
        "kikaku@pref.kumamoto.lg.jp?bcc=spy%40evil.example&x=",
        "data.E038",
        line_of="email:",
    ),
    Case(
        "email-with-a-comma",  # was published on about 15 pages
        "consultation.yml",
        "kikaku@pref.kumamoto.lg.jp",
        "kikaku@pref.kumamoto.lg,jp",
        "data.E038",
        line_of="email:",
    ),
    Case(
        "email-without-a-domain",
        "consultation.yml",
        "kikaku@pref.kumamoto.lg.jp",
        "kikaku@",
        "data.E040",
        line_of="email:",
    ),
    Case(
        "alias",
        "places.yml",
        "    name:\n      ja: 熊本県立図書館\n      en: Kumamoto Prefectural Library\n",
        "    name: &library\n      ja: 熊本県立図書館\n      en: Kumamoto Prefectural Library\n    detail: *library\n",
        "data.E014",
        line_of="&library",
        also=("data.E014",),  # the anchor's line and the alias's
    ),
    Case(
        "full-width-space-indent",  # was reported a line late, in the parser's English
        "places.yml",
        "      ja: 熊本県立図書館",
        "　　　ja: 熊本県立図書館",
        "data.E064",
        line_of="　　　ja: 熊本県立図書館",
    ),
    Case(
        "zero-width-space",
        "places.yml",
        "      ja: 熊本県立図書館",
        "      ja: 熊本県立\u200b図書館",
        "data.E065",
        line_of="熊本県立\u200b図書館",
    ),
    Case(
        "byte-order-mark-inside",
        "places.yml",
        "      en: Kumamoto Prefectural Library",
        "      en: Kumamoto \ufeffPrefectural Library",
        "data.E065",
        line_of="\ufeffPrefectural",
    ),
    Case(
        "no-break-space",
        "places.yml",
        "      en: Kumamoto Prefectural Library",
        "      en: Kumamoto\u00a0Prefectural Library",
        "data.E065",
        line_of="Kumamoto\u00a0Prefectural",
    ),
    Case(
        "japanese-in-english",  # was told to wrap it in <span lang="ja">, which a data file does not honour
        "places.yml",
        "      en: Kumamoto Prefectural Library",
        "      en: 熊本県立図書館",
        "data.E066",
        line_of="en: 熊本県立図書館",
    ),
    Case(
        "japanese-in-an-english-synonym",
        "search_synonyms.yml",
        "en: [deadline, closing date, until when]",
        "en: [deadline, 締切, until when]",
        "data.E066",
        line_of="en: [deadline, 締切",
    ),
    *(
        Case(
            f"placeholder-{word}",  # en: TBD was published
            "places.yml",
            "      en: Kumamoto Prefectural Library",
            f"      en: {word}",
            "data.E067",
            line_of=f"en: {word}",
        )
        for word in ("TBD", "TODO", "xxx")
    ),
    Case(
        "placeholder-japanese",
        "places.yml",
        "      ja: 熊本県立図書館",
        "      ja: 未定",
        "data.E067",
        line_of="ja: 未定",
    ),
    Case(
        "synonyms-separated-by-ideographic-commas",  # were one word: 締切 no longer found the period
        "search_synonyms.yml",
        "ja: [締切, 締め切り,",
        "ja: [締切、締め切り,",
        "data.E055",
        line_of="締切、締め切り",
    ),
    Case(
        "synonyms-separated-by-full-width-commas",
        "search_synonyms.yml",
        "ja: [締切, 締め切り,",
        "ja: [締切，締め切り,",
        "data.E055",
        line_of="締切，締め切り",
    ),
    Case(
        "a-viewing-place-deleted",  # was published as 7 places where the notice lists 8, with no word to staff
        "places.yml",
        "\n  - id: university\n    name:\n      ja: 熊本県立大学\n      en: Prefectural University of Kumamoto\n",
        "\n",
        "data.E068",
        line_of="notice_count: 8",
    ),
    Case(
        "the-notice-count-deleted",
        "places.yml",
        "notice_count: 8\n",
        "",
        "data.E070",
    ),
]


def check(folder: Path, file: str = "") -> None:
    """Check the data the way the build does: every data file at once."""
    sitedata.check_all(folder)


def test_the_real_data_loads_from_a_copy(tmp_path):
    """A copy of data/ outside the project loads (no ValueError for a folder elsewhere)."""
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    check(folder)
    sitedata.load_synonyms(folder / "search_synonyms.yml")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_data_mistake_is_named_with_file_and_line(tmp_path, case):
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    path = folder / case.file
    text = path.read_text(encoding="utf-8")
    assert case.old in text, f"test set-up: {case.old!r} not in data/{case.file}"
    edited = text.replace(case.old, case.new, 1)
    path.write_bytes(edited.encode(case.encoding))
    with pytest.raises(FindingsError) as raised:  # DataError, or the outcome's own
        check(folder, case.file)
    message = str(raised.value)
    found = sorted((f.id, f.file) for f in raised.value.findings)
    assert found == sorted((i, f"data/{case.file}") for i in (case.id, *case.also)), message
    assert "Traceback" not in message and "Decimal(" not in message, message
    line = next(f.line for f in raised.value.findings if f.id == case.id)
    if case.line_of:
        lines = [n for n, row in enumerate(edited.splitlines(), 1) if case.line_of in row]
        want = lines[-1] if case.last else lines[0]
        allowed = {want + offset for offset in case.offsets}
        assert line in allowed, message
        assert f"data/{case.file}, line {line}" in message
        assert f"data/{case.file} の {line} 行目" in message


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
        assert [(f.id, f.file, f.line) for f in raised.value.findings] == [("data.E009", f"docs/{page}", line)]
        assert raised.value.findings[0].params["encoding"] == "Shift_JIS"


def test_a_page_saved_again_with_a_bom_and_crlf_keeps_its_translation(tmp_path):
    """A Windows editor's BOM and CRLF line ends are not a change of the text: the English twin stays
    up to date."""
    from sitebuild.translations import page_states

    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    for page in ("index.md", "index.en.md"):
        (docs / page).write_bytes(b"\xef\xbb\xbf" + (docs / page).read_bytes().replace(b"\n", b"\r\n"))
    assert {s.ja: s.state for s in page_states(docs)}["index.md"] == "translated"
