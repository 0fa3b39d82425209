"""Two builds of the same sources are byte-identical; dates come from the sources, not the clock."""

import datetime as dt
import gzip
import os
import sys
from pathlib import Path

from conftest import PUBLISHED_URL, ROOT, build


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical_and_dated_by_the_sources(project, tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    past = dt.datetime(2020, 12, 1, 9, 0, tzinfo=dt.UTC).timestamp()
    for path in [project / "mkdocs.yml", *project.rglob("*")]:
        if path.is_file():
            os.utime(path, (past, past))
    first = build(project, tmp_path / "one", site_url=PUBLISHED_URL)  # with the sitemap, dated
    second = build(project, tmp_path / "two", site_url=PUBLISHED_URL)
    assert first.returncode == 0 and second.returncode == 0, first.output + second.output
    a, b = tree(first.site), tree(second.site)
    assert a.keys() == b.keys()
    different = [name for name in a if a[name] != b[name]]
    assert different == []
    sitemap = (first.site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<lastmod>2020-12-01</lastmod>" in sitemap
    assert dt.date.today().isoformat() not in sitemap
    with gzip.open(first.site / "sitemap.xml.gz") as handle:
        assert handle.read().decode("utf-8") == sitemap
    stamp = int.from_bytes((first.site / "sitemap.xml.gz").read_bytes()[4:8], "little")
    assert dt.datetime.fromtimestamp(stamp, dt.UTC).date() == dt.date(2020, 12, 1)


def test_a_new_date_does_not_run_the_bill_of_materials_tool_again(project, tmp_path, monkeypatch):
    """sbom.cdx.json is dated by the sources (SOURCE_DATE_EPOCH), but the tool's ~2 s run is kept in the build
    cache for the environment: a new commit or an edited page only writes the new date into it."""
    kept = Path(sys.prefix) / ".build-cache" / "sbom"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2020, 12, 1, tzinfo=dt.UTC).timestamp())))
    first = build(project, tmp_path / "one")
    assert first.returncode == 0, first.output
    before = {(p.name, p.stat().st_mtime_ns) for p in kept.iterdir()}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2021, 3, 2, 4, 5, 6, tzinfo=dt.UTC).timestamp())))
    second = build(project, tmp_path / "two")
    assert second.returncode == 0, second.output
    assert {(p.name, p.stat().st_mtime_ns) for p in kept.iterdir()} == before  # the tool did not run again
    one, two = ((b.site / "sbom.cdx.json").read_text(encoding="utf-8") for b in (first, second))
    assert '"timestamp": "2020-12-01T00:00:00+00:00"' in one and '"timestamp": "2021-03-02T04:05:06+00:00"' in two
    assert one.replace("2020-12-01T00:00:00", "2021-03-02T04:05:06") == two


def test_the_build_cache_changes_nothing(site, tmp_path, monkeypatch):
    """A build without the build cache (SITE_BUILD_CACHE=off: the bill of materials' tool, Jinja's compiler and
    Pagefind run again) writes the same bytes as builds that read their results from it."""
    warm = build(ROOT, tmp_path / "warm")  # the shared build has filled the cache: this one reads it
    assert warm.returncode == 0, warm.output
    kept = {p.parent.name for p in (Path(sys.prefix) / ".build-cache").glob("*/*") if p.is_file()}
    assert {"sbom", "pagefind"} <= kept
    monkeypatch.setenv("SITE_BUILD_CACHE", "off")
    cold = build(ROOT, tmp_path / "cold")
    assert cold.returncode == 0, cold.output
    assert tree(cold.site) == tree(site.site)
    assert tree(warm.site) == tree(site.site)
