"""The basic policy's pillars, from data/strategy.yml.

Parts it makes (hooks/lib/sitebuild/inserts.py), in the page's language, each section a resident can
comment on with its “comment on this section” link (hooks/lib/sitebuild/comments.py):

- ``<!-- insert: principle -->``: the basic principle (基本理念) as a quotation;
- ``<!-- insert: pillars -->``: one section per pillar (anchor ``pillar-N``) with its direction of
  initiatives and its measures (anchors ``pillar-N-measure-M``), linked to the strategy's table;
- ``<!-- insert: pillar-list -->``: a short numbered list of the pillars, linked to those sections;
- ``<!-- insert: cross-cutting -->``: the items that run across the pillars (anchors by id).
"""

from markupsafe import escape

from sitebuild import comments, inserts
from sitedata import md_escape


@inserts.part("principle")
def principle(where):
    return f"> {md_escape(where.data.strategy.principle[where.lang])}"


@inserts.part("pillars")
def pillars(where):
    data, lang = where.data, where.lang
    w = data.words
    out = []
    for pillar in data.strategy.pillars:
        n = pillar.id
        measures = "".join(
            f'<li id="pillar-{n}-measure-{m.id}">'
            f'<span class="measure__number">{w.html("strategy.measure", lang, n=m.id)}</span> '
            f"{escape(m.title[lang])} {comments.link(data, f'bp-{n}-{m.id}', lang)}</li>"
            for m in pillar.measures
        )
        out.append(
            f"## {n} {md_escape(pillar.title[lang])} {{#pillar-{n}}}\n\n"
            f"{comments.link(data, f'bp-{n}', lang, tag='div')}\n\n"
            f"### {w.md('strategy.direction', lang)} {{#pillar-{n}-direction}}\n\n"
            f"{md_escape(pillar.direction[lang])}\n\n"
            f"### {w.md('strategy.measures', lang)} {{#pillar-{n}-measures}}\n\n"
            f'<ul class="measures">{measures}</ul>\n\n'
            f"[{w.md('strategy.to_strategy', lang)}](strategy.md#pillar-{n})\n"
        )
    return "\n".join(out)


@inserts.part("pillar-list")
def pillar_list(where):
    lang = where.lang
    return "\n".join(
        f"{p.id}. [{md_escape(p.title[lang])}](basic-policy.md#pillar-{p.id})" for p in where.data.strategy.pillars
    )


@inserts.part("cross-cutting")
def cross_cutting(where):
    data, lang = where.data, where.lang
    items = "".join(
        f'<li id="{c.id}">{escape(c.title[lang])} {comments.link(data, f"bp-{c.id}", lang)}</li>'
        for c in data.strategy.cross_cutting
    )
    return f'<ul class="cross-cutting">{items}</ul>'
