"""The checks of the built output as findings (issue 26): the allowlist (html.E…), the links (link.E…) and the
language of parts (lang.E…) of every page of both languages told together, once, sorted by file and line, at the
line of each finding, with nothing published; the theme's own ids refused in content (issue 28); a preview warns."""

from __future__ import annotations

import logging
import os
import re
import subprocess

import pytest

from conftest import MKDOCS, ROOT, assert_fails, line_of, mark_translated
from sitebuild import verdict
from sitebuild.language_of_parts import findings as language_findings
from sitebuild.language_of_parts import placed
from sitebuild.safe_html import check_fragment, findings
from sitedata.findings import FindingsError, finding
from told import told

IFRAME = '<iframe src="https://evil.example/7"></iframe>'
SCRIPT = "<script>alert(7)</script>"


def _append(project, rel: str, text: str) -> None:
    path = project / rel
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + text + "\n", encoding="utf-8")


def test_every_finding_of_both_languages_at_once_and_nothing_published(project, tmp_path):
    """Slips on a Japanese page, an English page and a link: one build tells all of them, sorted by file and
    line (the Japanese pages are built first, yet the build goes on to the English ones), and leaves nothing."""
    _append(project, "docs/places.md", f'{IFRAME}\n\n<div id="__config" markdown>x</div>\n\n## 見出し {{#__drawer}}')
    _append(project, "docs/places.md", '<span data-md-component="announce">x</span>')
    _append(project, "docs/comment.en.md", "The period is 募集期間.\n\n[Places](plaeces.md)")
    mark_translated(project, "docs/places.en.md")
    output = assert_fails(project, tmp_path)
    places = ["<iframe", "__config", "__drawer", "data-md-component"]
    lines = {text: line_of(project, "docs/places.md", text) for text in places}
    lines.update({text: line_of(project, "docs/comment.en.md", text) for text in ("募集期間", "plaeces")})
    assert told(output) == [
        ("lang.E001", "docs/comment.en.md", lines["募集期間"]),
        ("page.E020", "docs/comment.en.md", lines["plaeces"]),  # the pages' check names it; link.E001 not again
        ("html.E001", "docs/places.md", lines["<iframe"]),
        ("html.E014", "docs/places.md", lines["__config"]),
        ("html.E014", "docs/places.md", lines["__drawer"]),
        ("html.E015", "docs/places.md", lines["data-md-component"]),
    ], output
    assert output.count("ビルドを止めました") == 1, output  # one report, not one per page or per check
    site = tmp_path / "out"
    assert not site.exists() or list(site.iterdir()) == [], "a build with findings left files to publish"


def test_the_refused_snippet_is_named_at_its_own_line_not_at_the_same_text_before_it(project, tmp_path):
    """The same <iframe> and <script> written first where they are allowed (a code block, an HTML comment)
    and then where they are refused: each finding is at the line of the refused one (it named the first)."""
    _append(project, "docs/comment.en.md", f"```html\n{IFRAME}\n```\n\n<!-- {SCRIPT} -->\n\n{IFRAME}\n\n{SCRIPT}")
    text = (project / "docs/comment.en.md").read_text(encoding="utf-8").splitlines()
    iframe = [n for n, line in enumerate(text, 1) if line == IFRAME][-1]
    script = [n for n, line in enumerate(text, 1) if line == SCRIPT][-1]
    output = assert_fails(project, tmp_path)
    assert told(output) == [
        ("html.E001", "docs/comment.en.md", iframe),
        ("html.E002", "docs/comment.en.md", script),
    ], output


