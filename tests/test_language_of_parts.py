"""Language of parts (WCAG 2.1 3.1.2): every built page marks the text in the other language with lang,
and the interface texts are in the page's language (hooks/lib/sitebuild/check/language.py,
hooks/lib/sitebuild/language_of_parts.py)."""

from __future__ import annotations

import re

import pytest

from conftest import assert_fails, build, edit, lang_of, line_of, mark_translated
from sitebuild.language_of_parts import findings
from told import told


def _all_pages(site):
    return sorted(p.relative_to(site.site).as_posix() for p in site.site.rglob("*.html"))


def test_every_built_page_marks_the_other_language(site):
    pages = _all_pages(site)
    assert "en/404.html" in pages and "en/print-strategy.html" in pages and len(pages) > 30
    found = {
        rel: [(p.where, p.text) for p in parts]
        for rel in pages
        if (parts := findings((site.site / rel).read_text(encoding="utf-8"), lang_of(rel)))
    }
    assert found == {}


def test_english_pages_speak_english_in_their_interface(site):
    page = site.html("en/basic-policy.html")
    titles = {a["title"] for a in page.select("a.headerlink")}
    assert titles == {"Link to this heading"}
    assert page.select_one(".md-select > button")["aria-label"] == "Language"
    ja = site.html("basic-policy.html")
    assert {a["title"] for a in ja.select("a.headerlink")} == {"この見出しへのリンク"}


def test_names_in_japanese_on_english_pages_carry_lang_ja(site):
    places = site.html("en/places.html")
    palea = places.find(id="place-palea")
    assert palea.find(lang="ja").get_text() == "くまもと県民交流館パレア テトリア熊本ビル9階"
    home = site.html("en/index.html")
    assert home.select_one("article").find("span", lang="ja").get_text() == "やさしい にほんご"
    menu = home.select_one("a.md-select__link--easy")
    assert menu["lang"] == "ja" and menu["hreflang"] == "ja"


# ---------------------------------------------------------------- the rule itself, in process


@pytest.mark.parametrize(
    "html, lang, expected",
    [
        ('<p>See <span lang="ja">調整中</span> here.</p>', "en", []),
        ("<p>Shown as 調整中 here.</p>", "en", ["調整中"]),
        ('<div lang="ja"><p>やさしい <b>にほんご</b></p></div>', "en", []),
        ('<a title="この見出しへのリンク" href="#x">¶</a>', "en", ["この見出しへのリンク"]),
        ('<button aria-label="Language / 言語"></button>', "en", ["言語"]),
        ('<div data-pagefind-meta="title:熊本"></div>', "en", []),  # data for a script, not read out
        ('<p data-text-open="募集中">Open</p>', "en", ["募集中"]),  # shown by the banner's script
        ("<p><code>調整中</code></p>", "en", []),
        ("<p>やさしい にほんご（ふりがな）</p>", "en", ["やさしい にほんご（ふりがな）"]),
        ("<p>再エネ100宣言 RE Action参加数</p>", "ja", []),  # two Latin words: a name
        ("<p>熊本県 Kumamoto Prefecture の KPI と SDGs</p>", "ja", []),
        ("<p>詳しくは https://www.pref.kumamoto.jp/some/long/page へ</p>", "ja", []),
        ("<p>これは Please contact each venue です</p>", "ja", ["Please contact each venue"]),
        ('<p>これは <span lang="en">Please contact each venue</span> です</p>', "ja", []),
        ('<img alt="Map of the prefecture" src="a.png">', "ja", ["Map of the prefecture"]),
    ],
)
def test_what_counts_as_the_other_language(html, lang, expected):
    page = f'<html lang="{lang}"><head><title>t</title></head><body>{html}</body></html>'
    assert [p.text for p in findings(page, lang)] == expected


# ---------------------------------------------------------------- a slip stops the build at its line


def test_japanese_typed_into_an_english_page_stops_the_build_at_its_line(project, tmp_path):
    edit(project, "docs/comment.en.md", "## Comment period", "## Comment period\n\nThe period is 募集期間.")
    line = line_of(project, "docs/comment.en.md", "募集期間")
    output = assert_fails(project, tmp_path)
    # named once, at the page staff edit, never at a generated print page that holds the same text
    assert told(output) == [("lang.E001", "docs/comment.en.md", line)], output


def test_marking_the_japanese_with_a_span_builds(project, tmp_path):
    edit(
        project,
        "docs/comment.en.md",
        "## Comment period",
        '## Comment period\n\nIn Japanese: <span lang="ja">募集期間</span>.',
    )
    result = build(project, tmp_path / "out")
    assert result.returncode == 0, result.output
    assert result.html("en/comment.html").find("span", lang="ja").get_text() == "募集期間"


def test_japanese_in_the_english_of_a_data_file_is_told_to_be_written_in_english(project, tmp_path):
    """A data file's text cannot carry <span lang="ja">: the data check finds it before the build (data.E066), at
    the data file's line, with a fix that works in a data file (lang.E003 stays for what the data check cannot see)."""
    path = project / "data" / "strategy.yml"
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(n for n, line in enumerate(lines) if re.match(r"\s+en: [A-Z][a-z]+ [a-z]+ [a-z]+", line))
    lines[number] += " 延べ宿泊者"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = assert_fails(project, tmp_path)
    assert told(output) == [("data.E066", "data/strategy.yml", number + 1)], output
    assert "span" not in output.split("[data.E066]", 1)[1], output


def test_an_english_sentence_on_a_japanese_page_stops_the_build(project, tmp_path):
    edit(
        project,
        "docs/places.md",
        "各施設にお問い合わせください。",
        "各施設にお問い合わせください。Please contact each venue.",
    )
    mark_translated(project, "docs/places.en.md")
    line = line_of(project, "docs/places.md", "Please contact each venue")
    output = assert_fails(project, tmp_path)
    assert told(output) == [("lang.E002", "docs/places.md", line)], output
