"""Page mistakes, checked in-process from a table of cases: each case edits a copy of docs/, runs the page
checks the build runs first (hooks/lib/sitebuild/pagecheck.py, from hooks/2_validate/page_check.py), and
expects a problem naming the file as staff see it and the line, with the given words; then the forms a
marker may take, filled in-process; then three whole builds for the wiring and the checks of the built
site (a broken anchor and a missing image at the line as typed, nothing said about a print-*.md).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from mkdocs.config import load_config

from conftest import DATA, ROOT, assert_fails, edit, line_of, mark_translated
from sitebuild import inserts, pagecheck


@pytest.fixture(scope="module", autouse=True)
def parts():
    """The site's parts, registered by the generators as MkDocs loads the hooks of mkdocs.yml."""
    load_config(str(ROOT / "mkdocs.yml"))
    assert "contact" in inserts.names()


@dataclass
class Case:
    name: str
    file: str  # in docs/
    old: str
    new: str
    words: tuple[str, ...]  # in the message
    line_of: str  # the message names the first line holding this text (after the edit) ...
    at: str | None = None  # ... of this file (default: the edited one)


CASES = [
    Case(
        "misspelt-insert",
        "places.md",
        "<!-- insert: places -->",
        "<!-- insret: places -->",
        ("insret", "差し込みの印として読めません", "looks like an insert marker", "known parts: comment-link"),
        "insret",
    ),
    Case(
        "marker-without-insert",
        "comment.md",
        "<!-- insert: contact -->",
        "<!-- contact -->",
        ("<!-- contact -->", "<!-- insert: name -->", "places"),
        "<!-- contact -->",
    ),
    Case(
        "unknown-part",
        "comment.en.md",
        "<!-- insert: contact -->",
        "<!-- insert: contacts -->",
        ('no generated part called "contacts"', "known parts:", "contact, cross-cutting"),
        "contacts",
    ),
    Case(
        "unknown-part-in-strategy",
        "strategy.md",
        "<!-- insert: kpi-tables -->",
        "<!-- Insert: kpi-table -->",
        ('"kpi-table"', "kpi-tables"),
        "kpi-table",
    ),
    Case(
        "wrong-number-of-words",
        "population-vision.md",
        "<!-- insert: comment-link pv -->",
        "<!-- insert: comment-link -->",
        ("wrong number of words", "ことばの数"),
        "comment-link",
    ),
    Case(
        "unclosed-comment",
        "comment.md",
        "<!-- insert: contact -->",
        "<!-- insert: contact ->",
        ('not closed with "-->"', "「-->」で閉じていません"),
        "insert: contact ->",
    ),
    Case(
        "marker-dropped-from-the-japanese-twin",
        "comment.md",
        "<!-- insert: period -->\n",
        "",
        ('"<!-- insert: period -->" is not in docs/comment.md', "same generated parts in the same order"),
        "insert: period",
        at="comment.en.md",
    ),
    Case(
        "marker-dropped-from-the-english-twin",
        "places.en.md",
        "<!-- insert: places -->\n",
        "",
        ('"<!-- insert: places -->" is not in docs/places.en.md', "docs/places.en.md にありません"),
        "insert: places",
        at="places.md",
    ),
    Case(
        "header-not-closed",
        "places.md",
        "description: 「新しいくまもと創造に向けた基本方針」(素案)等を掲載（閲覧）している場所の一覧。\n---\n",
        "description: 「新しいくまもと創造に向けた基本方針」(素案)等を掲載（閲覧）している場所の一覧。\n",
        ("header, opened by the --- on line 1, is not closed", "after line 3", "ヘッダー）が閉じていません"),
        "素案は、次の場所に",
    ),
    Case(
        "header-unknown-key",
        "comment.en.md",
        "description: The comment period",
        "desciption: The comment period",
        ('"desciption" is not a header key', "known keys: title, description, translated_from"),
        "desciption:",
    ),
    Case(
        "header-full-width-colon",
        "places.md",
        "title: 素案の閲覧場所",
        "title：素案の閲覧場所",
        ("half-width", "全角の「：」"),
        "title：",
    ),
    Case(
        "header-malformed",
        "places.md",
        "title: 素案の閲覧場所",
        "title: 素案: 閲覧場所",
        ("not well formed", "double quotes"),
        "title: 素案: 閲覧場所",
    ),
    Case(
        "image-without-alt",
        "places.md",
        "<!-- insert: places -->\n",
        "<!-- insert: places -->\n\n![](assets/map.png)\n",
        ("![](assets/map.png)", "no alternative text", '{: alt="" }', "代わりの文（alt）"),
        "![](assets/map.png)",
    ),
    Case(
        "image-with-blank-alt",
        "places.en.md",
        "<!-- insert: places -->\n",
        "<!-- insert: places -->\n\n![ ][map]\n\n[map]: assets/map.png\n",
        ("no alternative text",),
        "![ ][map]",
    ),
    Case(
        "html-image-without-alt",
        "index.en.md",
        "## Basic principle",
        '## Basic principle\n\n<img src="assets/map.png" width="200">',
        ('<img src="assets/map.png" width="200">', "no alternative text"),
        "<img src=",
    ),
]


