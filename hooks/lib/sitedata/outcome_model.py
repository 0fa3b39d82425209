"""The shape of the consultation's outcome (data/outcome.xlsx, the workbook staff keep, or data/outcome.yml) and of
its response categories (data/outcome_categories.yml), as pydantic models. The checks across entries (ids,
sections, counts, the draft text of each change, what must be filled in once published) are in
``sitedata.outcome``. A row's and a change's texts are Japanese first (``JaFirst``): the English may follow later.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, StringConstraints

from .schema import Slug, Strict, Text, Text1

NOT_ABOUT_THE_DRAFTS = "other"  # a row's section when the opinion is about nothing in the drafts

Ref = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class JaFirst(Strict):
    """A text in Japanese, with its English once translated (``None`` until then)."""

    ja: Text1
    en: Text1 | None = None

    def __getitem__(self, lang: str) -> str:
        """The text in ``lang``; the Japanese while the translation is not there (see ``has``)."""
        return getattr(self, lang) or self.ja

    def has(self, lang: str) -> bool:
        return getattr(self, lang) is not None


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
    summary: JaFirst
    view: JaFirst  # 県の考え方 / the prefecture's view
    changes: list[Slug] = []

    def translated(self) -> bool:
        return self.summary.has("en") and self.view.has("en")


class Change(Strict):
    """A passage of a draft as changed for the final plan, with its reason or marked editorial."""

    id: Slug
    section: Ref
    draft: JaFirst  # the passage as the draft has it (must occur in that section)
    final: JaFirst  # the passage as the final plan has it
    reason: JaFirst | None = None  # required unless editorial (sitedata.outcome checks it)
    editorial: bool = False  # the prefecture's own editorial change, not from an opinion

    def translated(self) -> bool:
        return all(t.has("en") for t in (self.draft, self.final, self.reason) if t is not None)


class Correction(Strict):
    """A dated correction or update of the results after publication (訂正・更新の履歴)."""

    date: dt.date
    text: JaFirst


class Plan(Strict):
    """The adopted plan, once known (next steps): its name, the date it was adopted and its address."""

    name: JaFirst | None = None
    date: dt.date | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = None


class Outcome(Strict):
    published: dt.date | None = None
    submitters: int | None = Field(default=None, ge=0)  # people and organisations who submitted
    organisations: int | None = Field(default=None, ge=0)  # of which organisations (optional)
    opinions: int | None = Field(default=None, ge=0)  # optional: if written, the sum of the rows' counts
    rows: list[Row] = []
    changes: list[Change] = []
    corrections: list[Correction] = []  # after publication, oldest first
    plan: Plan = Plan()  # not known until the data says so

    @property
    def total(self) -> int:
        """The number of opinions received: the sum of the rows' counts."""
        return sum(r.count for r in self.rows)

    def untranslated(self) -> list[Row | Change]:
        """The rows and changes whose English is not there yet (Japanese first: published without it)."""
        return [x for x in (*self.rows, *self.changes) if not x.translated()]
