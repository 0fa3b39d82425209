"""The results as open data, from data/outcome.yml and data/outcome_categories.yml, once published.

Emits ``opendata/results.json`` (every row and change with its stable id and category code, the
categories, the counts; in the sample build ``"sample": true`` and ``"sample_notice"``, the sample's
notice in both languages, otherwise ``false`` and ``null``), its JSON Schema
``opendata/results.schema.json`` (hooks/lib/sitebuild/results.schema.json, which the tests validate
against), and ``opendata/results-rows.csv`` and ``opendata/results-changes.csv`` (UTF-8 with a BOM, one
header row, both languages side by side; the sample build's end with a ``sample`` column holding its
notice in both languages on every record), in each language's folder; and makes
``<!-- insert: opendata-results -->`` on the open data page: the list of these files, or nothing while
the results are not published.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.plugins import event_priority

import sitedata
from sitebuild import generated, i18n, inserts, results

SCHEMA = Path(results.__file__).with_name("results.schema.json")
ROW_COLUMNS = ["row_id", "results_page", "sections", "count", "category"]
ROW_COLUMNS += ["summary_ja", "summary_en", "view_ja", "view_en", "changes"]
CHANGE_COLUMNS = ["change_id", "section", "draft_text_ja", "draft_text_en", "final_text_ja", "final_text_en"]
CHANGE_COLUMNS += ["reason_ja", "reason_en", "editorial", "rows"]
SAMPLE_COLUMN = "sample"  # the last column of the sample build's CSV files only


def _both(text) -> dict | None:
    return {lang: text[lang] for lang in sitedata.LANGS} if text else None


def document(data: sitedata.SiteData) -> dict:
    outcome, period = data.outcome, data.consultation.period
    led = results.led_by(outcome)
    return {
        "sample": data.sample,
        "sample_notice": {lang: data.words.text("sample.notice", lang) for lang in sitedata.LANGS}
        if data.sample
        else None,
        "title": _both(data.consultation.title),
        "comment_period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "published": outcome.published.isoformat(),
        "submitters": outcome.submitters,
        "organisations": outcome.organisations,
        "opinions": outcome.total,
        "categories": [
            {"code": c.code, "label": _both(c.label), "description": _both(c.description)} for c in data.categories
        ],
        "rows": [
            {
                "id": r.id,
                "results_page": results.page_of(data, r.sections[0]),
                "sections": list(r.sections),
                "count": r.count,
                "category": r.category,
                "summary": _both(r.summary),
                "view": _both(r.view),
                "changes": list(r.changes),
            }
            for r in outcome.rows
        ],
        "changes": [
            {
                "id": c.id,
                "section": c.section,
                "draft_text": _both(c.draft),
                "final_text": _both(c.final),
                "reason": _both(c.reason),
                "editorial": c.editorial,
                "rows": led[c.id],
            }
            for c in outcome.changes
        ],
    }


def _row_record(r: dict) -> dict:
    return {
        "row_id": r["id"],
        "results_page": r["results_page"],
        "sections": " ".join(r["sections"]),
        "count": r["count"],
        "category": r["category"],
        **{f"{k}_{lang}": r[k][lang] for k in ("summary", "view") for lang in sitedata.LANGS},
        "changes": " ".join(r["changes"]),
    }


def _change_record(c: dict) -> dict:
    texts = {f"{k}_{lang}": c[k][lang] for k in ("draft_text", "final_text") for lang in sitedata.LANGS}
    reasons = {f"reason_{lang}": c["reason"][lang] if c["reason"] else None for lang in sitedata.LANGS}
    return {
        "change_id": c["id"],
        "section": c["section"],
        **texts,
        **reasons,
        "editorial": "true" if c["editorial"] else "false",
        "rows": " ".join(c["rows"]),
    }


def _csv(records: list[dict], columns: list[str], notice: dict | None) -> str:
    """A CSV file; in the sample build each record ends with the sample's notice in both languages
    (column ``sample``), so the file says what it is wherever it goes and stays one table."""
    if notice is None:
        return generated.csv_text(records, columns)
    text = " / ".join(notice[lang] for lang in sitedata.LANGS)
    return generated.csv_text([{**r, SAMPLE_COLUMN: text} for r in records], [*columns, SAMPLE_COLUMN])


def outputs(data: sitedata.SiteData) -> dict[str, str]:
    if data.outcome.published is None:
        return {}
    doc = document(data)
    notice = doc["sample_notice"]
    return {
        "opendata/results.json": json.dumps(doc, ensure_ascii=False, indent=2) + "\n",
        "opendata/results.schema.json": SCHEMA.read_text(encoding="utf-8"),
        "opendata/results-rows.csv": _csv([_row_record(r) for r in doc["rows"]], ROW_COLUMNS, notice),
        "opendata/results-changes.csv": _csv([_change_record(c) for c in doc["changes"]], CHANGE_COLUMNS, notice),
    }


@event_priority(i18n.AFTER_PAIRING)  # after mkdocs-static-i18n has kept the files of the language being built
def on_files(files, config, **kwargs):
    return generated.add(files, config, outputs(sitedata.load(config)))


@inserts.part("opendata-results")
def files_list(where) -> str:
    data, lang = where.data, where.lang
    if data.outcome.published is None:
        return ""
    w = data.words
    sample = f" {w.md('opendata.results_sample', lang)}" if data.sample else ""
    return (
        f"- {w.md('opendata.results', lang)}: [JSON](opendata/results.json) "
        f"([JSON Schema](opendata/results.schema.json)) / "
        f"[CSV: {w.md('opendata.results_rows', lang)}](opendata/results-rows.csv) / "
        f"[CSV: {w.md('opendata.results_changes', lang)}](opendata/results-changes.csv){sample}"
    )
