"""Safe output, edge by edge (hooks/lib/sitebuild/safe_html.py): every finding of the content and of the theme, for
the injection cases of tests/injection_cases.py and for the edges of the rules (names in capitals, wildcard
attributes, each kind of address, script types and inline scripts, meta http-equiv, unknown elements, the same
element twice). Each case's HTML is also the Markdown file it comes from (docs/case.md): each finding is a row
(id, line, column) of where it is placed there — its id says what was found, its column which element (two
identical elements on a line are told apart: the content's findings are placed at their own occurrence). The
rows were checked, case by case, to be the findings the check made before its findings got ids (issue 26)."""

# ruff: noqa: E501  (one case a line)
from __future__ import annotations

import pytest

from injection_cases import payload
from sitebuild.safe_html import check_fragment, check_page, findings
from sitebuild.sources import Hit

SITE = "https://example.org/site/"
MD = "docs/case.md"


def _doc(body: str) -> str:
    return (
        '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>t</title></head>'
        f"<body><article>{body}</article></body></html>"
    )


@pytest.fixture
def placed(tmp_path):
    """The rows (id, line, column) of the hits, placed at a Markdown file that holds ``body``."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "data").mkdir()

    def rows(hits, body: str) -> list[tuple]:
        (tmp_path / MD).write_text(body, encoding="utf-8")
        found = findings(hits, tmp_path / MD, tmp_path / "data", "case.html")
        assert {f.file for f in found} <= {MD}
        return [(f.id, f.line, f.column) for f in found]

    return rows


SAME = None  # the theme's (or the whole page's) findings are the content's

INJECTIONS = {  # name: (the content's findings, the theme's: SAME when they are the content's)
    "script": ([("html.E002", 1, 9)], [("html.E013", 1, 9)]),
    "script-mixed-case": ([("html.E002", 1, 9)], [("html.E013", 1, 9)]),
    "script-src": ([("html.E002", 1, 14)], [("html.E010", 1, 14)]),
    "img-onerror": ([("html.E006", 1, 27)], SAME),
    "img-split-over-lines": ([("html.E006", 2, 22)], SAME),
    "svg-onload": ([("html.E005", 1, 13)], [("html.E006", 1, 13)]),
    "svg-script": ([("html.E005", 1, 14), ("html.E002", 1, 14)], [("html.E013", 1, 14)]),
    "div-onmouseover": ([("html.E006", 1, 19)], SAME),
    "details-ontoggle": ([("html.E006", 1, 24)], SAME),
    "a-javascript": ([("html.E009", 1, 10)], SAME),
    "a-javascript-entity": ([("html.E009", 1, None)], SAME),
    "a-javascript-tab-entity": ([("html.E009", 1, None)], SAME),
    "a-javascript-mixed-case": ([("html.E009", 1, 10)], SAME),
    "a-vbscript": ([("html.E009", 1, 10)], SAME),
    "a-data-html": ([("html.E009", 1, 10)], SAME),
    "markdown-link-javascript": ([], SAME),
    "markdown-image-other-host": ([], SAME),
    "attr-list-onclick": ([], SAME),
    "attr-list-style": ([], SAME),
    "iframe": ([("html.E001", 1, 14)], SAME),
    "object": ([("html.E001", 1, 15)], SAME),
    "embed": ([("html.E001", 1, 13)], SAME),
    "form-other-host": ([("html.E003", 1, 15), ("html.E003", 1, 39)], [("html.E010", 1, 15)]),
    "button-formaction": ([("html.E003", 1, 21)], [("html.E008", 1, 21)]),
    "meta-refresh": ([("html.E004", 1, 19)], [("html.E011", 1, 37)]),
    "base": ([("html.E004", 1, 13)], SAME),
    "img-other-host": ([("html.E010", 1, 11)], SAME),
    "img-protocol-relative": ([("html.E010", 1, 11)], SAME),
    "img-srcset-other-host": ([("html.E008", 1, 26)], SAME),
    "img-data": ([("html.E010", 1, 11)], SAME),
    "video-other-host": ([("html.E005", 1, 13)], SAME),
    "link-stylesheet": ([("html.E004", 1, 12)], [("html.E010", 1, 30)]),
    "style-block": ([("html.E002", 1, 8)], SAME),
    "style-attribute": ([("html.E007", 1, 11)], SAME),
    "input-onfocus": ([("html.E003", 1, 26)], [("html.E008", 1, 8), ("html.E006", 1, 26)]),
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
            ("html.E006", 1, 13),
            ("html.E007", 1, 18),
            ("html.E008", 1, 28),
            ("html.E006", 1, 46),
            ("html.E006", 1, 68),
            ("html.E007", 1, 73),
            ("html.E008", 1, 83),
            ("html.E006", 1, 101),
        ],
        [
            ("html.E006", 1, 13),
            ("html.E007", 1, 18),
            ("html.E008", 1, 28),
            ("html.E006", 1, 46),
            ("html.E006", 1, 13),
            ("html.E007", 1, 18),
            ("html.E008", 1, 28),
            ("html.E006", 1, 46),
        ],
        SAME,
    ),
    (
        '<a href="https://ok.example/">x</a><a href="mailto:a@b.c">m</a><a href="tel:0961">t</a><a href="ftp://x/">f</a>',
        ("https://example.org/site/", ""),
        [("html.E009", 1, 97)],
        SAME,
        SAME,
    ),
    (
        '<a href=" java\nscript:alert(1)">x</a><a href="/\\\\evil.example">y</a><a href="#top" download>z</a>',
        ("https://example.org/site/", ""),
        [("html.E009", 1, 1), ("html.E008", 2, 69)],
        [("html.E009", 1, 1)],
        SAME,
    ),
    (
        '<img src="https://example.org/site/a.png" alt=""><img src="https://example.org/other/a.png" alt="">',
        ("https://example.org/site/",),
        [("html.E010", 1, 60)],
        SAME,
        SAME,
    ),
    (
        '<img src="https://example.org/site/a.png" alt=""><img src="https://example.org/other/a.png" alt="">',
        ("",),
        [("html.E010", 1, 11), ("html.E010", 1, 60)],
        SAME,
        SAME,
    ),
    (
        '<img src="a.png" srcset="b.png 1x, https://example.org/site/c.png 2x, //evil.example/d.png 3x" alt="">',
        ("https://example.org/site/", ""),
        [("html.E008", 1, 26)],
        SAME,
        SAME,
    ),
    (
        '<blockquote cite="javascript:x">q</blockquote><q cite="https://ok/">q</q><del cite="vbscript:y">d</del>',
        ("https://example.org/site/", ""),
        [("html.E009", 1, 19), ("html.E009", 1, 85)],
        SAME,
        SAME,
    ),
    (
        '<link rel="icon" href="https://example.org/site/i.png"><link rel="icon" href="https://cdn.example/i.png">',
        ("https://example.org/site/",),
        [("html.E004", 1, 12), ("html.E004", 1, 67)],
        [("html.E010", 1, 79)],
        SAME,
    ),
    (
        '<link rel="icon" href="https://example.org/site/i.png"><link rel="icon" href="https://cdn.example/i.png">',
        ("",),
        [("html.E004", 1, 12), ("html.E004", 1, 67)],
        [("html.E010", 1, 24), ("html.E010", 1, 79)],
        SAME,
    ),
    (
        '<script type="application/json">{"a": 1}</script><script type="text/plain">x</script><script type="module">import("x")</script><script>__md_scope=new URL("x")</script><script>evil()</script><script src="assets/x.js"></script><script type=" Text/JavaScript ">  </script>',
        ("https://example.org/site/", ""),
        [
            ("html.E002", 1, 15),
            ("html.E002", 1, 64),
            ("html.E002", 1, 100),
            ("html.E002", 1, 136),
            ("html.E002", 1, 176),
            ("html.E002", 1, 204),
            ("html.E002", 1, 241),
        ],
        [("html.E012", 1, 1), ("html.E013", 1, 108), ("html.E013", 1, 176)],
        SAME,
    ),
    (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'"><meta http-equiv="content-security-policy" content="0; URL = x"><meta http-equiv="x-ua" content="y">',
        ("https://example.org/site/", ""),
        [("html.E004", 1, 19), ("html.E004", 1, 91), ("html.E004", 1, 155)],
        [("html.E011", 1, 125), ("html.E011", 1, 7)],
        SAME,
    ),
    (
        '<custom-el title="t">inner <b>bold</b> text that goes on for a long while beyond forty characters</custom-el>',
        ("https://example.org/site/", ""),
        [("html.E005", 1, 1)],
        SAME,
        SAME,
    ),
    (
        '<frameset><frame src="x"></frameset><portal src="y"></portal><applet code="z"></applet>',
        ("https://example.org/site/", ""),
        [("html.E001", 1, 1), ("html.E001", 1, 11), ("html.E001", 1, 37), ("html.E001", 1, 62)],
        [("html.E001", 1, 1), ("html.E001", 1, 1), ("html.E001", 1, 37), ("html.E001", 1, 62)],
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
        [("html.E005", 1, 15), ("html.E005", 1, 59), ("html.E005", 1, 95)],
        [("html.E005", 1, 95)],
        SAME,
    ),
    (
        '<form action="search.html"><input type="text" name="q" value="x"><button type="submit">b</button></form>',
        ("https://example.org/site/", ""),
        [("html.E003", 1, 15), ("html.E003", 1, 41), ("html.E003", 1, 80)],
        [],
        SAME,
    ),
    (
        '<video poster="https://evil.example/p.png"></video><object data="x.swf"></object>',
        ("https://example.org/site/", ""),
        [("html.E005", 1, 16), ("html.E001", 1, 66)],
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
def test_each_injection_is_found(name, placed):
    content, theme = INJECTIONS[name]
    theme = content if theme is SAME else theme
    body = payload(name, 7)
    assert placed(check_fragment(body, "content", SITE), body) == content
    assert placed(check_fragment(_doc(body), "theme", SITE), body) == theme


@pytest.mark.parametrize("body, site_url, content, theme, page", EDGES)
def test_each_edge_is_found(body, site_url, content, theme, page, placed):
    assert placed(check_fragment(body, "content", site_url), body) == content
    assert placed(check_fragment(_doc(body), "theme", site_url), body) == theme
    assert placed(sum(check_page(_doc(body), body, site_url), ()), body) == page


def test_the_checks_hits_are_placed_as_catalogue_findings():
    content, theme = check_page(_doc('<p onclick="x">t</p>'), '<p onclick="x">t</p>', "")
    assert all(isinstance(h, Hit) for h in content + theme) and [h.id for h in content] == ["html.E006"]
