"""Links, edge by edge (hooks/lib/sitebuild/check/links.py, in process): which links of a small built site are broken
and where each is told (the Markdown file and line, the link as typed, what is missing): relative paths, folders,
anchors present and missing, addresses with a query or percent-encoding, links that leave the site, the 404 pages
at the site's root path, the same broken link twice, a printable page's links told at its parts. Each finding is a
row (id, file, line, the link as typed): link.E001/E002 where the link is typed, E003/E004 where the build made it
from the data (no line). The rows were checked to be the findings the check made before they got ids (issue 26)."""

# ruff: noqa: E501  (one finding a line)
from __future__ import annotations

from pathlib import Path

import pytest

from sitebuild.check import links as link_check

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


CASES = [  # (the site's root path, a printable page's parts, the findings)
    (
        "/site/",
        True,
        [
            ("link.E003", "docs/404.md", None, "/site/missing.md"),
            ("link.E003", "docs/404.md", None, "/other/x.md"),
            ("link.E004", "docs/404.md", None, "/site/a/b.md#gone"),
            ("link.E002", "docs/a/b.md", 1, "../index.md#gone"),
            ("link.E001", "docs/a/b.md", 3, "c.md"),
            ("link.E003", "docs/404.en.md", None, "/site/en/none.md"),
            ("link.E001", "docs/index.en.md", 1, "b.md"),
            ("link.E003", "docs/index.en.md", None, "en/"),
            ("link.E002", "docs/index.md", 4, "a/b.md#missing"),
            ("link.E002", "docs/index.md", 4, "#nowhere"),
            ("link.E001", "docs/index.md", 6, "missing.md"),
            ("link.E003", "docs/index.md", None, "a/"),
            ("link.E003", "docs/index.md", None, "a"),
            ("link.E001", "docs/index.md", 7, "missing.md"),
            ("link.E004", "docs/index.md", None, "a/b.md#%E7%84%A1"),
            ("link.E003", "docs/index.md", None, "img/none.png"),
            ("link.E004", "docs/index.en.md", None, "a/b.md#missing"),
            ("link.E002", "docs/a/b.md", 4, "a/b.md#missing"),
            ("link.E004", "docs/a/b.md", None, "index.md#nowhere"),
        ],
    ),
    (
        "/site/",
        False,
        [
            ("link.E003", "docs/404.md", None, "/site/missing.md"),
            ("link.E003", "docs/404.md", None, "/other/x.md"),
            ("link.E004", "docs/404.md", None, "/site/a/b.md#gone"),
            ("link.E002", "docs/a/b.md", 1, "../index.md#gone"),
            ("link.E001", "docs/a/b.md", 3, "c.md"),
            ("link.E003", "docs/404.en.md", None, "/site/en/none.md"),
            ("link.E001", "docs/index.en.md", 1, "b.md"),
            ("link.E003", "docs/index.en.md", None, "en/"),
            ("link.E004", "docs/print-doc.en.md", None, "a/b.md#missing"),
            ("link.E002", "docs/index.md", 4, "a/b.md#missing"),
            ("link.E002", "docs/index.md", 4, "#nowhere"),
            ("link.E001", "docs/index.md", 6, "missing.md"),
            ("link.E003", "docs/index.md", None, "a/"),
            ("link.E003", "docs/index.md", None, "a"),
            ("link.E001", "docs/index.md", 7, "missing.md"),
            ("link.E004", "docs/index.md", None, "a/b.md#%E7%84%A1"),
            ("link.E003", "docs/index.md", None, "img/none.png"),
            ("link.E004", "docs/print-doc.md", None, "a/b.md#missing"),
            ("link.E003", "docs/print-doc.md", None, "c.md"),
            ("link.E004", "docs/print-doc.md", None, "index.md#nowhere"),
        ],
    ),
    (
        "/",
        True,
        [
            ("link.E003", "docs/404.md", None, "/site/index.md"),
            ("link.E003", "docs/404.md", None, "/site/missing.md"),
            ("link.E003", "docs/404.md", None, "/other/x.md"),
            ("link.E003", "docs/404.md", None, "/site/a/b.md#gone"),
            ("link.E002", "docs/a/b.md", 1, "../index.md#gone"),
            ("link.E001", "docs/a/b.md", 3, "c.md"),
            ("link.E003", "docs/404.en.md", None, "/site/en/index.md"),
            ("link.E003", "docs/404.en.md", None, "/site/en/none.md"),
            ("link.E001", "docs/index.en.md", 1, "b.md"),
            ("link.E003", "docs/index.en.md", None, "en/"),
            ("link.E002", "docs/index.md", 4, "a/b.md#missing"),
            ("link.E002", "docs/index.md", 4, "#nowhere"),
            ("link.E001", "docs/index.md", 6, "missing.md"),
            ("link.E003", "docs/index.md", None, "a/"),
            ("link.E003", "docs/index.md", None, "a"),
            ("link.E001", "docs/index.md", 7, "missing.md"),
            ("link.E004", "docs/index.md", None, "a/b.md#%E7%84%A1"),
            ("link.E003", "docs/index.md", None, "img/none.png"),
            ("link.E004", "docs/index.en.md", None, "a/b.md#missing"),
            ("link.E002", "docs/a/b.md", 4, "a/b.md#missing"),
            ("link.E004", "docs/a/b.md", None, "index.md#nowhere"),
        ],
    ),
    (
        "/",
        False,
        [
            ("link.E003", "docs/404.md", None, "/site/index.md"),
            ("link.E003", "docs/404.md", None, "/site/missing.md"),
            ("link.E003", "docs/404.md", None, "/other/x.md"),
            ("link.E003", "docs/404.md", None, "/site/a/b.md#gone"),
            ("link.E002", "docs/a/b.md", 1, "../index.md#gone"),
            ("link.E001", "docs/a/b.md", 3, "c.md"),
            ("link.E003", "docs/404.en.md", None, "/site/en/index.md"),
            ("link.E003", "docs/404.en.md", None, "/site/en/none.md"),
            ("link.E001", "docs/index.en.md", 1, "b.md"),
            ("link.E003", "docs/index.en.md", None, "en/"),
            ("link.E004", "docs/print-doc.en.md", None, "a/b.md#missing"),
            ("link.E002", "docs/index.md", 4, "a/b.md#missing"),
            ("link.E002", "docs/index.md", 4, "#nowhere"),
            ("link.E001", "docs/index.md", 6, "missing.md"),
            ("link.E003", "docs/index.md", None, "a/"),
            ("link.E003", "docs/index.md", None, "a"),
            ("link.E001", "docs/index.md", 7, "missing.md"),
            ("link.E004", "docs/index.md", None, "a/b.md#%E7%84%A1"),
            ("link.E003", "docs/index.md", None, "img/none.png"),
            ("link.E004", "docs/print-doc.md", None, "a/b.md#missing"),
            ("link.E003", "docs/print-doc.md", None, "c.md"),
            ("link.E004", "docs/print-doc.md", None, "index.md#nowhere"),
        ],
    ),
]


