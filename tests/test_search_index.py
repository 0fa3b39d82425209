"""The search index is complete when the build says so, and the same from build to build, however busy
the machine (issue 18: "Search: Pagefind did not write pagefind-entry.json; build again." failed a build
at random under load).

The cause, shown here without relying on luck: Pagefind's service (driven through its Python API) answered
"files written" before its writes reached the disk, and the API then stopped it. hooks/lib/sitebuild/search.py
now runs Pagefind's program and reads the index once the program has ended.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_reproducible import tree

from conftest import build
from sitebuild.pagefind import _run, index, pagefind_binary, write_index
from sitebuild.search import index_form, own_words

PAGES = ["index.html", "en/index.html", "comment.html", "en/comment.html"]


@pytest.fixture(autouse=True)
def pagefind_runs(monkeypatch):
    """Pagefind itself runs in these tests: the build cache would answer for it (sitebuild/cache.py)."""
    monkeypatch.setenv("SITE_BUILD_CACHE", "off")


def pages_of(site: Path) -> tuple[dict[str, str], dict[str, dict]]:
    pages = {url: (site / url).read_text(encoding="utf-8") for url in PAGES}
    return pages, {url: own_words(html) for url, html in pages.items()}


HELD = """\
import os, signal, subprocess, sys
from pathlib import Path
# Pagefind with its writes to one file held back 10 s (strace), stopped at once on SIGTERM like itself.
p = subprocess.Popen(["strace", "-f", "-qq", "-o", "/dev/null", "-P", {held!r}, "-e", "trace=write",
                      "-e", "inject=write:delay_enter=10s", {real!r}, *sys.argv[1:]])
def stop(*_):
    for child in Path(f"/proc/{{p.pid}}/task/{{p.pid}}/children").read_text().split():
        os.kill(int(child), signal.SIGKILL)
    p.kill()
signal.signal(signal.SIGTERM, stop)
sys.exit(p.wait())
"""


@pytest.mark.load
def test_the_index_is_whole_when_pagefind_writes_late(site, tmp_path, monkeypatch):
    """Pagefind's own write of pagefind-entry.json held back 10 s: the index is whole all the same
    (before, the build stopped with "Pagefind did not write pagefind-entry.json")."""
    assert shutil.which("strace"), "Debian's strace is needed (make system-deps)"
    out = tmp_path / "out"
    entry = out / "pagefind" / "pagefind-entry.json"
    wrapper = tmp_path / "held-pagefind"
    wrapper.write_text(f"#!{sys.executable}\n" + HELD.format(held=str(entry), real=pagefind_binary()))
    wrapper.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(wrapper))
    pages, words = pages_of(site.site)
    index(out, pages, words)
    languages = json.loads(entry.read_text(encoding="utf-8"))["languages"]
    assert list(languages) == ["en", "ja"]
    assert {lang: meta["page_count"] for lang, meta in languages.items()} == {"en": 2, "ja": 2}
    for meta in languages.values():
        assert (out / "pagefind" / f"pagefind.{meta['hash']}.pf_meta").stat().st_size > 0


def test_a_large_index_is_written_whole(tmp_path):
    """40 pages of 3,000 words make an index of about 2 MB, each page its own fragment (Pagefind's Python API,
    used before, read answers of at most 2 MiB: this index came in one answer of about 1.8 times its size)."""
    rng = random.Random(18)
    pages = {}
    for i in range(40):
        text = " ".join("".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(3, 9))) for _ in range(3000))
        pages[f"en/p{i}.html"] = f'<html lang="en"><body><article><h1 id="t">P {i}</h1><p>{text}</p></article></html>'
    index(tmp_path, pages, {url: own_words(html) for url, html in pages.items()})
    files = [p for p in (tmp_path / "pagefind").rglob("*") if p.is_file()]
    assert sum(p.stat().st_size for p in files) * 16 / 9 > 2**21
    entry = json.loads((tmp_path / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["en"]["page_count"] == 40
    assert len(list((tmp_path / "pagefind" / "fragment").iterdir())) == 40


@pytest.mark.parametrize(
    "program, said",
    [
        ("#!/bin/sh\nexit 0\n", "—"),  # ends at once, well, having written nothing
        ("#!/bin/sh\necho 'Error: out of disk space' >&2\nexit 1\n", "out of disk space"),  # fails, saying why
    ],
    ids=["ends-writing-nothing", "fails-saying-why"],
)
def test_a_pagefind_that_does_not_write_its_index_gives_a_plain_error(site, tmp_path, monkeypatch, program, said):
    """A Pagefind that ends without its index: the build stops with a message in both languages, with what
    Pagefind said, and nothing half-written is published."""
    from sitedata.findings import FindingsError

    stub = tmp_path / "pagefind"
    stub.write_text(program)
    stub.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(stub))
    pages, words = pages_of(site.site)
    with pytest.raises(FindingsError) as stopped:
        index(tmp_path / "out", pages, words)
    assert stopped.value.ids == ["search.E003"]
    assert stopped.value.findings[0].params["said"].endswith(said)
    assert "Pagefind が索引を書き終えずに止まりました" in str(stopped.value)
    assert "Pagefind stopped before it had written the index" in str(stopped.value)
    assert not (tmp_path / "out" / "pagefind").exists()


def test_the_languages_indexed_apart_are_the_index_pagefind_writes_for_both_at_once(site, tmp_path):
    """Each language is indexed by a run of its own (so that an edit indexes one language again); put together,
    the files are byte for byte those of one run over every page. If a new Pagefind breaks this, this fails."""
    pages = {url: (site.site / url).read_text(encoding="utf-8") for url in PAGES + ["places.html", "en/places.html"]}
    words = {url: own_words(html) for url, html in pages.items()}
    index(tmp_path / "apart", pages, words)
    for url, html in pages.items():
        (tmp_path / "forms" / url).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "forms" / url).write_text(index_form(html, words[url]), encoding="utf-8")
    (tmp_path / "together" / "pagefind").mkdir(parents=True)
    write_index(tmp_path / "together" / "pagefind", _run(pagefind_binary(), tmp_path / "forms", tmp_path / "out"))
    apart, together = tree(tmp_path / "apart" / "pagefind"), tree(tmp_path / "together" / "pagefind")
    assert len(together) > 10 and apart == together


def test_an_edit_to_an_english_page_indexes_english_only_again(site, tmp_path, monkeypatch):
    """With the build cache on: the first index runs Pagefind once per language, the same pages again not at
    all, and after an edit to one English page once, over the English pages."""
    monkeypatch.setenv("SITE_BUILD_CACHE", "on")
    log = tmp_path / "runs.log"
    counted = tmp_path / "counted-pagefind"  # a program of its own: the cache knows nothing of it yet
    counted.write_text(f'#!/bin/sh\necho "$(ls -R "$2" | grep -c html)" >> {log}\nexec {pagefind_binary()} "$@"\n')
    counted.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(counted))
    pages, words = pages_of(site.site)
    runs = []
    for name in ("first", "again", "edited"):
        if name == "edited":
            pages["en/comment.html"] = pages["en/comment.html"].replace("</article>", "<p>One more line.</p></article>")
            words["en/comment.html"] = own_words(pages["en/comment.html"])
        index(tmp_path / name, pages, words)
        runs.append(log.read_text().split() if log.exists() else [])
    assert runs == [["2", "2"], ["2", "2"], ["2", "2", "2"]]  # two pages in each language's run
    assert tree(tmp_path / "edited" / "pagefind") != tree(tmp_path / "first" / "pagefind")
    entry = json.loads((tmp_path / "edited" / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert {lang: meta["page_count"] for lang, meta in entry["languages"].items()} == {"en": 2, "ja": 2}


@pytest.mark.load
def test_builds_while_every_core_is_busy_succeed_and_are_identical(project, tmp_path):
    """Three builds while one busy loop per core runs beside them: each succeeds, and their search
    indexes are byte-identical."""
    loop = "import time\nend = time.monotonic() + 1200\nwhile time.monotonic() < end: pass"
    busy = [subprocess.Popen([sys.executable, "-c", loop]) for _ in range(os.cpu_count() or 2)]
    try:
        builds = [build(project, tmp_path / f"site{i}") for i in range(3)]
    finally:
        for proc in busy:
            proc.kill()
            proc.wait()
    for result in builds:
        assert result.returncode == 0, result.output
    indexes = [tree(result.site / "pagefind") for result in builds]
    assert len(indexes[0]) > 10 and "pagefind-entry.json" in indexes[0]
    assert indexes[1] == indexes[0] and indexes[2] == indexes[0]


def test_material_s_unused_lunr_index_reads_no_page():
    """Material's search plugin stays for its search box, but its lunr index (removed from the site, as
    Pagefind's serves the search) takes no page: it read and split every page of both languages again."""
    from types import SimpleNamespace

    from mkdocs.config import load_config

    from conftest import ROOT

    config = load_config(str(ROOT / "mkdocs.yml"))
    config = config.plugins.on_config(config)
    search = config.plugins["material/search"]
    page = SimpleNamespace(meta={}, content="<h1 id='a'>熊本</h1><p>本文</p>", toc=[], url="x.html", title="x")
    search.on_page_context({}, page=page, config=config, nav=None)
    assert search.search_index.entries == []


