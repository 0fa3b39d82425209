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
    ],
    ids=["row-without-category", "summary-without-english", "editorial-not-boolean", "date-not-iso"],
)
def test_the_schema_rejects_a_broken_document(published, breaks):
    _, schema, doc = published
    broken = copy.deepcopy(doc)
    breaks(broken)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema, cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(
    ("name", "count", "first"), [("rows", len(SAMPLE.rows), "row_id"), ("changes", len(SAMPLE.changes), "change_id")]
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