def _docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", folder)
    return folder


def _edited(tmp_path: Path, file: str, old: str, new: str) -> Path:
    folder = _docs(tmp_path)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} not in docs/{file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def test_the_real_pages_pass(tmp_path):
    assert pagecheck.check(_docs(tmp_path)) == []


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_page_mistake_is_named_with_file_and_line(tmp_path, case):
    folder = _edited(tmp_path, case.file, case.old, case.new)
    problems = pagecheck.check(folder)
    message = "\n".join(map(str, problems))
    at = case.at or case.file
    line = next(
        n for n, text in enumerate((folder / at).read_text(encoding="utf-8").splitlines(), 1) if case.line_of in text
    )
    assert any(p.file == f"docs/{at}" and p.line == line for p in problems), message
    assert f"docs/{at} の {line} 行目" in message and f"docs/{at}, line {line}:" in message, message
    assert message.startswith("ページの誤り: ") and "\n  Page error: " in message
    for words in case.words:
        assert words in message, message
    assert "print-" not in message and "Traceback" not in message


ACCEPTED = [
    ("capital-i", "comment.md", "<!-- insert: contact -->", "<!-- Insert: contact -->"),
    ("full-width-colon", "comment.md", "<!-- insert: contact -->", "<!-- insert： contact -->"),
    ("no-colon", "comment.md", "<!-- insert: contact -->", "<!-- insert contact -->"),
    ("no-spaces", "comment.md", "<!-- insert: contact -->", "<!--insert:contact-->"),
    ("extra-and-full-width-spaces", "comment.md", "<!-- insert: contact -->", "<!--　 INSERT ：  contact　-->"),
    ("decorative-image", "places.md", "<!-- insert: places -->", '<!-- insert: places -->\n\n![](map.png){: alt="" }'),
    (
        "decorative-html-image",
        "places.md",
        "<!-- insert: places -->",
        '<!-- insert: places -->\n\n<img src="m.png" alt="">',
    ),
    ("image-in-code", "places.md", "<!-- insert: places -->", "<!-- insert: places -->\n\n```\n![](map.png)\n```"),
    ("other-comment", "places.md", "<!-- insert: places -->", "<!-- insert: places -->\n<!-- 閲覧時間は確認中 -->"),
]


@pytest.mark.parametrize("name, file, old, new", ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_what_staff_may_write_passes_the_checks(tmp_path, name, file, old, new):
    """A marker typed another way is the same marker (its twin still matches); a decorative image says so."""
    assert pagecheck.check(_edited(tmp_path, file, old, new)) == []


@dataclass
class _File:
    src_uri: str
    abs_src_path: str


@dataclass
class _Page:
    file: _File


@pytest.mark.parametrize("form", [new for name, file, old, new in ACCEPTED if "contact" in new])
def test_a_marker_typed_another_way_is_filled(tmp_path, form):
    page = _Page(_File("comment.md", str(tmp_path / "comment.md")))
    filled = inserts.fill(f"# 意見の送り方\n\n{form}\n", page, config=None)
    assert form not in filled and DATA.consultation.contact.phone in filled
    assert filled == inserts.fill("# 意見の送り方\n\n<!-- insert: contact -->\n", page, config=None)


# ---------------------------------------------------------------- whole builds: the wiring


def test_a_misspelt_marker_stops_the_build(project, tmp_path):
    edit(project, "docs/places.md", "<!-- insert: places -->", "<!-- insret: places -->")
    mark_translated(project, "docs/places.en.md")
    line = line_of(project, "docs/places.md", "insret")
    output = assert_fails(project, tmp_path, f"docs/places.md, line {line}", "insret", "known parts: ")
    assert "print-" not in output


# The broken links' and a preview's findings (link.E…, html.E…, lang.E…): tests/test_output_findings.py.
