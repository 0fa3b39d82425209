"""Checks across entries and files that the schema alone cannot make: unique ids, the drafts the site
refers to, KPIs that name an existing pillar and measure, each measure's ``kpi_status`` agreeing
with its KPIs, and values that are valid but impossible: a comment period longer than a year or far
from the date of the sources (a typo in its year), a KPI's target year before its baseline year, an
outcome published before the period closed. The first mistake stops the build as a ``DataError`` with
the file and the line.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from .errors import DataError
from .outcome_model import Outcome
from .schema import Consultation, Period, Places, Strategy
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
    check_period(crel, ctree, consultation.period)
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
    first, last = consultation.period.start.year - KPI_YEARS, consultation.period.start.year + KPI_YEARS
    for ki, kpi in enumerate(strategy.kpis):
        for key in ("baseline_year", "target_year"):
            year = getattr(kpi, key)
            if year is not None and not first <= year <= last:
                raise DataError(
                    srel,
                    line_of(stree, ("kpis", ki, key)),
                    f"KPI「{kpi.id}」の {key}: {year} の年度がありえません"
                    f"（{first}年度から{last}年度のあいだのはずです）。西暦の打ち間違いがないか確かめてください。",
                    f'KPI "{kpi.id}": {key} {year} is not a plausible fiscal year (it should be between {first} '
                    f"and {last}). Check the year for a typo.",
                )
        if kpi.baseline_year and kpi.target_year and kpi.target_year < kpi.baseline_year:
            raise DataError(
                srel,
                line_of(stree, ("kpis", ki, "target_year")),
                f"KPI「{kpi.id}」の目標年度（target_year: {kpi.target_year}）が現状値の年度"
                f"（baseline_year: {kpi.baseline_year}）より前です。年度を確かめてください。",
                f'KPI "{kpi.id}": the target year ({kpi.target_year}) is before the baseline year '
                f"({kpi.baseline_year}). Check both years.",
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


# A comment period starts at most this many years before the date of the sources (the last commit's,
# hooks/1_run/reproducible.py) and at most one year after it: wide enough for a past consultation kept
# online, narrow enough to stop a typo in the year (2183, 2002, 2120).
YEARS_BACK, YEARS_AHEAD = 10, 1
KPI_YEARS = 50  # a KPI's years lie within 50 years of the period's (room for long-term targets)
RESULTS_WITHIN_YEARS = 2  # the results are published within two years of the period's end


def sources_date() -> dt.date:
    """The date of the sources: SOURCE_DATE_EPOCH (set from the last commit), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch.isdigit() else dt.date.today()


def _years_after(day: dt.date, years: int = 1) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def check_period(rel: str, tree: Any, period: Period, today: dt.date | None = None) -> None:
    """The comment period is at most a year long and its years are near the date of the sources."""
    today = today or sources_date()
    first, last = today.year - YEARS_BACK, today.year + YEARS_AHEAD
    for key in ("start", "end"):
        day = getattr(period, key)
        if not first <= day.year <= last:
            raise DataError(
                rel,
                line_of(tree, ("period", key)),
                f"期間の{'開始日' if key == 'start' else '終了日'}（{key}: {day.isoformat()}）の年が"
                f"ありえません（{first}年から{last}年のあいだのはずです）。年の打ち間違いがないか確かめてください。",
                f"The period's {key} date ({day.isoformat()}) is not in a plausible year (it should be "
                f"between {first} and {last}). Check the year for a typo.",
            )
    if period.end > _years_after(period.start):
        raise DataError(
            rel,
            line_of(tree, ("period", "end")),
            f"意見募集の期間が1年を超えています（{period.start.isoformat()} から {period.end.isoformat()}）。"
            "開始日（start）と終了日（end）の年を確かめてください。",
            f"The comment period is longer than a year ({period.start.isoformat()} to {period.end.isoformat()}). "
            "Check the years of the start and end dates.",
        )


def check_outcome(rel: str, tree: Any, outcome: Outcome, period: Period) -> None:
    """The results are published after the comment period has closed, within RESULTS_WITHIN_YEARS."""
    day = outcome.published
    if day is None:
        return
    if day <= period.end:
        raise DataError(
            rel,
            line_of(tree, ("published",)),
            f"結果の公表日（published: {day.isoformat()}）が、意見募集の終了日（{period.end.isoformat()}）"
            "より前か同じ日です。意見募集が終わってから公表した日を書いてください。",
            f"The results' publication date ({day.isoformat()}) is not after the end of the comment period "
            f"({period.end.isoformat()}). Write the date the results were published, after the period closed.",
        )
    latest = _years_after(period.end, RESULTS_WITHIN_YEARS)
    if day > latest:
        raise DataError(
            rel,
            line_of(tree, ("published",)),
            f"結果の公表日（published: {day.isoformat()}）が、意見募集の終了日（{period.end.isoformat()}）から"
            f"{RESULTS_WITHIN_YEARS}年以上あとです。年の打ち間違いがないか確かめてください。",
            f"The results' publication date ({day.isoformat()}) is more than {RESULTS_WITHIN_YEARS} years after "
            f"the end of the comment period ({period.end.isoformat()}). Check the year for a typo.",
        )
