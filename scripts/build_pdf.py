"""Build the PDF booklets, Japanese and English, from the site's printable pages with WeasyPrint.

    make pdf                                  # the booklets into docs/pdf/, then site/ again, linking them
    make example-pdf                          # the fictional sample's booklets into pdf-example/
    .venv/bin/python scripts/build_pdf.py [--config mkdocs.example.yml] [--site DIR] [--out DIR] [--lang ja|en]

Without ``--site`` it builds the site (``mkdocs build --strict``) into a temporary folder first.
Each booklet (``<out>/kumamoto-draft-policy-<lang>.pdf``) holds: a cover (title, the drafts,
comment period, prefecture), a table of contents with page numbers, the consultation notice, the
three drafts (the strategy with its KPI tables), once published the results (the four-column table of
opinions and the prefecture's views, its header on every sheet, rows whole, and the changes: the
printable page ``print-results.html``), then how to comment (period, contact) and the places where the
drafts can be read. A booklet of the sample build (``--config mkdocs.example.yml``) says on its cover
and at the top of every page that it is a fictional sample, and is never written into docs/pdf/.

The text is the text of the built pages ``print-<id>.html``
(hooks/lib/sitebuild/prepare/print_pages.py); fonts are Debian's Noto CJK (fonts-noto-cjk), embedded. Set
``SITE_URL`` as for the site to print the site's address on the cover.
"""

from __future__ import annotations

import argparse
import os
import posixpath
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, Tag
from markupsafe import escape as esc
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
import sitedata  # noqa: E402
from sitebuild import printdocs  # noqa: E402

CSS = Path(__file__).with_name("booklet.css")
SAMPLE_CLASS = ' class="sample"'  # a booklet of the fictional sample (scripts/booklet.css: @page sample)
FONT = "Noto Sans CJK JP"  # scripts/booklet.css names it first
LANGS = ("ja", "en")

TEXT = {
    "kicker": {
        "ja": "県政に係る意見募集（パブリック・コメント）",
        "en": "Call for opinions on prefectural administration (public comment)",
    },
    "drafts": {"ja": "意見を募集する素案", "en": "Drafts open for comment"},
    "toc": {"ja": "目次", "en": "Contents"},
    "online": {"ja": "最新の版はウェブサイトに掲載しています", "en": "The latest version is online"},
}
# Things of the screen page that have no place on paper.
SCREEN_ONLY = (
    ".print-downloads",
    ".print-frame",
    ".headerlink",
    ".md-content__button",
    ".md-source-file",
    ".comment-link__mail",
    "script",
    "noscript",
    "style",
    "button",
    "form",
)


@dataclass
class Chapter:
    id: str  # the page's name, e.g. "strategy": the chapter's anchor and the prefix of its anchors
    title: str
    body: list[Tag]


def elements(nodes: list[Tag], pattern: str) -> list[Tag]:
    """The elements among ``nodes`` and inside them whose tag name matches ``pattern``, in order."""
    name = re.compile(pattern)
    return [e for n in nodes for e in ([n] if name.fullmatch(n.name) else []) + n.find_all(name)]


def parts(site: Path, doc: printdocs.Document, lang: str) -> list[Chapter]:
    """The parts of a document's printable page, each with its headings back at their own level."""
    page = site / doc.print_url(lang)
    article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article")
    if article is None:
        raise SystemExit(f"{page}: no <article>: is it a page of this site?")
    for selector in SCREEN_ONLY:
        for element in article.select(selector):
            element.decompose()
    found: list[tuple[Chapter, int]] = []
    for node in article.find_all(True, recursive=False):
        if "print-part" in (node.get("class") or []):
            found.append((Chapter(node["id"].removeprefix("part-"), "", []), int(node.get("data-shift", "0"))))
        elif found:
            found[-1][0].body.append(node)
    for chapter, shift in found:
        for heading in elements(chapter.body, r"h[2-6]") if shift else []:
            heading.name = f"h{int(heading.name[1]) - shift}"
        h1 = elements(chapter.body, "h1")
        chapter.title = h1[0].get_text(" ", strip=True) if h1 else chapter.id
    return [chapter for chapter, _ in found]


