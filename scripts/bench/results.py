"""The results pages at scale (issue 19 part 7): the sample site with 2,000 generated rows.

Builds the sample (``mkdocs.example.yml``) of each side twice: with the shipped ``examples/outcome.yml``
and with an outcome of ``--rows`` generated rows (the sample's rows repeated with new ids, spread over every
section of the drafts); the builds of every side alternate. Then the largest results page's gzipped HTML,
and how long its filter takes in Debian's Chromium, measured in the page from choosing a category (the
``change`` event) to the rows being laid out (a forced layout), and to the next frame being painted (what
the reader waits for: a task queued from the next animation frame runs once that frame is drawn): the
median and the slowest of 6 changes, each category in turn and back to every row (the slower kind).
"""

from __future__ import annotations

import gzip
import statistics
from functools import partial
from pathlib import Path

from ruamel.yaml import YAML

from bench.report import compare
from bench.runner import Side, alternate, mkdocs_build, summary
from conftest import CHROMIUM, CHROMIUM_ARGS, free_port, serve

CHANGES = ("explained", "", "reference", "", "revised", "")  # the categories chosen in turn, "" every row
PARTS = ("mkdocs.example.yml", "examples")  # the sample build's config and data, beside the site's parts
FILTER = """async v => { const s = document.getElementById('filter-category'); const t = performance.now();
s.value = v; s.dispatchEvent(new Event('change')); document.body.offsetHeight; const layout = performance.now() - t;
await new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)));
return [layout, performance.now() - t]; }"""


def generate(path: Path, rows: int) -> None:
    """Replace the rows of the outcome file at ``path`` by ``rows`` rows: its own, repeated with new ids."""
    yaml = YAML()
    doc = yaml.load(path.read_text(encoding="utf-8"))
    base = [dict(r) for r in doc["rows"]]
    doc["rows"] = [dict(base[n % len(base)], id=f"g-{n + 1:05d}") for n in range(rows)]
    with path.open("w", encoding="utf-8") as f:
        yaml.dump(doc, f)


def filter_ms(site: Path, page: str) -> dict[str, float]:
    """In ms, from a change of the filter to the forced layout and to the next painted frame: medians and maxima."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    server = serve(site, port)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            tab = browser.new_page()
            tab.goto(f"http://127.0.0.1:{port}/{page}")
            times = [tab.evaluate(FILTER, value) for value in CHANGES]
            browser.close()
    finally:
        server.shutdown()
    layout, paint = [t[0] for t in times], [t[1] for t in times]
    return {
        "filter_ms": statistics.median(layout),
        "filter_max_ms": max(layout),
        "filter_paint_ms": statistics.median(paint),
        "filter_paint_max_ms": max(paint),
    }


def measure(sides: list[Side], tmp: Path, rows: int, runs: int) -> dict:
    out: dict = {}
    variants, sites = {}, {}
    for side in sides:
        if not (side.source / "mkdocs.example.yml").exists():
            out[side.name] = {"missing": True}
            continue
        for variant in ("sample", "big"):
            project = side.copy(tmp / f"results-{side.name}-{variant}", PARTS)
            if variant == "big":
                generate(project / "examples" / "outcome.yml", rows)
            sites[side.name, variant] = tmp / f"site-results-{side.name}-{variant}"
            variants[side.name, variant] = partial(
                mkdocs_build, project, sites[side.name, variant], side.site_url, config="mkdocs.example.yml"
            )
    samples = alternate(variants, runs, warm_up=False, label=lambda k: f"results {k[0]} {k[1]}")
    for side in sides:
        if side.name in out:
            continue
        big = sites[side.name, "big"]
        sizes = {
            p.relative_to(big).as_posix(): len(gzip.compress(p.read_bytes(), 9)) for p in big.rglob("results-*.html")
        }
        largest = max(sizes, key=sizes.get)
        sample, generated = summary(samples[side.name, "sample"]), summary(samples[side.name, "big"])
        out[side.name] = {
            "sample": sample,
            "big": generated,
            "added": generated["wall"] - sample["wall"],
            "added_cpu": generated["cpu"] - sample["cpu"],
            "largest": largest,
            "largest_gz": sizes[largest],
            **filter_ms(big, largest),
            "rows": rows,
        }
    return out


def section(data: dict) -> list[str]:
    names = list(data)
    missing = [name for name in names if data[name].get("missing")]
    names = [name for name in names if name not in missing]
    if not names:
        return ["No side has the sample site (mkdocs.example.yml)."]
    rows_n = data[names[0]]["rows"]

    def get(*keys: str) -> dict:
        values = {}
        for name in names:
            value = data[name]
            for key in keys:
                value = value[key]
            values[name] = value
        return values

    rows = [
        ("sample build (examples/outcome.yml): median wall s", get("sample", "wall"), "{:.2f}"),
        ("sample build: median CPU s", get("sample", "cpu"), "{:.2f}"),
        (f"{rows_n}-row build: median wall s", get("big", "wall"), "{:.2f}"),
        (f"{rows_n}-row build: median CPU s", get("big", "cpu"), "{:.2f}"),
        ("**added by the rows: wall s**", get("added"), "{:.2f}"),
        ("added by the rows: CPU s", get("added_cpu"), "{:.2f}"),
        ("largest results page: KB gzipped", {n: data[n]["largest_gz"] / 1024 for n in names}, "{:.0f}"),
        (f"filter on that page: ms to the layout, median of {len(CHANGES)} changes", get("filter_ms"), "{:.0f}"),
        ("filter: ms to the layout, slowest change", get("filter_max_ms"), "{:.0f}"),
        ("**filter: ms to the next paint, median**", get("filter_paint_ms"), "{:.0f}"),
        ("**filter: ms to the next paint, slowest change**", get("filter_paint_max_ms"), "{:.0f}"),
    ]
    out = compare(rows, names, "results pages")
    out += ["", "Largest page: " + "; ".join(f"{n} {data[n]['largest']}" for n in names) + "."]
    if missing:
        out += ["", f"Not measured ({', '.join(missing)}): the commit has no sample site (mkdocs.example.yml)."]
    targets = "added build time under 10 s; the largest page under 150 KB gzipped; the filter under 100 ms"
    return [*out, "", f"Targets: {targets}."]
