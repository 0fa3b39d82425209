"""ふりがな, edge by edge (hooks/lib/sitebuild/furigana.py, in process): how an HTML fragment is split into markup,
texts that get readings and texts that get none (code, pre, ruby, svg, textarea, text in another language, the
printed page's frame; nested, unclosed, self-closed, in capitals, in comments and quoted attributes), the readings
of a page's texts and the ruby written into the easy page. Each expected value is what the module gave before it
was made faster (issue 20 part 2): a change of behaviour fails here. The words stand for data/readings.yml."""

# ruff: noqa: E501  (the expected HTML is kept whole)
from __future__ import annotations

import pytest

from sitebuild import furigana

WORDS = {"熊本県": "くまもとけん", "所在地": "しょざいち", "取組み": "とりくみ"}

CASES = [
    (
        '<p>熊本県の<a href="x.html" title="題">取組み</a>です。</p>',
        [
            ("tag", "<p>"),
            ("text", "熊本県の"),
            ("tag", '<a href="x.html" title="題">'),
            ("text", "取組み"),
            ("tag", "</a>"),
            ("text", "です。"),
            ("tag", "</p>"),
        ],
        {"取組み": [[0, 2, "とりく"]], "熊本県の": [[0, 3, "くまもとけん"]]},
        '<p><ruby>熊本県<rt aria-hidden="true" data-pagefind-ignore>くまもとけん</rt></ruby>の<a href="x.html" title="題"><ruby>取組<rt aria-hidden="true" data-pagefind-ignore>とりく</rt></ruby>み</a>です。</p>',
    ),
    (
        "<p>前<code>漢字<b>太字</b></code>後<pre>整形<span>中</span></pre>尾</p>",
        [
            ("tag", "<p>"),
            ("text", "前"),
            ("tag", "<code>"),
            ("skip", "漢字"),
            ("tag", "<b>"),
            ("skip", "太字"),
            ("tag", "</b>"),
            ("tag", "</code>"),
            ("text", "後"),
            ("tag", "<pre>"),
            ("skip", "整形"),
            ("tag", "<span>"),
            ("skip", "中"),
            ("tag", "</span>"),
            ("tag", "</pre>"),
            ("text", "尾"),
            ("tag", "</p>"),
        ],
        {"前": [[0, 1, "まえ"]], "尾": [[0, 1, "お"]], "後": [[0, 1, "あと"]]},
        '<p><ruby>前<rt aria-hidden="true" data-pagefind-ignore>まえ</rt></ruby><code>漢字<b>太字</b></code><ruby>後<rt aria-hidden="true" data-pagefind-ignore>あと</rt></ruby><pre>整形<span>中</span></pre><ruby>尾<rt '
        'aria-hidden="true" data-pagefind-ignore>お</rt></ruby></p>',
    ),
    (
        '<p>一<span lang="en">English 漢字 <i>斜体</i></span>二<span lang="ja">三</span><span lang=\'ja-JP\'>四</span><span lang=EN>五</span></p>',
        [
            ("tag", "<p>"),
            ("text", "一"),
            ("tag", '<span lang="en">'),
            ("skip", "English 漢字 "),
            ("tag", "<i>"),
            ("skip", "斜体"),
            ("tag", "</i>"),
            ("tag", "</span>"),
            ("text", "二"),
            ("tag", '<span lang="ja">'),
            ("text", "三"),
            ("tag", "</span>"),
            ("tag", "<span lang='ja-JP'>"),
            ("text", "四"),
            ("tag", "</span>"),
            ("tag", "<span lang=EN>"),
            ("skip", "五"),
            ("tag", "</span>"),
            ("tag", "</p>"),
        ],
        {"一": [[0, 1, "いち"]], "三": [[0, 1, "さん"]], "二": [[0, 1, "に"]], "四": [[0, 1, "よん"]]},
        '<p><ruby>一<rt aria-hidden="true" data-pagefind-ignore>いち</rt></ruby><span lang="en">English 漢字 <i>斜体</i></span><ruby>二<rt aria-hidden="true" data-pagefind-ignore>に</rt></ruby><span '
        'lang="ja"><ruby>三<rt aria-hidden="true" data-pagefind-ignore>さん</rt></ruby></span><span lang=\'ja-JP\'><ruby>四<rt aria-hidden="true" data-pagefind-ignore>よん</rt></ruby></span><span '
        "lang=EN>五</span></p>",
    ),
    (
        '<div class="box print-frame">印刷<p>枠</p></div><div class=\'print-frame\'>二</div><div class="not-print-frameless">外</div>六',
        [
            ("tag", '<div class="box print-frame">'),
            ("skip", "印刷"),
            ("tag", "<p>"),
            ("skip", "枠"),
            ("tag", "</p>"),
            ("tag", "</div>"),
            ("tag", "<div class='print-frame'>"),
            ("skip", "二"),
            ("tag", "</div>"),
            ("tag", '<div class="not-print-frameless">'),
            ("text", "外"),
            ("tag", "</div>"),
            ("text", "六"),
        ],
        {"六": [[0, 1, "ろく"]], "外": [[0, 1, "そと"]]},
        '<div class="box print-frame">印刷<p>枠</p></div><div class=\'print-frame\'>二</div><div class="not-print-frameless"><ruby>外<rt aria-hidden="true" data-pagefind-ignore>そと</rt></ruby></div><ruby>六<rt '
        'aria-hidden="true" data-pagefind-ignore>ろく</rt></ruby>',
    ),
    (
        "<ruby>漢<rt>かん</rt></ruby>字<svg><title>図形</title><text>文字</text></svg>後<textarea>入力</textarea>",
        [
            ("tag", "<ruby>"),
            ("skip", "漢"),
            ("tag", "<rt>"),
            ("skip", "かん"),
            ("tag", "</rt>"),
            ("tag", "</ruby>"),
            ("text", "字"),
            ("tag", "<svg>"),
            ("tag", "<title>"),
            ("skip", "図形"),
            ("tag", "</title>"),
            ("tag", "<text>"),
            ("skip", "文字"),
            ("tag", "</text>"),
            ("tag", "</svg>"),
            ("text", "後"),
            ("tag", "<textarea>"),
            ("skip", "入力"),
            ("tag", "</textarea>"),
        ],
        {"字": [[0, 1, "じ"]], "後": [[0, 1, "あと"]]},
        '<ruby>漢<rt>かん</rt></ruby><ruby>字<rt aria-hidden="true" data-pagefind-ignore>じ</rt></ruby><svg><title>図形</title><text>文字</text></svg><ruby>後<rt aria-hidden="true" '
        "data-pagefind-ignore>あと</rt></ruby><textarea>入力</textarea>",
    ),
    (
        '<p>改行<br>後<img src="a.png" alt="画像">像<br/>終<hr>了<input value="値"><wbr>続</p>',
        [
            ("tag", "<p>"),
            ("text", "改行"),
            ("tag", "<br>"),
            ("text", "後"),
            ("tag", '<img src="a.png" alt="画像">'),
            ("text", "像"),
            ("tag", "<br/>"),
            ("text", "終"),
            ("tag", "<hr>"),
            ("text", "了"),
            ("tag", '<input value="値">'),
            ("tag", "<wbr>"),
            ("text", "続"),
            ("tag", "</p>"),
        ],
        {
            "了": [[0, 1, "りょう"]],
            "像": [[0, 1, "ぞう"]],
            "後": [[0, 1, "あと"]],
            "改行": [[0, 2, "かいぎょう"]],
            "終": [[0, 1, "おわり"]],
            "続": [[0, 1, "つづく"]],
        },
        '<p><ruby>改行<rt aria-hidden="true" data-pagefind-ignore>かいぎょう</rt></ruby><br><ruby>後<rt aria-hidden="true" data-pagefind-ignore>あと</rt></ruby><img src="a.png" alt="画像"><ruby>像<rt '
        'aria-hidden="true" data-pagefind-ignore>ぞう</rt></ruby><br/><ruby>終<rt aria-hidden="true" data-pagefind-ignore>おわり</rt></ruby><hr><ruby>了<rt aria-hidden="true" '
        'data-pagefind-ignore>りょう</rt></ruby><input value="値"><wbr><ruby>続<rt aria-hidden="true" data-pagefind-ignore>つづく</rt></ruby></p>',
    ),
    (
        "<!-- <code> 注釈 </code> -->本文<p title=\"a > b\">大なり</p><p data-x='<pre>'>引用</p>",
        [
            ("tag", "<!-- <code> 注釈 </code> -->"),
            ("text", "本文"),
            ("tag", '<p title="a > b">'),
            ("text", "大なり"),
            ("tag", "</p>"),
            ("tag", "<p data-x='<pre>'>"),
            ("text", "引用"),
            ("tag", "</p>"),
        ],
        {"大なり": [[0, 1, "おお"]], "引用": [[0, 2, "いんよう"]], "本文": [[0, 2, "ほんぶん"]]},
        '<!-- <code> 注釈 </code> --><ruby>本文<rt aria-hidden="true" data-pagefind-ignore>ほんぶん</rt></ruby><p title="a > b"><ruby>大<rt aria-hidden="true" data-pagefind-ignore>おお</rt></ruby>なり</p><p '
        "data-x='<pre>'><ruby>引用<rt aria-hidden=\"true\" data-pagefind-ignore>いんよう</rt></ruby></p>",
    ),
    (
        '<P>大文字<CODE>符号</CODE>後</P><Span Lang="en">英</Span>日',
        [
            ("tag", "<P>"),
            ("text", "大文字"),
            ("tag", "<CODE>"),
            ("skip", "符号"),
            ("tag", "</CODE>"),
            ("text", "後"),
            ("tag", "</P>"),
            ("tag", '<Span Lang="en">'),
            ("text", "英"),
            ("tag", "</Span>"),
            ("text", "日"),
        ],
        {"大文字": [[0, 3, "だいもんじ"]], "後": [[0, 1, "あと"]], "日": [[0, 1, "ひ"]], "英": [[0, 1, "えい"]]},
        '<P><ruby>大文字<rt aria-hidden="true" data-pagefind-ignore>だいもんじ</rt></ruby><CODE>符号</CODE><ruby>後<rt aria-hidden="true" data-pagefind-ignore>あと</rt></ruby></P><Span Lang="en"><ruby>英<rt '
        'aria-hidden="true" data-pagefind-ignore>えい</rt></ruby></Span><ruby>日<rt aria-hidden="true" data-pagefind-ignore>ひ</rt></ruby>',
    ),
    (
        "<span/>自己<code/>閉じ</p>後<custom-el>独自</custom-el><x:y>名前</x:y>",
        [
            ("tag", "<span/>"),
            ("text", "自己"),
            ("tag", "<code/>"),
            ("text", "閉じ"),
            ("tag", "</p>"),
            ("text", "後"),
            ("tag", "<custom-el>"),
            ("text", "独自"),
            ("tag", "</custom-el>"),
            ("tag", "<x:y>"),
            ("text", "名前"),
            ("tag", "</x:y>"),
        ],
        {
            "名前": [[0, 2, "なまえ"]],
            "後": [[0, 1, "あと"]],
            "独自": [[0, 2, "どくじ"]],
            "自己": [[0, 2, "じこ"]],
            "閉じ": [[0, 1, "と"]],
        },
        '<span/><ruby>自己<rt aria-hidden="true" data-pagefind-ignore>じこ</rt></ruby><code/><ruby>閉<rt aria-hidden="true" data-pagefind-ignore>と</rt></ruby>じ</p><ruby>後<rt aria-hidden="true" '
        'data-pagefind-ignore>あと</rt></ruby><custom-el><ruby>独自<rt aria-hidden="true" data-pagefind-ignore>どくじ</rt></ruby></custom-el><x:y><ruby>名前<rt aria-hidden="true" '
        "data-pagefind-ignore>なまえ</rt></ruby></x:y>",
    ),
    (
        "<p>&lt;熊本&gt; &amp; 県&#x5E81;所在地 &nbsp;日本語 25日 2日 日本 確認を行っています 高齢の方</p>",
        [
            ("tag", "<p>"),
            ("text", "&lt;熊本&gt; &amp; 県&#x5E81;所在地 &nbsp;日本語 25日 2日 日本 確認を行っています 高齢の方"),
            ("tag", "</p>"),
        ],
        {
            "<熊本> & 県庁所在地 \xa0日本語 25日 2日 日本 確認を行っています 高齢の方": [
                [1, 2, "くまもと"],
                [7, 2, "けんちょう"],
                [9, 3, "しょざいち"],
                [14, 3, "にほんご"],
                [20, 1, "にち"],
                [23, 1, "か"],
                [25, 2, "にほん"],
                [28, 2, "かくにん"],
                [31, 1, "おこな"],
                [38, 2, "こうれい"],
                [41, 1, "かた"],
            ]
        },
        '<p>&lt;<ruby>熊本<rt aria-hidden="true" data-pagefind-ignore>くまもと</rt></ruby>&gt; &amp; <ruby>県庁<rt aria-hidden="true" data-pagefind-ignore>けんちょう</rt></ruby><ruby>所在地<rt aria-hidden="true" '
        'data-pagefind-ignore>しょざいち</rt></ruby> \xa0<ruby>日本語<rt aria-hidden="true" data-pagefind-ignore>にほんご</rt></ruby> 25<ruby>日<rt aria-hidden="true" data-pagefind-ignore>にち</rt></ruby> 2<ruby>日<rt '
        'aria-hidden="true" data-pagefind-ignore>か</rt></ruby> <ruby>日本<rt aria-hidden="true" data-pagefind-ignore>にほん</rt></ruby> <ruby>確認<rt aria-hidden="true" '
        'data-pagefind-ignore>かくにん</rt></ruby>を<ruby>行<rt aria-hidden="true" data-pagefind-ignore>おこな</rt></ruby>っています <ruby>高齢<rt aria-hidden="true" data-pagefind-ignore>こうれい</rt></ruby>の<ruby>方<rt '
        'aria-hidden="true" data-pagefind-ignore>かた</rt></ruby></p>',
    ),
    (
        "<p>文字（フォント）と𠮷野家と々と〆切とヶ月</p>",
        [("tag", "<p>"), ("text", "文字（フォント）と𠮷野家と々と〆切とヶ月"), ("tag", "</p>")],
        {
            "文字（フォント）と𠮷野家と々と〆切とヶ月": [
                [0, 2, "もじ"],
                [9, 2, "𠮷"],
                [11, 2, "のえ"],
                [14, 1, "きごう"],
                [16, 2, "しめきり"],
                [19, 2, "かげつ"],
            ]
        },
        '<p><ruby>文字<rt aria-hidden="true" data-pagefind-ignore>もじ</rt></ruby>（フォント）と<ruby>𠮷<rt aria-hidden="true" data-pagefind-ignore>𠮷</rt></ruby><ruby>野家<rt aria-hidden="true" '
        'data-pagefind-ignore>のえ</rt></ruby>と<ruby>々<rt aria-hidden="true" data-pagefind-ignore>きごう</rt></ruby>と<ruby>〆切<rt aria-hidden="true" data-pagefind-ignore>しめきり</rt></ruby>と<ruby>ヶ月<rt '
        'aria-hidden="true" data-pagefind-ignore>かげつ</rt></ruby></p>',
    ),
    (
        "<code>閉じない<p>段落",
        [("tag", "<code>"), ("skip", "閉じない"), ("tag", "<p>"), ("skip", "段落")],
        {},
        "<code>閉じない<p>段落",
    ),
    (
        "</span>閉じるだけ</code>後",
        [("tag", "</span>"), ("text", "閉じるだけ"), ("tag", "</code>"), ("text", "後")],
        {"後": [[0, 1, "あと"]], "閉じるだけ": [[0, 1, "と"]]},
        '</span><ruby>閉<rt aria-hidden="true" data-pagefind-ignore>と</rt></ruby>じるだけ</code><ruby>後<rt aria-hidden="true" data-pagefind-ignore>あと</rt></ruby>',
    ),
    (
        '<p lang="en-US" class="print-frame">両方</p>外',
        [("tag", '<p lang="en-US" class="print-frame">'), ("skip", "両方"), ("tag", "</p>"), ("text", "外")],
        {"外": [[0, 1, "そと"]]},
        '<p lang="en-US" class="print-frame">両方</p><ruby>外<rt aria-hidden="true" data-pagefind-ignore>そと</rt></ruby>',
    ),
    ("", [], {}, ""),
    ("テキストのみ", [("text", "テキストのみ")], {}, "テキストのみ"),
]


