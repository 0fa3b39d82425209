"""Open data: the KPI table and the viewing places as CSV and JSON, from data/strategy.yml and
data/places.yml (and the period in data/consultation.yml).

Emits ``opendata/kpis.csv``, ``opendata/kpis.json``, ``opendata/places.csv`` and
``opendata/places.json`` (in each language's folder, so each page links to its neighbour) (CSV in
UTF-8 with a BOM so that Excel reads Japanese; dates ISO; both languages side by side in each row),
as ``{path: text}`` (``outputs``; the build adds them to each language's files: prepare/site_files.py);
the open data page lists them and describes each column (prepare/parts/open_data.py).
The files hold nothing that is not on the pages; no CSV cell is one Excel would run as a formula
(hooks/lib/sitebuild/csvsafe.py).
"""

from __future__ import annotations

import json

import sitedata
from sitebuild import csvsafe, generated

# The columns of each file, in order; their descriptions are the words opendata_<file>.<column> of
# data/interface.yml.
KPI_COLUMNS = [
    "kpi_id",
    "pillar",
    "pillar_title_ja",
    "pillar_title_en",
    "measure",
    "measure_title_ja",
    "measure_title_en",
    "kpi_name_ja",
    "kpi_name_en",
    "status",
    "baseline",
    "baseline_year",
    "target",
    "target_year",
    "unit_ja",
    "unit_en",
]
PLACE_COLUMNS = [
    "order",
    "place_id",
    "name_ja",
    "name_en",
    "detail_ja",
    "detail_en",
    "count",
    "url",
]
FILES = {"kpis": KPI_COLUMNS, "places": PLACE_COLUMNS}
CAPTIONS = {"kpis": "opendata.kpis_caption", "places": "opendata.places_caption"}


def kpi_rows(data) -> list[dict]:
    rows = []
    for kpi in data.strategy.kpis:
        pillar = data.pillar(kpi.pillar)
        measure = next(m for m in pillar.measures if m.id == kpi.measure)
        rows.append(
            {
                "kpi_id": kpi.id,
                "pillar": pillar.id,
                "pillar_title_ja": pillar.title.ja,
                "pillar_title_en": pillar.title.en,
                "measure": measure.id,
                "measure_title_ja": measure.title.ja,
                "measure_title_en": measure.title.en,
                "kpi_name_ja": kpi.name.ja,
                "kpi_name_en": kpi.name.en,
                "status": kpi.status,
                "baseline": kpi.baseline,
                "baseline_year": kpi.baseline_year,
                "target": kpi.target,
                "target_year": kpi.target_year,
                "unit_ja": kpi.unit.ja if kpi.unit else None,
                "unit_en": kpi.unit.en if kpi.unit else None,
            }
        )
    return rows


def place_rows(data) -> list[dict]:
    return [
        {
            "order": n,
            "place_id": p.id,
            "name_ja": p.name.ja,
            "name_en": p.name.en,
            "detail_ja": p.detail.ja if p.detail else None,
            "detail_en": p.detail.en if p.detail else None,
            "count": p.count,
            "url": p.url,
        }
        for n, p in enumerate(data.places.places, 1)
    ]


def to_json(rows: list[dict], data, name: str) -> str:
    period = data.consultation.period
    document = {
        "title": {lang: data.consultation.title[lang] for lang in sitedata.LANGS},
        "comment_period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "columns": {
            c: {lang: data.words.text(f"opendata_{name}.{c}", lang) for lang in sitedata.LANGS} for c in FILES[name]
        },
        "records": rows,
    }
    # A figure typed as a decimal (Decimal) is a JSON number with a fraction; an integer stays an integer.
    return json.dumps(document, ensure_ascii=False, indent=2, default=float) + "\n"


def outputs(data) -> dict[str, str]:
    files = {}
    for name, rows in (("kpis", kpi_rows(data)), ("places", place_rows(data))):
        files[f"opendata/{name}.csv"] = generated.csv_text(csvsafe.records(rows), FILES[name])  # no cell a formula
        files[f"opendata/{name}.json"] = to_json(rows, data, name)
    return files
