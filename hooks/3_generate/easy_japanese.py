"""The dates of the やさしい日本語 page (docs/easy.md), from data/consultation.yml.

Makes ``<!-- insert: easy-date start -->`` and ``<!-- insert: easy-date end -->``
(hooks/lib/sitebuild/inserts.py): the first and the last day of the comment period written plainly,
as 「在留支援のためのやさしい日本語ガイドライン」 asks: the Western year and the weekday in full, no era name
(2021年1月23日（土曜日）).

Also gives every page ``easy_href``, the address of the Japanese やさしい日本語 page relative to the page,
which the language menu (overrides/partials/alternate.html) links to, in both languages.
"""

import posixpath

import sitedata
from sitebuild import inserts

EASY_PAGE = "easy.html"


@inserts.part("easy-date")
def easy_date(where, which):
    period = where.data.consultation.period
    return sitedata.easy_date({"start": period.start, "end": period.end}[which])


def on_page_context(context, page, config, nav, **kwargs):
    context["easy_href"] = posixpath.relpath(EASY_PAGE, posixpath.dirname(page.url) or ".")
    return context
