"""Open data: the KPI table and the viewing places as CSV and JSON, from data/strategy.yml and
data/places.yml (and the period in data/consultation.yml).

Emits ``opendata/kpis.csv``, ``opendata/kpis.json``, ``opendata/places.csv`` and
``opendata/places.json`` (in each language's folder, so each page links to its neighbour) (CSV in
UTF-8 with a BOM so that Excel reads Japanese; dates ISO; both languages side by side in each row),
and replaces ``<!-- insert: opendata-files -->`` and ``<!-- insert: opendata-columns NAME -->`` on
the open data page with the list of files and the description of each column, in the page's
language. The files hold nothing that is not on the pages.
"""

from __future__ import annotations

import csv
import io
import json

from markupsafe import escape
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

import sitedata

# Each column once: name, Japanese and English description.
KPI_COLUMNS = [
    ("kpi_id", "KPIの識別子（変わりません）", "KPI identifier (never changes)"),
    ("pillar", "基本方針の柱の番号", "Number of the pillar of the basic policy"),
    ("pillar_title_ja", "柱の名称（日本語）", "Title of the pillar (Japanese)"),
    ("pillar_title_en", "柱の名称（英語）", "Title of the pillar (English)"),
    ("measure", "施策の番号（柱ごと）", "Number of the measure (within its pillar)"),
    ("measure_title_ja", "施策の名称（日本語）", "Title of the measure (Japanese)"),
    ("measure_title_en", "施策の名称（英語）", "Title of the measure (English)"),
    ("kpi_name_ja", "主なKPI（日本語）", "Main KPI (Japanese)"),
    ("kpi_name_en", "主なKPI（英語）", "Main KPI (English)"),
    (
        "status",
        "数値の状態：pending＝調整中、set＝決定",
        "State of the figures: pending = being finalised, set = decided",
    ),
    ("baseline", "現状値（調整中の間は空欄）", "Baseline (empty while pending)"),
    ("baseline_year", "現状値の年度（西暦、空欄あり）", "Fiscal year of the baseline (may be empty)"),
    ("target", "目標値（調整中の間は空欄）", "Target (empty while pending)"),
    ("target_year", "目標年度（西暦、空欄あり）", "Target fiscal year (may be empty)"),
    ("unit_ja", "単位（日本語、空欄あり）", "Unit (Japanese, may be empty)"),
    ("unit_en", "単位（英語、空欄あり）", "Unit (English, may be empty)"),
]
PLACE_COLUMNS = [
    ("order", "お知らせでの順番", "Order in the prefecture's notice"),
    ("place_id", "場所の識別子（変わりません）", "Place identifier (never changes)"),
    ("name_ja", "名称（日本語）", "Name (Japanese)"),
    ("name_en", "名称（英語）", "Name (English)"),
    ("detail_ja", "階・建物など（日本語、空欄あり）", "Floor or building (Japanese, may be empty)"),
    ("detail_en", "階・建物など（英語、空欄あり）", "Floor or building (English, may be empty)"),
    ("count", "同じ種類の窓口の数（空欄は1カ所）", "Number of offices of this kind (empty means one)"),
    ("url", "ホームページのアドレス（空欄あり）", "Web address (may be empty)"),
]
FILES = {"kpis": KPI_COLUMNS, "places": PLACE_COLUMNS}


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


def to_csv(rows: list[dict], columns: list) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[c[0] for c in columns], lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return "\ufeff" + out.getvalue()  # the BOM tells Excel the file is UTF-8


def to_json(rows: list[dict], data, name: str) -> str:
    period = data.consultation.period
    document = {
        "title": {"ja": data.consultation.title.ja, "en": data.consultation.title.en},
        "comment_period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "columns": {c[0]: {"ja": c[1], "en": c[2]} for c in FILES[name]},
        "records": rows,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def outputs(data) -> dict[str, str]:
    files = {}
    for name, rows in (("kpis", kpi_rows(data)), ("places", place_rows(data))):
        files[f"opendata/{name}.csv"] = to_csv(rows, FILES[name])
        files[f"opendata/{name}.json"] = to_json(rows, data, name)
    return files


@event_priority(-150)  # after mkdocs-static-i18n has sorted the files of the language being built
def on_files(files, config, **kwargs):
    for path, content in outputs(sitedata.load()).items():
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, content=content.encode("utf-8")))
    return files


def _files_list(lang: str) -> str:
    what = {
        "kpis": ("主なKPIの表", "The table of main KPIs"),
        "places": ("素案の閲覧場所", "The places to read the draft"),
    }
    lines = []
    for name in FILES:
        label = what[name][0 if lang == "ja" else 1]
        lines.append(f"- {label}: [CSV](opendata/{name}.csv) / [JSON](opendata/{name}.json)")
    return "\n".join(lines)


def _columns(name: str, lang: str) -> str:
    head = ("列名", "内容") if lang == "ja" else ("Column", "Meaning")
    rows = "".join(
        f"<tr><td><code>{c[0]}</code></td><td>{escape(c[1] if lang == 'ja' else c[2])}</td></tr>" for c in FILES[name]
    )
    caption = {
        "kpis": ("kpis.csv・kpis.json の列", "Columns of kpis.csv and kpis.json"),
        "places": ("places.csv・places.json の列", "Columns of places.csv and places.json"),
    }[name]
    return (
        f'<table class="opendata-columns"><caption>{caption[0 if lang == "ja" else 1]}</caption>'
        f'<thead><tr><th scope="col">{head[0]}</th><th scope="col">{head[1]}</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def on_page_markdown(markdown, page, **kwargs):
    lang = sitedata.page_lang(page)
    return sitedata.replace_inserts(
        markdown,
        {
            "opendata-files": lambda: _files_list(lang),
            "opendata-columns": lambda name: _columns(name, lang),
        },
        page,
    )
