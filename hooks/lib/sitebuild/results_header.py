"""The head of a results page (hooks/lib/sitebuild/results_page.py): the consultation, the draft and the dates;
the whole consultation's numbers and, on a draft's page, that page's own, each said to be which, with the
changes told apart as made because of opinions or the prefecture's editorial ones; and, on an English page
while some of its rows are not translated yet, how many are shown in Japanese (Japanese first).
"""

from __future__ import annotations

from markupsafe import escape

import sitedata

from . import results as r


def header(data: sitedata.SiteData, outcome: sitedata.Outcome, lang: str, key: str | None) -> str:
    """The header fields: the consultation (and draft) and the dates; the whole consultation's numbers; and,
    on a draft's page, that page's own (each said to be which)."""
    w, c = data.words, data.consultation
    period = c.period
    submitters = f"{outcome.submitters:,}"
    if outcome.organisations is not None:
        submitters = w.text("results.of_which", lang, n=submitters, org=f"{outcome.organisations:,}")
    fields = [("results.consultation", c.title[lang])]
    if key in {d.id for d in c.drafts}:
        fields.append(("results.draft", data.draft(key).title[lang]))
    fields += [
        ("results.draft_published", sitedata.date_text(period.start, lang)),
        ("results.period", sitedata.period_text(period, lang)),
        ("results.published", sitedata.date_text(outcome.published, lang)),
    ]
    whole = r.Counts(outcome.total, len(outcome.rows), len(outcome.changes))
    parts = [_dl(w, lang, "results-header", fields)]
    parts.append(_numbers(data, lang, w.text("results.whole", lang), whole, outcome.changes, submitters))
    if key is not None:
        name = data.draft(key).title[lang] if key != r.OTHER else w.text("results.not_about", lang)
        mine = r.page_totals(data, outcome, key)
        caption = w.text("results.this_page", lang, name=name)
        parts.append(_numbers(data, lang, caption, mine, r.changes_of(data, outcome, key)))
    parts.append(f"<p>{w.html('results.grouping', lang)} {w.html('results.listed_twice', lang)}</p>")
    return "\n\n".join(parts) + "\n"


def _dl(w, lang: str, cls: str, fields: list[tuple[str, str]]) -> str:
    items = "".join(f"<dt>{w.html(k, lang)}</dt><dd>{escape(v)}</dd>" for k, v in fields)
    return f'<dl class="{cls}">{items}</dl>'


def _numbers(data, lang: str, caption: str, counts: r.Counts, changes, submitters: str | None = None) -> str:
    w = data.words
    editorial = sum(1 for c in changes if c.editorial)
    split = w.text(
        "results.changes_split", lang, m=f"{counts.changes:,}", led=f"{counts.changes - editorial:,}",
        editorial=f"{editorial:,}",
    )  # fmt: skip
    fields = [("results.submitters", submitters)] if submitters else []
    fields += [
        ("results.opinions", w.text("outcome.opinions_count", lang, n=f"{counts.opinions:,}")),
        ("results.rows_n", f"{counts.rows:,}"),
        ("results.changes_n", split),
    ]
    return f'<p class="results-numbers__caption"><strong>{escape(caption)}</strong></p>\n\n' + _dl(
        w, lang, "results-header results-numbers", fields
    )


def pending(data, outcome, key: str, lang: str) -> str:
    """On an English page, while some of its rows and changes are not translated: how many, in the page's language."""
    if lang == sitedata.LANGS[0]:
        return ""
    items = [*r.rows_of(data, outcome, key), *r.changes_of(data, outcome, key)]
    n = sum(1 for x in items if not x.translated())
    if not n:
        return ""
    words = data.words.html("results.translation_pending", lang, n=f"{n:,}", m=f"{len(items):,}")
    return f'<p class="results-pending" role="note">{words}</p>\n'
