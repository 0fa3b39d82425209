"""The basic policy's pillars, from data/strategy.yml.

Markers it replaces, in the page's language:

- ``<!-- insert: principle -->``: the basic principle (基本理念) as a quotation;
- ``<!-- insert: pillars -->``: one section per pillar (anchor ``pillar-N``) with its direction of
  initiatives and its measures (anchors ``pillar-N-measure-M``), linked to the strategy's table;
- ``<!-- insert: pillar-list -->``: a short numbered list of the pillars, linked to those sections;
- ``<!-- insert: cross-cutting -->``: the items that run across the pillars (anchors by id).
"""

from markupsafe import escape

import sitedata
from sitedata import label, md_escape


def _pillars(data, lang):
    out = []
    for pillar in data.strategy.pillars:
        n = pillar.id
        measures = "".join(
            f'<li id="pillar-{n}-measure-{m.id}" data-comment-section="bp-{n}-{m.id}">'
            f'<span class="measure__number">{label("measure", lang, n=m.id)}</span> '
            f"{escape(m.title[lang])}</li>"
            for m in pillar.measures
        )
        out.append(
            f'## {n} {md_escape(pillar.title[lang])} {{#pillar-{n} data-comment-section="bp-{n}"}}\n\n'
            f"### {label('direction', lang)} {{#pillar-{n}-direction}}\n\n"
            f"{md_escape(pillar.direction[lang])}\n\n"
            f"### {label('measures', lang)} {{#pillar-{n}-measures}}\n\n"
            f'<ul class="measures">{measures}</ul>\n\n'
            f"[{label('to_strategy', lang)}](strategy.md#pillar-{n})\n"
        )
    return "\n".join(out)


def _pillar_list(data, lang):
    return "\n".join(
        f"{p.id}. [{md_escape(p.title[lang])}](basic-policy.md#pillar-{p.id})" for p in data.strategy.pillars
    )


def _cross_cutting(data, lang):
    items = "".join(
        f'<li id="{c.id}" data-comment-section="bp-{c.id}">{escape(c.title[lang])}</li>'
        for c in data.strategy.cross_cutting
    )
    return f'<ul class="cross-cutting">{items}</ul>'


def on_page_markdown(markdown, page, **kwargs):
    data = sitedata.load()
    lang = sitedata.page_lang(page)
    return sitedata.replace_inserts(
        markdown,
        {
            "principle": lambda: f"> {md_escape(data.strategy.principle[lang])}",
            "pillars": lambda: _pillars(data, lang),
            "pillar-list": lambda: _pillar_list(data, lang),
            "cross-cutting": lambda: _cross_cutting(data, lang),
        },
        page,
    )
