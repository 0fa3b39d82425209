"""No preview address in a published site (issue 18): a build without SITE_URL leaves out what needs the
published address and says so; a build for publication holds no address of this computer; `make
publish` (scripts/publish.py) stops without a public address, and empties a build that holds one."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import publish
from conftest import PUBLISHED_URL, ROOT, edit

LOCAL = re.compile(rb"127\.0\.0\.1|localhost", re.I)


def holding_local(site: Path) -> list[str]:
    """Files holding 127.0.0.1 or localhost. Material's source maps carry its code's comments, one of
    which names both hosts (not as an address): in those only an address (//host) counts."""
    found = publish.local_addresses(site)
    for path in sorted(site.rglob("*")):
        if path.is_file() and path.suffix != ".map" and LOCAL.search(path.read_bytes()):
            found.append(path.relative_to(site).as_posix())
    return sorted(set(found))


def test_a_build_without_site_url_leaves_out_what_needs_the_address_and_says_so(site):
    assert holding_local(site.site) == []
    for name in ("sitemap.xml", "sitemap.xml.gz", "en/sitemap.xml", "feed.xml", "en/feed.xml"):
        assert not (site.site / name).exists(), name
    for rel in site.pages():
        page = site.html(rel)
        assert page.select('link[rel="canonical"], link[rel="alternate"]') == [], rel
        assert len(page.select("a.md-select__link[hreflang]")) == 3, rel  # the language switcher stays
        assert page.select(".print-frame--foot") == [], rel
        assert page.select(".print-frame--head"), rel
    assert "公開用ではないビルドです" in site.output
    assert "Not a build for publication: without SITE_URL" in site.output


def test_a_build_for_publication_holds_no_local_address_and_has_every_absolute_link(published):
    assert holding_local(published.site) == []
    for name in ("sitemap.xml", "sitemap.xml.gz", "en/sitemap.xml", "feed.xml", "en/feed.xml"):
        assert (published.site / name).is_file(), name
    page = published.html("en/strategy.html")
    assert page.select_one('link[rel="canonical"]')["href"] == PUBLISHED_URL + "en/strategy.html"
    assert page.select_one(".print-frame--foot .print-frame__url").get_text() == PUBLISHED_URL + "en/strategy.html"
    assert "公開用ではないビルドです" not in published.output


@pytest.mark.parametrize(
    ("site_url", "said"),
    [
        (None, "公開用のビルドには、公開するアドレスが要ります"),
        ("", "A build for publication needs the address the site is published at"),
        ("http://127.0.0.1:8000/", "このパソコンのアドレス"),
        ("http://localhost:8000/kikaku/", "is this computer's own address"),
        ("http://[::1]/", "is this computer's own address"),
        ("example.jp/kikaku/draft/", "ウェブのアドレスではありません"),
    ],
)
def test_publish_stops_without_a_public_address(site_url, said, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("SITE_URL", raising=False)
    if site_url is not None:
        monkeypatch.setenv("SITE_URL", site_url)
    assert publish.main(["-d", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert said in err and "\n  " in err  # Japanese, then English
    assert not (tmp_path / "out").exists()  # nothing was built


def test_publish_empties_a_build_that_holds_a_local_address(project, tmp_path):
    """A page that links to the preview (an address copied from the browser while editing) is built,
    then found: the output folder is emptied and the file named."""
    edit(
        project,
        "docs/places.en.md",
        "<!-- insert: places -->\n",
        "<!-- insert: places -->\n\nAs seen in [the preview](http://127.0.0.1:8000/places.html).\n",
    )
    out = tmp_path / "out"
    env = dict(os.environ, SITE_URL=PUBLISHED_URL, NO_MKDOCS_2_WARNING="1")
    proc = subprocess.run(
        [sys.executable, str(project / "scripts" / "publish.py"), "-d", str(out)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "en/places.html" in proc.stderr and "出力フォルダを空にしました" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert list(out.iterdir()) == []


def test_the_publishing_path_goes_through_publish():
    """README, Makefile, the CI workflow and deploy/nginx.conf publish with `make publish`."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"(?m)^publish: .*\n\t\$\(BIN\)/python scripts/publish\.py$", makefile), (
        "make publish runs publish.py"
    )
    workflow = (ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8")
    assert "run: make publish" in workflow and "SITE_URL: ${{ vars.SITE_URL }}" in workflow
    assert "make publish SITE_URL=" in (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    assert "make publish SITE_URL=" in (ROOT / "README.md").read_text(encoding="utf-8")
