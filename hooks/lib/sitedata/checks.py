"""Checks across entries and files that the schema alone cannot make: unique ids, the drafts the site
refers to, KPIs that name an existing pillar and measure, each measure's ``kpi_status`` agreeing
with its KPIs, the number of viewing places against the notice's (``notice_count``), and values that are
valid but impossible: a comment period longer than a year or far from the date of the sources (a typo in
its year), a KPI's target year before its baseline year, an outcome published before the period closed.
Each check returns its findings (data.E041–E051, data.E068), every one of them, with the file and the line.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from .errors import DataError
from .findings import Finding, finding
from .schema import Consultation, Period, Places, Strategy
from .yamlfile import duplicate_findings, line_of, shown

DRAFT_IDS = ("basic-policy", "strategy", "population-vision")  # the drafts the pages and sections refer to


def findings(
    base: Path,
    consultation: Consultation | None, ctree: Any,
    strategy: Strategy | None, stree: Any,
    places: Places | None, ptree: Any,
) -> list[Finding]:  # fmt: skip
    """Every mistake across the entries of the three main files in ``base`` (a file that did not fit its
    model, None, is left out)."""
    crel, prel, srel = (shown(base / name) for name in ("consultation.yml", "places.yml", "strategy.yml"))
    found = _ids(crel, ctree, "drafts") + _ids(prel, ptree, "places")
    found += [f for key in ("pillars", "kpis", "cross_cutting") for f in _ids(srel, stree, key)]
    if consultation is not None:
        found += _consultation(crel, ctree, consultation)
    found += _places(prel, ptree)
    if strategy is not None:
        found += _strategy(srel, stree, strategy, consultation)
    return found


def _ids(rel: str, tree: Any, key: str) -> list[Finding]:
    """The ids used twice in the list ``key``, read from the tree: found even when the file has other slips."""
    items = tree.get(key) if isinstance(tree, dict) else None
    if not isinstance(items, list):
        return []
    return duplicate_findings(rel, tree, key, [i.get("id") if isinstance(i, dict) else None for i in items])


def check(base: Path, *models_and_trees: Any) -> None:
    """DataError with every finding of ``findings``."""
    found = findings(base, *models_and_trees)
    if found:
        raise DataError(found)


def _consultation(rel: str, tree: Any, consultation: Consultation) -> list[Finding]:
    found = []
    missing = [d for d in DRAFT_IDS if d not in {draft.id for draft in consultation.drafts}]
    if missing:
        where = line_of(tree, ("drafts",))
        found.append(finding("data.E042", rel, where, missing=", ".join(missing), known=", ".join(DRAFT_IDS)))
    return found + period_findings(rel, tree, consultation.period)


def _places(rel: str, tree: Any) -> list[Finding]:
    """As many places as the notice lists (``notice_count``), read from the tree: a deletion is stopped even
    when the file has other slips."""
    items = tree.get("places") if isinstance(tree, dict) else None
    notice = tree.get("notice_count") if isinstance(tree, dict) else None
    if not isinstance(items, list) or type(notice) is not int or len(items) == notice:
        return []
    return [finding("data.E068", rel, line_of(tree, ("notice_count",)), count=len(items), notice=notice)]


def _strategy(rel: str, tree: Any, strategy: Strategy, consultation: Consultation | None) -> list[Finding]:
    found = []
    for pi, pillar in enumerate(strategy.pillars):
        seen = set()
        for mi, measure in enumerate(pillar.measures):
            if measure.id in seen:
                where = line_of(tree, ("pillars", pi, "measures", mi))
                found.append(finding("data.E043", rel, where, pillar=pillar.id, measure=measure.id))
            seen.add(measure.id)
    pillar_ids = {p.id: p for p in strategy.pillars}
    for ki, kpi in enumerate(strategy.kpis):
        if kpi.pillar not in pillar_ids:
            known = ", ".join(str(i) for i in pillar_ids)
            where = line_of(tree, ("kpis", ki, "pillar"))
            found.append(finding("data.E044", rel, where, kpi=kpi.id, pillar=kpi.pillar, known=known))
            continue
        measures = {m.id: m for m in pillar_ids[kpi.pillar].measures}
        if kpi.measure not in measures:
            known = ", ".join(str(i) for i in measures)
            where = line_of(tree, ("kpis", ki, "measure"))
            found.append(
                finding("data.E045", rel, where, kpi=kpi.id, measure=kpi.measure, pillar=kpi.pillar, known=known)
            )
    if consultation is not None:
        found += _kpi_years(rel, tree, strategy, consultation.period.start.year)
    for pi, pillar in enumerate(strategy.pillars):
        for mi, measure in enumerate(pillar.measures):
            count = sum(1 for k in strategy.kpis if k.pillar == pillar.id and k.measure == measure.id)
            where = line_of(tree, ("pillars", pi, "measures", mi, "kpi_status"))
            if measure.kpi_status == "listed" and count == 0:
                found.append(finding("data.E048", rel, where, pillar=pillar.id, measure=measure.id))
            if measure.kpi_status != "listed" and count:
                found.append(finding("data.E049", rel, where, pillar=pillar.id, measure=measure.id))
    return found


def _kpi_years(rel: str, tree: Any, strategy: Strategy, year: int) -> list[Finding]:
    found = []
    first, last = year - KPI_YEARS, year + KPI_YEARS
    for ki, kpi in enumerate(strategy.kpis):
        for key in ("baseline_year", "target_year"):
            value = getattr(kpi, key)
            if value is not None and not first <= value <= last:
                where = line_of(tree, ("kpis", ki, key))
                found.append(finding("data.E046", rel, where, kpi=kpi.id, key=key, year=value, first=first, last=last))
        if kpi.baseline_year and kpi.target_year and kpi.target_year < kpi.baseline_year:
            where = line_of(tree, ("kpis", ki, "target_year"))
            found.append(
                finding("data.E047", rel, where, kpi=kpi.id, target=kpi.target_year, baseline=kpi.baseline_year)
            )
    return found


# A comment period starts at most this many years before the date of the sources (the last commit's,
# hooks/lib/sitebuild/startup.py) and at most one year after it: wide enough for a past consultation kept
# online, narrow enough to stop a typo in the year (2183, 2002, 2120).
YEARS_BACK, YEARS_AHEAD = 10, 1
KPI_YEARS = 50  # a KPI's years lie within 50 years of the period's (room for long-term targets)


def sources_date() -> dt.date:
    """The date of the sources: SOURCE_DATE_EPOCH (set from the last commit), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch.isdigit() else dt.date.today()


def _years_after(day: dt.date, years: int = 1) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def period_findings(rel: str, tree: Any, period: Period, today: dt.date | None = None) -> list[Finding]:
    """The comment period is at most a year long and its years are near the date of the sources."""
    today = today or sources_date()
    first, last = today.year - YEARS_BACK, today.year + YEARS_AHEAD
    found = []
    for key in ("start", "end"):
        day = getattr(period, key)
        if not first <= day.year <= last:
            where = line_of(tree, ("period", key))
            found.append(finding("data.E050", rel, where, key=key, value=day, first=first, last=last))
    if period.end > _years_after(period.start):
        found.append(finding("data.E051", rel, line_of(tree, ("period", "end")), start=period.start, end=period.end))
    return found


def check_period(rel: str, tree: Any, period: Period, today: dt.date | None = None) -> None:
    found = period_findings(rel, tree, period, today)
    if found:
        raise DataError(found)
