"""Japanese era years and the period as the pages write it."""

import datetime as dt

import pytest

import sitedata


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2020, 12, 25), "令和2年"),
        (dt.date(2021, 1, 23), "令和3年"),
        (dt.date(2019, 5, 1), "令和元年"),
        (dt.date(2019, 4, 30), "平成31年"),
        (dt.date(1989, 1, 8), "平成元年"),
        (dt.date(1989, 1, 7), "昭和64年"),
        (dt.date(1926, 12, 25), "昭和元年"),
    ],
)
def test_era_year(day, expected):
    assert sitedata.era_year(day) == expected


def test_fiscal_year_uses_april():
    assert sitedata.fiscal_era_year(2020) == "令和2年度"
    assert sitedata.fiscal_era_year(2019) == "令和元年度"
    assert sitedata.fiscal_era_year(2023) == "令和5年度"


def test_dates_in_both_languages():
    assert sitedata.date_ja(dt.date(2020, 12, 25)) == "令和2年(2020年)12月25日(金)"
    assert sitedata.date_ja(dt.date(2021, 1, 23)) == "令和3年(2021年)1月23日(土)"
    assert sitedata.date_en(dt.date(2021, 1, 23)) == "Saturday 23 January 2021"


def test_period_from_the_data_file_on_the_pages(site):
    ja = site.html("comment.html").get_text()
    en = site.html("en/comment.html").get_text()
    assert "令和2年(2020年)12月25日(金)から令和3年(2021年)1月23日(土)まで" in ja
    assert "Friday 25 December 2020 to Saturday 23 January 2021, inclusive" in en
    assert "令和2年度から令和5年度の4年間" in site.html("index.html").get_text()
    assert "the 4 fiscal years from FY2020 to FY2023" in site.html("en/index.html").get_text()


def test_dates_and_fiscal_years_in_the_pages_language():
    day = dt.date(2021, 1, 23)
    assert sitedata.date_text(day, "ja") == sitedata.date_ja(day) == "令和3年(2021年)1月23日(土)"
    assert sitedata.date_text(day, "en") == "Saturday 23 January 2021"
    assert sitedata.fiscal_year_text(2021, "ja") == "令和3年度"
    assert sitedata.fiscal_year_text(2021, "en") == "FY2021"
