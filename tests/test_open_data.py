"""Open data: CSV (UTF-8 with BOM) and JSON files made from the same data as the pages."""

import csv
import io
import json

from conftest import DATA


def read_csv(site, name):
    raw = (site.site / "opendata" / name).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 BOM to read Japanese"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_kpi_csv_and_json_hold_the_same_kpis_as_the_strategy_page(site):
    rows = read_csv(site, "kpis.csv")
    assert [r["kpi_id"] for r in rows] == [k.id for k in DATA.strategy.kpis]
    page_ids = [td["data-kpi-id"] for td in site.html("strategy.html").select("td.kpi__name")]
    assert [r["kpi_id"] for r in rows] == page_ids
    names = {td["data-kpi-id"]: td.get_text(strip=True) for td in site.html("en/strategy.html").select("td.kpi__name")}
    for row in rows:
        assert row["kpi_name_en"] == names[row["kpi_id"]]
    for row, kpi in zip(rows, DATA.strategy.kpis, strict=True):
        assert row["status"] == kpi.status
        if kpi.status == "pending":  # no figure is invented
            assert row["baseline"] == "" and row["target"] == "", row
    document = json.loads((site.site / "opendata" / "kpis.json").read_text(encoding="utf-8"))
    period = DATA.consultation.period
    assert document["comment_period"] == {"start": period.start.isoformat(), "end": period.end.isoformat()}
    assert [r["kpi_id"] for r in document["records"]] == [r["kpi_id"] for r in rows]
    assert set(document["columns"]) == set(rows[0])


def test_places_csv_keeps_the_notice_order(site):
    rows = read_csv(site, "places.csv")
    assert [r["name_ja"] for r in rows] == [p.name.ja for p in DATA.places.places]
    assert [int(r["order"]) for r in rows] == list(range(1, len(DATA.places.places) + 1))
    for row, place in zip(rows, DATA.places.places, strict=True):
        assert row["count"] == ("" if place.count is None else str(place.count)), row
    document = json.loads((site.site / "opendata" / "places.json").read_text(encoding="utf-8"))
    assert [r["place_id"] for r in document["records"]] == [r["place_id"] for r in rows]


def test_open_data_page_in_both_languages_links_every_file_and_explains_every_column(site):
    for rel in ("opendata.html", "en/opendata.html"):
        page = site.html(rel)
        hrefs = {a["href"].rsplit("/", 1)[-1] for a in page.select("article a[href]")}
        assert {"kpis.csv", "kpis.json", "places.csv", "places.json"} <= hrefs
        columns = {code.get_text() for code in page.select("table.opendata-columns code")}
        assert set(read_csv(site, "kpis.csv")[0]) <= columns
        assert set(read_csv(site, "places.csv")[0]) <= columns
    assert "熊本県が定めます" in site.html("opendata.html").get_text()
