"""The Markdown of one results page (sitebuild/prepare/results_pages.py), in one language.

The header (the consultation, the draft, the dates, the numbers), the counts by category and by
section, the rows in four-column tables (番号 / 該当箇所 / 意見の概要 / 県の考え方, the prefecture's familiar
table, one per section, printed on A4 with its header repeated: docs/assets/print.css), and
each change as a redline (hooks/lib/sitebuild/redline.py) with its reason and the rows that led to it.
Rows link to their changes (``#change-<id>``) and changes back to their rows (``#row-<id>``), on this
page or another results page. ``.results-filter`` is filled by docs/assets/results-filter.js; without
JavaScript every row is shown.
"""

from __future__ import annotations

import json

from markupsafe import Markup, escape

import sitedata
from sitedata import md_escape

from . import redline
from . import results as r
from .results_header import header, history, ja_first, next_steps, pending


def _link(href: str | None, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>' if href else str(escape(text))


def _count_table(w, lang: str, caption: str, first: str, rows: list[tuple[str, r.Counts]], cols, total=None) -> str:
    """A table of counts; its total line is ``total`` (the page's own: a row under two sections counts once)."""
    head = "".join(f'<th scope="col">{w.html(k, lang)}</th>' for k in (first, *cols))
    total = total or r.Counts(*(sum(getattr(c, f) for _, c in rows) for f in ("opinions", "rows", "changes")))

    def cells(c):
        return "".join(f"<td>{getattr(c, k.split('.')[1].split('_')[0]):,}</td>" for k in cols)

    body = "".join(f'<tr><th scope="row">{label}</th>{cells(c)}</tr>' for label, c in rows)
    foot = f'<tfoot><tr><th scope="row">{w.html("results.total", lang)}</th>{cells(total)}</tr></tfoot>'
    return (
        f'<div class="kpi-table" role="region" tabindex="0" aria-label="{escape(caption)}">'
        f'<table class="results-counts"><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody>{foot}</table></div>\n"
    )


def category_table(data, rows, lang: str) -> str:
    w = data.words
    labels = {c.code: c for c in data.categories}
    lines = [
        (f'<span title="{escape(labels[code].description[lang])}">{escape(labels[code].label[lang])}</span>', c)
        for code, c in r.by_category(data, rows).items()
    ]
    caption = w.text("results.by_category", lang)
    return _count_table(w, lang, caption, "results.category", lines, ("results.opinions_col", "results.rows_col"))


def section_table(data, outcome, key: str, lang: str) -> str:
    w = data.words
    lines = [
        (_link(r.section_href(data, ref), r.section_label(data, ref, lang)), c)
        for ref, c in r.by_section(data, outcome, key).items()
    ]
    cols = ("results.opinions_col", "results.rows_col", "results.changes_col")
    total = r.page_totals(data, outcome, key)
    return _count_table(w, lang, w.text("results.by_section", lang), "results.section", lines, cols, total)


def _change_href(data, outcome, key: str, cid: str) -> str:
    change = next(c for c in outcome.changes if c.id == cid)
    page = r.page_of(data, change.section)
    return f"#change-{cid}" if page == key else f"{r.page_html(page)}#change-{cid}"


def rows_table(data, outcome, key: str, lang: str, anchor: str = "") -> str:
    """The rows, one four-column table per section (its caption the section, linked to the draft), each in
    a ``.results-group`` that the browser lays out only near the screen (``content-visibility: auto``,
    docs/assets/site.css): filtering a page of hundreds of rows then costs the rows in view, not all of them."""
    w = data.words
    labels = {c.code: c.label[lang] for c in data.categories}
    rows = r.rows_of(data, outcome, key)
    groups: dict[str, list] = {}
    for row in rows:
        for ref in r.refs_on(data, row, key):
            groups.setdefault(ref, []).append(row)
    order = {ref: i for i, ref in enumerate(r.refs_in_order(data))}
    groups = dict(sorted(groups.items(), key=lambda item: order[item[0]]))
    shown: set[str] = set()
    cols = "".join(
        f'<th scope="col">{w.html("results." + k, lang)}</th>' for k in ("number", "section", "summary", "view")
    )
    tables = []

    def col(key: str) -> str:
        return f' data-label="{w.html("results." + key, lang)}"'

    for ref, members in groups.items():
        caption = f"<caption>{_link(r.section_href(data, ref), r.section_label(data, ref, lang))}</caption>"
        trs = []
        for row in members:
            where = ", ".join(
                _link(r.section_href(data, s), r.section_label(data, s, lang, with_draft=r.page_of(data, s) != key))
                for s in row.sections
            )
            count = f' <span class="results__count">{w.html("results.count", lang, n=row.count)}</span>'
            changes = "".join(
                f'<li><a href="{_change_href(data, outcome, key, cid)}">{w.html("results.to_change", lang, id=cid)}'
                "</a></li>"
                for cid in row.changes
            )
            again = row.id in shown or (bool(anchor) and r.pages_of(data, row)[0] != key)  # one id a document
            row_id = "" if again else f' id="row-{row.id}"'
            number = w.html("results.also_under", lang, id=row.id) if again else row.id
            shown.add(row.id)
            trs.append(
                f'<tr{row_id} data-row="{row.id}" data-category="{row.category}" data-section="{ref}">'
                f'<th scope="row">{number}</th><td{col("section")}>{where}</td>'
                f"<td{col('summary')}>{ja_first(row.summary, lang)}{count if row.count > 1 else ''}</td>"
                f'<td{col("view")}><p class="results__category" data-category="{row.category}">'
                f"{escape(labels[row.category])}</p>"
                f"<p>{ja_first(row.view, lang)}</p>"
                + (f'<ul class="results__changes">{changes}</ul>' if changes else "")
                + "</td></tr>"
            )
        tables.append(
            f'<div class="results-group" id="rows-{ref}" data-section="{ref}"><table class="results">{caption}'
            f"<colgroup><col><col><col><col></colgroup><thead><tr>{cols}</tr></thead><tbody>{''.join(trs)}</tbody>"
            "</table></div>"
        )
    filt = {
        "category": w.text("results.category", lang),
        "section": w.text("results.section", lang),
        "all": w.text("results.filter_all", lang),
        "shown": w.text("results.filter_shown", lang, shown="{shown}", total="{total}"),
    }
    filter_box = (
        f'<div class="results-filter" hidden data-words="{escape(json.dumps(filt, ensure_ascii=False))}"></div>'
    )
    return (
        (f"{filter_box}\n\n" if not anchor else "")  # a whole-document page is for printing: no filter
        + f'<div class="kpi-table results-rows" role="region" tabindex="0" aria-label="'
        f'{escape(w.text("results.rows_caption", lang))}">{"".join(tables)}</div>\n'
    )


def change_html(data, outcome, key: str, change: sitedata.Change, lang: str, pages: dict, led: dict) -> str:
    w = data.words
    text_lang = lang if change.draft.has(lang) and change.final.has(lang) else sitedata.LANGS[0]
    line = redline.redline_html(
        change.draft[text_lang], change.final[text_lang], text_lang, w.text("results.deleted", lang),
        w.text("results.added", lang),
    )  # fmt: skip
    if text_lang != lang:
        line = f'<span lang="{text_lang}">{line}</span>'
    reason = Markup(ja_first(change.reason, lang)) if change.reason else ""
    if change.editorial:
        reason = Markup(f"{w.html('results.editorial', lang)} {reason}".strip())
    rows = ", ".join(
        f'<a href="{"" if key in pages[rid] else r.page_html(pages[rid][0])}#row-{rid}">{rid}</a>'
        for rid in led[change.id]
    )
    items = [
        ("results.redline", f'<p class="redline">{line}</p>'),
        ("results.draft_text", ja_first(change.draft, lang)),
        ("results.final_text", ja_first(change.final, lang)),
        ("results.reason", reason),
    ] + ([("results.led_by", rows)] if rows else [])
    body = "".join(f"<dt>{w.html(k, lang)}</dt><dd>{v}</dd>" for k, v in items)
    where = r.section_label(data, change.section, lang)
    return (
        f"### {w.md('results.change', lang, id=change.id)} {md_escape(where)} {{#change-{change.id}}}\n\n"
        f'<dl class="change" data-section="{change.section}">{body}</dl>\n'
    )


def page_markdown(data: sitedata.SiteData, outcome: sitedata.Outcome, key: str, lang: str, whole: bool = False) -> str:
    """The page; ``whole``: as a section of the results' whole-document page (sitebuild/prepare/print_pages.py),
    its own anchors named after the page (``strategy-by-category``), as every results page has them."""
    w = data.words
    a = f"{key}-" if whole else ""
    name = data.draft(key).title[lang] if key != r.OTHER else w.text("results.not_about", lang)
    title = w.text("results.title", lang, name=name)
    out = ["---", f"title: {json.dumps(title, ensure_ascii=False)}", "---", "", f"# {md_escape(title)}", ""]
    out += [pending(data, outcome, key, lang), header(data, outcome, lang, key)]
    out += [f"## {w.md('results.by_category', lang)} {{#{a}by-category}}", ""]
    rows = r.rows_of(data, outcome, key)
    out += [category_table(data, rows, lang), f"## {w.md('results.by_section', lang)} {{#{a}by-section}}", ""]
    out += [section_table(data, outcome, key, lang), f"## {w.md('results.rows_heading', lang)} {{#{a}rows}}", ""]
    out += [rows_table(data, outcome, key, lang, a) if rows else f"<p>{w.html('results.no_rows', lang)}</p>\n"]
    changes = r.changes_of(data, outcome, key)
    if changes:
        out += [f"## {w.md('results.changes_heading', lang)} {{#{a}changes}}", ""]
        pages, led = r.row_pages(data, outcome), r.led_by(outcome)
        out += [change_html(data, outcome, key, c, lang, pages, led) for c in changes]
    out += [next_steps(data, outcome, lang, a), history(data, outcome, lang, a)]
    return "\n".join(out)
