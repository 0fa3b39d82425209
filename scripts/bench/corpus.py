"""A synthetic corpus of 10, 100 and 1,000 extra pages per language: build time and peak memory, with and
without the hooks (issue 6).

Each extra page has its marked English twin (scripts/mark_translated.py of the side's own copy), headings,
a table, valid links and an insert marker, and no glossary mistakes; the pages come in documents of 10,
each a section of the menu, and the KPI data of data/strategy.yml is scaled by pages / 10. Per size, the
real and plain builds of every side alternate; a build over ``--timeout`` is stopped and reported.
"""

from __future__ import annotations

import random
import re
import shutil
from functools import partial
from pathlib import Path

import yaml

from bench.report import compare
from bench.runner import PYTHON, Side, alternate, log, make_plain, mkdocs_build, paired_ratio, project_env, run
from bench.runner import summary as sum_up

TOPICS_JA = "交通 教育 医療 農業 観光 子育て 商店街 水道 図書館 公園 漁業 林業 福祉 文化 スポーツ".split()
TOPICS_JA += "港湾 鉄道 住宅 雇用 情報通信".split()
TOPICS_EN = (
    "transport,education,health care,farming,tourism,child care,shopping streets,water supply,libraries,parks,"
    "fishing,forestry,welfare,culture,sport,ports,railways,housing,jobs,telecommunications"
).split(",")
DOC_SIZE = 10  # pages per synthetic document (one nav section each)


def corpus_page(d: int, p: int, lang: str, rng: random.Random) -> str:
    """One synthetic page: headings, paragraphs, a table, a list, links (all valid), one insert marker."""
    topics = rng.sample(range(len(TOPICS_JA)), 6)
    nxt, prev = (p + 1) % DOC_SIZE, (p - 1) % DOC_SIZE
    words = [(TOPICS_JA if lang == "ja" else TOPICS_EN)[t] for t in topics]
    rows = "\n".join(f"| {w} | {rng.randint(1, 9999):,} | {rng.randint(1, 99)}% |" for w in words)
    if lang == "ja":
        paras = "\n\n".join(
            f"この段落は性能を測るために自動で作った文章です。資料{d + 1}の{p + 1}ページ目では、{w}について、"
            f"現状と課題、これからの進め方を順に説明します。{w}の担当者は、地域の皆様と話し合いながら取り組みます。"
            for w in words
        )
        return (
            f"---\ntitle: 資料{d + 1}　{p + 1}ページ目\n"
            f"description: 性能を測るための資料{d + 1}の{p + 1}ページ目。\n---\n\n"
            f"# 資料{d + 1}　{p + 1}ページ目：{words[0]}と{words[1]}\n\n"
            f"## 概要 {{#overview}}\n\n{paras}\n\n"
            f"意見募集の期間は <!-- insert: period --> です。\n\n"
            f"## 数値の表 {{#figures}}\n\n| 分野 | 件数 | 割合 |\n| --- | --- | --- |\n{rows}\n\n"
            f"## 関連するページ {{#links}}\n\n"
            f"- [次のページ](p{nxt:02d}.md#overview)\n- [前のページ](p{prev:02d}.md#figures)\n"
            f"- [柱1のKPIの表](../../strategy.md#pillar-1)\n- [閲覧場所](../../places.md)\n"
        )
    paras = "\n\n".join(
        f"This paragraph was written automatically to measure performance. Page {p + 1} of document {d + 1} "
        f"describes {w}: where things stand, what the problems are and how the work will go on. The staff in charge "
        f"of {w} will work on it in discussion with local residents."
        for w in words
    )
    return (
        f"---\ntitle: Document {d + 1}, page {p + 1}\ndescription: Page {p + 1} of document {d + 1}, made to measure "
        "performance.\n---\n\n"
        f"# Document {d + 1}, page {p + 1}: {words[0]} and {words[1]}\n\n"
        f"## Overview {{#overview}}\n\n{paras}\n\n"
        f"The comment period is <!-- insert: period -->.\n\n"
        f"## Figures {{#figures}}\n\n| Field | Cases | Share |\n| --- | --- | --- |\n{rows}\n\n"
        f"## Related pages {{#links}}\n\n"
        f"- [Next page](p{nxt:02d}.md#overview)\n- [Previous page](p{prev:02d}.md#figures)\n"
        f"- [KPI table, pillar 1](../../strategy.md#pillar-1)\n- [Where to read the draft](../../places.md)\n"
    )


