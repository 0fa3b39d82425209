"""The consultation's outcome, from data/outcome.yml (with the sections of data/strategy.yml).

Replaces ``<!-- insert: outcome -->`` on the comment page. While the outcome is not published
(``published: null``) it adds nothing, so the page says only what the notice says comes next.
Once filled, it adds a "Results" section (anchor ``results``): the date, the number of opinions
and of submitters, and one table per draft with, for each section (the same references as the
“comment on this section” links), the summary of opinions and the prefecture's response.
"""

from markupsafe import escape

import sitedata

TEXT = {
    "ja": {
        "heading": "意見募集の結果",
        "published": "公表日",
        "opinions": "意見の件数",
        "submitters": "意見を提出した人・団体の数",
        "section": "項目",
        "summary": "意見の概要",
        "response": "県の考え方",
        "unit_o": "件",
        "unit_s": "",
    },
    "en": {
        "heading": "Results",
        "published": "Published",
        "opinions": "Opinions received",
        "submitters": "People and organisations who sent opinions",
        "section": "Section",
        "summary": "Summary of opinions",
        "response": "The prefecture's response",
        "unit_o": "",
        "unit_s": "",
    },
}


def results_markdown(data, outcome, lang: str) -> str:
    if outcome.published is None:
        return ""
    t = TEXT[lang]
    known = sitedata.sections(data)
    day = sitedata.date_ja(outcome.published) if lang == "ja" else sitedata.date_en(outcome.published)
    parts = [
        f"## {t['heading']} {{#results}}\n",
        f'<dl class="outcome-summary"><dt>{t["published"]}</dt><dd>{day}</dd>'
        f"<dt>{t['opinions']}</dt><dd>{outcome.opinions:,}{t['unit_o']}</dd>"
        f"<dt>{t['submitters']}</dt><dd>{outcome.submitters:,}{t['unit_s']}</dd></dl>\n",
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


def on_page_markdown(markdown, page, **kwargs):
    data = sitedata.load()
    lang = sitedata.page_lang(page)
    return sitedata.replace_inserts(
        markdown, {"outcome": lambda: results_markdown(data, sitedata.load_outcome(data), lang)}, page
    )
