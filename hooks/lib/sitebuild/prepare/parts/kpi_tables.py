"""The strategy's KPI tables, from data/strategy.yml.

Makes ``<!-- insert: kpi-tables -->`` (hooks/lib/sitebuild/inserts.py): one section per pillar
(anchor ``pillar-N``), each holding a table: for each measure its main initiatives and its main
KPIs, with the KPI's baseline and target (with their years), or 調整中 / "Under review" while the
figures are not decided. Nothing is invented: a measure without KPIs says whether they are pending
or not given. Each pillar and measure carries its “comment on this section” link
(hooks/lib/sitebuild/comments.py): a measure's at the foot of its initiatives cell, beside its row header,
which holds only the measure's number and name (what a screen reader repeats for every cell of the row).

On phones (docs/assets/site.css, up to 480 px wide) the rows become blocks: each data cell carries
its column's name in ``data-label``, shown before it, and the table keeps explicit ARIA roles
(table, row, columnheader, rowheader, cell), so screen readers still get a table once CSS changes
how it is displayed. Desktop and print show the table as it is.
"""

from markupsafe import escape

import sitedata
from sitebuild import comments, inserts
from sitedata import md_escape, number


def _figures(w, kpi, lang):
    """One cell: 調整中 while pending, else baseline (year) → target (target year)."""
    if kpi.status == "pending":
        return f'<td class="kpi__pending"{_col(w, "figures", lang)}>{w.html("strategy.pending", lang)}</td>'
    unit = escape(kpi.unit[lang]) if kpi.unit else ""
    if unit and lang == "en" and unit[0].isalpha():
        unit = " " + unit  # "1,234 people", but "12%"
    open_, close = ("（", "）") if lang == "ja" else (" (", ")")
    baseline = f"{number(kpi.baseline)}{unit}"
    if kpi.baseline_year:
        baseline += f"{open_}{sitedata.fiscal_year_text(kpi.baseline_year, lang)}{close}"
    target = f"{number(kpi.target)}{unit}{open_}{sitedata.fiscal_year_text(kpi.target_year, lang)}{close}"
    return (
        f'<td class="kpi__figures"{_col(w, "figures", lang)}>'
        f'<span class="kpi__baseline">{w.html("strategy.baseline", lang)}: {baseline}</span> → '
        f'<span class="kpi__target">{w.html("strategy.target", lang)}: {target}</span></td>'
    )


def _col(w, key, lang):
    """The column's name, shown before the cell's text on phones."""
    return f' data-label="{w.html("strategy." + key, lang)}"'


def table_html(data, pillar, lang):
    w = data.words
    head = "".join(
        f'<th scope="col">{w.html("strategy." + k, lang)}</th>' for k in ("measures", "initiatives", "kpi", "figures")
    )
    bodies = []
    for measure in pillar.measures:
        kpis = data.kpis_of(pillar.id, measure.id)
        span = max(1, len(kpis))
        rowspan = f' rowspan="{span}"' if span > 1 else ""
        initiatives = "".join(f"<li>{escape(i[lang])}</li>" for i in measure.initiatives)
        note = f'<p class="kpi__note">{escape(measure.initiatives_note[lang])}</p>' if measure.initiatives_note else ""
        lead = (
            f'<th scope="rowgroup"{rowspan} id="kpi-{pillar.id}-{measure.id}">'
            f'<span class="measure__number">{w.html("strategy.measure", lang, n=measure.id)}</span> '
            f"{escape(measure.title[lang])}</th>"
            f"<td{rowspan}{_col(w, 'initiatives', lang)}><ul>{initiatives}</ul>{note}"
            f"{comments.link(data, f'st-{pillar.id}-{measure.id}', lang, tag='div')}</td>"
        )
        if not kpis:
            text = w.html("strategy." + ("kpi_pending" if measure.kpi_status == "pending" else "kpi_none"), lang)
            rows = [f'{lead}<td colspan="2" class="kpi__status"{_col(w, "kpi", lang)}>{text}</td>']
        else:
            rows = [
                f'<td class="kpi__name"{_col(w, "kpi", lang)} data-kpi-id="{k.id}">'
                f"{escape(k.name[lang])}</td>{_figures(w, k, lang)}"
                for k in kpis
            ]
            rows[0] = lead + rows[0]
        bodies.append("<tbody>" + "".join(f"<tr>{r}</tr>" for r in rows) + "</tbody>")
    caption = w.html(
        "strategy.kpi_caption",
        lang,
        pillar=w.html("strategy.pillar", lang, n=pillar.id),
        title=escape(pillar.title[lang]),
    )
    return (
        f'<div class="kpi-table" role="region" tabindex="0" aria-labelledby="kpi-caption-{pillar.id}">'
        f'<table class="kpi" aria-labelledby="kpi-caption-{pillar.id}" data-pillar="{pillar.id}">'
        f'<caption id="kpi-caption-{pillar.id}">{caption}</caption>'
        f"<thead><tr>{head}</tr></thead>{''.join(bodies)}</table></div>"
    )


@inserts.part("kpi-tables")
def kpi_tables(where):
    data, lang = where.data, where.lang
    return "\n".join(
        f"## {p.id} {md_escape(p.title[lang])} {{#pillar-{p.id}}}\n\n"
        f"{comments.link(data, f'st-{p.id}', lang, tag='div')}\n\n"
        f"[{data.words.md('strategy.to_policy', lang)}](basic-policy.md#pillar-{p.id})\n\n"
        f"{table_html(data, p, lang)}\n"
        for p in data.strategy.pillars
    )
