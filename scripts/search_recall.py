"""Measure the site search on the query set in tests/search_queries.yml.

    .venv/bin/python scripts/search_recall.py                    # the site as it is (Pagefind)
    .venv/bin/python scripts/search_recall.py --engine material  # Material's own lunr search instead

Builds the real site into a temporary folder, serves it on 127.0.0.1, opens it in Debian's
Chromium and, for each language, types every query into the search box of that language's home
page and reads the result list. Prints, per language: recall@1, recall@3 and recall@5 (a right page
first, among the first 3, among the first 5), mean reciprocal rank, the false hits (results that a
query's `not` names, and every result of an `absent` query), queries that showed pages of the other
language, `absent` queries that rightly found nothing, the latency from the text changing in the box to the
results being drawn (the page's first query, which loads the index, apart; then the median, 95th
percentile and worst of the rest, over --repeat runs of each query), and the bytes of that
language's search index.

`--engine material` measures a copy of the project with this site's search taken out (the Pagefind
index and the lunr index's stand-in: hooks/finish.py, hooks/render.py; overrides/partials/search.html) and
Material's search plugin configured
with --material-config (JSON of the plugin's options; the default is the best one found: one
language pipeline for both, no stemmer; `{}` is Material's default as set up by mkdocs-static-i18n).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

import conftest  # noqa: E402  (build, serve, Chromium flags: tests/ is on PYTHONPATH, see the Makefile)
import search_box  # noqa: E402

BEST_MATERIAL = {"lang": ["ja"], "pipeline": []}


def material_project(dest: Path, options: dict) -> Path:
    """A copy of the project searched by Material's own plugin with `options`."""
    project = conftest.copy_project(dest)
    (project / "overrides" / "partials" / "search.html").unlink()
    for hook, call in (
        ("finish.py", "    search_index.index_site(config)\n"),
        ("finish.py", "    search_index.drop_lunr_index(Path(config.site_dir))\n"),
        ("render.py", "    search_meta.no_lunr_index(config)\n"),
    ):
        source = project / "hooks" / hook
        code = source.read_text(encoding="utf-8")
        assert call in code, f"hooks/{hook} no longer calls {call.strip()}"
        source.write_text(code.replace(call, "    pass\n"), encoding="utf-8")
    yml = project / "mkdocs.yml"
    text = yml.read_text(encoding="utf-8")
    if options:
        text = text.replace("  - search\n", "  - search: " + json.dumps(options) + "\n", 1)
        text = text.replace("reconfigure_search: true", "reconfigure_search: false")
    yml.write_text(text, encoding="utf-8")
    return project


def index_bytes(site: Path) -> dict[str, int]:
    """Bytes of each language's search index (for Pagefind: its metadata, index and fragment files)."""
    if (site / "pagefind").is_dir():
        return {
            lang: sum(p.stat().st_size for p in (site / "pagefind").rglob(f"*{lang}_*") if p.is_file())
            for lang in ("ja", "en")
        }
    return {
        lang: (site / sub / "search" / "search_index.json").stat().st_size
        if (site / sub / "search" / "search_index.json").exists()
        else 0
        for lang, sub in (("ja", ""), ("en", "en"))
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", choices=("site", "material"), default="site")
    parser.add_argument("--material-config", type=json.loads, default=BEST_MATERIAL)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query, for the latency")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every query's results")
    args = parser.parse_args()
    queries = search_box.load_queries()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        port = conftest.free_port()
        url = f"http://127.0.0.1:{port}/"
        project = ROOT if args.engine == "site" else material_project(Path(tmp) / "project", args.material_config)
        built = conftest.build(project, Path(tmp) / "site", site_url=url)
        if built.returncode:
            print(built.output)
            return 1
        sizes = index_bytes(built.site)
        server = conftest.serve(built.site, port)
        failed = False
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=conftest.CHROMIUM, args=conftest.CHROMIUM_ARGS)
                print(
                    f"engine: {args.engine}"
                    + (f" {json.dumps(args.material_config)}" if args.engine == "material" else "")
                )
                print(
                    "lang  queries  recall@1  recall@3  recall@5   MRR   false-hits  foreign  absent-ok  "
                    "first-ms  median-ms  p95-ms  max-ms  index-bytes"
                )
                for lang in ("ja", "en"):
                    lang_root = url + ("en/" if lang == "en" else "")
                    tab = browser.new_page()
                    search_box.open_page(tab, lang_root + "index.html")
                    run = search_box.search
                    at1 = at3 = at5 = false_hits = foreign = absent_ok = 0
                    rr, times = [], []
                    for item in queries[lang]:
                        answers = [run(tab, item["q"], lang_root) for _ in range(args.repeat)]
                        ans = answers[-1]
                        times += [a.ms for a in answers]
                        rank = search_box.best_rank(ans, item)
                        at1 += rank == 1
                        at3 += bool(rank and rank <= 3)
                        at5 += bool(rank and rank <= 5)
                        rr.append(1 / rank if rank else 0)
                        wrong = search_box.false_hits(ans, item)
                        false_hits += len(wrong)
                        foreign += bool(ans.foreign)
                        if args.verbose or not (rank and rank <= 3) or wrong:
                            print(
                                f"  {lang} {item['q']!r}: want {item['page']}, rank {rank}; got {ans.pages[:5]} "
                                f"{'FALSE HITS ' + str(wrong) + ' ' if wrong else ''}"
                                f"{'FOREIGN ' + str(ans.foreign) if ans.foreign else ''} ({ans.meta})"
                            )
                    for q in queries["absent"][lang]:
                        ans = run(tab, q, lang_root)
                        absent_ok += not ans.pages
                        false_hits += len(ans.pages)
                        if ans.pages:
                            print(f"  {lang} absent {q!r} returned {ans.pages} (false hits)")
                    n = len(queries[lang])
                    failed |= at3 < 0.95 * n or false_hits > 0
                    first, rest = times[0], sorted(times[1:])
                    p95 = rest[int(0.95 * (len(rest) - 1))]
                    print(
                        f"{lang:4}  {n:7}  {at1 / n:8.0%}  {at3 / n:8.0%}  {at5 / n:8.0%}  {statistics.mean(rr):5.2f}"
                        f"  {false_hits:10}  {foreign:7}  {absent_ok}/{len(queries['absent'][lang]):<8}"
                        f"  {first:8.1f}  {statistics.median(rest):9.1f}  {p95:6.1f}  {max(rest):6.1f}"
                        f"  {sizes[lang]:11,}"
                    )
                    tab.close()
                browser.close()
        finally:
            server.shutdown()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
