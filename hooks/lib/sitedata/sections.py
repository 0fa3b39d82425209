"""The parts of the drafts a resident can comment on, each with a stable reference id.

Ids: ``bp-N`` and ``bp-N-M`` (basic policy, pillar N, measure M), ``bp-<item>`` (its cross-cutting items),
``st-N`` and ``st-N-M`` (the strategy), ``pv`` (the population vision as a whole). The comment links, the
opinion form and data/outcome.yml use these ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .schema import LANGS
from .yamlfile import ROOT

if TYPE_CHECKING:
    from . import SiteData


@dataclass(frozen=True)
class Section:
    """A part of a draft a resident can comment on, with its stable reference id (e.g. bp-1-2)."""

    id: str
    draft: str
    label: dict  # by language: 柱1 施策2, Pillar 1 Measure 2; empty for a whole draft

    def reference(self, data: SiteData, lang: str) -> str:
        title = data.draft(self.draft).title[lang]
        return f"{title} {self.label[lang]}".strip()


def all_sections(data: SiteData) -> dict[str, Section]:
    """Every commentable section of the three drafts, in page order, keyed by id."""
    out: dict[str, Section] = {}
    words = data.words

    def add(sid, draft, label=lambda lang: ""):
        out[sid] = Section(sid, draft, {lang: label(lang) for lang in LANGS})

    def pillar(n, lang):
        return words.text("strategy.pillar", lang, n=n)

    for prefix, draft in (("bp", "basic-policy"), ("st", "strategy")):
        for p in data.strategy.pillars:
            add(f"{prefix}-{p.id}", draft, lambda lang, p=p: pillar(p.id, lang))
            for m in p.measures:
                add(
                    f"{prefix}-{p.id}-{m.id}",
                    draft,
                    lambda lang, p=p, m=m: f"{pillar(p.id, lang)} {words.text('strategy.measure', lang, n=m.id)}",
                )
        if draft == "basic-policy":
            for item in data.strategy.cross_cutting:
                add(f"bp-{item.id}", draft, lambda lang, item=item: item.title[lang])
    add("pv", "population-vision")
    return out


def section_texts(data: SiteData, sid: str, lang: str) -> list[str]:
    """The texts of a section as its draft page shows them (titles, directions, initiatives, KPI names;
    the population vision's page text), for anchoring a change's draft text."""
    strategy = data.strategy
    if sid == "pv":
        return [_page_text(data, "population-vision.md", lang)]
    prefix, _, rest = sid.partition("-")
    item = next((c for c in strategy.cross_cutting if f"bp-{c.id}" == sid), None)
    if item is not None:
        return [item.title[lang]]
    numbers = [int(n) for n in rest.split("-")]
    pillar = data.pillar(numbers[0])
    measures = [m for m in pillar.measures if len(numbers) == 1 or m.id == numbers[1]]
    out = [pillar.title[lang], pillar.direction[lang]] if len(numbers) == 1 else []
    for m in measures:
        out.append(m.title[lang])
        if prefix == "st":
            out += [i[lang] for i in m.initiatives]
            out += [m.initiatives_note[lang]] if m.initiatives_note else []
            out += [k.name[lang] for k in data.kpis_of(pillar.id, m.id)]
    return out


def _page_text(data: SiteData, page: str, lang: str) -> str:
    name = page if lang == LANGS[0] else page.replace(".md", f".{lang}.md")
    docs = data.folder.parent / "docs"
    path = (docs if (docs / name).exists() else ROOT / "docs") / name
    text = path.read_text(encoding="utf-8").split("---", 2)[-1]
    text = re.sub(r"<!--.*?-->|^#+ |\{#[^}]*\}", "", text, flags=re.S | re.M)
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