@pytest.mark.parametrize("root_path, print_parts, expected", CASES)
def test_broken_links_are_found_at_their_lines(tmp_path, root_path, print_parts, expected):
    site = _site(tmp_path)
    found = link_check.broken_links(site, tmp_path, root_path, PRINT_PARTS if print_parts else None)
    assert [(f.id, f.file, f.line, f.params["link"]) for f in found] == expected


def test_a_missing_anchor_names_the_page_and_the_anchor_decoded(tmp_path):
    found = link_check.broken_links(_site(tmp_path), tmp_path, "/site/", PRINT_PARTS)
    anchored = [(f.params["link"], f.params["page"], f.params["anchor"]) for f in found if "anchor" in f.params]
    assert anchored == [
        ("/site/a/b.md#gone", "docs/a/b.md", "gone"),
        ("../index.md#gone", "docs/index.md", "gone"),
        ("a/b.md#missing", "docs/a/b.md", "missing"),
        ("#nowhere", "docs/index.md", "nowhere"),
        ("a/b.md#%E7%84%A1", "docs/a/b.md", "無"),
        ("a/b.md#missing", "docs/a/b.md", "missing"),
        ("a/b.md#missing", "docs/a/b.md", "missing"),
        ("index.md#nowhere", "docs/index.md", "nowhere"),
    ]
