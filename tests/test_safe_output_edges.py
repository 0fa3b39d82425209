"""Safe output, edge by edge (hooks/lib/sitebuild/safe_html.py): every finding of the content and of the theme, for
the injection cases of tests/injection_cases.py and for the edges of the rules (names in capitals, wildcard
attributes, each kind of address, script types and inline scripts, meta http-equiv, unknown elements, the same
element twice). Each expected tuple is what the check said before it was made faster (issue 20 part 2): a change
of behaviour fails here."""

# ruff: noqa: E501  (the expected messages are the checks’ whole sentences)
from __future__ import annotations

import pytest

from injection_cases import payload
from sitebuild.allowlist import Finding
from sitebuild.safe_html import check_fragment, check_page

SITE = "https://example.org/site/"


def _doc(body: str) -> str:
    return (
        '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>t</title></head>'
        f"<body><article>{body}</article></body></html>"
    )


def _f(findings) -> list[tuple]:
    return [(f.what, f.ja, f.en, f.needles) for f in findings]


SAME = None  # the theme's (or the whole page's) findings are the content's

INJECTIONS = {
    "script": (
        [
            (
                "<script>",
                "<script> はページの中に書けません。削除してください（見た目は site.css で決めます）。",
                "<script> is not allowed in a page: remove it (styles live in docs/assets/site.css).",
                ("alert(7)", "<script"),
            )
        ],
        [
            (
                "<script>alert(7)…",
                "テーマに知らないインラインスクリプトがあります。hooks/6_check/allowed_html.yml の inline_scripts に確認のうえ載せるか、削除してください。",
                "The theme writes an inline script that is not listed: review it and add its beginning to inline_scripts in hooks/6_check/allowed_html.yml, or remove it.",
                ("alert(7)", "<script"),
            )
        ],
    ),
    "script-mixed-case": (
        [
            (
                "<script>",
                "<script> はページの中に書けません。削除してください（見た目は site.css で決めます）。",
                "<script> is not allowed in a page: remove it (styles live in docs/assets/site.css).",
                ("alert(7)", "<script"),
            )
        ],
        [
            (
                "<script>alert(7)…",
                "テーマに知らないインラインスクリプトがあります。hooks/6_check/allowed_html.yml の inline_scripts に確認のうえ載せるか、削除してください。",
                "The theme writes an inline script that is not listed: review it and add its beginning to inline_scripts in hooks/6_check/allowed_html.yml, or remove it.",
                ("alert(7)", "<script"),
            )
        ],
    ),
    "script-src": (
        [
            (
                '<script src="https://evil.example/7.js">',
                "<script> はページの中に書けません。削除してください（見た目は site.css で決めます）。",
                "<script> is not allowed in a page: remove it (styles live in docs/assets/site.css).",
                ("https://evil.example/7.js", "", "<script"),
            )
        ],
        [
            (
                '<script src="https://evil.example/7.js">',
                "ほかのサイトの画像・ファイルなどを読み込むこと（https://evil.example/7.js）はできません。読み込まずに、そのページへのリンクにしてください。",
                "Loading images or files from another site (https://evil.example/7.js) is not allowed: link to the page instead.",
                ("https://evil.example/7.js", "<script"),
            )
        ],
    ),
    "img-onerror": (
        [
            (
                '<img src="x" alt="" onerror="alert(7)">',
                "onclick= などのイベント属性は使えません。削除してください。",
                "Event attributes such as onerror= are not allowed: remove it.",
                ("alert(7)", "onerror"),
            )
        ],
        SAME,
    ),
    "img-split-over-lines": (
        [
            (
                '<img src="x" alt="" onerror="alert(7)">',
                "onclick= などのイベント属性は使えません。削除してください。",
                "Event attributes such as onerror= are not allowed: remove it.",
                ("alert(7)", "onerror"),
            )
        ],
        SAME,
    ),
    "svg-onload": (
        [
            (
                '<svg onload="alert(7)">',
                "<svg> という要素は使えません。Markdown の書き方（見出し・箇条書き・表・リンク）で書いてください。",
                "The element <svg> is not allowed: use Markdown (headings, lists, tables, links) instead.",
                ("alert(7)", "", "<svg"),
            )
        ],
        [
            (
                '<svg onload="alert(7)">',
                "onclick= などのイベント属性は使えません。削除してください。",
                "Event attributes such as onload= are not allowed: remove it.",
                ("alert(7)", "onload"),
            )
        ],
    ),
    "svg-script": (
        [
            (
                "<svg>",
                "<svg> という要素は使えません。Markdown の書き方（見出し・箇条書き・表・リンク）で書いてください。",
                "The element <svg> is not allowed: use Markdown (headings, lists, tables, links) instead.",
                ("alert(7)", "<svg"),
            ),
            (
                "<script>",
                "<script> はページの中に書けません。削除してください（見た目は site.css で決めます）。",
                "<script> is not allowed in a page: remove it (styles live in docs/assets/site.css).",
                ("alert(7)", "<script"),
            ),
        ],
        [
            (
                "<script>alert(7)…",
                "テーマに知らないインラインスクリプトがあります。hooks/6_check/allowed_html.yml の inline_scripts に確認のうえ載せるか、削除してください。",
                "The theme writes an inline script that is not listed: review it and add its beginning to inline_scripts in hooks/6_check/allowed_html.yml, or remove it.",
                ("alert(7)", "<script"),
            )
        ],
    ),
    "div-onmouseover": (
        [
            (
                '<div onmouseover="alert(7)">',
                "onclick= などのイベント属性は使えません。削除してください。",
                "Event attributes such as onmouseover= are not allowed: remove it.",
                ("alert(7)", "onmouseover"),
            )
        ],
        SAME,
    ),
    "details-ontoggle": (
        [
            (
                '<details open="" ontoggle="alert(7)">',
                "onclick= などのイベント属性は使えません。削除してください。",
                "Event attributes such as ontoggle= are not allowed: remove it.",
                ("alert(7)", "ontoggle"),
            )
        ],
        SAME,
    ),
    "a-javascript": (
        [
            (
                '<a href="javascript:alert(7)">',
                "リンク先「javascript:alert(7)」は使えません。https:// で始まるアドレスか、サイト内のページへのリンクにしてください。",
                'The link "javascript:alert(7)" is not allowed: link to an https:// address or a page of this site.',
                ("javascript:alert(7)", "<a"),
            )
        ],
        SAME,
    ),
    "a-javascript-entity": (
        [
            (
                '<a href="javascript:alert(7)">',
                "リンク先「javascript:alert(7)」は使えません。https:// で始まるアドレスか、サイト内のページへのリンクにしてください。",
                'The link "javascript:alert(7)" is not allowed: link to an https:// address or a page of this site.',
                ("javascript:alert(7)", "<a"),
            )
        ],
        SAME,
    ),
    "a-javascript-tab-entity": (
        [
            (
                '<a href="jav\tascript:alert(7)">',
                "リンク先「jav\tascript:alert(7)」は使えません。https:// で始まるアドレスか、サイト内のページへのリンクにしてください。",
                'The link "jav\tascript:alert(7)" is not allowed: link to an https:// address or a page of this site.',
                ("jav\tascript:alert(7)", "<a"),
            )
        ],
        SAME,
    ),
    "a-javascript-mixed-case": (
        [
            (
                '<a href="JaVaScRiPt:alert(7)">',
                "リンク先「JaVaScRiPt:alert(7)」は使えません。https:// で始まるアドレスか、サイト内のページへのリンクにしてください。",
                'The link "JaVaScRiPt:alert(7)" is not allowed: link to an https:// address or a page of this site.',
                ("JaVaScRiPt:alert(7)", "<a"),
            )
        ],
        SAME,
    ),
    "a-vbscript": (
        [
            (
                '<a href="vbscript:msgbox(7)">',
                "リンク先「vbscript:msgbox(7)」は使えません。https:// で始まるアドレスか、サイト内のページへのリンクにしてください。",
                'The link "vbscript:msgbox(7)" is not allowed: link to an https:// address or a page of this site.',
                ("vbscript:msgbox(7)", "<a"),
            )
        ],
        SAME,
    ),
    "a-data-html": (
        [
            (
                '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==#7">',
                "リンク先「data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==#7」は使えません。https:// で始まるアドレスか、サイト内のページへのリンクにしてください。",
                'The link "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==#7" is not allowed: link to an https:// address or a page of this site.',
                ("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==#7", "<a"),
            )
        ],
        SAME,
    ),
    "markdown-link-javascript": ([], SAME),
    "markdown-image-other-host": ([], SAME),
    "attr-list-onclick": ([], SAME),
    "attr-list-style": ([], SAME),
    "iframe": (
        [
            (
                '<iframe src="https://evil.example/7">',
                "ほかのページの埋め込みは使えません。リンクにしてください。",
                "Embedding other pages is not allowed: link to them instead.",
                ("https://evil.example/7", "", "<iframe"),
            )
        ],
        SAME,
    ),
    "object": (
        [
            (
                '<object data="https://evil.example/7.swf">',
                "ほかのページの埋め込みは使えません。リンクにしてください。",
                "Embedding other pages is not allowed: link to them instead.",
                ("https://evil.example/7.swf", "", "<object"),
            )
        ],
        SAME,
    ),
    "embed": (
        [
            (
                '<embed src="https://evil.example/7.swf">',
                "ほかのページの埋め込みは使えません。リンクにしてください。",
                "Embedding other pages is not allowed: link to them instead.",
                ("https://evil.example/7.swf", "", "<embed"),
            )
        ],
        SAME,
    ),
    "form-other-host": (
        [
            (
                '<form action="https://evil.example/7">',
                "入力欄・フォームはページの中に書けません。意見の受付はメールと FAX です。",
                "Forms and input fields are not allowed in a page: opinions are sent by email and fax.",
                ("https://evil.example/7", "", "<form"),
            ),
            (
                '<input name="q">',
                "入力欄・フォームはページの中に書けません。意見の受付はメールと FAX です。",
                "Forms and input fields are not allowed in a page: opinions are sent by email and fax.",
                ("", "<input"),
            ),
        ],
        [
            (
                '<form action="https://evil.example/7">',
                "ほかのサイトの画像・ファイルなどを読み込むこと（https://evil.example/7）はできません。読み込まずに、そのページへのリンクにしてください。",
                "Loading images or files from another site (https://evil.example/7) is not allowed: link to the page instead.",
                ("https://evil.example/7", "<form"),
            )
        ],
    ),
    "button-formaction": (
        [
            (
                '<button formaction="https://evil.example/7">',
                "入力欄・フォームはページの中に書けません。意見の受付はメールと FAX です。",
                "Forms and input fields are not allowed in a page: opinions are sent by email and fax.",
                ("https://evil.example/7", "x", "<button"),
            )
        ],
        [
            (
                '<button formaction="https://evil.example/7">',
                "<button> に formaction= は使えません。削除してください。",
                "<button> may not carry formaction=: remove it.",
                ("https://evil.example/7", "formaction"),
            )
        ],
    ),
    "meta-refresh": (
        [
            (
                '<meta http-equiv="refresh" content="0;url=https://evil.example/7">',
                "<meta> はページの中に書けません。削除してください。",
                "<meta> is not allowed in a page: remove it.",
                ("refresh", "0;url=https://evil.example/7", "", "<meta"),
            )
        ],
        [
            (
                '<meta http-equiv="refresh" content="0;url=https://evil.example/7">',
                "<meta http-equiv> は使えません（ほかのページへの自動転送など）。削除してください。",
                "<meta http-equiv> is not allowed (e.g. sending readers to another page): remove it.",
                ("0;url=https://evil.example/7", "http-equiv"),
            )
        ],
    ),
    "base": (
        [
            (
                '<base href="https://evil.example/7/">',
                "<base> はページの中に書けません。削除してください。",
                "<base> is not allowed in a page: remove it.",
                ("https://evil.example/7/", "", "<base"),
            )
        ],
        SAME,
    ),
    "img-other-host": (
        [
            (
                '<img src="https://evil.example/7.gif" alt="">',
                "ほかのサイトの画像・ファイルなどを読み込むこと（https://evil.example/7.gif）はできません。読み込まずに、そのページへのリンクにしてください。",
                "Loading images or files from another site (https://evil.example/7.gif) is not allowed: link to the page instead.",
                ("https://evil.example/7.gif", "<img"),
            )
        ],
        SAME,
    ),
    "img-protocol-relative": (
        [
            (
                '<img src="//evil.example/7.gif" alt="">',
                "ほかのサイトの画像・ファイルなどを読み込むこと（//evil.example/7.gif）はできません。読み込まずに、そのページへのリンクにしてください。",
                "Loading images or files from another site (//evil.example/7.gif) is not allowed: link to the page instead.",
                ("//evil.example/7.gif", "<img"),
            )
        ],
        SAME,
    ),
    "img-srcset-other-host": (
        [
            (
                '<img src="a.png" srcset="https://evil.example/7.png 2x" alt="">',
                "<img> に srcset= は使えません。削除してください。",
                "<img> may not carry srcset=: remove it.",
                ("https://evil.example/7.png 2x", "srcset"),
            )
        ],
        SAME,
    ),
    "img-data": (
        [
            (
                '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="7">',
                "ほかのサイトの画像・ファイルなどを読み込むこと（data:image/gif;base64,R0lGODlhAQABAAAAACw=）はできません。読み込まずに、そのページへのリンクにしてください。",
                "Loading images or files from another site (data:image/gif;base64,R0lGODlhAQABAAAAACw=) is not allowed: link to the page instead.",
                ("data:image/gif;base64,R0lGODlhAQABAAAAACw=", "<img"),
            )
        ],
        SAME,
    ),
    "video-other-host": (
        [
            (
                '<video src="https://evil.example/7.mp4">',
                "<video> という要素は使えません。Markdown の書き方（見出し・箇条書き・表・リンク）で書いてください。",
                "The element <video> is not allowed: use Markdown (headings, lists, tables, links) instead.",
                ("https://evil.example/7.mp4", "", "<video"),
            )
        ],
        SAME,
    ),
    "link-stylesheet": (
        [
            (
                '<link rel="stylesheet" href="https://evil.example/7.css">',
                "<link> はページの中に書けません。削除してください。",
                "<link> is not allowed in a page: remove it.",
                ("stylesheet", "https://evil.example/7.css", "", "<link"),
            )
        ],
        [
            (
                '<link rel="stylesheet" href="https://evil.example/7.css">',
                "ほかのサイトの画像・ファイルなどを読み込むこと（https://evil.example/7.css）はできません。読み込まずに、そのページへのリンクにしてください。",
                "Loading images or files from another site (https://evil.example/7.css) is not allowed: link to the page instead.",
                ("https://evil.example/7.css", "<link"),
            )
        ],
    ),
    "style-block": (
        [
            (
                "<style>",
                "<style> はページの中に書けません。削除してください（見た目は site.css で決めます）。",
                "<style> is not allowed in a page: remove it (styles live in docs/assets/site.css).",
                ("body{background:url(https://evil.example", "<style"),
            )
        ],
        SAME,
    ),
    "style-attribute": (
        [
            (
                '<p style="color:red">',
                "style= は使えません。見た目は site.css で決めます。削除してください。",
                "style= is not allowed: styles live in docs/assets/site.css. Remove it.",
                ("color:red", "style"),
            )
        ],
        SAME,
    ),
    "input-onfocus": (
        [
            (
                '<input autofocus="" onfocus="alert(7)">',
                "入力欄・フォームはページの中に書けません。意見の受付はメールと FAX です。",
                "Forms and input fields are not allowed in a page: opinions are sent by email and fax.",
                ("alert(7)", "", "<input"),
            )
        ],
        [
            (
                '<input autofocus="" onfocus="alert(7)">',
                "<input> に autofocus= は使えません。削除してください。",
                "<input> may not carry autofocus=: remove it.",
                ("", "autofocus"),
            ),
            (
                '<input autofocus="" onfocus="alert(7)">',
                "onclick= などのイベント属性は使えません。削除してください。",
                "Event attributes such as onfocus= are not allowed: remove it.",
                ("alert(7)", "onfocus"),
            ),
        ],
    ),
}

