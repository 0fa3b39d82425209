"""The results as open data, from the outcome (data/outcome.xlsx or data/outcome.yml) and
data/outcome_categories.yml, once published.

Emits ``opendata/results.json`` (every row and change with its stable id and category code, the
categories, the counts; an English text not yet translated is ``null``; in the sample build ``"sample": true``
and ``"sample_notice"``, the sample's notice in both languages, otherwise ``false`` and ``null``), its JSON
Schema ``opendata/results.schema.json`` (hooks/lib/sitebuild/results.schema.json made strict for this build:
the category codes, section ids, pages, row and change ids that exist as enums, dates as ``format: date``),
and ``opendata/results-rows.csv``, ``opendata/results-changes.csv`` (the labels of the category and sections
beside their codes) and ``opendata/results-counts.csv`` (the figures, and the counts by category and by page)
(UTF-8 with a BOM, one header row, both languages side by side, no cell Excel would run as a formula:
hooks/lib/sitebuild/csvsafe.py; the sample build's end with a ``sample`` column holding its notice in both
languages on every record), in each language's folder (``outputs``: ``{path: text}``, nothing while the
results are not published); the open data page lists them (prepare/parts/open_data.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import sitedata
from sitebuild import csvsafe, generated, results

SCHEMA = Path(results.__file__).with_name("results.schema.json")
ROW_COLUMNS = ["row_id", "results_page", "sections", "sections_ja", "sections_en", "count", "category"]
ROW_COLUMNS += ["category_ja", "category_en", "summary_ja", "summary_en", "view_ja", "view_en", "changes"]
CHANGE_COLUMNS = ["change_id", "section", "section_ja", "section_en", "draft_text_ja", "draft_text_en"]
CHANGE_COLUMNS += ["final_text_ja", "final_text_en", "reason_ja", "reason_en", "editorial", "rows"]
COUNT_COLUMNS = ["kind", "code", "label_ja", "label_en", "opinions", "rows", "changes", "value"]
SEP = dict(ja="、", en="; ")  # between the names of a row's sections
SAMPLE_COLUMN = "sample"  # the last column of the sample build's CSV files only


def _both(text) -> dict | None:
    """Both languages of a text; an English not yet translated (Japanese first) is None."""
    return {lang: getattr(text, lang) for lang in sitedata.LANGS} if text else None


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
        "corrections": [{"date": c.date.isoformat(), "text": _both(c.text)} for c in outcome.corrections],
        "plan": {
            "name": _both(outcome.plan.name),
            "date": outcome.plan.date.isoformat() if outcome.plan.date else None,
            "url": outcome.plan.url,
        },
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


def _labels(data, refs: list[str], lang: str) -> str:
    return SEP[lang].join(results.section_label(data, ref, lang, with_draft=True) for ref in refs)


def _row_record(data, r: dict) -> dict:
    category = next(c for c in data.categories if c.code == r["category"])
    return {
        "row_id": r["id"],
        "results_page": r["results_page"],
        "sections": " ".join(r["sections"]),
        **{f"sections_{lang}": _labels(data, r["sections"], lang) for lang in sitedata.LANGS},
        "count": r["count"],
        "category": r["category"],
        **{f"category_{lang}": category.label[lang] for lang in sitedata.LANGS},
        **{f"{k}_{lang}": r[k][lang] for k in ("summary", "view") for lang in sitedata.LANGS},
        "changes": " ".join(r["changes"]),
    }


def _change_record(data, c: dict) -> dict:
    texts = {f"{k}_{lang}": c[k][lang] for k in ("draft_text", "final_text") for lang in sitedata.LANGS}
    reasons = {f"reason_{lang}": c["reason"][lang] if c["reason"] else None for lang in sitedata.LANGS}
    return {
        "change_id": c["id"],
        "section": c["section"],
        **{f"section_{lang}": _labels(data, [c["section"]], lang) for lang in sitedata.LANGS},
        **texts,
        **reasons,
        "editorial": "true" if c["editorial"] else "false",
        "rows": " ".join(c["rows"]),
    }


def count_records(data) -> list[dict]:
    """The figures (kind ``figure``: value), then the counts by category and by results page."""
    outcome, w = data.outcome, data.words
    both = lambda key: {f"label_{lang}": w.text(key, lang) for lang in sitedata.LANGS}  # noqa: E731
    editorial = sum(c.editorial for c in outcome.changes)
    figures = [
        ("published", "results.published", outcome.published.isoformat()),
        ("submitters", "results.submitters", outcome.submitters),
        ("organisations", "opendata.results_organisations", outcome.organisations),
        ("opinions", "results.opinions", outcome.total),
        ("rows", "results.rows_n", len(outcome.rows)),
        ("changes", "results.changes_n", len(outcome.changes)),
        ("changes_from_opinions", "opendata.results_led", len(outcome.changes) - editorial),
        ("changes_editorial", "opendata.results_editorial", editorial),
    ]
    out = [{"kind": "figure", "code": code, **both(key), "value": value} for code, key, value in figures]
    for code, c in results.by_category(data, outcome.rows).items():
        label = next(x.label for x in data.categories if x.code == code)
        out.append({"kind": "category", "code": code, **{f"label_{lang}": label[lang] for lang in sitedata.LANGS},
                    "opinions": c.opinions, "rows": c.rows})  # fmt: skip
    for key in results.page_keys(data):
        t = results.page_totals(data, outcome, key)
        names = {lang: data.draft(key).title[lang] if key != results.OTHER else w.text("results.not_about", lang)
                 for lang in sitedata.LANGS}  # fmt: skip
        out.append({"kind": "page", "code": key, **{f"label_{lang}": names[lang] for lang in sitedata.LANGS},
                    "opinions": t.opinions, "rows": t.rows, "changes": t.changes})  # fmt: skip
    return out


def schema(data) -> str:
    """The JSON Schema, strict for this build: codes and ids that exist as enums (references that exist)."""
    tree = json.loads(SCHEMA.read_text(encoding="utf-8"))
    outcome, defs = data.outcome, tree["$defs"]
    defs["category"] = {"enum": [c.code for c in data.categories]}
    defs["section"] = {"enum": results.refs_in_order(data)}  # each draft, its sections, then "other"
    defs["page"] = {"enum": results.page_keys(data)}
    defs["row_id"] = {"enum": [r.id for r in outcome.rows]}
    defs["change_id"] = {"enum": [c.id for c in outcome.changes]}
    return json.dumps(tree, ensure_ascii=False, indent=2) + "\n"


def _csv(records: list[dict], columns: list[str], notice: dict | None) -> str:
    """A CSV file; in the sample build each record ends with the sample's notice in both languages
    (column ``sample``), so the file says what it is wherever it goes and stays one table."""
    records = csvsafe.records(records)  # no cell a formula: residents' words may begin with - or =
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
        "opendata/results.schema.json": schema(data),
        "opendata/results-rows.csv": _csv([_row_record(data, r) for r in doc["rows"]], ROW_COLUMNS, notice),
        "opendata/results-changes.csv": _csv([_change_record(data, c) for c in doc["changes"]], CHANGE_COLUMNS, notice),
        "opendata/results-counts.csv": _csv(count_records(data), COUNT_COLUMNS, notice),
    }
