"""Links, edge by edge (hooks/6_check/link_check.py, in process): which links of a small built site are broken
and how each is told (the Markdown file and line, the link as typed, what is missing): relative paths, folders,
anchors present and missing, addresses with a query or percent-encoding, links that leave the site, the 404 pages
at the site's root path, the same broken link twice, a printable page's links told at its parts. Each expected
message is what the check said before it was made faster (issue 20 part 2): a change of behaviour fails here."""

# ruff: noqa: E501  (the expected messages are the check's whole sentences)
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("link_check_hook", ROOT / "hooks" / "6_check" / "link_check.py")
link_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(link_check)

PAGES = {
    "index.html": '<h1 id="top">t</h1><a href="a/b.html">1</a><a href="a/b.html#x">2</a><a href="a/b.html#missing">3</a>'
    '<a href="#top">4</a><a href="#nowhere">5</a><a href="missing.html">6</a><a href="a/">7</a><a href="a">8</a>'
    '<link href="assets/x.css"><img src="img/none.png"><script src="assets/x.js"></script><a href="mailto:a@b.c">m</a>'
    '<a href="tel:0961">t</a><img src="data:image/gif;base64,R0">'
    '<a href="https://other.example/x.html">e</a><a href="//host/x">h</a><a href="">empty</a><a href="?q=1">q</a>'
    '<a href="a/b.html?x=1#x">qa</a><a href="a%2Fb.html">pc</a><a href="%E6%97%A5.html">ja</a><a href="../outside.html">o</a>'
    '<a href="missing.html">again</a><a href="a/b.html#%E7%84%A1">enc</a><area href="missing.html"><a>none</a>',
    "a/b.html": '<p id="x">b</p><a href="../index.html#top">1</a><a href="../index.html#gone">2</a><a href="c.html">3</a>'
    '<a href="./b.html#x">4</a><a href="/index.html">5</a>',
    "日.html": '<p id="無">j</p>',
    "en/index.html": '<a href="../index.html">1</a><a href="../assets/x.css">2</a><a href="b.html">3</a><a href="../en/">4</a>',
    "404.html": '<a href="/site/index.html">1</a><a href="/site/missing.html">2</a><link href="assets/x.css">'
    '<a href="/other/x.html">3</a><a href="/site/a/b.html#gone">4</a>',
    "en/404.html": '<a href="/site/en/index.html">1</a><a href="/site/en/none.html">2</a>',
    "print-doc.html": '<a href="a/b.html#missing">1</a><a href="c.html">2</a><a href="index.html#nowhere">3</a>',
    "en/print-doc.html": '<a href="../a/b.html#missing">1</a>',
}
SOURCES = {
    "docs/index.md": "# Title\n\n[1](a/b.md)\n[3](a/b.md#missing) and [5](#nowhere)\n\n[6](missing.md)\n[again](missing.md)\n",
    "docs/a/b.md": "[2](../index.md#gone)\n\n[3](c.md)\n[1](a/b.md#missing)\n",
    "docs/index.en.md": "[3](b.md)\n",
}
PRINT_PARTS = {"print-doc.html": ["docs/a/b.md", "docs/index.md"], "en/print-doc.html": ["docs/index.en.md"]}


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    for rel, body in {**PAGES, "assets/x.css": "", "assets/x.js": ""}.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        text = (
            f"<!doctype html><html><head><title>t</title></head><body>{body}</body></html>"
            if rel.endswith(".html")
            else body
        )
        (site / rel).write_text(text, encoding="utf-8")
    (site / "a" / "index.html").write_text("<html><body>a</body></html>", encoding="utf-8")
    (tmp_path / "outside.html").write_text("<html><body>o</body></html>", encoding="utf-8")
    for rel, text in SOURCES.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    return site