@pytest.mark.parametrize("fragment, pieces, readings, ruby", CASES)
def test_texts_readings_and_ruby_as_before(fragment, pieces, readings, ruby):
    assert list(furigana.texts(fragment)) == pieces
    assert furigana.page_readings(fragment, WORDS) == readings
    assert furigana.ruby_html(fragment, WORDS) == ruby


def test_readings_of_a_text_are_the_same_on_every_page():
    # a text read once (cached) gives the same readings, and new lists, on the next page
    first = furigana.page_readings("<p>熊本県の取組み</p>", WORDS)
    first["熊本県の取組み"].append("changed")
    assert furigana.page_readings("<div>熊本県の取組み</div>", WORDS) == {
        "熊本県の取組み": [[0, 3, "くまもとけん"], [4, 2, "とりく"]]
    }


# ---------------------------------------------------------------- the build cache of a page's readings


def _hook():
    from sitebuild.render import furigana_page

    return furigana_page


def test_a_pages_readings_come_from_the_cache_only_for_the_same_page_words_and_code(tmp_path, monkeypatch):
    hook = _hook()
    monkeypatch.setattr(hook.cache, "folder", lambda kind: tmp_path)
    article = "<section>熊本県の取組み</section>"
    made = hook.readings_file(article, WORDS)
    assert made == '{"熊本県の取組み":[[0,3,"くまもとけん"],[4,2,"とりく"]]}'.encode()
    assert len(list(tmp_path.iterdir())) == 1

    def analyse(*args):
        raise AssertionError("read again")

    monkeypatch.setattr(hook, "page_readings", analyse)
    assert hook.readings_file(article, WORDS) == made  # the same page: from the cache
    for other_article, other_words in ((article + "。", WORDS), (article, {**WORDS, "取組": "とりくみ"})):
        with pytest.raises(AssertionError, match="read again"):
            hook.readings_file(other_article, other_words)
    monkeypatch.setattr(hook, "_reader", lambda: (b"other code", "1", "2"))
    with pytest.raises(AssertionError, match="read again"):
        hook.readings_file(article, WORDS)


