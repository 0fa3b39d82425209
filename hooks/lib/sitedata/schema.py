"""The shape of every data file, as pydantic models: what each field holds and which are required.

A file that does not fit is reported by ``sitedata.yamlfile.validate`` in plain words (``errors.explain``).
Texts shown to residents are ``Text``: Japanese and English side by side, neither empty.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal
from typing import Annotated, Literal
from urllib.parse import quote

from email_validator import EmailNotValidError, validate_email
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator

LANGS = ("ja", "en")  # every text is written in both, Japanese first

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]  # an id: lower-case, digits, hyphens
Text1 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


_DASHES = re.compile("[\u2010-\u2015\u2212\u30fc\uff70]")  # ‐ – — ― − ー ｰ: what an input method gives for "-"
MOBILE_PREFIXES = ("050", "070", "080", "090")  # IP phones and mobiles (and 0800 free dial): 11 digits


def _phone(value: object) -> str:
    """A Japanese telephone or fax number as written in the pages: NFKC (full-width digits and hyphens
    become half-width), dashes from an input method become "-", spaces go. 10 digits from the leading 0
    (a fixed line with its area code; 0120 and 0570 too), 11 for 050/070/080/090 (and 0800)."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError("PHONE")
    text = _DASHES.sub("-", unicodedata.normalize("NFKC", str(value)))
    text = re.sub(r"\s+", "", text)
    digits = text.replace("-", "")
    if not isinstance(value, str) or not re.fullmatch(r"0[1-9]\d*(-\d+)*", text):
        raise ValueError("PHONE")
    if len(digits) != (11 if digits.startswith(MOBILE_PREFIXES) else 10):
        raise ValueError("PHONE")
    return text


def _extension(value: object) -> str:
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value)))
    if isinstance(value, bool) or not re.fullmatch(r"\d{1,6}", text):
        raise ValueError("EXTENSION")
    return text


def _figure(value: object) -> object:
    """A KPI figure as typed: an integer stays an integer, a decimal keeps its digits (yamlfile.plain
    reads 12.50 as Decimal("12.50")); full-width digits (１２３４) are read as the same number; text
    such as "1,234" or "約1200" is refused."""
    if isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", text := unicodedata.normalize("NFKC", value.strip())):
        return Decimal(text) if "." in text else int(text)
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise ValueError("FIGURE")
    return value


_ADDRESS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_+@")


def _email(value: object) -> str:
    """The contact address as a plain address, name@domain, in ASCII letters, digits and . - _ +: a
    full-width ＠ or ． (EMAIL_LOOKALIKE), any other character (? & % , a space: EMAIL_CHAR) is refused,
    and the rest is checked by email-validator (the syntax; no DNS look-up), so it goes safely into a
    mailto: link."""
    if not isinstance(value, str):
        raise ValueError("EMAIL")
    text = value.strip()
    for char in text:
        if char in _ADDRESS:
            continue
        plain = unicodedata.normalize("NFKC", char)
        raise ValueError(f"EMAIL_LOOKALIKE:{char}" if plain != char and plain in _ADDRESS else f"EMAIL_CHAR:{char}")
    try:
        validate_email(text, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError:
        raise ValueError("EMAIL") from None
    return text


Email = Annotated[str, BeforeValidator(_email)]
Phone = Annotated[str, BeforeValidator(_phone)]
Extension = Annotated[str, BeforeValidator(_extension)]
Figure = Annotated[int | Decimal, BeforeValidator(_figure)]


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
    phone: Phone  # normalised: ０９６－３３３－２０１９ is published as 096-333-2019
    phone_note: Text
    extension: Extension
    fax: Phone
    email: Email  # a plain address (no ?, &, %, ",", no full-width ＠): it goes into mailto: links

    def mailto(self, **fields: str) -> str:
        """A ``mailto:`` link to the address, its fields (subject, body) percent-encoded by urllib."""
        query = "&".join(f"{name}={quote(text, safe='')}" for name, text in fields.items())
        return f"mailto:{quote(self.email, safe='@')}" + (f"?{query}" if query else "")

    @property
    def tel(self) -> str:
        """The phone's ``tel:`` address, from the checked number: tel:+81963332019."""
        return "tel:+81" + self.phone.replace("-", "")[1:]

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
    notice_count: int = Field(ge=1)  # how many places the prefecture's notice lists: a deletion must be deliberate
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
    baseline: Figure | None = None
    baseline_year: int | None = None
    target: Figure | None = None
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
