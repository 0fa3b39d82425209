"""The search: its index bytes per language and the time from typing a query to the results shown.

The index is Pagefind's ``pagefind/`` (or Material's lunr ``search/search_index.json``, whichever the site
ships). The latency is measured in Debian's Chromium on the real search box: from the input event (one,
as when an IME commits the text) to the last change of the results. The first query loads the index;
then rounds of every query, the sides taking turns round by round.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from bench.firstview import LANGS, browser_on, gz
from bench.report import compare, kb, table
from bench.runner import Side

# one word, and as residents type (several words, a sentence, a question: each word searched, issue 28)
QUERIES = {
    "ja": ["復興", "熊本地震", "観光", "KPI", "子供 居場所", "図書館で読める"],
    "en": ["reconstruction", "earthquake", "tourism", "KPI", "where can I read the draft", "deadline for comments"],
}
BOX = "input.md-search__input, .pagefind-ui__search-input"
RESULTS = ".md-search-result__item, .pagefind-ui__result"
INSTRUMENT = """() => {
  const input = document.querySelector('input.md-search__input, .pagefind-ui__search-input');
  const results = document.querySelector('.md-search-result, .pagefind-ui__drawer, .pagefind-ui') || document.body;
  window.__bm = {t0: 0, last: 0};
  document.addEventListener('input', () => { window.__bm.t0 = performance.now(); }, true);
  new MutationObserver(() => { window.__bm.last = performance.now(); })
    .observe(results, {subtree: true, childList: true, characterData: true});
  return !!input;
}"""


def index_sizes(site: Path) -> dict:
    """Index bytes per language, and the engine. Pagefind files are already compressed."""
    pf = site / "pagefind"
    if pf.is_dir():
        entry = json.loads((pf / "pagefind-entry.json").read_text(encoding="utf-8"))
        shared = [f for f in pf.iterdir() if f.is_file() and f.suffix == ".js"]
        out: dict = {"engine": "pagefind", "langs": {}, "shared_js": sum(f.stat().st_size for f in shared)}
        out["shared_js_gz"] = sum(gz(f.read_bytes()) for f in shared)
        for lang, info in entry["languages"].items():
            prefix = info["hash"].split("_")[0] + "_"
            files = [f for d in ("index", "fragment") if (pf / d).is_dir() for f in (pf / d).iterdir()]
            index = sum(f.stat().st_size for f in files if f.name.startswith(prefix))
            meta = sum(f.stat().st_size for f in pf.glob(f"pagefind.{info['hash']}*.pf_meta"))
            wasm = pf / f"wasm.{info['wasm'] or 'unknown'}.pagefind"
            size = wasm.stat().st_size if wasm.exists() else 0
            out["langs"][lang] = {"pages": info["page_count"], "index": index + meta, "wasm": size}
        return out
    path = site / "search" / "search_index.json"
    if not path.exists():
        return {"engine": "none", "langs": {}}
    raw = path.read_bytes()
    index = json.loads(raw)
    out = {"engine": "lunr", "file": len(raw), "file_gz": gz(raw), "langs": {}}
    for lang in LANGS:
        docs = [d for d in index["docs"] if d["location"].startswith("en/") == (lang == "en")]
        part = json.dumps({"config": index["config"], "docs": docs}, ensure_ascii=False).encode()
        pages = len({d["location"].split("#")[0] for d in docs})
        out["langs"][lang] = {"pages": pages, "index": len(part), "wasm": 0}
    return out


class SearchBox:
    """The search box of a side's home page in one language, instrumented."""

    def __init__(self, browser, base: str, lang: str):
        self.context = browser.new_context()
        self.page = self.context.new_page()
        self.page.goto(base + ("en/" if lang == "en" else "") + "index.html", wait_until="networkidle")
        self.ok = self.page.evaluate(INSTRUMENT)
        if self.ok:
            self.box = self.page.locator(BOX).first
            if not self.box.is_visible():
                self.page.locator("label.md-header__button[for='__search']").first.click()
            self.box.focus()

    def query(self, text: str) -> tuple[float, int]:
        """Milliseconds from the input event to the last change of the results, once they are still for 400 ms."""
        self.page.evaluate("window.__bm.t0 = 0; window.__bm.last = 0")
        self.page.keyboard.insert_text(text)
        end = time.time() + 20
        while time.time() < end:
            t0, last, now = self.page.evaluate("[window.__bm.t0, window.__bm.last, performance.now()]")
            if last > t0 > 0 and now - last > 400:
                hits = self.page.locator(RESULTS).count()
                self.clear()
                return last - t0, hits
            time.sleep(0.05)  # polling the page's own record of the results' last change
        raise SystemExit(f"search: no results shown for {text!r} within 20 s")

    def clear(self) -> None:
        """Empty the box, then wait until the results have not changed for 300 ms."""
        self.box.fill("")
        end = time.time() + 10
        while time.time() < end:
            last, now = self.page.evaluate("[window.__bm.last, performance.now()]")
            if now - last > 300:
                return
            time.sleep(0.05)  # polling the page's own record of the results' last change


