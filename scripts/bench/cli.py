"""The benchmark's options; runs the chosen measures and prints the report as Markdown.

    PYTHONPATH=tests:scripts .venv/bin/python -m bench [--quick] [--only build,serve,...] [--before REV] [--suite]

Measures: build (real site against plain Material), serve (preview rebuilds after three edits), firstview,
search, corpus (10/100/1,000 extra pages per language), results (300 rows); ``browser`` means firstview
and search. ``--before REV`` measures that commit too, side by side with the working tree, run by run, and
prints before | after | after / before. ``--suite`` adds ``make quick`` and ``make test`` (long). The load
average is printed before and after each measure.
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import sys
import tempfile
from pathlib import Path

from bench import builds, corpus, firstview, preview, report, results, search, suite
from bench.runner import after_side, before_side, load, log, machine

MEASURES = {
    "build": ("Full build: real site and plain Material", builds.section),
    "serve": ("Preview: save to reload under `mkdocs serve`", preview.section),
    "firstview": ("First view of each page type", firstview.section),
    "search": ("Search", search.section),
    "corpus": ("Synthetic corpus (extra pages per language)", corpus.section),
    "results": ("The results pages at scale", results.section),
    "suite": ("The test suite's wall time", suite.section),
    "profile": ("Profile", builds.profile_section),
}
DEFAULT = "build,serve,firstview,search,corpus,results"


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="2 runs, corpus of 10 and 100 pages: checks it all works")
    parser.add_argument("--runs", type=int, help="builds per timing (default 5; --quick 2)")
    parser.add_argument("--sizes", help="extra pages per language in the corpus, e.g. 10,100,1000")
    parser.add_argument("--only", default=DEFAULT, help=f"measures (default {DEFAULT}); browser: firstview,search")
    parser.add_argument("--before", metavar="REV", help="also measure this commit, side by side, run by run")
    parser.add_argument("--suite", action="store_true", help="also time `make quick` and `make test` (fresh clones)")
    parser.add_argument("--rows", type=int, default=300, help="generated rows of the results measure (default 300)")
    parser.add_argument("--profile", type=Path, help="also profile one full build with cProfile into this file")
    parser.add_argument("--json", type=Path, help="also write the numbers as JSON here")
    parser.add_argument("--timeout", type=float, default=900, help="stop a corpus build after this many s (900)")
    parser.add_argument("--suite-timeout", type=float, default=3600, help="stop a make target after this many s")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    args.argv = argv
    args.runs = args.runs or (2 if args.quick else 5)
    args.serve_runs = 3 if args.quick else 7
    args.search_runs = 2 if args.quick else 5
    args.results_runs = 1 if args.quick else 3
    args.sizes = [int(s) for s in (args.sizes or ("10,100" if args.quick else "10,100,1000")).split(",")]
    parts = set(args.only.replace("browser", "firstview,search").split(","))
    unknown = parts - set(MEASURES)
    if unknown:
        parser.error(f"unknown measures: {', '.join(sorted(unknown))}")
    args.parts = [name for name in MEASURES if name in parts or (name == "suite" and args.suite)]
    if args.profile:
        args.parts.append("profile")
    return args


def run_measures(args, sides: dict, tmp: Path) -> dict:
    side_list = list(sides.values())
    after = sides["after"]
    calls = {
        "build": lambda: builds.measure(side_list, tmp, args.runs),
        "serve": lambda: preview.measure(side_list, tmp, args.serve_runs),
        "firstview": lambda: firstview.measure(side_list, tmp),
        "search": lambda: search.measure(side_list, tmp, args.search_runs),
        "corpus": lambda: corpus.measure(side_list, tmp, args.sizes, args.runs, args.timeout),
        "results": lambda: results.measure(side_list, tmp, args.rows, args.results_runs),
        "suite": lambda: suite.measure(side_list, tmp, args.suite_timeout),
        "profile": lambda: builds.profile(after, tmp, args.profile),
    }
    res = {}
    for name in args.parts:
        before = load()
        log(f"{name} ... (load average {report.load_text(before)})")
        data = calls[name]()
        res[name] = {"load_before": before, "load_after": load(), "data": data}
        log(f"{name} done (load average {report.load_text(res[name]['load_after'])})")
    return res


def main(argv: list[str] | None = None) -> None:
    args = parse(sys.argv[1:] if argv is None else argv)
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(1))  # clean the temporary folder when stopped
    m = machine()
    log(f"machine: {m['cpu']}, {m['usable_cores']} cores, load {report.load_text(m['load_start'])}")
    tmp = Path(tempfile.mkdtemp(prefix="benchmark-"))
    try:
        sides = {"before": before_side(args.before, tmp)} if args.before else {}
        sides["after"] = after_side()
        log("sides: " + "; ".join(f"{name} {side.commit}" for name, side in sides.items()))
        res = run_measures(args, sides, tmp)
    finally:
        m["load_end"] = load()
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    lines = report.head(m, sides, args)
    for name, result in res.items():
        lines += report.section(MEASURES[name][0], result, MEASURES[name][1])
    print("\n".join(lines))
    if args.json:
        data = {"machine": m, "sides": {n: s.commit for n, s in sides.items()}, **res}
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
