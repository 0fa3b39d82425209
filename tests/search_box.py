"""Drive the site's real search box in a browser tab (Playwright) and read what it shows.

Shared by tests/test_search.py and scripts/search_recall.py. Typing goes through the keyboard
(as a reader would, including the key release the search box listens for); the results are read
from the result list the reader sees, in its order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml

QUERIES_FILE = Path(__file__).with_name("search_queries.yml")
INPUT = "input.md-search__input"
RESULT = ".md-search-result"
META = RESULT + " .md-search-result__meta"
ITEM_LINK = RESULT + " li.md-search-result__item > a.md-search-result__link"

# Records, in the page, when the text in the search box changed and when the result area changed
# after it: the latency the reader sees (search plus drawing the results).
_WATCH = """() => {
  if (window.__searchWatch) return;
  const w = window.__searchWatch = {typed: 0, changed: 0};
  document.querySelector(INPUT).addEventListener('input', () => { w.typed = performance.now(); w.changed = 0; }, true);
  new MutationObserver(() => { if (w.typed && !w.changed) w.changed = performance.now(); })
    .observe(document.querySelector(RESULT), {childList: true, subtree: true, characterData: true});
}""".replace("INPUT", repr(INPUT)).replace("RESULT", repr(RESULT))


def load_queries() -> dict:
    return yaml.safe_load(QUERIES_FILE.read_text(encoding="utf-8"))


@dataclass
class Answer:
    query: str
    pages: list[str]  # result pages, in order, relative to the language's root
    meta: str  # the result count line the reader sees
    ms: float  # text changed -> result area changed
    foreign: list[str] = field(default_factory=list)  # results outside this language's part
    links: list[str] = field(default_factory=list)  # every link of the results (pages and their sections), as shown

    def rank(self, page: str) -> int | None:
        return self.pages.index(page) + 1 if page in self.pages else None


def open_page(tab, url: str) -> None:
    tab.goto(url)
    tab.wait_for_selector(INPUT, state="attached")
    tab.evaluate(_WATCH)


def translations(tab) -> dict:
    return tab.evaluate("JSON.parse(document.getElementById('__config').textContent).translations")


def search(tab, query: str, lang_root: str, timeout: float = 10_000) -> Answer:
    """Type `query` into the search box of the open page; `lang_root` is the absolute URL of the
    language's root (e.g. http://127.0.0.1:PORT/en/). Returns the results in the order shown."""
    # Chromium throttles the timers of a tab in the background: the one searched must be in front.
    tab.bring_to_front()
    box = tab.locator(INPUT)
    placeholder = translations(tab)["search.result.placeholder"]
    # Start from an empty box, so that the next change of the result area is this query's answer.
    box.focus()
    box.fill("")
    box.press("End")
    tab.wait_for_function(
        "([sel, text]) => document.querySelector(sel).textContent.trim() === text",
        arg=[META, placeholder],
        timeout=timeout,
    )
    box.fill(query)
    box.press("End")  # a key release too (Material's own search box waits for one)
    tab.wait_for_function(
        "([sel, text]) => { const w = window.__searchWatch; const t = document.querySelector(sel).textContent.trim();"
        " return w.changed > 0 && t !== text; }",
        arg=[META, placeholder],
        timeout=timeout,
    )
    hrefs = tab.eval_on_selector_all(ITEM_LINK, "els => els.map(e => e.href)")
    meta = tab.locator(META).inner_text().strip()
    ms = tab.evaluate("window.__searchWatch.changed - window.__searchWatch.typed")
    pages, foreign = [], []
    for href in hrefs:
        url = urljoin(lang_root, urlsplit(href)._replace(fragment="", query="").geturl())
        rel = url[len(lang_root) :] if url.startswith(lang_root) else None
        if rel is None or (not lang_root.endswith("/en/") and rel.startswith("en/")):
            foreign.append(url)
        elif rel not in pages:
            pages.append(rel)
    return Answer(query, pages, meta, ms, foreign, hrefs)


def wanted(item: dict) -> list[str]:
    """The right answers of a query-set entry: its page, or its list of pages."""
    return [item["page"]] if isinstance(item["page"], str) else list(item["page"])


def best_rank(answer: Answer, item: dict) -> int | None:
    """The rank of the first right answer among the results (1 = first), or None."""
    ranks = [r for r in (answer.rank(p) for p in wanted(item)) if r]
    return min(ranks) if ranks else None


def false_hits(answer: Answer, item: dict) -> list[str]:
    """The results that the entry says must not be found (its ``not`` pages)."""
    return [p for p in answer.pages if p in item.get("not", [])]