def chapters(site: Path, lang: str, nav, data: sitedata.SiteData | None = None) -> list[Chapter]:
    """Notice (its first part), the drafts (and the results once published), then the notice's other
    parts (how to comment, places)."""
    docs = printdocs.documents(nav, data)
    notice = parts(site, docs[0], lang)
    drafts = [c for doc in docs[1:] for c in parts(site, doc, lang)]
    return notice[:1] + drafts + notice[1:]


def relink(chapter: Chapter, known: set[str], ids: set[str]) -> None:
    """Anchors get the chapter's prefix; links to other pages of the booklet point inside it."""
    for element in elements(chapter.body, ".*"):
        if element.get("id"):
            element["id"] = f"{chapter.id}--{element['id']}"
    for node in chapter.body:
        for a in node.find_all("a", href=True):
            href = a["href"]
            url = urlsplit(href)
            if url.scheme or href.startswith("//"):
                continue  # another site, mail or phone: kept (the address is printed after it)
            target = chapter.id if not url.path else posixpath.splitext(posixpath.basename(url.path))[0]
            if target not in known:
                a.unwrap()  # a page that is not in the booklet
                continue
            fragment = f"{target}--{unquote(url.fragment)}" if url.fragment else target
            a["href"] = "#" + (fragment if fragment in ids else target)


def keep_tables_with_their_section(chapter: Chapter) -> None:
    """Wrap each ``h2`` section holding a KPI table in ``<section class="kpi-section">``.

    WeasyPrint cuts a table's first row rather than move the table to the next page; a section
    that avoids breaks inside (scripts/booklet.css) moves whole, heading and table together.
    """
    body: list[Tag] = []
    group: list[Tag] = []

    def close_group() -> None:
        if any(n.select("table.results") or n.name == "table" and "results" in n.get("class", []) for n in group):
            body.extend(group)  # the results' table runs over many sheets: its rows are kept whole instead
        elif any("kpi-table" in (n.get("class") or []) or n.select(".kpi-table") for n in group):
            section = BeautifulSoup("", "html.parser").new_tag("section", attrs={"class": "kpi-section"})
            for node in group:
                section.append(node)
            body.append(section)
        else:
            body.extend(group)
        group.clear()

    for node in chapter.body:
        if node.name in ("h1", "h2"):
            close_group()
        (group if node.name == "h2" or group else body).append(node)
    close_group()
    chapter.body = body


def booklet_html(site: Path, lang: str, nav, data: sitedata.SiteData | None = None) -> str:
    data = data or sitedata.load()
    chaps = chapters(site, lang, nav, data)
    known = {c.id for c in chaps}
    ids = known | {f"{c.id}--{e['id']}" for c in chaps for e in elements(c.body, ".*") if e.get("id")}
    for chapter in chaps:
        relink(chapter, known, ids)
        keep_tables_with_their_section(chapter)

    c = data.consultation
    drafts = "".join(f"<li>{esc(d.title[lang])}</li>" for d in c.drafts)
    org = c.contact.office(lang, team=False)
    online = ""
    if os.environ.get("SITE_URL"):
        url = os.environ["SITE_URL"].rstrip("/") + "/" + ("en/" if lang == "en" else "")
        online = f'<p class="cover__online">{TEXT["online"][lang]}: {esc(url)}</p>'
    w = data.words
    with_results = printdocs.results_included(nav, data, lang)
    with_results = with_results and f'<p class="cover__results">{with_results}</p>'
    sample = ""
    if data.sample:  # said on the cover and, as a running element, at the top of every page
        notice = "".join(f'<span lang="{each}">{w.html("sample.notice", each)}</span> ' for each in sitedata.LANGS)
        sample = f'<p class="sample-notice">{notice}</p><p class="sample-running">{notice}</p>'
    cover = (
        f'<section class="cover{" cover--sample" if data.sample else ""}">{sample}<div class="cover__main">'
        f'<p class="cover__kicker">{TEXT["kicker"][lang]}</p>'
        f'<p class="cover__title">{esc(c.title[lang])}</p>'
        f'<p class="cover__drafts-title">{TEXT["drafts"][lang]}</p><ul class="cover__drafts">{drafts}</ul>'
        f'<p class="cover__period"><span class="cover__label">{w.html("print.period", lang)}</span>'
        f"{esc(sitedata.period_text(c.period, lang))}</p>{with_results}</div>"
        f'<div class="cover__issuer"><p class="cover__org">{esc(c.contact.organisation[lang])}</p>'
        f'<p class="cover__section">{esc(org)}</p>{online}</div></section>'
    )

    toc = []
    for chapter in chaps:
        subs = "".join(
            f'<li><a href="#{h["id"]}">{esc(h.get_text(" ", strip=True))}</a></li>'
            for h in elements(chapter.body, "h2")
            if h.get("id")
        )
        toc.append(f'<li><a href="#{chapter.id}">{esc(chapter.title)}</a>{f"<ol>{subs}</ol>" if subs else ""}</li>')
    contents = f'<nav class="toc"><h2 class="toc__title">{TEXT["toc"][lang]}</h2><ol>{"".join(toc)}</ol></nav>'

    body = "".join(
        f'<section class="chapter" id="{ch.id}">{"".join(str(n) for n in ch.body)}</section>' for ch in chaps
    )
    return (
        f'<!doctype html><html lang="{lang}"{SAMPLE_CLASS if data.sample else ""}><head><meta charset="utf-8">'
        f"<title>{esc(c.title[lang])}</title>"
        f'<meta name="author" content="{esc(org)}">'
        f'<meta name="description" content="{esc(TEXT["kicker"][lang])}">'
        f"</head><body>{cover}{contents}{body}</body></html>"
    )


