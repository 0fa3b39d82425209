"""How dates and numbers are written on the pages, and data text made safe inside Markdown.

Japanese dates carry the era year and the Western year (令和2年(2020年)12月25日(金)); English dates are
written out (Friday 25 December 2020); やさしい日本語 dates use the Western year only, with the weekday in
full (2021年1月23日（土曜日）), as 「在留支援のためのやさしい日本語ガイドライン」 asks.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from decimal import Decimal

from .schema import LANGS, Period

# (first day, era name); newest first. Dates before Meiji 6 are not needed on this site.
ERAS = (
    (dt.date(2019, 5, 1), "令和"),
    (dt.date(1989, 1, 8), "平成"),
    (dt.date(1926, 12, 25), "昭和"),
    (dt.date(1912, 7, 30), "大正"),
    (dt.date(1873, 1, 1), "明治"),
)
WEEKDAYS_JA = "月火水木金土日"
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def era_year(day: dt.date) -> str:
    """令和2年 for 2020-12-25; the first year of an era is 元年 (令和元年 for 2019-05-01)."""
    for start, name in ERAS:
        if day >= start:
            number = day.year - start.year + 1
            return f"{name}{'元' if number == 1 else number}年"
    raise ValueError(f"{day} is before the eras this site knows")


def fiscal_era_year(year: int) -> str:
    """The era name of a Japanese fiscal year (April to March): 2020 -> 令和2年度.

    A fiscal year in which a new era began is named by the new era (2019 -> 令和元年度), so the
    era in force at the end of its first calendar year names it.
    """
    return era_year(dt.date(year, 12, 31)) + "度"


def date_ja(day: dt.date) -> str:
    """令和2年(2020年)12月25日(金)"""
    return f"{era_year(day)}({day.year}年){day.month}月{day.day}日({WEEKDAYS_JA[day.weekday()]})"


def date_en(day: dt.date) -> str:
    """Friday 25 December 2020"""
    return f"{WEEKDAYS_EN[day.weekday()]} {day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def date_text(day: dt.date, lang: str) -> str:
    """A date as the pages write it in ``lang``: date_ja in Japanese, date_en in English."""
    return date_ja(day) if lang == LANGS[0] else date_en(day)


def fiscal_year_text(year: int, lang: str) -> str:
    """A fiscal year as the pages write it in ``lang``: 令和2年度, FY2020."""
    return fiscal_era_year(year) if lang == LANGS[0] else f"FY{year}"


def period_text(period: Period, lang: str) -> str:
    start, end = date_text(period.start, lang), date_text(period.end, lang)
    # まで includes the last day: say so in English ("to" alone leaves it open).
    return f"{start}から{end}まで" if lang == LANGS[0] else f"{start} to {end}, inclusive"


EASY_WEEKDAYS = ("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日")


def easy_date(day: dt.date) -> str:
    """2021年1月23日（土曜日）"""
    return f"{day.year}年{day.month}月{day.day}日（{EASY_WEEKDAYS[day.weekday()]}）"


def md_escape(text: str) -> str:
    """Text from a data file, safe inside Markdown: < > & as HTML entities (which Markdown keeps
    as they are; quotes need none outside attributes), then Markdown's own signs backslash-escaped (no accidental
    emphasis, links, headings or table cells). R&D shows as R&D."""
    return html.escape(re.sub(r"([\\`*_\[\]|#])", r"\\\1", text), quote=False)


def number(value: int | Decimal | float) -> str:
    """A figure as typed, with thousands separators: 1234 -> 1,234; 12.50 (a Decimal) -> 12.50."""
    if isinstance(value, (int, Decimal)):
        return f"{value:,}"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
