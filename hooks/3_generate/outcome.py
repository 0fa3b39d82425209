"""The consultation's outcome, from data/outcome.yml (with the sections of data/strategy.yml).

Makes ``<!-- insert: outcome -->`` (hooks/lib/sitebuild/inserts.py) on the comment page. While the
outcome is not published (``published: null``) it adds nothing, so the page says only what the
notice says comes next. Once filled, it adds a "Results" section (anchor ``results``): the date, the
number of opinions and of submitters, and one table per draft with, for each section (the same
references as the “comment on this section” links), the summary of opinions and the prefecture's
response.
"""

from markupsafe import escape

import sitedata
from sitebuild import inserts


@inserts.part("outcome")
def outcome(where) -> str:
    return results_markdown(where.data, where.data.outcome, where.lang)


def results_markdown(data, outcome, lang: str) -> str:
    if outcome.published is None:
        return ""
    t, w = data.words.part("outcome", lang), data.words
    known = data.sections
    day = sitedata.date_text(outcome.published, lang)
    parts = [
        f"## {w.md('outcome.heading', lang)} {{#results}}\n",
        f'<dl class="outcome-summary"><dt>{t["published"]}</dt><dd>{day}</dd>'
        f"<dt>{t['opinions']}</dt><dd>{w.html('outcome.opinions_count', lang, n=f'{outcome.opinions:,}')}</dd>"
        f"<dt>{t['submitters']}</dt><dd>{outcome.submitters:,}</dd></dl>\n",
    ]
    order = list(known)
    for draft in data.consultation.drafts:
        rows = sorted(
            (r for r in outcome.results if known[r.section].draft == draft.id), key=lambda r: order.index(r.section)
        )
        if not rows:
            continue
        body = "".join(
            f'<tr data-section="{r.section}">'
            f'<th scope="row">{escape(known[r.section].label[lang] or draft.title[lang])}</th>'
            f"<td>{escape(r.summary[lang])}</td><td>{escape(r.response[lang])}</td></tr>"
            for r in rows
        )
        parts.append(
            f'<div class="kpi-table" role="region" tabindex="0" aria-label="{escape(draft.title[lang])}">'
            f'<table class="kpi outcome" data-draft="{draft.id}"><caption>{escape(draft.title[lang])}</caption>'
            f'<thead><tr><th scope="col">{t["section"]}</th><th scope="col">{t["summary"]}</th>'
            f'<th scope="col">{t["response"]}</th></tr></thead><tbody>{body}</tbody></table></div>\n'
        )
    return "\n".join(parts)
