"""Page mistakes, checked in-process from a table of cases: each case edits a copy of docs/, runs the page
checks the build runs first (hooks/lib/sitebuild/pagecheck.py, from hooks/lib/sitebuild/prepare/sources.py), and
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
from sitedata.findings import FindingsError


@pytest.fixture(scope="module", autouse=True)
def parts():
    """The site's parts: those of sitebuild.prepare.parts (registered when inserts is first asked), and
    comment-now, registered as MkDocs loads the hooks of mkdocs.yml (hooks/lib/sitebuild/render/comment_status.py)."""
    load_config(str(ROOT / "mkdocs.yml"))
    assert "contact" in inserts.names() and "comment-now" in inserts.names()


@dataclass
class Case:
    name: str
    id: str  # the finding's id (hooks/lib/sitedata/catalogue/page.yml)
    file: str  # in docs/
    old: str
    new: str
    line_of: str  # the finding is at the first line holding this text (after the edit) ...
    at: str | None = None  # ... of this file (default: the edited one)
    words: tuple[str, ...] = ()  # values the message shows (a part's name, U+200B …)


PLACES_HEAD = "description: 「新しいくまもと創造に向けた基本方針」(素案)等を掲載（閲覧）している場所の一覧。\n"
TABLE = "| 施設 | 住所 | 時間 |\n| --- | --- | --- |\n| 県庁 | 熊本市 | 9時から17時 |\n"

CASES = [
    Case("misspelt-insert", "page.E008", "places.md", "<!-- insert: places -->", "<!-- insret: places -->", "insret",
         words=("insret", "comment-link")),
    Case("marker-without-insert", "page.E008", "comment.md", "<!-- insert: contact -->", "<!-- contact -->",
         "<!-- contact -->"),
    Case("unknown-part", "page.E009", "comment.en.md", "<!-- insert: contact -->", "<!-- insert: contacts -->",
         "contacts", words=("contacts", "contact, cross-cutting")),
    Case("unknown-part-in-strategy", "page.E009", "strategy.md", "<!-- insert: kpi-tables -->",
         "<!-- Insert: kpi-table -->", "kpi-table", words=("kpi-table", "kpi-tables")),
    Case("wrong-number-of-words", "page.E010", "population-vision.md", "<!-- insert: comment-link pv -->",
         "<!-- insert: comment-link -->", "comment-link"),
    Case("unclosed-comment", "page.E011", "comment.md", "<!-- insert: contact -->", "<!-- insert: contact ->",
         "insert: contact ->"),
    Case("marker-dropped-from-the-japanese-twin", "page.E013", "comment.md", "<!-- insert: period -->\n", "",
         "insert: period", at="comment.en.md", words=("docs/comment.md",)),
    Case("marker-dropped-from-the-english-twin", "page.E014", "places.en.md", "<!-- insert: places -->\n", "",
         "insert: places", at="places.md", words=("docs/places.en.md",)),
    Case("header-not-closed", "page.E001", "places.md", PLACES_HEAD + "---\n", PLACES_HEAD, "素案は、次の場所に",
         words=("3",)),
    Case("header-unknown-key", "page.E003", "comment.en.md", "description: The comment period",
         "desciption: The comment period", "desciption:", words=("desciption", "title, description, translated_from")),
    Case("header-full-width-colon", "page.E002", "places.md", "title: 素案の閲覧場所", "title：素案の閲覧場所",
         "title："),
    Case("header-malformed", "page.E005", "places.md", "title: 素案の閲覧場所", "title: 素案: 閲覧場所",
         "title: 素案: 閲覧場所"),
    Case("image-without-alt", "page.E012", "places.md", "<!-- insert: places -->\n",
         "<!-- insert: places -->\n\n![](assets/map.png)\n", "![](assets/map.png)",
         words=("![](assets/map.png)", '{: alt="" }')),
    Case("image-with-blank-alt", "page.E012", "places.en.md", "<!-- insert: places -->\n",
         "<!-- insert: places -->\n\n![ ][map]\n\n[map]: assets/map.png\n", "![ ][map]"),
    Case("html-image-without-alt", "page.E012", "index.en.md", "## Basic principle",
         '## Basic principle\n\n<img src="assets/map.png" width="200">', "<img src="),
    # issue 26's slips
    Case("header-full-width-key", "page.E006", "places.md", "title: 素案の閲覧場所", "ｔｉｔｌｅ: 素案の閲覧場所",
         "ｔｉｔｌｅ", words=("ｔｉｔｌｅ", '"title: "')),
    Case("header-full-width-key-and-colon", "page.E006", "places.md", "title: 素案の閲覧場所",
         "ｔｉｔｌｅ：素案の閲覧場所", "ｔｉｔｌｅ"),
    Case("header-zero-width-space", "page.E030", "places.md", "title: 素案の閲覧場所", "\u200btitle: 素案の閲覧場所",
         "title: 素案", words=("U+200B", "ZERO WIDTH SPACE")),
    Case("marker-zero-width-space", "page.E007", "comment.md", "<!-- insert: contact -->",
         "<!-- insert:\u200b contact -->", "insert:\u200b", words=("U+200B",)),
    Case("marker-byte-order-mark", "page.E007", "places.md", "<!-- insert: places -->",
         "<!-- insert: pla\ufeffces -->", "insert: pla", words=("U+FEFF",)),
    Case("table-row-missing-a-bar", "page.E015", "places.md", "<!-- insert: places -->\n",
         "<!-- insert: places -->\n\n" + TABLE + "| 市役所 | 熊本市 9時から17時 |\n", "| 市役所 |",
         words=("2", "3")),
    Case("table-row-with-a-bar-too-many", "page.E015", "places.en.md", "<!-- insert: places -->\n",
         "<!-- insert: places -->\n\n" + TABLE + "| 市役所 | 熊本市 | 9時 | 17時 |\n", "| 市役所 |",
         words=("4", "3")),
    Case("link-address-with-a-space", "page.E016", "index.md", "[閲覧場所](places.md)", "[閲覧場所](places .md)",
         "places .md", words=("places .md",)),
    Case("link-address-with-a-full-width-space", "page.E016", "index.md", "[閲覧場所](places.md)",
         "[閲覧場所](places\u3000.md)", "places\u3000.md"),
    Case("web-address-with-a-space", "page.E016", "comment.md", "<!-- insert: contact -->\n",
         "<!-- insert: contact -->\n\n[県のサイト](https://www.pref.kumamoto.jp/ kikaku)\n", "県のサイト",
         words=("https://www.pref.kumamoto.jp/ kikaku",)),
    Case("heading-skips-levels", "page.E017", "index.en.md", "## Basic principle", "#### Basic principle",
         "#### Basic principle", words=("1", "4")),
    Case("page-without-header", "page.E018", "accessibility.md",
         "---\ntitle: アクセシビリティ\n", "---\n", "---", at=None),
    Case("header-without-description", "page.E019", "places.md", PLACES_HEAD, "", "---", words=("description",)),
    Case("link-with-a-zero-width-space", "page.E020", "index.md", "[閲覧場所](places.md)",
         "[閲覧場所](places\u200b.md)", "places\u200b.md", words=("places<U+200B>.md",)),
    Case("link-to-a-missing-page", "page.E020", "index.md", "[閲覧場所](places.md)", "[閲覧場所](placse.md)",
         "placse.md", words=("docs/placse.md",)),
]  # fmt: skip


def _docs(tmp_path: Path) -> Path:
    """A copy of docs/, with the images the cases show (an image not in docs/ is a finding of its own)."""
    folder = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", folder)
    for image in ("assets/map.png", "map.png", "m.png"):
        (folder / image).write_bytes(b"")
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
def test_a_page_mistake_is_a_finding_at_its_file_and_line(tmp_path, case):
    folder = _edited(tmp_path, case.file, case.old, case.new)
    if case.name == "page-without-header":  # the whole header gone
        path = folder / case.file
        path.write_text(path.read_text(encoding="utf-8").split("---\n", 2)[2].lstrip(), encoding="utf-8")
    found = pagecheck.check(folder)
    at = case.at or case.file
    lines = (folder / at).read_text(encoding="utf-8").splitlines()
    line = (
        next(n for n, text in enumerate(lines, 1) if case.line_of in text) if case.name != "page-without-header" else 1
    )
    assert [(f.id, f.file, f.line) for f in found] == [(case.id, f"docs/{at}", line)], "\n".join(map(str, found))
    message = str(found[0])
    assert f"docs/{at} の {line} 行目" in message and f"docs/{at}, line {line}" in message
    assert message.startswith(f"[{case.id}] ページの誤り: ") and "\n  Page error: " in message
    for words in case.words:
        assert words in message, message
    assert "print-" not in message and "Traceback" not in message


def test_every_mistake_of_every_page_at_once(tmp_path):
    """Three pages, five slips: five findings from one check, sorted by file and line when raised."""
    folder = _docs(tmp_path)
    for file, old, new in [
        ("places.md", "title: 素案の閲覧場所", "ｔｉｔｌｅ: 素案の閲覧場所"),
        ("places.md", "<!-- insert: places -->", "<!-- insert: places -->\n\n#### 熊本市"),
        ("index.md", "[閲覧場所](places.md)", "[閲覧場所](places .md)"),
        ("comment.md", "<!-- insert: contact -->", "<!-- insert:\u200b contact -->"),
        ("comment.md", "<!-- insert: period -->", "<!-- insret: period -->"),
    ]:
        path = folder / file
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    error = FindingsError(pagecheck.check(folder))
    assert [(f.id, f.file) for f in error.findings] == [
        ("page.E008", "docs/comment.md"),
        ("page.E007", "docs/comment.md"),
        ("page.E016", "docs/index.md"),
        ("page.E006", "docs/places.md"),
        ("page.E017", "docs/places.md"),
    ] or sorted(f.sort_key() for f in error.findings) == [f.sort_key() for f in error.findings]
    assert len(error.findings) == 5 and "5 件の誤り" in str(error)


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


@pytest.mark.parametrize("form", [new for name, file, old, new in ACCEPTED if "contact" in new])
def test_a_marker_typed_another_way_is_filled(tmp_path, form):
    text = f"# 意見の送り方\n\n{form}\n"
    filled = inserts.fill(text, inserts.Where(DATA, "ja", "comment.md", text, tmp_path))
    assert form not in filled and DATA.consultation.contact.phone in filled
    plain = "# 意見の送り方\n\n<!-- insert: contact -->\n"
    assert filled == inserts.fill(plain, inserts.Where(DATA, "ja", "comment.md", plain, tmp_path))


# ---------------------------------------------------------------- whole builds: the wiring


def test_a_misspelt_marker_stops_the_build(project, tmp_path):
    edit(project, "docs/places.md", "<!-- insert: places -->", "<!-- insret: places -->")
    mark_translated(project, "docs/places.en.md")
    line = line_of(project, "docs/places.md", "insret")
    output = assert_fails(project, tmp_path, f"docs/places.md, line {line}", "insret", "known parts: ")
    assert "print-" not in output


# The broken links' and a preview's findings (link.E…, html.E…, lang.E…): tests/test_output_findings.py.
