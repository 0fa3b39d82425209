"""The results as open data (sample build): results.json valid against its published JSON Schema, the
CSV files (UTF-8 with BOM, one header row) holding every row and change, the open data page listing
them; the real build publishes none of them while data/outcome.yml is unpublished."""

from __future__ import annotations

import copy
import csv
import io
import json

import jsonschema
import pytest

import sitedata
from conftest import ROOT

SAMPLE = sitedata.load_outcome(sitedata.load(ROOT / "data"), ROOT / "examples" / "outcome.xlsx")


@pytest.fixture(scope="module")
def published(example):
    folder = example.site / "opendata"
    schema = json.loads((folder / "results.schema.json").read_text(encoding="utf-8"))
    return folder, schema, json.loads((folder / "results.json").read_text(encoding="utf-8"))


def test_the_json_is_valid_against_its_schema_and_holds_every_row_and_change(published):
    _, schema, doc = published
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(doc, schema, cls=jsonschema.Draft202012Validator)
    assert doc["sample"] is True
    assert [r["id"] for r in doc["rows"]] == [r.id for r in SAMPLE.rows]
    assert [c["id"] for c in doc["changes"]] == [c.id for c in SAMPLE.changes]
    assert doc["opinions"] == sum(r["count"] for r in doc["rows"]) == SAMPLE.total
    codes = {c["code"] for c in doc["categories"]}
    assert {r["category"] for r in doc["rows"]} <= codes
    led = {c["id"]: c["rows"] for c in doc["changes"]}
    for row in doc["rows"]:
        for cid in row["changes"]:
            assert row["id"] in led[cid]


@pytest.mark.parametrize(
    "breaks",
    [
        lambda d: d["rows"][0].pop("category"),
        lambda d: d["rows"][0]["summary"].pop("en"),
        lambda d: d["changes"][0].update(editorial="yes"),
        lambda d: d.update(published="5 March 2021"),
        lambda d: d.update(published="2021-13-45"),
        lambda d: d["comment_period"].update(end="2021-02-30"),
        lambda d: d["rows"][0].update(category="unknown"),
        lambda d: d["rows"][0].update(sections=["bp-9-9"]),
        lambda d: d["rows"][0].update(results_page="nowhere"),
        lambda d: d["rows"][0].update(changes=["99"]),
        lambda d: d["changes"][0].update(rows=["999"]),
        lambda d: d["changes"][0].update(section="st-9"),
        lambda d: d["rows"][0]["summary"].update(ja=None),
        lambda d: d["corrections"][0].update(date="2021-03-32"),
        lambda d: d["plan"].update(url="県のホームページ"),
    ],
    ids=[
        "row-without-category", "summary-without-english", "editorial-not-boolean", "date-not-iso",
        "month-13", "february-30", "unknown-category", "unknown-section", "unknown-page", "link-to-no-change",
        "link-to-no-row", "change-in-no-section", "summary-without-japanese", "correction-date", "plan-not-an-address",
    ],
)  # fmt: skip
def test_the_schema_rejects_a_broken_document(published, breaks):
    _, schema, doc = published
    broken = copy.deepcopy(doc)
    breaks(broken)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            broken, schema, cls=jsonschema.Draft202012Validator,
            format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
        )  # fmt: skip


def test_the_corrections_and_the_plan_are_open_data_too(published):
    _, _, doc = published
    assert [c["date"] for c in doc["corrections"]] == [c.date.isoformat() for c in SAMPLE.corrections]
    assert doc["plan"] == {"name": None, "date": None, "url": None}  # not known: null, nothing invented


def test_an_english_text_not_yet_translated_is_null_and_valid(published):
    _, schema, doc = published
    japanese_first = copy.deepcopy(doc)
    japanese_first["rows"][0]["summary"]["en"] = None
    jsonschema.validate(japanese_first, schema, cls=jsonschema.Draft202012Validator)


