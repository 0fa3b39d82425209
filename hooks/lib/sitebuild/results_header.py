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


def next_steps(data: sitedata.SiteData, outcome: sitedata.Outcome, lang: str, anchor: str = "") -> str:
    """今後の予定: the adopted plan's name, date and address as the data gives them, each said plainly as not yet
    known until then (nothing is invented)."""
    w, plan = data.words, outcome.plan
    head = f"## {w.md('results.next_steps', lang)} {{#{anchor}next-steps}}\n\n"
    if plan.name is None and plan.date is None and plan.url is None:
        return head + f"<p>{w.html('results.plan_unknown', lang)}</p>\n"
    unknown = str(w.html("results.not_yet", lang))
    name = ja_first(plan.name, lang) if plan.name else unknown
    day = escape(sitedata.date_text(plan.date, lang)) if plan.date else unknown
    url = f'<a href="{escape(plan.url)}">{escape(plan.url)}</a>' if plan.url else unknown
    items = [("results.plan_name", name), ("results.plan_date", day), ("results.plan_url", url)]
    body = "".join(f"<dt>{w.html(k, lang)}</dt><dd>{v}</dd>" for k, v in items)
    return head + f'<dl class="results-header">{body}</dl>\n'


def history(data: sitedata.SiteData, outcome: sitedata.Outcome, lang: str, anchor: str = "") -> str:
    """訂正・更新の履歴: the publication, then each correction or update with its date, oldest first."""
    w = data.words
    entries = [(outcome.published, str(w.html("results.history_published", lang)))]
    entries += [(c.date, ja_first(c.text, lang)) for c in outcome.corrections]
    items = "".join(f"<li><time datetime=\"{d.isoformat()}\">{escape(sitedata.date_text(d, lang))}</time> {t}</li>"
                    for d, t in entries)  # fmt: skip
    return f'## {w.md("results.history", lang)} {{#{anchor}history}}\n\n<ul class="results-history">{items}</ul>\n'


def ja_first(text, lang: str) -> str:
    """A row's or change's text in ``lang``, or its Japanese marked ``lang="ja"`` while the translation is not there."""
    if text.has(lang):
        return str(escape(text[lang]))
    return f'<span lang="{sitedata.LANGS[0]}">{escape(text.ja)}</span>'


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
