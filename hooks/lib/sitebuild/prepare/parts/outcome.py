"""The consultation's outcome on the comment page, from the outcome (the workbook data/outcome.xlsx, or
data/outcome.yml) and data/outcome_categories.yml.

Makes ``<!-- insert: next-steps -->`` on the home page: what the notice says comes next (今後の予定),
or once the results are published a short summary of them linking to the comment page's results.
Makes ``<!-- insert: outcome -->`` (hooks/lib/sitebuild/inserts.py) on the comment page. While the
outcome is not published (``published: null``) it is the section 「いただいたご意見の扱い」/"What happens
to the opinions": what the notice says comes next. Once published, that section gives way to a
"Results" section (anchor ``results``): the date,
the number of opinions (the sum of the rows' counts) and of submitters, the counts by response
category, and a link to each draft's results page (sitebuild/prepare/results_pages.py) with its
counts; or, when none were received, that no opinions were received.
"""

from markupsafe import escape

import sitedata
from sitebuild import inserts, results, results_page


@inserts.part("next-steps")
def next_steps(where) -> str:
    """The home page's 今後の予定 (what the notice says comes next), or, once the results are published,
    a short summary of them with a link."""
    data, lang, outcome = where.data, where.lang, where.data.outcome
    w = data.words
    if outcome.published is None:
        return f"## {w.md('outcome.next_heading', lang)}\n\n{w.md('feed.next', lang)}"
    summary = w.md(
        "outcome.summary" if outcome.rows else "outcome.summary_none",
        lang,
        date=sitedata.date_text(outcome.published, lang),
        submitters=f"{outcome.submitters:,}",
        n=f"{outcome.total:,}",
        m=f"{len(outcome.changes):,}",
    )
    return (
        f"## {w.md('outcome.heading', lang)} {{#results-summary}}\n\n{summary}\n\n"
        f"[{w.md('outcome.to_results', lang)}](comment.md#results)"
    )


@inserts.part("outcome")
def outcome(where) -> str:
    return results_markdown(where.data, where.data.outcome, where.lang)


def results_markdown(data, outcome, lang: str) -> str:
    if outcome.published is None:
        w = data.words
        return (
            f"## {w.md('outcome.handling_heading', lang)} {{#next-steps}}\n\n{w.md('feed.next', lang)}"
            f"{'' if lang == 'ja' else ' '}{w.md('outcome.until_published', lang)}"
        )
    t, w = data.words.part("outcome", lang), data.words
    day = sitedata.date_text(outcome.published, lang)
    submitters = f"{outcome.submitters:,}"
    if outcome.organisations is not None:
        submitters = w.text("results.of_which", lang, n=submitters, org=f"{outcome.organisations:,}")
    parts = [
        f"## {w.md('outcome.heading', lang)} {{#results}}\n",
        f'<dl class="outcome-summary"><dt>{t["published"]}</dt><dd>{day}</dd>'
        f"<dt>{t['opinions']}</dt><dd>{w.html('outcome.opinions_count', lang, n=f'{outcome.total:,}')}</dd>"
        f"<dt>{t['submitters']}</dt><dd>{escape(submitters)}</dd></dl>\n",
    ]
    if not outcome.rows:
        return "\n".join([*parts, f"<p>{t['none']}</p>\n"])
    parts.append(results_page.category_table(data, outcome.rows, lang))
    items = []
    for key in results.page_keys(data):
        rows = results.rows_of(data, outcome, key)
        name = data.draft(key).title[lang] if key != results.OTHER else w.text("results.not_about", lang)
        n, m = sum(r.count for r in rows), len(results.changes_of(data, outcome, key))
        items.append(
            f'<li><a href="{results.page_html(key)}">{escape(name)}</a> '
            f"{w.html('outcome.page_counts', lang, n=f'{n:,}', m=f'{m:,}')}</li>"
        )
    parts.append(f"### {w.md('outcome.pages', lang)} {{#results-pages}}\n\n<ul>{''.join(items)}</ul>\n")
    return "\n".join(parts)
