"""Language of parts, edge by edge (hooks/lib/sitebuild/language_of_parts.py): which texts and attributes are
read, with which nearest lang, and in which order the findings come (the order of the build's message). Each
expected list is what the check said before it was made faster (issue 20 part 2): a change of behaviour fails
here."""

from __future__ import annotations

import pytest

from sitebuild.language_of_parts import findings


def _page(html: str, lang: str) -> str:
    if html.lstrip().startswith("<html") or not html.strip():
        return html
    return f'<html lang="{lang}"><head><title>t</title></head><body>{html}</body></html>'


CASES = [
    (
        '<div lang="ja"><p>日本<span lang="en">英 <b>語</b></span>です</p></div>',
        "en",
        [("英", "<span>", "英"), ("語", "<b>", "語")],
    ),
    ('<div lang="ja"><p lang="">やさしい</p></div>', "en", []),
    ('<div lang="ja"><p lang="" xml:lang="">やさしい</p></div>', "en", []),
    ('<div xml:lang="ja"><p>やさしい</p></div>', "en", [("やさしい", "<p>", "やさしい")]),
    ('<p lang=" JA-jp ">日本語</p><p lang="jax">日本語</p>', "en", [("日本語", "<p>", "日本語")]),
    (
        '<p lang="EN-GB">Please contact each venue</p><p lang="eng">Please contact each venue</p>',
        "ja",
        [("Please contact each venue", "<p>", "Please contact each venue")],
    ),
    (
        '<p><span lang="ja">調整中</span>の後 and <code>コード</code>のあと<!-- 注釈 -->コメント後</p>',
        "en",
        [("の後", "<p>", "の後 and"), ("のあと", "<p>", "のあと"), ("コメント後", "<p>", "コメント後")],
    ),
    (
        "<ul><li>一<ul><li>二</li></ul>三</li><li>四</li></ul>五",
        "en",
        [
            ("五", "<body>", "五"),
            ("一", "<li>", "一"),
            ("三", "<li>", "三"),
            ("二", "<li>", "二"),
            ("四", "<li>", "四"),
        ],
    ),
    (
        '<p>first <i>二番</i> then 三番 <b lang="ja">四番</b> 五番</p>',
        "en",
        [("三番", "<p>", "then 三番"), ("五番", "<p>", "五番"), ("二番", "<i>", "二番")],
    ),
    (
        '<pre title="題">整形</pre><kbd>キー</kbd><samp>出力</samp><template><p>型</p></template>'
        '<script>var a = "台本";</script><style>/* 様式 */</style><textarea>入力欄</textarea>',
        "en",
        [("入力欄", "<textarea>", "入力欄")],
    ),
    ('<code><span title="名前">中身</span></code>後ろ', "en", [("後ろ", "<body>", "後ろ")]),
    (
        '<a title="題" aria-label="札" aria-description="説明" aria-roledescription="役" href="#">x</a>',
        "en",
        [
            ("題", "<a title>", "題"),
            ("札", "<a aria-label>", "札"),
            ("説明", "<a aria-description>", "説明"),
            ("役", "<a aria-roledescription>", "役"),
        ],
    ),
    (
        '<img alt="地図" title="題名" src="a.png"><input placeholder="入力" type="submit" value="送信">',
        "en",
        [
            ("題名", "<img title>", "題名"),
            ("地図", "<img alt>", "地図"),
            ("入力", "<input placeholder>", "入力"),
            ("送信", "<input value>", "送信"),
        ],
    ),
    (
        '<button type="button" value="押す">b</button><button value="押さない">c</button>',
        "en",
        [("押す", "<button value>", "押す")],
    ),
    ('<input type="RESET" value="戻す"><input type="text" value="文字">', "en", [("戻す", "<input value>", "戻す")]),
    (
        '<p data-text-open="募集中" data-text-closed="" data-pagefind-meta="題:熊本" data-text="本文">Open</p>',
        "en",
        [("募集中", "<p data-text-open>", "募集中")],
    ),
    (
        '<span lang="ja" title="日本語の題">和文</span><span lang="en" title="英語の題">Eng</span>',
        "en",
        [("英語の題", "<span title>", "英語の題")],
    ),
    (
        '<a title="Go to the top" aria-label="to the top of the page">上へ</a>',
        "ja",
        [
            ("Go to the top", "<a title>", "Go to the top"),
            ("to the top of the page", "<a aria-label>", "to the top of the page"),
        ],
    ),
    (
        '<html lang="en"><head><title>題名 page</title><meta name="description" content="説明文">'
        '<meta property="og:title" content="題"><meta name="keywords" content="鍵">'
        '<meta name="Twitter:Description" content="呟き"><noscript>無効</noscript></head>'
        "<body><p>本文</p><svg><title>図題</title></svg></body></html>",
        "en",
        [
            ("題名", "<title>", "題名 page"),
            ("説明文", "<meta content>", "説明文"),
            ("題", "<meta content>", "題"),
            ("呟き", "<meta content>", "呟き"),
            ("本文", "<p>", "本文"),
            ("図題", "<title>", "図題"),
        ],
    ),
    (
        "<p>詳細 see https://example.org/a b c 及び mail info.x@pref.kumamoto.lg.jp now and then</p>",
        "ja",
        [
            (
                "see   b c",
                "<p>",
                "詳細 see https://example.org/a b c 及び mail info.x@pref.kumamoto.lg.jp now and then",
            ),
            (
                "mail   now and then",
                "<p>",
                "詳細 see https://example.org/a b c 及び mail info.x@pref.kumamoto.lg.jp now and then",
            ),
        ],
    ),
    (
        "<p>表示 &lt;input autofocus&gt; is shown here と <code>one two three</code></p>",
        "ja",
        [("is shown here", "<p>", "表示 <input autofocus> is shown here と")],
    ),
    (
        "<p>It's the people’s choice, well-known plan と One, two, three</p>",
        "ja",
        [
            (
                "It's the people’s choice, well-known plan",
                "<p>",
                "It's the people’s choice, well-known plan と One, two, three",
            ),
            ("One, two, three", "<p>", "It's the people’s choice, well-known plan と One, two, three"),
        ],
    ),
    ("<p>A B</p><p>A B C</p><p>X1 Y2 Z3</p>", "ja", [("A B C", "<p>", "A B C")]),
    (
        '<div title="外題">外<p title="内題">内<span>奥</span>尾</p>後</div>',
        "en",
        [
            ("外題", "<div title>", "外題"),
            ("外", "<div>", "外"),
            ("後", "<div>", "後"),
            ("内題", "<p title>", "内題"),
            ("内", "<p>", "内"),
            ("尾", "<p>", "尾"),
            ("奥", "<span>", "奥"),
        ],
    ),
    (
        "<p>&#x65E5;&#26412; and &amp; &yen; &#xFF08;</p>",
        "en",
        [("日本", "<p>", "日本 and & ¥ （"), ("（", "<p>", "日本 and & ¥ （")],
    ),
    ("", "en", []),
    ("   ", "ja", []),
]


@pytest.mark.parametrize("html, lang, expected", CASES)
def test_findings_edge_by_edge(html, lang, expected):
    assert [(p.text, p.where, p.context) for p in findings(_page(html, lang), lang)] == expected


def test_the_same_text_is_judged_by_its_place_each_time():
    # A text seen before (cached) is still judged by where it stands: marked once, unmarked the next time.
    html = '<p lang="ja">同じ文</p><p>同じ文</p><p title="同じ文">x</p><p lang="ja" title="同じ文">y</p>'
    assert [(p.text, p.where) for p in findings(_page(html, "en"), "en")] == [
        ("同じ文", "<p>"),
        ("同じ文", "<p title>"),
    ]
