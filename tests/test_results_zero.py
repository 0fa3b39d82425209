"""A published outcome with no opinions at all (data/outcome.yml: ``published`` and ``submitters: 0``,
no rows): "No opinions were received" is a valid outcome and is published as such, in both languages.

The project is copied, its data/outcome.yml filled in so, and built for publication (the strict build
checks every link and anchor): the comment page's results say so with zero counts, the home page's
summary and the drafts' sections point there, no results page is made, and the open data are valid
and empty.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import jsonschema
import pytest

import sitedata
from conftest import PUBLISHED_URL, build, copy_project, edit

WORDS = sitedata.load().words
PUBLISHED = "2021-03-01"  # after the period (data/consultation.yml), as data/outcome.yml's own example


@pytest.fixture(scope="module")
def zero(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("zero") / "project")
    edit(project, "data/outcome.yml", "\n\npublished: null", f"\n\npublished: {PUBLISHED}\nsubmitters: 0")
    result = build(project, project.parent / "site", site_url=PUBLISHED_URL)
    assert result.returncode == 0, result.output
    return result


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_comment_page_says_no_opinions_were_received_with_zero_counts(zero, lang):
    prefix = "" if lang == "ja" else "en/"
    article = zero.html(prefix + "comment.html").select_one("article")
    heading = article.find(id="results")
    assert heading is not None and heading.get_text(strip=True).startswith(WORDS.text("outcome.heading", lang))
    fields = heading.find_next("dl")
    terms, values = fields.select("dt"), fields.select("dd")
    values = dict(zip([t.get_text() for t in terms], [d.get_text() for d in values], strict=True))
    day = sitedata.date_text(dt.date.fromisoformat(PUBLISHED), lang)
    assert values == {
        WORDS.text("outcome.published", lang): day,
        WORDS.text("outcome.opinions", lang): WORDS.text("outcome.opinions_count", lang, n="0"),
        WORDS.text("outcome.submitters", lang): "0",
    }
    assert fields.find_next("p").get_text() == WORDS.text("outcome.none", lang)
    assert not article.select("table")  # no count table of zeros, no link to a results page
    assert WORDS.text("outcome.handling_heading", lang) not in article.get_text()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_home_page_and_the_drafts_point_to_it(zero, lang):
    prefix = "" if lang == "ja" else "en/"
    data = sitedata.load()
    summary = zero.html(prefix + "index.html").find(id="results-summary").find_next("p")
    day = sitedata.date_text(dt.date.fromisoformat(PUBLISHED), lang)
    assert " ".join(summary.get_text().split()) == WORDS.text("outcome.summary_none", lang, date=day)
    seen = set()
    for draft in data.consultation.drafts:
        page = zero.html(prefix + draft.page.replace(".md", ".html"))
        assert not page.select("a.comment-link__mail"), draft.id  # the period is over: no mail link stays
        for link in page.select(".comment-link a.comment-link__results"):
            assert link.get_text() == WORDS.text("results.on_section", lang, n="0", m="0")
            assert link["href"] == "comment.html#results"
            seen.add(link.find_parent(class_="comment-link")["data-section"])
    assert seen == set(data.sections)
    assert not list(zero.site.rglob("results-*.html"))


def test_the_open_data_are_valid_and_empty_and_the_feeds_have_the_entry(zero):
    folder = zero.site / "opendata"  # one set of files; the English page links to it
    for prefix in ("", "en/"):
        schema = json.loads((folder / "results.schema.json").read_text(encoding="utf-8"))
        doc = json.loads((folder / "results.json").read_text(encoding="utf-8"))
        jsonschema.validate(doc, schema, cls=jsonschema.Draft202012Validator)
        assert (doc["published"], doc["submitters"], doc["opinions"]) == (PUBLISHED, 0, 0)
        assert doc["rows"] == [] and doc["changes"] == [] and doc["sample"] is False and doc["sample_notice"] is None
        for name in ("rows", "changes"):
            table = list(csv.reader(io.StringIO((folder / f"results-{name}.csv").read_text(encoding="utf-8-sig"))))
            assert len(table) == 1 and "sample" not in table[0], name  # the header row only
        listed = [a["href"].removeprefix("../") for a in zero.html(prefix + "opendata.html").select("article a")]
        assert "opendata/results.json" in listed and "opendata/results-rows.csv" in listed
    for prefix, lang in (("", "ja"), ("en/", "en")):
        feed = (zero.site / prefix / "feed.xml").read_text(encoding="utf-8")
        assert WORDS.text("feed.outcome", lang) in feed and "comment.html#results" in feed
