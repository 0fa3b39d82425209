"""A pull request's preview at its address (.github/workflows/site.yml builds it with SITE_PREVIEW, the pull
request's number): every page says it is that preview, in both languages, and asks search engines not to list
it (robots noindex); the real site says neither; a SITE_PREVIEW that is not a number stops the build (build.E002).
"""

from __future__ import annotations

import os
import subprocess

import yaml

from conftest import MKDOCS, ROOT, Build
from sitedata import LANGS, load
from told import told

WORDS = load().words


def _preview_build(tmp_path, number: str) -> Build:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL="https://example.jp/pr-12/", SITE_PREVIEW=number)
    proc = subprocess.run(
        [*MKDOCS, "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(tmp_path / "site")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return Build(proc.returncode, proc.stdout + proc.stderr, tmp_path / "site")


def test_every_page_of_a_preview_says_so_and_is_kept_out_of_search_engines(tmp_path, site):
    preview = _preview_build(tmp_path, "12")
    assert preview.returncode == 0, preview.output
    pages = preview.pages()
    assert len(pages) == len(site.pages()) > 20
    for rel in pages:
        page = preview.html(rel)
        notice = page.select_one(".md-banner .preview-notice")
        assert notice is not None, rel
        assert [span["lang"] for span in notice.find_all("span", recursive=False)] == list(LANGS), rel
        for span, lang in zip(notice.find_all("span", recursive=False), LANGS, strict=True):
            assert span.get_text() == WORDS.text("preview.notice", lang, number="12"), rel
        assert page.select_one('meta[name="robots"]')["content"] == "noindex, nofollow", rel
    for rel in site.pages():
        page = site.html(rel)
        assert not page.select(".preview-notice") and not page.select('meta[name="robots"]'), rel


def test_a_preview_number_that_is_not_a_number_stops_the_build(tmp_path):
    result = _preview_build(tmp_path, "pr-12")
    assert result.returncode != 0
    assert ("build.E002", "SITE_PREVIEW", None) in told(result.output), result.output
    assert not (tmp_path / "site" / "index.html").exists()


def test_the_workflow_builds_the_preview_with_its_pull_requests_number():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8"))
    steps = [s for job in workflow["jobs"].values() for s in job.get("steps", []) if s.get("run") == "make publish"]
    previews = [s for s in steps if "pr" in str(s.get("env", {}).get("SITE_URL", "")) or "SITE_PREVIEW" in s["env"]]
    assert [s["env"]["SITE_PREVIEW"] for s in previews] == ["${{ github.event.pull_request.number }}"]