def test_without_the_cache_the_readings_are_worked_out(monkeypatch):
    hook = _hook()
    monkeypatch.setenv("SITE_BUILD_CACHE", "off")
    assert hook.readings_file("<p>熊本県</p>", WORDS) == '{"熊本県":[[0,3,"くまもとけん"]]}'.encode()
    assert hook.readings_file("<p>ABC</p>", WORDS) == b"{}"


def test_an_always_pages_readings_come_from_the_cache_without_the_analyser(tmp_path, monkeypatch):
    """The やさしい日本語 page (``furigana: always``) has its readings in its HTML: built again unchanged, its
    body comes from the build cache and the analyser is not loaded; any change reads it again."""
    hook = _hook()
    monkeypatch.setattr(hook.cache, "folder", lambda kind: tmp_path)
    body = "<header>熊本県</header><article><p>取組みです。</p></article>"
    made = hook.always_html(body, WORDS)
    assert made == hook.ruby_html(body, WORDS) and "<ruby>熊本県<rt" in made

    def analyse(*args):
        raise AssertionError("read again")

    monkeypatch.setattr(hook, "ruby_html", analyse)
    assert hook.always_html(body, WORDS) == made
    for other_body, other_words in ((body + "。", WORDS), (body, {**WORDS, "取組": "とりくみ"})):
        with pytest.raises(AssertionError, match="read again"):
            hook.always_html(other_body, other_words)
