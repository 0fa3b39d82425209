"""How fast the site builds and how many bytes a resident downloads (issue 6).

    .venv/bin/python scripts/benchmark.py            # full run: medians of 5 builds, 10/100/1,000-page corpus
    .venv/bin/python scripts/benchmark.py --quick    # a quick check that everything works (fewer runs, no 1,000)
    .venv/bin/python scripts/benchmark.py --profile /tmp/build.prof   # also profile one full build (cProfile)

Works on temporary copies of the project (never on the real tree) and prints, with the machine and
its load average:

1. the full build of the real site (``mkdocs build --strict``) next to a plain Material build of the
   same Markdown without the project's hooks (same theme, plugins, Markdown extensions);
2. the rebuild after one Markdown edit under ``mkdocs serve`` (from saving the file to
   "Reloading browsers"; the edit appends a sentence to docs/comment.en.md, which keeps the strict
   translation check green);
3. a synthetic corpus of 10, 100 and 1,000 extra pages per language (with the KPI data scaled by the
   same factor), each page with its marked English twin, links and no glossary mistakes: build time
   and peak memory, with and without the hooks;
4. for the home, basic policy, strategy and places pages in each language: the HTML bytes and every
   byte a first view downloads (fresh browser cache, text files counted gzip-compressed);
5. the search index bytes per language (Pagefind ``pagefind/`` or Material's lunr
   ``search/search_index.json``, whichever the site ships) and the time from typing a query into
   the real search box to the results being shown, in Debian's Chromium.

Every timing is the median of several runs. Timings on a shared machine are noisy: compare runs
taken on the same machine when it is quiet (the load average is printed before and after).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import platform
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from importlib import metadata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (Debian's Chromium and its flags; tests/ on PYTHONPATH)

PYTHON = sys.executable
PAGE_TYPES = [
    ("home", "index.html"),
    ("basic policy", "basic-policy.html"),
    ("strategy", "strategy.html"),
    ("places", "places.html"),
]
QUERIES = {"ja": ["復興", "熊本地震", "観光", "KPI"], "en": ["reconstruction", "earthquake", "tourism", "KPI"]}
TEXT_TYPES = ("text/", "javascript", "json", "xml", "svg", "wasm")  # a web server gzips these
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUNBUFFERED="1")


def log(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- the machine


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = next(
        (
            int(line.split()[1]) // 1024
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    versions = {}
    for dist in ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "pymdown-extensions", "pagefind", "playwright"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            pass
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)),
        "mem_mb": mem,
        "os": platform.platform(),
        "python": platform.python_version(),
        "packages": versions,
        "commit": commit,
        "load_start": os.getloadavg(),
    }


# ---------------------------------------------------------------- project copies


class AnyTag(yaml.SafeLoader):
    """Reads mkdocs.yml without running its !ENV and !!python tags."""


AnyTag.add_multi_constructor("!", lambda loader, suffix, node: None)
AnyTag.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def project_parts() -> list[str]:
    """mkdocs.yml, docs, data, hooks, overrides, scripts and anything else mkdocs.yml points to."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=AnyTag)
    parts = {"mkdocs.yml", "data", "scripts", config.get("docs_dir") or "docs"}
    theme = config.get("theme") or {}
    if isinstance(theme, dict) and theme.get("custom_dir"):
        parts.add(theme["custom_dir"])
    for hook in config.get("hooks") or []:
        parts.add(Path(hook).parts[0])
    for item in config.get("watch") or []:
        parts.add(Path(item).parts[0])
    docs = config.get("docs_dir") or "docs"
    for key in ("extra_css", "extra_javascript"):
        for item in config.get(key) or []:
            path = item if isinstance(item, str) else item.get("path", "")
            if path and "://" not in path and not (ROOT / docs / path).exists():
                raise SystemExit(f"mkdocs.yml {key} names {docs}/{path}, which does not exist")
    return sorted(parts)


def copy_project(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for part in project_parts():
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / part)
    return dest


def make_plain(project: Path) -> None:
    """Remove the hooks from the copy's mkdocs.yml: same theme, plugins and extensions, no hooks."""
    path = project / "mkdocs.yml"
    text = path.read_text(encoding="utf-8")
    text, n = re.subn(r"(?m)^hooks:\n(?:[ \t]+-.*\n|[ \t]*#.*\n|[ \t]*\n)*", "", text)
    if n != 1:
        raise SystemExit("could not find the hooks: list in mkdocs.yml")
    # Without the hooks some links point at generated files: a plain build cannot be strict.
    text = re.sub(r"(?m)^strict:.*$", "strict: false", text)
    path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- running builds


