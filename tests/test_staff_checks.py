"""Checks that guard staff's pull requests: translation status and terminology."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, assert_fails, build, edit, line_of, mark_translated


def test_every_english_page_is_marked_as_translating_the_current_japanese_page():
    out = subprocess.run(
        [sys.executable, "scripts/mark_translated.py", "--list"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    states = [line.split("docs/")[0].strip() for line in out.splitlines()]
    assert states and set(states) == {"translated"}, out


def test_japanese_edit_makes_the_english_page_stale_until_marked(project, tmp_path):
    edit(project, "docs/comment.md", "## ご意見募集の期間", "## ご意見を募集する期間")
    assert_fails(project, tmp_path, "docs/comment.en.md is out of date", "make mark-translated PAGE=docs/comment.en.md")
    mark_translated(project, "docs/comment.en.md")
    result = build(project, tmp_path / "again")
    assert result.returncode == 0, result.output


def test_staff_in_the_web_editor_get_the_line_to_paste(project, tmp_path):
    """Without a terminal: the message gives the exact front-matter line, and pasting it is enough."""
    import re

    edit(project, "docs/comment.md", "## ご意見募集の期間", "## ご意見を募集する期間")
    result = build(project, tmp_path / "stale")
    assert result.returncode != 0
    lines = set(re.findall(r"`(translated_from: [0-9a-f]{12})`", result.output))
    assert len(lines) == 1, result.output
    page = project / "docs" / "comment.en.md"
    text = page.read_text(encoding="utf-8")
    assert text.count("translated_from:") == 1
    page.write_text(re.sub(r"translated_from: [0-9a-f]+", lines.pop(), text), encoding="utf-8")
    again = build(project, tmp_path / "pasted")
    assert again.returncode == 0, again.output


def test_status_page_lists_every_page_with_its_state(project, tmp_path):
    edit(project, "docs/places.md", "素案は、次の場所", "素案は、次の各場所")
    (project / "docs" / "population-vision.en.md").unlink()
    # A preview (not strict) still builds, so staff can see the status page.
    (project / "mkdocs.yml").write_text(
        (project / "mkdocs.yml").read_text(encoding="utf-8").replace("strict: true", "strict: false"), encoding="utf-8"
    )
    import os

    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-d", str(tmp_path / "preview")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert "docs/places.en.md is out of date" in proc.stderr
    from bs4 import BeautifulSoup

    page = BeautifulSoup(
        (tmp_path / "preview" / "staff" / "translation-status.html").read_text(encoding="utf-8"), "lxml"
    )
    states = {tr.find("code").get_text(): tr["data-state"] for tr in page.select("table.translation-status tbody tr")}
    assert states["docs/places.md"] == "outdated"
    assert states["docs/population-vision.md"] == "missing"
    assert states["docs/strategy.md"] == "translated"
    assert "英語版が古い" in page.get_text()
    nav = BeautifulSoup((tmp_path / "preview" / "index.html").read_text(encoding="utf-8"), "lxml").select(
        "nav.md-nav--primary"
    )
    assert "translation-status" not in str(nav)


def test_glossary_term_missing_in_english_data(project, tmp_path):
    edit(
        project,
        "data/strategy.yml",
        "en: Creative reconstruction from the Kumamoto Earthquake",
        "en: Rebuilding after the Kumamoto Earthquake",
    )
    line = line_of(project, "data/strategy.yml", "Rebuilding after the Kumamoto Earthquake")
    assert_fails(project, tmp_path, f"data/strategy.yml, line {line}", '"creative reconstruction"')


def test_glossary_avoided_form_in_english_page(project, tmp_path):
    edit(project, "docs/index.en.md", "to achieve regional revitalisation", "to achieve regional revitalization")
    line = line_of(project, "docs/index.en.md", "regional revitalization")
    assert_fails(
        project, tmp_path, f"docs/index.en.md, line {line}", '"regional revitalization"', '"regional revitalisation"'
    )


def test_glossary_term_missing_in_english_page(project, tmp_path):
    edit(project, "docs/places.md", "各施設にお問い合わせください。", "各施設にお問い合わせください。熊本城")
    mark_translated(project, "docs/places.en.md")
    assert_fails(project, tmp_path, "docs/places.en.md", "熊本城", '"Kumamoto Castle"')


def test_broken_glossary_file(project, tmp_path):
    edit(project, "data/glossary.yml", "  - ja: 基本理念\n    en: basic principle", "  - ja: 基本理念\n    en:")
    assert_fails(project, tmp_path, "data/glossary.yml, line", "English")


def test_raw_script_in_a_page(project, tmp_path):
    edit(
        project,
        "docs/places.en.md",
        "Please contact each venue.",
        "Please contact each venue.\n\n<script>alert(1)</script>",
    )
    line = line_of(project, "docs/places.en.md", "<script>")
    assert_fails(project, tmp_path, f"docs/places.en.md, line {line}", "<script>")


def test_inline_event_handler(project, tmp_path):
    edit(
        project,
        "docs/index.en.md",
        "<!-- insert: next-steps -->",
        '<p onclick="x()">hi</p>\n\n<!-- insert: next-steps -->',
    )
    line = line_of(project, "docs/index.en.md", "onclick")
    assert_fails(project, tmp_path, f"docs/index.en.md, line {line}", "onclick")


def test_javascript_link(project, tmp_path):
    edit(
        project,
        "docs/comment.en.md",
        "[Where to read the drafts](places.md)",
        "[Where to read the drafts](javascript:alert(1))",
    )
    line = line_of(project, "docs/comment.en.md", "javascript:")
    assert_fails(project, tmp_path, f"docs/comment.en.md, line {line}", "javascript:")


def test_iframe(project, tmp_path):
    edit(
        project,
        "docs/strategy.en.md",
        "<!-- insert: kpi-tables -->",
        '<!-- insert: kpi-tables -->\n\n<iframe src="https://example.com/"></iframe>',
    )
    line = line_of(project, "docs/strategy.en.md", "<iframe")
    assert_fails(project, tmp_path, f"docs/strategy.en.md, line {line}", "iframe")


def test_external_links_open_safely(site):
    links = [
        a
        for rel in site.pages()
        for a in site.html(rel).find_all("a", href=True)
        if a["href"].startswith(("http://", "https://"))
    ]
    assert links, "the places page links to the prefecture's website"
    assert all("noopener" in a.get("rel", []) for a in links), [
        str(a) for a in links if "noopener" not in a.get("rel", [])
    ]


def test_broken_link(project, tmp_path):
    edit(
        project, "docs/comment.en.md", "[Where to read the drafts](places.md)", "[Where to read the drafts](placse.md)"
    )
    line = line_of(project, "docs/comment.en.md", "placse.md")
    assert_fails(project, tmp_path, f"docs/comment.en.md, line {line}", "placse")


def test_broken_anchor(project, tmp_path):
    edit(project, "docs/index.en.md", "[How to comment](comment.md)", "[How to comment](comment.md#no-such-part)")
    line = line_of(project, "docs/index.en.md", "#no-such-part")
    assert_fails(project, tmp_path, f"docs/index.en.md, line {line}", '"#no-such-part"')


def test_a_label_corrected_in_the_interface_file_shows_on_the_pages(project, tmp_path):
    """Staff correct an interface word in data/interface.yml, without Python: the built pages use it."""
    edit(project, "data/interface.yml", "    en: How to comment\n", "    en: How to send your opinion\n")
    edit(project, "data/interface.yml", "    ja: 現状値・目標値\n", "    ja: 現状値と目標値\n")
    result = build(project, tmp_path / "out")
    assert result.returncode == 0, result.output[-3000:]
    assert "How to send your opinion</a>" in (result.site / "en" / "index.html").read_text(encoding="utf-8")
    assert '<th scope="col">現状値と目標値</th>' in (result.site / "strategy.html").read_text(encoding="utf-8")


def test_a_mistake_in_the_interface_file_stops_the_build_with_file_and_line(project, tmp_path):
    edit(project, "data/interface.yml", "  link:\n    ja: 意見の送り方", "  lnik:\n    ja: 意見の送り方")
    line = line_of(project, "data/interface.yml", "lnik:")
    assert_fails(project, tmp_path, f"data/interface.yml, line {line}", '"banner.lnik"', 'Did you mean "link"?')


def test_the_glossary_check_reads_the_interface_words(project, tmp_path):
    edit(project, "data/interface.yml", "    en: Policy direction\n", "    en: Initiative direction\n")
    line = line_of(project, "data/interface.yml", "en: Initiative direction")
    assert_fails(project, tmp_path, f"data/interface.yml, line {line}", '"policy direction"')