_EDGES = [  # (the body, the site addresses, the content's findings, the theme's, the page's)
    (
        '<p ID="a" Class="b" ARIA-label="x" data-x="1" data-text-open="y">t</p>',
        ("https://example.org/site/", ""),
        [],
        SAME,
        SAME,
    ),
    (
        '<p onclick="a()" style="x" width="3" ONLOAD="b()">t</p><p onclick="a()" style="x" width="3" ONLOAD="b()">t</p>',
        ("https://example.org/site/", ""),
        [
            (
                '<p onclick="a()" style="x" width="3" onload="b()">',
                "onclick= などのイベント属性は使えません。削除してください。",
                "Event attributes such as onclick= are not allowed: remove it.",
                ("a()", "onclick"),
            ),
            (
                '<p onclick="a()" style="x" width="3" onload="b()">',
                "style= は使えません。見た目は site.css で決めます。削除してください。",
                "style= is not allowed: styles live in docs/assets/site.css. Remove it.",
                ("x", "style"),
            ),
            (
                '<p onclick="a()" style="x" width="3" onload="b()">',
                "<p> に width= は使えません。削除してください。",
                "<p> may not carry width=: remove it.",
                ("3", "width"),
            ),
            (
                '<p onclick="a()" style="x" width="3" onload="b()">',
                "onclick= などのイベント属性は使えません。削除してください。",
                "Event attributes such as onload= are not allowed: remove it.",
                ("b()", "onload"),
            ),
            (
                '<p onclick="a()" style="x" width="3" onload="b()">',
                "onclick= などのイベント属性は使えません。削除してください。",
                "Event attributes such as onclick= are not allowed: remove it.",
                ("a()", "onclick"),
            ),
            (
                '<p onclick="a()" style="x" width="3" onload="b()">',
                "style= は使えません。見た目は site.css で決めます。削除してください。",
                "style= is not allowed: styles live in docs/assets/site.css. Remove it.",
                ("x", "style"),
            ),
            (
                '<p onclick="a()" style="x" width="3" onload="b()">',
                "<p> に width= は使えません。削除してください。",
                "<p> may not carry width=: remove it.",
                ("3", "width"),
            ),
            (
                '<p onclick="a()" style="x" width="3" onload="b()">',
                "onclick= などのイベント属性は使えません。削除してください。",
                "Event attributes such as onload= are not allowed: remove it.",
                ("b()", "onload"),
            ),
        ],
        SAME,
        SAME,
    ),
    (
        '<a href="https://ok.example/">x</a><a href="mailto:a@b.c">m</a><a href="tel:0961">t</a><a href="ftp://x/">f</a>',
        ("https://example.org/site/", ""),
        [
            (
                '<a href="ftp://x/">',
                "リンク先「ftp://x/」は使えません。https:// で始まるアドレスか、サイト内のページへのリンクにしてください。",
                'The link "ftp://x/" is not allowed: link to an https:// address or a page of this site.',
                ("ftp://x/", "<a"),
            )
        ],
        SAME,
        SAME,
    ),
    (
        '<a href=" java\nscript:alert(1)">x</a><a href="/\\\\evil.example">y</a><a href="#top" download>z</a>',
        ("https://example.org/site/", ""),
        [
            (
                '<a href=" java\nscript:alert(1)">',
                "リンク先「 java\nscript:alert(1)」は使えません。https:// で始まるアドレスか、サイト内のページへのリンクにしてください。",
                'The link " java\nscript:alert(1)" is not allowed: link to an https:// address or a page of this site.',
                (" java\nscript:alert(1)", "<a"),
            ),
            (
                '<a href="#top" download="">',
                "<a> に download= は使えません。削除してください。",
                "<a> may not carry download=: remove it.",
                ("", "download"),
            ),
        ],
        [
            (
                '<a href=" java\nscript:alert(1)">',
                "リンク先「 java\nscript:alert(1)」は使えません。https:// で始まるアドレスか、サイト内のページへのリンクにしてください。",
                'The link " java\nscript:alert(1)" is not allowed: link to an https:// address or a page of this site.',
                (" java\nscript:alert(1)", "<a"),
            )
        ],
        SAME,
    ),
    (
        '<img src="https://example.org/site/a.png" alt=""><img src="https://example.org/other/a.png" alt="">',
        ("https://example.org/site/",),
        [
            (
                '<img src="https://example.org/other/a.png" alt="">',
                "ほかのサイトの画像・ファイルなどを読み込むこと（https://example.org/other/a.png）はできません。読み込まずに、そのページへのリンクにしてください。",
                "Loading images or files from another site (https://example.org/other/a.png) is not allowed: link to the page instead.",
                ("https://example.org/other/a.png", "<img"),
            )
        ],
        SAME,
        SAME,
    ),
    (
        '<img src="https://example.org/site/a.png" alt=""><img src="https://example.org/other/a.png" alt="">',
        ("",),
        [
            (
                '<img src="https://example.org/site/a.png" alt="">',
                "ほかのサイトの画像・ファイルなどを読み込むこと（https://example.org/site/a.png）はできません。読み込まずに、そのページへのリンクにしてください。",
                "Loading images or files from another site (https://example.org/site/a.png) is not allowed: link to the page instead.",
                ("https://example.org/site/a.png", "<img"),
            ),
            (
                '<img src="https://example.org/other/a.png" alt="">',
                "ほかのサイトの画像・ファイルなどを読み込むこと（https://example.org/other/a.png）はできません。読み込まずに、そのページへのリンクにしてください。",
                "Loading images or files from another site (https://example.org/other/a.png) is not allowed: link to the page instead.",
                ("https://example.org/other/a.png", "<img"),
            ),
        ],
        SAME,
        SAME,
    ),
    (
        '<img src="a.png" srcset="b.png 1x, https://example.org/site/c.png 2x, //evil.example/d.png 3x" alt="">',
        ("https://example.org/site/", ""),
        [
            (
                '<img src="a.png" srcset="b.png 1x, https://example.org/site/c.png 2x, //evil.example/" alt="">',
                "<img> に srcset= は使えません。削除してください。",
                "<img> may not carry srcset=: remove it.",
                ("b.png 1x, https://example.org/site/c.png 2x, //evil.example/d.png 3x", "srcset"),
            )
        ],
        SAME,
        SAME,
    ),
    (
        '<blockquote cite="javascript:x">q</blockquote><q cite="https://ok/">q</q><del cite="vbscript:y">d</del>',
        ("https://example.org/site/", ""),
        [
            (
                '<blockquote cite="javascript:x">',
                "リンク先「javascript:x」は使えません。https:// で始まるアドレスか、サイト内のページへのリンクにしてください。",
                'The link "javascript:x" is not allowed: link to an https:// address or a page of this site.',
                ("javascript:x", "<blockquote"),
            ),
            (
                '<del cite="vbscript:y">',
                "リンク先「vbscript:y」は使えません。https:// で始まるアドレスか、サイト内のページへのリンクにしてください。",
                'The link "vbscript:y" is not allowed: link to an https:// address or a page of this site.',
                ("vbscript:y", "<del"),
            ),
        ],
        SAME,
        SAME,
    ),
    (
        '<link rel="icon" href="https://example.org/site/i.png"><link rel="icon" href="https://cdn.example/i.png">',
        ("https://example.org/site/",),
        [
            (
                '<link rel="icon" href="https://example.org/site/i.png">',
                "<link> はページの中に書けません。削除してください。",
                "<link> is not allowed in a page: remove it.",
                ("icon", "https://example.org/site/i.png", "", "<link"),
            ),
            (
                '<link rel="icon" href="https://cdn.example/i.png">',
                "<link> はページの中に書けません。削除してください。",
                "<link> is not allowed in a page: remove it.",
                ("icon", "https://cdn.example/i.png", "", "<link"),
            ),
        ],
        [
            (
                '<link rel="icon" href="https://cdn.example/i.png">',
                "ほかのサイトの画像・ファイルなどを読み込むこと（https://cdn.example/i.png）はできません。読み込まずに、そのページへのリンクにしてください。",
                "Loading images or files from another site (https://cdn.example/i.png) is not allowed: link to the page instead.",
                ("https://cdn.example/i.png", "<link"),
            )
        ],
        SAME,
    ),
    (
        '<link rel="icon" href="https://example.org/site/i.png"><link rel="icon" href="https://cdn.example/i.png">',
        ("",),
        [
            (
                '<link rel="icon" href="https://example.org/site/i.png">',
                "<link> はページの中に書けません。削除してください。",
                "<link> is not allowed in a page: remove it.",
                ("icon", "https://example.org/site/i.png", "", "<link"),
            ),
            (
                '<link rel="icon" href="https://cdn.example/i.png">',
                "<link> はページの中に書けません。削除してください。",
                "<link> is not allowed in a page: remove it.",
                ("icon", "https://cdn.example/i.png", "", "<link"),
            ),
        ],
        [
            (
                '<link rel="icon" href="https://example.org/site/i.png">',
                "ほかのサイトの画像・ファイルなどを読み込むこと（https://example.org/site/i.png）はできません。読み込まずに、そのページへのリンクにしてください。",
                "Loading images or files from another site (https://example.org/site/i.png) is not allowed: link to the page instead.",
                ("https://example.org/site/i.png", "<link"),
            ),
            (
                '<link rel="icon" href="https://cdn.example/i.png">',
                "ほかのサイトの画像・ファイルなどを読み込むこと（https://cdn.example/i.png）はできません。読み込まずに、そのページへのリンクにしてください。",
                "Loading images or files from another site (https://cdn.example/i.png) is not allowed: link to the page instead.",
                ("https://cdn.example/i.png", "<link"),
            ),
        ],
        SAME,
    ),
    (
        '<script type="application/json">{"a": 1}</script><script type="text/plain">x</script><script type="module">import("x")</script><script>__md_scope=new URL("x")</script><script>evil()</script><script src="assets/x.js"></script><script type=" Text/JavaScript ">  </script>',
        ("https://example.org/site/", ""),
        [
            (
                '<script type="application/json">',
                "<script> はページの中に書けません。削除してください（見た目は site.css で決めます）。",
                "<script> is not allowed in a page: remove it (styles live in docs/assets/site.css).",
                ("application/json", '{"a": 1}', "<script"),
            ),
            (
                '<script type="text/plain">',
                "<script> はページの中に書けません。削除してください（見た目は site.css で決めます）。",
                "<script> is not allowed in a page: remove it (styles live in docs/assets/site.css).",
                ("text/plain", "x", "<script"),
            ),
            (
                '<script type="module">',
                "<script> はページの中に書けません。削除してください（見た目は site.css で決めます）。",
                "<script> is not allowed in a page: remove it (styles live in docs/assets/site.css).",
                ("module", 'import("x")', "<script"),
            ),
            (
                "<script>",
                "<script> はページの中に書けません。削除してください（見た目は site.css で決めます）。",
                "<script> is not allowed in a page: remove it (styles live in docs/assets/site.css).",
                ('__md_scope=new URL("x")', "<script"),
            ),
            (
                "<script>",
                "<script> はページの中に書けません。削除してください（見た目は site.css で決めます）。",
                "<script> is not allowed in a page: remove it (styles live in docs/assets/site.css).",
                ("evil()", "<script"),
            ),
            (
                '<script src="assets/x.js">',
                "<script> はページの中に書けません。削除してください（見た目は site.css で決めます）。",
                "<script> is not allowed in a page: remove it (styles live in docs/assets/site.css).",
                ("assets/x.js", "", "<script"),
            ),
            (
                '<script type=" Text/JavaScript ">',
                "<script> はページの中に書けません。削除してください（見た目は site.css で決めます）。",
                "<script> is not allowed in a page: remove it (styles live in docs/assets/site.css).",
                (" Text/JavaScript ", "", "<script"),
            ),
        ],
        [
            (
                '<script type="text/plain">',
                "この種類のスクリプトは使えません。",
                "This kind of script is not allowed.",
                ("<script",),
            ),
            (
                '<script>import("x")…',
                "テーマに知らないインラインスクリプトがあります。hooks/6_check/allowed_html.yml の inline_scripts に確認のうえ載せるか、削除してください。",
                "The theme writes an inline script that is not listed: review it and add its beginning to inline_scripts in hooks/6_check/allowed_html.yml, or remove it.",
                ('import("x")', "<script"),
            ),
            (
                "<script>evil()…",
                "テーマに知らないインラインスクリプトがあります。hooks/6_check/allowed_html.yml の inline_scripts に確認のうえ載せるか、削除してください。",
                "The theme writes an inline script that is not listed: review it and add its beginning to inline_scripts in hooks/6_check/allowed_html.yml, or remove it.",
                ("evil()", "<script"),
            ),
        ],
        SAME,
    ),
    (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'"><meta http-equiv="content-security-policy" content="0; URL = x"><meta http-equiv="x-ua" content="y">',
        ("https://example.org/site/", ""),
        [
            (
                '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">',
                "<meta> はページの中に書けません。削除してください。",
                "<meta> is not allowed in a page: remove it.",
                ("Content-Security-Policy", "default-src 'none'", "", "<meta"),
            ),
            (
                '<meta http-equiv="content-security-policy" content="0; URL = x">',
                "<meta> はページの中に書けません。削除してください。",
                "<meta> is not allowed in a page: remove it.",
                ("content-security-policy", "0; URL = x", "", "<meta"),
            ),
            (
                '<meta http-equiv="x-ua" content="y">',
                "<meta> はページの中に書けません。削除してください。",
                "<meta> is not allowed in a page: remove it.",
                ("x-ua", "", "<meta"),
            ),
        ],
        [
            (
                '<meta http-equiv="content-security-policy" content="0; URL = x">',
                "<meta http-equiv> は使えません（ほかのページへの自動転送など）。削除してください。",
                "<meta http-equiv> is not allowed (e.g. sending readers to another page): remove it.",
                ("0; URL = x", "http-equiv"),
            ),
            (
                '<meta http-equiv="x-ua" content="y">',
                "<meta http-equiv> は使えません（ほかのページへの自動転送など）。削除してください。",
                "<meta http-equiv> is not allowed (e.g. sending readers to another page): remove it.",
                ("y", "http-equiv"),
            ),
        ],
        SAME,
    ),
    (
        '<custom-el title="t">inner <b>bold</b> text that goes on for a long while beyond forty characters</custom-el>',
        ("https://example.org/site/", ""),
        [
            (
                '<custom-el title="t">',
                "<custom-el> という要素は使えません。Markdown の書き方（見出し・箇条書き・表・リンク）で書いてください。",
                "The element <custom-el> is not allowed: use Markdown (headings, lists, tables, links) instead.",
                ("inner bold text that goes on for a long ", "<custom-el"),
            )
        ],
        SAME,
        SAME,
    ),
    (
        '<frameset><frame src="x"></frameset><portal src="y"></portal><applet code="z"></applet>',
        ("https://example.org/site/", ""),
        [
            (
                "<frameset>",
                "ほかのページの埋め込みは使えません。リンクにしてください。",
                "Embedding other pages is not allowed: link to them instead.",
                ("", "<frameset"),
            ),
            (
                '<frame src="x">',
                "ほかのページの埋め込みは使えません。リンクにしてください。",
                "Embedding other pages is not allowed: link to them instead.",
                ("", "<frame"),
            ),
            (
                '<portal src="y">',
                "ほかのページの埋め込みは使えません。リンクにしてください。",
                "Embedding other pages is not allowed: link to them instead.",
                ("", "<portal"),
            ),
            (
                '<applet code="z">',
                "ほかのページの埋め込みは使えません。リンクにしてください。",
                "Embedding other pages is not allowed: link to them instead.",
                ("", "<applet"),
            ),
        ],
        SAME,
        SAME,
    ),
    (
        "<!-- <script>alert(1)</script> --><?php echo 1 ?><p>after</p>",
        ("https://example.org/site/", ""),
        [],
        SAME,
        SAME,
    ),
    (
        '<svg viewBox="0 0 1 1" xmlns="http://www.w3.org/2000/svg"><path d="M0" fill="red"/><use href="//evil/x#a"/></svg>',
        ("https://example.org/site/", ""),
        [
            (
                '<svg viewbox="0 0 1 1" xmlns="http://www.w3.org/2000/svg">',
                "<svg> という要素は使えません。Markdown の書き方（見出し・箇条書き・表・リンク）で書いてください。",
                "The element <svg> is not allowed: use Markdown (headings, lists, tables, links) instead.",
                ("0 0 1 1", "http://www.w3.org/2000/svg", "", "<svg"),
            ),
            (
                '<path d="M0" fill="red">',
                "<path> という要素は使えません。Markdown の書き方（見出し・箇条書き・表・リンク）で書いてください。",
                "The element <path> is not allowed: use Markdown (headings, lists, tables, links) instead.",
                ("", "<path"),
            ),
            (
                '<use href="//evil/x#a">',
                "<use> という要素は使えません。Markdown の書き方（見出し・箇条書き・表・リンク）で書いてください。",
                "The element <use> is not allowed: use Markdown (headings, lists, tables, links) instead.",
                ("//evil/x#a", "", "<use"),
            ),
        ],
        [
            (
                '<use href="//evil/x#a">',
                "<use> という要素は使えません。Markdown の書き方（見出し・箇条書き・表・リンク）で書いてください。",
                "The element <use> is not allowed: use Markdown (headings, lists, tables, links) instead.",
                ("//evil/x#a", "", "<use"),
            )
        ],
        SAME,
    ),
    (
        '<form action="search.html"><input type="text" name="q" value="x"><button type="submit">b</button></form>',
        ("https://example.org/site/", ""),
        [
            (
                '<form action="search.html">',
                "入力欄・フォームはページの中に書けません。意見の受付はメールと FAX です。",
                "Forms and input fields are not allowed in a page: opinions are sent by email and fax.",
                ("search.html", "b", "<form"),
            ),
            (
                '<input type="text" name="q" value="x">',
                "入力欄・フォームはページの中に書けません。意見の受付はメールと FAX です。",
                "Forms and input fields are not allowed in a page: opinions are sent by email and fax.",
                ("text", "", "<input"),
            ),
            (
                '<button type="submit">',
                "入力欄・フォームはページの中に書けません。意見の受付はメールと FAX です。",
                "Forms and input fields are not allowed in a page: opinions are sent by email and fax.",
                ("submit", "b", "<button"),
            ),
        ],
        [],
        SAME,
    ),
    (
        '<video poster="https://evil.example/p.png"></video><object data="x.swf"></object>',
        ("https://example.org/site/", ""),
        [
            (
                '<video poster="https://evil.example/p.png">',
                "<video> という要素は使えません。Markdown の書き方（見出し・箇条書き・表・リンク）で書いてください。",
                "The element <video> is not allowed: use Markdown (headings, lists, tables, links) instead.",
                ("https://evil.example/p.png", "", "<video"),
            ),
            (
                '<object data="x.swf">',
                "ほかのページの埋め込みは使えません。リンクにしてください。",
                "Embedding other pages is not allowed: link to them instead.",
                ("x.swf", "", "<object"),
            ),
        ],
        SAME,
        SAME,
    ),
    ("", ("https://example.org/site/", ""), [], SAME, SAME),
    ("   ", ("https://example.org/site/", ""), [], SAME, SAME),
]
EDGES = [
    (body, url, content, content if theme is SAME else theme, content if page is SAME else page)
    for body, urls, content, theme, page in _EDGES
    for url in urls
]


@pytest.mark.parametrize("name", sorted(INJECTIONS))
def test_each_injection_is_found_as_before(name):
    content, theme = INJECTIONS[name]
    theme = content if theme is SAME else theme
    body = payload(name, 7)
    assert _f(check_fragment(body, "content", SITE)) == content
    assert _f(check_fragment(_doc(body), "theme", SITE)) == theme


@pytest.mark.parametrize("body, site_url, content, theme, page", EDGES)
def test_each_edge_is_found_as_before(body, site_url, content, theme, page):
    assert _f(check_fragment(body, "content", site_url)) == content
    assert _f(check_fragment(_doc(body), "theme", site_url)) == theme
    assert _f(check_page(_doc(body), body, site_url)) == page


def test_findings_are_the_allowlists_findings():
    assert all(isinstance(f, Finding) for f in check_page(_doc('<p onclick="x">t</p>'), '<p onclick="x">t</p>', ""))