class TimedOut(Exception):
    pass


def run(
    cmd: list[str], cwd: Path, env: dict | None = None, timeout: float | None = None
) -> tuple[float, float, float, str]:
    """Wall time (s), CPU time (s, with its children), peak resident memory of the largest process (MB), output.

    CPU time is steadier than wall time on a shared machine. Fails on a non-zero exit; after ``timeout``
    seconds stops the command (and its children) and raises TimedOut."""
    with tempfile.TemporaryFile("w+") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd, cwd=cwd, env=env or ENV, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if timeout and time.perf_counter() - start > timeout:
                os.killpg(proc.pid, 15)
                os.wait4(proc.pid, 0)
                raise TimedOut(f"stopped after {timeout:.0f} s")
            time.sleep(0.02)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read()
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed in {cwd}:\n{output[-4000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output


def mkdocs_build(
    project: Path, site: Path, site_url: str, strict: bool = True, timeout: float | None = None
) -> tuple[float, float, float]:
    env = dict(ENV, SITE_URL=site_url)
    cmd = [PYTHON, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(site)]
    wall, cpu, rss, _ = run(cmd + (["--strict"] if strict else []), project, env, timeout)
    return wall, cpu, rss


def timed_builds(
    variants: dict[str, tuple[Path, bool]],
    runs: int,
    site_url: str,
    root: Path,
    warm_up: bool = True,
    timeout: float | None = None,
) -> dict:
    """Build each variant once to warm up (bytecode, disk cache), then ``runs`` times, alternating; medians.

    A variant whose build takes longer than ``timeout`` is stopped and reported as timed out."""
    results = {name: {"wall": [], "cpu": [], "rss": []} for name in variants}
    stopped = {}
    for name, (project, strict) in variants.items():
        if warm_up:
            mkdocs_build(project, root / f"site-{name}", site_url, strict)
    for i in range(runs):
        for name, (project, strict) in variants.items():
            if name in stopped:
                continue
            try:
                wall, cpu, rss = mkdocs_build(project, root / f"site-{name}", site_url, strict, timeout)
            except TimedOut:
                stopped[name] = timeout
                log(f"  build {name} #{i + 1}: stopped after {timeout:.0f} s")
                continue
            results[name]["wall"].append(wall)
            results[name]["cpu"].append(cpu)
            results[name]["rss"].append(rss)
            log(f"  build {name} #{i + 1}: {wall:.2f} s wall, {cpu:.2f} s CPU, {rss:.0f} MB")
    return {
        name: (
            {
                "wall": statistics.median(r["wall"]),
                "cpu": statistics.median(r["cpu"]),
                "rss": max(r["rss"]),
                "runs": r["wall"],
            }
            if r["wall"]
            else {"timeout": stopped[name]}
            if name in stopped
            else {}
        )
        for name, r in results.items()
    }


# ---------------------------------------------------------------- mkdocs serve


def serve_rebuilds(project: Path, runs: int) -> dict:
    """Start ``mkdocs serve``; append a sentence to an English page ``runs`` times; time each rebuild."""
    port = free_port()
    proc = subprocess.Popen(
        [PYTHON, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[tuple[float, str]] = []

    def reader():
        for line in proc.stdout:
            lines.append((time.perf_counter(), line.rstrip()))

    threading.Thread(target=reader, daemon=True).start()

    def wait_for(pattern: str, after: float, timeout: float = 300) -> tuple[float, str]:
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            for stamp, line in list(lines):
                if stamp >= after and re.search(pattern, line):
                    return stamp, line
                # MkDocs' own words, or the guarded preview's (hooks/1_run/preview.py), for a failed rebuild
                failed = "An error happened during the rebuild" in line or "preview build stopped" in line
                if stamp >= after and failed:
                    raise SystemExit("mkdocs serve: the rebuild failed:\n" + "\n".join(text for _, text in lines[-30:]))
            if proc.poll() is not None:
                raise SystemExit("mkdocs serve stopped:\n" + "\n".join(text for _, text in lines[-30:]))
            time.sleep(0.01)
        raise SystemExit(f"mkdocs serve: no {pattern!r} within {timeout} s")

    page = project / "docs" / "comment.en.md"
    walls, builds = [], []
    try:
        wait_for(r"Serving on", 0)
        for i in range(runs + 1):  # the first rebuild is a warm-up
            time.sleep(1.5)
            with page.open("a", encoding="utf-8") as f:
                f.write(f"\nThis sentence was added by the benchmark ({i}).\n")
            saved = time.perf_counter()
            stamp, _ = wait_for(r"Reloading browsers", saved)
            built = [text for s, text in lines if saved <= s <= stamp and "Documentation built in" in text]
            if i:
                walls.append(stamp - saved)
                if built:
                    builds.append(float(re.search(r"built in ([\d.]+)", built[-1]).group(1)))
                log(f"  serve rebuild #{i}: {stamp - saved:.2f} s")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    return {"wall": statistics.median(walls), "build": statistics.median(builds) if builds else None, "runs": walls}


# ---------------------------------------------------------------- the synthetic corpus

TOPICS_JA = [
    "交通",
    "教育",
    "医療",
    "農業",
    "観光",
    "子育て",
    "商店街",
    "水道",
    "図書館",
    "公園",
    "漁業",
    "林業",
    "福祉",
    "文化",
    "スポーツ",
    "港湾",
    "鉄道",
    "住宅",
    "雇用",
    "情報通信",
]
TOPICS_EN = [
    "transport",
    "education",
    "health care",
    "farming",
    "tourism",
    "child care",
    "shopping streets",
    "water supply",
    "libraries",
    "parks",
    "fishing",
    "forestry",
    "welfare",
    "culture",
    "sport",
    "ports",
    "railways",
    "housing",
    "jobs",
    "telecommunications",
]
DOC_SIZE = 10  # pages per synthetic document (one nav section each)


def corpus_page(d: int, p: int, lang: str, rng: random.Random) -> str:
    """One synthetic page: headings, paragraphs, a table, a list, links (all valid), one insert marker."""
    topics = rng.sample(range(len(TOPICS_JA)), 6)
    nxt, prev = (p + 1) % DOC_SIZE, (p - 1) % DOC_SIZE
    if lang == "ja":
        words = [TOPICS_JA[t] for t in topics]
        paras = "\n\n".join(
            f"この段落は性能を測るために自動で作った文章です。資料{d + 1}の{p + 1}ページ目では、{w}について、"
            f"現状と課題、これからの進め方を順に説明します。{w}の担当者は、地域の皆様と話し合いながら取り組みます。"
            for w in words
        )
        rows = "\n".join(f"| {w} | {rng.randint(1, 9999):,} | {rng.randint(1, 99)}% |" for w in words)
        return (
            f"# 資料{d + 1}　{p + 1}ページ目：{words[0]}と{words[1]}\n\n"
            f"## 概要 {{#overview}}\n\n{paras}\n\n"
            f"意見募集の期間は <!-- insert: period --> です。\n\n"
            f"## 数値の表 {{#figures}}\n\n| 分野 | 件数 | 割合 |\n| --- | ---: | ---: |\n{rows}\n\n"
            f"## 関連するページ {{#links}}\n\n"
            f"- [次のページ](p{nxt:02d}.md#overview)\n- [前のページ](p{prev:02d}.md#figures)\n"
            f"- [柱1のKPIの表](../../strategy.md#pillar-1)\n- [閲覧場所](../../places.md)\n"
        )
    words = [TOPICS_EN[t] for t in topics]
    paras = "\n\n".join(
        f"This paragraph was written automatically to measure performance. Page {p + 1} of document {d + 1} "
        f"describes {w}: where things stand, what the problems are and how the work will go on. The staff in charge "
        f"of {w} will work on it in discussion with local residents."
        for w in words
    )
    rows = "\n".join(f"| {w} | {rng.randint(1, 9999):,} | {rng.randint(1, 99)}% |" for w in words)
    return (
        f"# Document {d + 1}, page {p + 1}: {words[0]} and {words[1]}\n\n"
        f"## Overview {{#overview}}\n\n{paras}\n\n"
        f"The comment period is <!-- insert: period -->.\n\n"
        f"## Figures {{#figures}}\n\n| Field | Cases | Share |\n| --- | ---: | ---: |\n{rows}\n\n"
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
                f.write_text(
                    re.sub(
                        r"\(p(\d\d)\.md",
                        lambda m: f"(p{int(m.group(1)) % (pages % DOC_SIZE):02d}.md",
                        f.read_text(encoding="utf-8"),
                    ),
                    encoding="utf-8",
                )
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
        subprocess.run(
            [PYTHON, "scripts/mark_translated.py", *english[start : start + 200]],
            cwd=project,
            check=True,
            capture_output=True,
            env=ENV,
        )
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
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")


# ---------------------------------------------------------------- bytes a first view downloads


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_dir(directory: Path, port: int) -> http.server.ThreadingHTTPServer:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def wire_size(body: bytes, content_type: str) -> int:
    """Bytes on the wire: text types gzip-compressed (as a web server sends them), others as they are."""
    return gz(body) if any(t in content_type for t in TEXT_TYPES) else len(body)


def kind(url: str, content_type: str) -> str:
    if "html" in content_type:
        return "html"
    for name, marks in (
        ("css", ("css",)),
        ("js", ("javascript",)),
        ("search", ("pagefind", "search_index")),
        ("xml", ("xml",)),
        ("font", ("font", "woff")),
    ):
        if any(m in content_type or m in url for m in marks):
            return name
    return "other"


def first_view(browser, base: str, path: str) -> dict:
    context = browser.new_context()
    page = context.new_page()
    responses = []
    page.on("response", lambda r: responses.append(r))
    page.goto(base + path, wait_until="networkidle")
    page.wait_for_timeout(500)
    items = []
    for r in responses:
        try:
            body = r.body()
        except Exception:  # a redirect or a response without a body
            continue
        ctype = r.headers.get("content-type", "")
        items.append(
            {
                "url": r.url[len(base) :],
                "kind": kind(r.url, ctype),
                "raw": len(body),
                "wire": wire_size(body, ctype),
                "status": r.status,
            }
        )
    context.close()
    return {
        "requests": len(items),
        "wire": sum(i["wire"] for i in items),
        "raw": sum(i["raw"] for i in items),
        "items": sorted(items, key=lambda i: -i["wire"]),
    }


# ---------------------------------------------------------------- search


def search_index_sizes(site: Path) -> dict:
    """Index bytes per language, and the engine. Pagefind files are already compressed."""
    if (site / "pagefind").is_dir():
        pf = site / "pagefind"
        entry = json.loads((pf / "pagefind-entry.json").read_text(encoding="utf-8"))
        out = {"engine": "pagefind", "langs": {}}
        shared = sum(f.stat().st_size for f in pf.iterdir() if f.is_file() and f.suffix in (".js", ".json"))
        for lang, info in entry["languages"].items():
            prefix = info["hash"].split("_")[0] + "_"
            index = sum(
                f.stat().st_size
                for d in ("index", "fragment")
                if (pf / d).is_dir()
                for f in (pf / d).iterdir()
                if f.name.startswith(prefix)
            )
            meta = sum(f.stat().st_size for f in pf.glob(f"pagefind.{info['hash']}*.pf_meta"))
            wasm = pf / f"wasm.{info['wasm'] or 'unknown'}.pagefind"
            out["langs"][lang] = {
                "pages": info["page_count"],
                "index": index + meta,
                "wasm": wasm.stat().st_size if wasm.exists() else 0,
            }
        out["shared_js"] = shared
        out["shared_js_gz"] = sum(gz(f.read_bytes()) for f in pf.iterdir() if f.is_file() and f.suffix == ".js")
        return out
    path = site / "search" / "search_index.json"
    if path.exists():
        raw = path.read_bytes()
        index = json.loads(raw)
        out = {"engine": "lunr", "file": len(raw), "file_gz": gz(raw), "langs": {}}
        for lang in ("ja", "en"):
            docs = [d for d in index["docs"] if d["location"].startswith("en/") == (lang == "en")]
            part = json.dumps({"config": index["config"], "docs": docs}, ensure_ascii=False).encode()
            out["langs"][lang] = {
                "pages": len({d["location"].split("#")[0] for d in docs}),
                "index": len(part),
                "index_gz": gz(part),
            }
        return out
    return {"engine": "none", "langs": {}}


INSTRUMENT = """() => {
  const input = document.querySelector('input.md-search__input, .pagefind-ui__search-input');
  const results = document.querySelector('.md-search-result, .pagefind-ui__drawer, .pagefind-ui') || document.body;
  window.__bm = {t0: 0, last: 0};
  document.addEventListener('input', () => { window.__bm.t0 = performance.now(); }, true);
  new MutationObserver(() => { window.__bm.last = performance.now(); })
    .observe(results, {subtree: true, childList: true, characterData: true});
  return !!input;
}"""


def search_latency(browser, base: str, lang: str, runs: int) -> dict:
    """Type each query into the real search box; time from the input event to the last change of the results."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + ("en/" if lang == "en" else "") + "index.html", wait_until="networkidle")
    if not page.evaluate(INSTRUMENT):
        context.close()
        return {"error": "no search box"}
    selector = "input.md-search__input, .pagefind-ui__search-input"
    box = page.locator(selector).first
    if not box.is_visible():
        page.locator("label.md-header__button[for='__search']").first.click()
    box.focus()

    def one(query: str) -> tuple[float, int]:
        page.evaluate("window.__bm.t0 = 0; window.__bm.last = 0")
        page.keyboard.insert_text(query)  # one input event, as when an IME commits the text
        end = time.time() + 20
        while time.time() < end:
            t0, last, now = page.evaluate("[window.__bm.t0, window.__bm.last, performance.now()]")
            if last > t0 > 0 and now - last > 400:
                count = page.locator(".md-search-result__item, .pagefind-ui__result").count()
                return last - t0, count
            time.sleep(0.05)
        raise SystemExit(f"search: no results shown for {query!r} within 20 s")

    def clear():
        box.fill("")
        page.wait_for_timeout(300)

    first, hits = one(QUERIES[lang][0])
    clear()
    warm = []
    for _ in range(runs):
        for q in QUERIES[lang]:
            ms, n = one(q)
            warm.append(ms)
            hits = max(hits, n)
            clear()
    context.close()
    return {"first_ms": first, "warm_ms": statistics.median(warm), "warm_max_ms": max(warm), "hits": hits}


def browser_measurements(site: Path, port: int, search_runs: int) -> tuple[dict, dict]:
    from playwright.sync_api import sync_playwright

    base = f"http://127.0.0.1:{port}/"
    server = serve_dir(site, port)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            views = {}
            for name, path in PAGE_TYPES:
                for lang in ("ja", "en"):
                    rel = ("en/" if lang == "en" else "") + path
                    html = (site / rel).read_bytes()
                    views[(name, lang)] = dict(first_view(browser, base, rel), html=len(html), html_gz=gz(html))
            latency = {lang: search_latency(browser, base, lang, search_runs) for lang in ("ja", "en")}
            browser.close()
    finally:
        server.shutdown()
    return views, latency


# ---------------------------------------------------------------- profile


def profile(project: Path, out: Path, site_url: str) -> str:
    env = dict(ENV, SITE_URL=site_url)
    run(
        [
            PYTHON,
            "-m",
            "cProfile",
            "-o",
            str(out),
            "-m",
            "mkdocs",
            "build",
            "-q",
            "--strict",
            "-d",
            str(project.parent / "site-profile"),
        ],
        project,
        env,
    )
    import pstats

    stats = pstats.Stats(str(out))
    total = max(v[3] for v in stats.stats.values())
    hooks, packages = {}, {}
    for (filename, _, func), (_, ncalls, tottime, cumtime, _) in stats.stats.items():
        path = Path(filename)
        if "hooks" in path.parts and (func.startswith("on_") or func in ("_add_pages", "_fill_pages")):
            key = "/".join(path.parts[path.parts.index("hooks") :]) + f":{func}"
            hooks[key] = (hooks.get(key, (0, 0))[0] + cumtime, ncalls)
        if "site-packages" in path.parts:
            pkg = path.parts[path.parts.index("site-packages") + 1].split(".")[0]
        elif "hooks" in path.parts:
            pkg = "/".join(path.parts[path.parts.index("hooks") :])
        elif filename.startswith("~") or "<" in filename:
            pkg = "builtins (I/O, regex, C code)"
        else:
            pkg = "stdlib/" + path.stem
        packages[pkg] = packages.get(pkg, 0) + tottime
    lines = [
        f"Profile of one full build (cProfile, {total:.2f} s; profiling slows Python ~1.5-2x): {out}",
        "",
        "Hook event handlers, cumulative (a page event sums over every page of both languages):",
        "| handler | calls | cumulative s | share |",
        "| --- | ---: | ---: | ---: |",
    ]
    for key, (cum, calls) in sorted(hooks.items(), key=lambda kv: -kv[1][0])[:15]:
        lines.append(f"| {key} | {calls} | {cum:.3f} | {100 * cum / total:.1f}% |")
    lines += ["", "Self time by package (sums to the total):", "| package | self s | share |", "| --- | ---: | ---: |"]
    for pkg, tot in sorted(packages.items(), key=lambda kv: -kv[1])[:15]:
        lines.append(f"| {pkg} | {tot:.3f} | {100 * tot / total:.1f}% |")
    lines += ["", "Top 20 functions by cumulative time:", "```"]
    import io

    buf = io.StringIO()
    pstats.Stats(str(out), stream=buf).sort_stats("cumulative").print_stats(25)
    lines += [row for row in buf.getvalue().splitlines() if row.strip()][-27:] + ["```"]
    return "\n".join(lines)


# ---------------------------------------------------------------- report


def kb(n: float) -> str:
    return f"{n / 1000:.1f} KB"


def report(m: dict, res: dict, args) -> str:
    out = [
        "# Benchmark (scripts/benchmark.py" + (" --quick" if args.quick else "") + ")",
        "",
        f"- Machine: {m['cpu']}, {m['usable_cores']} usable of {m['cores']} cores, {m['mem_mb']} MB RAM, "
        f"{m['os']}, Python {m['python']}",
        "- Packages: " + ", ".join(f"{k} {v}" for k, v in m["packages"].items()),
        f"- Commit: {m['commit']}; load average at start {m['load_start'][0]:.2f} {m['load_start'][1]:.2f} "
        f"{m['load_start'][2]:.2f}, at end {m['load_end'][0]:.2f} {m['load_end'][1]:.2f} {m['load_end'][2]:.2f}",
        f"- Runs per timing: {args.runs} builds (after one warm-up), {args.serve_runs} serve rebuilds, "
        f"{args.search_runs} x {len(QUERIES['ja'])} search queries; medians",
        "",
    ]
    if "build" in res:
        b = res["build"]
        ratio = b["site"]["wall"] / b["plain"]["wall"]
        cpu_ratio = b["site"]["cpu"] / b["plain"]["cpu"]
        out += [
            "## Full build",
            "",
            "| build | median wall s | median CPU s | wall runs (s) | peak MB |",
            "| --- | ---: | ---: | --- | ---: |",
        ]
        for name, label in (("site", "real site, `mkdocs build --strict`"), ("plain", "plain Material, no hooks")):
            r = b[name]
            out.append(
                f"| {label} | {r['wall']:.2f} | {r['cpu']:.2f} | {' '.join(f'{x:.2f}' for x in r['runs'])} | "
                f"{r['rss']:.0f} |"
            )
        out += [
            "",
            f"Hooks' cost: x{ratio:.2f} the plain build in wall time (+{100 * (ratio - 1):.0f}%), "
            f"x{cpu_ratio:.2f} in CPU time (+{100 * (cpu_ratio - 1):.0f}%); target under +10%.",
            "",
        ]
    if "serve" in res:
        s = res["serve"]
        out += [
            "## Rebuild under `mkdocs serve` after one Markdown edit",
            "",
            f'Save to "Reloading browsers": median {s["wall"]:.2f} s (runs {" ".join(f"{x:.2f}" for x in s["runs"])}); '
            f'MkDocs\' own "built in": {s["build"] if s["build"] is not None else "?"} s. Target under 1 s.',
            "",
        ]
    if "corpus" in res:
        out += [
            "## Synthetic corpus (extra pages per language; KPI data x pages/10)",
            "",
            "| extra pages / lang | HTML pages built | KPIs | site wall s | site CPU s | CPU ms / page | peak MB "
            "| plain wall s | plain CPU s | plain peak MB | hooks' cost (CPU) |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for n, r in res["corpus"].items():
            site, plain = r["site"], r["plain"]
            if "wall" not in site or "wall" not in plain:

                def cell(x):
                    return f"> {x['timeout']:.0f} (stopped)" if "timeout" in x else f"{x['wall']:.2f}"

                out.append(
                    f"| {n} | {r['pages']} | {r['kpis']} | {cell(site)} | - | - | - | {cell(plain)} | - | - | - |"
                )
                continue
            out.append(
                f"| {n} | {r['pages']} | {r['kpis']} | {site['wall']:.2f} | {site['cpu']:.2f} | "
                f"{1000 * site['cpu'] / r['pages']:.1f} | {site['rss']:.0f} | {plain['wall']:.2f} | "
                f"{plain['cpu']:.2f} | {plain['rss']:.0f} | +{100 * (site['cpu'] / plain['cpu'] - 1):.0f}% |"
            )
        sizes = list(res["corpus"])
        for a, b in zip(sizes, sizes[1:], strict=False):
            ra, rb = res["corpus"][a], res["corpus"][b]
            if not all("wall" in r[v] for r in (ra, rb) for v in ("site", "plain")):
                continue
            out.append(
                f"\n{a} -> {b}: pages x{rb['pages'] / ra['pages']:.1f}; site build wall "
                f"x{rb['site']['wall'] / ra['site']['wall']:.1f}, CPU x{rb['site']['cpu'] / ra['site']['cpu']:.1f}"
                f"; plain CPU x{rb['plain']['cpu'] / ra['plain']['cpu']:.1f} (linear: no faster than pages)."
            )
        out += ["", "Target: growth no worse than linear; 1,000 extra pages per language under 60 s on 2 cores.", ""]
    if "views" in res:
        out += [
            "## First view of each page type (fresh cache; text gzip-compressed)",
            "",
            "| page | lang | HTML | HTML gz | requests | total on the wire | html | css | js | search | other |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for (name, lang), v in res["views"].items():
            by = {}
            for i in v["items"]:
                by[i["kind"]] = by.get(i["kind"], 0) + i["wire"]
            other = sum(x for k, x in by.items() if k not in ("html", "css", "js", "search"))
            out.append(
                f"| {name} | {lang} | {kb(v['html'])} | {kb(v['html_gz'])} | {v['requests']} | "
                f"**{kb(v['wire'])}** | {kb(by.get('html', 0))} | {kb(by.get('css', 0))} | "
                f"{kb(by.get('js', 0))} | {kb(by.get('search', 0))} | {kb(other)} |"
            )
        home = res["views"][("home", "ja")]
        out += ["", "Largest downloads of the Japanese home page (on the wire):", ""]
        out += [f"- {i['url']}: {kb(i['wire'])} ({kb(i['raw'])} raw)" for i in home["items"][:10]]
        out += ["", "Target: under 80 KB for the home page.", ""]
    if "index" in res:
        ix = res["index"]
        out += [f"## Search ({ix['engine']})", ""]
        if ix["engine"] == "pagefind":
            out += [
                "| lang | pages | index + fragments | language wasm | shared JS (raw / gz) |",
                "| --- | ---: | ---: | ---: | ---: |",
            ]
            for lang, v in ix["langs"].items():
                out.append(
                    f"| {lang} | {v['pages']} | {kb(v['index'])} | {kb(v['wasm'])} | "
                    f"{kb(ix['shared_js'])} / {kb(ix['shared_js_gz'])} |"
                )
        elif ix["engine"] == "lunr":
            out += [
                f"search/search_index.json: {kb(ix['file'])} ({kb(ix['file_gz'])} gz), loaded by every language.",
                "",
                "| lang | pages | its share of the index | gz |",
                "| --- | ---: | ---: | ---: |",
            ]
            for lang, v in ix["langs"].items():
                out.append(f"| {lang} | {v['pages']} | {kb(v['index'])} | {kb(v['index_gz'])} |")
        if "latency" in res:
            out += [
                "",
                "| lang | first query ms (loads the index) | warm median ms | warm max ms | results |",
                "| --- | ---: | ---: | ---: | ---: |",
            ]
            for lang, v in res["latency"].items():
                if "error" in v:
                    out.append(f"| {lang} | {v['error']} | | | |")
                else:
                    out.append(
                        f"| {lang} | {v['first_ms']:.0f} | {v['warm_ms']:.0f} | {v['warm_max_ms']:.0f} | {v['hits']} |"
                    )
            out += ["", f"Queries: {QUERIES}. Target: under 50 ms.", ""]
    if "profile" in res:
        out += ["## Profile", "", res["profile"], ""]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="2 runs, corpus of 10 and 100 pages: checks it all works")
    parser.add_argument("--runs", type=int, help="builds per timing (default 5; --quick 2)")
    parser.add_argument("--sizes", help="extra pages per language in the corpus, e.g. 10,100,1000")
    parser.add_argument(
        "--only",
        default="build,serve,corpus,browser",
        help="comma-separated parts: build, serve, corpus, browser (default all)",
    )
    parser.add_argument("--profile", type=Path, help="also profile one full build with cProfile into this file")
    parser.add_argument("--json", type=Path, help="also write the numbers as JSON here")
    parser.add_argument(
        "--timeout",
        type=float,
        default=900,
        help="stop a corpus build after this many seconds and report it as too slow (default 900)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    args.runs = args.runs or (2 if args.quick else 5)
    args.serve_runs = 3 if args.quick else 7
    args.search_runs = 2 if args.quick else 5
    sizes = [int(s) for s in (args.sizes or ("10,100" if args.quick else "10,100,1000")).split(",")]
    parts = set(args.only.split(","))

    signal.signal(signal.SIGTERM, lambda *a: sys.exit(1))  # clean the temporary folder when stopped
    m = machine()
    log(f"machine: {m['cpu']}, {m['usable_cores']} cores, load {m['load_start']}")
    tmp = Path(tempfile.mkdtemp(prefix="benchmark-"))
    port = free_port()
    site_url = f"http://127.0.0.1:{port}/"
    res: dict = {}
    try:
        real = copy_project(tmp / "real")
        if "build" in parts or "browser" in parts:
            plain = copy_project(tmp / "plain")
            make_plain(plain)
            log("full build, real site and plain Material ...")
            res["build"] = timed_builds(
                {"site": (real, True), "plain": (plain, False)}, args.runs if "build" in parts else 0, site_url, tmp
            )
            if "build" not in parts:
                del res["build"]
        if "browser" in parts:
            site = tmp / "site-site"
            res["index"] = search_index_sizes(site)
            log("browser: first views and search ...")
            res["views"], res["latency"] = browser_measurements(site, port, args.search_runs)
        if args.profile:
            log("profile ...")
            res["profile"] = profile(real, args.profile, site_url)
        if "serve" in parts:
            log("mkdocs serve rebuilds ...")
            res["serve"] = serve_rebuilds(copy_project(tmp / "serve"), args.serve_runs)
        if "corpus" in parts:
            res["corpus"] = {}
            for n in sizes:
                log(f"corpus: {n} extra pages per language ...")
                project = copy_project(tmp / f"corpus-{n}")
                add_corpus(project, n)
                plain = copy_project(tmp / f"corpus-{n}-plain")
                shutil.rmtree(plain / "docs")
                shutil.rmtree(plain / "data")
                shutil.copytree(project / "docs", plain / "docs")
                shutil.copytree(project / "data", plain / "data")
                shutil.copy2(project / "mkdocs.yml", plain / "mkdocs.yml")
                make_plain(plain)
                runs = max(1, args.runs if n < 1000 else min(args.runs, 3))
                timed = timed_builds(
                    {"site": (project, True), "plain": (plain, False)},
                    runs,
                    site_url,
                    tmp,
                    warm_up=n < 1000,
                    timeout=args.timeout,
                )
                built = tmp / ("site-site" if "wall" in timed["site"] else "site-plain")
                kpis = len(yaml.safe_load((project / "data" / "strategy.yml").read_text(encoding="utf-8"))["kpis"])
                res["corpus"][n] = {"pages": len(list(built.rglob("*.html"))), "kpis": kpis, **timed}
                for d in ("site-site", "site-plain"):
                    shutil.rmtree(tmp / d, ignore_errors=True)
    finally:
        m["load_end"] = os.getloadavg()
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            log(f"kept {tmp}")
    text = report(m, res, args)
    print(text)
    if args.json:
        res_json = json.loads(
            json.dumps(
                {
                    "machine": m,
                    **{k: v for k, v in res.items() if k != "views"},
                    "views": {f"{k[0]}/{k[1]}": v for k, v in res.get("views", {}).items()},
                },
                default=str,
            )
        )
        args.json.write_text(json.dumps(res_json, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
