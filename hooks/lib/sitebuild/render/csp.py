"""A Content-Security-Policy and a referrer policy in every page.

Reads each built page (and the 404 page): the SHA-256 hashes of its inline scripts (written by
Material's templates and overrides/; hooks/lib/sitebuild/check/safe_output.py lets no other inline script through)
go into the policy. Emits, at the top of each page's ``<head>``:

- ``<meta http-equiv="Content-Security-Policy">``: scripts, styles, images, fonts and data only
  from the site itself, inline scripts only by their hash, WebAssembly for the search (Pagefind);
  no plugins (``object-src 'none'``), no ``<base>`` from elsewhere, no form sends anything;
- ``<meta name="referrer" content="same-origin">``: other sites are not told which page a reader
  came from.

The same policy for the whole site (every page's hashes), as one nginx ``set`` line in ``.csp-nginx.conf``,
is written over the built site by sitebuild/finish/csp_nginx.py, which reads the hashes back from the pages
(``page_hashes``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

from lxml import etree

from sitebuild import cache, htmltree

REFERRER = "same-origin"
JS_TYPES = ("", "text/javascript", "module", "application/javascript")
POLICY_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
HASH = re.compile(r"'sha256-[A-Za-z0-9+/=]+'")
# What the hashes kept in the build cache depend on besides the page: this module and the parser's versions.
MADE_BY = [Path(__file__).read_bytes(), str(etree.LXML_VERSION), str(etree.LIBXML_VERSION)]


def inline_script_hashes(html: str) -> list[str]:
    """'sha256-…' of each inline script a browser would run, in page order. A page built before with the same bytes
    takes them from the build cache (``sitebuild.cache``, kind ``csp``) without being parsed: a preview's rebuild
    and a build of 1,000 pages a language parse every page otherwise (BENCHMARKS.md, "Issue 29")."""
    made = cache.kept("csp", ["csp 1", *MADE_BY, html], lambda: json.dumps(_hashes_of(htmltree.parse(html))).encode())
    return json.loads(made)


def _hashes_of(tree) -> list[str]:
    out = []
    for script in tree.iter("script"):
        if script.get("src") is not None or (script.get("type") or "").strip().lower() not in JS_TYPES:
            continue
        digest = hashlib.sha256((script.text or "").encode("utf-8")).digest()
        token = f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
        if token not in out:
            out.append(token)
    return out


def policy(hashes: list[str]) -> str:
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self' 'wasm-unsafe-eval' " + " ".join(sorted(hashes)),
            "style-src 'self'",
            "img-src 'self' data:",  # data: only for the icons inside Material's own stylesheet
            "font-src 'self'",
            "connect-src 'self'",  # the search index (Pagefind)
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'none'",
        ]
    )


def with_policy(html: str) -> str:
    """The page with the two metas at the top of its ``<head>``, the policy naming its inline scripts' hashes."""
    hashes = inline_script_hashes(html)
    meta = (
        f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
        f'<meta name="referrer" content="{REFERRER}">'
    )
    return html.replace("<head>", "<head>" + meta, 1)


def page_hashes(html: str) -> list[str]:
    """The hashes a built page's policy names (the first policy meta with_policy put in), in its order."""
    found = POLICY_META.search(html)
    return HASH.findall(found.group(1)) if found else []
