"""The consultation's outcome (data/outcome.yml), checked against the sections residents comment on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .checks import check_outcome
from .errors import DataError
from .schema import Outcome
from .yamlfile import line_of, shown, validate

if TYPE_CHECKING:
    from . import SiteData


def load_outcome(data: SiteData, path: Path) -> Outcome:
    """The published outcome (``published`` is None while there is none); sections are checked."""
    rel = shown(path)
    try:
        outcome, tree = validate(Outcome, path)
    except DataError as exc:
        if "OUTCOME_UNDATED" in str(exc):
            raise DataError(
                rel,
                1,
                "結果の件数や内容がありますが、公表日（published）がありません。",
                "The outcome has counts or results but no publication date (published).",
            ) from None
        if "OUTCOME_COUNTS" in str(exc):
            raise DataError(
                rel,
                1,
                "公表日（published）がありますが、opinions（意見の件数）と submitters（人数）がありません。",
                "The outcome has a publication date but lacks opinions and submitters.",
            ) from None
        raise
    check_outcome(rel, tree, outcome, data.consultation.period)
    known = data.sections
    for index, result in enumerate(outcome.results):
        if result.section not in known:
            raise DataError(
                rel,
                line_of(tree, ("results", index, "section")),
                f"項目「{result.section}」はありません。ページの「参照」にある項目の id を書いてください"
                f"（例：bp-1-2、st-2-3、pv）。",
                f'There is no section "{result.section}". Use a section id such as bp-1-2, st-2-3 or pv.',
            )
    return outcome
