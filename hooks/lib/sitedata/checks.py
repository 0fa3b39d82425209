"""Checks across entries and files that the schema alone cannot make: unique ids, the drafts the site
refers to, KPIs that name an existing pillar and measure, and each measure's ``kpi_status`` agreeing
with its KPIs. The first mistake stops the build as a ``DataError`` with the file and the line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import DataError
from .schema import Consultation, Places, Strategy
from .yamlfile import duplicates, line_of, shown

DRAFT_IDS = ("basic-policy", "strategy", "population-vision")  # the drafts the pages and sections refer to


def check(
    base: Path, consultation: Consultation, ctree: Any, strategy: Strategy, stree: Any, places: Places, ptree: Any
) -> None:
    """Raise DataError on the first mistake across the entries of the three main files in ``base``."""
    crel = shown(base / "consultation.yml")
    srel = shown(base / "strategy.yml")
    prel = shown(base / "places.yml")
    duplicates(crel, ctree, consultation.drafts, "drafts", [d.id for d in consultation.drafts], "素案", "draft")
    missing = [d for d in DRAFT_IDS if d not in {draft.id for draft in consultation.drafts}]
    if missing:
        raise DataError(
            crel,
            line_of(ctree, ("drafts",)),
            f"drafts に id「{'」「'.join(missing)}」の素案がありません。"
            f"id を確かめてください（使う id: {', '.join(DRAFT_IDS)}）。",
            f"drafts has no draft with the id {', '.join(missing)}. Check the ids "
            f"(the site uses {', '.join(DRAFT_IDS)}).",
        )
    duplicates(prel, ptree, places.places, "places", [p.id for p in places.places], "閲覧場所", "place")
    duplicates(srel, stree, strategy.pillars, "pillars", [p.id for p in strategy.pillars], "柱", "pillar")
    duplicates(srel, stree, strategy.kpis, "kpis", [k.id for k in strategy.kpis], "KPI", "KPI")
    duplicates(
        srel,
        stree,
        strategy.cross_cutting,
        "cross_cutting",
        [c.id for c in strategy.cross_cutting],
        "柱をまたぐ取組み",
        "cross-cutting item",
    )
    for pi, pillar in enumerate(strategy.pillars):
        seen = set()
        for mi, measure in enumerate(pillar.measures):
            if measure.id in seen:
                raise DataError(
                    srel,
                    line_of(stree, ("pillars", pi, "measures", mi)),
                    f"柱{pillar.id} の施策 id「{measure.id}」が重複しています。",
                    f"Pillar {pillar.id} has two measures with id {measure.id}.",
                )
            seen.add(measure.id)
    pillar_ids = {p.id: p for p in strategy.pillars}
    for ki, kpi in enumerate(strategy.kpis):
        if kpi.pillar not in pillar_ids:
            known = ", ".join(str(i) for i in pillar_ids)
            raise DataError(
                srel,
                line_of(stree, ("kpis", ki, "pillar")),
                f"KPI「{kpi.id}」の柱 {kpi.pillar} はありません。使える柱は {known} です。",
                f'KPI "{kpi.id}" names pillar {kpi.pillar}, which does not exist. Pillars are {known}.',
            )
        measures = {m.id: m for m in pillar_ids[kpi.pillar].measures}
        if kpi.measure not in measures:
            known = ", ".join(str(i) for i in measures)
            raise DataError(
                srel,
                line_of(stree, ("kpis", ki, "measure")),
                f"KPI「{kpi.id}」の施策 {kpi.measure} は柱{kpi.pillar}にありません。使える施策は {known} です。",
                f'KPI "{kpi.id}" names measure {kpi.measure}, which pillar {kpi.pillar} does not have '
                f"(it has {known}).",
            )
    for pi, pillar in enumerate(strategy.pillars):
        for mi, measure in enumerate(pillar.measures):
            count = sum(1 for k in strategy.kpis if k.pillar == pillar.id and k.measure == measure.id)
            if measure.kpi_status == "listed" and count == 0:
                raise DataError(
                    srel,
                    line_of(stree, ("pillars", pi, "measures", mi, "kpi_status")),
                    f"柱{pillar.id} 施策{measure.id} は kpi_status: listed ですが、kpis に KPI がありません。",
                    f"Pillar {pillar.id} measure {measure.id} says kpi_status: listed but no KPI names it.",
                )
            if measure.kpi_status != "listed" and count:
                raise DataError(
                    srel,
                    line_of(stree, ("pillars", pi, "measures", mi, "kpi_status")),
                    f"柱{pillar.id} 施策{measure.id} には KPI があるので kpi_status: listed にしてください。",
                    f"Pillar {pillar.id} measure {measure.id} has KPIs: set kpi_status: listed.",
                )