def test_two_identical_refused_snippets_are_each_named_at_their_line(tmp_path):
    """In process: the second of two identical refused snippets (and one in a table's row after the same text
    in a paragraph) is placed at its own line and column."""
    body = f"Text https://evil.example/7 first.\n\n{IFRAME}\n\n{IFRAME}\n\n| a | {IFRAME} |\n"
    source = tmp_path / "docs" / "page.md"
    source.parent.mkdir()
    source.write_text("---\ntitle: https://evil.example/7\n---\n" + body, encoding="utf-8")
    html = (
        "<p>Text https://evil.example/7 first.</p>\n"
        + f"{IFRAME}\n{IFRAME}\n<table>\n<tr>\n<td>a</td>\n<td>{IFRAME}</td>"
    )
    hits = check_fragment(html, "content", "")
    found = findings(hits, source, tmp_path, "page.html")
    assert [(f.id, f.file, f.line, f.column) for f in found] == [
        ("html.E001", "docs/page.md", 6, 14),
        ("html.E001", "docs/page.md", 8, 14),
        ("html.E001", "docs/page.md", 10, 20),
    ]


def test_broken_links_are_named_as_typed_at_their_line_never_in_a_print_page(project, tmp_path):
    """Three broken links in pages that are parts of printable pages: each told once (not again for the print
    page that holds the same text), at the line where it is typed (not the first line naming the same page)."""
    _append(project, "docs/index.md", "[意見の送り方](comment.md#kikan)")
    _append(project, "docs/places.md", "![地図](map.png)")
    _append(project, "docs/strategy.en.md", "[KPIs](#no-such-table)")
    mark_translated(project, "docs/index.en.md", "docs/places.en.md")
    anchor = line_of(project, "docs/index.md", "comment.md#kikan")
    assert anchor > line_of(project, "docs/index.md", "comment.md")  # not the first line naming comment.md
    output = assert_fails(project, tmp_path)
    assert told(output) == [
        ("link.E002", "docs/index.md", anchor),
        ("page.E027", "docs/places.md", line_of(project, "docs/places.md", "map.png")),
        ("link.E002", "docs/strategy.en.md", line_of(project, "docs/strategy.en.md", "#no-such-table")),
    ], output


def test_unmarked_japanese_is_named_at_its_line_not_where_the_same_words_are_marked(tmp_path):
    """In process: 募集期間 marked on one line and not on a later one: the finding is at the later line."""
    source = tmp_path / "docs" / "comment.en.md"
    source.parent.mkdir()
    source.write_text('# Period\n\nIn Japanese: <span lang="ja">募集期間</span>.\n\n募集期間\n', encoding="utf-8")
    page = (
        '<html lang="en"><head><title>t</title></head><body><h1>Period</h1>\n'
        '<p>In Japanese: <span lang="ja">募集期間</span>.</p>\n<p>募集期間</p></body></html>'
    )
    found = placed(language_findings(page, "en"), "en/comment.html", "en", [source], tmp_path)
    assert [(f.id, f.file, f.line) for f in found] == [("lang.E001", "docs/comment.en.md", 5)]


@pytest.mark.parametrize(
    "body, ids",
    [
        ('<div id="__config">{"base": "https://evil.example/"}</div>', ["html.E014"]),
        ('<h2 id="__search">x</h2><p id="__palette_1">y</p><span id="__toc"></span>', ["html.E014"] * 3),
        ('<p id="_one">x</p><p id="config">y</p><p id="a__config">z</p>', []),  # not the theme's
        ('<p data-md-component="header" data-md-state="x" data-x="1">x</p>', ["html.E015", "html.E015"]),
    ],
)
def test_the_themes_own_ids_and_data_md_attributes_are_refused_in_content(body, ids):
    assert [h.id for h in check_fragment(body, "content", "")] == ids
    assert check_fragment(f"<html><body>{body}</body></html>", "theme", "") == ()  # the theme's own are fine