def check_font() -> None:
    found = subprocess.run(["fc-match", "-f", "%{family}", FONT], capture_output=True, text=True).stdout
    if FONT not in found:
        raise SystemExit(
            f'The font "{FONT}" is missing (fc-match gives "{found}"). '
            "Install Debian's fonts-noto-cjk: `make system-deps` or apt-get install fonts-noto-cjk."
        )


def write_booklet(site: Path, lang: str, out_dir: Path, nav=None, data: sitedata.SiteData | None = None) -> Path:
    """The booklet of a built site; ``data``: the build's data (the sample's, for mkdocs.example.yml)."""
    from weasyprint import CSS as WeasyCSS
    from weasyprint import HTML

    nav = nav if nav is not None else printdocs.load_nav(ROOT / "mkdocs.yml")
    data = data or sitedata.load()
    if data.sample and out_dir.resolve() == printdocs.pdf_path(ROOT / "docs", lang).parent.resolve():
        raise SystemExit(
            "架空の見本の冊子は docs/pdf/ には書きません（本番のサイトがリンクします）。"
            "`make example-pdf` で pdf-example/ に作ります。\n"
            "  A booklet of the fictional sample is never written into docs/pdf/ (the real site links it): "
            "`make example-pdf` writes it into pdf-example/."
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / printdocs.pdf_path(".", lang).name
    html = HTML(string=booklet_html(site, lang, nav, data), base_url=str(site / "index.html"))
    html.write_pdf(target, stylesheets=[WeasyCSS(filename=str(CSS))])
    return target


def build_site(dest: Path, config: Path = ROOT / "mkdocs.yml") -> Path:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(dest)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if proc.returncode:
        raise SystemExit(f"The site does not build:\n{proc.stdout}{proc.stderr}")
    return dest


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml", help="the site's configuration")
    parser.add_argument("--site", type=Path, help="a built site (default: build one into a temporary folder)")
    parser.add_argument(
        "--out", type=Path, help="where to write the booklets (default: docs/pdf; a sample's: pdf-example)"
    )
    parser.add_argument("--lang", choices=LANGS, action="append", help="only this language (default: both)")
    args = parser.parse_args(argv)
    check_font()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site or build_site(Path(tmp) / "site", args.config)
        config = load_config(str(args.config))
        data = sitedata.load(config)
        out = args.out or (ROOT / "pdf-example" if data.sample else printdocs.pdf_path(ROOT / "docs", "ja").parent)
        for lang in args.lang or LANGS:
            t = time.monotonic()
            path = write_booklet(site, lang, out, config.nav, data)
            print(f"{path} ({path.stat().st_size // 1000} KB, {time.monotonic() - t:.1f} s)")
    print(f"Booklets built in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
