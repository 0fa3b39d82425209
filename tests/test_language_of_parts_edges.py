"""Language of parts, edge by edge (hooks/lib/sitebuild/language_of_parts.py): which texts and attributes are
read, with which nearest lang, and in which order the findings come (the order of a walk down the page). Each
case's HTML is also the Markdown file it comes from (docs/case.md): each finding is a row (id, file, line, the
text found, where) — lang.E001/E002 where the Markdown holds it, E005/E006 at the built page where it does not (a text
of one character is not looked for). The rows were checked to be the runs the check found before its findings
got ids (issue 26)."""

# ruff: noqa: E501  (one case a line)
from __future__ import annotations

import pytest

from sitebuild.language_of_parts import findings, placed

MD, BUILT = "docs/case.md", "site/case.html"


def _page(html: str, lang: str) -> str:
    if html.lstrip().startswith("<html") or not html.strip():
        return html
    return f'<html lang="{lang}"><head><title>t</title></head><body>{html}</body></html>'


CASES = [  # (the page's HTML, its language, the findings: (id, file, line, the text found, where))
    (
        '<div lang="ja"><p>日本<span lang="en">英 <b>語</b></span>です</p></div>',
        "en",
        [("lang.E005", BUILT, 1, "英", "<span>"), ("lang.E005", BUILT, 1, "語", "<b>")],
    ),
    ('<div lang="ja"><p lang="">やさしい</p></div>', "en", []),
    ('<div lang="ja"><p lang="" xml:lang="">やさしい</p></div>', "en", []),
    ('<div xml:lang="ja"><p>やさしい</p></div>', "en", [("lang.E001", MD, 1, "やさしい", "<p>")]),
    ('<p lang=" JA-jp ">日本語</p><p lang="jax">日本語</p>', "en", [("lang.E001", MD, 1, "日本語", "<p>")]),
    (
        '<p lang="EN-GB">Please contact each venue</p><p lang="eng">Please contact each venue</p>',
        "ja",
        [("lang.E002", MD, 1, "Please contact each venue", "<p>")],
    ),
    (
        '<p><span lang="ja">調整中</span>の後 and <code>コード</code>のあと<!-- 注釈 -->コメント後</p>',
        "en",
        [
            ("lang.E001", MD, 1, "の後", "<p>"),
            ("lang.E001", MD, 1, "のあと", "<p>"),
            ("lang.E001", MD, 1, "コメント後", "<p>"),
        ],
    ),
    (
        "<ul><li>一<ul><li>二</li></ul>三</li><li>四</li></ul>五",
        "en",
        [
            ("lang.E005", BUILT, 1, "五", "<body>"),
            ("lang.E005", BUILT, 1, "一", "<li>"),
            ("lang.E005", BUILT, 1, "三", "<li>"),
            ("lang.E005", BUILT, 1, "二", "<li>"),
            ("lang.E005", BUILT, 1, "四", "<li>"),
        ],
    ),
    (
        '<p>first <i>二番</i> then 三番 <b lang="ja">四番</b> 五番</p>',
        "en",
        [("lang.E001", MD, 1, "三番", "<p>"), ("lang.E001", MD, 1, "五番", "<p>"), ("lang.E001", MD, 1, "二番", "<i>")],
    ),
    (
        '<pre title="題">整形</pre><kbd>キー</kbd><samp>出力</samp><template><p>型</p></template><script>var a = "台本";</script><style>/* 様式 */</style><textarea>入力欄</textarea>',
        "en",
        [("lang.E001", MD, 1, "入力欄", "<textarea>")],
    ),
    ('<code><span title="名前">中身</span></code>後ろ', "en", [("lang.E001", MD, 1, "後ろ", "<body>")]),
    (
        '<a title="題" aria-label="札" aria-description="説明" aria-roledescription="役" href="#">x</a>',
        "en",
        [
            ("lang.E005", BUILT, 1, "題", "<a title>"),
            ("lang.E005", BUILT, 1, "札", "<a aria-label>"),
            ("lang.E001", MD, 1, "説明", "<a aria-description>"),
            ("lang.E005", BUILT, 1, "役", "<a aria-roledescription>"),
        ],
    ),
    (
        '<img alt="地図" title="題名" src="a.png"><input placeholder="入力" type="submit" value="送信">',
        "en",
        [
            ("lang.E001", MD, 1, "題名", "<img title>"),
            ("lang.E001", MD, 1, "地図", "<img alt>"),
            ("lang.E001", MD, 1, "入力", "<input placeholder>"),
            ("lang.E001", MD, 1, "送信", "<input value>"),
        ],
    ),
    (
        '<button type="button" value="押す">b</button><button value="押さない">c</button>',
        "en",
        [("lang.E001", MD, 1, "押す", "<button value>")],
    ),
    (
        '<input type="RESET" value="戻す"><input type="text" value="文字">',
        "en",
        [("lang.E001", MD, 1, "戻す", "<input value>")],
    ),
    (
        '<p data-text-open="募集中" data-text-closed="" data-pagefind-meta="題:熊本" data-text="本文">Open</p>',
        "en",
        [("lang.E001", MD, 1, "募集中", "<p data-text-open>")],
    ),
    (
        '<span lang="ja" title="日本語の題">和文</span><span lang="en" title="英語の題">Eng</span>',
        "en",
        [("lang.E001", MD, 1, "英語の題", "<span title>")],
    ),
    (
        '<a title="Go to the top" aria-label="to the top of the page">上へ</a>',
        "ja",
        [
            ("lang.E002", MD, 1, "Go to the top", "<a title>"),
            ("lang.E002", MD, 1, "to the top of the page", "<a aria-label>"),
        ],
    ),
    (
        '<html lang="en"><head><title>題名 page</title><meta name="description" content="説明文"><meta property="og:title" content="題"><meta name="keywords" content="鍵"><meta name="Twitter:Description" content="呟き"><noscript>無効</noscript></head><body><p>本文</p><svg><title>図題</title></svg></body></html>',
        "en",
        [
            ("lang.E001", MD, 1, "題名", "<title>"),
            ("lang.E001", MD, 1, "説明文", "<meta content>"),
            ("lang.E005", BUILT, 1, "題", "<meta content>"),
            ("lang.E001", MD, 1, "呟き", "<meta content>"),
            ("lang.E001", MD, 1, "本文", "<p>"),
            ("lang.E001", MD, 1, "図題", "<title>"),
        ],
    ),
    (
        "<p>詳細 see https://example.org/a b c 及び mail info.x@pref.kumamoto.lg.jp now and then</p>",
        "ja",
        [("lang.E002", MD, 1, "see   b c", "<p>"), ("lang.E002", MD, 1, "mail   now and then", "<p>")],
    ),
    (
        "<p>表示 &lt;input autofocus&gt; is shown here と <code>one two three</code></p>",
        "ja",
        [("lang.E002", MD, 1, "is shown here", "<p>")],
    ),
    (
        "<p>It's the people’s choice, well-known plan と One, two, three</p>",
        "ja",
        [
            ("lang.E002", MD, 1, "It's the people’s choice, well-known plan", "<p>"),
            ("lang.E002", MD, 1, "One, two, three", "<p>"),
        ],
    ),
    ("<p>A B</p><p>A B C</p><p>X1 Y2 Z3</p>", "ja", [("lang.E002", MD, 1, "A B C", "<p>")]),
    (
        '<div title="外題">外<p title="内題">内<span>奥</span>尾</p>後</div>',
        "en",
        [
            ("lang.E001", MD, 1, "外題", "<div title>"),
            ("lang.E005", BUILT, 1, "外", "<div>"),
            ("lang.E005", BUILT, 1, "後", "<div>"),
            ("lang.E001", MD, 1, "内題", "<p title>"),
            ("lang.E005", BUILT, 1, "内", "<p>"),
            ("lang.E005", BUILT, 1, "尾", "<p>"),
            ("lang.E005", BUILT, 1, "奥", "<span>"),
        ],
    ),
    (
        "<p>&#x65E5;&#26412; and &amp; &yen; &#xFF08;</p>",
        "en",
        [("lang.E001", MD, 1, "日本", "<p>"), ("lang.E001", MD, 1, "（", "<p>")],
    ),
    ("", "en", []),
    ("   ", "ja", []),
]


@pytest.mark.parametrize("html, lang, expected", CASES)
def test_findings_edge_by_edge(html, lang, expected, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / MD).write_text(html, encoding="utf-8")
    found = placed(findings(_page(html, lang), lang), "case.html", lang, [tmp_path / MD], tmp_path / "data")
    assert [(f.id, f.file, f.line, f.params["text"], f.params["element"]) for f in found] == expected


def test_the_same_text_is_judged_by_its_place_each_time():
    # A text seen before (cached) is still judged by where it stands: marked once, unmarked the next time.
    html = '<p lang="ja">同じ文</p><p>同じ文</p><p title="同じ文">x</p><p lang="ja" title="同じ文">y</p>'
    assert [(p.text, p.where) for p in findings(_page(html, "en"), "en")] == [
        ("同じ文", "<p>"),
        ("同じ文", "<p title>"),
    ]