def test_every_synonym_find_on_no_page_is_told_at_once(site, tmp_path):
    """Two synonyms whose find is on no page: both findings (search.E001), each on its line, in one build stop."""
    import sitedata
    from sitebuild.search import write_synonyms
    from sitedata.findings import FindingsError

    data = tmp_path / "data"
    shutil.copytree(Path(__file__).resolve().parent.parent / "data", data)
    path = data / "search_synonyms.yml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("      ja: ご意見募集の期間\n", "      ja: ご意見の締切日\n", 1)
    text = text.replace("      en: children\n", "      en: youngsters\n", 1)
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    want = [lines.index("      ja: ご意見の締切日") + 1, lines.index("      en: youngsters") + 1]
    menu = ["index", "basic-policy", "strategy", "population-vision", "comment", "opinion-form", "places"]
    menu += ["opendata", "accessibility"]
    urls = [lang + name + ".html" for lang in ("", "en/") for name in menu]
    words = {url: own_words((site.site / url).read_text(encoding="utf-8")) for url in urls}
    with pytest.raises(FindingsError) as stopped:
        write_synonyms(tmp_path, words, sitedata.load(data))
    found = [(f.id, f.file, f.line) for f in stopped.value.findings]
    assert found == [("search.E001", "data/search_synonyms.yml", line) for line in want]


def test_the_pages_indexed_are_the_menu_s_as_material_marks_them(site):
    """Which built pages are indexed is read from the pages themselves: Material marks the menu's link to the
    page shown (``IN_MENU``) on a page of the menu only. Fails if Material stops writing that mark."""
    import yaml

    from conftest import ROOT
    from sitebuild import i18n
    from sitebuild.finish.search_index import indexed_pages

    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:")[1].split("\nplugins:")[0]
    menu = {
        i18n.built_name(name, lang) for entry in yaml.safe_load(nav) for name in entry.values() for lang in i18n.LANGS
    }
    urls, boosts = indexed_pages(site.site, ROOT)
    assert set(urls) == menu
    assert boosts == {"accessibility.html": "0.25", "en/accessibility.html": "0.25"}
