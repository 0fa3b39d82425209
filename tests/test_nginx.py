"""The site served by Debian's nginx with the project's own deploy/nginx.conf, on 127.0.0.1.

The test copies deploy/nginx.conf, changes only its two "CHANGE" lines (address, site folder) and
wraps it in a minimal nginx.conf; then asks for every page and file: headers, types, compression,
caching, the 404 page in each language, and search through the server in Chromium.
"""

from __future__ import annotations

import gzip
import re
import urllib.error
import urllib.request

import pytest

import search_box

pytestmark = [pytest.mark.nginx, pytest.mark.xdist_group("nginx")]  # one worker: one nginx


def get(url: str, encoding: str | None = None):
    """(status, headers, body) for a GET, without following the 404 into an exception."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding} if encoding else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_every_page_is_served_with_the_security_headers(nginx):
    url, built = nginx
    pages = built.pages()
    assert "index.html" in pages and "en/strategy.html" in pages
    for rel in pages:
        status, headers, body = get(url + rel)
        assert status == 200, rel
        assert headers["Content-Type"] == "text/html; charset=utf-8", rel
        assert headers["X-Content-Type-Options"] == "nosniff", rel
        assert headers["Referrer-Policy"] == "same-origin", rel
        assert headers["Cache-Control"] == "no-cache", rel
        header_policy = headers["Content-Security-Policy"]
        assert header_policy.endswith("; frame-ancestors 'none'"), rel
        # The header allows every inline script the page's own <meta> policy allows, and nothing more.
        meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', body.decode())
        assert meta, rel
        page_hashes = set(re.findall(r"'sha256-[^']+'", meta.group(1)))
        assert page_hashes and page_hashes <= set(re.findall(r"'sha256-[^']+'", header_policy)), rel
        assert header_policy.split("; script-src")[0] == meta.group(1).split("; script-src")[0]


def test_the_policy_file_is_not_published(nginx):
    url, built = nginx
    assert (built.site / ".csp-nginx.conf").is_file()
    status, _, body = get(url + ".csp-nginx.conf")
    assert status == 404 and b"set $site_csp" not in body and "ページが見つかりません" in body.decode()


@pytest.mark.parametrize(
    "path, lang, heading",
    [
        ("no-such-page.html", "ja", "ページが見つかりません"),
        ("deep/folder/no-such-page", "ja", "ページが見つかりません"),
        ("en/no-such-page.html", "en", "Page not found"),
        ("en/deep/no-such-page.html", "en", "Page not found"),
    ],
)
def test_a_missing_page_is_404_in_the_readers_language(nginx, path, lang, heading):
    url, _ = nginx
    status, headers, body = get(url + path)
    text = body.decode()
    assert status == 404
    assert f'<html lang="{lang}"' in text and f"<h1>{heading}</h1>" in text
    assert headers["X-Content-Type-Options"] == "nosniff" and "frame-ancestors" in headers["Content-Security-Policy"]


def test_text_is_compressed_and_files_have_their_types(nginx):
    url, built = nginx
    material_css = next(built.site.glob("assets/stylesheets/main.*.min.css")).relative_to(built.site).as_posix()
    material_js = next(built.site.glob("assets/javascripts/bundle.*.min.js")).relative_to(built.site).as_posix()
    wants = {  # every kind of text file the site publishes: its type, and compressed
        "index.html": "text/html",
        "assets/site.css": "text/css",
        "assets/search.js": "application/javascript",
        material_css: "text/css",
        material_js: "application/javascript",
        "feed.xml": "text/xml",
        "sitemap.xml": "text/xml",
        "opendata/kpis.csv": "text/csv",
        "opendata/kpis.json": "application/json",
        "opendata/places.json": "application/json",
    }
    for rel, content_type in wants.items():
        status, headers, body = get(url + rel, encoding="gzip")
        assert status == 200, rel
        assert headers["Content-Type"].split(";")[0] == content_type, (rel, headers["Content-Type"])
        assert headers["Content-Encoding"] == "gzip", rel
        assert gzip.decompress(body) == (built.site / rel).read_bytes(), rel
    # Pagefind's files: binary, already compressed, never compressed again.
    pagefind = [
        p
        for p in (built.site / "pagefind").rglob("*")
        if p.suffix in (".pagefind", ".pf_meta", ".pf_fragment", ".pf_index")
    ]
    assert {p.suffix for p in pagefind} == {".pagefind", ".pf_meta", ".pf_fragment", ".pf_index"}
    for path in pagefind:
        rel = path.relative_to(built.site).as_posix()
        status, headers, body = get(url + rel, encoding="gzip")
        assert status == 200 and headers["Content-Type"] == "application/octet-stream", rel
        assert headers.get("Content-Encoding") is None and body == path.read_bytes(), rel


def test_hashed_files_are_kept_for_a_year_and_the_rest_is_revalidated(nginx):
    url, built = nginx
    hashed = [p for p in built.site.glob("assets/*/*.min.*") if re.search(r"\.[0-9a-f]{8}\.min\.", p.name)]
    hashed += [p for p in (built.site / "pagefind").rglob("*") if p.suffix in (".pf_meta", ".pf_fragment", ".pf_index")]
    assert len(hashed) > 4
    for path in hashed:
        _, headers, _ = get(url + path.relative_to(built.site).as_posix())
        assert headers["Cache-Control"] == "public, max-age=31536000, immutable", path.name
    for rel in (
        "index.html",
        "en/index.html",
        "assets/site.css",
        "assets/search.js",
        "pagefind/pagefind-entry.json",
        "pagefind/pagefind.js",
        "feed.xml",
    ):
        _, headers, _ = get(url + rel)
        assert headers["Cache-Control"] == "no-cache", rel


def test_a_folder_address_serves_its_index_and_redirects_relatively(nginx):
    url, _ = nginx
    status, _, body = get(url)
    assert status == 200 and b'<html lang="ja"' in body
    status, _, body = get(url + "en/")
    assert status == 200 and b'<html lang="en"' in body
    request = urllib.request.Request(url + "en", method="GET")
    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as error:
        opener.open(request, timeout=10)
    assert error.value.code == 301 and error.value.headers["Location"] == "/en/"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.mark.browser
@pytest.mark.parametrize(
    "lang, query, page", [("ja", "熊本城", "strategy.html"), ("en", "Kumamoto Castle", "strategy.html")]
)
def test_search_works_through_nginx(nginx, browser, lang, query, page):
    url, built = nginx
    root = url + ("en/" if lang == "en" else "")
    context = browser.new_context()
    tab = context.new_page()
    violations = []
    tab.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    search_box.open_page(tab, root + "index.html")
    answer = search_box.search(tab, query, root)
    context.close()
    assert page in answer.pages, (query, answer.pages)
    assert not violations, violations
