"""The menu in both languages (hooks/lib/sitebuild/menucheck.py, from hooks/lib/sitebuild/prepare/sources.py) and
MkDocs' own warnings about pages, links and the menu explained for staff (hooks/lib/sitebuild/explain.py), and the
same slips told before anything is built (sitebuild/pagebody.py): each slip on a project copy, asserted on its
finding's id and place (file, line)."""

from __future__ import annotations

import re

from test_page_findings import findings

from conftest import assert_fails, build, edit, line_of, mark_translated

NEWS_JA = "---\ntitle: お知らせ\ndescription: 県からのお知らせ。\n---\n\n# お知らせ\n\nお知らせはまだありません。\n"
NEWS_EN = "---\ntitle: News\ndescription: News from the prefecture.\n---\n\n# News\n\nThere is no news yet.\n"
MENU_END = "  - アクセシビリティ: accessibility.md"
NAMES_END = "            アクセシビリティ: Accessibility"


def add_news_page(project) -> None:
    """Both files of a new page, the English one marked as translating the Japanese one."""
    (project / "docs" / "news.md").write_text(NEWS_JA, encoding="utf-8")
    (project / "docs" / "news.en.md").write_text(NEWS_EN, encoding="utf-8")
    mark_translated(project, "docs/news.en.md")


def test_a_menu_entry_without_its_english_name_stops_with_the_line_to_add(project, tmp_path):
    add_news_page(project)
    edit(project, "mkdocs.yml", MENU_END, MENU_END + "\n  - お知らせ: news.md")
    entry = line_of(project, "mkdocs.yml", "  - お知らせ: news.md")
    last = line_of(project, "mkdocs.yml", NAMES_END)
    out = assert_fails(
        project,
        tmp_path,
        f"mkdocs.yml の {last} 行目（en の nav_translations: の最後の行「アクセシビリティ: Accessibility」）の次",
        f"Add this line after line {last} of mkdocs.yml",
    )
    assert findings(out) == [("menu.E001", "mkdocs.yml", entry)], out
    # The exact line, indented like the others under nav_translations:
    assert "\n            お知らせ: （英語の名前）\n" in out
    # Pasted as shown, it still stops: the placeholder is not an English name.
    edit(project, "mkdocs.yml", NAMES_END, NAMES_END + "\n            お知らせ: （英語の名前）")
    out = assert_fails(project, tmp_path / "again")
    assert findings(out) == [("menu.E004", "mkdocs.yml", last + 1)], out


def test_a_page_added_as_the_guide_says_builds_with_its_english_menu_name(project, tmp_path):
    add_news_page(project)
    edit(project, "mkdocs.yml", MENU_END, MENU_END + "\n  - お知らせ: news.md")
    edit(project, "mkdocs.yml", NAMES_END, NAMES_END + "\n            お知らせ: News")
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    menu = result.html("en/index.html").select_one("nav.md-nav--primary").get_text(" ", strip=True)
    assert "News" in menu and "お知らせ" not in menu
    assert "お知らせ" in result.html("index.html").select_one("nav.md-nav--primary").get_text()


def test_page_not_in_the_menu_and_menu_entry_without_page_are_findings_at_their_place(project, tmp_path):
    add_news_page(project)
    edit(project, "mkdocs.yml", MENU_END, MENU_END + "\n  - 資料: papers.md")
    edit(project, "mkdocs.yml", NAMES_END, NAMES_END + "\n            資料: Papers")
    entry = line_of(project, "mkdocs.yml", "  - 資料: papers.md")
    out = assert_fails(project, tmp_path, "not_in_nav: に「  /news.md」の行を足してください")
    assert findings(out) == [("menu.E005", "docs/news.md", None), ("menu.E006", "mkdocs.yml", entry)], out
    assert "The following pages exist in the docs directory" not in out
    assert "docs/news.en.md はメニュー" not in out  # said once, of the file in the menu's names
    assert out.count("「papers.md」がありません") == 1  # once, not once per language


