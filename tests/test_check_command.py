"""Stage 3's checks as a command on any built folder (``python -m sitebuild.check SITE_DIR``,
hooks/lib/sitebuild/check/): the real site passes; a copy of it with slips put into a built page's content (an
event attribute, Japanese without ``lang`` on an English page, a broken link) is told, each finding at its place,
and the command exits 1. And the content of each built page is found in it as MkDocs rendered it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from conftest import ROOT
from sitebuild.check.pages import ARTICLE, built_pages, content
from told import told

SLIP = '<p onclick="steal()">Send it to 試験語句, <a href="nowhere.html">here</a>.</p>'


def _check(site) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("SITE_URL", None)
    command = [sys.executable, "-m", "sitebuild.check", str(site), "--config", str(ROOT / "mkdocs.yml")]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_the_built_site_passes(site):
    result = _check(site.site)
    assert result.returncode == 0, result.stdout + result.stderr
    pages = len(list(site.site.rglob("*.html")))
    assert result.stdout.splitlines()[-1].strip() == f"{pages} pages checked: no problems found."


def test_slips_in_a_built_page_are_told_at_their_places(site, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site.site, copy)
    page = copy / "en" / "comment.html"
    html = page.read_text(encoding="utf-8")
    heading = html.index("</h1>\n", html.index(ARTICLE)) + len("</h1>\n")
    page.write_text(html[:heading] + SLIP + "\n" + html[heading:], encoding="utf-8")
    line = html[:heading].count("\n") + 1  # the slip's line in the built page
    text = content(page.read_text(encoding="utf-8"))
    in_content = text[: text.index(SLIP)].count("\n") + 1  # and in the page's content (safe_html's lines)
    result = _check(copy)
    assert result.returncode == 1
    assert told(result.stdout) == [
        ("link.E003", "docs/comment.en.md", None),  # not typed in the Markdown: made by the build
        ("html.E006", "site/en/comment.html", in_content),  # by file and line: the content's line comes first
        ("lang.E005", "site/en/comment.html", line),  # in no Markdown, data file or mkdocs.yml: the page itself
    ], result.stdout


def test_the_content_of_each_page_is_what_was_rendered_from_its_markdown(site):
    """Each built page's content starts where its Markdown's first element does and holds its last one."""
    for page in built_pages(site.site, ROOT / "docs"):
        if page.not_found or page.source is None:
            continue
        text = content(page.path.read_text(encoding="utf-8"))
        assert text.startswith("<") and not text.startswith(
            ('<ul class="print-downloads"', '<div class="print-frame')
        ), page.rel
        assert ARTICLE not in text and "</article>" not in text, page.rel


def test_the_content_is_found_without_the_frame_and_materials_title():
    frame = '<ul class="print-downloads"><li>p</li></ul><div class="print-frame print-frame--head"><p>h</p></div>'
    foot = '<div class="print-frame print-frame--foot"><p>f</p></div>'
    text = "<p>text</p>\n<h2 id=a>b</h2>"
    page = f"<body>{ARTICLE}\n  {frame}\n  \n\n<h1>Title</h1>\n{text}\n\n  {foot}\n  </article></body>"
    assert content(page) == text
    own = page.replace("<h2 id=a>b</h2>", "<h1 id=a>b</h1>")  # a <h1> of the text's own: Material adds none
    assert content(own) == "<h1>Title</h1>\n<p>text</p>\n<h1 id=a>b</h1>"
    ruby = '<p><ruby>熊本<rt aria-hidden="true" data-pagefind-ignore>くまもと</rt></ruby>へ</p>'
    assert content(f"{ARTICLE}\n{ruby}\n</article>") == "<p>熊本へ</p>"  # a furigana: always page's readings
    assert content("<p>no article</p>") == ""


def test_a_page_that_passed_is_not_parsed_again_and_a_finding_is_told_by_every_build(site, tmp_path, monkeypatch):
    """The build cache keeps a page's pass (with its links and ids) under its bytes and the code: an unchanged
    page is not parsed by the next build; a page with a slip is parsed, and its finding told, every time."""
    from sitebuild import cache, check, htmltree

    monkeypatch.setattr(cache, "folder", lambda kind: (tmp_path / "cache" / kind).mkdir(parents=True, exist_ok=True)
                        or tmp_path / "cache" / kind)  # fmt: skip
    copy = tmp_path / "site"
    shutil.copytree(site.site, copy)
    page = copy / "en" / "comment.html"
    html = page.read_text(encoding="utf-8")
    heading = html.index("</h1>\n", html.index(ARTICLE)) + len("</h1>\n")
    page.write_text(html[:heading] + '<p onclick="steal()">Send it.</p>\n' + html[heading:], encoding="utf-8")
    project = check.Project(copy, ROOT, ROOT / "docs", ROOT / "data", ROOT / "mkdocs.yml", "", {}, with_links=False)
    parsed = []
    parse = htmltree.parse
    monkeypatch.setattr(htmltree, "parse", lambda text: parsed.append(text) or parse(text))
    first = check.findings(project)
    assert len(parsed) == len(list(copy.rglob("*.html")))  # the first build parses every page
    parsed.clear()
    again = check.findings(project)
    assert [f.id for f in again] == [f.id for f in first] == ["html.E006"]
    assert len(parsed) == 1 and "steal()" in parsed[0]  # only the page with the slip is parsed again
