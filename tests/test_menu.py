"""The menu in both languages (hooks/2_validate/menu.py) and MkDocs' own warnings about pages, links and the
menu explained for staff, at the file and line (hooks/1_run/explain.py): each slip on a project copy."""

from __future__ import annotations

import re

from conftest import assert_fails, build, edit, line_of, mark_translated

NEWS_JA = "---\ntitle: お知らせ\n---\n\n# お知らせ\n\nお知らせはまだありません。\n"
NEWS_EN = "---\ntitle: News\n---\n\n# News\n\nThere is no news yet.\n"
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
        f"メニューの誤り: mkdocs.yml の {entry} 行目: メニュー（nav:）の「お知らせ」に英語の名前がありません",
        f"mkdocs.yml の {last} 行目（en の nav_translations: の最後の行「アクセシビリティ: Accessibility」）の次",
        f"Menu error: mkdocs.yml, line {entry}: the menu entry (nav:) 「お知らせ」 has no English name",
        f"Add this line after line {last} of mkdocs.yml",
    )
    # The exact line, indented like the others under nav_translations:
    assert "\n            お知らせ: （英語の名前）\n" in out
    # Pasted as shown, it still stops: the placeholder is not an English name.
    edit(project, "mkdocs.yml", NAMES_END, NAMES_END + "\n            お知らせ: （英語の名前）")
    assert_fails(project, tmp_path / "again", f"mkdocs.yml の {last + 1} 行目", "which is not English")


def test_a_page_added_as_the_guide_says_builds_with_its_english_menu_name(project, tmp_path):
    add_news_page(project)
    edit(project, "mkdocs.yml", MENU_END, MENU_END + "\n  - お知らせ: news.md")
    edit(project, "mkdocs.yml", NAMES_END, NAMES_END + "\n            お知らせ: News")
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    menu = result.html("en/index.html").select_one("nav.md-nav--primary").get_text(" ", strip=True)
    assert "News" in menu and "お知らせ" not in menu
    assert "お知らせ" in result.html("index.html").select_one("nav.md-nav--primary").get_text()


def test_page_not_in_the_menu_and_menu_entry_without_page_are_explained(project, tmp_path):
    add_news_page(project)
    edit(project, "mkdocs.yml", MENU_END, MENU_END + "\n  - 資料: papers.md")
    edit(project, "mkdocs.yml", NAMES_END, NAMES_END + "\n            資料: Papers")
    entry = line_of(project, "mkdocs.yml", "  - 資料: papers.md")
    out = assert_fails(
        project,
        tmp_path,
        "メニューの誤り: docs/news.md はメニュー（mkdocs.yml の nav:）にありません",
        "not_in_nav: に「  /news.md」の行を足してください",
        "Menu error: docs/news.md is not in the menu (nav: in mkdocs.yml).",
        f"メニューの誤り: mkdocs.yml の {entry} 行目: メニュー（nav:）のページ「papers.md」がありません",
        f"Menu error: mkdocs.yml, line {entry}: the menu (nav:) names the page 'papers.md', which does not exist.",
    )
    assert "The following pages exist in the docs directory" not in out
    assert "docs/news.en.md はメニュー" not in out  # said once, of the file in the menu's names
    assert out.count("「papers.md」がありません") == 1  # once, not once per language


def test_broken_link_missing_image_and_unrecognised_link_are_explained_at_their_line(project, tmp_path):
    edit(project, "docs/index.md", "[閲覧場所](places.md)", "[閲覧場所](placse.md)")
    link = line_of(project, "docs/index.md", "(placse.md)")
    edit(project, "docs/comment.md", "## 素案を読む\n", "## 素案を読む\n\n![地図](assets/map.png)\n")
    image = line_of(project, "docs/comment.md", "(assets/map.png)")
    edit(project, "docs/places.md", "# 素案の閲覧場所\n", "# 素案の閲覧場所\n\n[意見の送り方](comment)\n")
    bare = line_of(project, "docs/places.md", "(comment)")
    mark_translated(project, "docs/index.en.md", "docs/comment.en.md", "docs/places.en.md")
    out = assert_fails(
        project,
        tmp_path,
        f"リンクの誤り: docs/index.md の {link} 行目: リンク先「placse.md」のページ（ファイル）がありません",
        f"Link error: docs/index.md, line {link}: the link 'placse.md' leads to no page",
        f"リンクの誤り: docs/comment.md の {image} 行目: 画像「assets/map.png」が見つかりません",
        f"Link error: docs/comment.md, line {image}: the image 'assets/map.png' is not found.",
        f"リンクの誤り: docs/places.md の {bare} 行目: リンク「comment」はページのファイル名として読めません",
        f"Link error: docs/places.md, line {bare}: the link 'comment' is not a page's file name.",
        "「comment.md」のことではありませんか。",
    )
    assert not re.search(r"WARNING\s+-\s+Doc file", out), out  # no English-only warning of MkDocs is left
    assert "docs/print-notice.md: リンク先" not in out  # the whole-document page's repeat is not shown


def test_mkdocs_anchor_and_absolute_link_warnings_are_explained_in_process(tmp_path):
    """MkDocs' own words for a missing anchor and a link starting with /, as it logs them, rewritten."""
    from types import SimpleNamespace

    from sitebuild.explain import Explainer

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# ホーム\n\n[期間](comment.md#kikan)\n\n[閲覧場所](/places.md)\n")
    (tmp_path / "mkdocs.yml").write_text("nav: []\n")
    explainer = Explainer()
    explainer.configure(
        SimpleNamespace(docs_dir=str(tmp_path / "docs"), config_file_path=str(tmp_path / "mkdocs.yml"), nav=[])
    )
    anchor = explainer.explain(
        "Doc file 'index.md' contains a link 'comment.md#kikan', but the doc 'comment.md' does not contain an "
        "anchor '#kikan'."
    )
    assert anchor.startswith("リンクの誤り: docs/index.md の 3 行目: リンク「comment.md#kikan」の # のあとの「kikan」")
    assert "\n  Link error: docs/index.md, line 3: the link 'comment.md#kikan'" in anchor
    absolute = explainer.explain("Doc file 'index.md' contains an absolute link '/places.md', it was left as is.")
    assert absolute.startswith("リンクの誤り: docs/index.md の 5 行目: リンク「/places.md」は / で始まっています")
    reading = explainer.explain("Error reading page 'index.md':")
    assert reading == (
        "ページの誤り: docs/index.md を作れませんでした。理由は次のとおりです。\n"
        "  Page error: docs/index.md could not be built; the reason follows."
    )
    assert explainer.explain("Some other message of MkDocs.") is None