CASES = [
    (
        "/site/",
        True,
        [
            'docs/404.md: リンク「/site/missing.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.md (built as 404.html): the link "/site/missing.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/404.md: リンク「/other/x.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.md (built as 404.html): the link "/other/x.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/404.md: リンク「/site/a/b.md#gone」のリンク先のページ（docs/a/b.md）に見出し・位置「#gone」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.md (built as 404.html): the link "/site/a/b.md#gone" is broken: the page it links to (docs/a/b.md) has no anchor "#gone" (the link is in a part the build generates from the data).',
            'docs/a/b.md の 1 行目: リンク「../index.md#gone」のリンク先のページ（docs/index.md）に見出し・位置「#gone」がありません。リンクを直してください。\n  docs/a/b.md, line 1 (built as a/b.html): the link "../index.md#gone" is broken: the page it links to (docs/index.md) has no anchor "#gone".',
            'docs/a/b.md の 3 行目: リンク「c.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/a/b.md, line 3 (built as a/b.html): the link "c.md" is broken: the page or file it links to does not exist.',
            'docs/404.en.md: リンク「/site/en/none.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.en.md (built as en/404.html): the link "/site/en/none.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.en.md の 1 行目: リンク「b.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/index.en.md, line 1 (built as en/index.html): the link "b.md" is broken: the page or file it links to does not exist.',
            'docs/index.en.md: リンク「en/」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.en.md (built as en/index.html): the link "en/" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.md の 4 行目: リンク「a/b.md#missing」のリンク先のページ（docs/a/b.md）に見出し・位置「#missing」がありません。リンクを直してください。\n  docs/index.md, line 4 (built as index.html): the link "a/b.md#missing" is broken: the page it links to (docs/a/b.md) has no anchor "#missing".',
            'docs/index.md の 4 行目: リンク「#nowhere」のリンク先のページ（docs/index.md）に見出し・位置「#nowhere」がありません。リンクを直してください。\n  docs/index.md, line 4 (built as index.html): the link "#nowhere" is broken: the page it links to (docs/index.md) has no anchor "#nowhere".',
            'docs/index.md の 6 行目: リンク「missing.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/index.md, line 6 (built as index.html): the link "missing.md" is broken: the page or file it links to does not exist.',
            'docs/index.md: リンク「a/」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "a/" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.md: リンク「a」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "a" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.md の 7 行目: リンク「missing.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/index.md, line 7 (built as index.html): the link "missing.md" is broken: the page or file it links to does not exist.',
            'docs/index.md: リンク「a/b.md#%E7%84%A1」のリンク先のページ（docs/a/b.md）に見出し・位置「#無」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "a/b.md#%E7%84%A1" is broken: the page it links to (docs/a/b.md) has no anchor "#無" (the link is in a part the build generates from the data).',
            'docs/index.md: リンク「img/none.png」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "img/none.png" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.en.md: リンク「a/b.md#missing」のリンク先のページ（docs/a/b.md）に見出し・位置「#missing」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.en.md (built as en/print-doc.html): the link "a/b.md#missing" is broken: the page it links to (docs/a/b.md) has no anchor "#missing" (the link is in a part the build generates from the data).',
            'docs/a/b.md の 4 行目: リンク「a/b.md#missing」のリンク先のページ（docs/a/b.md）に見出し・位置「#missing」がありません。リンクを直してください。\n  docs/a/b.md, line 4 (built as print-doc.html): the link "a/b.md#missing" is broken: the page it links to (docs/a/b.md) has no anchor "#missing".',
            'docs/a/b.md: リンク「index.md#nowhere」のリンク先のページ（docs/index.md）に見出し・位置「#nowhere」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/a/b.md (built as print-doc.html): the link "index.md#nowhere" is broken: the page it links to (docs/index.md) has no anchor "#nowhere" (the link is in a part the build generates from the data).',
        ],
    ),
    (
        "/site/",
        False,
        [
            'docs/404.md: リンク「/site/missing.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.md (built as 404.html): the link "/site/missing.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/404.md: リンク「/other/x.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.md (built as 404.html): the link "/other/x.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/404.md: リンク「/site/a/b.md#gone」のリンク先のページ（docs/a/b.md）に見出し・位置「#gone」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.md (built as 404.html): the link "/site/a/b.md#gone" is broken: the page it links to (docs/a/b.md) has no anchor "#gone" (the link is in a part the build generates from the data).',
            'docs/a/b.md の 1 行目: リンク「../index.md#gone」のリンク先のページ（docs/index.md）に見出し・位置「#gone」がありません。リンクを直してください。\n  docs/a/b.md, line 1 (built as a/b.html): the link "../index.md#gone" is broken: the page it links to (docs/index.md) has no anchor "#gone".',
            'docs/a/b.md の 3 行目: リンク「c.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/a/b.md, line 3 (built as a/b.html): the link "c.md" is broken: the page or file it links to does not exist.',
            'docs/404.en.md: リンク「/site/en/none.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.en.md (built as en/404.html): the link "/site/en/none.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.en.md の 1 行目: リンク「b.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/index.en.md, line 1 (built as en/index.html): the link "b.md" is broken: the page or file it links to does not exist.',
            'docs/index.en.md: リンク「en/」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.en.md (built as en/index.html): the link "en/" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/print-doc.en.md: リンク「a/b.md#missing」のリンク先のページ（docs/a/b.md）に見出し・位置「#missing」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/print-doc.en.md (built as en/print-doc.html): the link "a/b.md#missing" is broken: the page it links to (docs/a/b.md) has no anchor "#missing" (the link is in a part the build generates from the data).',
            'docs/index.md の 4 行目: リンク「a/b.md#missing」のリンク先のページ（docs/a/b.md）に見出し・位置「#missing」がありません。リンクを直してください。\n  docs/index.md, line 4 (built as index.html): the link "a/b.md#missing" is broken: the page it links to (docs/a/b.md) has no anchor "#missing".',
            'docs/index.md の 4 行目: リンク「#nowhere」のリンク先のページ（docs/index.md）に見出し・位置「#nowhere」がありません。リンクを直してください。\n  docs/index.md, line 4 (built as index.html): the link "#nowhere" is broken: the page it links to (docs/index.md) has no anchor "#nowhere".',
            'docs/index.md の 6 行目: リンク「missing.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/index.md, line 6 (built as index.html): the link "missing.md" is broken: the page or file it links to does not exist.',
            'docs/index.md: リンク「a/」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "a/" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.md: リンク「a」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "a" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.md の 7 行目: リンク「missing.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/index.md, line 7 (built as index.html): the link "missing.md" is broken: the page or file it links to does not exist.',
            'docs/index.md: リンク「a/b.md#%E7%84%A1」のリンク先のページ（docs/a/b.md）に見出し・位置「#無」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "a/b.md#%E7%84%A1" is broken: the page it links to (docs/a/b.md) has no anchor "#無" (the link is in a part the build generates from the data).',
            'docs/index.md: リンク「img/none.png」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "img/none.png" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/print-doc.md: リンク「a/b.md#missing」のリンク先のページ（docs/a/b.md）に見出し・位置「#missing」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/print-doc.md (built as print-doc.html): the link "a/b.md#missing" is broken: the page it links to (docs/a/b.md) has no anchor "#missing" (the link is in a part the build generates from the data).',
            'docs/print-doc.md: リンク「c.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/print-doc.md (built as print-doc.html): the link "c.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/print-doc.md: リンク「index.md#nowhere」のリンク先のページ（docs/index.md）に見出し・位置「#nowhere」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/print-doc.md (built as print-doc.html): the link "index.md#nowhere" is broken: the page it links to (docs/index.md) has no anchor "#nowhere" (the link is in a part the build generates from the data).',
        ],
    ),
    (
        "/",
        True,
        [
            'docs/404.md: リンク「/site/index.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.md (built as 404.html): the link "/site/index.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/404.md: リンク「/site/missing.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.md (built as 404.html): the link "/site/missing.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/404.md: リンク「/other/x.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.md (built as 404.html): the link "/other/x.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/404.md: リンク「/site/a/b.md#gone」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.md (built as 404.html): the link "/site/a/b.md#gone" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/a/b.md の 1 行目: リンク「../index.md#gone」のリンク先のページ（docs/index.md）に見出し・位置「#gone」がありません。リンクを直してください。\n  docs/a/b.md, line 1 (built as a/b.html): the link "../index.md#gone" is broken: the page it links to (docs/index.md) has no anchor "#gone".',
            'docs/a/b.md の 3 行目: リンク「c.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/a/b.md, line 3 (built as a/b.html): the link "c.md" is broken: the page or file it links to does not exist.',
            'docs/404.en.md: リンク「/site/en/index.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.en.md (built as en/404.html): the link "/site/en/index.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/404.en.md: リンク「/site/en/none.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.en.md (built as en/404.html): the link "/site/en/none.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.en.md の 1 行目: リンク「b.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/index.en.md, line 1 (built as en/index.html): the link "b.md" is broken: the page or file it links to does not exist.',
            'docs/index.en.md: リンク「en/」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.en.md (built as en/index.html): the link "en/" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.md の 4 行目: リンク「a/b.md#missing」のリンク先のページ（docs/a/b.md）に見出し・位置「#missing」がありません。リンクを直してください。\n  docs/index.md, line 4 (built as index.html): the link "a/b.md#missing" is broken: the page it links to (docs/a/b.md) has no anchor "#missing".',
            'docs/index.md の 4 行目: リンク「#nowhere」のリンク先のページ（docs/index.md）に見出し・位置「#nowhere」がありません。リンクを直してください。\n  docs/index.md, line 4 (built as index.html): the link "#nowhere" is broken: the page it links to (docs/index.md) has no anchor "#nowhere".',
            'docs/index.md の 6 行目: リンク「missing.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/index.md, line 6 (built as index.html): the link "missing.md" is broken: the page or file it links to does not exist.',
            'docs/index.md: リンク「a/」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "a/" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.md: リンク「a」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "a" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.md の 7 行目: リンク「missing.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/index.md, line 7 (built as index.html): the link "missing.md" is broken: the page or file it links to does not exist.',
            'docs/index.md: リンク「a/b.md#%E7%84%A1」のリンク先のページ（docs/a/b.md）に見出し・位置「#無」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "a/b.md#%E7%84%A1" is broken: the page it links to (docs/a/b.md) has no anchor "#無" (the link is in a part the build generates from the data).',
            'docs/index.md: リンク「img/none.png」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "img/none.png" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.en.md: リンク「a/b.md#missing」のリンク先のページ（docs/a/b.md）に見出し・位置「#missing」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.en.md (built as en/print-doc.html): the link "a/b.md#missing" is broken: the page it links to (docs/a/b.md) has no anchor "#missing" (the link is in a part the build generates from the data).',
            'docs/a/b.md の 4 行目: リンク「a/b.md#missing」のリンク先のページ（docs/a/b.md）に見出し・位置「#missing」がありません。リンクを直してください。\n  docs/a/b.md, line 4 (built as print-doc.html): the link "a/b.md#missing" is broken: the page it links to (docs/a/b.md) has no anchor "#missing".',
            'docs/a/b.md: リンク「index.md#nowhere」のリンク先のページ（docs/index.md）に見出し・位置「#nowhere」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/a/b.md (built as print-doc.html): the link "index.md#nowhere" is broken: the page it links to (docs/index.md) has no anchor "#nowhere" (the link is in a part the build generates from the data).',
        ],
    ),
    (
        "/",
        False,
        [
            'docs/404.md: リンク「/site/index.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.md (built as 404.html): the link "/site/index.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/404.md: リンク「/site/missing.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.md (built as 404.html): the link "/site/missing.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/404.md: リンク「/other/x.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.md (built as 404.html): the link "/other/x.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/404.md: リンク「/site/a/b.md#gone」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.md (built as 404.html): the link "/site/a/b.md#gone" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/a/b.md の 1 行目: リンク「../index.md#gone」のリンク先のページ（docs/index.md）に見出し・位置「#gone」がありません。リンクを直してください。\n  docs/a/b.md, line 1 (built as a/b.html): the link "../index.md#gone" is broken: the page it links to (docs/index.md) has no anchor "#gone".',
            'docs/a/b.md の 3 行目: リンク「c.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/a/b.md, line 3 (built as a/b.html): the link "c.md" is broken: the page or file it links to does not exist.',
            'docs/404.en.md: リンク「/site/en/index.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.en.md (built as en/404.html): the link "/site/en/index.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/404.en.md: リンク「/site/en/none.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/404.en.md (built as en/404.html): the link "/site/en/none.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.en.md の 1 行目: リンク「b.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/index.en.md, line 1 (built as en/index.html): the link "b.md" is broken: the page or file it links to does not exist.',
            'docs/index.en.md: リンク「en/」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.en.md (built as en/index.html): the link "en/" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/print-doc.en.md: リンク「a/b.md#missing」のリンク先のページ（docs/a/b.md）に見出し・位置「#missing」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/print-doc.en.md (built as en/print-doc.html): the link "a/b.md#missing" is broken: the page it links to (docs/a/b.md) has no anchor "#missing" (the link is in a part the build generates from the data).',
            'docs/index.md の 4 行目: リンク「a/b.md#missing」のリンク先のページ（docs/a/b.md）に見出し・位置「#missing」がありません。リンクを直してください。\n  docs/index.md, line 4 (built as index.html): the link "a/b.md#missing" is broken: the page it links to (docs/a/b.md) has no anchor "#missing".',
            'docs/index.md の 4 行目: リンク「#nowhere」のリンク先のページ（docs/index.md）に見出し・位置「#nowhere」がありません。リンクを直してください。\n  docs/index.md, line 4 (built as index.html): the link "#nowhere" is broken: the page it links to (docs/index.md) has no anchor "#nowhere".',
            'docs/index.md の 6 行目: リンク「missing.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/index.md, line 6 (built as index.html): the link "missing.md" is broken: the page or file it links to does not exist.',
            'docs/index.md: リンク「a/」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "a/" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.md: リンク「a」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "a" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/index.md の 7 行目: リンク「missing.md」のリンク先のページ・ファイルがありません。リンクを直してください。\n  docs/index.md, line 7 (built as index.html): the link "missing.md" is broken: the page or file it links to does not exist.',
            'docs/index.md: リンク「a/b.md#%E7%84%A1」のリンク先のページ（docs/a/b.md）に見出し・位置「#無」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "a/b.md#%E7%84%A1" is broken: the page it links to (docs/a/b.md) has no anchor "#無" (the link is in a part the build generates from the data).',
            'docs/index.md: リンク「img/none.png」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/index.md (built as index.html): the link "img/none.png" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/print-doc.md: リンク「a/b.md#missing」のリンク先のページ（docs/a/b.md）に見出し・位置「#missing」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/print-doc.md (built as print-doc.html): the link "a/b.md#missing" is broken: the page it links to (docs/a/b.md) has no anchor "#missing" (the link is in a part the build generates from the data).',
            'docs/print-doc.md: リンク「c.md」のリンク先のページ・ファイルがありません。このリンクはデータから差し込まれた部分にあります。\n  docs/print-doc.md (built as print-doc.html): the link "c.md" is broken: the page or file it links to does not exist (the link is in a part the build generates from the data).',
            'docs/print-doc.md: リンク「index.md#nowhere」のリンク先のページ（docs/index.md）に見出し・位置「#nowhere」がありません。このリンクはデータから差し込まれた部分にあります。\n  docs/print-doc.md (built as print-doc.html): the link "index.md#nowhere" is broken: the page it links to (docs/index.md) has no anchor "#nowhere" (the link is in a part the build generates from the data).',
        ],
    ),
]


@pytest.mark.parametrize("root_path, print_parts, expected", CASES)
def test_broken_links_are_told_as_before(tmp_path, root_path, print_parts, expected):
    site = _site(tmp_path)
    assert link_check.broken_links(site, tmp_path, root_path, PRINT_PARTS if print_parts else None) == expected
