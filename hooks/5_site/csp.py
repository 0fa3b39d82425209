"""A Content-Security-Policy and a referrer policy in every page.

Reads each built page (and the 404 page): the SHA-256 hashes of its inline scripts (written by
Material's templates and overrides/; hooks/6_check/output_check.py lets no other inline script through)
go into the policy. Emits, at the top of each page's ``<head>``:

- ``<meta http-equiv="Content-Security-Policy">``: scripts, styles, images, fonts and data only
  from the site itself, inline scripts only by their hash, WebAssembly for the search (Pagefind);
  no plugins (``object-src 'none'``), no ``<base>`` from elsewhere, no form sends anything;
- ``<meta name="referrer" content="same-origin">``: other sites are not told which page a reader
  came from.

After the last language is built it also writes ``.csp-nginx.conf`` at the top of the output
folder: the same policy for the whole site (every page's hashes) as one nginx ``set`` line, which
deploy/nginx.conf includes to send the policy as a header too (with ``frame-ancestors``, which a
``<meta>`` cannot carry). Each page's hashes are kept in the build cache (sitebuild/cache.py) under the
page's bytes and the code, so a page built again unchanged is not parsed again for them.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

from mkdocs.plugins import event_priority

from sitebuild import cache, htmltree, i18n

REFERRER = "same-origin"
NGINX_FILE = ".csp-nginx.conf"
JS_TYPES = ("", "text/javascript", "module", "application/javascript")

_hashes: set[str] = set()  # every inline script's hash in this run (both languages), for the header


def inline_script_hashes(html: str) -> list[str]:
    """'sha256-…' of each inline script a browser would run, in page order."""
    return _hashes_of(htmltree.parse(html))


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
    digest = cache.key(["csp", cache.code(), html])
    kept = cache.load("csp", digest)  # the hashes of the same page's scripts, worked out before
    tree = None if kept is not None else htmltree.parse(html)
    hashes = json.loads(kept) if kept is not None else _hashes_of(tree)
    if kept is None:
        cache.store("csp", digest, json.dumps(hashes).encode("utf-8"))
    _hashes.update(hashes)
    meta = (
        f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
        f'<meta name="referrer" content="{REFERRER}">'
    )
    out = html.replace("<head>", "<head>" + meta, 1)
    return out


def on_pre_build(config, **kwargs):
    if i18n.first_build(config):
        _hashes.clear()


@event_priority(-900)  # after every hook that adds to the page; hooks/6_check/output_check.py looks after it
def on_post_page(output, page, config, **kwargs):
    return with_policy(output)


@event_priority(-900)
def on_post_template(output_content, template_name, config, **kwargs):
    if template_name.endswith(".html"):
        return with_policy(output_content)
    return output_content


@event_priority(i18n.ALL_BUILT)
def on_post_build(config, **kwargs):
    if not i18n.all_languages_built(config):
        return
    line = f'set $site_csp "{policy(sorted(_hashes))}";\n'
    (Path(config.site_dir) / NGINX_FILE).write_text(line, encoding="utf-8")