def test_every_id_materials_templates_keep_for_themselves_is_refused_in_content():
    """Material's templates (the installed version) write these ids; each is refused in content (a new one
    in a new version of Material is caught here)."""
    import material

    templates = os.path.join(os.path.dirname(material.__file__), "templates")
    ids = set()
    for folder, _, names in os.walk(templates):
        for name in names:
            if name.endswith(".html"):
                with open(os.path.join(folder, name), encoding="utf-8") as text:
                    ids.update(re.findall(r'\bid="(__[^"{]*)', text.read()))
    assert {"__config", "__drawer", "__search", "__toc", "__palette_"} <= ids
    refused = {i for i in ids if check_fragment(f'<p id="{i}0">x</p>', "content", "")}
    assert refused == ids


def test_a_preview_build_warns_each_finding_once_never_of_a_print_page_and_builds(project, tmp_path):
    _append(project, "docs/comment.en.md", f"{IFRAME}\n\nThe period is 募集期間.\n\n[Places](plaeces.md)")
    result = subprocess.run(
        [*MKDOCS, "build", "--no-strict", "-f", str(project / "mkdocs.yml"), "-d", str(tmp_path / "out")],
        cwd=project,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    warned = re.findall(r"^WARNING\s+-\s+\[([a-z]+\.E\d{3})\] \S+: (\S+) の (\d+) 行目", output, re.M)
    iframe, japanese = line_of(project, "docs/comment.en.md", "<iframe"), line_of(project, "docs/comment.en.md", "募集")
    link = line_of(project, "docs/comment.en.md", "plaeces")
    # each once: not again for en/print-notice.html, which holds comment.en.md's text
    assert warned == [
        ("html.E001", "docs/comment.en.md", str(iframe)),
        ("lang.E001", "docs/comment.en.md", str(japanese)),
        ("page.E020", "docs/comment.en.md", str(link)),
    ], output
    assert "print-" not in "".join(re.findall(r"^WARNING\s+-\s+\[.*$", output, re.M)), output
    assert (tmp_path / "out" / "en" / "comment.html").exists()


def test_one_strict_or_warn_step_for_every_check(caplog):
    slips = [finding("html.E007", "docs/b.md", 3, element="<p>"), finding("link.E001", "docs/a.md", 9, link="x.md")]
    verdict.start()
    verdict.add(slips)
    verdict.add(slips[:1])  # the same finding again (a page built twice): told once
    with pytest.raises(FindingsError) as raised:
        verdict.settle(True, logging.getLogger("test"))
    assert [(f.id, f.file, f.line) for f in raised.value.findings] == [
        ("link.E001", "docs/a.md", 9),
        ("html.E007", "docs/b.md", 3),
    ]
    verdict.settle(True, logging.getLogger("test"))  # settled: nothing left to tell
    with caplog.at_level(logging.WARNING):
        verdict.tell(slips, False, logging.getLogger("test"))
    assert [r.getMessage().split("]")[0] for r in caplog.records] == ["[link.E001", "[html.E007"]


def test_the_theme_id_finding_names_the_id_in_both_languages():
    """The one test of this area that reads a message's words: the value found fills both languages."""
    f = finding("html.E014", "docs/x.md", 4, value="__config", element='<div id="__config">')
    assert 'id="__config"' in f.ja and 'id="__config"' in f.en and "__" in f.fix_ja and "__" in f.fix_en


def test_the_output_checks_write_no_words_of_their_own():
    """Their words live in the catalogue (hooks/lib/sitedata/catalogue/html.yml, link.yml, lang.yml)."""
    files = ["hooks/check.py", *(f"hooks/lib/sitebuild/check/{n}.py" for n in ("safe_output", "links", "language"))]
    files += [f"hooks/lib/sitebuild/{n}.py" for n in ("safe_html", "allowlist", "language_of_parts", "sources")]
    japanese = re.compile(r"[\u3040-\u30ff]")
    for rel in files:
        code = [line for line in (ROOT / rel).read_text(encoding="utf-8").splitlines() if line.lstrip()[:1] not in "#"]
        strings = [line for line in code if japanese.search(line) and ('"' in line or "'" in line)]
        assert strings == [], rel