def test_the_csv_files_carry_the_labels_beside_the_codes(published):
    folder, _, doc = published
    rows = list(csv.DictReader(io.StringIO((folder / "results-rows.csv").read_text(encoding="utf-8-sig"))))
    data = sitedata.load(ROOT / "data")
    labels = {c.code: c.label for c in data.categories}
    for record in rows:
        assert (record["category_ja"], record["category_en"]) == (labels[record["category"]].ja,
                                                                  labels[record["category"]].en)  # fmt: skip
    two = next(r for r in rows if r["sections"] == "bp-sdgs st-4-4")
    assert "総合戦略" in two["sections_ja"] and "柱4 施策4" in two["sections_ja"] and "; " in two["sections_en"]
    changes = list(csv.DictReader(io.StringIO((folder / "results-changes.csv").read_text(encoding="utf-8-sig"))))
    assert all(c["section_ja"] and c["section_en"] for c in changes)


def test_the_counts_csv_gives_the_figures_and_the_counts_by_category_and_page(published):
    folder, _, doc = published
    records = list(csv.DictReader(io.StringIO((folder / "results-counts.csv").read_text(encoding="utf-8-sig"))))
    figures = {r["code"]: r["value"] for r in records if r["kind"] == "figure"}
    assert figures["published"] == doc["published"] and int(figures["submitters"]) == doc["submitters"]
    assert int(figures["opinions"]) == doc["opinions"]
    assert int(figures["changes_from_opinions"]) + int(figures["changes_editorial"]) == len(doc["changes"])
    by_category = [r for r in records if r["kind"] == "category"]
    assert sum(int(r["opinions"]) for r in by_category) == doc["opinions"]
    assert [r["code"] for r in by_category] == [c["code"] for c in doc["categories"]]
    pages = {r["code"] for r in records if r["kind"] == "page"}
    assert pages == {"basic-policy", "strategy", "population-vision", "other"}
    assert all(r["label_ja"] and r["label_en"] for r in records)


@pytest.mark.parametrize(
    ("name", "count", "first"),
    [("rows", len(SAMPLE.rows), "row_id"), ("changes", len(SAMPLE.changes), "change_id"), ("counts", 17, "kind")],
)
def test_the_csv_files_have_a_bom_one_header_row_and_every_record(published, name, count, first):
    folder, _, _ = published
    raw = (folder / f"results-{name}.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    records = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(records) == count and list(records[0])[0] == first
    assert all(r[first] for r in records)


def test_the_open_data_page_lists_them_only_when_published(example, site):
    for prefix in ("", "en/"):
        links = [a["href"].removeprefix("../") for a in example.html(prefix + "opendata.html").select("article a")]
        assert "opendata/results.json" in links and "opendata/results.schema.json" in links
        real = [a["href"] for a in site.html(prefix + "opendata.html").select("article a")]
        assert not [h for h in real if "opendata/results" in h]
    assert not list(site.site.rglob("results*.json")) and not list(site.site.rglob("results-*.csv"))


def test_the_sample_files_say_in_both_languages_that_they_are_a_fictional_sample(published):
    """The JSON carries the sample's notice (valid against the schema, which asks for it); each CSV record
    ends with it in a ``sample`` column, so a file passed on alone still says what it is and stays one table."""
    folder, schema, doc = published
    words = sitedata.load(ROOT / "data").words
    notice = {lang: words.text("sample.notice", lang) for lang in sitedata.LANGS}
    assert doc["sample_notice"] == notice
    for broken in ({k: v for k, v in doc.items() if k != "sample_notice"}, {**doc, "sample_notice": {"ja": "見本"}}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, schema, cls=jsonschema.Draft202012Validator)
    for name in ("rows", "changes"):
        text = (folder / f"results-{name}.csv").read_bytes().decode("utf-8-sig")
        table = list(csv.reader(io.StringIO(text)))
        assert table[0][-1] == "sample" and len({len(r) for r in table}) == 1, name
        assert all(r[-1] == f"{notice['ja']} / {notice['en']}" for r in table[1:]), name


def test_the_sample_open_data_page_says_the_files_are_a_sample(example, site):
    words = sitedata.load(ROOT / "data").words
    for prefix, lang in (("", "ja"), ("en/", "en")):
        said = " ".join(words.text("opendata.results_sample", lang).split())
        assert said in " ".join(example.html(prefix + "opendata.html").select_one("article").get_text().split())
        assert said not in site.html(prefix + "opendata.html").get_text()