def add_corpus(project: Path, pages: int) -> None:
    """``pages`` extra pages per language in documents of 10 (each a nav section), KPI data x pages/10."""
    rng = random.Random(pages)
    docs = project / "docs" / "library"
    english = []
    nav_lines = ["  - 追加資料:"]
    translations = ["            追加資料: Additional documents"]
    for d in range((pages + DOC_SIZE - 1) // DOC_SIZE):
        folder = docs / f"d{d:03d}"
        folder.mkdir(parents=True)
        nav_lines.append(f"      - 資料{d + 1}:")
        translations.append(f"            資料{d + 1}: Document {d + 1}")
        for p in range(min(DOC_SIZE, pages - d * DOC_SIZE)):
            (folder / f"p{p:02d}.md").write_text(corpus_page(d, p, "ja", rng), encoding="utf-8")
            (folder / f"p{p:02d}.en.md").write_text(corpus_page(d, p, "en", rng), encoding="utf-8")
            english.append(f"docs/library/d{d:03d}/p{p:02d}.en.md")
            nav_lines.append(f"          - library/d{d:03d}/p{p:02d}.md")
        if pages - d * DOC_SIZE < DOC_SIZE:  # a short last document: keep its links inside it
            for f in folder.glob("*.md"):
                text = f.read_text(encoding="utf-8")
                text = re.sub(r"\(p(\d\d)\.md", lambda m: f"(p{int(m.group(1)) % (pages % DOC_SIZE):02d}.md", text)
                f.write_text(text, encoding="utf-8")
    check_glossary(project, docs)
    path = project / "mkdocs.yml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(
        r"(?m)^(nav:\n(?:  .*\n|\s*\n)*)",
        lambda m: m.group(1).rstrip("\n") + "\n" + "\n".join(nav_lines) + "\n\n",
        text,
        count=1,
    )
    text = re.sub(r"(?m)^( *nav_translations:\n)", lambda m: m.group(1) + "\n".join(translations) + "\n", text, count=1)
    path.write_text(text, encoding="utf-8")
    for start in range(0, len(english), 200):
        run([PYTHON, "scripts/mark_translated.py", *english[start : start + 200]], project, project_env(project))
    scale_strategy(project / "data" / "strategy.yml", max(1, pages // 10))


def check_glossary(project: Path, docs: Path) -> None:
    """The generated text must pass the glossary check: fail early with a clear message if it would not."""
    terms = yaml.safe_load((project / "data" / "glossary.yml").read_text(encoding="utf-8"))["terms"]
    ja = (docs / "d000" / "p00.md").read_text(encoding="utf-8") + "".join(TOPICS_JA)
    en = (docs / "d000" / "p00.en.md").read_text(encoding="utf-8").lower() + " ".join(TOPICS_EN)
    for term in terms:
        if term["ja"] in ja and term["en"].lower() not in en:
            raise SystemExit(f"benchmark corpus uses the glossary term {term['ja']} without {term['en']}")
        for form in term.get("avoid") or []:
            if form.lower() in en:
                raise SystemExit(f"benchmark corpus uses {form!r}, which the glossary forbids")


def scale_strategy(path: Path, factor: int) -> None:
    """Copy the pillars (with their measures) and the KPIs ``factor`` times in all, with new ids."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    pillars, kpis = list(data["pillars"]), list(data["kpis"])
    top = max(p["id"] for p in pillars)
    for k in range(1, factor):
        data["pillars"] += [dict(p, id=p["id"] + k * top) for p in pillars]
        data["kpis"] += [dict(kpi, id=f"{kpi['id']}-c{k}", pillar=kpi["pillar"] + k * top) for kpi in kpis]
    text = yaml.dump(data, Dumper=_Unaliased, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text(text, encoding="utf-8")


class _Unaliased(yaml.SafeDumper):
    """Writes a value shared by copies out in full each time: data files refuse YAML aliases (data.E014)."""

    def ignore_aliases(self, data):
        return True


def measure(sides: list[Side], tmp: Path, sizes: list[int], runs: int, timeout: float) -> dict:
    out: dict = {side.name: {} for side in sides}
    for n in sizes:
        log(f"corpus: {n} extra pages per language ...")
        variants, sites = {}, {}
        for side in sides:
            project = side.copy(tmp / f"corpus-{n}-{side.name}")
            add_corpus(project, n)
            plain = tmp / f"corpus-{n}-{side.name}-plain"
            shutil.copytree(project, plain)
            make_plain(plain)
            for variant, folder, strict in (("site", project, True), ("plain", plain, False)):
                sites[side.name, variant] = tmp / f"site-corpus-{side.name}-{variant}"
                build = partial(mkdocs_build, folder, sites[side.name, variant], side.site_url, strict)
                variants[side.name, variant] = partial(build, timeout=timeout)
        samples = alternate(
            variants, max(1, runs if n < 1000 else min(runs, 3)), warm_up=n < 1000, label=lambda k: f"{k[0]} {k[1]}"
        )
        for side in sides:
            built = next((s for v in ("site", "plain") if (s := sites[side.name, v]).is_dir()), None)
            strategy = yaml.safe_load((tmp / f"corpus-{n}-{side.name}" / "data" / "strategy.yml").read_text("utf-8"))
            out[side.name][n] = {
                "pages": len(list(built.rglob("*.html"))) if built else None,
                "kpis": len(strategy["kpis"]),
                "site": sum_up(samples[side.name, "site"]),
                "plain": sum_up(samples[side.name, "plain"]),
                "ratio_cpu": paired_ratio(samples[side.name, "site"], samples[side.name, "plain"]),
            }
        for path in [*sites.values(), *tmp.glob(f"corpus-{n}-*")]:
            shutil.rmtree(path, ignore_errors=True)
    return out


def section(data: dict) -> list[str]:
    names = list(data)
    rows = []
    for n in data[names[0]]:

        def get(variant: str, key: str, n=n) -> dict:
            return {name: data[name][n][variant].get(key) for name in names}

        cpu = get("site", "cpu")
        pages = {name: data[name][n]["pages"] for name in names}
        per_page = {k: 1000 * v / pages[k] if v is not None and pages[k] else None for k, v in cpu.items()}
        stopped = [f"{name} {v}" for name in names for v in ("site", "plain") if data[name][n][v].get("timed_out")]
        label = f"{n} extra pages / lang" + (f" (stopped: {', '.join(stopped)})" if stopped else "")
        rows += [
            (f"{label}: HTML pages built", pages, "{:.0f}"),
            (f"{n}: KPIs", {name: data[name][n]["kpis"] for name in names}, "{:.0f}"),
            (f"{n}: site wall s", get("site", "wall"), "{:.2f}"),
            (f"{n}: **site CPU s**", cpu, "{:.2f}"),
            (f"{n}: site CPU ms / page", per_page, "{:.1f}"),
            (f"{n}: **site peak MB**", get("site", "rss"), "{:.0f}"),
            (f"{n}: plain wall s", get("plain", "wall"), "{:.2f}"),
            (f"{n}: plain CPU s", get("plain", "cpu"), "{:.2f}"),
            (f"{n}: plain peak MB", get("plain", "rss"), "{:.0f}"),
            (f"{n}: hooks' cost, site / plain CPU (paired)", {k: data[k][n]["ratio_cpu"] for k in names}, "x{:.2f}"),
        ]
    out = compare(rows, names, "corpus (KPI data x pages/10)")
    for name in names:
        sizes = list(data[name])
        for a, b in zip(sizes, sizes[1:], strict=False):
            ra, rb = data[name][a], data[name][b]
            if all("cpu" in r[v] for r in (ra, rb) for v in ("site", "plain")) and ra["pages"] and rb["pages"]:
                site, plain = rb["site"]["cpu"] / ra["site"]["cpu"], rb["plain"]["cpu"] / ra["plain"]["cpu"]
                out.append(
                    f"\n{name}, {a} -> {b}: pages x{rb['pages'] / ra['pages']:.1f}; "
                    f"site CPU x{site:.1f}, plain CPU x{plain:.1f}"
                )
    return [*out, "", "Target: growth no worse than linear; 1,000 extra pages per language under 60 s on 2 cores."]
