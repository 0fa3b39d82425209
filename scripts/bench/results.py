"""The results pages at scale (issue 19 part 7, issue 27): the sample site with generated rows (300 by default).

Builds the sample (``mkdocs.example.yml``) of each side twice: with the shipped sample workbook
(``examples/outcome.xlsx``) and with a workbook of ``--rows`` generated fictional rows of varied text
(``generate``, spread over every section of the drafts); the builds of every side alternate. Then the largest
results page's gzipped HTML,
and how long its filter takes in Debian's Chromium, measured in the page from choosing a category (the
``change`` event) to the rows being laid out (a forced layout), and to the next frame being painted (what
the reader waits for: a task queued from the next animation frame runs once that frame is drawn): the
median and the slowest of 6 changes, each category in turn and back to every row (the slower kind).
"""

from __future__ import annotations

import gzip
import random
import statistics
import sys
from functools import partial
from pathlib import Path

import yaml

from bench.report import compare
from bench.runner import Side, alternate, mkdocs_build, summary
from conftest import CHROMIUM, CHROMIUM_ARGS, free_port, serve

CHANGES = ("explained", "", "reference", "", "revised", "")  # the categories chosen in turn, "" every row
PARTS = ("mkdocs.example.yml", "examples")  # the sample build's config and data, beside the site's parts
FILTER = """async v => { const s = document.getElementById('filter-category'); const t = performance.now();
s.value = v; s.dispatchEvent(new Event('change')); document.body.offsetHeight; const layout = performance.now() - t;
await new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)));
return [layout, performance.now() - t]; }"""


def generate(project: Path, rows: int) -> None:
    """Replace the project's sample workbook (examples/outcome.xlsx) by one of ``rows`` fictional rows of varied
    text: each row names a section of the drafts and quotes words of its draft (its titles, initiatives, KPI
    names), with a summary and a view put together from a few dozen phrases and a number, so that no two rows
    are alike (repeating the sample's 32 rows let gzip collapse them: 23 KB against 89 KB for varied rows)."""
    sys.path.insert(0, str(project / "scripts"))
    import outcome_workbook

    import sitedata

    data = sitedata.load(project / "data")
    rnd = random.Random(20210305)
    tree = yaml.safe_load((project / "examples" / "outcome.yml").read_text(encoding="utf-8"))
    refs = [ref for ref in data.sections] + ["other"]
    codes = [c.code for c in data.categories if not c.needs_change]
    out = []
    for n in range(rows):
        ref = refs[n % len(refs)]
        words = sitedata.sections.section_texts(data, ref, "ja") if ref != "other" else ["意見募集の進め方"]
        words_en = sitedata.sections.section_texts(data, ref, "en") if ref != "other" else ["the consultation"]
        k = rnd.randrange(len(words))
        quote, quote_en = words[k], words_en[k % len(words_en)]  # whole: the glossary's terms in both
        year = rnd.randrange(2026, 2040)
        a, b, v, w = (rnd.randrange(len(x)) for x in (JA_A, JA_B, JA_V, JA_W))  # the same phrase in both languages
        out.append({
            "id": f"g-{n + 1}",
            "sections": [ref],
            "count": rnd.choice([1, 1, 1, 2, 3, 5]),
            "category": rnd.choice(codes),
            "summary": {
                "ja": f"「{quote}」について、{JA_A[a]}{JA_B[b]}（{year}年度までに）。",
                "en": f'On "{quote_en}": {EN_A[a]} {EN_B[b]} (by {year}).',
            },
            "view": {
                "ja": f"{JA_V[v]}{JA_W[w]}（番号 {n + 1}）",
                "en": f"{EN_V[v]} {EN_W[w]} (row {n + 1})",
            },
        })  # fmt: skip
    tree.update(rows=out, changes=[], submitters=min(tree["submitters"], sum(r["count"] for r in out)))
    outcome_workbook.write(tree, project / "examples" / "outcome.xlsx", data, sample=True)


JA_A = [
    "地域の実情に応じて",
    "若い世代の声を聞きながら",
    "市町村と連携して",
    "数値の根拠を示して",
    "高齢者にも分かるように",
    "財源を明らかにして",
    "災害の教訓を踏まえて",
    "民間の力を生かして",
    "県民への周知を強めて",
    "中山間地域に配慮して",
]
JA_B = [
    "取組みを具体化してほしい",
    "目標を引き上げるべきだ",
    "進み具合を毎年公表してほしい",
    "支援の対象を広げてほしい",
    "窓口を一本化してほしい",
    "予算を重点的に配分すべきだ",
    "指標を見直すべきではないか",
    "事業の評価を厳しくすべきだ",
]
JA_V = [
    "ご意見の趣旨は素案に盛り込んでいます。",
    "今後の施策を進める上で参考とさせていただきます。",
    "市町村や関係団体と連携し、取組みを進めます。",
    "事業を実施する段階で検討します。",
    "国の動向を注視しながら対応します。",
]
JA_W = [
    "引き続き県民の皆様のご理解をお願いします。",
    "進捗は毎年度公表します。",
    "具体的な内容は実施計画で示します。",
    "ご意見として伺いました。",
    "必要に応じて見直しを行います。",
]
EN_A = [
    "in line with local circumstances,",
    "listening to younger people,",
    "working with the municipalities,",
    "with the figures explained,",
    "in words older people understand,",
    "with the funding made clear,",
    "learning from past disasters,",
    "drawing on private companies,",
    "telling residents more,",
    "minding the hilly and mountain areas,",
]
EN_B = [
    "make the measures concrete",
    "raise the target",
    "publish the progress every year",
    "widen the support",
    "offer one single desk",
    "put the budget where it matters",
    "review the indicators",
    "evaluate the work strictly",
]
EN_V = [
    "The gist of the opinion is in the draft.",
    "The prefecture will refer to this in taking its measures forward.",
    "The prefecture will work on this with the municipalities.",
    "This will be considered when carrying it out.",
    "The prefecture is watching what the national government does.",
]
EN_W = [
    "We ask for residents' understanding.",
    "Progress will be published every year.",
    "The details will be set out in the implementation plan.",
    "This has been noted.",
    "It will be reviewed as needed.",
]


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
                generate(project, rows)
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
        ("sample build (examples/outcome.xlsx): median wall s", get("sample", "wall"), "{:.2f}"),
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
