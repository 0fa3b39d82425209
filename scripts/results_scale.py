"""Scale of the results pages (issue 19 part 7): 2,000 generated rows.

    .venv/bin/python scripts/results_scale.py [--rows 2000] [--runs 3]

Works on a temporary copy of the project. Builds the sample (mkdocs.example.yml) with the shipped
examples/outcome.yml and with an outcome of ``--rows`` generated rows (the sample's rows repeated with
new ids, spread over every section of the drafts), and prints the median build times, the added time,
the largest results page's gzipped HTML, and how long the filter takes to apply in Debian's Chromium
(from choosing a category to the rows being hidden, measured in the page).
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM, CHROMIUM_ARGS, PROJECT_PARTS, copy_project, free_port, serve  # noqa: E402

PARTS = (*PROJECT_PARTS, "mkdocs.example.yml", "examples")  # the sample build needs its config and data


def generate(sample: Path, target: Path, rows: int) -> None:
    yaml = YAML()
    doc = yaml.load(sample.read_text(encoding="utf-8"))
    base = [dict(r) for r in doc["rows"]]
    out = []
    for n in range(rows):
        row = dict(base[n % len(base)])
        row["id"] = f"g-{n + 1:05d}"
        out.append(row)
    doc["rows"] = out
    with target.open("w", encoding="utf-8") as f:
        yaml.dump(doc, f)


def build(project: Path, site: Path) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-q",
            "-f",
            str(project / "mkdocs.example.yml"),
            "-d",
            str(site),
        ],
        cwd=project,
        env=env,
        check=True,
    )
    return time.perf_counter() - start


def filter_ms(site: Path, page: str) -> float:
    from playwright.sync_api import sync_playwright

    port = free_port()
    server = serve(site, port)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            tab = browser.new_page()
            tab.goto(f"http://127.0.0.1:{port}/{page}")
            times = []
            for value in ("explained", "", "reference", ""):
                times.append(
                    tab.evaluate(
                        """v => { const s = document.getElementById('filter-category'); const t = performance.now();
                        s.value = v; s.dispatchEvent(new Event('change'));
                        document.body.offsetHeight; return performance.now() - t; }""",
                        value,
                    )
                )
            browser.close()
    finally:
        server.shutdown()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        project = copy_project(tmp / "project", PARTS)
        sample_times = [build(project, tmp / "sample") for _ in range(args.runs)]
        generate(project / "examples" / "outcome.yml", project / "examples" / "outcome.yml", args.rows)
        big_times = [build(project, tmp / "big") for _ in range(args.runs)]
        sizes = {
            p.relative_to(tmp / "big").as_posix(): len(gzip.compress(p.read_bytes(), 9))
            for p in (tmp / "big").rglob("results-*.html")
        }
        largest = max(sizes, key=sizes.get)
        print(f"load average: {os.getloadavg()}")
        print(f"sample build ({args.runs} runs, median): {statistics.median(sample_times):.1f} s")
        print(f"{args.rows}-row build ({args.runs} runs, median): {statistics.median(big_times):.1f} s")
        print(f"added: {statistics.median(big_times) - statistics.median(sample_times):.1f} s")
        print(f"largest results page: {largest}, {sizes[largest] / 1024:.0f} KB gzipped")
        print(f"filter on {largest}: {filter_ms(tmp / 'big', largest):.0f} ms (median of 4 changes)")


if __name__ == "__main__":
    main()
