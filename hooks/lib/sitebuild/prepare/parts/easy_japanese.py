"""The dates of the やさしい日本語 page (docs/easy.md), from data/consultation.yml.

Makes ``<!-- insert: easy-date start -->`` and ``<!-- insert: easy-date end -->``
(hooks/lib/sitebuild/inserts.py): the first and the last day of the comment period written plainly,
as 「在留支援のためのやさしい日本語ガイドライン」 asks: the Western year and the weekday in full, no era name
(2021年1月23日（土曜日）).
The language menu's link to this page is made by hooks/lib/sitebuild/render/i18n_links.py.
"""

import sitedata
from sitebuild import inserts


@inserts.part("easy-date")
def easy_date(where, which):
    period = where.data.consultation.period
    return sitedata.easy_date({"start": period.start, "end": period.end}[which])
