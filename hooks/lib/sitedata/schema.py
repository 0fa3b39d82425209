"""The shape of every data file, as pydantic models: what each field holds and which are required.

A file that does not fit is reported by ``sitedata.yamlfile.validate`` in plain words (``errors.explain``).
Texts shown to residents are ``Text``: Japanese and English side by side, neither empty.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

LANGS = ("ja", "en")  # every text is written in both, Japanese first

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]  # an id: lower-case, digits, hyphens
Text1 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    ja: Text1
    en: Text1

    def __getitem__(self, lang: str) -> str:
        return getattr(self, lang)


class Period(Strict):
    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _order(self):
        if self.end < self.start:
            raise ValueError("END_BEFORE_START")
        return self


class Contact(Strict):
    organisation: Text
    department: Text
    section: Text
    team: Text
    phone: Text1
    phone_note: Text
    extension: Text1
    fax: Text1
    email: Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]

    def office(self, lang: str, team: bool = True) -> str:
        """熊本県 企画振興部 企画課 戦略推進班 / Strategy Promotion Team, Planning Division, …"""
        parts = [self.organisation, self.department, self.section] + ([self.team] if team else [])
        if lang == LANGS[0]:  # Japanese: from the prefecture down
            return " ".join(p.ja for p in parts)
        return ", ".join(p.en for p in reversed(parts))


class PlanPeriod(Strict):
    start_fiscal_year: int
    end_fiscal_year: int


class Draft(Strict):
    id: Slug
    page: Annotated[
        str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*\.md$")
    ]  # a page in docs/, e.g. strategy.md
    title: Text
    plan_period: PlanPeriod | None = None


class Consultation(Strict):
    title: Text
    period: Period
    contact: Contact
    drafts: list[Draft] = Field(min_length=1)


class Place(Strict):
    id: Slug
    name: Text
    detail: Text | None = None
    count: int | None = Field(default=None, ge=2)
    url: Annotated[str, StringConstraints(pattern=r"^https://\S+$")] | None = None


class Places(Strict):
    places: list[Place] = Field(min_length=1)


class Measure(Strict):
    id: int = Field(ge=1)
    title: Text
    initiatives: list[Text] = Field(min_length=1)
    initiatives_note: Text | None = None
    kpi_status: Literal["listed", "pending", "none"]


class Pillar(Strict):
    id: int = Field(ge=1)
    title: Text
    direction: Text
    measures: list[Measure] = Field(min_length=1)


class Kpi(Strict):
    id: Slug
    pillar: int
    measure: int
    name: Text
    status: Literal["pending", "set"]
    baseline: float | None = None
    baseline_year: int | None = None
    target: float | None = None
    target_year: int | None = None
    unit: Text | None = None

    @model_validator(mode="after")
    def _figures(self):
        if self.status == "set":
            missing = [f for f in ("baseline", "target", "unit", "target_year") if getattr(self, f) is None]
            if missing:
                raise ValueError("SET_NEEDS:" + ",".join(missing))
        return self


class CrossCutting(Strict):
    id: Slug
    title: Text


class Strategy(Strict):
    principle: Text
    pillars: list[Pillar] = Field(min_length=1)
    kpis: list[Kpi]
    cross_cutting: list[CrossCutting]


# data/search_synonyms.yml


class SynonymWords(Strict):
    ja: list[Text1] = Field(min_length=1)
    en: list[Text1] = Field(min_length=1)

    def __getitem__(self, lang: str) -> list[str]:
        return getattr(self, lang)


class Synonym(Strict):
    find: Text  # words on a page, in each language
    words: SynonymWords  # what a reader may type instead


class Synonyms(Strict):
    synonyms: list[Synonym] = []