def test_a_new_page_without_its_header_is_stopped(project, tmp_path):
    """Without title and description every such page would get the whole site's description."""
    (project / "docs" / "news.md").write_text("# お知らせ\n\nお知らせはまだありません。\n", encoding="utf-8")
    (project / "docs" / "news.en.md").write_text("---\ntitle: News\n---\n\n# News\n", encoding="utf-8")
    mark_translated(project, "docs/news.en.md")
    edit(project, "mkdocs.yml", MENU_END, MENU_END + "\n  - お知らせ: news.md")
    edit(project, "mkdocs.yml", NAMES_END, NAMES_END + "\n            お知らせ: News")
    out = assert_fails(project, tmp_path, "description: このページの内容の説明（1 文）")
    assert findings(out) == [("page.E019", "docs/news.en.md", 1), ("page.E018", "docs/news.md", 1)], out


def test_broken_link_missing_image_and_unrecognised_link_are_findings_at_their_line(project, tmp_path):
    edit(project, "docs/index.md", "[閲覧場所](places.md)", "[閲覧場所](placse.md)")
    link = line_of(project, "docs/index.md", "(placse.md)")
    edit(
        project,
        "docs/comment.md",
        "## 素案を読む {#reading}\n",
        "## 素案を読む {#reading}\n\n![地図](assets/map.png)\n",
    )
    image = line_of(project, "docs/comment.md", "(assets/map.png)")
    edit(project, "docs/places.md", "# 素案の閲覧場所\n", "# 素案の閲覧場所\n\n[意見の送り方](comment)\n")
    bare = line_of(project, "docs/places.md", "(comment)")
    mark_translated(project, "docs/index.en.md", "docs/comment.en.md", "docs/places.en.md")
    out = assert_fails(project, tmp_path, "「comment.md」のことではありませんか。", "Did you mean 'comment.md'?")
    assert findings(out) == [
        ("page.E027", "docs/comment.md", image),
        ("page.E020", "docs/index.md", link),
        ("page.E025", "docs/places.md", bare),
    ], out
    assert not re.search(r"WARNING\s+-\s+Doc file", out), out  # no English-only warning of MkDocs is left
    assert "docs/print-notice.md" not in out  # the whole-document page's repeat is not shown


def test_mkdocs_own_warnings_are_explained_as_findings_in_process(tmp_path):
    """MkDocs' own words for a missing anchor, a link starting with /, a missing page, a page not built, as it
    logs them, rewritten as findings at the line where the link is typed."""
    from types import SimpleNamespace

    from sitebuild.explain import Explainer

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# ホーム\n\n[期間](comment.md#kikan)\n\n[閲覧場所](/places.md)\n")
    (tmp_path / "mkdocs.yml").write_text("nav:\n  - ホーム: index.md\n  - 資料: papers.md\n")
    explainer = Explainer()
    explainer.configure(
        SimpleNamespace(docs_dir=str(tmp_path / "docs"), config_file_path=str(tmp_path / "mkdocs.yml"), nav=[])
    )

    def place(message):
        return [(f.id, f.file, f.line) for f in explainer.findings(message)]

    anchor = (
        "Doc file 'index.md' contains a link 'comment.md#kikan', but the doc 'comment.md' does not contain an "
        "anchor '#kikan'."
    )
    assert place(anchor) == [("page.E023", "docs/index.md", 3)]
    assert "「kikan」という見出しが" in explainer.explain(anchor)
    absolute = "Doc file 'index.md' contains an absolute link '/places.md', it was left as is."
    assert place(absolute) == [("page.E026", "docs/index.md", 5)]
    missing = "A reference to 'papers.md' is included in the 'nav' configuration, which is not found in the docs."
    assert place(missing) == [("menu.E006", "mkdocs.yml", 3)]
    assert place("Error reading page 'index.md':") == [("page.E029", "docs/index.md", None)]
    assert place("Error reading page 'index.md': bad thing") == [("page.E028", "docs/index.md", None)]
    assert explainer.explain("Some other message of MkDocs.") is None


def test_a_menu_entry_without_its_colon_is_told_at_its_line(project, tmp_path):
    edit(project, "mkdocs.yml", "  - 閲覧場所: places.md", "  - 閲覧場所 places.md")
    entry = line_of(project, "mkdocs.yml", "  - 閲覧場所 places.md")
    out = assert_fails(project, tmp_path, "「- 名前: ファイル名.md」の形に")
    assert findings(out) == [("menu.E005", "docs/places.md", None), ("menu.E011", "mkdocs.yml", entry)], out
