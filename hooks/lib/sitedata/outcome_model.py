"""The shape of the consultation's outcome (data/outcome.yml) and of its response categories
(data/outcome_categories.yml), as pydantic models. The checks across entries (ids, sections, counts,
the draft text of each change) are in ``sitedata.outcome``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from .schema import Slug, Strict, Text

NOT_ABOUT_THE_DRAFTS = "other"  # a row's section when the opinion is about nothing in the drafts

Ref = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Category(Strict):
    """A response category (対応区分): its code (stable, used in the open data), label and description."""

    code: Slug
    label: Text
    description: Text
    needs_change: bool = False  # a row of this category must name the change(s) it led to (補足・修正)


class Categories(Strict):
    categories: list[Category] = Field(min_length=1)


class Row(Strict):
    """One row of the results table: the summary of one or more submitted opinions of the same gist."""

    id: Slug
    sections: list[Ref] = Field(min_length=1)  # section ids (bp-1-2), draft ids (strategy), or "other"
    count: int = Field(default=1, ge=1)  # how many submitted opinions the row stands for
    category: Slug
    summary: Text
    view: Text  # 県の考え方 / the prefecture's view
    changes: list[Slug] = []


class Change(Strict):
    """A passage of a draft as changed for the final plan, with its reason or marked editorial."""

    id: Slug
    section: Ref
    draft: Text  # the passage as the draft has it (must occur in that section)
    final: Text  # the passage as the final plan has it
    reason: Text | None = None
    editorial: bool = False  # the prefecture's own editorial change, not from an opinion

    @model_validator(mode="after")
    def _reason(self):
        if self.reason is None and not self.editorial:
            raise ValueError("CHANGE_REASON")
        return self


class Outcome(Strict):
    published: dt.date | None = None
    submitters: int | None = Field(default=None, ge=0)  # people and organisations who submitted
    organisations: int | None = Field(default=None, ge=0)  # of which organisations (optional)
    opinions: int | None = Field(default=None, ge=0)  # optional: if written, the sum of the rows' counts
    rows: list[Row] = []
    changes: list[Change] = []

    @model_validator(mode="after")
    def _complete(self):
        filled = self.submitters is not None or self.opinions is not None or self.rows or self.changes
        if self.published is None and filled:
            raise ValueError("OUTCOME_UNDATED")
        if self.published is not None and self.submitters is None:
            raise ValueError("OUTCOME_COUNTS")
        return self

    @property
    def total(self) -> int:
        """The number of opinions received: the sum of the rows' counts."""
        return sum(r.count for r in self.rows)
