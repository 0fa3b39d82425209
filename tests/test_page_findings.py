"""Whole builds of a project copy for issue 26's dead ends of the pages and the menu: retiring a page (deleting
docs/places.md and its twin, with or without its menu lines) ends in findings naming the page and each place that
still needs it — not in an "unexpected error" naming an unrelated file — and one build gives the pages', the
menu's and the translations' findings together."""

from __future__ import annotations

import re

from conftest import assert_fails, edit, line_of

FOUND = re.compile(
    r"^(?:WARNING\s+-\s+)?\[(?P<id>[a-z]+\.[EW]\d{3})\] [^:\n]+: "
    r"(?P<file>[^\s:]+?)(?: の (?P<line>\d+) 行目)?(?: \d+ 文字目)?: ",
    re.M,
)


def findings(output: str) -> list[tuple[str, str, int | None]]:
    """(id, file, line) of every finding the build printed (sitedata.findings.report: one per finding)."""
    return [(m["id"], m["file"], int(m["line"]) if m["line"] else None) for m in FOUND.finditer(output)]


def _links_to_places(project) -> list[tuple[str, str, int]]:
    """page.E020 at every line of a page that links to places.md."""
    out = []
    for path in sorted((project / "docs").rglob("*.md")):
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "](places.md" in text:
                out.append(("page.E020", path.relative_to(project).as_posix(), number))
    return out


def test_retiring_a_page_names_the_menu_line_each_link_and_the_printable_page(project, tmp_path):
    links = _links_to_places(project)
    assert len(links) >= 10  # the home page, how to comment, every draft … in both languages
    menu = line_of(project, "mkdocs.yml", "  - 閲覧場所: places.md")
    (project / "docs" / "places.md").unlink()
    (project / "docs" / "places.en.md").unlink()
    output = assert_fails(project, tmp_path, "docs/places.md", "print-notice.html")
    assert "予期しないエラー" not in output and "unexpected error" not in output, output
    assert "docs/strategy.en.md）" not in output
    found = findings(output)
    assert ("menu.E006", "mkdocs.yml", menu) in found, output
    assert ("page.E021", "docs/places.md", None) in found, output
    assert sorted(f for f in found if f[0] == "page.E020") == sorted(links), output
    assert {f[0] for f in found} == {"menu.E006", "page.E020", "page.E021"}, output
    # what to do, in both languages
    assert "docs/places.md と英語版 docs/places.en.md を元に戻してください" in output
    assert "Restore docs/places.md and its English twin docs/places.en.md" in output
    assert "delete this line and the line of its English name under nav_translations:" in output


def test_retiring_a_page_with_its_menu_lines_names_the_links_and_the_printable_page(project, tmp_path):
    edit(project, "mkdocs.yml", "  - 閲覧場所: places.md\n", "")
    edit(project, "mkdocs.yml", "            閲覧場所: Where to read the drafts\n", "")
    links = _links_to_places(project)
    (project / "docs" / "places.md").unlink()
    (project / "docs" / "places.en.md").unlink()
    output = assert_fails(project, tmp_path, "docs/places.md")
    assert "予期しないエラー" not in output and "Traceback" not in output, output
    found = findings(output)
    assert ("page.E021", "docs/places.md", None) in found
    assert sorted(f for f in found if f[0] == "page.E020") == sorted(links)
    assert {f[0] for f in found} == {"page.E020", "page.E021"}, output


def test_retiring_a_drafts_page_names_the_line_of_the_data_file(project, tmp_path):
    (project / "docs" / "population-vision.md").unlink()
    (project / "docs" / "population-vision.en.md").unlink()
    output = assert_fails(project, tmp_path, "data/consultation.yml")
    found = findings(output)
    line = line_of(project, "data/consultation.yml", "page: population-vision.md")
    assert ("page.E022", "data/consultation.yml", line) in found, output
    assert ("menu.E006", "mkdocs.yml", line_of(project, "mkdocs.yml", ": population-vision.md")) in found, output
    assert "予期しないエラー" not in output


def test_one_build_gives_the_pages_the_menus_and_the_translations_findings(project, tmp_path):
    """A misspelt marker, a stale translation and a menu entry without its English name: one build, three ids."""
    edit(project, "docs/places.md", "<!-- insert: places -->", "<!-- insret: places -->")
    edit(project, "docs/comment.md", "## 素案を読む {#reading}\n", "## 素案を読む {#reading}\n\n追加の文です。\n")
    edit(project, "mkdocs.yml", "  - 閲覧場所: places.md", "  - 閲覧できる場所: places.md")
    output = assert_fails(project, tmp_path)
    found = findings(output)
    marker = line_of(project, "docs/places.md", "insret")
    stale = line_of(project, "docs/comment.en.md", "translated_from:")
    menu = line_of(project, "mkdocs.yml", "  - 閲覧できる場所: places.md")
    assert ("page.E008", "docs/places.md", marker) in found, output
    assert ("translation.E002", "docs/comment.en.md", stale) in found, output
    assert ("translation.E002", "docs/places.en.md", line_of(project, "docs/places.en.md", "translated_from:")) in found
    assert ("menu.E002", "mkdocs.yml", menu) in found, output  # a renamed entry: the old name's line is named
    assert "閲覧場所:" in output and "ビルドを止めました: 4 件の誤りがあります" in output, output


def test_one_build_tells_the_data_files_and_the_pages_findings_together(project, tmp_path):
    """A slip in a data file no longer hides the pages' slips until the next build: one message holds both."""
    edit(project, "data/consultation.yml", "kikaku@pref.kumamoto.lg.jp", "kikaku＠pref.kumamoto.lg.jp")
    edit(project, "docs/index.md", "---\ntitle:", "---\nｔｉｔｌｅ: x\ntitle:")
    email = line_of(project, "data/consultation.yml", "kikaku＠pref")
    key = line_of(project, "docs/index.md", "ｔｉｔｌｅ")
    output = assert_fails(project, tmp_path)
    assert ("data.E039", "data/consultation.yml", email) in findings(output), output
    assert ("page.E006", "docs/index.md", key) in findings(output), output
    assert output.count("ビルドを止めました") == 1, output
