"""What the results pages are made of, worked out from the outcome (data/outcome.xlsx or outcome.yml): which
page and section each row belongs to, where each section is in the drafts, and the counts.

The results are split into one page per draft (``results-<draft id>.md``) and one for opinions about
nothing in the drafts (``results-other.md``), so no page grows without bound. A row is listed on the page
of every draft it names, under each section of that draft it names (its anchor ``row-<id>`` on the first);
a section's count is the rows listed under it — the count the draft shows beside that section
(``on_section``) — and a page's totals count each of its rows once. A row's home page (where its
changes' links go when it is not on the change's page) is the page of its first section.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import sitedata

OTHER = sitedata.NOT_ABOUT_THE_DRAFTS
PREFIX = "results-"


def page_keys(data: sitedata.SiteData) -> list[str]:
    """The results pages, by key: each draft's id, then "other"."""
    return [d.id for d in data.consultation.drafts] + [OTHER]


def page_file(key: str) -> str:
    return f"{PREFIX}{key}.md"


def page_html(key: str) -> str:
    return f"{PREFIX}{key}.html"


def page_of(data: sitedata.SiteData, ref: str) -> str:
    """The results page of a section id, a draft's id or "other"."""
    if ref in data.sections:
        return data.sections[ref].draft
    return ref


def refs_in_order(data: sitedata.SiteData) -> list[str]:
    """Every reference a row can name, in page order: each draft as a whole, then its sections; then "other"."""
    out = []
    for draft in data.consultation.drafts:
        out.append(draft.id)
        out += [sid for sid, s in data.sections.items() if s.draft == draft.id and sid != draft.id]
    return out + [OTHER]


def section_href(data: sitedata.SiteData, ref: str) -> str | None:
    """Where a section is in the drafts (the built page, relative: the results pages sit beside them)."""
    if ref == OTHER:
        return None
    if ref not in data.sections:
        return data.draft(ref).page.replace(".md", ".html")
    draft = data.sections[ref].draft
    page = data.draft(draft).page.replace(".md", ".html")
    prefix, _, rest = ref.partition("-")
    if ref == "pv" or not rest:
        return page
    numbers = rest.split("-")
    if not numbers[0].isdigit():
        return f"{page}#{rest}"  # a cross-cutting item of the basic policy
    if len(numbers) == 1:
        return f"{page}#pillar-{numbers[0]}"
    anchor = "pillar-{}-measure-{}" if prefix == "bp" else "kpi-{}-{}"
    return f"{page}#{anchor.format(*numbers)}"


def section_label(data: sitedata.SiteData, ref: str, lang: str, with_draft: bool = False) -> str:
    w = data.words
    if ref == OTHER:
        return w.text("results.not_about", lang)
    if ref not in data.sections or ref == "pv":
        return data.draft(page_of(data, ref)).title[lang] if with_draft else w.text("results.whole_draft", lang)
    section = data.sections[ref]
    return section.reference(data, lang) if with_draft else section.label[lang]


@dataclass
class Counts:
    opinions: int = 0
    rows: int = 0
    changes: int = 0


def refs_on(data: sitedata.SiteData, row: sitedata.Row, key: str) -> list[str]:
    """The sections of a row on results page ``key``, as grouped there, in the row's order, once each."""
    out: list[str] = []
    for ref in row.sections:
        c = canonical(data, ref)
        if page_of(data, c) == key and c not in out:
            out.append(c)
    return out


def rows_of(data: sitedata.SiteData, outcome: sitedata.Outcome, key: str) -> list[sitedata.Row]:
    """The rows listed on one results page (every row naming one of its sections), in the order of their
    first section there, then as written."""
    order = {ref: i for i, ref in enumerate(refs_in_order(data))}
    rows = [r for r in outcome.rows if refs_on(data, r, key)]
    return sorted(rows, key=lambda r: order[refs_on(data, r, key)[0]])


def pages_of(data: sitedata.SiteData, row: sitedata.Row) -> list[str]:
    """The results pages a row is listed on, its home page first."""
    return list(dict.fromkeys(page_of(data, canonical(data, s)) for s in row.sections))


def changes_of(data: sitedata.SiteData, outcome: sitedata.Outcome, key: str) -> list[sitedata.Change]:
    order = {ref: i for i, ref in enumerate(refs_in_order(data))}
    return sorted((c for c in outcome.changes if page_of(data, c.section) == key), key=lambda c: order[c.section])


def by_section(data: sitedata.SiteData, outcome: sitedata.Outcome, key: str) -> dict[str, Counts]:
    """Opinions, rows and changes of each section of a page (a row under every section it names there)."""
    out: dict[str, Counts] = {}
    for row in rows_of(data, outcome, key):
        for ref in refs_on(data, row, key):
            c = out.setdefault(ref, Counts())
            c.opinions += row.count
            c.rows += 1
    for change in outcome.changes:
        if page_of(data, change.section) == key:
            out.setdefault(change.section, Counts()).changes += 1
    order = {ref: i for i, ref in enumerate(refs_in_order(data))}
    return dict(sorted(out.items(), key=lambda item: order[item[0]]))


def page_totals(data: sitedata.SiteData, outcome: sitedata.Outcome, key: str) -> Counts:
    """A page's own totals: each of its rows once, its changes."""
    rows = rows_of(data, outcome, key)
    return Counts(sum(r.count for r in rows), len(rows), len(changes_of(data, outcome, key)))


def by_category(data: sitedata.SiteData, rows: list[sitedata.Row]) -> dict[str, Counts]:
    out = {c.code: Counts() for c in data.categories}
    for row in rows:
        out[row.category].opinions += row.count
        out[row.category].rows += 1
    return out


def canonical(data: sitedata.SiteData, ref: str) -> str:
    """A reference as the results pages group it: a draft with one section only is that section."""
    if ref in data.sections or ref == OTHER:
        return ref
    only = [sid for sid, s in data.sections.items() if s.draft == ref]
    return only[0] if len(only) == 1 else ref


def on_section(data: sitedata.SiteData, outcome: sitedata.Outcome, ref: str) -> tuple[int, int]:
    """The opinions naming a section (anywhere in their list) and the changes made to it: what the drafts show."""
    opinions = sum(r.count for r in outcome.rows if ref in {canonical(data, s) for s in r.sections})
    return opinions, sum(1 for c in outcome.changes if c.section == ref)


def rows_href(data: sitedata.SiteData, outcome: sitedata.Outcome, ref: str) -> str:
    """Where a section's rows are: its group on its draft's results page, or that page."""
    page = page_html(page_of(data, ref))
    grouped = any(ref in {canonical(data, s) for s in r.sections} for r in outcome.rows)
    return f"{page}#rows-{ref}" if grouped else page


def row_pages(data: sitedata.SiteData, outcome: sitedata.Outcome) -> dict[str, list[str]]:
    """Each row's id and the results pages it is listed on, its home page first."""
    return {r.id: pages_of(data, r) for r in outcome.rows}


def led_by(outcome: sitedata.Outcome) -> dict[str, list[str]]:
    """Each change's id and the rows that led to it, in the order of the rows."""
    out: dict[str, list[str]] = {c.id: [] for c in outcome.changes}
    for row in outcome.rows:
        for cid in row.changes:
            out[cid].append(row.id)
    return out


def category_totals(data: sitedata.SiteData, outcome: sitedata.Outcome) -> Counter:
    return Counter({code: c.opinions for code, c in by_category(data, outcome.rows).items()})
