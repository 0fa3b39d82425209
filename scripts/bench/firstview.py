"""The bytes a resident downloads on a first view (issue 6), in Debian's Chromium with a fresh cache.

For the home, basic policy, strategy and places pages in each language: the page's HTML (raw and
gzip-compressed) and every request of the first view, text files counted gzip-compressed as a web server
sends them. Each side's real site is built for its own address and served from a folder; the sides are
measured page by page in turn.
"""

from __future__ import annotations

import contextlib
import gzip
from pathlib import Path

from bench.builds import built_site
from bench.report import compare, kb, table
from bench.runner import Side
from conftest import CHROMIUM, CHROMIUM_ARGS, serve

PAGE_TYPES = (("home", "index.html"), ("basic policy", "basic-policy.html"), ("strategy", "strategy.html"))
PAGE_TYPES += (("places", "places.html"),)
LANGS = ("ja", "en")
TEXT_TYPES = ("text/", "javascript", "json", "xml", "svg", "wasm")  # a web server gzips these
KINDS = (
    ("css", ("css",)),
    ("js", ("javascript",)),
    ("search", ("pagefind", "search_index")),
    ("xml", ("xml",)),
    ("font", ("font", "woff")),
)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def wire_size(body: bytes, content_type: str) -> int:
    """Bytes on the wire: text types gzip-compressed (as a web server sends them), others as they are."""
    return gz(body) if any(t in content_type for t in TEXT_TYPES) else len(body)


def kind(url: str, content_type: str) -> str:
    if "html" in content_type:
        return "html"
    for name, marks in KINDS:
        if any(m in content_type or m in url for m in marks):
            return name
    return "other"


def rel_path(path: str, lang: str) -> str:
    return ("en/" if lang == "en" else "") + path


@contextlib.contextmanager
def browser_on(sides: list[Side], tmp: Path):
    """Chromium, and each side's real site served at its address: (browser, {side: (base URL, site folder)})."""
    from playwright.sync_api import sync_playwright

    sites = {side.name: (side.site_url, built_site(side, tmp)) for side in sides}
    servers = [serve(sites[side.name][1], side.port) for side in sides]
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser, sites
            browser.close()
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()  # the next measure serves the side at the same port


def first_view(browser, base: str, path: str) -> dict:
    context = browser.new_context()
    page = context.new_page()
    responses = []
    page.on("response", lambda r: responses.append(r))
    page.goto(base + path, wait_until="networkidle")
    items = []
    for r in responses:
        try:
            body = r.body()
        except Exception:  # a redirect or a response without a body
            continue
        ctype = r.headers.get("content-type", "")
        wire = wire_size(body, ctype)
        items.append({"url": r.url[len(base) :], "kind": kind(r.url, ctype), "raw": len(body), "wire": wire})
    context.close()
    by_kind: dict[str, int] = {}
    for item in items:
        by_kind[item["kind"]] = by_kind.get(item["kind"], 0) + item["wire"]
    return {
        "requests": len(items),
        "wire": sum(i["wire"] for i in items),
        "by_kind": by_kind,
        "items": sorted(items, key=lambda i: -i["wire"])[:10],
    }


def measure(sides: list[Side], tmp: Path) -> dict:
    views: dict = {side.name: {} for side in sides}
    with browser_on(sides, tmp) as (browser, sites):
        for name, path in PAGE_TYPES:
            for lang in LANGS:
                for side in sides:
                    base, site = sites[side.name]
                    html = (site / rel_path(path, lang)).read_bytes()
                    view = first_view(browser, base, rel_path(path, lang))
                    views[side.name][f"{name}/{lang}"] = dict(view, html=len(html), html_gz=gz(html))
    return views


def section(data: dict) -> list[str]:
    names = list(data)
    rows = []
    for page in data[names[0]]:
        rows.append((f"{page}: **total on the wire**, KB", {n: data[n][page]["wire"] / 1000 for n in names}, "{:.1f}"))
        rows.append((f"{page}: HTML gz, KB", {n: data[n][page]["html_gz"] / 1000 for n in names}, "{:.1f}"))
        rows.append((f"{page}: requests", {n: data[n][page]["requests"] for n in names}, "{:.0f}"))
    out = [*compare(rows, names, "page / lang"), ""]
    last = data[names[-1]]
    out.append(f"By kind, on the wire ({names[-1]}):")
    out.append("")
    kinds = ("html", "css", "js", "search", "xml", "font", "other")
    out += table(
        ["page / lang", "HTML raw", *kinds],
        [[page, kb(v["html"]), *(kb(v["by_kind"].get(k, 0)) for k in kinds)] for page, v in last.items()],
    )
    out += ["", f"Largest downloads of the Japanese home page ({names[-1]}, on the wire):", ""]
    out += [f"- {i['url']}: {kb(i['wire'])} ({kb(i['raw'])} raw)" for i in last["home/ja"]["items"]]
    return [*out, "", "Fresh cache; text gzip-compressed. Target: under 80 KB for the home page."]
