"""The dates of the やさしい日本語 page (docs/easy.md), from data/consultation.yml.

Replaces ``<!-- insert: easy-date start -->`` and ``<!-- insert: easy-date end -->`` with the first
and the last day of the comment period written plainly, as 「在留支援のためのやさしい日本語ガイドライン」
asks: the Western year and the weekday in full, no era name (2021年1月23日（土曜日）).

Also gives every page ``easy_href``, the address of the Japanese やさしい日本語 page relative to the
page, which the language menu (overrides/partials/alternate.html) links to, in both languages.
"""

import posixpath

import sitedata

EASY_PAGE = "easy.html"

WEEKDAYS = ("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日")


def easy_date(day) -> str:
    """2021年1月23日（土曜日）"""
    return f"{day.year}年{day.month}月{day.day}日（{WEEKDAYS[day.weekday()]}）"


def on_page_markdown(markdown, page, **kwargs):
    period = sitedata.load().consultation.period
    return sitedata.replace_inserts(
        markdown,
        {
            "easy-date": lambda which: easy_date({"start": period.start, "end": period.end}[which]),
        },
        page,
    )


def on_page_context(context, page, config, nav, **kwargs):
    context["easy_href"] = posixpath.relpath(EASY_PAGE, posixpath.dirname(page.url) or ".")
    return context