def measure(sides: list[Side], tmp: Path, runs: int) -> dict:
    out: dict = {}
    with browser_on(sides, tmp) as (browser, sites):
        for side in sides:
            out[side.name] = {"index": index_sizes(sites[side.name][1]), "latency": {}}
        for lang in LANGS:
            boxes = {side.name: SearchBox(browser, sites[side.name][0], lang) for side in sides}
            warm: dict = {name: [] for name in boxes}
            hits: dict = {name: 0 for name in boxes}
            for name, box in boxes.items():
                if box.ok:
                    first, hits[name] = box.query(QUERIES[lang][0])
                    out[name]["latency"][lang] = {"first_ms": first}
                else:
                    out[name]["latency"][lang] = {"error": "no search box"}
            for _ in range(runs):
                for name, box in boxes.items():
                    for q in QUERIES[lang] if box.ok else ():
                        ms, n = box.query(q)
                        warm[name].append(ms)
                        hits[name] = max(hits[name], n)
            for name, box in boxes.items():
                if warm[name]:
                    out[name]["latency"][lang].update(
                        warm_ms=statistics.median(warm[name]), warm_max_ms=max(warm[name]), hits=hits[name]
                    )
                box.context.close()
    return out


def section(data: dict) -> list[str]:
    names = list(data)
    first = data[names[-1]]["index"]
    engines = ", ".join(f"{n} {data[n]['index']['engine']}" for n in names)
    out = [f"Engine: {engines}.", ""]
    rows = []
    for lang in LANGS:
        idx = {n: data[n]["index"]["langs"].get(lang, {}) for n in names}
        lat = {n: data[n]["latency"].get(lang, {}) for n in names}
        rows += [
            (f"{lang}: pages in the index", {n: idx[n].get("pages") for n in names}, "{:.0f}"),
            (f"{lang}: index + fragments, KB", {n: idx[n].get("index", 0) / 1000 for n in names}, "{:.1f}"),
            (f"{lang}: language wasm, KB", {n: idx[n].get("wasm", 0) / 1000 for n in names}, "{:.1f}"),
            (f"{lang}: first query ms (loads the index)", {n: lat[n].get("first_ms") for n in names}, "{:.0f}"),
            (f"{lang}: **warm query, median ms**", {n: lat[n].get("warm_ms") for n in names}, "{:.0f}"),
            (f"{lang}: warm query, max ms", {n: lat[n].get("warm_max_ms") for n in names}, "{:.0f}"),
            (f"{lang}: results of the queries (most)", {n: lat[n].get("hits") for n in names}, "{:.0f}"),
        ]
    out += compare(rows, names, "search")
    if first["engine"] == "pagefind":
        out += ["", f"Shared JS ({names[-1]}): {kb(first['shared_js'])} raw, {kb(first['shared_js_gz'])} gz."]
    elif first["engine"] == "lunr":
        out += ["", f"search_index.json ({names[-1]}): {kb(first['file'])} ({kb(first['file_gz'])} gz)."]
    errors = [f"{n} {lang}: {v['error']}" for n in names for lang, v in data[n]["latency"].items() if "error" in v]
    out += table(["latency not measured"], [[e] for e in errors]) if errors else []
    return [*out, "", f"Queries: {QUERIES}. Target: under 50 ms."]
