"""A second renderer, tried for real: the prepared Japanese site rendered by Zensical, then checked.

`make test` installs Zensical 0.1.2 with the site's packages into .venv-zensical (the `zensical` extra of
pyproject.toml). scripts/zensical_trial.py runs the prepare stage (``python -m sitebuild.prepare``), renders
its folder with ``zensical build`` (this project's mkdocs.yml without hooks, the i18n plugin or overrides/),
then runs the finish stage (``python -m sitebuild.finish``: Pagefind's index, the SBOM, the nginx policy) and the
check stage (``python -m sitebuild.check``) on Zensical's output. What this keeps working is
what the trial showed works (ARCHITECTURE.md, "A second renderer"): every prepared page becomes a page, with
the generated parts (the KPI tables, the viewing places, the contact) in it, in Japanese; and the check stage
finds nothing wrong in the pages' text or in Zensical's theme markup once the finish stage
(``python -m sitebuild.finish``) has written the site's own files over Zensical's folder. Nothing in the published
build depends on Zensical.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from conftest import ROOT

pytestmark = pytest.mark.zensical

PYTHON = ROOT / ".venv-zensical" / "bin" / "python"


@pytest.fixture(scope="module")
def trial(tmp_path_factory):
    assert PYTHON.exists(), "Zensical is missing: run `make test`, which installs it into .venv-zensical"
    out = tmp_path_factory.mktemp("zensical")
    proc = subprocess.run(
        [str(PYTHON), str(ROOT / "scripts" / "zensical_trial.py"), str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return out, proc


def test_zensical_renders_every_prepared_page(trial):
    out, proc = trial
    assert "== prepare: exit 0" in proc.stdout and "== render: exit 0" in proc.stdout, proc.stdout + proc.stderr
    pages = sorted(p.relative_to(out / "docs").with_suffix(".html") for p in (out / "docs").rglob("*.md"))
    assert len(pages) > 10
    missing = [str(p) for p in pages if not (out / "site" / p).is_file()]
    assert missing == []
    for page in pages:
        html = (out / "site" / page).read_text(encoding="utf-8")
        assert '<html lang="ja"' in html, page
        assert "<!-- insert:" not in html, page  # the prepare stage filled every marker


def test_the_generated_parts_are_in_zensicals_pages(trial):
    out, _ = trial
    strategy = (out / "site" / "strategy.html").read_text(encoding="utf-8")
    places = (out / "site" / "places.html").read_text(encoding="utf-8")
    assert strategy.count("<table") >= 4  # the KPI tables of the four pillars (data/strategy.yml)
    assert places.count("<li") >= 8 or places.count("<tr") >= 8  # the eight viewing places (data/places.yml)
    assert 'href="mailto:' in (out / "site" / "comment.html").read_text(encoding="utf-8")  # the contact block


def test_the_finish_stage_indexes_zensicals_pages_for_the_search(trial):
    """Pagefind's index of the Japanese pages in the menu, the bill of materials and the nginx policy file, written over
    Zensical's folder by ``python -m sitebuild.finish`` (Material's mark of the menu's page is Zensical's too)."""
    out, proc = trial
    assert "== finish: exit 0" in proc.stdout, proc.stdout + proc.stderr
    entry = json.loads((out / "site" / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["ja"] and entry["languages"]["ja"]["page_count"] >= 9  # the menu's pages
    assert (out / "site" / "sbom.cdx.json").is_file() and (out / "site" / ".csp-nginx.conf").is_file()
    # (the policy names no inline script's hash: those come from each page's own policy, which the render stage
    # writes in MkDocs' hooks: Zensical's pages have none — ARCHITECTURE.md, what the move would take)


def test_the_check_stage_finds_nothing_wrong_in_zensicals_pages(trial):
    """The allowlist, the links and the language of parts over Zensical's pages: nothing in the pages' text, nor in
    Zensical's theme markup (its one difference, an ``<a id="__skip">`` atop the article, is the theme's)."""
    out, proc = trial
    assert "== check: exit 0" in proc.stdout, proc.stdout + proc.stderr
    pages = len(list((out / "site").rglob("*.html")))
    assert f"{pages} pages checked: no problems found." in proc.stdout
